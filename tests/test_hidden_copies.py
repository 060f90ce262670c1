"""Hidden copies of words shown beside them are no prose of the article: a code
highlighter's plain copy of each block (WP-Syntax writes ``<p class="theCode"
style="display:none">`` after its table), a carousel's cloned slide. Hidden prose that is
no copy (slides a script reveals one at a time) stays the article's."""

from __future__ import annotations

import pytest

from chromekit import PROSE, drops, parse

CODE = ('install.packages("ggplot2")   # Install the ggplot2 package from CRAN before '
        'drawing any of the plots below')
STORY = PROSE.replace("real", "plain") + PROSE + PROSE.replace("real", "true")


@pytest.mark.parametrize("hiding", [
    'class="theCode" style="display:none;"', 'style="visibility: hidden"', "hidden", 'class="code-copy hidden"',
    'aria-hidden="true"',
])
def test_a_hidden_copy_of_a_code_block_is_not_read(hiding: str) -> None:
    block = (f'<div class="wp_syntax"><table><tr><td class="code"><pre class="r">{CODE}</pre></td></tr></table>'
             f'<p {hiding}>{CODE}</p></div>')
    doc = parse(STORY + block + STORY)
    assert not any("ggplot2" in p.text for p in doc.paragraphs)
    assert ("hidden", "p") in drops(doc)


def test_a_carousels_cloned_slide_is_read_once() -> None:
    slide = "<p>" + "The third tip is to keep the bedroom cool, dark and quiet every night. " * 2 + "</p>"
    doc = parse(STORY + f'<div class="slides"><div class="slide">{slide}</div>'
                f'<div class="slide clone" style="display:none">{slide}</div></div>' + STORY)
    assert sum("bedroom" in p.text for p in doc.paragraphs) == 1


def test_hidden_slides_that_are_no_copy_stay() -> None:
    slides = "".join(f'<div class="slide" style="display:none"><p>Tip {i}: '
                     + f"keep the room at {15 + i} degrees and read a paper book before bed. " * 2 + "</p></div>"
                     for i in range(4))
    doc = parse(STORY + slides + STORY)
    assert sum("paper book" in p.text for p in doc.paragraphs) == 4


def test_corpus_wp_syntax_plain_copies_are_not_read() -> None:
    from chromekit import corpus
    doc = corpus("corpus-more", "statisticsglobe-ggplot2-5-examples")
    assert not any("install.packages" in p.text for p in doc.paragraphs)
    assert any(p.text.startswith("Our example data consists of two columns") for p in doc.paragraphs)
