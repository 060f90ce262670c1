"""Bold entries with a review template's label headings between them ("<h3>Pros</h3>",
"<h3>Cons</h3>", "<h4>Specs</h4>" under every product): any heading ended a run of bold
titles, so without a count in the headline the page gave no list at all. A heading the
template repeats in every entry is part of the entry, as it already was for headed entries;
a story's own section headings still end a run."""

from __future__ import annotations

import pytest

from test_listicle_languages import BODY, NAMES, audited
from test_listicle_languages import listicle_facts as facts

BOXES = {
    "pros-cons": "<h3>Pros</h3><ul><li>Long battery life</li><li>Bright screen</li></ul>"
                 "<h3>Cons</h3><ul><li>Heavy</li><li>Pricey</li></ul>",
    "one-box": "<h3>Pros and cons</h3><ul><li>Long battery life</li><li>Heavy</li></ul>",
    "specs": "<h4>Specs</h4><ul><li>Processor: fast</li><li>Memory: 16 GB</li></ul>",
}
LABELS = list(BOXES)
BOXES["none"] = ""
WORDS = {3: "Three", 5: "Five", 7: "Seven"}


def entries(count: int, box: str) -> str:
    return "".join(f"<p><strong>{NAMES[k]} Laptop</strong></p><p>{BODY} {BODY}</p>{BOXES[box]}"
                   for k in range(count))


@pytest.mark.parametrize("box", LABELS)
@pytest.mark.parametrize("headline", ["The Best Laptops for Students", "Laptops for students, tested"])
def test_bold_entries_between_label_boxes_make_a_list_without_a_count(box: str, headline: str) -> None:
    promised, found, _verdict, rules = facts(headline, entries(5, box))
    assert (promised, found) == (None, 5)
    assert not rules & {"LS001", "LS002"}


@pytest.mark.parametrize("box", LABELS)
@pytest.mark.parametrize("delta", [0, 2, -2])
def test_bold_entries_between_label_boxes_against_a_count(box: str, delta: int) -> None:
    # As the same entries read with no boxes between them: unnumbered entries off the
    # count are counted, their verdict left open (no LS001 on a guess).
    promised, found, verdict, rules = facts("The 5 Best Laptops for Students", entries(5 + delta, box))
    assert (promised, found) == (5, 5 + delta)
    assert verdict == ("kept" if delta == 0 else "unknown")
    assert (promised, found, verdict, rules) == facts("The 5 Best Laptops for Students", entries(5 + delta, "none"))


@pytest.mark.parametrize("box", LABELS)
def test_the_count_as_a_word(box: str) -> None:
    assert facts("The Seven Best Laptops for Students", entries(7, box))[:3] == (7, 7, "kept")


def test_a_storys_own_sections_still_end_the_run() -> None:
    # Bold lines between headings of their own (each said once): the headings are the
    # sections, the bold lines inside them no run of entries.
    body = "".join(f"<p><strong>{NAMES[k]} said</strong></p><p>{BODY} {BODY}</p><h2>{NAMES[k]} Section</h2>"
                   f"<p>{BODY}</p>" for k in range(5))
    result = audited("Laptops for students, tested", body)
    assert result.document is not None
    assert all(item.style == "heading" for item in result.document.items)
