"""Site-wide check kinds: pure functions from every article's facts to hits.

A kind is registered with :func:`site_check` under ``site.<name>`` and gets the
facts of the articles its rule is enabled for, plus the rule's parameters. Each
works from hash maps built in one pass (no pairwise comparison of all articles), so
the stage stays linear in the number of articles.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from auditor.sitewide.facts import Located, SiteFacts, normal_text
from auditor.text import credits

Params = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class SiteHit:
    path: str
    line: int
    excerpt: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)  # may be shared by a group's hits: never changed
    related: Iterable[tuple[str, int]] = ()  # (path, line) in the other articles


SiteCheck = Callable[[Sequence[SiteFacts], Params], Iterable[SiteHit]]
_REGISTRY: dict[str, SiteCheck] = {}


def site_check(kind: str) -> Callable[[SiteCheck], SiteCheck]:
    def register(fn: SiteCheck) -> SiteCheck:
        _REGISTRY[kind] = fn
        return fn

    return register


def host_of(facts: SiteFacts) -> str:
    """The published site of an article (its canonical URL's host), "" when unknown."""
    return next((site_of(k) for k in facts.keys if k.startswith("url:")), "")


def site_partitions(facts: Sequence[SiteFacts]) -> list[Sequence[SiteFacts]]:
    """The set split by published site when it mixes several: one publication's house
    style (credits, alt texts, titles) is not another's. Articles whose site is not
    known (local drafts) form their own part; a one-site set stays whole."""
    hosts = [host_of(f) for f in facts]
    if len({h for h in hosts if h}) <= 1:
        return [facts]
    parts: dict[str, list[SiteFacts]] = defaultdict(list)
    for f, host in zip(facts, hosts):
        parts[host].append(f)
    return list(parts.values())


def per_site(check: SiteCheck) -> SiteCheck:
    """Run ``check`` on each site of the set apart (see :func:`site_partitions`)."""
    def run(facts: Sequence[SiteFacts], params: Params) -> Iterable[SiteHit]:
        for part in site_partitions(facts):
            yield from check(part, params)

    run.__doc__ = check.__doc__
    run.one_site = check  # type: ignore[attr-defined]  # the site stage partitions by itself
    return run


def one_site_check(kind: str) -> SiteCheck | None:
    """The check of ``kind`` that judges one site's articles, when the registered check
    splits the set by site (:func:`per_site`); None for checks that judge the whole set."""
    found: SiteCheck | None = getattr(_REGISTRY[kind], "one_site", None)
    return found


def get_site_check(kind: str) -> SiteCheck:
    return _REGISTRY[kind]


def is_site_kind(kind: str) -> bool:
    return kind.startswith("site.")


# Words that carry no topic: articles, prepositions…
_STOP = frozenset("""
a an the and or of to in on for with by from at as is are be your you our my how why what when
who which that this these those it its into about than vs
""".split())
# …and the listicle frame itself ("7 ways", "10 tips"), dropped when comparing headlines.
_FRAME = _STOP | frozenset("""
more most best top ways way things thing tips tip reasons reason ideas idea facts fact steps step
signs sign times time new
""".split())
_NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred
""".split())


def _stem(word: str) -> str:
    """A crude plural fold ("habits" → "habit") so near-duplicates meet."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def topic_words(text: str, drop: frozenset[str] = _FRAME) -> frozenset[str]:
    """The content words of a title or headline: no numbers, no frame words."""
    return frozenset(
        _stem(w) for w in normal_text(text).split()
        if not w.isdigit() and w not in drop and w not in _NUMBER_WORDS and len(w) > 1
    )


def keyphrase_words(text: str) -> frozenset[str]:
    """The topic words of a declared keyphrase, as site.cannibalisation compares them."""
    return topic_words(text, _STOP)


def heading_words(facts: SiteFacts) -> frozenset[str]:
    """The topic words of an article's headline and title together: a keyphrase whose
    words are all among them is that article's topic (site.cannibalisation)."""
    return frozenset().union(*(topic_words(v.text, _STOP) for v in (facts.headline, facts.title) if v is not None))


def _field(facts: SiteFacts, name: str) -> Located | None:
    value: Located | None = getattr(facts, name)
    return value


def _groups(facts: Sequence[SiteFacts], name: str, near: bool) -> list[list[tuple[SiteFacts, Located]]]:
    """Articles whose ``name`` field is the same (case, accents, punctuation aside)
    or, with ``near``, has the same topic words in any order with any number."""
    exact: dict[str, list[tuple[SiteFacts, Located]]] = defaultdict(list)
    for f in facts:
        value = _field(f, name)
        if value is not None and normal_text(value.text):
            exact[normal_text(value.text)].append((f, value))
    groups = [g for g in exact.values() if len(g) > 1]
    if near:
        loose: dict[frozenset[str], list[list[tuple[SiteFacts, Located]]]] = defaultdict(list)
        for key, group in exact.items():
            words = topic_words(key)
            if len(words) >= 2:  # "Top 10" alone is no topic
                loose[words].append(group)
        merged = [same_topic for same_topic in loose.values() if len(same_topic) > 1]
        absorbed = {id(g) for same_topic in merged for g in same_topic}
        groups = [g for g in groups if id(g) not in absorbed]
        # Differently written, same topic: one near-duplicate group.
        groups.extend([pair for g in same_topic for pair in g] for same_topic in merged)
    return groups


MAX_RELATED = 20  # locations kept per finding; the message counts them all


@dataclass(frozen=True, slots=True)
class Others:
    """Up to MAX_RELATED other locations of a group than ``me``'s: bounded, so a title
    shared by 20,000 pages costs 20,000 short lists, not 20,000². Listed only when the
    finding is made: until then a hit holds its group (shared by every member of it)
    and itself, not twenty (path, line) pairs, and the stage holds a hit per page."""

    group: Sequence[tuple[SiteFacts, Any]]  # (facts, something with a .line)
    me: SiteFacts

    def __iter__(self) -> Iterator[tuple[str, int]]:
        shown = 0
        for f, v in self.group:
            if f is not self.me:
                yield f.path, v.line
                shown += 1
                if shown == MAX_RELATED:
                    return

    def __bool__(self) -> bool:
        return any(f is not self.me for f, _v in self.group)


def _related(group: Sequence[tuple[SiteFacts, Any]], me: SiteFacts) -> Others:
    return Others(group, me)


@site_check("site.duplicate_field")
@per_site
def duplicate_field(facts: Sequence[SiteFacts], params: Params) -> Iterable[SiteHit]:
    """The same (or nearly the same) title, description or headline in several articles."""
    name = str(params["field"])
    for group in _groups(facts, name, bool(params["near"])):
        exact = len({normal_text(v.text) for _f, v in group}) == 1
        data = {"count": len(group) - 1, "kind": "the same" if exact else "a near-identical"}
        for me, value in group:
            yield SiteHit(me.path, value.line, value.text, data, _related(group, me))


_SPLIT = re.compile(r"[,;|/]+")


@site_check("site.cannibalisation")
@per_site
def cannibalisation(facts: Sequence[SiteFacts], params: Params) -> Iterable[SiteHit]:
    """Articles competing for one keyphrase: the same declared keyphrase, or one
    article's keyphrase is the whole topic of another's headline or title.
    Headlines that are duplicates are left to the duplicate rules."""
    min_words = int(params["min_words"])
    by_phrase: dict[frozenset[str], list[SiteFacts]] = defaultdict(list)
    for f in facts:
        if f.keyphrase is not None:
            words = keyphrase_words(f.keyphrase.text)
            if len(words) >= min_words:
                by_phrase[words].append(f)
    if not by_phrase:
        return  # no article declares a keyphrase: nothing to look up in the index below
    # Headlines and titles indexed by topic word, to find phrases they contain.
    index: dict[str, set[int]] = defaultdict(set)
    for i, f in enumerate(facts):
        for w in heading_words(f):
            index[w].add(i)
    for phrase, owners in by_phrase.items():
        postings = sorted((index.get(w, set()) for w in phrase), key=len)
        holders = set.intersection(*postings) if postings else set()
        rivals = {id(f) for f in owners}
        competing = list(owners) + [facts[i] for i in sorted(holders) if id(facts[i]) not in rivals]
        if len(competing) < 2:
            continue
        shown = " ".join(sorted(phrase))
        data = {"phrase": (owners[0].keyphrase.text if owners[0].keyphrase else shown), "count": len(competing) - 1}
        places = [(f, f.keyphrase or f.headline or f.title or Located("", 1)) for f in competing[: MAX_RELATED + 1]]
        for me in competing:
            where = me.keyphrase or me.headline or me.title
            yield SiteHit(me.path, where.line if where else 1, where.text if where else "", data, _related(places, me))


@site_check("site.orphan")
def orphan(facts: Sequence[SiteFacts], params: Params) -> Iterable[SiteHit]:
    """Articles no other article of the set links to. Judged only on a set that is
    interlinked at all (``min_linked`` articles have an inbound link), or every
    page of an unrelated pile would be an "orphan"."""
    if len(facts) < int(params["min_articles"]):
        return
    owner: dict[str, int] = {}
    for i, f in enumerate(facts):
        for key in f.keys:
            owner.setdefault(key, i)
    inbound: Counter[int] = Counter()
    for i, f in enumerate(facts):
        for target in {owner.get(link.key) for link in f.links} - {None, i}:
            assert target is not None  # the set difference took None out
            inbound[target] += 1
    if len(inbound) < int(params["min_linked"]):
        return
    for i, f in enumerate(facts):
        if not inbound[i]:
            yield orphan_hit(f, len(facts) - 1)


def orphan_hit(facts: SiteFacts, others: int) -> SiteHit:
    """site.orphan's hit on an article no other of the ``others`` links to."""
    where = facts.headline or facts.title
    return SiteHit(facts.path, where.line if where else 1, where.text if where else "", {"articles": others})


@site_check("site.broken_internal_link")
def broken_internal_link(facts: Sequence[SiteFacts], params: Params) -> Iterable[SiteHit]:
    """Relative links to a page file that is neither on disk nor in the set.

    An article with a published URL (a saved copy of a live page) resolves its
    relative links on that site: they are judged only when the set holds other
    pages of the same site, i.e. when the set is a mirror of it."""
    known = {key for f in facts for key in f.keys}
    pages_per_site = Counter(site for f in facts for site in page_sites(f))
    return broken_links(facts, known.__contains__, pages_per_site.__getitem__)


def page_sites(facts: SiteFacts) -> set[str]:
    """The published sites (``url:host``) an article's keys name."""
    return {site_of(k) for k in facts.keys if k.startswith("url:")}


def broken_links(facts: Sequence[SiteFacts], known: Callable[[str], bool],
                 pages_on_site: Callable[[str], int]) -> Iterator[SiteHit]:
    """site.broken_internal_link's hits in ``facts``: ``known`` tells whether a key names
    an article of the set, ``pages_on_site`` how many articles of the set a site has."""
    for f in facts:
        for link in f.links:
            if not link.checkable or link.exists or known(link.key):
                continue
            if link.url_key is not None and (known(link.url_key) or pages_on_site(site_of(link.url_key)) < 2):
                continue
            yield SiteHit(f.path, link.line, link.href, {"href": link.href})


def site_of(url_key: str) -> str:
    """``url:host`` of a ``url:host/path`` key."""
    return url_key.split("/", 1)[0]



def _majority(values: Iterable[tuple[str, str]]) -> tuple[Counter[str], dict[str, str]]:
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for key, text in values:
        counts[key] += 1
        shown.setdefault(key, text)
    return counts, shown


@site_check("site.image_alt_variants")
@per_site
def image_alt_variants(facts: Sequence[SiteFacts], params: Params) -> Iterable[SiteHit]:
    """The same image described with different alt texts in different articles.
    Reported where the alt differs from the most used one."""
    uses: dict[str, list[tuple[SiteFacts, Any]]] = defaultdict(list)
    for f in facts:
        for image in f.images:
            uses[image.src].append((f, image))
    for src, group in uses.items():
        if len({id(f) for f, _i in group}) < 2:
            continue
        counts, shown = _majority((normal_text(i.alt), i.alt) for _f, i in group)
        if len(counts) < 2:
            continue
        top, _n = counts.most_common(1)[0]
        usual_uses = [(f, i) for f, i in group if normal_text(i.alt) == top][: MAX_RELATED + 1]
        for me, image in group:
            if normal_text(image.alt) != top:
                related = _related(usual_uses, me)
                if related:
                    yield SiteHit(me.path, image.line, image.alt,
                                  {"alt": image.alt, "usual": shown[top], "count": counts[top]}, related)


_CREDIT_NOISE = credits.KEY_NOISE


def credit_key(text: str) -> str:
    """A credit without its label, case, accents, punctuation and spaces:
    "Photo: Getty Images" and "getty-images" meet."""
    core = text.strip().lstrip("©(").strip()
    for _ in range(3):
        core = _CREDIT_NOISE().sub("", core).strip()
    return "".join(normal_text(core).split())


@site_check("site.credit_variants")
@per_site
def credit_variants(facts: Sequence[SiteFacts], params: Params) -> Iterable[SiteHit]:
    """One agency or photographer credited with several spellings across the set."""
    uses: dict[str, list[tuple[SiteFacts, Located]]] = defaultdict(list)
    for f in facts:
        for credit in f.credits:
            key = credit_key(credit.text)
            if len(key) >= 3:
                uses[key].append((f, credit))
    for group in uses.values():
        counts, _shown = _majority((c.text, c.text) for _f, c in group)
        if len(counts) < 2 or len({id(f) for f, _c in group}) < 2:
            continue
        usual, n = counts.most_common(1)[0]
        usual_uses = [(f, c) for f, c in group if c.text == usual][: MAX_RELATED + 1]
        for me, credit in group:
            if credit.text != usual:
                related = _related(usual_uses, me)
                if related:
                    yield SiteHit(me.path, credit.line, credit.text,
                                  {"credit": credit.text, "usual": usual, "count": n}, related)
