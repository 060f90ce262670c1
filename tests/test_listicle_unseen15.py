"""Leftovers of round 15's list readers (lists30). Each case fails on bced4b8 unless it says
it is a guard. Small articles read end to end through ``audit``.

1. A paged listicle whose pager says only "Next »" / "›" and is dropped from the body as
   navigation: its kept link address tells a page of this article from the blog's next post;
   and a pager the template sets after the <article>, outside it.
2. Capital letters as markers ("A. Amsterdam", "B. Berlin"), only in a document whose titles
   of one kind run from "A." on once: an FAQ's "Q."/"A." and a quiz's options do not.
3. The "Five more" / "The other five" / "6 to 10" continuation labels, and the bonus and
   honourable-mention titles past a promise, in the languages of the extras labels.
4. Google Docs' numbered titles (one-item ``<ol class="lst-kix_…" start="N">`` each) pasted
   into a slideshow's slides (``<ul><li class="slide">``), and two such titles under "The two…".
5. A comparison chart with the products across its header row and the features down its first
   column: the products are the entries, never the features.
6. A picture entry's caption that opens with a name set off by a colon or a dash titles the
   entry with that name, not the whole caption; the count is unchanged.
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


def outside(pager: str, canonical: str = "https://example.com/best-walks/") -> tuple[int, str, set[str]]:
    """``paged`` with ``pager`` set after the <article>, in the site's template."""
    from auditor.api import audit
    from test_listicle_languages import DEFAULT

    html = (f"<html lang=en><head><title>t</title><link rel='canonical' href='{canonical}'></head><body>"
            f"<header><nav><a href='/'>Home</a></nav></header><main><article><h1>The 25 best walks in Wales</h1>"
            f"<p>{BODY}</p>{numbered(1, 5)}</article>{pager}</main><footer><p>About us</p></footer></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.document is not None and result.document.listicle is not None
    lst = result.document.listicle
    return lst.found, lst.verdict, {f.rule for f in result.findings if f.rule.startswith("LS")}


# The pager a theme prints after the entry, outside its <article> (themes calling wp_link_pages()
# after the entry's content box, "page-links"; a slideshow template's "Next »" under the slides).
@pytest.mark.parametrize("pager", [
    '<div class="pagination"><a href="/best-walks/2/">Next page »</a></div>',
    '<nav class="pagination"><a href="/best-walks/2/">Next »</a></nav>',
    '<div class="page-links">Pages: <span>1</span> <a href="/best-walks/2/">2</a> <a href="/best-walks/3/">3</a></div>',
    '<div class="wrap"><div class="slideshow-nav"><a href="/best-walks/slide/6">Next »</a></div></div>',
])
def test_a_pager_after_the_article_tells_it_goes_on(pager: str) -> None:
    assert outside(pager) == (5, "unknown", set())


# Guards: the comments' pager and the blog's post navigation after the article.
@pytest.mark.parametrize("pager", [
    '<nav class="comments-pagination"><a href="/best-walks/comment-page-2/">Next »</a> 1 2 3</nav>',
    '<nav class="navigation post-navigation"><div class="nav-links"><a href="/best-walks-2/">Next page »</a></div></nav>',
    '<div class="pagination"><a href="/walks-in-scotland/">Next »</a></div>',
])
def test_guard_a_comments_pager_or_post_navigation_after_the_article(pager: str) -> None:
    found, verdict, rules = outside(pager)
    assert (found, verdict) == (5, "mismatch") and "LS001" in rules


# The pager's and the editor's words in the languages of the page counters (WordPress's
# translated "Next page" of wp_link_pages(): "Page suivante", "Página siguiente", "Nästa sida"…;
# a newspaper's "Fortsetzung auf der nächsten Seite" line), the pager dropped as navigation.
@pytest.mark.parametrize("tail", [
    '<nav class="pagination"><a href="/best-walks/2/">Page suivante</a></nav>',
    '<nav class="pagination"><a href="/best-walks/2/">Página siguiente</a></nav>',
    '<nav class="pagination"><a href="/best-walks/2/">Nästa sida</a></nav>',
    '<nav class="pagination"><a href="/best-walks/2/">Volgende pagina</a></nav>',
    "<p>Fortsetzung auf der nächsten Seite</p>",
    "<p>(Continúa en la página siguiente)</p>",
    "<p>Sida 1 av 5</p>",
])
def test_pager_words_in_other_languages_tell_it_goes_on(tail: str) -> None:
    assert paged(numbered(1, 5) + tail, "") == (5, "unknown", set())


# ---------------------------------------------------------------- 2. letters as markers

# Alphabetised guides and outlines letter their entries (newspapers' "A to Z of …" guides set
# "A. Amsterdam" as the heading or the bold lead; Word's and Google Docs' outline numbering
# "A. / B. / C." in pasted reports). Their count was right as unnumbered entries already; read
# as markers, a numbered run under them (each city's numbered sights) no longer wins, a
# run-in letter lead is read as a numbered one is, and the titles lose the letter.
LETTERS = "ABCDEFGHIJ"


def lettered(k: int, tag: str = "h2") -> str:
    return f"<{tag}>{LETTERS[k]}. {NAMES[k]} city</{tag}>{P}"


def test_lettered_sections_over_numbered_sights_are_the_entries() -> None:
    body = "".join(lettered(k) + "".join(f"<h3>{2 * k + j + 1}. {NAMES[j]} square</h3>{P}" for j in range(2))
                   for k in range(6))
    doc = doc_of("6 best cities in Europe", body)
    assert doc.listicle is not None and (doc.listicle.found, doc.listicle.verdict) == (6, "kept")
    assert [i.title for i in doc.items][:2] == ["Alpha city", "Bravo city"]


def test_lettered_run_in_leads_are_entries() -> None:
    body = "".join(f"<p>{LETTERS[k]}. {NAMES[k]} city is worth a trip. {BODY}</p>" for k in range(6))
    assert listicle_facts("6 best cities in Europe", body)[1:3] == (6, "kept")


@pytest.mark.parametrize("tag", ["h2", "h3"])
def test_lettered_headings_are_numbered_entries_in_one_style(tag: str) -> None:
    doc = doc_of("6 best cities in Europe", "".join(lettered(k, tag) for k in range(6)))
    assert [(i.number, i.title) for i in doc.items][:2] == [(1, "Alpha city"), (2, "Bravo city")]
    assert not {f.rule for f in audited("6 best cities in Europe", "".join(lettered(k, tag) for k in range(6))).findings} \
        & {"LS009", "LS010"}


# Guards: an FAQ's "Q." / "A." pairs (WordPress FAQ blocks and newsrooms' Q&A pieces), a quiz's
# options "A." to "D." under each numbered question, a lone "A." line: no letter is a number.
def test_guard_faq_answers_do_not_become_numbers() -> None:
    faq = "".join(f"<p><strong>Q. Is {NAMES[k]} safe?</strong></p><p>A. Yes, it is safe. {BODY}</p>" for k in range(4))
    doc = doc_of("5 best cities in Europe", "".join(f"<h2>{k + 1}. {NAMES[k]} city</h2>{P}" for k in range(5))
                 + "<h2>FAQ</h2>" + faq)
    assert doc.listicle is not None and (doc.listicle.found, doc.listicle.verdict) == (5, "kept")
    assert [i.number for i in doc.items] == [1, 2, 3, 4, 5]


def test_guard_faq_alone_is_no_list() -> None:
    faq = "".join(f"<h3>Q. Is {NAMES[k]} safe?</h3><p>A. Yes, it is safe. {BODY}</p>" for k in range(4))
    assert doc_of("Travel advice for Europe", faq).items == ()


def test_guard_quiz_options_are_no_entries() -> None:
    quiz = "".join(f"<h2>{q + 1}. Which city is {NAMES[q]}?</h2>"
                   + "".join(f"<p>{LETTERS[k]}. {NAMES[k]} city</p>" for k in range(4)) for q in range(5))
    promised, found, verdict, _ = listicle_facts("5 questions about European cities", quiz)
    assert (found, verdict) == (5, "kept")


def test_guard_letters_out_of_order_stay_titles() -> None:
    doc = doc_of("Cities in Europe", "".join(f"<h2>{c}. {n} city</h2>{P}" for c, n in zip("AXQ", NAMES)))
    assert all(i.number is None for i in doc.items)


# ---------------------------------------------------------------- 3. continuation labels in other languages

# The newspapers' "best of" shape of test_listicle_unseen14 (a ranked top five, then a label
# over five more entries) in the languages auditor reads extras labels in: Der Spiegel's and
# Le Monde's, El País's, Corriere's "I migliori…" pieces run the same way.
CONTINUED = [
    ("de", "Die 10 besten Wanderungen in Wales", ["Fünf weitere", "Noch fünf", "Die anderen fünf", "Plätze 6 bis 10"]),
    ("fr", "Les 10 meilleures randonnées du pays de Galles", ["Cinq de plus", "Les cinq autres", "De 6 à 10"]),
    ("es", "Las 10 mejores rutas de Gales", ["Cinco más", "Los otros cinco", "Del 6 al 10"]),
    ("it", "Le 10 migliori escursioni in Galles", ["Altri cinque", "Gli altri cinque"]),
    ("pt", "As 10 melhores trilhas do País de Gales", ["Mais cinco", "Os outros cinco"]),
    ("nl", "De 10 mooiste wandelingen in Wales", ["Nog vijf", "De andere vijf"]),
    ("sv", "De 10 bästa vandringarna i Wales", ["Fem till", "Ytterligare fem", "De andra fem"]),
    ("pl", "10 najlepszych szlaków w Walii", ["Pięć kolejnych", "Jeszcze pięć", "Pozostałe pięć"]),
]


def top(n: int = 5) -> str:
    return "".join(f"<h2>{k}. {NAMES[k - 1]} Tal</h2>{P}" for k in range(1, n + 1))


def rest(first: int = 6, last: int = 10) -> str:
    return "".join(f"<h2>{NAMES[(k - 1) % 10]} Grat</h2>{P}" for k in range(first, last + 1))


@pytest.mark.parametrize(("lang", "headline", "label"), [(lang, h, label) for lang, h, labels in CONTINUED for label in labels])
def test_continuation_label_in_other_languages(lang: str, headline: str, label: str) -> None:
    promised, found, verdict, rules = listicle_facts(headline, f"{top()}<h2>{label}</h2>{P}{rest()}", lang)
    assert (promised, found, verdict) == (10, 10, "kept")
    assert not rules & {"LS001", "LS010"}


# A bonus entry past the promise, titled so in the page's language: "11. Bônus: …", "11. Zugabe: …",
# "11. Cuenca (Mención de honor)" (as "11. Bonus: …" / "(honorable mention)" in English).
@pytest.mark.parametrize(("lang", "headline", "title"), [
    ("pt", "As 10 melhores trilhas do País de Gales", "Bônus: Lima Grat"),
    ("de", "Die 10 besten Wanderungen in Wales", "Zugabe: Lima Grat"),
    ("es", "Las 10 mejores rutas de Gales", "Lima Grat (mención de honor)"),
    ("it", "Le 10 migliori escursioni in Galles", "Menzione d'onore: Lima Grat"),
])
def test_a_bonus_entry_titled_in_the_pages_language_is_no_entry(lang: str, headline: str, title: str) -> None:
    body = "".join(f"<h2>{k}. {NAMES[k - 1]} Tal</h2>{P}" for k in range(1, 11)) + f"<h2>11. {title}</h2>{P}"
    assert listicle_facts(headline, body, lang)[1:3] == (10, "kept")


# Guards: a label that is no count ("Weitere Artikel", "Noch mehr"), a count that is not what is
# left, and a section after the list with a number in it: the shortfall stays.
@pytest.mark.parametrize("label", ["Weitere Artikel", "Noch mehr", "Drei weitere", "Die anderen"])
def test_guard_other_german_labels_leave_the_shortfall(label: str) -> None:
    verdict = listicle_facts("Die 10 besten Wanderungen in Wales", f"{top()}<h2>{label}</h2>{P}{rest()}", "de")[2]
    assert verdict == "mismatch"


def test_guard_once_more_is_no_eleven() -> None:
    from auditor.structure.continued import _label_count

    assert _label_count("Once more") is None and _label_count("Once más") is None


# ---------------------------------------------------------------- 4. Google Docs titles in slides

# Google Docs' "Download as web page" numbers each title as a one-item list going on with the
# count (`<ol class="lst-kix_list_1-0" start="2"><li class="c2 li-bullet-0"><span class="c5">`);
# pasted into a CMS slideshow whose template sets each slide as `<li class="slide">` of a `<ul>`
# (Meredith's and Gallery plugins' slide lists), every title sits one list deep.
def gdocs_title(n: int, title: str) -> str:
    start = " start" if n == 1 else ""
    return (f'<ol class="lst-kix_list_1-0{start}" start="{n}"><li class="c2 li-bullet-0">'
            f'<span class="c5">{title}</span></li></ol>')


def slides(count: int, inner: str = "") -> str:
    return '<ul class="slides">' + "".join(
        f'<li class="slide">{gdocs_title(n, f"{NAMES[n - 1]} pumpkin centerpiece")}{inner}{P}</li>'
        for n in range(1, count + 1)) + "</ul>"


@pytest.mark.parametrize("headline", ["Fall Centerpiece Ideas for Your Table", "6 Fall Centerpiece Ideas"])
def test_gdocs_titles_in_slides_are_the_entries(headline: str) -> None:
    promised, found, verdict, rules = listicle_facts(headline, slides(6))
    assert found == 6 and verdict in ("kept", "not-a-listicle")
    assert not rules & {"LS001", "LS002"}


def test_gdocs_titles_top_level_not_counted_twice() -> None:
    body = "".join(f'{gdocs_title(n, f"{NAMES[n - 1]} pumpkin centerpiece")}{P}'
                   + ("<h2>Video: pumpkins</h2>" if n == 2 else "") for n in range(1, 7))
    assert listicle_facts("Fall Centerpiece Ideas for Your Table", body)[1] == 6


def test_two_gdocs_titles_under_the_two() -> None:
    body = "".join(f'{gdocs_title(n, t)}{P}' for n, t in enumerate(["Masks in shops", "Border closures"], 1))
    assert listicle_facts("The two measures that could never work in the US", body)[1:3] == (2, "kept")


# Guards: a slide holding a numbered list of steps, a nested list under a worded entry, two
# one-item lists that are sentences (a story's steps): none is lifted or counted.
def test_guard_steps_inside_slides_stay_steps() -> None:
    steps = "<ol>" + "".join(f"<li>Cut the {NAMES[k]} stems short</li>" for k in range(3)) + "</ol>"
    body = '<ul class="slides">' + "".join(f'<li class="slide"><h2>{NAMES[n]} centerpiece</h2>{steps}{P}</li>'
                                            for n in range(6)) + "</ul>"
    assert listicle_facts("6 Fall Centerpiece Ideas", body)[1:3] == (6, "kept")


@pytest.mark.parametrize("heading", ["", "<h2>Video: pumpkins</h2>"])
def test_guard_restarting_one_item_lists_in_slides_stay_the_slides_own(heading: str) -> None:
    # Each slide's entry in an <ol> of its own restarting at 1 (a rich-text field per slide):
    # not lifted as a chain, which a heading between slides would cut short.
    body = '<ul class="slides">' + "".join(
        f'<li class="slide"><ol><li><p><strong>{NAMES[n]} pumpkin centerpiece</strong></p><p>{BODY}</p></li></ol></li>'
        + ("</ul>" + heading + '<ul class="slides">' if n == 2 else "") for n in range(10)) + "</ul>"
    assert listicle_facts("Fall Centerpiece Ideas for Your Table", body)[1] == 10


def test_guard_a_list_under_a_worded_entry_is_not_lifted() -> None:
    body = "<ul>" + "".join(f"<li>{NAMES[n]} walks<ol><li>Start at the car park</li></ol>{P}</li>" for n in range(4)) + "</ul>"
    doc = doc_of("Walks in Wales", body)
    assert "Start at the car park" not in [i.title for i in doc.items]


def test_guard_two_sentences_in_lists_are_no_entries() -> None:
    body = "".join(f"<ol start={n}><li>Call the police on the number given.</li></ol>{P}" for n in (1, 2))
    assert listicle_facts("The two things to do after a break-in", body)[1] != 2


# ---------------------------------------------------------------- 5. products as columns

# Review sites' "specs compared" charts (the WordPress table block or TablePress with the
# products as the header row: "| Sony | Bose | Apple |" over "Price | $299 | …"), one feature
# a row, its unit alike across the row.
PRODUCTS = ["Sony WF-1000XM5", "Bose QuietComfort", "Apple AirPods Pro", "Samsung Galaxy Buds", "Jabra Elite 8"]
SPECS = [("Price", "${}", [299, 279, 249, 229, 199]), ("Battery life", "{} hours", [8, 6, 6, 5, 8]),
         ("Weight", "{} g", [5.9, 6.2, 5.3, 5.5, 5.4]), ("Driver size", "{} mm", [8.4, 9.3, 11, 10, 6]),
         ("Charging case", "{} hours", [24, 18, 30, 20, 28])]


def matrix(corner: str = "", features: int = 5, products: int = 5) -> str:
    head = f"<tr><th>{corner}</th>" + "".join(f"<th>{p}</th>" for p in PRODUCTS[:products]) + "</tr>"
    rows = "".join(f"<tr><td>{r}</td>" + "".join(f"<td>{fmt.format(v)}</td>" for v in vals[:products]) + "</tr>"
                   for r, fmt, vals in SPECS[:features])
    return f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>"


@pytest.mark.parametrize("corner", ["", "Feature", "Specs"])
def test_a_products_across_matrix_names_the_products(corner: str) -> None:
    doc = doc_of("The 5 best wireless earbuds", f"{P}{matrix(corner)}{P}")
    assert doc.listicle is not None and doc.listicle.found == 5
    assert [i.title for i in doc.items] == PRODUCTS


def test_a_matrix_of_five_features_and_four_products_counts_no_features() -> None:
    doc = doc_of("The 5 best wireless earbuds", f"{P}{matrix(features=5, products=4)}{P}")
    assert "Price" not in [i.title for i in doc.items]


# Guards: the usual chart, a product a row (its units alike down each column), still names the
# products; a table of bare scores is read by its rows as written.
def test_guard_a_product_a_row_chart_names_the_products() -> None:
    head = "<tr><th>Model</th>" + "".join(f"<th>{r}</th>" for r, _, _ in SPECS[:4]) + "</tr>"
    rows = "".join(f"<tr><td>{p}</td>" + "".join(f"<td>{fmt.format(vals[k])}</td>" for _, fmt, vals in SPECS[:4]) + "</tr>"
                   for k, p in enumerate(PRODUCTS))
    doc = doc_of("The 5 best wireless earbuds", f"{P}<table><thead>{head}</thead><tbody>{rows}</tbody></table>{P}")
    assert [i.title for i in doc.items] == PRODUCTS


def test_guard_a_table_of_bare_scores_is_read_by_rows() -> None:
    head = "<tr><th>Model</th><th>Sound</th><th>Comfort</th><th>Value</th></tr>"
    rows = "".join(f"<tr><td>{p}</td><td>9</td><td>8</td><td>7</td></tr>" for p in PRODUCTS)
    doc = doc_of("The 5 best wireless earbuds", f"{P}<table><thead>{head}</thead><tbody>{rows}</tbody></table>{P}")
    assert [i.title for i in doc.items] == PRODUCTS


# ---------------------------------------------------------------- 6. a caption's name as the title

# The WordPress image block's caption (`<figure class="wp-block-image"><img><figcaption
# class="wp-element-caption">`) written as shop and gift guides write it: the product's name,
# a colon or a dash, what it does; the entry's text in a paragraph after the picture.
def captioned(captions: list[str]) -> str:
    return "".join(f'<figure class="wp-block-image"><img src="/i{k}.jpg" alt="Picture {k}">'
                   f'<figcaption class="wp-element-caption">{c}</figcaption></figure><p>{BODY}</p>'
                   for k, c in enumerate(captions))


@pytest.mark.parametrize("cut", [": ", " – ", " — "])
def test_a_captions_leading_name_titles_the_entry(cut: str) -> None:
    caps = [f"{NAMES[k]} Mug {k + 2}{cut}keeps coffee hot for hours" for k in range(5)]
    doc = doc_of("5 gifts for coffee lovers", captioned(caps))
    assert doc.listicle is not None and (doc.listicle.found, doc.listicle.verdict) == (5, "kept")
    assert [i.title for i in doc.items][:2] == ["Alpha Mug 2", "Bravo Mug 3"]


# Guards: a caption with no name cut off keeps its words; a sentence before a dash is no name.
def test_guard_a_caption_without_a_name_part_stays_whole() -> None:
    caps = [f"{NAMES[k]} Mug {k + 2}, $129" for k in range(5)]
    doc = doc_of("5 gifts for coffee lovers", captioned(caps))
    assert [i.title for i in doc.items][:1] == ["Alpha Mug 2, $129"]


def test_guard_a_sentence_before_a_dash_is_no_name() -> None:
    from auditor.structure.entries import _caption_name

    assert _caption_name("The view from the top of the hill – where we stopped for lunch") == ""
    assert _caption_name("Photo: Getty Images over the harbour at dawn") == ""
    assert _caption_name("Moon Decals: glow-in-the-dark stars for a ceiling") == "Moon Decals"
