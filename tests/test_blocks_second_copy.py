"""blocks._without_second_copy: a template's second copy of the whole list is read once; a
body with no heading twice is returned as it is, without reading its blocks' words."""

from __future__ import annotations

from auditor.structure.blocks import Block, _without_second_copy


def _body(titles: list[str], start: int = 0) -> list[Block]:
    out = []
    for n, title in enumerate(titles):
        out.append(Block((start + 2 * n, 1), "heading", title, 2))
        out.append(Block((start + 2 * n + 1, 1), "paragraph", f"What {title}  offers, in a sentence or two."))
    return out


def test_a_second_copy_of_the_list_is_cut() -> None:
    desktop = _body(["1. Lisbon", "2. Porto", "3. Faro", "4. Braga"])
    mobile = _body(["1.  Lisbon", "2. Porto", "3. Faro", "4. Braga"], start=100)  # spaced otherwise: same words
    assert _without_second_copy(desktop + mobile) == desktop


def test_a_heading_said_twice_without_a_copy_after_it_stays() -> None:
    body = _body(["Lisbon", "Porto", "Related", "Faro", "Braga", "Related"])
    assert _without_second_copy(body) == body
    short = _body(["Lisbon", "Porto"]) + _body(["Lisbon", "Porto"], start=50)  # four blocks: the page's own
    assert _without_second_copy(short) == short


def test_a_body_without_a_heading_twice_is_returned_as_it_is() -> None:
    body = _body(["Lisbon", "Porto", "Faro"]) + [Block((9, 1), "heading", "   ", 2), Block((10, 1), "heading", "", 2)]
    assert _without_second_copy(body) is body
