"""Numbered titles a theme sets in short boxes ("<div class='title'>21) Star Wars</div>"),
each followed by its trailer or picture and then its prose, as vox-21's countdown reads
with its <h3>s set as boxes: the walk kept a numbered box only when prose came right after
it, so the picture between dropped every entry (0 of 21). A box of no text between the
title and its prose is skipped, as it is for a template's unnumbered title boxes."""

from __future__ import annotations

import pytest

from test_listicle_languages import BODY, NAMES, audited
from test_listicle_languages import listicle_facts as facts

WORDS = {3: "Three", 5: "Five", 7: "Seven"}
MEDIA = {
    "video": ('<div><div style="position:relative"><iframe src="https://www.youtube.com/embed/abc{n}"></iframe>'
              "</div></div>"),
    "picture": '<figure><img src="/img/{n}.jpg" alt="Scene {n}"></figure>',
}


def entries(count: int, media: str, countdown: bool) -> str:
    numbers = range(count, 0, -1) if countdown else range(1, count + 1)
    return "".join(f'<div class="title">{n}) <a href="/films/{n}"><em>{NAMES[n - 1]} Returns</em></a></div>'
                   f"{MEDIA[media].format(n=n)}<p>{BODY} {BODY}</p><p>{BODY}</p>" for n in numbers)


@pytest.mark.parametrize("media", MEDIA)
@pytest.mark.parametrize("countdown", [False, True])
@pytest.mark.parametrize("delta", [0, 2, -2])
def test_numbered_title_boxes_over_a_picture_are_entries(media: str, countdown: bool, delta: int) -> None:
    promised, found, verdict, rules = facts("The 5 best films of 2017", entries(5 + delta, media, countdown))
    assert (promised, found) == (5, 5 + delta)
    assert verdict == ("kept" if delta == 0 else "mismatch")
    assert ("LS001" in rules) == (delta != 0)


@pytest.mark.parametrize("media", MEDIA)
def test_the_count_as_a_word(media: str) -> None:
    assert facts("The Seven best films of 2017", entries(7, media, True))[:3] == (7, 7, "kept")


@pytest.mark.parametrize("media", MEDIA)
def test_no_count_no_promise(media: str) -> None:
    promised, found, _verdict, rules = facts("The best films of 2017", entries(3, media, False))
    assert promised is None and found == 3
    assert not rules & {"LS001", "LS002"}


def test_a_dated_box_over_a_picture_is_no_entry() -> None:
    # "12. November 2015" in a box over a picture and prose: a date line, not item 12.
    body = "".join(f'<div class="date">{d}. November 2015</div>{MEDIA["picture"].format(n=d)}<p>{BODY}</p>'
                   for d in (12, 13, 14))
    promised, found, _verdict, _rules = facts("A week in the hills", body)
    assert (promised, found) == (None, 0)


def slide(n: int) -> str:
    """A gallery template's slide: the numbered title alone in the slide's header, the
    picture's box, then the caption's prose."""
    return (f'<figure class="slide"><div class="slide-header"><div class="title"><a href="/g/{n}">{n}. {NAMES[n - 1]}'
            f' Costume</a></div></div><div class="image-container"><img src="/i/{n}.jpg" alt="{NAMES[n - 1]}"></div>'
            f"<figcaption><p>{BODY}</p></figcaption></figure>")


def lead_in(n: int) -> str:
    """A tutorial's numbered title over a short lead-in sentence and its code."""
    return (f'<div class="title">Common Mistake #{n}: Misusing {NAMES[n - 1]}</div><p>Consider the following example:</p>'
            f"<pre>x = {n}\nprint(x)</pre><p>{BODY} {BODY}</p>")


def captioned_player(n: int) -> str:
    return (f'<div class="title">{n}. {NAMES[n - 1]} Returns</div><figure><iframe src="https://www.youtube.com/embed/'
            f'v{n}"></iframe><figcaption>Watch the clip</figcaption></figure><p>{BODY} {BODY}</p>')


@pytest.mark.parametrize("shape", [slide, lead_in, captioned_player])
@pytest.mark.parametrize("delta", [0, 2, -2])
def test_numbered_title_boxes_in_more_dresses(shape: object, delta: int) -> None:
    assert callable(shape)
    body = "".join(shape(n) for n in range(1, 6 + delta))
    promised, found, verdict, rules = facts("The 5 best picks of the year", body)
    assert (promised, found) == (5, 5 + delta)
    assert verdict == ("kept" if delta == 0 else "mismatch")
    assert ("LS001" in rules) == (delta != 0)


def test_a_dateline_glued_together_is_no_entry() -> None:
    # "21.dez.2018 às 12h55" in a toolbar's box: a date, not item 21.
    body = (f'<div class="col"><div class="more-options">21.dez.2018 às 12h55 Ouvir o texto</div></div>'
            f"<p>{BODY} {BODY}</p>")
    result = audited("Tite fala", body, "pt")
    assert result.document is not None
    assert not any(p.text.startswith("21.dez") for p in result.document.paragraphs)


def pictured(n: int) -> str:
    """A template's unnumbered title box, the picture's box, then the entry's prose."""
    return (f'<div class="entry-title">{NAMES[n - 1]} Centerpiece</div><div class="image-holder"><img src="/c/{n}.jpg" '
            f'alt="{NAMES[n - 1]}"></div><p>{BODY} {BODY}</p>')


@pytest.mark.parametrize("delta", [0, 2, -2])
def test_unnumbered_title_boxes_over_a_picture_are_entries(delta: int) -> None:
    body = "".join(pictured(n) for n in range(1, 6 + delta))
    promised, found, verdict, _rules = facts("5 Centerpieces for Fall", body)
    assert (promised, found, verdict) == (5, 5 + delta, "kept" if delta == 0 else "unknown")


def test_unnumbered_title_boxes_over_a_picture_without_a_count() -> None:
    assert facts("Centerpieces for fall", "".join(pictured(n) for n in range(1, 7)))[:2] == (None, 6)


def items_of(headline: str, body: str) -> list[str]:
    result = audited(headline, body)
    assert result.document is not None
    return [item.title for item in result.document.items]


def test_a_title_line_keeps_its_colon() -> None:
    # "**3) Star Wars: The Last Jedi**" alone on its line: the film's whole name, not "Star Wars:".
    body = "".join(f"<p><strong>{n}) {NAMES[n - 1]}: The Return</strong></p><p>{BODY} {BODY}</p>" for n in range(1, 6))
    assert items_of("The 5 best films of 2017", body) == [f"{NAMES[n]}: The Return" for n in range(5)]


def test_a_run_in_title_still_ends_at_its_colon() -> None:
    body = "".join(f"<p><strong>{n}. {NAMES[n - 1]}:</strong> {BODY} {BODY}</p>" for n in range(1, 6))
    assert items_of("The 5 best cities of 2017", body) == [f"{NAMES[n]}:" for n in range(5)]


def test_a_space_between_inline_elements_of_a_box_is_kept() -> None:
    # A theme's number badge then the linked title: "21 Star Wars", not "21Star Wars".
    body = "".join(f'<div class="title"><span class="num">{n}</span> <a href="/f/{n}"><em>{NAMES[n - 1]} Wars</em></a>'
                   f"</div><p>{BODY} {BODY}</p>" for n in range(1, 4))
    result = audited("Films", body)
    assert result.document is not None
    texts = [p.text for p in result.document.paragraphs]
    assert "1 Alpha Wars" in texts and not any(t.startswith("1Alpha") for t in texts)
