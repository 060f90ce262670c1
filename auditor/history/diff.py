"""What changed between two recorded runs: new and fixed findings, score changes
per article and category, articles added and gone; as text, JSON or Markdown.

Findings are matched by the baseline's fingerprint (rule + path + offending text,
never the line) and counted, so moving a paragraph is not "fixed one, new one" and
fixing one of two identical findings is.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from auditor.history.store import RunInfo, Store, StoredArticle, StoredFinding, iter_articles

LEVEL_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class ScoreChange:
    path: str
    before: int | None
    after: int | None
    categories: dict[str, tuple[int | None, int | None]]  # only those that moved

    @property
    def delta(self) -> int:
        return (self.after or 0) - (self.before or 0)


@dataclass
class RunDiff:
    old: RunInfo
    new: RunInfo
    added: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    new_findings: list[tuple[str, StoredFinding]] = field(default_factory=list)
    fixed_findings: list[tuple[str, StoredFinding]] = field(default_factory=list)
    score_changes: list[ScoreChange] = field(default_factory=list)

    @property
    def category_changes(self) -> dict[str, tuple[float | None, float | None]]:
        keys = sorted(set(self.old.scores) | set(self.new.scores))
        return {k: (self.old.scores.get(k), self.new.scores.get(k)) for k in keys}

    def level_counts(self, which: str) -> dict[str, int]:
        rows = self.new_findings if which == "new" else self.fixed_findings
        counts = Counter(f.level for _p, f in rows)
        return {level: counts.get(level, 0) for level in LEVEL_ORDER}


def _unmatched(a: Iterable[StoredFinding], b: Iterable[StoredFinding]) -> list[StoredFinding]:
    """Findings of ``a`` left over after each of ``b`` absorbs one with its fingerprint."""
    budget = Counter(f.fingerprint for f in b)
    out = []
    for f in a:
        if budget[f.fingerprint] > 0:
            budget[f.fingerprint] -= 1
        else:
            out.append(f)
    return out


def diff_runs(store: Store, old: RunInfo, new: RunInfo) -> RunDiff:
    """Compare two runs article by article. Memory: the older run's articles are
    held (findings included) while the newer one streams past them."""
    result = RunDiff(old=old, new=new)
    before: dict[str, StoredArticle] = {a.path: a for a in iter_articles(store, old.id)}
    for article in iter_articles(store, new.id):
        prior = before.pop(article.path, None)
        if prior is None:
            result.added.append(article.path)
            result.new_findings.extend((article.path, f) for f in article.findings)
            continue
        result.new_findings.extend((article.path, f) for f in _unmatched(article.findings, prior.findings))
        result.fixed_findings.extend((article.path, f) for f in _unmatched(prior.findings, article.findings))
        moved = {
            c: (prior.scores.get(c), article.scores.get(c))
            for c in sorted(set(prior.scores) | set(article.scores))
            if prior.scores.get(c) != article.scores.get(c)
        }
        if prior.score != article.score or moved:
            result.score_changes.append(ScoreChange(article.path, prior.score, article.score, moved))
    # A gone article's findings were not fixed: the article left the set.
    result.gone.extend(before)
    result.added.sort()
    result.gone.sort()
    key = lambda pf: (LEVEL_ORDER.get(pf[1].level, 3), pf[0], pf[1].line, pf[1].rule)  # noqa: E731
    result.new_findings.sort(key=key)
    result.fixed_findings.sort(key=key)
    result.score_changes.sort(key=lambda c: (c.delta, c.path))
    return result


# ---------------------------------------------------------------- rendering


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _delta(before: float | None, after: float | None) -> str:
    if before is None or after is None:
        return ""
    d = after - before
    return "±0" if abs(d) < 0.05 else f"{d:+.1f}".replace(".0", "")


def _run_label(run: RunInfo) -> str:
    commit = f" @ {run.git_commit[:10]}" if run.git_commit else ""
    when = run.finished_at or run.started_at
    return f"run {run.id} ({when:%Y-%m-%d %H:%M} UTC{commit})"


def render_json(d: RunDiff) -> str:
    def finding(path: str, f: StoredFinding) -> dict[str, Any]:
        return {"path": path, "rule": f.rule, "category": f.category, "level": f.level,
                "line": f.line, "column": f.column, "message": f.message, "excerpt": f.excerpt,
                "fingerprint": f.fingerprint}

    doc = {
        "old": d.old.as_json(),
        "new": d.new.as_json(),
        "summary": {
            "score": {"old": d.old.score, "new": d.new.score},
            "categories": {k: {"old": a, "new": b} for k, (a, b) in d.category_changes.items()},
            "new_findings": d.level_counts("new"),
            "fixed_findings": d.level_counts("fixed"),
            "articles_added": len(d.added),
            "articles_gone": len(d.gone),
        },
        "articles_added": d.added,
        "articles_gone": d.gone,
        "score_changes": [
            {"path": c.path, "old": c.before, "new": c.after,
             "categories": {k: {"old": a, "new": b} for k, (a, b) in c.categories.items()}}
            for c in d.score_changes
        ],
        "new_findings": [finding(p, f) for p, f in d.new_findings],
        "fixed_findings": [finding(p, f) for p, f in d.fixed_findings],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {level}{'' if n == 1 else 's'}" for level, n in counts.items())


def render_text(d: RunDiff, limit: int = 50) -> str:
    out = [f"Comparing {_run_label(d.old)} → {_run_label(d.new)}"]
    out.append(f"Mean score: {_fmt(d.old.score)} → {_fmt(d.new.score)} {_delta(d.old.score, d.new.score)}".rstrip())
    moved = [(k, a, b) for k, (a, b) in d.category_changes.items() if _delta(a, b) not in ("", "±0")]
    for k, a, b in moved:
        out.append(f"  {k:<12} {_fmt(a)} → {_fmt(b)} {_delta(a, b)}")
    out.append(f"New findings: {len(d.new_findings)} ({_counts(d.level_counts('new'))})")
    out.append(f"Fixed findings: {len(d.fixed_findings)} ({_counts(d.level_counts('fixed'))})")
    out.append(f"Articles: {d.old.articles} → {d.new.articles} ({len(d.added)} added, {len(d.gone)} gone)")

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.append("")
            out.append(f"{title}:")
            out.extend(f"  {line}" for line in lines[:limit])
            if len(lines) > limit:
                out.append(f"  … and {len(lines) - limit} more (--format json has them all)")

    section("Articles added", d.added)
    section("Articles gone", d.gone)
    section("Score changes", [
        f"{c.path}: {_fmt(c.before)} → {_fmt(c.after)} {_delta(c.before, c.after)}".rstrip()
        + (" (" + ", ".join(f"{k} {_fmt(a)} → {_fmt(b)}" for k, (a, b) in c.categories.items()) + ")"
           if c.categories else "")
        for c in d.score_changes
    ])
    section("New findings", [f"{p}:{f.line}:{f.column} {f.level:<7} {f.rule} {f.message}" for p, f in d.new_findings])
    section("Fixed findings", [f"{p} {f.level:<7} {f.rule} {f.message}" for p, f in d.fixed_findings])
    return "\n".join(out) + "\n"


def _md_cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def render_markdown(d: RunDiff, limit: int = 100) -> str:
    """GitHub-flavoured Markdown to paste into a pull request."""
    out = [f"### auditor: {_run_label(d.old)} → {_run_label(d.new)}", ""]
    out.append("| | before | after | change |")
    out.append("|---|---:|---:|---:|")
    out.append(f"| **mean score** | {_fmt(d.old.score)} | {_fmt(d.new.score)} | {_delta(d.old.score, d.new.score)} |")
    for k, (a, b) in d.category_changes.items():
        out.append(f"| {k} | {_fmt(a)} | {_fmt(b)} | {_delta(a, b)} |")
    out.append(f"| articles | {d.old.articles} | {d.new.articles} | +{len(d.added)} / −{len(d.gone)} |")
    out.append("")
    out.append(f"**{len(d.new_findings)} new** ({_counts(d.level_counts('new'))}) · "
               f"**{len(d.fixed_findings)} fixed** ({_counts(d.level_counts('fixed'))})")

    def table(title: str, header: str, rows: list[str]) -> None:
        if not rows:
            return
        out.extend(["", f"#### {title}", "", header, "|" + "---|" * header.count("|", 1)])
        out.extend(rows[:limit])
        if len(rows) > limit:
            out.append(f"\n… and {len(rows) - limit} more.")

    table("New findings", "| level | rule | where | message |",
          [f"| {f.level} | {f.rule} | `{_md_cell(p)}:{f.line}` | {_md_cell(f.message)} |" for p, f in d.new_findings])
    table("Fixed findings", "| level | rule | where | message |",
          [f"| {f.level} | {f.rule} | `{_md_cell(p)}` | {_md_cell(f.message)} |" for p, f in d.fixed_findings])
    table("Score changes", "| article | before | after | change |",
          [f"| `{_md_cell(c.path)}` | {_fmt(c.before)} | {_fmt(c.after)} | {_delta(c.before, c.after)} |"
           for c in d.score_changes])
    if d.added or d.gone:
        out.extend(["", "#### Articles", ""])
        out.extend(f"- added `{_md_cell(p)}`" for p in d.added[:limit])
        out.extend(f"- gone `{_md_cell(p)}`" for p in d.gone[:limit])
    return "\n".join(out) + "\n"


def render(d: RunDiff, fmt: str) -> str:
    return {"text": render_text, "json": render_json, "md": render_markdown}[fmt](d)
