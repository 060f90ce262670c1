from __future__ import annotations

import lxml.html
import pytest

from auditor.sources import SourceError
from auditor.sources.body import chrome_kind, find_body

PROSE = "<p>" + "This sentence is real article prose with enough words to count. " * 4 + "</p>"


def page(body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")


def test_selector_overrides_everything():
    root = page(f'<article>{PROSE}</article><div id="story">{PROSE}</div>')
    body, how = find_body(root, "#story")
    assert (body.get("id"), how) == ("story", "selector")


def test_selector_matching_nothing_names_it():
    with pytest.raises(SourceError, match="#missing"):
        find_body(page(PROSE), "#missing")


def test_invalid_selector_is_a_source_error():
    with pytest.raises(SourceError, match="invalid CSS selector"):
        find_body(page(PROSE), "div[")


def test_itemprop_article_body_first():
    root = page(f'<main><div itemprop="articleBody">{PROSE}</div></main><article>{PROSE * 2}</article>')
    assert find_body(root, None)[1] == "itemprop"


@pytest.mark.parametrize(("itemprop", "found"), [
    ("articleBody", True), ("description articleBody", True), ("description\n\tarticleBody ", True),
    ("articlebody", True), ("ArticleBody", False), ("articleBodyText", False), ("description\xa0articleBody", False),
])
def test_itemprop_names_article_body_as_a_token(itemprop: str, found: bool):
    # XPath's reading: a space-separated token, "B" folded only, split at XML spaces only
    root = page(f'<main><div itemprop="{itemprop}">{PROSE}</div></main>')
    assert (find_body(root, None)[1] == "itemprop") is found


def test_largest_article_wins_and_teaser_cards_are_ignored():
    root = page(f"<article><p>Teaser</p></article><article id='main'>{PROSE * 3}</article>")
    body, how = find_body(root, None)
    assert (body.get("id"), how) == ("main", "article")


def test_main_then_role_main_then_content_class():
    assert find_body(page(f"<main>{PROSE}</main>"), None)[1] == "main"
    assert find_body(page(f'<div role="main">{PROSE}</div>'), None)[1] == "role-main"
    assert find_body(page(f'<div class="post entry-content">{PROSE}</div>'), None)[1] == "content-class"


def test_density_fallback_finds_the_prose_block():
    links = "".join(f'<a href="/{i}">Link {i}</a>' for i in range(30))
    root = page(f'<div id="menu">{links}</div><div id="story">{PROSE * 4}</div><div>{PROSE}</div>')
    body, how = find_body(root, None)
    assert (body.get("id"), how) == ("story", "density")


def test_chrome_dropped_and_reported():
    root = page(
        f"<article><h1>Title</h1>{PROSE}<nav><a href='/'>Home</a></nav>"
        "<div class='share-buttons'><a href='#'>Share</a></div>"
        "<section class='relatedStories'><h2>1. Other story</h2></section>"
        "<div id='comments'><p>First!</p></div><div class='ad-slot'>Buy</div>"
        "<aside>Pull quote</aside><footer>Tags</footer><script>var x</script></article>"
    )
    removed: list[str] = []
    body, _ = find_body(root, None, removed=removed)
    text = body.text_content()
    assert "Other story" not in text and "First!" not in text and "Buy" not in text
    assert "Title" in text and "article prose" in text
    assert removed == ["nav", "share", "related", "comments", "ad", "aside", "footer"]


def test_header_holding_the_headline_is_kept_whatever_its_class():
    root = page(f'<article><header class="content__header--no-promo"><h1>Headline</h1></header>{PROSE}</article>')
    body, _ = find_body(root, None)
    assert body.find(".//h1") is not None


def test_chrome_words_are_whole_words():
    assert chrome_kind(lxml.html.fragment_fromstring('<div class="read-more"></div>')) == "read-more"
    assert chrome_kind(lxml.html.fragment_fromstring('<div class="youMayAlsoLike"></div>')) == "also-like"
    for cls in ("header", "loaded", "shadow", "thread", "download", "admin"):
        assert chrome_kind(lxml.html.fragment_fromstring(f'<div class="{cls}"></div>')) is None


def test_wrapper_with_most_of_the_text_is_never_dropped():
    root = page(f'<div class="post-content"><div class="widget-area">{PROSE * 5}</div><p>x</p></div>')
    body, _ = find_body(root, None)
    assert "article prose" in body.text_content()


def test_camel_case_hump_needs_lower_case_after_it():
    # "adSlot" is ad + slot; Gmail's "adL" is one opaque word, not an ad.
    assert chrome_kind(lxml.html.fragment_fromstring('<div class="adSlot"></div>')) == "ad"
    assert chrome_kind(lxml.html.fragment_fromstring('<div class="relatedStories"></div>')) == "related"
    assert chrome_kind(lxml.html.fragment_fromstring('<div class="adL"></div>')) is None


def test_ad_classed_wrapper_holding_paragraphs_is_kept():
    pasted = '<div class="adn ads"><p>' + "Real words of the article here. " * 6 + "</p><p>More.</p></div>"
    slot = '<div class="ad-slot"><p>Advertisement</p><p>Buy things now</p></div>'
    root = page(f"<article>{PROSE}{pasted}{slot}</article>")
    body, _ = find_body(root, None)
    assert body.find(".//div[@class='adn ads']") is not None
    assert body.find(".//div[@class='ad-slot']") is None


def test_empty_heading_in_an_ad_slot_drops_the_slot():
    slot = ('<div class="duet--ad--native-ad-rail" data-native-ad-id="container"><span>From our '
            'sponsor</span><h3><a data-native-ad-id="title" href="/x"></a></h3></div>')
    body, _ = find_body(page(f"<article>{PROSE}{slot}<h3> </h3>{PROSE}</article>"), None)
    assert body.find(".//div[@data-native-ad-id]") is None
    assert len(body.findall(".//h3")) == 1  # the empty heading in the text stays


def test_empty_heading_in_a_placeholder_or_dfp_box_drops_the_box():
    for cls in ("placeholder-card", "dfp_unit", "gpt-ad"):
        body, _ = find_body(page(f'<article>{PROSE}<div class="{cls}"><h2></h2></div></article>'), None)
        assert body.find(".//h2") is None, cls


def test_ad_named_box_around_a_heading_with_text_is_left_to_the_chrome_rules():
    # "sponsor" alone is not chrome: a titled box stays unless it is chrome anyway.
    body, _ = find_body(page(f'<article>{PROSE}<div class="sponsor-note"><h2>Our sponsor</h2>'
                             f'</div></article>'), None)
    assert body.find(".//h2") is not None


@pytest.mark.parametrize("cls,kind", [
    ("core-breaking-now", "alert"), ("article-breaking-now twelve-9", "alert"),
    ("breaking-news-bar", "alert"), ("news-ticker", "alert"), ("site-alert", "alert"),
    ("alert alert-info", None),  # a callout in the article text
    ("breaking-point", None),
])
def test_breaking_news_and_ticker_bars_are_chrome(cls, kind):
    assert chrome_kind(lxml.html.fragment_fromstring(f'<div class="{cls}"></div>')) == kind


def test_a_story_set_in_divs_is_found_around_its_headline_not_in_a_footer_blurb():
    # golflink-eat-cheap-vegas: the story's text sits in <div>s with <br>s, so the only
    # <p> on the page is a featured-post blurb in the footer; the density guess took it.
    story = "<div>" + "Las Vegas can be enjoyed on a tight budget if you plan where to eat. <br>" * 8 + "</div>"
    blurb = '<p>Bay Hill proves a tough test for the best golfers this week, again and again. <a href="/x">More</a></p>'
    root = page(f'<div class="column"><div class="Article"><div class="head"><h1>How to Eat Cheap in Las Vegas</h1>'
                f'</div>{story}</div></div><div class="site_width_footer"><div class="tombstone">{blurb}</div></div>')
    body, how = find_body(root, None)
    # Text between <br>s votes as paragraphs do (tests/test_body_density.py): the
    # story's own box wins outright, and the headline box's check is not needed.
    assert (body.getparent().get("class"), how) == ("Article", "density")
    assert "Las Vegas can be enjoyed" in body.text_content()


def test_the_density_guess_stands_when_it_holds_the_story():
    root = page(f'<div class="head"><h1>How to Eat Cheap in Las Vegas</h1></div><div id="text">{PROSE * 3}</div>')
    body, how = find_body(root, None)
    assert how == "density" and body.get("id") == "text"


def test_a_comment_thread_longer_than_the_story_is_still_dropped():
    # slam-nba-schoolyard-rankings: sixteen readers' comments outweigh a short post;
    # the thread's text share must not protect it once the story stands on its own.
    comments = "".join(f"<li><div class='date'>Reader {i} Posted: Oct.28</div>{PROSE}</li>" for i in range(12))
    root = page(f'<article><h1>Schoolyard rankings</h1>{PROSE * 6}<div id="comments"><ul>{comments}</ul></div>'
                '</article>')
    body, _how = find_body(root, None)
    assert "Posted: Oct.28" not in body.text_content()
    assert "Schoolyard rankings" in body.text_content()


def test_a_thread_beside_a_story_too_short_to_stand_alone_stays_protected():
    # Under a few lines of text, a box named "comments" holding most of the text may be
    # the article itself (a mislabelled wrapper): it stays.
    root = page(f'<div id="main"><h1>Notes</h1><p>A short note.</p>'
                f'<div class="comments">{PROSE * 6}</div></div>')
    body, _how = find_body(root, None)
    assert "real article prose" in body.text_content()


def test_paragraph_text_held_is_summed_over_ancestors_in_document_order():
    # _choose reads its candidates (articleBody, <article>, <main>…) among the counted
    # paragraphs and their ancestors: each must hold the sum a walk of its <p>s gives.
    from auditor.sources.body import _held_text, _paragraph_lengths

    root = page(f'<div id="a"><section id="b">{PROSE}<p>short</p></section><aside id="c">{PROSE}</aside></div>'
                f'<article id="d"><div id="e">{PROSE}{PROSE}</div></article><p>{"x " * 20}</p>')
    lengths = _paragraph_lengths(root)
    held = _held_text(lengths)
    naive = {el: sum(lengths.get(p, 0) for p in el.iter("p")) for el in root.iter()}
    assert held == {el: n for el, n in naive.items() if n}
    assert list(held) == [el for el in root.iter() if el in held]  # document order
    assert [el.get("id") for el in held if el.get("id")] == ["a", "b", "c", "d", "e"]
