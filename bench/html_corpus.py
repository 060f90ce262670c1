"""Parse every corpus page with the HTML source and print what was found.

Usage: python bench/html_corpus.py [NAME_SUBSTRING] [-v]
Columns: parse ms, body source, #h1/#h2 in body, images, links (manifest's page-wide
count in brackets), paragraphs, words in paragraphs+items, headline.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from auditor.sources import SourceOptions
from auditor.sources.encoding import decode
from auditor.sources.html import parse_html

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    rows = {r["name"]: r for r in csv.DictReader(open(CORPUS / "manifest.tsv"), delimiter="\t")}
    total, worst = 0.0, (0.0, "")
    for name, row in rows.items():
        if args and not any(a in name for a in args):
            continue
        data = (CORPUS / "pages" / f"{name}.html").read_bytes()
        t0 = time.perf_counter()
        doc = parse_html(decode(data, html=True), name, SourceOptions())
        ms = (time.perf_counter() - t0) * 1000
        total += ms
        worst = max(worst, (ms, name))
        h1 = sum(1 for h in doc.headings if h.level == 1)
        h2 = sum(1 for h in doc.headings if h.level == 2)
        words = sum(len(p.text.split()) for p in doc.paragraphs) + sum(
            len(i.text.split()) for i in doc.list_items)
        print(f"{name[:34]:34} {ms:6.1f} {doc.body_source:13} h1={h1} h2={h2:<3} img={len(doc.images):<3}"
              f"[{row['n_img']:>3}] lk={len(doc.links):<4}[{row['n_links']:>4}] p={len(doc.paragraphs):<4}"
              f"w={words:<5}[{row['words']:>5}] {row['is_listicle']:3} | {doc.headline!r}")
        if verbose:
            print("   title:", row["title"], "| removed:", ",".join(doc.removed_chrome))
            for h in doc.headings[:40]:
                print(f"   H{h.level} {h.line}:{h.column} {h.text[:90]!r}")
    print(f"total {total:.0f} ms, max {worst[0]:.0f} ms ({worst[1]})")


if __name__ == "__main__":
    main()
