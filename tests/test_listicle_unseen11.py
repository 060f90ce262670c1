"""Listicle shapes auditor misread at round 14's wave 2 start (b624c1d): paged listicles and
slideshows saved one page at a time, a numbered bonus entry after the promised ones, a bonus
in the headline's count; and shapes it read right that must stay so (galleries whose
captions carry the entries, sub-sections under each entry, countdowns). Cases that fail on
b624c1d say so; the rest are guards. Small articles read end to end through ``audit``; the
markup's source is cited beside each."""

from __future__ import annotations

import pytest

from auditor.api import audit
from auditor.model import FileResult
from test_listicle_languages import BODY, DEFAULT, audited

PLACES = ["Alhambra", "Sagrada Familia", "Prado", "Mezquita", "Alcazar", "Park Guell", "Retiro", "Ronda", "Toledo",
          "Segovia", "Cuenca", "Avila"]
TWENTY_FIVE = "25 Places to Visit in Spain"


def entries(numbers: range | list[int]) -> str:
    return "".join(f"<h2>{k}. {PLACES[(k - 1) % len(PLACES)]}</h2><p>{BODY}</p>" for k in numbers)


def page(headline: str, body: str, head: str = "") -> FileResult:
    """A whole saved page: ``head`` in its <head>, ``headline`` over ``body`` in its article."""
    html = (f"<html lang=en><head><title>t</title>{head}</head><body><article><h1>{headline}</h1>"
            f"<p>{BODY}</p>{body}</article></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.error is None and result.document is not None
    return result


def verdict(result: FileResult) -> tuple[int, str, set[str]]:
    assert result.document is not None and result.document.listicle is not None
    lst = result.document.listicle
    return lst.found, lst.verdict, {f.rule for f in result.findings if f.rule in {"LS001", "LS002", "LS003"}}


# ---------------------------------------------------------------- a paged listicle, one page saved

# Yoast SEO prints <link rel="next"/"prev"> in the head of a post split with WordPress's
# <!--nextpage--> (wordpress-seo, src/presenters/rel-next-presenter.php; the pages are
# wp_link_pages()'s /post-name/2/), as Drupal's pager and most CMSs' SEO modules do with ?page=N.
# Fails on b624c1d.
@pytest.mark.parametrize(("head", "numbers"), [
    ("<link rel='canonical' href='https://example.com/spain/'><link rel='next' href='https://example.com/spain/2/'>",
     range(1, 6)),
    ("<link rel='canonical' href='https://example.com/spain/2/'><link rel='prev' href='https://example.com/spain/'>"
     "<link rel='next' href='https://example.com/spain/3/'>", range(6, 11)),
    ("<link rel='next' href='https://example.com/spain?page=2'>", range(1, 6)),
])
def test_a_page_whose_head_links_its_next_page_is_not_short(head: str, numbers: range) -> None:
    found, told, rules = verdict(page(TWENTY_FIVE, entries(numbers), head))
    assert (found, told, rules) == (5, "unknown", set())


def test_the_heads_link_to_the_blogs_next_post_excuses_nothing() -> None:
    # A guard: WordPress core's adjacent_posts_rel_link_wp_head() links the next *post* with
    # rel=next (wp-includes/link-template.php): not a page of this article.
    head = ("<link rel='canonical' href='https://example.com/2024/05/spain/'>"
            "<link rel='next' title='Our Portugal guide' href='https://example.com/2024/06/portugal/'>")
    found, told, rules = verdict(page("10 Places to Visit in Spain", entries(range(1, 9)), head))
    assert (found, told) == (8, "mismatch") and "LS001" in rules
    # The same under WordPress's plain addresses ("?p=124"), with no canonical to compare.
    head = "<link rel='next' title='Our Portugal guide' href='https://example.com/?p=124'>"
    found, told, rules = verdict(page("10 Places to Visit in Spain", entries(range(1, 9)), head))
    assert (found, told) == (8, "mismatch") and "LS001" in rules


# A pager's counter over the entries: "Page 2 of 5" (vBulletin/phpBB-style and many news CMSs'
# article pagers print it as text; slideshow templates print "Slide 6 of 25" over each slide).
# Fails on b624c1d.
@pytest.mark.parametrize(("counter", "numbers"), [
    ("<p>Page 1 of 5</p>", range(1, 6)),
    ("<p>Page 2 of 5</p>", range(6, 11)),
    ("<p class='pager'>Seite 2 von 5</p>", range(6, 11)),
    ("<p>Страница 1 из 5</p>", range(1, 6)),
    # Japanese news sites' paged articles: "(1/5ページ)" over or under the text.
    ("<p>（1/5ページ）</p>", range(1, 6)),
    # A print-style jump line, and a slideshow's instruction over its button.
    ("<p><em>Continued on next page</em></p>", range(1, 6)),
    ("<p>Click 'Next' to see the rest of our picks.</p>", range(1, 6)),
])
def test_a_page_counter_says_the_rest_is_on_other_pages(counter: str, numbers: range) -> None:
    found, told, rules = verdict(page(TWENTY_FIVE, entries(numbers) + counter))
    assert (found, told, rules) == (5, "unknown", set())


def test_a_slide_counter_on_every_slide_of_a_whole_slideshow_excuses_nothing() -> None:
    # A guard: "Photo 3 of 8" over each of 8 slides under "10 …": the slideshow is all here.
    slides = "".join(f"<p>Photo {k} of 8</p><h2>{k}. {PLACES[k - 1]}</h2><p>{BODY}</p>" for k in range(1, 9))
    found, told, rules = verdict(page("10 Places to Visit in Spain", slides))
    assert (found, told) == (8, "mismatch") and "LS001" in rules


# A link that names the next page or slide: "Continue to slide 6" (slideshow plugins'
# next-slide buttons), "Continue to page 2", "Continue to the next page for numbers 6 to 10"
# (an editor's own line above wp_link_pages()' pager). Fails on b624c1d.
@pytest.mark.parametrize("link", [
    "<p><a href='https://example.com/spain/slide/6'>Continue to slide 6</a></p>",
    "<p><a href='https://example.com/spain/2/'>Continue to page 2</a></p>",
    "<p><strong><a href='https://example.com/spain/2/'>Continue to the next page for numbers 6 to 10</a></strong></p>",
])
def test_a_link_naming_the_next_page_or_slide(link: str) -> None:
    found, told, rules = verdict(page(TWENTY_FIVE, entries(range(1, 6)) + link))
    assert (found, told, rules) == (5, "unknown", set())


# A pager the body extractor drops as navigation (a <nav>, class "pagination"/"slideshow-nav"):
# its text still says so. Fails on b624c1d.
@pytest.mark.parametrize("nav", [
    "<nav class='pagination'><a href='https://example.com/spain/2/'>Next page ›</a></nav>",
    "<div class='slideshow-nav'><a href='https://example.com/spain/slide/6/'>Next slide</a></div>",
    "<div class='pagination'><a href='https://example.com/spain/'>Prev</a> Page 2 of 5"
    " <a href='https://example.com/spain/3/'>Next</a></div>",
])
def test_a_pager_dropped_as_navigation_still_tells(nav: str) -> None:
    found, told, rules = verdict(page(TWENTY_FIVE, entries(range(1, 6)) + nav))
    assert (found, told, rules) == (5, "unknown", set())


# Pagers the body extractor drops as navigation, whose links' texts it keeps run together
# ("123", "12»"): Bootstrap's pagination component (getbootstrap.com/docs/5.3/components/
# pagination), Drupal 8+'s pager.html.twig (visually hidden "Pagination" heading, "Page 1",
# "Next page ››"), Drupal 7's theme_pager() (ul.pager: "1 2 next › last »"). Fails on b624c1d.
@pytest.mark.parametrize("nav", [
    '<nav aria-label="Page navigation"><ul class="pagination"><li class="page-item active"><span class="page-link">1'
    '</span></li><li class="page-item"><a class="page-link" href="?page=2">2</a></li><li class="page-item">'
    '<a class="page-link" href="?page=2" aria-label="Next"><span aria-hidden="true">&raquo;</span></a></li></ul></nav>',
    '<nav class="pager" role="navigation"><h4 class="visually-hidden">Pagination</h4><ul class="pager__items">'
    '<li class="pager__item is-active">Page 1</li><li class="pager__item"><a href="?page=1" title="Go to page 2">'
    'Page 2</a></li><li class="pager__item pager__item--next"><a href="?page=1" rel="next"><span class="visually-hidden">'
    'Next page</span><span aria-hidden="true">››</span></a></li></ul></nav>',
    '<div class="item-list"><ul class="pager"><li class="pager-current first">1</li><li class="pager-item">'
    '<a title="Go to page 2" href="/spain?page=1">2</a></li><li class="pager-next"><a href="/spain?page=1">next ›</a>'
    '</li><li class="pager-last last"><a href="/spain?page=4">last »</a></li></ul></div>',
    '<div class="page-nav"><nav class="pagination"><span class="current">1</span><a href="/spain/2/">2</a>'
    '<a href="/spain/3/">3</a></nav></div>',
    # A Japanese blog's pager (WordPress themes' "次へ" / "次のページ"), texts run together: "123次へ".
    '<nav class="pagination"><span class="current">1</span><a href="/spain/2/">2</a><a href="/spain/3/">3</a>'
    '<a class="next" href="/spain/2/">次へ</a></nav>',
])
def test_a_dropped_pager_whose_numbers_run_together(nav: str) -> None:
    assert verdict(page(TWENTY_FIVE, entries(range(1, 6)) + nav)) == (5, "unknown", set())


def test_a_slide_counter_without_a_word_that_counts_to_the_promise() -> None:
    # "6 of 25" over each slide (slideshow templates' counter, its word in an icon or none).
    # Fails on b624c1d.
    slides = "".join(f"<div class='slide'><p>{k} of 25</p><h2>{k}. {PLACES[k - 1]}</h2><p>{BODY}</p></div>"
                     for k in range(1, 6))
    assert verdict(page(TWENTY_FIVE, slides)) == (5, "unknown", set())


@pytest.mark.parametrize("tail", [
    "<nav class='pagination'><a href='/spain/12/'>12</a></nav>",  # a bare "12" is a number
    "<p>3 of 8</p>",  # a count that is not the promise
])
def test_a_number_that_is_no_pager_excuses_nothing(tail: str) -> None:
    found, told, rules = verdict(page("10 Places to Visit in Spain", entries(range(1, 9)) + tail))
    assert (found, told) == (8, "mismatch") and "LS001" in rules


# "Continue" / "Next: Park Güell" / "›" to the article's own address with a page number after
# it, proven by its canonical (Yoast prints it on every page). Fails on b624c1d.
@pytest.mark.parametrize("href", ["https://example.com/spain/2/", "/spain/2/", "//example.com/spain/2/"])
@pytest.mark.parametrize("text", ["Continue", "Next: Park Guell", "›"])
def test_a_continue_link_to_the_articles_own_next_page(text: str, href: str) -> None:
    canonical = "<link rel='canonical' href='https://example.com/spain/'>"
    link = f"<p><a class='button' href='{href}'>{text}</a></p>"
    assert verdict(page(TWENTY_FIVE, entries(range(1, 6)) + link, canonical)) == (5, "unknown", set())


# The whole article on one page, offered by paged articles and slideshows (WordPress's
# "Single Page View" plugins, news CMSs' "View all N slides"). Fails on b624c1d.
@pytest.mark.parametrize("text", ["View as one page", "View all 25 slides", "Single page view"])
def test_a_link_to_the_whole_article_on_one_page(text: str) -> None:
    link = f"<p><a href='https://example.com/spain/?view=all'>{text}</a></p>"
    assert verdict(page(TWENTY_FIVE, entries(range(1, 6)) + link)) == (5, "unknown", set())


@pytest.mark.parametrize(("nav", "head"), [
    # A bare "Next »" in a <nav> may lead to the blog's next post.
    ("<nav><a rel='next' href='https://example.com/portugal/'>Next »</a></nav>", ""),
    # "Continue" to another article, and to a numbered page of no known article.
    ("<p><a href='https://example.com/portugal/'>Continue</a></p>",
     "<link rel='canonical' href='https://example.com/spain/'>"),
    ("<p><a href='/portugal/2/'>Continue</a></p>", "<link rel='canonical' href='https://example.com/spain/'>"),
    ("<p><a href='https://example.com/spain/2/'>Continue</a></p>", ""),
])
def test_a_next_link_that_may_lead_elsewhere_excuses_nothing(nav: str, head: str) -> None:
    found, told, rules = verdict(page("10 Places to Visit in Spain", entries(range(1, 9)) + nav, head))
    assert (found, told) == (8, "mismatch") and "LS001" in rules


@pytest.mark.parametrize("tail", [
    "",  # no pager at all
    "<p><a href='https://example.com/portugal/'>Continue to our Portugal guide</a></p>",
    "<p>We will add more places on page 2 of our newsletter.</p>",  # a page named in prose, no counter
    "<p>Click next to the map to see opening hours for every place on this list.</p>",
])
def test_a_short_list_without_a_pager_stays_short(tail: str) -> None:
    found, told, rules = verdict(page("10 Places to Visit in Spain", entries(range(1, 9)) + tail))
    assert (found, told) == (8, "mismatch") and "LS001" in rules


def test_a_news_story_with_a_page_counter_is_no_list() -> None:
    # A guard: a news headline's number promises nothing, paged or not.
    body = "".join(f"<p>{BODY} {BODY}</p>" for _ in range(4)) + "<p>Page 2 of 3</p>"
    result = audited("3 Dead in Madrid Apartment Fire", body)
    assert result.document is not None and result.document.listicle is not None
    assert result.document.listicle.verdict == "not-a-listicle"
    assert not {f.rule for f in result.findings} & {"LS001", "LS002"}


# ---------------------------------------------------------------- one part of a list run over several articles

def _countdown(high: int, low: int) -> str:
    return "".join(f"<h2>{k}. Album number {k}</h2><p>{BODY}</p>" for k in range(high, low - 1, -1))


# Music and film rankings run over several days or articles, the headline naming the part
# (Pitchfork's, Rolling Stone's and The Guardian's year-end countdowns). Fails on b624c1d.
@pytest.mark.parametrize(("headline", "high", "low"), [
    ("The 50 Best Albums of 2024: 50-26", 50, 26),
    ("The 50 Best Albums of 2024 (Nos. 25-1)", 25, 1),
    ("The 50 Best Albums of 2024: Nos. 26-50", 50, 26),
    ("The 50 Best Albums of 2024, Part 1", 50, 26),
    ("The 100 Best Films of the Decade: Part Two", 75, 51),
])
def test_a_headline_naming_one_part_of_the_list(headline: str, high: int, low: int) -> None:
    found, told, rules = verdict(page(headline, _countdown(high, low)))
    assert (found, told) == (high - low + 1, "unknown") and not rules & {"LS001", "LS003"}


@pytest.mark.parametrize("headline", [
    "The 10 Best Places to Visit With Kids, 8-10",  # an age range, not the list's own numbers
    "The 10 Best Albums of the Year: 1-10",  # the whole list
    "10 Ways to Be Part of the Team",
])
def test_a_range_or_part_that_is_not_a_part_of_the_list_excuses_nothing(headline: str) -> None:
    found, told, rules = verdict(page(headline, entries(range(1, 9))))
    assert (found, told) == (8, "mismatch") and "LS001" in rules


# ---------------------------------------------------------------- a bonus past the promise

@pytest.mark.parametrize("title", ["Bonus: {}", "Bonus pick: {}", "Extra: {}", "Honorable mention: {}"])
def test_a_numbered_bonus_entry_after_the_promised_ten(title: str) -> None:
    # "11. Bonus: …" after ten numbered entries under "Top 10 …" (an editor's extra, numbered on
    # as the Markdown/Gutenberg list numbers on). Fails on b624c1d (11 found, LS001).
    body = entries(range(1, 11)) + f"<h2>11. {title.format(PLACES[10])}</h2><p>{BODY}</p>"
    found, told, rules = verdict(page("Top 10 Places to Visit in Spain", body))
    assert (found, told, rules) == (10, "kept", set())


@pytest.mark.parametrize(("last", "found"), [("<strong>Bonus tip:</strong> ", 10), ("<strong>Bring a list.</strong> ", 11)])
def test_an_ordered_list_with_a_bonus_entry_at_its_end(last: str, found: int) -> None:
    # WordPress's list block (block-library/src/list/save.js) numbers a bonus on as "11.":
    # "Bonus tip:" is the editor's extra (fails on b624c1d), an eleventh tip is one too many.
    tips = "".join(f"<li><strong>{t}.</strong> {BODY}</li>" for t in TIPS) + f"<li>{last}{BODY}</li>"
    got, told, rules = verdict(page("10 Tips to Save on Groceries", f"<ol>{tips}</ol>"))
    assert (got, told) == (found, "kept" if found == 10 else "mismatch") and ("LS001" in rules) == (found == 11)


def test_a_countdown_opening_on_its_honorable_mentions() -> None:
    # "12. … (Honorable Mention)", "11. … (Honorable Mention)", then 10 down to 1: a year-end
    # countdown's usual opening. Fails on b624c1d (12 found, LS001).
    mentions = "".join(f"<h2>{k}. {PLACES[k - 1]} (Honorable Mention)</h2><p>{BODY}</p>" for k in (12, 11))
    found, told, rules = verdict(page("Top 10 Places to Visit in Spain", mentions + entries(range(10, 0, -1))))
    assert (found, told, rules) == (10, "kept", set())


def test_an_eleventh_entry_marked_as_a_bonus_at_its_end() -> None:
    body = entries(range(1, 11)) + f"<h2>11. {PLACES[10]} (bonus)</h2><p>{BODY}</p>"
    assert verdict(page("Top 10 Places to Visit in Spain", body)) == (10, "kept", set())


def test_an_eleventh_entry_named_like_a_label_is_one_too_many() -> None:
    # A guard: "11. Extra Virgin Olive Oil Museum" is an entry, not a bonus label.
    body = entries(range(1, 11)) + f"<h2>11. Extra Virgin Olive Oil Museum</h2><p>{BODY}</p>"
    found, told, rules = verdict(page("Top 10 Places to Visit in Spain", body))
    assert (found, told) == (11, "mismatch") and "LS001" in rules


@pytest.mark.parametrize("headline", ["10 (+1) Places to Visit in Spain", "Top 10 Places to Visit in Spain (+1 Bonus)",
                                      "10 Places to Visit in Spain (Plus a Bonus)"])
def test_a_bonus_in_the_headlines_count(headline: str) -> None:
    # Fails on b624c1d: "10 (+1)" read no count; "(+1 Bonus)" read exactly 10 against 11.
    found, told, rules = verdict(page(headline, entries(range(1, 12))))
    assert (found, told, rules) == (11, "kept", set())


def test_a_bonus_in_the_headline_does_not_excuse_a_shortfall() -> None:
    found, told, rules = verdict(page("10 (+1) Places to Visit in Spain", entries(range(1, 9))))
    assert (found, told) == (8, "mismatch") and "LS001" in rules


def test_a_number_in_brackets_is_no_bonus() -> None:
    from auditor.structure.numbers import headline_number

    assert headline_number("10 Places to Visit in Spain (2024)", "en") == (10, False)
    assert headline_number("Storm kills 10 (+2 missing)", "en") == (None, False)


# ---------------------------------------------------------------- guards read right on b624c1d

def _caption(k: int) -> str:
    return f"{k}. {PLACES[k - 1]} — {BODY[:80]}"


# Gutenberg's gallery block since WordPress 5.9 (block-library/src/gallery/save.js: nested
# image blocks, each <figcaption class="wp-element-caption">); the classic [gallery] shortcode
# with HTML5 support (wp-includes/media.php gallery_shortcode(): <figure class="gallery-item">
# with <figcaption class="wp-caption-text gallery-caption">); Jetpack's tiled gallery
# (modules/tiled-gallery: <div class="tiled-gallery-caption">).
GALLERIES = {
    "gutenberg": ('<figure class="wp-block-gallery has-nested-images columns-default is-cropped">{}</figure>',
                  '<figure class="wp-block-image size-large"><img src="/i/{k}.jpg" alt="{name}">'
                  '<figcaption class="wp-element-caption">{cap}</figcaption></figure>'),
    "shortcode": ('<div id="gallery-1" class="gallery galleryid-5 gallery-columns-3">{}</div>',
                  '<figure class="gallery-item"><div class="gallery-icon landscape"><a href="/i/{k}">'
                  '<img src="/i/{k}.jpg" alt="{name}"></a></div><figcaption class="wp-caption-text gallery-caption">'
                  '{cap}</figcaption></figure>'),
    "jetpack": ('<div class="tiled-gallery type-rectangular"><div class="gallery-row">{}</div></div>',
                '<div class="gallery-group images-1"><div class="tiled-gallery-item tiled-gallery-item-large">'
                '<a href="/i/{k}"><img src="/i/{k}.jpg" alt="{name}"></a><div class="tiled-gallery-caption">{cap}</div>'
                '</div></div>'),
}


@pytest.mark.parametrize("kind", sorted(GALLERIES))
@pytest.mark.parametrize("count", [10, 8])
def test_entries_as_captioned_pictures(kind: str, count: int) -> None:
    outer, one = GALLERIES[kind]
    body = outer.format("".join(one.format(k=k, name=PLACES[k - 1], cap=_caption(k)) for k in range(1, count + 1)))
    found, told, rules = verdict(page("10 Places to Visit in Spain", body))
    assert (found, told) == (count, "kept" if count == 10 else "mismatch")
    assert ("LS001" in rules) == (count == 8)


def test_a_news_photo_gallery_is_no_list() -> None:
    gallery = GALLERIES["gutenberg"]
    body = gallery[0].format("".join(
        f'<figure class="wp-block-image"><img src="/i/{k}.jpg" alt="Flooded street">'
        f'<figcaption>Photo {k}: {BODY[:60]}</figcaption></figure>' for k in range(1, 11)))
    result = audited("Storm Hits Spain's Coast, 10 Dead", body)
    assert result.document is not None and result.document.listicle is not None
    assert result.document.listicle.verdict == "not-a-listicle"


TIPS = ["Plan meals", "Buy in bulk", "Shop late", "Use coupons", "Cook at home", "Skip snacks", "Freeze bread",
        "Grow herbs", "Batch cook", "Check prices"]
SUBS = ["Why it works", "How to start", "What to avoid"]


@pytest.mark.parametrize("numbered", [True, False])
def test_entries_with_sub_sections_count_by_their_own_headings(numbered: bool) -> None:
    # Ten <h2> entries, each with two or three <h3> sub-points (Yoast's and most style guides'
    # heading outline): ten entries, not the 25 sub-points.
    body = "".join(f"<h2>{f'{k}. ' if numbered else ''}{TIPS[k - 1]}</h2><p>{BODY}</p>"
                   + "".join(f"<h3>{s}</h3><p>{BODY}</p>" for s in SUBS[:2 + k % 2]) for k in range(1, 11))
    found, told, rules = verdict(page("10 Tips to Save on Groceries", body))
    assert (found, told, rules) == (10, "kept", set())


def test_entries_as_h3_under_one_h2_among_other_sections() -> None:
    # A buying guide: "How we chose", then one <h2> over the ten picks as <h3>s, then more <h2>s.
    other = "".join(f"<h2>{t}</h2><p>{BODY}</p>" for t in ("When to go", "Getting around", "Where to stay"))
    body = (f"<h2>How we chose</h2><p>{BODY}</p><h2>Our 10 picks</h2>"
            + "".join(f"<h3>{PLACES[k - 1]}</h3><p>{BODY}</p>" for k in range(1, 11)) + other)
    found, told, rules = verdict(page("The 10 Best Places to Visit in Spain", body))
    assert (found, told, rules) == (10, "kept", set())


@pytest.mark.parametrize("form", ["{k}. {name}", "No. {k}: {name}", "#{k} {name}"])
def test_a_countdown_from_ten_to_one(form: str) -> None:
    body = "".join(f"<h2>{form.format(k=k, name=PLACES[k - 1])}</h2><p>{BODY}</p>" for k in range(10, 0, -1))
    found, told, rules = verdict(page("10 Places to Visit in Spain", body))
    assert (found, told, rules) == (10, "kept", set())


def test_a_typo_in_the_numbering_keeps_the_count_and_tells_the_gap() -> None:
    found, told, rules = verdict(page("10 Places to Visit in Spain", entries([1, 2, 3, 4, 5, 6, 7, 8, 9, 11])))
    assert (found, told) == (10, "kept") and rules == {"LS003"}


def test_a_repeated_number_keeps_the_count_and_tells_the_repeat() -> None:
    body = "".join(f"<h2>{k}. {PLACES[j]}</h2><p>{BODY}</p>" for j, k in enumerate([1, 2, 3, 4, 5, 5, 6, 7, 8, 9]))
    result = page("10 Places to Visit in Spain", body)
    found, told, _ = verdict(result)
    assert (found, told) == (10, "kept") and "LS004" in {f.rule for f in result.findings}


@pytest.mark.parametrize("numbered", [True, False])
def test_a_pinterest_style_list_of_pictures_under_bold_titles(numbered: bool) -> None:
    # A food/craft blog's pin-friendly list: a bold title line, a tall picture, a paragraph
    # (Tasty Pins' and Pinterest's own "how to make your post pinnable" advice).
    body = "".join(f"<p><strong>{f'{k}. ' if numbered else ''}{PLACES[k - 1]}</strong></p>"
                   f"<p><img src='/i/{k}.jpg' alt='{PLACES[k - 1]} at dusk'></p><p>{BODY}</p>" for k in range(1, 11))
    assert verdict(page("10 Places to Visit in Spain", body)) == (10, "kept", set())
