"""The locator finds an element's start tag only when asked: whatever the order of the
questions, and after the tree is pruned, every answer is the one an up-front pass in
document order gives."""

from __future__ import annotations

import random
from pathlib import Path

import lxml.html

from auditor.sources.encoding import decode
from auditor.sources.html import _parse
from auditor.sources.html.locate import _LOCATED, Locator

from conftest import need_shared, CORPUS


def _in_document_order(text: str, root: object) -> dict[object, tuple[int, int] | None]:
    locator = Locator(text, root)
    return {el: locator.position(el) for el in root.iter(*_LOCATED)}  # type: ignore[attr-defined]


def _in_order(text: str, root: object, order: list[object]) -> dict[object, tuple[int, int] | None]:
    locator = Locator(text, root)
    return {el: locator.position(el) for el in order}


def test_minified_line_any_order() -> None:
    text = "<html><body>" + "".join(f"<div><p>p{i}</p><a href='#{i}'>a</a></div>" for i in range(40)) + "</body></html>"
    root = lxml.html.document_fromstring(text)
    expected = _in_document_order(text, root)
    assert [expected[p] for p in root.iter("p")][:3] == [(1, 18), (1, 56), (1, 94)]
    order = list(expected)
    random.Random(7).shuffle(order)
    assert _in_order(text, root, order) == expected
    assert _in_order(text, root, order[::-1]) == expected


def test_pruned_tree_keeps_the_source_order() -> None:
    """Elements asked after their neighbours were removed still map to their own tags."""
    text = "<html><body>\n<div class=x><p>gone</p></div><p>one</p>\n<p>two</p><p>three</p>\n</body></html>"
    root = lxml.html.document_fromstring(text)
    expected = _in_document_order(text, root)
    root2 = lxml.html.document_fromstring(text)
    locator = Locator(text, root2)
    box = root2.find(".//div")
    box.getparent().remove(box)
    kept = list(root2.iter("p"))
    assert [locator.position(p) for p in kept] == [expected[p] for p in list(root.iter("p"))[1:]]


def test_elements_not_located() -> None:
    text = "<html><body><p>x<span>y</span></p></body></html>"
    root = lxml.html.document_fromstring(text)
    locator = Locator(text, root)
    span = root.find(".//span")
    assert locator.position(span) is None and locator.at(span) == (1, 1)
    made = lxml.html.Element("p")
    assert locator.position(made) is None
    assert locator.position(root.find(".//p")) == (1, 13)


def test_corpus_pages_any_order() -> None:
    pages = sorted(need_shared(CORPUS).glob("*.html"))[:12]
    for path in pages:
        text = decode(Path(path).read_bytes(), html=True)
        root = _parse(text)
        expected = _in_document_order(text, root)
        order = list(expected)
        random.Random(path.name).shuffle(order)
        assert _in_order(text, root, order) == expected, path.name
