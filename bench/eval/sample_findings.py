"""Draw the sample of auditor findings to judge by hand (run once per judging round; its output is a draft).

    python bench/eval/sample_findings.py RESULTS_DIR > draft.tsv

RESULTS_DIR holds `auditor check PAGE --no-config --format json` outputs named CORPUS--NAME.json
(CORPUS = corpus or corpus-more). For every (rule, corpus) it takes up to PER_RULE findings
(ERROR_PER_RULE for error-level rules), at most one per page first, then more per page only if the
rule fires on few pages; the draw is seeded so it can be repeated. The draft has empty verdict/reason
columns: a person fills them after reading the page source at each finding (see judge_view.py).
"""
from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from keys import norm_excerpt

SEED = 9
PER_RULE = 4
ERROR_PER_RULE = 8


def main(results: Path) -> None:
    by_rule: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for path in sorted(results.glob("*--*.json")):
        corpus, name = path.stem.split("--", 1)
        for result in json.loads(path.read_text(encoding="utf-8")).get("files", []):
            for f in result.get("findings", []):
                by_rule[(f["rule"], corpus)].append({**f, "page": name + ".html", "corpus": corpus})
    rng = random.Random(SEED)
    print("\t".join(["id", "page", "corpus", "rule", "level", "line", "column", "excerpt", "message"]))
    n = 0
    for (rule, corpus), found in sorted(by_rule.items()):
        cap = ERROR_PER_RULE if found[0]["level"] == "error" else PER_RULE
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
            print("\t".join([str(n), f["page"], corpus, rule, f["level"], str(f.get("line", 0)), str(f.get("column", 0)),
                             norm_excerpt(f.get("excerpt", "")), " ".join(f.get("message", "").split())]))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
