"""Listicle shapes the re-dressed tuning listicles still misread after round 11's lists14
(bench/eval/redress.py: each tuning page's item headings rewritten into another real shape
and counted again). Each case fails on 7a45161. Small articles read end to end through ``audit``."""

from __future__ import annotations

import re

import pytest

from auditor.api import audit
from conftest import CORPUS, need_shared
from test_listicle_languages import BODY, DEFAULT, NAMES
from test_listicle_languages import listicle_facts as facts
from test_listicle_languages import audited


CORPUS_MORE = CORPUS.parent.parent / "corpus-more" / "pages"


def titles(headline: str, body: str) -> list[str]:
    document = audited(headline, body).document
    assert document is not None
    return [item.title for item in document.items]


# ---------------------------------------------------------------- a paragraph classed as a title

# HuffPost's listicle template sets each entry's title as `<p class="listicle__item-title">`
# in a text box of its own (`<div class="primary-cli cli cli-text">`), the writer's prose in the
# next boxes; a plain paragraph, not bold, was only ever prose. The tuning page huffpost-5-debate-
# takeaways, its five bare <h2> titles set so, read 0 entries.
def test_paragraphs_a_template_classes_as_titles() -> None:
    raw = need_shared(CORPUS_MORE / "huffpost-5-debate-takeaways.html").read_text()
    dressed = re.sub(r"<h2>(.*?)</h2>", r'<p class="listicle__item-title">\1</p>', raw, flags=re.S)
    assert dressed.count("listicle__item-title") == 5
    document = audit(dressed.encode(), "huffpost.html", DEFAULT).document
    assert document is not None and document.listicle is not None
    assert (document.listicle.found, document.listicle.verdict) == (5, "kept")
    assert document.items[0].title.startswith("Joe Biden Is Squarely Focused On Trump")


def test_a_classed_paragraph_that_is_a_sentence_stays_no_title() -> None:
    # A guard (holds on 7a45161): a "title" class on a paragraph ending in a full stop is prose.
    body = "".join(f'<p class="item-title">{NAMES[n]} was the best we saw there.</p><p>{BODY} {BODY}</p>'
                   for n in range(5))
    assert titles("Notes from a long trip", body)[:1] != [f"{NAMES[0]} was the best we saw there."]
