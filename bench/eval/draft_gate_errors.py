"""Draft every unjudged error on pages whose gate verdict is still open (round 3 of findings.tsv).

    python bench/eval/draft_gate_errors.py RESULTS_DIR > draft.tsv

A page fails the default gate (--fail-on error) if it has any error. To tell "fails on a real defect" from
"fails only on chrome", every page that fails and has no error judged right yet gets all of its unjudged errors
drafted here, to be judged by reading (judge_view.py) like the sampled ones.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import run_eval


def main(results_dir: Path) -> None:
    truth = run_eval.load_truth(Path(__file__).resolve().parent)
    results = {p: r for p, r in run_eval.read_results(results_dir).items() if p in truth.corpus_of}
    matched, _ = run_eval.match_findings(results, truth.findings)
    errors: dict[str, list[run_eval.Matched]] = {}
    for m in matched:
        if m.level == "error":
            errors.setdefault(m.page, []).append(m)
    open_pages = sorted(p for p, ms in errors.items()
                        if not any(m.verdict == "right" for m in ms) and any(m.verdict is None for m in ms))
    judged = {(j.page, j.rule, j.line, j.excerpt) for j in truth.findings}
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["id", "page", "corpus", "rule", "level", "line", "column", "excerpt", "message"])
    n = 0
    for page in open_pages:
        for f in results[page].get("findings", []):
            key = (page, f["rule"], int(f.get("line") or 0), run_eval.norm_excerpt(f.get("excerpt")))
            if f.get("level") != "error" or key in judged:
                continue
            n += 1
            out.writerow([n, page, truth.corpus_of[page], f["rule"], "error", f.get("line", 0), f.get("column", 0),
                          key[3], " ".join(str(f.get("message", "")).split())])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
