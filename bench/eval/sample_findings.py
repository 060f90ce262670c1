"""Draw the sample of auditor findings to judge by hand (run once per judging round; its output is a draft).

    python bench/eval/sample_findings.py RESULTS_DIR > draft.tsv
    python bench/eval/sample_findings.py RESULTS_DIR --pages holdout.txt --skip findings.tsv --per-rule 3 --seed 10

Round 1 (findings.tsv ids 1-550): all pages, seed 9, 4 per rule and corpus (8 for errors).
Round 2 (ids 551-717): holdout pages only, seed 10, 3 more per rule, skipping what round 1 judged.
Round 3 (ids 718-1015): draft_gate_errors.py, every open error on failing pages.
Round 4 (ids from 1016): tuning pages only (--pages = every page not in holdout.txt), seed 11, --per-rule 2,
errors dropped (round 3 covered them).

RESULTS_DIR holds `auditor check PAGE --no-config --format json` outputs named CORPUS--NAME.json
(CORPUS = corpus or corpus-more). For every (rule, corpus) it takes up to PER_RULE findings
(ERROR_PER_RULE for error-level rules), at most one per page first, then more per page only if the
rule fires on few pages; the draw is seeded so it can be repeated. The draft has empty verdict/reason
columns: a person fills them after reading the page source at each finding (see judge_view.py).
"""
from __future__ import annotations

import argparse
import csv
import json
import random
from collections import defaultdict
from pathlib import Path

from eval_keys import norm_excerpt

SEED = 9
PER_RULE = 4
ERROR_PER_RULE = 8


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("results", type=Path)
    ap.add_argument("--pages", type=Path, help="only pages listed in this file (one name a line)")
    ap.add_argument("--skip", type=Path, help="a judged findings.tsv whose findings are not drawn again")
    ap.add_argument("--per-rule", type=int, default=PER_RULE)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    only = None
    if args.pages:
        only = {ln.strip() for ln in args.pages.read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.startswith("#")}
    skip: set[tuple[str, str, str, str]] = set()
    if args.skip:
        lines = [ln for ln in args.skip.read_text(encoding="utf-8").splitlines(True) if not ln.startswith("#")]
        skip = {(r["page"], r["rule"], r["line"], r["excerpt"]) for r in csv.DictReader(lines, delimiter="\t")}
    by_rule: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for path in sorted(args.results.glob("*--*.json")):
        corpus, name = path.stem.split("--", 1)
        if only is not None and name + ".html" not in only:
            continue
        for result in json.loads(path.read_text(encoding="utf-8")).get("files", []):
            for f in result.get("findings", []):
                key = (name + ".html", f["rule"], str(f.get("line", 0)), norm_excerpt(f.get("excerpt", "")))
                if key not in skip:
                    by_rule[(f["rule"], corpus)].append({**f, "page": name + ".html", "corpus": corpus})
    rng = random.Random(args.seed)
    print("\t".join(["id", "page", "corpus", "rule", "level", "line", "column", "excerpt", "message"]))
    n = 0
    for (rule, corpus), found in sorted(by_rule.items()):
        cap = max(ERROR_PER_RULE, args.per_rule) if found[0]["level"] == "error" else args.per_rule
        pages: dict[str, list[dict]] = defaultdict(list)
        for f in found:
            pages[f["page"]].append(f)
        order = sorted(pages)
        rng.shuffle(order)
        picked: list[dict] = []
        round_ = 0
        while len(picked) < cap and any(len(pages[p]) > round_ for p in order):
            for p in order:
                if len(pages[p]) > round_ and len(picked) < cap:
                    picked.append(rng.choice(pages[p]) if round_ == 0 else pages[p][round_])
            round_ += 1
        for f in picked:
            n += 1
            position = [str(f.get("line", 0)), str(f.get("column", 0))]
            print("\t".join([str(n), f["page"], corpus, rule, f["level"], *position,
                             norm_excerpt(f.get("excerpt", "")), " ".join(f.get("message", "").split())]))


if __name__ == "__main__":
    main()
