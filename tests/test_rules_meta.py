"""Page metadata rules (MT001–MT009) on small hand-built documents and the seed."""

from __future__ import annotations

from dataclasses import replace

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from auditor.checks import get_check
from auditor.checks.meta import page_kind
from auditor.engine.run import finding_from_hit
from auditor.model import Document, Finding, Heading, ListItem, Meta, Paragraph
from auditor.rulepacks import load_pack

from rulekit import run_rule

ROOT = Path(__file__).resolve().parents[1]
PACK = {r.id: r for r in load_pack(ROOT / "rules" / "default" / "meta.toml")}

DESCRIPTION = (
    "From flag raisings to strikes on convoys, seven acts show how Baloch rebels are "
    "using Pakistan's crisis to push for independence."
)  # 126 characters


run = run_rule


def full_meta(**changes: Any) -> Meta:
    """Everything a well-made article page declares, with ``changes`` applied."""
    fields: dict[str, Any] = {
        "title": "7 Defiant Acts by Baloch Rebels | Gyantarkash",
        "description": DESCRIPTION,
        "canonical": "https://example.com/baloch",
        "lang": "en",
        "robots": "index, follow",
        "og": {"og:title": "7 Defiant Acts by Baloch Rebels", "og:image": "https://example.com/f.jpg"},
        "lines": {"title": 4, "description": 5, "canonical": 6, "lang": 1, "robots": 7, "keywords": 8},
    }
    fields.update(changes)
    return Meta(**fields)


def page(**changes: Any) -> Document:
    return Document(path="a.html", format="html", headline="7 Defiant Acts", meta=full_meta(**changes))


def markdown(front_matter: dict[str, object], **meta: Any) -> Document:
    return Document(path="a.md", format="markdown", meta=Meta(front_matter=front_matter, **meta))


def test_every_meta_rule_is_documented() -> None:
    assert set(PACK) == {f"MT{n:03d}" for n in range(1, 11)}
    for rule in PACK.values():
        assert rule.doc.summary and rule.doc.why and rule.doc.bad and rule.doc.good


def test_page_kind_tells_pages_from_fragments_and_text() -> None:
    assert page_kind(page()) == "page"
    assert page_kind(Document(path="a.html", format="html", meta=Meta(lang="en"))) == "page"
    assert page_kind(Document(path="a.html", format="html", meta=Meta(lines={"head": 2}))) == "page"
    assert page_kind(Document(path="a.html", format="html")) is None  # fragment
    assert page_kind(markdown({"title": "x"})) == "front-matter"
    assert page_kind(Document(path="a.md", format="markdown")) is None
    assert page_kind(Document(path="a.txt", format="text", meta=Meta(title="x"))) is None


@pytest.mark.parametrize("rule_id", ["MT001", "MT002", "MT003", "MT004", "MT005", "MT006", "MT007", "MT008"])
def test_meta_rules_quiet_on_complete_page(rule_id: str) -> None:
    assert run(rule_id, page()) == []


@pytest.mark.parametrize("rule_id", ["MT001", "MT003", "MT004", "MT005", "MT006"])
def test_meta_rules_skip_fragments_and_plain_text(rule_id: str) -> None:
    assert run(rule_id, Document(path="a.html", format="html", headline="x")) == []
    assert run(rule_id, Document(path="a.txt", format="text", headline="x")) == []


# --- MT001 / MT002 ----------------------------------------------------------------------------


def test_mt001_fires_without_description() -> None:
    (f,) = run("MT001", page(description=None))
    assert f.line == 5 and f.level == "warning"
    assert len(run("MT001", page(description="  "))) == 1


def test_mt001_checks_front_matter_markdown() -> None:
    assert len(run("MT001", markdown({"title": "x"}))) == 1
    assert run("MT001", markdown({"title": "x"}, description=DESCRIPTION)) == []


@pytest.mark.parametrize(("text", "word"), [("Baloch rebels.", "short"), (DESCRIPTION * 3, "long")])
def test_mt002_fires_outside_range(text: str, word: str) -> None:
    (f,) = run("MT002", page(description=text))
    assert f"too {word}" in f.message and "70–300" in f.message


def test_mt002_states_the_band_in_characters_of_a_wide_script() -> None:
    korean = "엘제이류화영진흙탕싸움공적인사안으로봐야하는이유" * 7
    (f,) = run("MT002", page(description=korean))
    assert f"{len(korean)} characters (too long)" in f.message and "35–150" in f.message


def test_mt002_counts_wide_characters_twice() -> None:
    cjk = "香港行政长官梁振英在各方压力下到立法会接受质询，就其大宅的违章建筑问题道歉。"  # 38 characters
    assert run("MT002", page(description=cjk)) == []
    assert len(run("MT002", page(description=cjk[:20]))) == 1


@pytest.mark.parametrize(("text", "reported"), [
    ("Two-year-old bug exposes thousands of servers to crippling attack.", False),  # a whole dek
    ("Mass. cannabis firms are shutting down. Here’s a list.", False),
    ("Is your router leaking your neighbours' passwords to strangers?", False),
    ("President Barack Obama tells the BBC his failure to pass", True),  # cut mid-phrase
    ("One day in July 2001, Larry Page decided to...", True),  # a teaser cut with an ellipsis
    ("Timothy Sykes Blog - 10 things know short selling", True),  # a keyword string
    ("It was an extraordinary year for movies.", True),  # whole, but under 45 characters
])
def test_mt002_leaves_a_short_whole_sentence_dek_alone(text: str, reported: bool) -> None:
    assert bool(run("MT002", page(description=text))) is reported


def test_mt002_quiet_when_missing() -> None:
    assert run("MT002", page(description=None)) == []  # MT001's job


# --- MT003 / MT004 ----------------------------------------------------------------------------


def test_mt003_fires_without_canonical() -> None:
    (f,) = run("MT003", page(canonical=None))
    assert "rel=\"canonical\"" in f.message


def test_mt003_skips_markdown_by_default_but_can_be_enabled() -> None:
    md = markdown({"title": "x"})
    assert run("MT003", md) == []
    assert len(run("MT003", md, formats=["html", "markdown"])) == 1


def test_mt004_fires_without_lang_as_error() -> None:
    (f,) = run("MT004", page(lang=None))
    assert f.level == "error" and 'lang="' in f.message


# --- MT005 / MT006 ----------------------------------------------------------------------------


def test_mt005_fires_without_og_title() -> None:
    (f,) = run("MT005", page(og={"og:image": "https://example.com/f.jpg"}))
    assert "og:title" in f.message and f.level == "info"


def test_mt006_fires_without_og_image() -> None:
    (f,) = run("MT006", page(og={"og:title": "x"}))
    assert "og:image" in f.message and f.level == "warning"


# --- MT007 / MT008 ----------------------------------------------------------------------------


def test_mt007_fires_on_meta_keywords() -> None:
    (f,) = run("MT007", page(keywords="baloch, pakistan, rebels"))
    assert f.line == 8 and f.excerpt == "baloch, pakistan, rebels"


@pytest.mark.parametrize("robots", ["noindex, follow", "NOINDEX", "none", "noindex,nofollow"])
def test_mt008_fires_on_noindex(robots: str) -> None:
    (f,) = run("MT008", page(robots=robots))
    assert f.line == 7 and robots in f.message


@pytest.mark.parametrize("robots", [None, "index, follow", "noarchive", "max-image-preview:large"])
def test_mt008_quiet_on_indexable_page(robots: str | None) -> None:
    assert run("MT008", page(robots=robots)) == []


# --- MT009 ----------------------------------------------------------------------------------


def text_doc(*blocks: str) -> Document:
    """Plain text whose blank-line-separated blocks start on lines 1, 3, 5…"""
    return Document(
        path="a.txt",
        format="text",
        paragraphs=tuple(Paragraph(text=b, line=2 * i + 1) for i, b in enumerate(blocks)),
    )


@pytest.mark.parametrize(
    "block",
    [
        "Exit mobile version",
        "Site icon Gyantarkash",
        "Skip to content",
        "ADVERTISEMENT",
        "Share on Facebook",
        "Tweet",
        "Share Facebook Twitter WhatsApp Email",
        "We use cookies to give you the best experience. By continuing you accept our policy.",
        "Subscribe to our newsletter",
    ],
)
def test_mt009_fires_on_chrome_block(block: str) -> None:
    (f,) = run("MT009", text_doc("Amid the flames of regional upheaval, a storm is rising.", block))
    assert f.line == 3 and block.startswith(f.excerpt.rstrip("…"))


@pytest.mark.parametrize(
    "block",
    [
        "Amid the flames of regional upheaval, a storm is rising.",
        "The advertisement for the rally ran in three local papers on Monday.",
        "Facebook vs Twitter",  # a listicle heading, not a share bar
        "WhatsApp",  # one app in a list of apps
        "We use cookies as an example of tracking in this article, and here is why that matters "
        + "a lot " * 60,
    ],
)
def test_mt009_quiet_on_article_text(block: str) -> None:
    assert run("MT009", text_doc(block)) == []


def test_mt009_checks_headings_and_list_items() -> None:
    d = Document(
        path="a.md",
        format="markdown",
        headings=(Heading(2, "You may also like", 40),),
        list_items=(ListItem("Copy link", 50), ListItem("WhatsApp", 51)),
    )
    assert [f.line for f in run("MT009", d)] == [40, 50]
    # On an HTML page the same words are the template: the extractor's business.
    assert run("MT009", replace(d, path="a.html", format="html")) == []


def test_mt009_flags_the_seed_chrome(seed_path: Path) -> None:
    # Each non-blank line a paragraph: the seed's last line ("Exit mobile version")
    # follows a list item with no blank line between.
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    paras = tuple(Paragraph(" ".join(t.split()), n) for n, t in enumerate(lines, start=1) if t.strip())
    d = Document(path=str(seed_path), format="text", paragraphs=paras)
    found = [(f.line, f.excerpt) for f in run("MT009", d)]
    assert found == [(1, "Site icon Gyantarkash"), (len(lines), "Exit mobile version")]


def test_mt009_flags_the_seed_through_the_text_parser(seed_path: Path) -> None:
    from auditor.sources.text import parse_text as parse  # a broken import fails, never skips
    from auditor.sources import SourceOptions

    text = seed_path.read_text(encoding="utf-8")
    d = parse(text, str(seed_path), SourceOptions())
    findings = run("MT009", d)
    assert {f.excerpt for f in findings} == {"Site icon Gyantarkash", "Exit mobile version"}
    lines = text.splitlines()
    for f in findings:
        assert f.excerpt in lines[f.line - 1]


# --- real pages -------------------------------------------------------------------------------

ALL_RULES = [r for f in ("headline", "headings", "meta") for r in load_pack(ROOT / "rules" / "default" / f"{f}.toml")]


@lru_cache(maxsize=1)
def _corpus_findings(corpus: Path) -> list[tuple[Path, str, Finding]]:
    from auditor.sources.load import load as load  # a broken import fails, never skips
    from auditor.sources import SourceOptions

    out = []
    for page in sorted(corpus.glob("*.html")):
        d = load(page.read_bytes(), str(page), SourceOptions())
        for rule in ALL_RULES:
            for hit in get_check(rule.check)(d, rule.params):
                out.append((page, rule.id, finding_from_hit(rule, hit)))
    return out


def _heading_is_empty_in_source(text: str, line: int, column: int) -> bool:
    import html
    import re

    lines = text.splitlines(keepends=True)
    offset = sum(len(x) for x in lines[: line - 1]) + column - 1
    m = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.S | re.I).match(text, offset)
    assert m, "the finding points at a heading tag"
    inner = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
    return not any(c.isalnum() for c in inner)


def test_corpus_errors_are_objective_defects_in_the_source(corpus_dir: Path) -> None:
    """On 52 professional pages, headline/headings/meta rules raise errors only for
    defects a check of the raw page confirms: empty headings and no lang."""
    import re

    from auditor.sources.encoding import decode

    errors = [(p, rid, f) for p, rid, f in _corpus_findings(corpus_dir) if f.level == "error"]
    assert {rid for _, rid, _ in errors} <= {"HD003", "MT004"}
    for page, rid, f in errors:
        raw = page.read_bytes()
        if rid == "MT004":
            assert not re.search(rb"<html\b[^>]*\blang\s*=", raw, re.I), page.name
        else:
            assert _heading_is_empty_in_source(decode(raw, html=True), f.line, f.column), (page.name, f.line)


def test_corpus_precise_rules_stay_quiet(corpus_dir: Path) -> None:
    """Every corpus page has a headline and an SEO title that neither repeats its
    site name nor contradicts the headline; no page shouts or uses clickbait."""
    fired = {(p.name, rid) for p, rid, _ in _corpus_findings(corpus_dir)}
    quiet = {"HL001", "HL005", "HL007", "HL008", "HL010", "HL011", "HL013"}
    assert not {x for x in fired if x[1] in quiet}


def test_corpus_pages_get_no_leaked_chrome_findings(corpus_dir: Path) -> None:
    # On HTML pages leftover chrome is the extractor's decision, not the editor's.
    assert not [f for _p, rid, f in _corpus_findings(corpus_dir) if rid == "MT009"]
