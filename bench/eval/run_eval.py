"""Measure auditor against hand judgements: precision by level and rule, listicle accuracy, score correlation.

    python bench/eval/run_eval.py                # run the current auditor on every judged page, print one table
    python bench/eval/run_eval.py --json OUT     # also write the numbers as JSON
    python bench/eval/run_eval.py --results DIR  # reuse auditor JSON outputs (DIR/CORPUS--NAME.json) instead

The truth lives next to this script and was made by reading the pages, never by accepting auditor's output:
findings.tsv (judged findings), listicles.tsv (headline promise and item counts), scores.tsv (an editor's
0-100 score), holdout.txt (pages never used for tuning). Every number is printed for the tuning set and the
holdout separately. The auditor runs offline through its CLI (`check --no-config --format json`), so whatever
its JSON gains later (grouped findings with `related` locations, `listicle` facts) is read defensively here.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from eval_keys import norm_excerpt  # noqa: E402

SHARED = HERE.parents[1].parent / "shared"
LEVELS = ("error", "warning", "info")
SPLITS = ("tuning", "holdout")
# Rules that tell a reader "the numbered list is missing or wrong": a news story must get none of them.
LIST_MISSING_RULES = {"LS001", "LS002", "LS003", "LS004", "LS005", "LS006"}
PROMISE_RULES = {"LS001"}


# ---------------------------------------------------------------- truth files

def read_tsv(path: Path) -> list[dict[str, str]]:
    """A tab-separated file with '#' comment lines and one header row (csv-module quoting)."""
    if not path.is_file():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


def read_holdout(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    return {ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")}


@dataclass(frozen=True)
class Judgement:
    id: str
    page: str
    rule: str
    excerpt: str
    line: int
    verdict: str  # right / wrong / noise
    level: str  # as judged


@dataclass
class Truth:
    findings: list[Judgement]
    listicles: list[dict[str, str]]
    scores: list[dict[str, str]]
    holdout: set[str]
    corpus_of: dict[str, str] = field(default_factory=dict)

    def split(self, page: str) -> str:
        return "holdout" if page in self.holdout else "tuning"

    def pages(self) -> list[str]:
        return sorted(self.corpus_of)


def load_truth(folder: Path) -> Truth:
    findings = read_tsv(folder / "findings.tsv")
    listicles = read_tsv(folder / "listicles.tsv")
    scores = read_tsv(folder / "scores.tsv")
    corpus_of: dict[str, str] = {}
    for row in [*findings, *listicles, *scores]:
        corpus_of.setdefault(row["page"], row.get("corpus") or "corpus")
    judged = [
        Judgement(r["id"], r["page"], r["rule"], norm_excerpt(r.get("excerpt", "")), int(r.get("line") or 0),
                  r["verdict"], r.get("level", ""))
        for r in findings
    ]
    return Truth(judged, listicles, scores, read_holdout(folder / "holdout.txt"), corpus_of)


# ---------------------------------------------------------------- auditor output

def page_path(roots: dict[str, Path], corpus: str, page: str) -> Path:
    return roots.get(corpus, SHARED / corpus / "pages") / page


def find_auditor(explicit: str | None) -> list[str]:
    if explicit:
        return explicit.split()
    beside = Path(sys.executable).parent / "auditor"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("auditor")
    if found:
        return [found]
    return [sys.executable, "-c", "from auditor.cli import main; main()"]


def run_auditor(cmd: list[str], paths: list[Path], batch: int = 40) -> dict[str, dict[str, Any]]:
    """File name -> one `files[]` entry of auditor's JSON. Batches keep command lines short."""
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(paths), batch):
        chunk = paths[i:i + batch]
        proc = subprocess.run([*cmd, "check", "--no-config", "--format", "json", "--fail-on", "never",
                               *map(str, chunk)], capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"run_eval: auditor failed ({proc.returncode}): {proc.stderr.strip()[:500]}")
        for result in json.loads(proc.stdout).get("files", []):
            out[Path(result.get("path", "")).name] = result
    return out


def read_results(folder: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        for result in json.loads(path.read_text(encoding="utf-8")).get("files", []):
            out[Path(result.get("path", "")).name] = result
    return out


def locations(finding: dict[str, Any]) -> Iterator[tuple[int, str]]:
    """The finding's own position and those of any grouped repeats (`related`, `locations`, …)."""
    yield as_line(finding.get("line")), norm_excerpt(finding.get("excerpt"), None)
    for key in ("related", "related_locations", "locations", "occurrences", "instances"):
        extra = finding.get(key)
        if isinstance(extra, list):
            for loc in extra:
                if isinstance(loc, dict):
                    inner = loc.get("location") if isinstance(loc.get("location"), dict) else loc
                    text = inner.get("excerpt") or inner.get("text") or loc.get("excerpt") or loc.get("message")
                    excerpt = norm_excerpt(text if isinstance(text, str) else "", None)
                    yield as_line(inner.get("line") or loc.get("line")), excerpt


def as_line(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def excerpts_agree(a: str, b: str) -> bool:
    """Equal, or one is a prefix of the other (truncation), or a longer excerpt holds the judged one (a code frame)."""
    if a == b:
        return True
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 8 and long_.startswith(short)) or (len(short) >= 16 and short in long_)


# ---------------------------------------------------------------- matching

@dataclass
class Matched:
    page: str
    rule: str
    level: str
    verdict: str | None  # None = not judged
    judgement_ids: tuple[str, ...] = ()


def match_findings(results: dict[str, dict[str, Any]], judged: list[Judgement]) -> tuple[list[Matched], set[str]]:
    """Pair emitted findings with judgements one to one; return every finding with its verdict, and the ids used.

    Within one page and rule a judgement pairs with a location whose excerpt agrees, the nearest line first,
    and each judgement and each location is used once, so repeats of one excerpt on a page are not all
    counted as judged. A grouped finding carries several locations and so may take several judgements: its
    verdict is their majority (ties: right, then noise). When a page has exactly one finding and one
    judgement of a rule, they pair even if the excerpt was reworded.
    """
    by_key: dict[tuple[str, str], list[Judgement]] = defaultdict(list)
    for j in judged:
        by_key[(j.page, j.rule)].append(j)
    matched: list[Matched] = []
    used: set[str] = set()
    for page, result in sorted(results.items()):
        per_rule: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for f in result.get("findings", []):
            if isinstance(f, dict):
                per_rule[str(f.get("rule"))].append(f)
        for rule, found in per_rule.items():
            candidates = by_key.get((page, rule), [])
            pairs = []  # (line distance, finding index, location index, judgement index)
            for fi, f in enumerate(found):
                for li, (line, excerpt) in enumerate(locations(f)):
                    for ji, j in enumerate(candidates):
                        if excerpts_agree(j.excerpt, excerpt):
                            pairs.append((abs(j.line - line), fi, li, ji))
            hits: dict[int, list[Judgement]] = defaultdict(list)
            taken_loc: set[tuple[int, int]] = set()
            taken_j: set[int] = set()
            for _, fi, li, ji in sorted(pairs):
                if (fi, li) not in taken_loc and ji not in taken_j:
                    taken_loc.add((fi, li))
                    taken_j.add(ji)
                    hits[fi].append(candidates[ji])
            if not pairs and len(found) == 1 and len(candidates) == 1:
                hits[0] = list(candidates)
            for fi, f in enumerate(found):
                mine = hits.get(fi, [])
                verdict = None
                if mine:
                    counts = Counter(j.verdict for j in mine)
                    top = max(counts.values())
                    verdict = next(v for v in ("right", "noise", "wrong") if counts.get(v) == top)
                    used.update(j.id for j in mine)
                matched.append(Matched(page, rule, str(f.get("level", "")), verdict, tuple(j.id for j in mine)))
    return matched, used


# ---------------------------------------------------------------- statistics

def spearman(xs: list[float], ys: list[float]) -> float | None:
    """Spearman's rho with average ranks for ties (Pearson correlation of the ranks)."""
    if len(xs) != len(ys) or len(xs) < 3:
        return None
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    if sxx == 0 or syy == 0:
        return None
    return sxy / (sxx * syy) ** 0.5


def spearman_interval(xs: list[float], ys: list[float], resamples: int = 1000) -> tuple[float, float] | None:
    """A 90 % bootstrap interval of Spearman's rho: the pairs resampled with replacement
    (a fixed seed, so the table is reproducible). On 40 pages it spans about ±0.15: what
    another sample of pages like these could show."""
    if spearman(xs, ys) is None:
        return None
    rng = random.Random(0)
    values = []
    for _ in range(resamples):
        pick = [rng.randrange(len(xs)) for _ in xs]
        rho = spearman([xs[i] for i in pick], [ys[i] for i in pick])
        if rho is not None:
            values.append(rho)
    if not values:
        return None
    values.sort()
    return values[len(values) // 20], values[len(values) - 1 - len(values) // 20]


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def pct(num: int, den: int) -> str:
    return f"{100 * num / den:.0f}% ({num}/{den})" if den else "–"


# ---------------------------------------------------------------- listicle facts, read defensively

def listicle_facts(result: dict[str, Any]) -> dict[str, Any]:
    metrics = result.get("metrics") or {}
    facts = result.get("listicle") if isinstance(result.get("listicle"), dict) else {}
    number = first(facts, ("promised", "promised_count", "promise_count", "headline_number", "number"),
                   metrics.get("headline_number"))
    items = first(facts, ("items", "item_count", "items_found", "count"), metrics.get("list_items"))
    if isinstance(items, list):
        items = len(items)
    promise = first(facts, ("promise", "is_promise", "promises_list", "headline_promise"), None)
    if promise is None:
        promise = number is not None
    rules = {str(f.get("rule")) for f in result.get("findings", []) if isinstance(f, dict)}
    if str(facts.get("verdict", "")).lower() == "mismatch":
        rules.add("LS001")  # the result says the promise is broken even if the finding was renamed or grouped
    return {"number": number, "items": items, "promise": bool(promise), "rules": rules}


def first(facts: dict[str, Any], keys: tuple[str, ...], default: Any) -> Any:
    for key in keys:
        if facts.get(key) is not None:
            return facts[key]
    return default


def as_int(text: str) -> int | None:
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------- the report

def evaluate(truth: Truth, results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    matched, used = match_findings(results, truth.findings)
    report: dict[str, Any] = {}
    for split in SPLITS:
        pages = {p for p in results if truth.split(p) == split}
        mine = [m for m in matched if m.page in pages]
        section: dict[str, Any] = {"pages": len(pages)}
        # precision by level, raw and weighted by each rule's volume
        levels: dict[str, Any] = {}
        for level in LEVELS:
            at = [m for m in mine if m.level == level]
            judged = [m for m in at if m.verdict]
            right = sum(m.verdict == "right" for m in judged)
            vol: Counter[str] = Counter(m.rule for m in at)
            weighted_num = weighted_den = 0.0
            for rule, n in vol.items():
                rj = [m for m in judged if m.rule == rule]
                if rj:
                    weighted_num += n * sum(m.verdict == "right" for m in rj) / len(rj)
                    weighted_den += n
            levels[level] = {
                "emitted": len(at), "judged": len(judged), "right": right,
                "wrong": sum(m.verdict == "wrong" for m in judged), "noise": sum(m.verdict == "noise" for m in judged),
                "unjudged": len(at) - len(judged),
                "precision": right / len(judged) if judged else None,
                "weighted_precision": weighted_num / weighted_den if weighted_den else None,
            }
        section["levels"] = levels
        # per rule
        rules: dict[str, Any] = {}
        for rule in sorted({m.rule for m in mine}):
            at = [m for m in mine if m.rule == rule]
            judged = [m for m in at if m.verdict]
            rules[rule] = {"level": Counter(m.level for m in at).most_common(1)[0][0], "emitted": len(at),
                           "judged": len(judged), "right": sum(m.verdict == "right" for m in judged),
                           "wrong": sum(m.verdict == "wrong" for m in judged),
                           "noise": sum(m.verdict == "noise" for m in judged)}
        section["rules"] = rules
        # right findings that are no longer found
        right_ids = [j for j in truth.findings if j.verdict == "right" and truth.split(j.page) == split
                     and j.page in results]
        section["right_lost"] = [j.id for j in right_ids if j.id not in used]
        section["right_judged"] = len(right_ids)
        # the default gate: --fail-on error
        failing = {m.page for m in mine if m.level == "error"}
        judged_right_error = {m.page for m in mine if m.level == "error" and m.verdict == "right"}
        only_false = {p for p in failing if p not in judged_right_error
                      and all(m.verdict in ("wrong", "noise") for m in mine if m.page == p and m.level == "error")}
        section["gate"] = {"failing": len(failing), "with_right_error": len(judged_right_error),
                           "only_judged_false": len(only_false), "only_false_pages": sorted(only_false)}
        section["listicles"] = listicle_accuracy(truth, results, split)
        section["score"] = score_correlation(truth, results, split)
        report[split] = section
    return report


def listicle_accuracy(truth: Truth, results: dict[str, dict[str, Any]], split: str) -> dict[str, Any]:
    rows = [r for r in truth.listicles if truth.split(r["page"]) == split and r["page"] in results]
    promise_ok = number_ok = number_n = items_ok = items_n = verdict_ok = verdict_n = 0
    promised_items_ok = promised_items_n = 0
    news_told = news_n = 0
    nonlist_told = nonlist_n = 0
    wrong_pages: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        facts = listicle_facts(results[r["page"]])
        expected_promise = r["promise"] == "yes"
        if facts["promise"] == expected_promise:
            promise_ok += 1
        else:
            wrong_pages["promise"].append(r["page"])
        if expected_promise:
            number_n += 1
            if facts["number"] in {as_int(r.get("promised", "")), as_int(r.get("number", ""))}:
                number_ok += 1
            else:
                wrong_pages["number"].append(r["page"])
        expected_items = as_int(r.get("items", ""))
        if expected_items is not None and r["verdict"] != "unknown" and r.get("numbering") != "paginated":
            items_n += 1
            promised_items_n += expected_promise
            if facts["items"] == expected_items:
                items_ok += 1
                promised_items_ok += expected_promise
            else:
                wrong_pages["items"].append(f"{r['page']} ({facts['items']} vs {expected_items})")
        if expected_promise and r["verdict"] in ("kept", "mismatch"):
            verdict_n += 1
            if bool(facts["rules"] & PROMISE_RULES) == (r["verdict"] == "mismatch"):
                verdict_ok += 1
            else:
                wrong_pages["verdict"].append(r["page"])
        if not expected_promise and r["verdict"] == "not-a-listicle":
            nonlist_n += 1
            nonlist_told += bool(facts["rules"] & {"LS001", "LS002"})
        if not expected_promise and (r.get("number") or any(ch.isdigit() for ch in r.get("headline", ""))):
            news_n += 1
            if facts["rules"] & LIST_MISSING_RULES:
                news_told += 1
                wrong_pages["news"].append(r["page"])
    return {"pages": len(rows), "promise": (promise_ok, len(rows)), "number": (number_ok, number_n),
            "items": (items_ok, items_n), "items_promised": (promised_items_ok, promised_items_n),
            "verdict": (verdict_ok, verdict_n), "news_told_list": (news_told, news_n),
            "nonlist_told_missing": (nonlist_told, nonlist_n),
            "wrong": dict(wrong_pages)}


def score_correlation(truth: Truth, results: dict[str, dict[str, Any]], split: str) -> dict[str, Any]:
    pairs = [(float(r["score"]), float(results[r["page"]]["score"])) for r in truth.scores
             if truth.split(r["page"]) == split and r["page"] in results
             and isinstance(results[r["page"]].get("score"), (int, float))]
    editor, auditor = [a for a, _ in pairs], [b for _, b in pairs]
    return {"n": len(pairs), "spearman": spearman(editor, auditor), "interval": spearman_interval(editor, auditor)}


def render(report: dict[str, Any], holdout: bool = True) -> str:
    """The table, tuning and holdout side by side; ``holdout=False`` leaves that column out
    (for working on the tuning set without seeing the held-out figures)."""
    t, h = report["tuning"], report["holdout"]
    rows: list[tuple[str, str, str]] = []

    def add(label: str, a: str, b: str) -> None:
        rows.append((label, a, b))

    add("pages run", str(t["pages"]), str(h["pages"]))
    add("PRECISION BY LEVEL (right/judged)", "", "")
    for level in LEVELS:
        a, b = t["levels"][level], h["levels"][level]
        add(f"  {level}", f"{pct(a['right'], a['judged'])} of {a['emitted']}, {a['unjudged']} unjudged",
            f"{pct(b['right'], b['judged'])} of {b['emitted']}, {b['unjudged']} unjudged")
        wa, wb = a["weighted_precision"], b["weighted_precision"]
        add(f"    weighted by rule volume", f"{100 * wa:.0f}%" if wa is not None else "–",
            f"{100 * wb:.0f}%" if wb is not None else "–")
        add(f"    wrong / noise", f"{a['wrong']} / {a['noise']}", f"{b['wrong']} / {b['noise']}")
    add("right findings no longer found", f"{len(t['right_lost'])} of {t['right_judged']}",
        f"{len(h['right_lost'])} of {h['right_judged']}")
    add("DEFAULT GATE (--fail-on error)", "", "")
    add("  pages failing", str(t["gate"]["failing"]), str(h["gate"]["failing"]))
    add("  …with an error judged right", str(t["gate"]["with_right_error"]), str(h["gate"]["with_right_error"]))
    add("  …only on errors judged wrong/noise", str(t["gate"]["only_judged_false"]),
        str(h["gate"]["only_judged_false"]))
    add("LISTICLES", "", "")
    for key, label in (("promise", "promise read right (all pages)"), ("number", "headline number right"),
                       ("items_promised", "items counted exactly (promised lists)"),
                       ("items", "items counted exactly (every list counted)"),
                       ("verdict", "verdict right (promised lists)"),
                       ("news_told_list", "number-bearing non-lists given LS001-006 (want 0)"),
                       ("nonlist_told_missing", "any non-list told LS001/LS002 (want 0)")):
        add(f"  {label}", pct(*t["listicles"][key]), pct(*h["listicles"][key]))
    add("SCORE", "", "")

    def fmt(s: dict[str, Any]) -> str:
        if s["spearman"] is None:
            return f"– (n={s['n']})"
        low_high = s.get("interval")
        return f"{s['spearman']:+.2f} (n={s['n']}" + (f", 90 % {low_high[0]:+.2f}…{low_high[1]:+.2f})" if low_high else ")")

    add("  Spearman, auditor score vs editor", fmt(t["score"]), fmt(h["score"]))
    add("PER RULE (right/judged of emitted)", "", "")
    for rule in sorted(set(t["rules"]) | set(h["rules"])):
        a, b = t["rules"].get(rule), h["rules"].get(rule)
        level = (a or b)["level"]

        def cell(x: dict[str, Any] | None) -> str:
            if not x:
                return "·"
            return f"{pct(x['right'], x['judged'])} of {x['emitted']}" if x["judged"] else f"– of {x['emitted']}"

        add(f"  {rule} {level}", cell(a), cell(b))
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows + [("", "tuning", "")])
    if not holdout:
        lines = [f"{'':{w0}}  tuning", "-" * (w0 + w1 + 2)]
        return "\n".join(lines + [f"{a:{w0}}  {b}".rstrip() for a, b, _ in rows])
    lines = [f"{'':{w0}}  {'tuning':{w1}}  holdout", "-" * (w0 + w1 + 20)]
    lines += [f"{a:{w0}}  {b:{w1}}  {c}" for a, b, c in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------- precision by language (tuning only)

def detected_languages(roots: dict[str, Path], truth: Truth, pages: Iterable[str]) -> dict[str, str]:
    """Page -> the language root auditor reads it in (the document's effective ``lang``), audited in process
    with the auditor on ``sys.path`` (the one PYTHONPATH points at)."""
    from auditor.api import audit, default_settings
    from auditor.text.languages import lang_root

    settings = default_settings()
    out: dict[str, str] = {}
    for page in pages:
        path = page_path(roots, truth.corpus_of[page], page)
        if not path.is_file():
            continue
        doc = audit(path.read_bytes(), str(path), settings).document
        out[page] = lang_root(doc.lang) if doc is not None else "?"
    return out


def by_language(truth: Truth, results: dict[str, dict[str, Any]], lang_of: dict[str, str]) -> dict[str, Any]:
    """Precision by level for the TUNING pages grouped by detected language; holdout pages are never counted.
    Languages with few pages are also pooled in "not en", so small groups still add up to a readable number."""
    matched, _ = match_findings({p: r for p, r in results.items() if truth.split(p) == "tuning"}, truth.findings)
    groups: dict[str, set[str]] = defaultdict(set)
    for page, lang in lang_of.items():
        if truth.split(page) != "tuning" or page not in results:
            continue
        groups[lang].add(page)
        if lang != "en":
            groups["not en"].add(page)
    out: dict[str, Any] = {}
    for lang, pages in sorted(groups.items(), key=lambda kv: (kv[0] == "not en", -len(kv[1]), kv[0])):
        mine = [m for m in matched if m.page in pages]
        row: dict[str, Any] = {"pages": len(pages)}
        for level in LEVELS:
            judged = [m for m in mine if m.level == level and m.verdict]
            row[level] = {"emitted": sum(m.level == level for m in mine), "judged": len(judged),
                          "right": sum(m.verdict == "right" for m in judged),
                          "wrong": sum(m.verdict == "wrong" for m in judged),
                          "noise": sum(m.verdict == "noise" for m in judged)}
        out[lang] = row
    return out


def misses_by_language(truth: Truth, results: dict[str, dict[str, Any]], lang_of: dict[str, str],
                       least: int = 2) -> list[tuple[str, str, int, int]]:
    """(language, rule, wrong, noise) for the TUNING findings judged wrong or noise, pairs with at
    least ``least`` of them, most first: where a language's warnings and infos go wrong."""
    matched, _ = match_findings({p: r for p, r in results.items() if truth.split(p) == "tuning"}, truth.findings)
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for m in matched:
        if m.verdict in ("wrong", "noise") and m.page in lang_of:
            counts[(lang_of[m.page], m.rule)][m.verdict] += 1
    rows = [(lang, rule, c["wrong"], c["noise"]) for (lang, rule), c in counts.items() if sum(c.values()) >= least]
    return sorted(rows, key=lambda r: (-(r[2] + r[3]), r[0], r[1]))


def render_misses(rows: list[tuple[str, str, int, int]]) -> str:
    lines = ["", "TUNING WRONG/NOISE BY LANGUAGE AND RULE (two or more; holdout not shown)"]
    lines += [f"  {lang:7} {rule:6} {wrong}w/{noise}n" for lang, rule, wrong, noise in rows] or ["  none"]
    return "\n".join(lines)


def render_by_language(table: dict[str, Any]) -> str:
    lines = ["", "TUNING PRECISION BY DETECTED LANGUAGE (right/judged, wrong/noise; holdout not shown)"]
    lines.append(f"  {'lang':7} {'pages':>5}  " + "  ".join(f"{lv:33}" for lv in LEVELS))
    for lang, row in table.items():
        cells = [f"{pct(row[lv]['right'], row[lv]['judged'])} of {row[lv]['emitted']} {row[lv]['wrong']}w/{row[lv]['noise']}n"
                 for lv in LEVELS]
        lines.append(f"  {lang:7} {row['pages']:>5}  " + "  ".join(f"{c:33}" for c in cells))
    return "\n".join(lines)


def headline_numbers(report: dict[str, Any]) -> dict[str, float | None]:
    """The few numbers issue 9 is judged on, flattened, for the comparison with a saved baseline."""
    out: dict[str, float | None] = {}
    for split in SPLITS:
        sec = report.get(split, {})
        for level in LEVELS:
            lv = sec.get("levels", {}).get(level, {})
            out[f"{split} {level} precision"] = lv.get("precision")
            out[f"{split} {level} weighted"] = lv.get("weighted_precision")
        gate = sec.get("gate", {})
        out[f"{split} gate fails on chrome only"] = gate.get("only_judged_false")
        lists = sec.get("listicles", {})
        for key in ("items_promised", "verdict", "news_told_list"):
            ok, n = lists.get(key, (0, 0))
            out[f"{split} listicle {key}"] = ok / n if n else None
        out[f"{split} spearman"] = sec.get("score", {}).get("spearman")
        out[f"{split} right lost"] = len(sec.get("right_lost", []))
    return out


def _shown(key: str, value: float) -> str:
    if "spearman" in key:
        return f"{value:+.2f}"
    if key.endswith(("only", "lost")):
        return f"{value:.0f}"
    return f"{100 * value:.0f}%"


def render_change(report: dict[str, Any], baseline: dict[str, Any], name: str, holdout: bool = True) -> str:
    now, then = headline_numbers(report), headline_numbers(baseline)
    if not holdout:
        now = {k: v for k, v in now.items() if k.startswith("tuning ")}
    lines = ["", f"CHANGE VS BASELINE ({name}; the judged sets may have grown since it was saved)"]
    for key, value in now.items():
        old = then.get(key)
        if value is None or old is None or abs(value - old) < 1e-9:
            continue
        lines.append(f"  {key:45s} {_shown(key, old):>6} -> {_shown(key, value)}")
    if len(lines) == 2:
        lines.append("  no change")
    return "\n".join(lines)


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--truth", type=Path, default=HERE, help="folder with findings.tsv, listicles.tsv, scores.tsv")
    ap.add_argument("--results", type=Path, help="reuse auditor JSON outputs in this folder")
    ap.add_argument("--root", action="append", default=[], metavar="CORPUS=DIR", help="pages folder of a corpus")
    ap.add_argument("--auditor", help="command that runs auditor (default: the one installed beside python)")
    ap.add_argument("--json", type=Path, help="also write the numbers as JSON here")
    ap.add_argument("--details", action="store_true", help="list the pages behind listicle misses and lost finds")
    ap.add_argument("--by-language", action="store_true",
                    help="also print tuning precision by level for each language auditor detects (holdout never)")
    ap.add_argument("--tuning-only", action="store_true",
                    help="print and save nothing about the held-out pages (for working on the tuning set)")
    ap.add_argument("--baseline", type=Path,
                    help="a saved --json report to compare with (default: baseline.json beside the truth files)")
    args = ap.parse_args(list(argv) if argv is not None else None)
    truth = load_truth(args.truth)
    roots = {k: Path(v) for k, v in (r.split("=", 1) for r in args.root)}
    if args.results:
        results = read_results(args.results)
    else:
        paths = [page_path(roots, truth.corpus_of[p], p) for p in truth.pages()]
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            print(f"run_eval: {len(missing)} judged pages not found, e.g. {missing[0]}", file=sys.stderr)
        results = run_auditor(find_auditor(args.auditor), [p for p in paths if p.is_file()])
    failed = sorted(p for p, r in results.items() if p in truth.corpus_of and r.get("error"))
    results = {p: r for p, r in results.items() if p in truth.corpus_of and not r.get("error")}
    report = evaluate(truth, results)
    report["auditor_errors"] = failed
    if failed:
        print(f"run_eval: auditor could not read {len(failed)} judged pages: {', '.join(failed[:5])}", file=sys.stderr)
    shown_splits = ("tuning",) if args.tuning_only else SPLITS
    print(render(report, holdout=not args.tuning_only))
    baseline = args.baseline or args.truth / "baseline.json"
    if baseline.is_file() and (args.json is None or baseline.resolve() != args.json.resolve()):
        print(render_change(report, json.loads(baseline.read_text(encoding="utf-8")), baseline.name,
                            holdout=not args.tuning_only))
    if args.by_language:
        tuning = [p for p in results if truth.split(p) == "tuning"]
        lang_of = detected_languages(roots, truth, tuning)
        table = by_language(truth, results, lang_of)
        report["tuning_by_language"] = table
        print(render_by_language(table))
        print(render_misses(misses_by_language(truth, results, lang_of)))
    if args.details:
        for split in shown_splits:
            print(f"\n[{split}] listicle misses: {json.dumps(report[split]['listicles']['wrong'], ensure_ascii=False)}")
            print(f"[{split}] right findings lost: {report[split]['right_lost']}")
            print(f"[{split}] pages failing only on judged-false errors: {report[split]['gate']['only_false_pages']}")
    if args.tuning_only:
        report = {k: v for k, v in report.items() if k != "holdout"}
        report["auditor_errors"] = [p for p in failed if truth.split(p) == "tuning"]
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
