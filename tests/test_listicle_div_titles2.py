"""Unnumbered titles a theme sets in boxes its class names a title ("<div class='entry-title'>
Alpha Returns</div>"), repeated over each entry's prose: an entry's title, as a heading would
be, in the dresses the tuning listicles read 0 entries in when their headings were so set —
each title alone in a wrapper box of its own, the prose in the next (huffpost), a picture's
box with its credit between title and prose (thelist), a shop's button list between
(zdnet) — and with a title's own "!" or "?" ("Mother!", an interview's questions)."""

from __future__ import annotations

import pytest

from auditor.api import audit

from test_listicle_languages import BODY, DEFAULT, NAMES, audited
from test_listicle_languages import listicle_facts as facts


def wrapped(n: int, cls: str) -> str:
    """The title alone in its wrapper box, the prose in the next one."""
    return (f'<div class="cli cli-text"><div class="{cls}">{NAMES[n - 1]} Returns Home</div></div>'
            f'<div class="cli cli-text"><p>{BODY} {BODY}</p></div>')


def credited(n: int, cls: str) -> str:
    """A picture's box with its credit line between the title and its prose."""
    return (f'<div class="{cls}">{NAMES[n - 1]} Returns Home</div><div class="image-holder"><img src="/i/{n}.jpg" '
            f'alt="{NAMES[n - 1]}"><span class="credit">Shutterstock</span></div><p>{BODY} {BODY}</p>')


def shop(n: int, cls: str) -> str:
    """A deal's name, its shop button as a one-line list, then its prose."""
    return (f'<div class="{cls}">{NAMES[n - 1]} Speaker for ${n}5</div><ul><li>See it now: Amazon</li></ul>'
            f"<p>{BODY} {BODY}</p>")


SHAPES = [wrapped, credited, shop]
CLASSES = ["entry-title", "c-card__title", "item-name"]


def body(shape: object, cls: str, count: int) -> str:
    assert callable(shape)
    return "".join(shape(n, cls) for n in range(1, count + 1))


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("delta", [0, 2, -2])
def test_unnumbered_title_boxes_are_entries(shape: object, cls: str, delta: int) -> None:
    promised, found, verdict, _rules = facts("5 picks for the weekend", body(shape, cls, 5 + delta))
    assert (promised, found) == (5, 5 + delta)
    if delta == 0:
        assert verdict == "kept"


@pytest.mark.parametrize("shape", SHAPES)
def test_no_count(shape: object) -> None:
    promised, found, _verdict, rules = facts("Picks for the weekend", body(shape, "entry-title", 6))
    assert (promised, found) == (None, 6)
    assert not rules & {"LS001", "LS002"}


@pytest.mark.parametrize("shape", SHAPES)
def test_count_as_a_word(shape: object) -> None:
    assert facts("Seven picks for the weekend", body(shape, "entry-title", 7))[:3] == (7, 7, "kept")


def titled(title: str) -> str:
    return f'<div class="entry-title">{title}</div><div class="image-holder"><img src="/i.jpg" alt=""></div>' \
           f"<p>{BODY} {BODY}</p>"


def test_a_title_ending_in_an_exclamation_mark_stays_in_the_run() -> None:
    films = ["Lady Bird", "Get Out", "Mother!", "Dunkirk", "Columbus"]
    result = audited("The 5 best films of 2017", "".join(titled(f) for f in films))
    assert result.document is not None and result.document.listicle is not None
    assert (result.document.listicle.found, result.document.listicle.verdict) == (5, "kept")
    assert [item.title for item in result.document.items] == films


def test_an_interview_of_questions_in_title_boxes() -> None:
    questions = ["What does the foundation do?", "Who pays for its work?", "How can readers help?"]
    assert facts("3 questions for Tina Musil", "".join(titled(q) for q in questions))[:3] == (3, 3, "kept")


def test_teaser_links_are_no_entries() -> None:
    # A related-stories rail: each title box is its story's link.
    rail = "".join(f'<div class="entry-title"><a href="/story/{n}">{NAMES[n - 1]} Returns Home</a></div>'
                   f"<p>{BODY} {BODY}</p>" for n in range(1, 6))
    assert facts("5 picks for the weekend", rail)[1] == 0


def test_two_title_boxes_are_no_run() -> None:
    assert facts("Picks for the weekend", body(credited, "entry-title", 2))[1] == 0


def spanned(title: str) -> str:
    """A theme's title span loose in the story's box, over the entry's prose."""
    return f'<span class="card__title">{title}</span><p>{BODY} {BODY}</p>'


def test_title_spans_ending_in_an_exclamation_mark_or_a_question() -> None:
    films = ["Lady Bird", "Get Out", "Mother!", "Dunkirk", "Columbus"]
    html = (f"<html lang=en><head><title>t</title></head><body><article><h1>The 5 best films of 2017</h1>"
            f"<div class='story'><p>{BODY}</p>{''.join(spanned(f) for f in films)}</div></article></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.document is not None and result.document.listicle is not None
    assert (result.document.listicle.found, result.document.listicle.verdict) == (5, "kept")
    assert [item.title for item in result.document.items] == films
    questions = ["What does the foundation do?", "Who pays for its work?", "How can readers help?"]
    body = f"<div class='story'>{''.join(spanned(q) for q in questions)}</div>"
    assert facts("3 questions for Tina Musil", body)[:3] == (3, 3, "kept")


FILMS = ["Lady Bird", "Get Out", "Mother!", "Dunkirk", "Columbus", "The Work", "Ex Libris"]


def plain(tag: str, title: str) -> str:
    """An editor's title set in a plain box or paragraph, no class, over the entry's prose."""
    return f"<{tag}>{title}</{tag}><p>{BODY} {BODY}</p>"


@pytest.mark.parametrize("tag", ["div", "p"])
@pytest.mark.parametrize("delta", [0, 2, -1])
def test_a_plain_title_ending_in_an_exclamation_mark_among_titles(tag: str, delta: int) -> None:
    # Three other titles at least vouch for it: two fewer than five (three, "Mother!" one
    # of them) is too few to tell a title's "!" from a story's cry.
    films = FILMS[:5 + delta]
    promised, found, verdict, _rules = facts("The 5 best films of 2017", "".join(plain(tag, f) for f in films))
    assert (promised, found) == (5, 5 + delta)
    if delta == 0:
        assert verdict == "kept"


@pytest.mark.parametrize("tag", ["div", "p"])
def test_plain_titles_with_an_exclamation_mark_no_count_and_a_count_as_a_word(tag: str) -> None:
    assert facts("The best films of 2017", "".join(plain(tag, f) for f in FILMS[:6]))[:2] == (None, 6)
    assert facts("The Seven best films of 2017", "".join(plain(tag, f) for f in FILMS))[:3] == (7, 7, "kept")


def test_an_exclamation_among_too_few_titles_is_no_entry() -> None:
    # A story's one-line cry over its text is no title when fewer than three titles stand by it.
    body = plain("p", "Lady Bird") + plain("p", "Wow!") + plain("p", "Get Out")
    assert facts("A week at the cinema", body)[1] == 0
