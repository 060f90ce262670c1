"""The generic ``text.phrases`` check kind: a house word list as a TOML rule alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from auditor.checks import Hit, get_check
from auditor.engine.run import finding_from_hit
from auditor.params import ParamError, resolve
from auditor.model import Document, Heading, Link, ListItem, Paragraph, Sentence
from auditor.rulepacks import load_pack

PHRASES = get_check("text.phrases")


def hits(doc: Document, **params: Any) -> list[Hit]:
    return list(PHRASES(doc, resolve("text.phrases", params)))


DOC = Document(
    path="a.html",
    format="html",
    headline="Shocking Truth About Baloch Flags",
    headline_line=5,
    headline_column=5,
    headings=(
        Heading(1, "Shocking Truth About Baloch Flags", 5, column=5),
        Heading(2, "1. A shocking turn", 10),
    ),
    paragraphs=(
        Paragraph("Rebels slam the army. It was shocking, frankly.", 12, column=4, breaks=(22,)),
    ),
    list_items=(ListItem("Shocking footage spread", 20),),
    links=(Link("https://x.test", "shocking video", 12, column=40),),
    sentences=(Sentence("It was shocking, frankly.", 13, 1, ("It", "was", "shocking", "frankly"), 0),),
)


def test_finds_every_occurrence_in_all_scope_once() -> None:
    found = hits(DOC, phrases=["shocking"], scope="all")
    # headline (the H1 is not searched twice), H2, paragraph, list item
    assert [(h.line, h.excerpt) for h in found] == [
        (5, "Shocking"),
        (10, "shocking"),
        (13, "shocking"),
        (20, "Shocking"),
    ]


@pytest.mark.parametrize(
    ("scope", "lines"),
    [
        ("headline", [5]),
        ("headings", [5, 10]),
        ("paragraphs", [13]),
        ("sentences", [13]),
        ("list_items", [20]),
        ("link_text", [12]),
    ],
)
def test_scope_limits_where_it_looks(scope: str, lines: list[int]) -> None:
    assert [h.line for h in hits(DOC, phrases=["shocking"], scope=scope)] == lines


def test_positions_follow_source_lines_inside_a_paragraph() -> None:
    (first,) = hits(DOC, phrases=["slam"], scope="paragraphs")
    assert (first.line, first.column) == (12, 4 + len("Rebels "))
    (second,) = hits(DOC, phrases=["frankly"], scope="paragraphs")
    assert second.line == 13 and second.column == len("It was shocking, ") + 1


def test_whole_word_and_ignorecase() -> None:
    assert hits(DOC, phrases=["shock"], scope="paragraphs") == []
    assert len(hits(DOC, phrases=["shock"], scope="paragraphs", whole_word=False)) == 1
    assert hits(DOC, phrases=["SHOCKING"], scope="list_items", ignorecase=False) == []
    assert len(hits(DOC, phrases=["Shocking"], scope="list_items", ignorecase=False)) == 1


def test_longest_phrase_wins_and_phrase_names_the_list_entry() -> None:
    (h,) = hits(DOC, phrases=["shocking", "shocking truth"], scope="headline")
    assert h.excerpt == "Shocking Truth" and h.data == {"phrase": "shocking truth", "text": "Shocking Truth"}


def test_spaces_and_apostrophes_match_loosely() -> None:
    doc = Document(path="a.txt", format="text", paragraphs=(Paragraph("You won’t  believe this", 1),))
    (h,) = hits(doc, phrases=["you won't believe"], scope="paragraphs")
    assert h.excerpt == "You won’t  believe" and h.data["phrase"] == "you won't believe"


def test_regex_phrases() -> None:
    (h,) = hits(DOC, phrases=[r"slams?"], scope="paragraphs", regex=True)
    assert h.excerpt == "slam" and h.data["phrase"] == "slams?"


def test_empty_list_and_bad_scope() -> None:
    assert hits(DOC, phrases=[], scope="all") == []
    with pytest.raises(ParamError, match='params.scope: expected one of "headline", .*got "body"'):
        hits(DOC, phrases=["x"], scope="body")


def test_a_user_rule_pack_needs_only_toml(tmp_path: Path) -> None:
    (tmp_path / "house.toml").write_text(
        """
[[rule]]
id = "NEWS001"
name = "house-banned-words"
category = "readability"
level = "warning"
check = "text.phrases"
message = "Avoid \\"{phrase}\\" (written \\"{text}\\"): say what happened instead."
[rule.params]
phrases = ["slam", "breaks the internet"]
scope = "all"
[rule.doc]
summary = "House style."
why = "Tabloid verbs."
bad = "Rebels slam the army."
good = "Rebels criticise the army."
""",
        encoding="utf-8",
    )
    (rule,) = load_pack(tmp_path)
    (finding,) = [finding_from_hit(rule, h) for h in get_check(rule.check)(DOC, rule.params)]
    assert finding.message == 'Avoid "slam" (written "slam"): say what happened instead.'
    assert (finding.line, finding.excerpt) == (12, "slam")


def test_a_rule_s_pattern_is_built_once_for_its_phrases() -> None:
    """Every page asks for the same rule's pattern: it is built once and kept."""
    from auditor.checks.text import phrase_regex

    first = phrase_regex(["you won't believe", "shocking"])
    assert first is not None and first.search("A SHOCKING result") is not None
    assert phrase_regex(["you won't believe", "shocking"]) is first
    assert phrase_regex(["you won't believe", "shocking"], ignorecase=False) is not first
    assert phrase_regex(["you won't believe", "shocking"], ignorecase=False).search("A SHOCKING result") is None
