"""List auditor's current findings on the judged pages with their hand verdicts, to pick what to read next.

    python bench/eval/triage.py --level error --verdict wrong,noise          # what the judgements say is false
    python bench/eval/triage.py --verdict unjudged --rule RD004 --split tuning  # what nobody has read yet
    python bench/eval/triage.py --results DIR ...                            # reuse a saved run (run_eval --results)

A line per finding: split, page, rule, level, line, verdict (or "-"), the judgement's reason, the message.
The verdicts come from findings.tsv (made by reading the page); this script only pairs them with today's output.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run_eval  # noqa: E402


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--results", type=Path, help="reuse auditor JSON outputs in this folder")
    ap.add_argument("--level", default="", help="comma-separated levels (default: all)")
    ap.add_argument("--verdict", default="", help="comma-separated: right, wrong, noise, unjudged (default: all)")
    ap.add_argument("--rule", default="", help="comma-separated rule ids (default: all)")
    ap.add_argument("--split", default="", choices=["", "tuning", "holdout"])
    args = ap.parse_args(list(argv) if argv is not None else None)
    truth = run_eval.load_truth(HERE)
    if args.results:
        results = run_eval.read_results(args.results)
    else:
        paths = [run_eval.page_path({}, truth.corpus_of[p], p) for p in truth.pages()]
        results = run_eval.run_auditor(run_eval.find_auditor(None), [p for p in paths if p.is_file()])
    results = {p: r for p, r in results.items() if p in truth.corpus_of and not r.get("error")}
    reasons = {row["id"]: row.get("reason", "") for row in run_eval.read_tsv(HERE / "findings.tsv")}
    wanted = {name: set(filter(None, getattr(args, name).split(","))) for name in ("level", "verdict", "rule")}
    matched, _ = run_eval.match_findings(results, truth.findings)
    messages = _messages(results)
    for m in matched:
        verdict = m.verdict or "unjudged"
        split = truth.split(m.page)
        if (wanted["level"] and m.level not in wanted["level"]) or (wanted["verdict"] and verdict not in wanted["verdict"]) \
                or (wanted["rule"] and m.rule not in wanted["rule"]) or (args.split and split != args.split):
            continue
        reason = "; ".join(reasons.get(i, "") for i in m.judgement_ids)[:160]
        line, message = messages.get((m.page, m.rule), [(0, "")])[0] if not m.judgement_ids else _at(results, m)
        print(f"{split}\t{m.page}\t{m.rule}\t{m.level}\t{line}\t{verdict}\t{reason}\t{message[:140]}")
    return 0


def _messages(results: dict) -> dict:
    out: dict = {}
    for page, result in results.items():
        for f in result.get("findings", []):
            out.setdefault((page, str(f.get("rule"))), []).append((f.get("line", 0), str(f.get("message", ""))))
    return out


def _at(results: dict, m: run_eval.Matched) -> tuple[int, str]:
    found = _messages({m.page: results[m.page]}).get((m.page, m.rule), [(0, "")])
    return found[0]


if __name__ == "__main__":
    sys.exit(main())
