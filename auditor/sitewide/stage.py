"""The site-wide stage: run the ``site.*`` rules over every article's facts and
merge their findings (suppressions applied, scores recomputed) into the results."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from auditor.sitewide.checks import SiteHit, get_site_check, is_site_kind

if TYPE_CHECKING:
    from auditor.model import FileResult, Finding
    from auditor.rulepacks import Rule
    from auditor.sitewide.facts import SiteFacts

MAX_SHOWN = 3  # related locations named in a message; all are in Finding.related


def _where(path: str, line: int) -> str:
    from auditor.paths import relative_path

    return f"{relative_path(path)}:{line}"


def _finding(rule: Rule, hit: SiteHit) -> Finding:
    from auditor.checks import excerpt
    from auditor.engine.run import EXCERPT_LIMIT, format_message
    from auditor.model import Finding

    from auditor.model import Location
    from auditor.paths import relative_path

    places = tuple(_where(p, line) for p, line in hit.related)
    related = tuple(Location(line=line, path=relative_path(p)) for p, line in hit.related)
    others = ", ".join(places[:MAX_SHOWN]) + (f" and {len(places) - MAX_SHOWN} more" if len(places) > MAX_SHOWN else "")
    return Finding(
        rule=rule.id, name=rule.name, category=rule.category, level=rule.level,
        message=format_message(rule.message, {**rule.params, **hit.data, "others": others}),
        line=max(1, hit.line), column=1,
        excerpt=excerpt(hit.excerpt, EXCERPT_LIMIT) if hit.excerpt else "",
        related=related,
    )


def site_rules(rules: Iterable[Rule]) -> list[Rule]:
    return [r for r in rules if is_site_kind(r.check)]


def run_site_stage(results: Sequence[FileResult], rules: Sequence[Rule]) -> list[FileResult]:
    """``results`` with the site-wide findings added. ``rules`` gives each site
    rule's level, message and parameters (the run's configuration); whether a rule
    applies to an article follows that article's own configuration."""
    from auditor.engine.suppress import apply_suppressions

    # FileResult keeps the facts as an object (the model does not import this stage).
    facts = [cast("SiteFacts", r.site_facts) for r in results if r.site_facts is not None and not r.error]
    chosen = site_rules(rules)
    if len(facts) < 2 or not chosen:
        return list(results)
    added: dict[str, list[Finding]] = defaultdict(list)
    for rule in chosen:
        applicable = [f for f in facts if rule.id in f.site_rules]
        if len(applicable) < 2:
            continue
        for hit in get_site_check(rule.check)(applicable, rule.params):
            added[hit.path].append(_finding(rule, hit))
    if not added:
        return list(results)
    out = []
    for result in results:
        extra = added.pop(result.path, None) if result.site_facts is not None else None
        if extra:
            extra = apply_suppressions(extra, cast("SiteFacts", result.site_facts).directives)
        if extra:
            findings = sorted((*result.findings, *extra), key=lambda f: f.sort_key())
            scores, score = _rescored(result, findings)
            result = replace(result, findings=tuple(findings), scores=scores, score=score)
        out.append(result)
    return out


def _rescored(result: FileResult, findings: Sequence[Finding]) -> tuple[dict[str, int], int | None]:
    """Scores with the site findings added. The document is gone by now, so the
    overall score drops by what the new findings cost (the page's caps stay applied)."""
    from auditor.engine.scoring import category_scores, overall_score

    def uncapped(found: Sequence[Finding]) -> tuple[dict[str, int], int]:
        scores = category_scores(found, result.scores.keys())
        return scores, overall_score(scores, sum(1 for f in found if f.level == "error"))

    _before_scores, before = uncapped(result.findings)
    scores, after = uncapped(findings)
    overall = None if result.score is None else max(0, result.score - (before - after))
    return scores, overall


def with_site_findings(results: Iterable[FileResult], rules: Sequence[Rule]) -> Iterator[FileResult]:
    """Stream form for writers that take an iterator. The stage needs every
    article's facts before it can judge the first, so results are held until the
    last one arrives."""
    yield from run_site_stage(list(results), rules)
