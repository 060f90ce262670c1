"""The site-wide stage: run the ``site.*`` rules over every article's facts and
merge their findings (suppressions applied, scores recomputed) into the results."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from auditor.sitewide.checks import SiteHit, get_site_check, is_site_kind

if TYPE_CHECKING:
    from auditor.model import FileResult, Finding
    from auditor.rulepacks import Rule
    from auditor.sitewide.facts import SiteFacts

MAX_SHOWN = 3  # related locations named in a message; all are in Finding.related


def _finding(rule: Rule, hit: SiteHit, shown_as: Callable[[str], str]) -> Finding:
    """``hit`` as a finding; ``shown_as`` names a path as outputs show it (memoised by
    the caller: one string per page, shared by every finding that names it)."""
    from auditor.checks import excerpt
    from auditor.engine.run import EXCERPT_LIMIT, format_message
    from auditor.model import Finding, Location

    pairs = tuple(hit.related)
    places = tuple(f"{shown_as(p)}:{line}" for p, line in pairs)
    related = tuple(Location(line=line, path=shown_as(p)) for p, line in pairs)
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


@dataclass(frozen=True)
class SiteChanges:
    """What the site stage changes in a batch: per result index, the findings it adds,
    packed (in a temporary file, see spool.Shelf; bytes once stored in the cache), with
    their counts per level, and the scores they leave (``added_blob``,
    ``added_levels``, ``scores``, ``score``; see spool.applied); and
    the link targets whose existence on disk the findings depend on, with what it was
    (a cached stage is stale once one differs)."""

    updates: dict[int, dict[str, Any]]
    probes: tuple[tuple[str, bool], ...] = ()

    def still_true(self) -> bool:
        from auditor.sitewide.facts import target_exists

        return all(target_exists(target) == exists for target, exists in self.probes)


def site_changes(results: Sequence[FileResult], rules: Sequence[Rule]) -> SiteChanges:
    """The site-wide findings of ``results`` as changes to apply. ``rules`` gives each
    site rule's level, message and parameters (the run's configuration); whether a rule
    applies to an article follows that article's own configuration. Results are read
    one at a time (a spool loads each on access): only their site facts are held, and
    the results that gain findings are read once more."""
    from functools import lru_cache

    from auditor.engine.suppress import apply_suppressions
    from auditor.paths import relative_path
    from auditor.spool import Shelf, count_levels, dump_blob

    held = _what_checks_read(list(_held_facts(results)))
    facts = [f for _i, _path, f in held]
    chosen = site_rules(rules)
    if len(facts) < 2 or not chosen:
        return SiteChanges({})
    probes = {link.target: link.exists for f in facts for link in f.links if link.checkable and link.target}
    shown_as = lru_cache(maxsize=None)(relative_path)
    # Each page's hits, made findings only when the page's turn comes below: a hit
    # names its group of pages, a finding lists twenty of them (a site where every
    # page shares its title with others would hold ~5 KB a page of findings at once).
    hits: dict[str, list[tuple[Rule, SiteHit]]] = defaultdict(list)
    for rule in chosen:
        applicable = [f for f in facts if rule.id in f.site_rules]
        if len(applicable) < 2:
            continue
        for hit in get_site_check(rule.check)(applicable, rule.params):
            hits[hit.path].append((rule, hit))
    updates: dict[int, dict[str, Any]] = {}
    shelf = Shelf()
    for i, path, site_facts in held:
        found = hits.pop(path, None)
        extra = apply_suppressions([_finding(rule, hit, shown_as) for rule, hit in found],
                                   site_facts.directives) if found else None
        if extra:
            own, kept_scores, kept_score = _scoring_inputs(results, i)
            findings = tuple(sorted((*own, *extra), key=lambda f: f.sort_key()))
            scores, score = _rescored(own, findings, kept_scores, kept_score)
            # Only the additions are kept, packed (a few hundred bytes a page) in a
            # temporary file, and merged as each result is read: a batch whose every page
            # gains site findings holds their counts, not every finding of every page.
            updates[i] = {"added_blob": shelf.put(dump_blob(tuple(extra))), "added_levels": count_levels(extra),
                          "scores": scores, "score": score}
    return SiteChanges(updates, tuple(sorted(probes.items())))


def _held_facts(results: Sequence[FileResult]) -> Iterator[tuple[int, str, SiteFacts]]:
    """Each audited result's index, path and site facts. The facts hold for the whole
    stage, so the tuple of site rules enabled for a page, which each page unpickled
    as its own copy though most pages of a run share it, becomes one shared tuple
    (~500 bytes a page)."""
    from dataclasses import replace

    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    kept = getattr(results, "site_facts", None)  # a spool reads them without loading results
    every = kept() if kept is not None else (
        (i, r.path, None if r.error else r.site_facts) for i, r in enumerate(results))
    for i, path, found in every:
        # FileResult keeps the facts as an object (the model does not import this stage).
        facts = cast("SiteFacts | None", found)
        if facts is None:
            continue
        rules = shared.setdefault(facts.site_rules, facts.site_rules)
        yield i, path, facts if rules is facts.site_rules else replace(facts, site_rules=rules)


def _what_checks_read(held: list[tuple[int, str, SiteFacts]]) -> list[tuple[int, str, SiteFacts]]:
    """``held`` without the links and images no site check reads: a link counts when
    it is a relative link to a page file (site.broken_internal_link) or points to a
    page of the set (site.orphan's inbound links); an image counts when another page
    shows the same source (site.image_alt_variants compares its alt texts). Links out
    of the set and images of one page are most of a page's facts, held for the whole
    stage."""
    from collections import Counter
    from dataclasses import replace

    keys = {key for _i, _path, facts in held for key in facts.keys}
    pages_showing = Counter(src for _i, _path, facts in held for src in {image.src for image in facts.images})
    for n, (i, path, facts) in enumerate(held):
        links = tuple(link for link in facts.links if link.checkable or link.key in keys)
        images = tuple(image for image in facts.images if pages_showing[image.src] > 1)
        if len(links) < len(facts.links) or len(images) < len(facts.images):
            held[n] = (i, path, replace(facts, links=links, images=images))
    return held


def apply_changes(results: Sequence[FileResult], updates: dict[int, dict[str, Any]]) -> list[FileResult]:
    from auditor.spool import applied

    return [applied(r, updates[i]) if i in updates else r for i, r in enumerate(results)]


def run_site_stage(results: Sequence[FileResult], rules: Sequence[Rule]) -> list[FileResult]:
    """``results`` with the site-wide findings added (see :func:`site_changes`)."""
    return apply_changes(results, site_changes(results, rules).updates)


class _Scored(NamedTuple):
    """A page's own finding as rescoring reads it (spool.SpooledResults.score_basis)."""

    key: tuple[int, int, str, str]
    category: str
    level: str

    @property
    def rule(self) -> str:
        return self.key[2]

    def sort_key(self) -> tuple[int, int, str, str]:
        return self.key


def _scoring_inputs(results: Sequence[FileResult], i: int) -> tuple[Sequence[Any], Mapping[str, int], int | None]:
    """Result ``i``'s own findings (or what rescoring reads of them), scores and score:
    from a spool's kept basis and verdict when a worker packed them (no result is
    loaded), else from the result."""
    basis_of = getattr(results, "score_basis", None)
    basis = basis_of(i) if basis_of is not None else None
    if basis is None:
        result = results[i]
        return result.findings, result.scores, result.score
    verdict = results.verdicts()[i]  # type: ignore[attr-defined]  # a spool keeps them
    return [_Scored(*b) for b in basis], verdict.scores, verdict.score


def _rescored(own: Sequence[Any], findings: Sequence[Any], kept_scores: Mapping[str, int],
              kept_score: int | None) -> tuple[dict[str, int], int | None]:
    """Scores with the site findings added (``findings``: the page's ``own`` and the
    site's, in order). The document is gone by now, so the overall score drops by what
    the new findings cost (the page's caps stay applied)."""
    from auditor.engine.scoring import category_scores, overall_score

    def uncapped(found: Sequence[Finding]) -> tuple[dict[str, int], int]:
        scores = category_scores(found, kept_scores.keys())
        return scores, overall_score(scores, sum(1 for f in found if f.level == "error"))

    _before_scores, before = uncapped(own)
    scores, after = uncapped(findings)
    overall = None if kept_score is None else max(0, kept_score - (before - after))
    return scores, overall
