"""Precision by level from the findings judged in bench/findings_judged.tsv.

    python bench/findings_precision.py [--grouped|--every]

Runs auditor on ../shared/corpus/pages and the corpus-more pages not held out
(bench/eval/holdout.txt), then weights each rule's judged right/wrong/noise shares by
how often it fires now: grouped as an editor reads them (default) or every place.
Judgements marked ``before`` describe auditor 0.1.0 and are not used here.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


def judgements() -> dict[str, tuple[int, int, int]]:
    out: dict[str, tuple[int, int, int]] = {}
    for line in (HERE / "findings_judged.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rule, state, right, wrong, noise, *_ = line.split("\t")
        if state in ("after", "both") and (state == "after" or rule not in out):
            out[rule] = (int(right), int(wrong), int(noise))
    return out


def pages() -> list[str]:
    holdout_file = HERE / "eval" / "holdout.txt"
    if not holdout_file.is_file():
        sys.exit("findings_precision: bench/eval/holdout.txt is missing: the holdout must be left out")
    holdout = {l.strip() for l in holdout_file.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")}
    more = sorted(p for p in (SHARED / "corpus-more" / "pages").glob("*.html") if p.name not in holdout)
    return [str(SHARED / "corpus" / "pages"), *map(str, more)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", action="store_true", help="count every place, not grouped findings")
    args = ap.parse_args()
    cmd = [sys.executable, "-c", "from auditor.cli import main; main()", "check", "--no-config",
           "--format", "json", "--fail-on", "never", *pages()]
    data = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    volume: Counter[tuple[str, str]] = Counter()
    for result in data["files"]:
        for f in result["findings"]:
            volume[(f["rule"], f["level"])] += 1 + len(f.get("related", [])) if args.every else 1
    judged = judgements()
    print(f"{'level':8} {'findings':>8} {'unjudged':>8} {'right':>7} {'wrong':>7} {'noise':>7}")
    for level in ("error", "warning", "info"):
        total = unjudged = 0
        shares = [0.0, 0.0, 0.0]
        for (rule, lvl), n in volume.items():
            if lvl != level:
                continue
            total += n
            if rule not in judged:
                unjudged += n
                continue
            counts = judged[rule]
            for i in range(3):
                shares[i] += n * counts[i] / sum(counts)
        base = (total - unjudged) or 1
        print(f"{level:8} {total:8} {unjudged:8} " + " ".join(f"{100 * s / base:6.1f}%" for s in shares))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
