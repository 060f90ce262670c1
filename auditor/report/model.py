"""What the report shows, computed from one :class:`FileResult` at a time.

:func:`article_view` builds everything an article page needs; :func:`summary_row`
keeps the few fields the index table needs (a :class:`Row` is a few hundred bytes, so
100k articles fit); :class:`Totals` accumulates the run-wide numbers as results
stream past.
"""

from __future__ import annotations

import hashlib
import json
import math
import posixpath
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from markupsafe import Markup, escape

from auditor.model import CATEGORIES, LEVELS, Document, FileResult, Finding, ScoreBreakdown
from auditor.rulepacks import Rule

_GENERIC_STEMS = {"index", "source", "default", "readme", "article", "page", "post", "content"}
CONTEXT_RADIUS = 160  # characters of context kept either side of the highlighted text


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the index table."""

    file: str  # the article page's name without ".html"
    path: str
    headline: str
    score: int | None
    words: int | None
    grade: float | None
    errors: int
    warnings: int
    infos: int
    listicle: str  # "7/7 ✓", "promised 10, found 8 ✗", "—"
    listicle_state: str  # "ok", "bad" or "none"
    error: str | None  # the file could not be audited
    shown: str = ""  # the path as the index shows it, relative to the run's common folder

    @property
    def href(self) -> str:
        return f"articles/{self.file}.html"

    @property
    def label(self) -> str:
        return self.shown or self.path

    # The columns of data.js, by name: report.js looks each one up in AUDIT_COLUMNS
    # rather than trusting a position, so adding a column cannot shift the others.
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "file", "path", "headline", "score", "words", "grade", "errors", "warnings",
        "infos", "listicle", "state", "error",
    )

    def column(self, name: str) -> Any:
        if name == "path":
            return self.label  # as the index shows it
        if name == "state":
            return self.listicle_state
        return getattr(self, name)

    def as_json(self) -> list[Any]:
        return [self.column(name) for name in self.COLUMNS]


def common_folder(paths: Sequence[str]) -> str:
    """The folder every path lies in ("" when none), so the index can show
    ``news/a.html`` instead of ``/srv/archive/2024/news/a.html`` on every row."""
    folders = [posixpath.dirname(p.replace("\\", "/")) for p in paths]
    if not folders or any(not f or f in (".", "/") for f in folders):
        return ""
    try:
        root = posixpath.commonpath(folders)
    except ValueError:  # absolute and relative paths mixed
        return ""
    return "" if root in ("", ".", "/") else root


def with_shown_paths(rows: list[Row]) -> tuple[list[Row], str]:
    root = common_folder([r.path for r in rows])
    if not root:
        return rows, ""
    cut = len(root) + 1
    return [replace(r, shown=r.path.replace("\\", "/")[cut:]) for r in rows], root


def _number(metrics: Mapping[str, object], key: str) -> float | None:
    value = metrics.get(key)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def word_count(result: FileResult) -> int | None:
    value = _number(result.metrics, "words")
    if value is not None:
        return int(value)
    if result.document is not None and result.document.word_count:
        return result.document.word_count
    return None


def grade(result: FileResult) -> float | None:
    value = _number(result.metrics, "flesch_kincaid_grade")
    return None if value is None else round(value, 1)


def reading_ease(result: FileResult) -> float | None:
    return _number(result.metrics, "flesch_reading_ease")


# --- listicle ---------------------------------------------------------------


def listicle_counts(result: FileResult) -> tuple[int | None, int | None, bool]:
    """(promised, found, at_least): the metrics first, the document as a fallback
    (results built by hand, or kept without metrics)."""
    doc = result.document
    promised = result.metrics.get("headline_number")
    if not isinstance(promised, int) or isinstance(promised, bool):
        promised = doc.headline_number if doc is not None else None
    found = result.metrics.get("list_items")
    if not isinstance(found, int) or isinstance(found, bool):
        found = len(doc.items) if doc is not None else None
    at_least = doc is not None and doc.headline_number_at_least  # not among the metrics
    return promised, found, at_least


def listicle_verdict(
    promised: int | None, found: int | None, at_least: bool = False, verdict: str | None = None
) -> tuple[str, str]:
    """The index's listicle cell and its state ("ok", "bad" or "none"). ``verdict`` is the
    model's decision (Document.listicle.verdict); without it the counts decide."""
    if verdict is None and promised is not None:
        n = found or 0
        verdict = "kept" if n == promised or (at_least and n > promised) else "mismatch"
    if promised is None or verdict == "not-a-listicle":
        return (f"{found} items" if found else "—"), "none"
    found = found or 0
    plus = "+" if at_least else ""
    if verdict == "kept":
        return f"{found}/{promised}{plus} ✓", "ok"
    return f"promised {promised}{plus}, found {found} ✗", "bad"


# --- names ------------------------------------------------------------------


def slugify(path: str, limit: int = 60) -> str:
    parts = re.split(r"[\\/]+", path.strip("/\\")) or [path]
    stem = re.sub(r"\.[A-Za-z0-9]{1,8}$", "", parts[-1])
    if stem.lower() in _GENERIC_STEMS and len(parts) > 1:
        stem = f"{parts[-2]}-{stem}"
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].rstrip("-")
    return slug or "article"


def article_file(path: str, taken: set[str]) -> str:
    """A page name unique in this run: ``<slug>-<10 hex of sha1(path)>``."""
    n = 0
    while True:
        key = path if n == 0 else f"{path}\0{n}"
        digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        name = f"{slugify(path)}-{digest}"
        if name not in taken:
            taken.add(name)
            return name
        n += 1


# --- findings ---------------------------------------------------------------


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)")


def highlight(context: str, excerpt: str, radius: int = CONTEXT_RADIUS) -> Markup:
    """``context`` escaped, with the first occurrence of ``excerpt`` in ``<mark>``.

    Each piece is escaped before the ``<mark>`` tags go around it, so hostile text
    stays text. Long paragraphs are cut to ``radius`` characters around the match.
    """
    context = " ".join(context.split())
    excerpt = " ".join(excerpt.split())
    if not context:
        return Markup("<mark>%s</mark>") % excerpt if excerpt else Markup("")
    needle = excerpt.rstrip("…").rstrip() if excerpt else ""
    start = context.find(needle) if needle else -1
    if start < 0 and needle:
        start = context.casefold().find(needle.casefold())
        if start >= 0 and len(context.casefold()) != len(context):
            start = -1  # case folding changed lengths: offsets would lie
    if start < 0:
        return escape(_shorten(context, 2 * radius))
    end = start + len(needle)
    if excerpt.endswith("…"):
        # The engine cut a long excerpt: mark on to where its sentence ends rather
        # than stopping mid-word.
        stop = _SENTENCE_END.search(context, end)
        end = stop.end() if stop else len(context)
    lo, hi = max(0, start - radius), min(len(context), end + radius)
    before = ("…" if lo else "") + context[lo:start]
    after = context[end:hi] + ("…" if hi < len(context) else "")
    return escape(before) + Markup("<mark>") + escape(context[start:end]) + Markup("</mark>") + escape(after)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class FindingView:
    finding: Finding
    rule_href: str | None  # None when the rule is not in the run's rule set
    context_html: Markup
    excerpt_shown: bool  # the excerpt was found in the context and highlighted
    # Where it is, as the reader of the report finds it: "Line 12, column 3", or in a
    # .docx "¶14 (under "3. Go big")"; and the places of its repeats the same way.
    place: str = ""
    related_places: tuple[str, ...] = ()
    fix: str | None = None  # "safe": `check --fix` fixes it; "unsafe": with --unsafe-fixes


def _place(line: int, column: int, doc: Document | None, fmt: str | None) -> str:
    if fmt == "docx":  # a .docx has no lines: its paragraph and the headings above it
        from auditor.sources.docx_place import place

        return place(doc, line)
    return f"Line {line}, column {column}"


@dataclass(frozen=True, slots=True)
class LevelGroup:
    level: str
    findings: list[FindingView]


@dataclass(frozen=True, slots=True)
class CategoryGroup:
    category: str
    count: int
    levels: list[LevelGroup]


def group_findings(findings: Iterable[Finding], known_rules: Mapping[str, Rule], rules_href: str,
                   doc: Document | None = None, fmt: str | None = None) -> list[CategoryGroup]:
    """Findings by category (model order), then level (error, warning, info), then line;
    repeats of one rule grouped into one finding (auditor.engine.group), its other
    places listed under it. ``fmt`` (the file's format) decides how places are written
    and which fixes apply."""
    from auditor.engine.group import group_findings as group_repeats
    from auditor.fix import fix_mode

    buckets: dict[str, dict[str, list[Finding]]] = {}
    for f in group_repeats(findings):
        buckets.setdefault(f.category, {}).setdefault(f.level, []).append(f)
    order = list(CATEGORIES) + sorted(set(buckets) - set(CATEGORIES))
    groups = []
    for category in order:
        by_level = buckets.get(category)
        if not by_level:
            continue
        levels = []
        for level in [*LEVELS, *sorted(set(by_level) - set(LEVELS))]:
            items = sorted(by_level.get(level, ()), key=Finding.sort_key)
            if not items:
                continue
            views = []
            for f in items:
                html = highlight(f.context, f.excerpt)
                views.append(
                    FindingView(
                        finding=f,
                        rule_href=f"{rules_href}#{f.rule}" if f.rule in known_rules else None,
                        context_html=html,
                        excerpt_shown="<mark>" in html,
                        place=_place(f.line, f.column, doc, fmt),
                        related_places=tuple(
                            (f"{r.path}: " if r.path else "") + _place(r.line, r.column, doc, None if r.path else fmt)
                            for r in f.related),
                        fix=fix_mode(known_rules[f.rule], fmt) if f.rule in known_rules else None,
                    )
                )
            levels.append(LevelGroup(level, views))
        groups.append(CategoryGroup(category, sum(len(g.findings) for g in levels), levels))
    return groups


# --- metrics ----------------------------------------------------------------


def format_value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{round(value, 2):,}" if math.isfinite(value) else str(value)
    if isinstance(value, (dict, list, tuple)):
        text = json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
        return text if len(text) <= 300 else text[:299] + "…"
    return str(value)


METRIC_LABELS = {
    "words": "Words",
    "sentences": "Sentences",
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "reading_time_s": "Reading time",
    "list_items": "Listicle items found",
    "headline_number": "Number in headline",
}


def metric_label(key: str) -> str:
    if key in METRIC_LABELS:
        return METRIC_LABELS[key]
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def metric_value(key: str, value: object) -> str:
    if key.endswith("_s") and isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        minutes, seconds = divmod(round(value), 60)
        return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"
    return format_value(value)


def metric_rows(metrics: Mapping[str, object]) -> list[tuple[str, str, str]]:
    """(key, label, formatted value), in the engine's order."""
    return [(k, metric_label(k), metric_value(k, v)) for k, v in metrics.items()]


# --- links and images -------------------------------------------------------


def link_kind(internal: bool | None) -> str:
    return "internal" if internal is True else "external" if internal is False else "unknown"


def alt_text(alt: str | None) -> tuple[str, str]:
    """The alt cell and its state: missing (no attribute), empty, or present."""
    if alt is None:
        return "(no alt attribute)", "missing"
    if not alt.strip():
        return "(empty alt)", "empty"
    return alt, "present"


# --- pages and totals -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BreakdownRow:
    """One row of "How this score was reached": a category (its score, its weight's
    share, the rules that cost it points), the mean, a deduction or a cap."""

    kind: str  # "category", "mean", "deduction" or "cap"
    label: str
    value: str  # the score, the mean, "−12.5" points or "≤ 40"
    weight: str = ""  # a category's share of the weights
    reason: str = ""
    costs: tuple[tuple[str, str, str | None], ...] = ()  # (rule, "warning ×2 −15", its href or None)


@dataclass(frozen=True, slots=True)
class BreakdownView:
    rows: tuple[BreakdownRow, ...]
    score: int
    arithmetic: str  # "96.2 − 12.5 − 4 = 79.7, rounded 80"


def breakdown_view(b: ScoreBreakdown | None, known_rules: Mapping[str, Rule],
                   rules_href: str = "../rules.html") -> BreakdownView | None:
    """The rows of an article's "How this score was reached" table (the text output's
    ``--verbose`` lines, auditor.output.breakdown, as a table)."""
    if b is None:
        return None
    from auditor.output.breakdown import arithmetic, points, term_label, weight_share

    rows = [
        BreakdownRow("category", part.category.capitalize(), str(part.score), weight_share(part, b), costs=tuple(
            (cost.rule, f"{cost.level}{f' ×{cost.count}' if cost.count > 1 else ''} −{points(cost.points)}",
             f"{rules_href}#{cost.rule}" if cost.rule in known_rules else None)
            for cost in sorted(part.costs, key=lambda c: (-c.points, c.rule))))
        for part in b.categories
    ]
    rows.append(BreakdownRow("mean", "Weighted mean", points(b.mean), "100 %" if b.categories else ""))
    rows += [BreakdownRow("deduction", term_label(d.term), f"−{points(d.points)}", reason=d.reason)
             for d in b.deductions]
    rows += [BreakdownRow("cap", term_label(c.term), f"≤ {c.limit}", reason=c.reason) for c in b.caps]
    return BreakdownView(tuple(rows), b.score, arithmetic(b))


@dataclass(slots=True)
class ArticleView:
    result: FileResult
    doc: Document | None
    file: str
    headline: str
    gauges: list[tuple[str, int | None]]
    groups: list[CategoryGroup]
    promised: int | None
    found: int | None
    at_least: bool
    verdict: str
    verdict_state: str
    metrics: list[tuple[str, str, str]]
    counts: dict[str, int]
    full_doc: bool  # False: the engine kept only the outline (no images, links, text)
    breakdown: BreakdownView | None = None  # how the score was reached


def display_headline(result: FileResult) -> str:
    return result.headline or result.title or (result.document.headline if result.document else None) or ""


def article_view(result: FileResult, file: str, known_rules: Mapping[str, Rule]) -> ArticleView:
    promised, found, at_least = listicle_counts(result)
    facts = result.document.listicle if result.document is not None else None
    verdict, state = listicle_verdict(promised, found, at_least, facts.verdict if facts else None)
    categories = list(CATEGORIES) + sorted(set(result.scores) - set(CATEGORIES))
    return ArticleView(
        result=result,
        doc=result.document,
        file=file,
        headline=display_headline(result),
        gauges=[(c, result.scores.get(c)) for c in categories],
        groups=group_findings(result.findings, known_rules, "../rules.html", result.document, result.format),
        promised=promised,
        found=found,
        at_least=at_least,
        verdict=verdict,
        verdict_state=state,
        metrics=metric_rows(result.metrics),
        counts={level: result.count(level) for level in LEVELS},
        full_doc=has_full_document(result.document),
        breakdown=breakdown_view(result.score_breakdown, known_rules),
    )


def has_full_document(doc: Document | None) -> bool:
    """Whether ``doc`` still has its text. Batch runs that do not keep documents
    send an outline (items, meta) with the text stripped: its images and links are
    unknown, not absent, and the page must not claim "no images"."""
    if doc is None:
        return False
    headings = doc.headings if doc.format != "docx" else ()  # an outline .docx keeps them for its positions
    stripped = not (doc.paragraphs or doc.sentences or headings or doc.list_items or doc.images or doc.links)
    return not (stripped and doc.word_count > 0)


def summary_row(view: ArticleView) -> Row:
    result = view.result
    return Row(
        file=view.file,
        path=result.path,
        headline=view.headline,
        score=result.score,
        words=word_count(result),
        grade=grade(result),
        errors=view.counts["error"],
        warnings=view.counts["warning"],
        infos=view.counts["info"],
        listicle=view.verdict,
        listicle_state=view.verdict_state,
        error=result.error,
    )


@dataclass(slots=True)
class Totals:
    """Run-wide numbers, updated once per result; nothing per article but scores."""

    articles: int = 0
    failed: int = 0
    levels: Counter[str] = field(default_factory=Counter)
    rule_hits: Counter[str] = field(default_factory=Counter)
    rule_articles: Counter[str] = field(default_factory=Counter)
    score_sum: float = 0.0
    score_n: int = 0
    category_sum: dict[str, float] = field(default_factory=dict)
    category_n: dict[str, int] = field(default_factory=dict)
    scores: list[int] = field(default_factory=list)
    reading_ease: list[float] = field(default_factory=list)
    listicles: Counter[str] = field(default_factory=Counter)
    rule_info: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # id → name, category, level

    def add(self, result: FileResult, row: Row) -> None:
        self.articles += 1
        if result.error is not None:
            self.failed += 1
        self.listicles[row.listicle_state] += 1
        seen: set[str] = set()
        for f in result.findings:
            self.levels[f.level] += 1
            self.rule_hits[f.rule] += 1
            self.rule_info.setdefault(f.rule, (f.name, f.category, f.level))
            if f.rule not in seen:
                seen.add(f.rule)
                self.rule_articles[f.rule] += 1
        if result.score is not None:
            self.score_sum += result.score
            self.score_n += 1
            self.scores.append(result.score)
        for category, value in result.scores.items():
            if value is None:
                continue
            self.category_sum[category] = self.category_sum.get(category, 0.0) + value
            self.category_n[category] = self.category_n.get(category, 0) + 1
        ease = reading_ease(result)
        if ease is not None:
            self.reading_ease.append(ease)

    @property
    def mean_score(self) -> float | None:
        return self.score_sum / self.score_n if self.score_n else None

    def category_means(self) -> list[tuple[str, float | None]]:
        categories = list(CATEGORIES) + sorted(set(self.category_n) - set(CATEGORIES))
        return [
            (c, self.category_sum[c] / self.category_n[c] if self.category_n.get(c) else None)
            for c in categories
        ]

    def top_rules(self, limit: int = 15) -> list[tuple[str, int, int]]:
        """(rule id, findings, articles), most findings first, ties by id."""
        ranked = sorted(self.rule_hits.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(rule, hits, self.rule_articles[rule]) for rule, hits in ranked[:limit]]
