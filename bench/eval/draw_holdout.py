"""Draw the holdout split of ../shared/corpus-more/pages (run once; the result is committed).

Stratified systematic sample: pages are ordered by (listicle class, language, seeded random key) and
every 4th page is taken from a seeded offset, so each listicle class and each language keeps about a
quarter of its pages in the holdout. Re-running with the same seed reproduces holdout.txt exactly.

    python bench/eval/draw_holdout.py > bench/eval/holdout.txt
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

SEED = 20261128
SHARE = 4  # one page in four
MANIFEST = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus-more" / "manifest.tsv"


def draw(manifest: Path = MANIFEST, seed: int = SEED) -> list[str]:
    with open(manifest, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    rng = random.Random(seed)
    keyed = [((r["looks_listicle"] == "yes"), r["language"], rng.random(), r["name"]) for r in rows]
    keyed.sort()
    offset = rng.randrange(SHARE)
    return sorted(name + ".html" for i, (_, _, _, name) in enumerate(keyed) if i % SHARE == offset)


def main() -> None:
    picked = draw()
    print("# Holdout pages of ../shared/corpus-more/pages: NEVER used for tuning, only for measurement.")
    print(f"# Drawn by bench/eval/draw_holdout.py, seed {SEED}: stratified by listicle/non-listicle and language,")
    print(f"# every {SHARE}th page of each stratum. {len(picked)} pages.")
    for name in picked:
        print(name)


if __name__ == "__main__":
    main()
