"""Leftovers of round 15's list readers (lists30). Each case fails on bced4b8 unless it says
it is a guard. Small articles read end to end through ``audit``.

1. A paged listicle whose pager says only "Next »" / "›" and is dropped from the body as
   navigation: its kept link address tells a page of this article from the blog's next post.
"""

from __future__ import annotations

import pytest

from test_listicle_languages import BODY, NAMES, audited, doc_of, listicle_facts

P = f"<p>{BODY} {BODY}</p>"


def numbered(first: int, last: int, tag: str = "h2") -> str:
    return "".join(f"<{tag}>{k}. {NAMES[(k - 1) % 10]} valley walk</{tag}>{P}" for k in range(first, last + 1))


def paged(body: str, canonical: str = "https://example.com/best-walks/") -> tuple[int, str, set[str]]:
    """(found, verdict, LS rules) of "The 25 best walks in Wales" over ``body``, its canonical given."""
    from auditor.api import audit
    from test_listicle_languages import DEFAULT

    head = f"<link rel='canonical' href='{canonical}'>" if canonical else ""
    html = (f"<html lang=en><head><title>t</title>{head}</head><body><article><h1>The 25 best walks in Wales</h1>"
            f"<p>{BODY}</p>{body}</article></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.document is not None and result.document.listicle is not None
    lst = result.document.listicle
    return lst.found, lst.verdict, {f.rule for f in result.findings if f.rule.startswith("LS")}


# ---------------------------------------------------------------- 1. "Next »" in a dropped pager

# WordPress's wp_link_pages() with 'next_or_number' => 'next' and a theme's "Next »" text
# (developer.wordpress.org/reference/functions/wp_link_pages), Drupal 8+'s mini pager
# (views-mini-pager.html.twig: "›" to "?page=1"), a slideshow plugin's "Next »" button to
# "/slide/6", a theme's `<div class="pager">`: each dropped as navigation, its words saying no page.
PAGERS = [
    '<nav class="pagination"><a href="https://example.com/best-walks/2/" rel="next">Next »</a></nav>',
    '<nav class="pagination"><a href="/best-walks/2/">Next »</a></nav>',
    '<nav class="pager" role="navigation"><ul class="pager__items"><li class="pager__item pager__item--next">'
    '<a href="?page=1" rel="next"><span aria-hidden="true">›</span></a></li></ul></nav>',
    '<nav class="slideshow-nav"><a href="/best-walks/slide/6">Next »</a></nav>',
    '<div class="pager"><a href="/best-walks/">« Prev</a> <a href="/best-walks/3/">Next »</a></div>',
    '<nav class="pagination"><a href="/best-walks/2/">Weiter »</a></nav>',
]


@pytest.mark.parametrize("nav", PAGERS)
def test_a_dropped_next_arrow_to_a_page_of_the_article_tells_it_goes_on(nav: str) -> None:
    assert paged(numbered(1, 5) + nav) == (5, "unknown", set())


def test_a_dropped_next_arrow_without_canonical_to_a_numbered_page() -> None:
    assert paged(numbered(1, 5) + '<nav class="pagination"><a href="/best-walks/2/">Next »</a></nav>', "") \
        == (5, "unknown", set())


# Guards: WordPress's the_post_navigation() (`<nav class="navigation post-navigation">`,
# "Next »" to the blog's next post) and a "Next »" to another article: still five of 25.
@pytest.mark.parametrize("nav", [
    '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-next">'
    '<a href="https://example.com/2024/05/coastal-paths/" rel="next">Next »</a></div></div></nav>',
    '<nav class="post-nav"><a href="/best-walks-in-scotland/">Next »</a></nav>',
    '<nav class="post-nav"><a href="/?p=124">Next »</a></nav>',
])
@pytest.mark.parametrize("canonical", ["https://example.com/best-walks/", ""])
def test_guard_a_dropped_next_post_link_excuses_nothing(nav: str, canonical: str) -> None:
    found, verdict, rules = paged(numbered(1, 5) + nav, canonical)
    assert (found, verdict) == (5, "mismatch") and "LS001" in rules


def test_guard_a_next_arrow_to_another_articles_page_two() -> None:
    nav = '<nav class="post-nav"><a href="https://example.com/best-walks-in-scotland/2/">Next »</a></nav>'
    assert paged(numbered(1, 5) + nav)[1] == "mismatch"
