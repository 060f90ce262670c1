"""Site-wide rules: judged over the whole set of articles, reported per article with
the related locations in the others."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from auditor.api import BatchOptions, audit_many
from auditor.cli import main
from auditor.config import CliRuleOptions
from auditor.model import FileResult
from auditor.rulepacks import load_rules
from auditor.sitewide.checks import credit_key, topic_words
from auditor.sitewide.stage import run_site_stage, site_rules

SITE = "MT050,MT051,HL050,HL051,LK050,LK051,IM050,IM051"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def site_findings(folder: Path, jobs: int = 1, select: str = SITE) -> dict[str, list]:
    """{relative path: [finding, …]} of the site rules over every article in ``folder``."""
    options = BatchOptions(use_config=False, jobs=jobs, rules=CliRuleOptions(select=tuple(select.split(","))))
    results = list(audit_many([str(folder)], options))
    rules = [r for r in site_rules(load_rules()) if r.id in select.split(",")]
    out: dict[str, list] = {}
    for result in run_site_stage(results, rules):
        found = [f for f in result.findings if f.rule in select.split(",")]
        if found:
            out[Path(result.path).relative_to(folder).as_posix()] = found
    return out


def rules_of(found: dict[str, list]) -> dict[str, list[str]]:
    return {path: sorted(f.rule for f in fs) for path, fs in found.items()}


def test_duplicate_titles_descriptions_and_headlines(tmp_path: Path) -> None:
    front = "---\ntitle: {t}\ndescription: {d}\n---\n# {h}\n\nSome text about sleep and rest.\n"
    write(tmp_path, "a.md", front.format(t="7 Ways to Sleep Better", d="How to sleep.", h="7 Ways to Sleep Better"))
    write(tmp_path, "b.md", front.format(t="Ten ways to sleep better!", d="How to sleep.", h="Ten Ways To Sleep Better"))
    write(tmp_path, "c.md", front.format(t="Five quiet places to read", d="Where to read.", h="Five Quiet Places to Read"))
    found = site_findings(tmp_path, select="MT050,MT051,HL050")
    assert rules_of(found) == {"a.md": ["HL050", "MT050", "MT051"], "b.md": ["HL050", "MT050", "MT051"]}
    (title,) = [f for f in found["a.md"] if f.rule == "MT050"]
    assert title.line == 2 and len(title.related) == 1 and f"{title.related[0].path}:{title.related[0].line}".endswith("/b.md:2")
    assert "near-identical <title>" in title.message and "b.md:2" in title.message
    (desc,) = [f for f in found["b.md"] if f.rule == "MT051"]
    assert "the same meta description" in desc.message and f"{desc.related[0].path}:{desc.related[0].line}".endswith("a.md:3")


def test_near_duplicates_need_a_shared_topic_not_just_the_frame(tmp_path: Path) -> None:
    assert topic_words("7 Ways to Sleep Better") == topic_words("Ten ways to sleep better!")
    assert topic_words("10 Tips") == frozenset()
    write(tmp_path, "a.md", "# 10 Tips\n\nText.\n")
    write(tmp_path, "b.md", "# 7 Tips\n\nText.\n")
    write(tmp_path, "c.md", "# 7 Ways to Sleep Better\n\nText.\n")
    write(tmp_path, "d.md", "# 7 Ways to Sleep Worse\n\nText.\n")
    assert site_findings(tmp_path, select="HL050") == {}


def test_keyphrase_cannibalisation(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nkeyphrase: sleep tips\n---\n# How I Learnt to Rest\n\nText.\n")
    write(tmp_path, "b.md", "# 12 Sleep Tips From Nurses\n\nText.\n")
    write(tmp_path, "c.md", "# 12 Gardening Tips From Nurses\n\nText.\n")
    found = site_findings(tmp_path, select="HL051")
    assert rules_of(found) == {"a.md": ["HL051"], "b.md": ["HL051"]}
    assert "“sleep tips”" in found["b.md"][0].message and f"{found['b.md'][0].related[0].path}:{found['b.md'][0].related[0].line}".endswith("a.md:2")


ORPHAN_SET = {
    "a.md": "# Alpha story about rivers\n\nSee [beta](b.md) and [gamma](sub/c.md).\n",
    "b.md": "# Beta story about lakes\n\nBack to [alpha](a.md#top).\n",
    "sub/c.md": "# Gamma story about seas\n\nUp to [alpha](../a.md).\n",
    "d.md": "# Delta story nobody links to\n\nSee [alpha](./a.md).\n",
}


def test_orphan_and_broken_internal_links(tmp_path: Path) -> None:
    for name, text in ORPHAN_SET.items():
        write(tmp_path, name, text)
    write(tmp_path, "e.md", "# Epsilon story\n\nSee [alpha](a.md), [a typo](alpah.md), [the about page](about.html),\n"
                            "[an image](img/x.png) and [news](https://example.com/gone.html).\n")
    write(tmp_path, "about.html", "<p>not an article, but on disk</p>")
    found = site_findings(tmp_path, select="LK050,LK051")
    # about.html is linked from e.md; img/x.png is no page; the external link is not ours.
    assert rules_of(found) == {"d.md": ["LK050"], "e.md": ["LK050", "LK051"]}
    (broken,) = [f for f in found["e.md"] if f.rule == "LK051"]
    assert broken.level == "error" and broken.line == 3 and "alpah.md" in broken.message


SAVED = ('<html><head><title>{t}</title><link rel="canonical" href="https://{host}/news/{slug}.html"></head>'
         '<body><article><h1>{t}</h1><p>Text. <a href="{href}">More</a></p></article></body></html>')


def test_saved_copy_of_a_live_page_resolves_relative_links_on_its_site(tmp_path: Path) -> None:
    """A page saved from the web links to pages of the live site, not to files beside
    it: judged only when the set mirrors that site (other pages of the same host)."""
    write(tmp_path, "one.html", SAVED.format(t="Rivers", host="news.example.com", slug="rivers",
                                             href="photo/river.html"))
    assert site_findings(tmp_path, select="LK051") == {}
    write(tmp_path, "two.html", SAVED.format(t="Lakes", host="news.example.com", slug="lakes", href="rivers.html"))
    write(tmp_path, "three.html", SAVED.format(t="Seas", host="news.example.com", slug="seas", href="oceans.html"))
    found = site_findings(tmp_path, select="LK051")
    # rivers.html is in the set by its published URL; oceans.html and photo/river.html are not.
    assert {name: [f.message.split()[2] for f in fs] for name, fs in found.items()} == {
        "one.html": ["photo/river.html"], "three.html": ["oceans.html"]}


def test_links_into_a_browsers_saved_page_folder_are_not_the_writers(tmp_path: Path) -> None:
    """"Save page as… (complete)" writes the page's frames and resources into a folder
    named after it ("page_files", "Seite-Dateien", "page_fichiers"): a link the browser
    rewrote into it is no link of the article, so it is never a broken internal link."""
    write(tmp_path, "page.html", "<html><head><title>Rivers</title></head><body><article><h1>Rivers</h1>"
                                 "<p>Text <a href='./searchenginejournal_files/searchenginejournal.html'>x</a> "
                                 "<a href='Seite-Dateien/frame.htm'>y</a> <a href='page_fichiers/a.html'>z</a> "
                                 "<a href='lakes.html'>Lakes</a></p></article></body></html>")
    write(tmp_path, "seas.md", "# Seas\n\nSee [rivers](page.html).\n")
    found = site_findings(tmp_path, select="LK051")
    assert [f.message.split()[2] for f in found["page.html"]] == ["lakes.html"]


def test_orphans_are_not_judged_on_an_unlinked_pile(tmp_path: Path) -> None:
    for name in ("a", "b", "c", "d"):
        write(tmp_path, f"{name}.md", f"# Story {name} about the weather\n\nText.\n")
    assert site_findings(tmp_path, select="LK050") == {}


def test_canonical_urls_and_site_url_tell_links_apart(tmp_path: Path) -> None:
    page = ('<html><head><title>{t}</title><link rel="canonical" href="https://news.example.com/{slug}/">'
            '</head><body><article><h1>{t}</h1><p>Text {links}</p></article></body></html>')
    write(tmp_path, "x1.html", page.format(t="Rivers of Europe", slug="rivers",
                                            links='<a href="https://www.news.example.com/lakes">lakes</a>'))
    write(tmp_path, "x2.html", page.format(t="Lakes of Europe", slug="lakes", links='<a href="/rivers/">rivers</a>'))
    write(tmp_path, "x3.html", page.format(t="Seas of Europe", slug="seas", links='<a href="/lakes/">lakes</a>'))
    found = site_findings(tmp_path, select="LK050")
    assert rules_of(found) == {"x3.html": ["LK050"]}


def test_image_alt_and_credit_variants(tmp_path: Path) -> None:
    img = "# {h}\n\n![{alt}](/img/dam.jpg)\n*Photo: {credit}*\n\nSome text.\n"
    write(tmp_path, "a.md", img.format(h="Dams of the West", alt="Hoover Dam at dusk", credit="Getty Images"))
    write(tmp_path, "b.md", img.format(h="Power of rivers", alt="Hoover Dam at dusk", credit="Getty Images"))
    write(tmp_path, "c.md", img.format(h="Desert roads", alt="photo", credit="getty images"))
    found = site_findings(tmp_path, select="IM050,IM051")
    assert rules_of(found) == {"c.md": ["IM050", "IM051"]}
    alt = next(f for f in found["c.md"] if f.rule == "IM050")
    assert "“photo”" in alt.message and "“Hoover Dam at dusk”" in alt.message and len(alt.related) == 2
    assert credit_key("Photo: Getty Images") == credit_key("getty-images") == credit_key("© Getty images")


def test_inline_suppression_and_scores(tmp_path: Path) -> None:
    page = "{c}<html><head>\n<title>Same title here</title></head><body><h1>{h}</h1><p>Text.</p></body></html>"
    write(tmp_path, "a.html", page.format(c="<!-- auditor-disable MT050 -->\n", h="One"))
    write(tmp_path, "b.html", page.format(c="", h="Two"))
    options = BatchOptions(use_config=False, rules=CliRuleOptions(select=("MT050",)))
    results = run_site_stage(list(audit_many([str(tmp_path)], options)), site_rules(load_rules()))
    by_name = {Path(r.path).name: r for r in results}
    assert [f.rule for f in by_name["b.html"].findings] == ["MT050"]
    assert [f.rule for f in by_name["a.html"].findings] == []
    assert by_name["b.html"].scores["meta"] < 100 and by_name["b.html"].score < by_name["a.html"].score


def test_jobs_give_the_same_findings(tmp_path: Path) -> None:
    for name, text in ORPHAN_SET.items():
        write(tmp_path, name, text)
    one = {k: [(f.rule, f.line, f.message) for f in v] for k, v in site_findings(tmp_path).items()}
    two = {k: [(f.rule, f.line, f.message) for f in v] for k, v in site_findings(tmp_path, jobs=2).items()}
    assert one == two and one


def test_house_style_is_compared_within_one_published_site(tmp_path: Path) -> None:
    # independent.co.uk writes "Getty Images", forward.com "Image by Getty Images": two
    # publications' styles, not one site's inconsistency. The same two on one site are.
    page = ('<html><head><title>{t}</title><link rel="canonical" href="https://{host}/{slug}"></head><body>'
            '<article><h1>{t}</h1><figure><img src="/a.jpg" alt="A dam"><figcaption>{credit}</figcaption>'
            '</figure><p>Text.</p></article></body></html>')
    write(tmp_path, "a.html", page.format(t="Dams", host="independent.example", slug="dams", credit="Photo: Getty Images"))
    write(tmp_path, "b.html", page.format(t="Hummus", host="forward.example", slug="hummus",
                                          credit="Image by Getty Images"))
    assert site_findings(tmp_path, select="IM051") == {}
    write(tmp_path, "c.html", page.format(t="Rivers", host="forward.example", slug="rivers",
                                          credit="Image by Getty Images"))
    write(tmp_path, "d.html", page.format(t="Lakes", host="forward.example", slug="lakes", credit="Photo: getty images"))
    assert rules_of(site_findings(tmp_path, select="IM051")) == {"d.html": ["IM051"]}


def test_real_pages_of_different_sites_raise_nothing(corpus_dir: Path) -> None:
    """52 articles from about 45 publishers, two or three from the same site: no two
    share a title, description or headline, nor interlink; any finding is wrong."""
    assert site_findings(corpus_dir, jobs=2) == {}


def test_a_real_page_copied_is_a_duplicate(corpus_dir: Path, tmp_path: Path) -> None:
    page = corpus_dir / "vox-21-best-films-2017.html"
    shutil.copy(page, tmp_path / "films.html")
    shutil.copy(page, tmp_path / "films-copy.html")
    shutil.copy(corpus_dir / "bbc-obama-gun-laws.html", tmp_path / "guns.html")
    found = site_findings(tmp_path, select="MT050,MT051,HL050")
    assert rules_of(found) == {"films.html": ["HL050", "MT050", "MT051"], "films-copy.html": ["HL050", "MT050", "MT051"]}
    assert all("the same" in f.message for f in found["films.html"])


def test_cli_reports_site_findings_in_json_and_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name, text in ORPHAN_SET.items():
        write(tmp_path / "site", name, text)
    result = CliRunner().invoke(main, ["check", "site", "--no-config", "--format", "json"])
    doc = json.loads(result.stdout)
    d = next(f for f in doc["files"] if f["path"] == "site/d.md")
    assert [f["rule"] for f in d["findings"] if f["rule"].endswith(("050", "051"))] == ["LK050"]
    result = CliRunner().invoke(main, ["report", "site", "--no-config", "-o", "out"])
    assert result.exit_code == 0
    pages = list((tmp_path / "out" / "articles").glob("*.html"))
    assert any("LK050" in p.read_text(encoding="utf-8") for p in pages)
    single = CliRunner().invoke(main, ["check", "site/d.md", "--no-config", "--format", "json"])
    assert "LK050" not in single.stdout  # one article alone is never an orphan


def test_related_locations_in_json_and_sarif(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "s/a.md", "---\ntitle: Same title here\n---\n# One story\n\nText.\n")
    write(tmp_path, "s/b.md", "---\ntitle: Same title here\n---\n# Two story\n\nText.\n")
    out = CliRunner().invoke(main, ["check", "s", "--no-config", "--select", "MT050", "--format", "json"]).stdout
    a = next(f for f in json.loads(out)["files"] if f["path"] == "s/a.md")
    assert a["findings"][0]["related"] == [{"path": "s/b.md", "line": 2, "column": 1, "excerpt": ""}]
    out = CliRunner().invoke(main, ["check", "s", "--no-config", "--select", "MT050", "--format", "sarif"]).stdout
    results = json.loads(out)["runs"][0]["results"]
    related = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["relatedLocations"] for r in results}
    assert related["s/a.md"][0]["physicalLocation"] == {"artifactLocation": {"uri": "s/b.md"}, "region": {"startLine": 2, "startColumn": 1}}


class _Token:
    """Counts live results: one per result object read from :class:`_Lazy`."""

    alive = 0
    peak = 0

    def __init__(self) -> None:
        _Token.alive += 1
        _Token.peak = max(_Token.peak, _Token.alive)

    def __del__(self) -> None:
        _Token.alive -= 1


class _Lazy(Sequence[FileResult]):
    """A spool-like batch: each access builds the result afresh, as a spool unpickles it."""

    def __init__(self, results: list[FileResult]) -> None:
        from dataclasses import replace

        self._make = lambda i: replace(results[i], metrics={**results[i].metrics, "token": _Token()})
        self._n = len(results)

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        return self._make(i)


def test_the_site_stage_holds_facts_not_results(tmp_path: Path) -> None:
    """On a batch that is not cached, the stage keeps each article's site facts and
    reads the results one at a time: never the whole batch at once."""
    from auditor.sitewide.stage import site_changes

    for i in range(30):
        write(tmp_path, f"a{i}.md", "---\ntitle: Same title\n---\n# Same headline\n\n" + "Words in a row. " * 40)
    results = [replace(r, document=None) for r in audit_many([str(tmp_path)], BatchOptions(use_config=False, jobs=1))]
    _Token.alive = _Token.peak = 0
    changes = site_changes(_Lazy(results), site_rules(load_rules()))
    assert len(changes.updates) == 30  # every article shares its title and headline with the others
    assert _Token.peak <= 2


def _same_titles(folder: Path, n: int) -> list[FileResult]:
    for i in range(n):
        write(folder, f"a{i}.md", "---\ntitle: Same title\n---\n# Same headline\n\n" + "Words in a row. " * 40)
    return [replace(r, document=None) for r in audit_many([str(folder)], BatchOptions(use_config=False, jobs=1))]


def test_the_site_stage_makes_one_pages_findings_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Findings name up to twenty other pages each: the stage keeps hits (a page and
    its group) until a page's turn, makes that page's findings and packs them, so
    the findings of a whole site are never held at once."""
    import auditor.sitewide.stage as stage
    import auditor.spool

    results = _same_titles(tmp_path, 30)
    unpacked: set[str] = set()  # pages with findings made and not yet packed
    most = []
    make, pack = stage._finding, auditor.spool.dump_blob

    def finding(rule: Any, hit: Any, shown_as: Any) -> Any:
        unpacked.add(hit.path)
        most.append(len(unpacked))
        return make(rule, hit, shown_as)

    def dump(value: object) -> bytes:
        unpacked.clear()
        return pack(value)

    monkeypatch.setattr(stage, "_finding", finding)
    monkeypatch.setattr(auditor.spool, "dump_blob", dump)
    changes = stage.site_changes(_Lazy(results), site_rules(load_rules()))
    assert len(changes.updates) == 30 and max(most) == 1
    title = next(f for f in stage.apply_changes(results, changes.updates)[0].findings if f.rule == "MT050")
    assert len(title.related) == 20 and "and 17 more" in title.message  # bounded as before
    assert all(loc.path and loc.path.endswith(".md") for loc in title.related)


def test_the_site_stage_keeps_added_findings_in_a_file_and_stores_them_as_bytes(tmp_path: Path) -> None:
    """The packed additions wait in a temporary file (a reference a page in memory);
    pickled for the cache they become bytes, which read back the same findings."""
    import auditor.sitewide.stage as stage
    from auditor.spool import Shelved, dump_large, load_large

    results = _same_titles(tmp_path, 6)
    changes = stage.site_changes(_Lazy(results), site_rules(load_rules()))
    assert len(changes.updates) == 6 and all(isinstance(u["added_blob"], Shelved) for u in changes.updates.values())
    stored = load_large(dump_large(changes))
    assert all(type(u["added_blob"]) is bytes for u in stored.updates.values())
    fresh, cached = stage.apply_changes(results, changes.updates), stage.apply_changes(results, stored.updates)
    assert [r.findings for r in fresh] == [r.findings for r in cached]
    assert all(any(f.rule == "MT050" for f in r.findings) for r in fresh)


def _reread(results: Sequence[FileResult]) -> dict[str, Any]:
    """{file name: facts} of the pages the site stage's second pass reads again."""
    from auditor.sitewide.groups import SiteIndex
    from auditor.sitewide.stage import _every_facts, _Reread

    with SiteIndex(site_rules(load_rules())) as index:
        for i, path, facts in _every_facts(results):
            index.add(i, path, facts)
        needs = index.plan()
    pages = _Reread(results, needs)
    return {Path(pages[i].path).name: pages[i].facts for i in sorted(needs)}


def test_the_site_stage_shares_the_site_rules_every_page_enables(tmp_path: Path) -> None:
    """Each unpickled result brings its own tuple of enabled site rules; the facts the
    stage reads again share one."""
    held = _reread(_Lazy(_same_titles(tmp_path, 5)))
    assert len(held) == 5 and len({id(f.site_rules) for f in held.values()}) == 1
    assert set(next(iter(held.values())).site_rules) >= {"MT050", "HL050"}


def test_the_site_stage_holds_only_links_and_images_a_site_check_reads(tmp_path: Path) -> None:
    """A link out of the set, or an image no other page shows, is read by no site
    check: the second pass drops it from the facts it holds; relative links of a page
    with one missing, and images another page shows otherwise described, stay."""
    write(tmp_path, "a.md", "# Seven Ways to Rest\n\nSee [b](b.md), [gone](gone.md) and [out](https://elsewhere.example/x).\n\n"
          "![A dam](dam.jpg)\n\n![A lake](lake.jpg)\n")
    write(tmp_path, "b.md", "# Five Quiet Places to Read\n\nBack to [a](a.md) or [out](https://elsewhere.example/y).\n\n"
          "![The dam](dam.jpg)\n")
    results = list(audit_many([str(tmp_path)], BatchOptions(use_config=False, jobs=1)))
    assert sorted(len(r.site_facts.links) for r in results) == [2, 3]  # type: ignore[attr-defined]
    assert sorted(len(r.site_facts.images) for r in results) == [1, 2]  # type: ignore[attr-defined]
    held = _reread(results)
    assert {name: sorted(link.href for link in f.links) for name, f in held.items()} == {
        "a.md": ["b.md", "gone.md"], "b.md": []}
    assert {name: [image.alt for image in f.images] for name, f in held.items()} == {
        "a.md": ["A dam"], "b.md": ["The dam"]}
    assert all(f.keys == () and f.description is None for f in held.values())


def test_facts_are_extracted_only_where_a_site_stage_can_read_them(tmp_path: Path) -> None:
    """The stage compares two or more articles; the cache keeps facts for a later batch.
    One article audited without the cache has no reader for them: none are extracted."""
    one = write(tmp_path / "one", "a.md", "# 7 Ways to Sleep Better\n\nSome text about sleep and rest.\n")
    write(tmp_path / "two", "a.md", one.read_text(encoding="utf-8"))
    write(tmp_path / "two", "b.md", "# Five Quiet Places to Read\n\nWhere to read.\n")
    options = BatchOptions(use_config=False, jobs=1)
    (lone,) = audit_many([str(one)], options)
    assert lone.site_facts is None and not lone.error
    assert all(r.site_facts is not None for r in audit_many([str(tmp_path / "two")], options))
    cached = replace(options, cache=True, cache_dir=tmp_path / "cache")
    for _ in range(2):  # stored on a miss, read back on a hit
        (kept,) = audit_many([str(one)], cached)
        assert kept.site_facts is not None
