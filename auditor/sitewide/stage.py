"""The site-wide stage: run the ``site.*`` rules over every article's facts and
merge their findings (suppressions applied, scores recomputed) into the results."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from auditor.sitewide.checks import (SiteHit, broken_links, get_site_check, is_site_kind, one_site_check,
                                     orphan_hit)

if TYPE_CHECKING:
    from auditor.model import FileResult, Finding, ScoreBreakdown
    from auditor.rulepacks import Rule
    from auditor.sitewide.facts import SiteFacts
    from auditor.sitewide.groups import Need, RulePlan, SiteIndex

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
    their counts per level, and the scores they leave with how they were reached
    (``added_blob``, ``added_levels``, ``scores``, ``score``, ``breakdown_blob``; see
    spool.applied); and
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
    applies to an article follows that article's own configuration.

    Two passes over the results' site facts, read one at a time (a spool reads them
    without loading results): the first keeps only the small keys the checks group
    pages by, hashed, in a temporary database on disk (auditor.sitewide.groups), and
    finds the pages in a group of two or more; the second re-reads the facts of those
    pages alone, trimmed to what the checks read, runs the checks on them and makes
    each page's findings in turn. A page in no group is read once and held never, so
    the stage's memory follows the pages that gain findings, not the whole set."""
    from auditor.sitewide.groups import SiteIndex

    chosen = site_rules(rules)
    if not chosen:
        return SiteChanges({})
    with SiteIndex(chosen) as index:
        for i, path, facts in _every_facts(results):
            index.add(i, path, facts)
        if index.pages < 2:
            return SiteChanges({})
        pages = _Reread(results, index.plan())
        # Each page's hits, made findings only when the page's turn comes below: a hit
        # names its group of pages, a finding lists twenty of them (a site where every
        # page shares its title with others would hold ~5 KB a page of findings at once).
        hits: dict[str, list[tuple[Rule, SiteHit]]] = defaultdict(list)
        for plan in index.plans:
            if plan.applies >= 2:
                for hit in _plan_hits(plan, pages):
                    hits[hit.path].append((plan.rule, hit))
        turns = _turns(hits, index, pages)
        probes = index.probes()
    return SiteChanges(_updates(results, hits, turns, pages), probes)


def _updates(results: Sequence[FileResult], hits: dict[str, list[tuple[Rule, SiteHit]]],
             turns: dict[int, str], pages: _Reread) -> dict[int, dict[str, Any]]:
    """Per result index, the findings its hits make (suppressions applied), packed, and
    the scores they leave; pages taken in index order, each page's findings made and
    packed before the next page's."""
    from functools import lru_cache

    from auditor.engine.suppress import apply_suppressions
    from auditor.paths import relative_path
    from auditor.spool import Shelf, count_levels, dump_blob

    shown_as = lru_cache(maxsize=None)(relative_path)
    updates: dict[int, dict[str, Any]] = {}
    shelf = Shelf()
    for i in sorted(turns):
        found = hits.pop(turns[i])
        extra = apply_suppressions([_finding(rule, hit, shown_as) for rule, hit in found],
                                   pages[i].facts.directives)
        if extra:
            own, kept_scores, kept_score, kept = _scoring_inputs(results, i)
            findings = tuple(sorted((*own, *extra), key=lambda f: f.sort_key()))
            # Only the additions are kept, packed (a few hundred bytes a page) in a
            # temporary file, and merged as each result is read: a batch whose every page
            # gains site findings holds their counts, not every finding of every page
            # (nor every page's score breakdown, packed alike).
            updates[i] = {"added_blob": shelf.put(dump_blob(tuple(extra))), "added_levels": count_levels(extra)}
            if kept is not None:
                from auditor.engine.scoring import rescored

                explained = rescored(kept, findings)
                updates[i].update(scores=explained.scores, score=explained.score,
                                  breakdown_blob=shelf.put(dump_blob(explained)))
            else:
                updates[i].update(zip(("scores", "score"), _rescored(own, findings, kept_scores, kept_score)))
    return updates


def _turns(hits: Mapping[str, object], index: SiteIndex, pages: _Reread) -> dict[int, str]:
    """Which result takes the hits on each path: the first with site facts whose path it
    is (as a result's path is what outputs show). Two results may share a path (one
    URL captured twice); a page that shares it without being in a group is read here."""
    turns: dict[int, str] = {}
    for path in hits:
        for page in index.pages_with_path(path):
            if pages[page].path == path:
                turns[page] = path
                break
    return turns


def _plan_hits(plan: RulePlan, pages: _Reread) -> Iterable[SiteHit]:
    """The hits of ``plan``'s rule on its candidates: the check run on them (on each
    published site apart when the whole set mixes sites), or, for the checks that judge
    the whole set, made from what the first pass found."""
    from itertools import chain

    facts = [pages[i].facts for i in plan.pages]
    kind, params = plan.rule.check, plan.rule.params
    if kind == "site.orphan":
        return (orphan_hit(f, plan.applies - 1) for f in facts)
    if kind == "site.broken_internal_link":
        return broken_links(facts, lambda key: hash(key) in plan.known, lambda site: plan.site_pages.get(hash(site), 0))
    one_site = one_site_check(kind)
    if one_site is None:
        return get_site_check(kind)(facts, params)
    if not plan.split:
        return one_site(facts, params)
    parts: dict[int, list[SiteFacts]] = defaultdict(list)
    for i in plan.pages:
        parts[pages[i].host].append(pages[i].facts)
    return chain.from_iterable(one_site(part, params) for part in parts.values())


class _Page(NamedTuple):
    path: str  # the result's path
    facts: SiteFacts  # trimmed to what the checks read of this page
    host: int  # its published site (groups.host_key)


class _Reread:
    """The second pass: the candidates' facts, read again one at a time in index order
    and trimmed to what the checks read of each; a page asked for later (one sharing a
    candidate's path) is read when asked."""

    def __init__(self, results: Sequence[FileResult], needs: Mapping[int, Need]) -> None:
        self._results = results
        self._shared: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._pages = {i: self._read(i, needs[i]) for i in sorted(needs)}

    def __getitem__(self, i: int) -> _Page:
        page = self._pages.get(i)
        if page is None:
            from auditor.sitewide.groups import Need

            page = self._pages[i] = self._read(i, Need())
        return page

    def _read(self, i: int, need: Need) -> _Page:
        from dataclasses import replace

        from auditor.sitewide.groups import host_key

        kept = getattr(self._results, "site_facts_at", None)  # a spool reads them without loading results
        path, found = kept(i) if kept is not None else (self._results[i].path, self._results[i].site_facts)
        facts = cast("SiteFacts", found)  # the first pass saw facts at this index
        # Most pages of a run enable one tuple of site rules: held once, not a copy a page.
        rules = self._shared.setdefault(facts.site_rules, facts.site_rules)
        if facts.path == path:
            facts = replace(facts, path=path)  # one string for both, not two
        return _Page(path, _trimmed(facts, need, rules), host_key(facts))


def _trimmed(facts: SiteFacts, need: Need, rules: tuple[str, ...]) -> SiteFacts:
    """``facts`` with only what the checks read of the page (``need``)."""
    from dataclasses import replace

    from auditor.sitewide.checks import credit_key

    if need.everything:
        return replace(facts, site_rules=rules)
    wanted = need.fields
    return replace(
        facts, keys=(), site_rules=rules,
        title=facts.title if "title" in wanted else None,
        description=facts.description if "description" in wanted else None,
        headline=facts.headline if "headline" in wanted else None,
        keyphrase=facts.keyphrase if "keyphrase" in wanted else None,
        links=tuple(link for link in facts.links if link.checkable) if need.links else (),
        images=tuple(image for image in facts.images if hash(image.src) in need.images),
        credits=tuple(credit for credit in facts.credits if hash(credit_key(credit.text)) in need.credits)
        if need.credits else (),
    )


def _every_facts(results: Sequence[FileResult]) -> Iterator[tuple[int, str, SiteFacts]]:
    """Each audited result's index, path and site facts, read one at a time."""
    kept = getattr(results, "site_facts", None)  # a spool reads them without loading results
    every = kept() if kept is not None else (
        (i, r.path, None if r.error else r.site_facts) for i, r in enumerate(results))
    for i, path, found in every:
        # FileResult keeps the facts as an object (the model does not import this stage).
        facts = cast("SiteFacts | None", found)
        if facts is not None:
            yield i, path, facts


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


def _scoring_inputs(results: Sequence[FileResult], i: int) -> tuple[
        Sequence[Any], Mapping[str, int], int | None, ScoreBreakdown | None]:
    """Result ``i``'s own findings (or what rescoring reads of them), scores, score and
    score breakdown: from a spool's kept basis and verdict when a worker packed them (no
    result is loaded), else from the result."""
    basis_of = getattr(results, "score_basis", None)
    kept = basis_of(i) if basis_of is not None else None
    if kept is None:
        result = results[i]
        return result.findings, result.scores, result.score, result.score_breakdown
    basis, explained = kept
    verdict = results.verdicts()[i]  # type: ignore[attr-defined]  # a spool keeps them
    return [_Scored(*b) for b in basis], verdict.scores, verdict.score, explained


def _rescored(own: Sequence[Any], findings: Sequence[Any], kept_scores: Mapping[str, int],
              kept_score: int | None) -> tuple[dict[str, int], int | None]:
    """Scores with the site findings added (``findings``: the page's ``own`` and the
    site's, in order) for a result scored without a breakdown (made by other code than
    auditor.api.audit): the overall score drops by what the new findings cost. A result
    with a breakdown is rescored from it (scoring.rescored), as its document scored."""
    from auditor.engine.scoring import category_scores, overall_score

    def uncapped(found: Sequence[Finding]) -> tuple[dict[str, int], int]:
        scores = category_scores(found, kept_scores.keys())
        return scores, overall_score(scores, sum(1 for f in found if f.level == "error"))

    _before_scores, before = uncapped(own)
    scores, after = uncapped(findings)
    overall = None if kept_score is None else max(0, kept_score - (before - after))
    return scores, overall
