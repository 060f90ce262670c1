"""The site stage's first pass: which pages can gain a site finding at all.

Each site check compares pages by a few small keys: a normalised title, a keyphrase's
words, the pages a page links to, an image's source and alt. :class:`SiteIndex` keeps
those keys (hashed) in a private temporary SQLite database as every page's facts go by,
so memory does not grow with the set, and then names per rule the pages that fall in a
group of two or more (the *candidates*) and what of their facts the checks read. The
stage (auditor.sitewide.stage) re-reads the facts of those pages alone and runs the
checks on them.

Why the checks give the same hits on the candidates as on the whole set: every group a
check forms on the whole set (one title, one image source, one keyphrase's rivals) is
either all in the candidates or judged too small; a group of the candidates is part of
a group of the whole set, and the checks' tests (two pages or more, two alt texts or
more…) only grow with the group. Hashes stand for the keys here; two keys that share a
hash make a group look larger, which adds candidates, never hits: the checks compare
the real keys. The checks that judge the whole set at once (orphans, broken links)
are answered here, from the hashes, and the stage makes their hits.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditor.sitewide.checks import (credit_key, heading_words, host_of, keyphrase_words, page_sites, site_of,
                                     topic_words)
from auditor.sitewide.facts import normal_text

if TYPE_CHECKING:
    from auditor.rulepacks import Rule
    from auditor.sitewide.facts import SiteFacts

_SCHEMA = """
CREATE TABLE pages (page INTEGER PRIMARY KEY, path INTEGER);
CREATE TABLE grouped (slot INTEGER, part INTEGER, host INTEGER, key INTEGER, sub INTEGER, page INTEGER);
CREATE TABLE members (slot INTEGER, page INTEGER);
CREATE TABLE keys (slot INTEGER, key INTEGER, page INTEGER);
CREATE TABLE links (slot INTEGER, key INTEGER, page INTEGER);
CREATE TABLE sites (slot INTEGER, site INTEGER, page INTEGER);
CREATE TABLE missing (slot INTEGER, page INTEGER, key INTEGER, url_key INTEGER, site INTEGER);
CREATE TABLE probes (slot INTEGER, key INTEGER, target BLOB, present INTEGER);
CREATE TABLE phrases (slot INTEGER, host INTEGER, words TEXT, page INTEGER);
CREATE TABLE headings (slot INTEGER, host INTEGER, words TEXT, page INTEGER);
CREATE TABLE holders (slot INTEGER, phrase INTEGER, page INTEGER);
CREATE TABLE inbound (slot INTEGER, page INTEGER, PRIMARY KEY (slot, page)) WITHOUT ROWID;
"""
_FLUSH = 20_000  # rows buffered before they go to SQLite in one executemany
FIELDS = ("title", "description", "headline", "keyphrase")
_SUB_GROUPS = {"site.image_alt_variants": "images", "site.credit_variants": "credits"}


def _text(value: str) -> bytes:
    return value.encode("utf-8", "surrogateescape")  # paths may carry undecodable bytes


def host_key(facts: SiteFacts) -> int:
    """An article's published site as the index keeps it (0: not known)."""
    host = host_of(facts)
    return hash(host) if host else 0


@dataclass
class Need:
    """What the checks read of one candidate page: the named text fields, its
    relative page links, the images and credits (by hashed key) of groups it is in;
    ``everything`` for a check this module knows nothing of."""

    fields: set[str] = field(default_factory=set)
    links: bool = False
    images: set[int] = field(default_factory=set)
    credits: set[int] = field(default_factory=set)
    everything: bool = False


@dataclass
class RulePlan:
    """One site rule after the first pass: how many pages it applies to, whether its
    checks judge each published site apart, its candidates (page indices, in order)
    and what its hits need of the whole set (orphans: the count; broken links: the
    keys and sites they are judged against)."""

    rule: Rule
    slot: int
    applies: int = 0
    hosts: set[int] = field(default_factory=set)  # up to two non-empty hosts: enough to tell one site from several
    pages: list[int] = field(default_factory=list)
    known: set[int] = field(default_factory=set)
    site_pages: dict[int, int] = field(default_factory=dict)

    @property
    def split(self) -> bool:
        return len(self.hosts) > 1


class SiteIndex:
    """The first pass's keys for ``rules`` (the run's site rules), in a private
    temporary database: SQLite writes it to a file it deletes at once (removed on
    close, or when the process dies), and holds at most its page cache in memory."""

    CACHE_KB = 8000  # SQLite's page cache: what the index may hold in memory

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.plans = [RulePlan(rule, slot) for slot, rule in enumerate(rules)]
        self.pages = 0
        self._db = sqlite3.connect("", isolation_level=None)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;"
                               f"PRAGMA cache_size=-{int(self.CACHE_KB)};" + _SCHEMA)
        self._db.execute("BEGIN")
        self._rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        self._buffered = 0
        # What each kind of check keeps of a page (made once: add runs for every page and rule).
        self._adders: dict[str, Callable[[RulePlan, int, int, SiteFacts], None]] = {
            "site.duplicate_field": self._add_field, "site.cannibalisation": self._add_phrase,
            "site.orphan": self._add_keys, "site.broken_internal_link": self._add_links,
            "site.image_alt_variants": self._add_images, "site.credit_variants": self._add_credits,
        }

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SiteIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the first pass ------------------------------------------------------------

    def add(self, page: int, path: str, facts: SiteFacts) -> None:
        """Keep what the rules compare of result ``page`` (its index path and facts)."""
        self.pages += 1
        self._put("pages", page, hash(path))
        host = host_key(facts)
        for plan in self.plans:
            if plan.rule.id not in facts.site_rules:
                continue
            plan.applies += 1
            if host and len(plan.hosts) < 2:
                plan.hosts.add(host)
            self._add_for(plan, page, host, facts)
        if self._buffered >= _FLUSH:
            self._flush()

    def _put(self, table: str, *row: Any) -> None:
        self._rows[table].append(row)
        self._buffered += 1

    def _flush(self) -> None:
        for table, rows in self._rows.items():
            if rows:
                marks = ",".join("?" * len(rows[0]))
                self._db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)  # noqa: S608 - our table names
        self._rows.clear()
        self._buffered = 0

    def _add_for(self, plan: RulePlan, page: int, host: int, facts: SiteFacts) -> None:
        adder = self._adders.get(plan.rule.check)
        if adder is None:  # a kind of check added later: every page it applies to is a candidate
            self._put("members", plan.slot, page)
        else:
            adder(plan, page, host, facts)

    def _add_field(self, plan: RulePlan, page: int, host: int, facts: SiteFacts) -> None:
        """site.duplicate_field: the field's text and (near) its topic words."""
        value = getattr(facts, str(plan.rule.params["field"]))
        key = normal_text(value.text) if value is not None else ""
        if key:
            self._put("grouped", plan.slot, 0, host, hash(key), 0, page)
            words = topic_words(key) if plan.rule.params["near"] else frozenset()
            if len(words) >= 2:
                self._put("grouped", plan.slot, 1, host, hash(words), hash(key), page)

    def _add_phrase(self, plan: RulePlan, page: int, host: int, facts: SiteFacts) -> None:
        """site.cannibalisation: the declared keyphrase's words and the headline's and title's."""
        if facts.keyphrase is not None:
            phrase = keyphrase_words(facts.keyphrase.text)
            if len(phrase) >= int(plan.rule.params["min_words"]):
                self._put("phrases", plan.slot, host, " ".join(sorted(phrase)), page)
        words = heading_words(facts)
        if words:
            self._put("headings", plan.slot, host, " ".join(words), page)

    def _add_keys(self, plan: RulePlan, page: int, _host: int, facts: SiteFacts) -> None:
        """site.orphan: the keys naming the page and those it links to."""
        self._put("members", plan.slot, page)
        for key in facts.keys:
            self._put("keys", plan.slot, hash(key), page)
        for key in {link.key for link in facts.links}:
            self._put("links", plan.slot, hash(key), page)

    def _add_images(self, plan: RulePlan, page: int, host: int, facts: SiteFacts) -> None:
        """site.image_alt_variants: each image's source and alt text."""
        for image in facts.images:
            self._put("grouped", plan.slot, 0, host, hash(image.src), hash(normal_text(image.alt)), page)

    def _add_credits(self, plan: RulePlan, page: int, host: int, facts: SiteFacts) -> None:
        """site.credit_variants: each credit's key (label, case, spaces aside) and spelling."""
        for credit in facts.credits:
            key = credit_key(credit.text)
            if len(key) >= 3:
                self._put("grouped", plan.slot, 0, host, hash(key), hash(credit.text), page)

    def _add_links(self, plan: RulePlan, page: int, _host: int, facts: SiteFacts) -> None:
        """site.broken_internal_link: the page's keys and sites, and its relative page
        links: each one's target with whether it exists (the probes a cached stage is
        checked against), and those missing on disk, the only ones that can be broken."""
        slot = plan.slot
        for key in facts.keys:
            self._put("keys", slot, hash(key), page)
        for site in page_sites(facts):
            self._put("sites", slot, hash(site), page)
        for link in facts.links:
            if not link.checkable or not link.target:
                continue  # a link without a target on disk always "exists"
            present = link.exists
            self._put("probes", slot, hash(link.key), _text(link.target), present)
            if not present:
                url_key = link.url_key
                self._put("missing", slot, page, hash(link.key), None if url_key is None else hash(url_key),
                          None if url_key is None else hash(site_of(url_key)))

    # -- what the first pass found ---------------------------------------------------

    def plan(self) -> dict[int, Need]:
        """Fill each rule's candidates; the pages to re-read, with what to keep of them."""
        self._flush()
        self._db.execute("CREATE INDEX pages_by_path ON pages (path)")
        needs: dict[int, Need] = defaultdict(Need)
        for plan in self.plans:
            if plan.applies < 2:
                continue
            kind = plan.rule.check
            if kind == "site.duplicate_field":
                self._duplicates(plan, needs)
            elif kind == "site.cannibalisation":
                self._rivals(plan, needs)
            elif kind == "site.orphan":
                self._orphans(plan, needs)
            elif kind == "site.broken_internal_link":
                self._broken(plan, needs)
            elif kind in _SUB_GROUPS:
                self._variants(plan, needs, _SUB_GROUPS[kind])
            else:
                plan.pages = [page for (page,) in self._db.execute(
                    "SELECT page FROM members WHERE slot = ? ORDER BY page", (plan.slot,))]
                for page in plan.pages:
                    needs[page].everything = True
        return needs

    def _groups(self, plan: RulePlan, part: int, subs: int) -> Iterator[tuple[int, int]]:
        """(page, key) of rows of ``plan`` in a group of two pages or more with ``subs``
        distinct sub-keys or more (per site when the rule judges sites apart)."""
        split = int(plan.split)
        return self._db.execute(
            """SELECT DISTINCT r.page, r.key FROM grouped r JOIN (
                   SELECT host * :split AS h, key FROM grouped WHERE slot = :slot AND part = :part
                   GROUP BY h, key HAVING COUNT(DISTINCT page) > 1 AND COUNT(DISTINCT sub) >= :subs) g
               ON r.key = g.key AND r.host * :split = g.h
               WHERE r.slot = :slot AND r.part = :part""",
            {"split": split, "slot": plan.slot, "part": part, "subs": subs})

    def _duplicates(self, plan: RulePlan, needs: dict[int, Need]) -> None:
        """site.duplicate_field: pages sharing the field's text, and (near) pages whose
        text has the same topic words as another text's."""
        name = str(plan.rule.params["field"])
        pages = {page for page, _key in self._groups(plan, 0, 1)}
        pages.update(page for page, _key in self._groups(plan, 1, 2))
        plan.pages = sorted(pages)
        for page in plan.pages:
            needs[page].fields.add(name)

    def _variants(self, plan: RulePlan, needs: dict[int, Need], what: str) -> None:
        """site.image_alt_variants, site.credit_variants: pages showing one image (one
        credit) that two pages or more describe (spell) two ways or more."""
        pages = set()
        for page, key in self._groups(plan, 0, 2):
            pages.add(page)
            getattr(needs[page], what).add(key)
        plan.pages = sorted(pages)

    def _rivals(self, plan: RulePlan, needs: dict[int, Need]) -> None:
        """site.cannibalisation: each declared keyphrase's owners and the pages whose
        headline and title hold all its words; rivals when two pages or more."""
        split, slot = int(plan.split), plan.slot
        ids: dict[tuple[int, str], int] = {}
        by_word: dict[tuple[int, str], list[tuple[int, frozenset[str]]]] = defaultdict(list)
        for host, words in self._db.execute(
                "SELECT DISTINCT host * ?, words FROM phrases WHERE slot = ?", (split, slot)).fetchall():
            ids[host, words] = len(ids)
            phrase = frozenset(words.split())
            if phrase:  # an empty phrase (min_words 0) is in no headline: its owners alone
                by_word[host, min(phrase)].append((ids[host, words], phrase))
        if not ids:
            return
        rows = [(slot, ids[host, words], page) for host, words, page in self._db.execute(
            "SELECT host * ?, words, page FROM phrases WHERE slot = ?", (split, slot)).fetchall()]
        cursor = self._db.execute("SELECT host * ?, words, page FROM headings WHERE slot = ?", (split, slot))
        while batch := cursor.fetchmany(5000):
            for host, words, page in batch:
                held = frozenset(words.split())
                rows.extend((slot, number, page) for word in held for number, phrase in by_word.get((host, word), ())
                            if phrase <= held)
            if len(rows) >= _FLUSH:
                self._db.executemany("INSERT INTO holders VALUES (?, ?, ?)", rows)
                rows = []
        self._db.executemany("INSERT INTO holders VALUES (?, ?, ?)", rows)
        plan.pages = [page for (page,) in self._db.execute(
            """SELECT DISTINCT page FROM holders WHERE slot = :slot AND phrase IN (
                   SELECT phrase FROM holders WHERE slot = :slot GROUP BY phrase HAVING COUNT(DISTINCT page) > 1)
               ORDER BY page""", {"slot": slot})]
        for page in plan.pages:
            needs[page].fields.update(("keyphrase", "headline", "title"))

    def _orphans(self, plan: RulePlan, needs: dict[int, Need]) -> None:
        """site.orphan, judged here: the pages no other page links to, when the set is
        large enough and interlinked enough (``min_articles``, ``min_linked``)."""
        params, slot = plan.rule.params, plan.slot
        if plan.applies < int(params["min_articles"]):
            return
        # A key names the first page that has it (the check's owner map).
        self._db.execute(
            """INSERT OR IGNORE INTO inbound SELECT :slot, o.page FROM links l JOIN (
                   SELECT key, MIN(page) AS page FROM keys WHERE slot = :slot GROUP BY key) o
               ON l.key = o.key WHERE l.slot = :slot AND l.page != o.page""", {"slot": slot})
        (linked,) = self._db.execute("SELECT COUNT(*) FROM inbound WHERE slot = ?", (slot,)).fetchone()
        if linked < int(params["min_linked"]):
            return
        plan.pages = [page for (page,) in self._db.execute(
            """SELECT page FROM members WHERE slot = :slot
               AND page NOT IN (SELECT page FROM inbound WHERE slot = :slot) ORDER BY page""", {"slot": slot})]
        for page in plan.pages:
            needs[page].fields.update(("headline", "title"))

    def _broken(self, plan: RulePlan, needs: dict[int, Need]) -> None:
        """site.broken_internal_link: pages with a relative page link missing on disk,
        with the set's keys and sites those links are judged against."""
        slot = {"slot": plan.slot}
        plan.known = {key for (key,) in self._db.execute(
            """SELECT DISTINCT key FROM keys WHERE slot = :slot AND key IN (
                   SELECT key FROM missing WHERE slot = :slot UNION SELECT url_key FROM missing WHERE slot = :slot)""",
            slot)}
        plan.site_pages = dict(self._db.execute(
            """SELECT site, COUNT(DISTINCT page) FROM sites WHERE slot = :slot
               AND site IN (SELECT site FROM missing WHERE slot = :slot) GROUP BY site""", slot).fetchall())
        plan.pages = [page for (page,) in self._db.execute(
            "SELECT DISTINCT page FROM missing WHERE slot = :slot ORDER BY page", slot)]
        for page in plan.pages:
            needs[page].links = True

    def probes(self) -> tuple[tuple[str, bool], ...]:
        """The link targets whose existence the broken-link findings depend on, with
        what it was: those of links to no page of the set (a link to a page of the
        set is never broken, whatever the disk holds)."""
        found: dict[str, bool] = {}
        for plan in self.plans:
            if plan.rule.check != "site.broken_internal_link" or plan.applies < 2:
                continue
            for target, present in self._db.execute(
                    """SELECT target, present FROM probes WHERE slot = :slot
                       AND key NOT IN (SELECT key FROM keys WHERE slot = :slot)""", {"slot": plan.slot}):
                found[bytes(target).decode("utf-8", "surrogateescape")] = bool(present)
        return tuple(sorted(found.items()))

    def pages_with_path(self, path: str) -> Iterator[int]:
        """The pages whose index path may be ``path`` (same hash), in order."""
        for (page,) in self._db.execute("SELECT page FROM pages WHERE path = ? ORDER BY page", (hash(path),)):
            yield page

