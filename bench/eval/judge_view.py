"""Show each drafted finding with the page source around it, for judging by reading.

    python bench/eval/judge_view.py draft.tsv [RULE-or-ID ...]

Prints the finding, then the source line(s) at its position with tags kept (so chrome, hidden state and
attributes are visible); on long minified lines only a window around the column or excerpt is shown.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
WINDOW = 220


def source_lines(corpus: str, page: str) -> list[str]:
    raw = (SHARED / corpus / "pages" / page).read_bytes().decode("utf-8", "replace")
    return raw.splitlines()


def window(line: str, column: int, excerpt: str) -> str:
    if len(line) <= WINDOW * 2:
        return line.strip()
    probe = excerpt[:25]
    at = line.lower().find(probe) if probe else -1
    if at < 0:
        at = max(column - 1, 0)
    return "…" + line[max(at - WINDOW // 2, 0): at + WINDOW].strip() + "…"


def main() -> None:
    rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
    wanted = set(sys.argv[2:])
    for r in rows:
        if wanted and r["rule"] not in wanted and r["id"] not in wanted and r["page"] not in wanted:
            continue
        lines = source_lines(r["corpus"], r["page"])
        n = int(r["line"] or 0)
        print(f"## {r['id']} {r['rule']} {r['level']} {r['page']}:{n}:{r['column']}  {r['message'][:150]}")
        print(f"   excerpt: {r['excerpt']}")
        for i in (n - 1, n, n + 1) if n else ():
            if 1 <= i <= len(lines) and lines[i - 1].strip():
                text = re.sub(r"\s+", " ", window(lines[i - 1], int(r["column"] or 0), r["excerpt"]))
                print(f"   {i:5d}{'>' if i == n else ' '} {text[:300]}")
        print()


if __name__ == "__main__":
    main()
