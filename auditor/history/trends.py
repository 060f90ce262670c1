"""Trends over the last N recorded runs, for the report's trends page.

Everything heavy happens in the database: run totals are stored on the run row,
per-article score history is one indexed query over the window, and "what changed
since the previous run" is counted per article with SQL (findings matched by
fingerprint, counted), so 100,000 articles never sit in Python as findings.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from auditor.history.store import RunInfo, Store, list_runs

SHOWN_ARTICLES = 300  # rows rendered; the rest are counted


@dataclass
class ArticleTrend:
    path: str
    scores: list[int | None]  # one per run of the window, oldest first (None: absent)
    new: int = 0  # findings new since the previous run
    fixed: int = 0

    @property
    def latest(self) -> int | None:
        return self.scores[-1] if self.scores else None

    @property
    def previous(self) -> int | None:
        return self.scores[-2] if len(self.scores) > 1 else None

    @property
    def delta(self) -> int | None:
        if self.latest is None or self.previous is None:
            return None
        return self.latest - self.previous


@dataclass
class Trends:
    runs: list[RunInfo]  # oldest first
    articles: list[ArticleTrend] = field(default_factory=list)  # the most changed first
    article_count: int = 0
    added: int = 0  # in the latest run, not the previous
    gone: int = 0


def _change_counts(store: Store, old_id: int, new_id: int) -> tuple[dict[str, int], dict[str, int]]:
    """Per path: findings of ``new_id`` beyond their fingerprint's count in
    ``old_id`` (new), and the reverse for paths in both runs (fixed)."""
    from sqlalchemy import and_, func, select

    from auditor.history.schema import articles, findings

    def counted(run_id: int) -> Any:
        return (
            select(articles.c.path, findings.c.fingerprint, func.count().label("n"))
            .select_from(findings.join(articles, findings.c.article_id == articles.c.id))
            .where(findings.c.run_id == run_id)
            .group_by(articles.c.path, findings.c.fingerprint)
            .cte(f"counted_{run_id}")
        )

    def beyond(mine: Any, theirs: Any, only_shared: bool) -> Any:
        other_n = func.coalesce(theirs.c.n, 0)
        query = (
            select(mine.c.path, func.sum(mine.c.n - other_n))
            .select_from(mine.outerjoin(theirs, and_(mine.c.path == theirs.c.path,
                                                     mine.c.fingerprint == theirs.c.fingerprint)))
            .where(mine.c.n > other_n)
            .group_by(mine.c.path)
        )
        if only_shared:
            shared = select(articles.c.path).where(articles.c.run_id == new_id)
            query = query.where(mine.c.path.in_(shared))
        return query

    old, new = counted(old_id), counted(new_id)
    with store.engine.connect() as conn:
        fresh = {p: int(n) for p, n in conn.execute(beyond(new, old, False))}
        fixed = {p: int(n) for p, n in conn.execute(beyond(old, new, True))}
    return fresh, fixed


def load_trends(store: Store, last: int = 20) -> Trends:
    from sqlalchemy import select

    from auditor.history.schema import articles

    runs = list(reversed(list_runs(store, last)))
    trends = Trends(runs=runs)
    if not runs:
        return trends
    index = {r.id: i for i, r in enumerate(runs)}
    latest = runs[-1].id
    history: dict[str, list[int | None]] = {}
    in_latest: set[str] = set()
    query = select(articles.c.run_id, articles.c.path, articles.c.score).where(articles.c.run_id.in_(list(index)))
    with store.engine.connect() as conn:
        for run_id, path, score in conn.execution_options(yield_per=5000).execute(query):
            row = history.get(path)
            if row is None:
                row = history[path] = [None] * len(runs)
            row[index[run_id]] = score
            if run_id == latest:
                in_latest.add(path)
    fresh: dict[str, int] = {}
    fixed: dict[str, int] = {}
    if len(runs) > 1:
        fresh, fixed = _change_counts(store, runs[-2].id, latest)
        before = {p for p, row in history.items() if row[-2] is not None}
        trends.added = len(in_latest - before)
        trends.gone = len(before - in_latest)
    rows = [
        ArticleTrend(path, history[path], fresh.get(path, 0), fixed.get(path, 0))
        for path in in_latest
    ]
    trends.article_count = len(rows)
    # What got worse first (new findings, score drops), then what got better, then
    # the lowest scores.
    rows.sort(key=lambda a: (-(a.new + max(0, -(a.delta or 0))), -(a.fixed + max(0, a.delta or 0)),
                             a.latest if a.latest is not None else 101, a.path))
    trends.articles = rows[:SHOWN_ARTICLES]
    return trends


# ---------------------------------------------------------------- SVG


def _polyline(values: list[float | None], width: int, height: int, lo: float, hi: float) -> str:
    step = width / max(1, len(values) - 1)
    points = []
    for i, v in enumerate(values):
        if v is None:
            continue
        y = height - (v - lo) / (hi - lo or 1) * height
        points.append(f"{i * step:.1f},{y:.1f}")
    return " ".join(points)


def line_chart(series: dict[str, list[float | None]], labels: list[str], title: str) -> str:
    """Score lines (0–100) over runs, one per series, with a legend; returns SVG."""
    from html import escape

    width, height, pad = 640, 200, 30
    colours = ["#1a56db", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#4b5563"]
    parts = [f'<svg viewBox="0 0 {width + 2 * pad + 130} {height + 2 * pad}" role="img" class="chart">',
             f"<title>{escape(title)}</title>"]
    desc = "; ".join(f"{name}: " + ", ".join("—" if v is None else f"{v:.0f}" for v in vals) for name, vals in series.items())
    parts.append(f"<desc>{escape(desc)}</desc>")
    parts.append(f'<g transform="translate({pad},{pad})">')
    for tick in (0, 50, 90, 100):
        y = height - tick / 100 * height
        parts.append(f'<line x1="0" x2="{width}" y1="{y}" y2="{y}" class="grid"/><text x="-6" y="{y + 4}" class="tick" text-anchor="end">{tick}</text>')
    for i, (name, values) in enumerate(series.items()):
        colour = colours[i % len(colours)]
        strong = ' stroke-width="3"' if i == 0 else ' stroke-width="1.5"'
        parts.append(f'<polyline fill="none" stroke="{colour}"{strong} points="{_polyline(values, width, height, 0, 100)}"/>')
        parts.append(f'<text x="{width + 10}" y="{14 + i * 16}" fill="{colour}" class="legend">{escape(name)}</text>')
    step = width / max(1, len(labels) - 1)
    for i, label in enumerate(labels):
        parts.append(f'<text x="{i * step:.1f}" y="{height + 18}" class="tick" text-anchor="middle">{escape(label)}</text>')
    parts.append("</g></svg>")
    return "".join(parts)


def level_bars(runs: list[RunInfo], title: str) -> str:
    """Findings per run, stacked by level; returns SVG."""
    from html import escape

    width, height, pad = 640, 160, 30
    top = max((r.errors + r.warnings + r.infos for r in runs), default=0) or 1
    bar = width / max(1, len(runs))
    parts = [f'<svg viewBox="0 0 {width + 2 * pad + 130} {height + 2 * pad}" role="img" class="chart">',
             f"<title>{escape(title)}</title>",
             "<desc>" + escape("; ".join(f"run {r.id}: {r.errors} errors, {r.warnings} warnings, {r.infos} infos" for r in runs)) + "</desc>",
             f'<g transform="translate({pad},{pad})">']
    for i, r in enumerate(runs):
        y = float(height)
        for count, css in ((r.errors, "error"), (r.warnings, "warning"), (r.infos, "info")):
            h = count / top * height
            y -= h
            parts.append(f'<rect x="{i * bar + 2:.1f}" y="{y:.1f}" width="{max(1.0, bar - 4):.1f}" height="{h:.1f}" class="bar-{css}"><title>run {r.id}: {count} {css}s</title></rect>')
        parts.append(f'<text x="{i * bar + bar / 2:.1f}" y="{height + 18}" class="tick" text-anchor="middle">{r.id}</text>')
    for j, css in enumerate(("error", "warning", "info")):
        parts.append(f'<rect x="{width + 10}" y="{4 + j * 16}" width="10" height="10" class="bar-{css}"/><text x="{width + 26}" y="{13 + j * 16}" class="legend">{css}s</text>')
    parts.append(f'<text x="-6" y="8" class="tick" text-anchor="end">{top}</text></g></svg>')
    return "".join(parts)


def sparkline(values: list[int | None]) -> str:
    if sum(v is not None for v in values) < 2:
        return ""
    return (f'<svg viewBox="0 0 100 24" class="spark" role="img"><title>'
            + ", ".join("—" if v is None else str(v) for v in values)
            + f'</title><polyline fill="none" points="{_polyline(list(values), 100, 22, 0, 100)}"/></svg>')


def render_trends(trends: Trends, *, version: str, template_dir: Any = None) -> str:
    import jinja2
    from markupsafe import Markup

    from auditor.rulepacks import data_dir

    root = template_dir or data_dir("reports")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(root)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    runs = trends.runs
    categories = sorted({c for r in runs for c in r.scores})
    series: dict[str, list[float | None]] = {"overall": [r.score for r in runs]}
    for c in categories:
        series[c] = [r.scores.get(c) for r in runs]
    labels = [str(r.id) for r in runs]
    return env.get_template("trends.html").render(
        version=version,
        trends=trends,
        runs=runs,
        latest=runs[-1] if runs else None,
        previous=runs[-2] if len(runs) > 1 else None,
        score_chart=Markup(line_chart(series, labels, "Mean score per run, overall and per category")) if runs else "",
        level_chart=Markup(level_bars(runs, "Findings per run by level")) if runs else "",
        sparkline=lambda v: Markup(sparkline(v)),
    )


def write_trends(store: Store | None, out_dir: Any, *, version: str, last: int = 20) -> Any:
    """Write ``trends.html`` into the report folder ``out_dir``; return its path.
    Without a store the page says how to start recording runs."""
    from pathlib import Path

    from auditor.fileio import write_atomic

    trends = load_trends(store, last) if store is not None else Trends(runs=[])
    html = render_trends(trends, version=version)
    target = Path(out_dir) / "trends.html"
    write_atomic(target, html.encode("utf-8"))
    return target
