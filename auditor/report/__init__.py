"""The HTML report: one folder of static pages, from one article to a whole archive.

``write_report(results, out_dir, rules=…, version=…)`` streams results: each article's
page is rendered and written as its result arrives, and only a small summary row is
kept for the index, so 100k articles never sit in memory at once. The index table's
rows go to ``data.js`` (a ``window.AUDIT_ROWS = […]`` assignment, which loads from
``file://`` where ``fetch()`` would not) and ``assets/report.js`` sorts, filters and
pages them in memory; the first page is also rendered into ``index.html`` so the
report reads without JavaScript.

Layout of ``out_dir``::

    index.html  rules.html  data.js  assets/…  articles/<slug>-<hash>.html

Templates and assets live in ``reports/`` (``data_dir("reports")``) so teams can
restyle without touching Python; pass ``template_dir`` to use a copy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.report.files import ReportError

if TYPE_CHECKING:
    from auditor.model import FileResult
    from auditor.report.model import Row
    from auditor.rulepacks import Rule

__all__ = ["ReportError", "write_report", "script_json", "PAGE_SIZE"]

PAGE_SIZE = 100  # rows per page of the index table (server-rendered and in JS)
TOP_RULES = 15


def script_json(value: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``</script>``, ``<!--``, ``&`` or
    JavaScript line terminators can break out of it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def write_report(
    results: Iterable[FileResult],
    out_dir: Path,
    *,
    rules: Sequence[Rule],
    version: str,
    clean: bool = False,
    template_dir: Path | None = None,
    generated: str | None = None,
    title: str = "Audit report",
    trends_page: bool = False,
) -> Path:
    """Write the HTML report for ``results`` into ``out_dir``; return ``index.html``.

    An existing folder is updated in place (pages whose bytes did not change are not
    rewritten) and, once the index is written, article pages an earlier report left
    there are removed, so the folder never ships an article this report does not
    list; ``clean=True`` first removes every file an earlier report wrote there (its
    assets too), and only those. ``generated`` is shown as the report's date when given, so the
    output is byte-for-byte reproducible by default. Raises :class:`ReportError` when
    ``out_dir`` is not a folder or an input file is one the report would overwrite.
    """
    # Long on purpose: one streaming pass writes every file of the report as results arrive; the
    # steps share the open writers.
    import jinja2

    from auditor.report import charts, files, model
    from auditor.rulepacks import data_dir

    out_dir = Path(out_dir)
    root = Path(template_dir) if template_dir is not None else data_dir("reports")
    assets_src = root / "assets"
    asset_names = sorted(p.name for p in assets_src.iterdir() if p.is_file()) if assets_src.is_dir() else []

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root)),
        autoescape=jinja2.select_autoescape(["html", "htm", "xml", "svg"], default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(
        version=version,
        generated=generated,
        report_title=title,
        trends_page=trends_page,  # the CLI writes trends.html (auditor.history.trends) beside it
        gauge=charts.gauge,
        band=charts.band,
        alt_text=model.alt_text,
        link_kind=model.link_kind,
        format_value=model.format_value,
    )
    env.filters["thousands"] = lambda n: "—" if n is None else f"{n:,}"

    files.prepare_dir(out_dir, asset_names, clean=clean)
    base = out_dir.resolve()
    owned = {base / name for name in files.TOP_FILES} | {base / files.ASSETS / n for n in asset_names}
    for name in asset_names:
        files.write_atomic(out_dir / files.ASSETS / name, (assets_src / name).read_bytes())

    known = {rule.id: rule for rule in rules}
    article_tpl = env.get_template("article.html")
    totals = model.Totals()
    rows: list[model.Row] = []
    taken: set[str] = set()
    written: set[str] = set()
    inputs: set[Path] = set()
    for result in results:
        source = _resolved(result.path)
        if source is not None:
            inputs.add(source)
        if source in owned:
            raise ReportError(f"{result.path}: input is a file the report writes; choose another output folder")
        name = model.article_file(result.path, taken)
        target = out_dir / files.ARTICLES / f"{name}.html"
        if source == base / files.ARTICLES / target.name:
            raise ReportError(f"{result.path}: input would be overwritten by its own report page")
        view = model.article_view(result, name, known)
        html = article_tpl.render(view=view, root="../", page="article")
        files.write_atomic(target, files.encode_text(html))
        written.add(target.name)
        row = model.summary_row(view)
        totals.add(result, row)
        rows.append(row)
        del view, html  # the page is on disk; keep only the row

    rows.sort(key=lambda r: (r.path, r.file))
    rows, shown_root = model.with_shown_paths(rows)
    hits = totals.rule_hits

    rules_sorted = sorted(rules, key=lambda r: (_category_rank(r.category), r.id))
    rules_html = env.get_template("rules.html").render(
        rules=rules_sorted, hits=hits, articles=totals.rule_articles, root="", page="rules"
    )
    files.write_atomic(out_dir / "rules.html", files.encode_text(rules_html))

    data = data_js(rows)
    files.write_atomic(out_dir / "data.js", files.encode_text(data))

    score_counts, score_labels = charts.bin_values(totals.scores, 0, 100, 10)
    score_classes = [charts.band(i * 10)[0] for i in range(len(score_counts))]
    ease_counts, ease_labels = charts.bin_values(totals.reading_ease, 0, 100, 10)
    index_html = env.get_template("index.html").render(
        root="",
        page="index",
        totals=totals,
        rows=rows[:PAGE_SIZE],
        row_count=len(rows),
        shown_root=shown_root,
        page_size=PAGE_SIZE,
        top_rules=[(known.get(rule_id), rule_id, n, arts, totals.rule_info.get(rule_id)) for rule_id, n, arts in totals.top_rules(TOP_RULES)],
        score_chart=charts.histogram(
            score_counts, score_labels, chart_id="chart-scores",
            title="Distribution of overall scores", classes=score_classes,
        ) if totals.scores else None,
        ease_chart=charts.histogram(
            ease_counts, ease_labels, chart_id="chart-ease",
            title="Distribution of Flesch reading ease",
        ) if totals.reading_ease else None,
    )
    index = out_dir / "index.html"
    files.write_atomic(index, files.encode_text(index_html))
    files.prune_articles(out_dir, written, inputs)
    return index


def data_js(rows: Sequence[Row]) -> str:
    """The index table's data: score bands (defined once, in auditor.engine.scoring),
    the column names, then one array per article in that column order."""
    from auditor.engine.scoring import BANDS
    from auditor.report.model import Row

    bands = [{"min": floor, "css": css, "label": words} for floor, css, words in BANDS]
    return (
        "window.AUDIT_BANDS = " + script_json(bands) + ";\n"
        "window.AUDIT_COLUMNS = " + script_json(list(Row.COLUMNS)) + ";\n"
        "window.AUDIT_ROWS = " + script_json([r.as_json() for r in rows]) + ";\n"
    )


def _resolved(path: str) -> Path | None:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def _category_rank(category: str) -> tuple[int, str]:
    from auditor.model import CATEGORIES

    return (CATEGORIES.index(category), "") if category in CATEGORIES else (len(CATEGORIES), category)
