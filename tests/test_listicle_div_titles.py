"""Numbered titles a theme sets in short boxes ("<div class='title'>21) Star Wars</div>"),
each followed by its trailer or picture and then its prose, as vox-21's countdown reads
with its <h3>s set as boxes: the walk kept a numbered box only when prose came right after
it, so the picture between dropped every entry (0 of 21). A box of no text between the
title and its prose is skipped, as it is for a template's unnumbered title boxes."""

from __future__ import annotations

import pytest

from auditor.api import audit

from test_listicle_languages import BODY, DEFAULT, NAMES

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


def facts(headline: str, body: str) -> tuple[int | None, int, str, set[str]]:
    html = (f"<html lang=en><head><title>t</title></head><body><article><h1>{headline}</h1>"
            f"<p>{BODY}</p>{body}</article></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.document is not None and result.document.listicle is not None
    lst = result.document.listicle
    return lst.promised, lst.found, lst.verdict, {f.rule for f in result.findings if f.rule.startswith("LS")}


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
