"""Time the text layer and print readability rule numbers over the corpus.

    .venv/bin/python bench/bench_text.py            # timings + one row per corpus page
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "pages"
SEED = ROOT.parent / "shared" / "seed" / "000_2d0378ee95c0cbdd.txt"


def timings() -> None:
    t = time.perf_counter()
    import auditor.text.readability  # noqa: F401
    print(f"import auditor.text.readability: {1000 * (time.perf_counter() - t):.1f} ms")
    from auditor.text import syllables

    t = time.perf_counter()
    syllables._cmu_index()
    print(f"CMUdict index ready (read, block starts): {1000 * (time.perf_counter() - t):.1f} ms")
    from auditor.model import Paragraph
    from auditor.text.readability import measure_sentences
    from auditor.text.segment import split_sentences

    if not SEED.exists():
        return
    blocks = [b for b in SEED.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    paragraphs = [Paragraph(" ".join(b.split()), line=1) for b in blocks] * 5
    t = time.perf_counter()
    sentences = split_sentences(paragraphs, "en")
    split_ms = 1000 * (time.perf_counter() - t)
    n = sum(len(s.words) for s in sentences)
    print(f"split_sentences: {n} words, {len(sentences)} sentences in {split_ms:.2f} ms")
    syllables._MEMOS.clear()
    t = time.perf_counter()
    r = measure_sentences(sentences, "en")
    print(f"measure (empty syllable memo): {1000 * (time.perf_counter() - t):.2f} ms, ease {r.flesch_reading_ease:.1f}")
    t = time.perf_counter()
    measure_sentences(sentences, "en")
    print(f"measure again (words memoised): {1000 * (time.perf_counter() - t):.2f} ms")


def corpus() -> None:
    from auditor.checks import get_check
    from auditor.rulepacks import load_rules
    from auditor.sources import SourceOptions
    from auditor.sources.load import load
    from auditor.text.readability import measure

    rules = [r for r in load_rules() if r.id.startswith("RD")]
    print(f"{'page':44} lang  words  ease   grade  " + " ".join(r.id[2:] for r in rules))
    for page in sorted(CORPUS.glob("*.html")):
        doc = load(page.read_bytes(), str(page), SourceOptions())
        r = measure(doc)
        counts = [len(list(get_check(rule.check)(doc, rule.params))) for rule in rules]
        ease = f"{r.flesch_reading_ease:5.1f}" if r.flesch_reading_ease is not None else "  -  "
        grade = f"{r.flesch_kincaid_grade:5.1f}" if r.flesch_kincaid_grade is not None else "  -  "
        print(f"{page.stem[:44]:44} {doc.lang:4} {r.words:6} {ease}  {grade}  "
              + " ".join(f"{c:3}" for c in counts))


if __name__ == "__main__":
    timings()
    if CORPUS.exists() and "--no-corpus" not in sys.argv:
        corpus()
