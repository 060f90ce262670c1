"""Listicle entries set in page builders' and block plugins' widgets that show one entry at a
time (round 14): an accordion's header in a ``<button>`` (dropped with the page's controls),
a FAQ block's question in a ``<strong>`` or ``<span>`` (short ones dropped by the loose-text
rule: a "5 Questions" page counted 4 or none), a tab's title set over its panel. Each case
fails on e236d42 unless it says it is a guard. Small articles read end to end through
``audit``; each widget's markup is its plugin's default output (save.js / render PHP), cited
beside it, with the entries' own text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from test_listicle_languages import BODY, assert_no_list_told_missing, audited, listicle_facts, doc_of as doc

QUESTIONS = ("What is it?", "Is it safe?", "Who can apply?", "How much does the whole course cost?",
             "When does it start?")
TITLES = ("Plan your meals", "Buy in bulk", "Shop the sales", "Cook at home", "Pack a lunch")


def answer(title: str) -> str:
    return f"We looked into it closely. {BODY} That covers {title.rstrip('?¿').lower()}."


# ---------------------------------------------------------------- the widgets' markup

# Yoast SEO's FAQ block (wordpress-seo, js/src/structured-data-blocks/faq/components/Question.js,
# save: `<div class="schema-faq-section" id="faq-question-…"><strong class="schema-faq-question">…
# </strong> <p class="schema-faq-answer">…</p> </div>` inside `<div class="schema-faq
# wp-block-yoast-faq-block">`).
def yoast(titles: tuple[str, ...]) -> str:
    return '<div class="schema-faq wp-block-yoast-faq-block">' + "".join(
        f'<div class="schema-faq-section" id="faq-question-16{n}"><strong class="schema-faq-question">{t}</strong> '
        f'<p class="schema-faq-answer">{answer(t)}</p> </div>' for n, t in enumerate(titles)) + "</div>"


# Kadence Blocks' accordion (kadence-blocks, src/blocks/pane/save.js: the header wrap, by
# default a `<div>`, holds a `<button class="kt-blocks-accordion-header">` with the title in
# `<span class="kt-blocks-accordion-title">` and an icon; the panel follows it).
def kadence(titles: tuple[str, ...]) -> str:
    panes = "".join(
        f'<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-{n} kt-pane_7c1{n}">'
        f'<div class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header '
        f'kt-acccordion-button-label-show" type="button"><span class="kt-blocks-accordion-title-wrap">'
        f'<span class="kt-blocks-accordion-title">{t}</span></span><span class="kt-blocks-accordion-icon-trigger">'
        f'</span></button></div><div class="kt-accordion-panel kt-accordion-panel-hidden"><div '
        f'class="kt-accordion-panel-inner"><p>{answer(t)}</p></div></div></div>' for n, t in enumerate(titles, 1))
    return ('<div class="wp-block-kadence-accordion alignnone"><div class="kt-accordion-wrap kt-accordion-id_7c1 '
            'kt-accordion-block"><div class="kt-accordion-inner-wrap" data-allow-multiple-open="false" '
            f'data-start-open="none">{panes}</div></div></div>')


# Spectra's (Ultimate Addons for Gutenberg) FAQ block (src/blocks/faq-child: the question in
# `<span class="uagb-question">` beside its icons in `<div class="uagb-faq-questions-button">`,
# the answer in `<div class="uagb-faq-content">`).
def spectra(titles: tuple[str, ...]) -> str:
    return ('<div class="wp-block-uagb-faq uagb-faq__outer-wrap uagb-block-3a2b uagb-faq-layout-accordion" '
            'data-faqtoggle="true" role="tablist">' + "".join(
                f'<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap uagb-faq-item uagb-block-9f{n}" '
                f'role="tab" tabindex="0"><div class="uagb-faq-questions-button uagb-faq-questions"><span '
                f'class="uagb-icon uagb-faq-icon-wrap"><svg viewBox="0 0 1 1"></svg></span><span '
                f'class="uagb-question">{t}</span></div><div class="uagb-faq-content"><p>{answer(t)}</p></div></div>'
                for n, t in enumerate(titles)) + "</div>")


# GenerateBlocks' accordion (generateblocks 1.9, the accordion variant of its container and
# button blocks: `<button class="gb-accordion__toggle" aria-expanded aria-controls>` over
# `<div class="gb-accordion__content" id>`).
def generateblocks(titles: tuple[str, ...]) -> str:
    return '<div class="gb-accordion">' + "".join(
        f'<div class="gb-accordion__item"><button class="gb-accordion__toggle gb-button gb-button-2f{n}" '
        f'aria-expanded="false" aria-controls="gb-accordion-content-2f{n}"><span class="gb-button-text">{t}</span>'
        f'<span class="gb-icon gb-accordion__toggle-icon"><svg viewBox="0 0 1 1"></svg></span></button>'
        f'<div class="gb-accordion__content gb-container" id="gb-accordion-content-2f{n}"><p>{answer(t)}</p></div>'
        f"</div>" for n, t in enumerate(titles)) + "</div>"


# Elementor's accordion and toggle widgets (elementor, includes/widgets/accordion.php and
# toggle.php render(): `<div class="elementor-tab-title" role="tab" aria-controls>` holding the
# icons and `<a class="elementor-accordion-title">`, over `<div class="elementor-tab-content"
# role="tabpanel">`).
def elementor(kind: str) -> Callable[[tuple[str, ...]], str]:
    def build(titles: tuple[str, ...]) -> str:
        items = "".join(
            f'<div class="elementor-{kind}-item"><div id="elementor-tab-title-18{n}" class="elementor-tab-title" '
            f'data-tab="{n}" role="tab" aria-controls="elementor-tab-content-18{n}" aria-expanded="false">'
            f'<span class="elementor-{kind}-icon elementor-{kind}-icon-left" aria-hidden="true"><span '
            f'class="elementor-{kind}-icon-closed"><i class="fas fa-plus"></i></span></span>'
            f'<a class="elementor-{kind}-title" tabindex="0">{t}</a></div><div id="elementor-tab-content-18{n}" '
            f'class="elementor-tab-content elementor-clearfix" data-tab="{n}" role="tabpanel" '
            f'aria-labelledby="elementor-tab-title-18{n}"><p>{answer(t)}</p></div></div>'
            for n, t in enumerate(titles, 1))
        return (f'<div class="elementor-element elementor-widget elementor-widget-{kind}" '
                f'data-widget_type="{kind}.default"><div class="elementor-widget-container">'
                f'<div class="elementor-{kind}" role="tablist">{items}</div></div></div>')
    return build


# Elementor's tabs widget (includes/widgets/tabs.php render(): the titles for wide screens in
# `<div class="elementor-tabs-wrapper" role="tablist">`, then each panel with its title again
# for small screens, `elementor-tab-mobile-title`, the panels `hidden` until a tab opens them).
def elementor_tabs(titles: tuple[str, ...]) -> str:
    wide = "".join(f'<div id="elementor-tab-title-34{n}" class="elementor-tab-title elementor-tab-desktop-title" '
                   f'data-tab="{n}" role="tab" tabindex="0" aria-controls="elementor-tab-content-34{n}">{t}</div>'
                   for n, t in enumerate(titles, 1))
    panels = "".join(
        f'<div class="elementor-tab-title elementor-tab-mobile-title" data-tab="{n}" role="tab" tabindex="-1" '
        f'aria-controls="elementor-tab-content-34{n}">{t}</div><div id="elementor-tab-content-34{n}" '
        f'class="elementor-tab-content elementor-clearfix" data-tab="{n}" role="tabpanel" '
        f'aria-labelledby="elementor-tab-title-34{n}" tabindex="0" hidden="hidden"><p>{answer(t)}</p></div>'
        for n, t in enumerate(titles, 1))
    return ('<div class="elementor-widget elementor-widget-tabs"><div class="elementor-widget-container">'
            f'<div class="elementor-tabs"><div class="elementor-tabs-wrapper" role="tablist">{wide}</div>'
            f'<div class="elementor-tabs-content-wrapper" role="tablist">{panels}</div></div></div></div>')


WIDGETS = {
    "yoast": yoast, "kadence": kadence, "spectra": spectra, "generateblocks": generateblocks,
    "elementor-accordion": elementor("accordion"), "elementor-toggle": elementor("toggle"),
    "elementor-tabs": elementor_tabs,
}


# ---------------------------------------------------------------- questions and titles as entries

@pytest.mark.parametrize("widget", sorted(WIDGETS))
def test_questions_of_any_length_under_a_count_of_questions(widget: str) -> None:
    # "Is it safe?" (three words) is a question as "How much does the whole course cost?" is.
    document = doc("5 Questions to Ask Before You Enroll", WIDGETS[widget](QUESTIONS))
    assert [item.heading for item in document.items] == list(QUESTIONS)
    assert all(item.words >= 20 for item in document.items)  # each answer is its entry's text
    assert document.listicle is not None and document.listicle.verdict == "kept"


@pytest.mark.parametrize("widget", sorted(set(WIDGETS) - {"spectra", "elementor-tabs"}))
def test_titles_under_a_count(widget: str) -> None:
    # (Spectra's span titles and Elementor's tab titles for small screens were read as a
    # template's title boxes on e236d42 already: guards here.)
    promised, found, verdict, rules = listicle_facts("5 Ways to Save on Groceries", WIDGETS[widget](TITLES))
    assert (promised, found, verdict) == (5, 5, "kept")
    assert not rules & {"LS001", "LS002"}


def test_titles_in_spectra_and_elementor_tabs_stay_read() -> None:
    # A guard: read on e236d42 as a template's title boxes, and still.
    for build in (spectra, elementor_tabs):
        document = doc("5 Ways to Save on Groceries", build(TITLES))
        assert [item.heading for item in document.items] == list(TITLES)


def test_elementor_tab_titles_are_read_once() -> None:
    # A guard (so on e236d42 too): the wide screens' tab list repeats the titles; the entries
    # are the panels', and the tab list's titles are no paragraphs of the text.
    document = doc("5 Ways to Save on Groceries", elementor_tabs(TITLES))
    assert [p.text for p in document.paragraphs].count("Buy in bulk") == 1


def test_a_kadence_header_is_read_as_text() -> None:
    document = doc("5 Ways to Save on Groceries", kadence(TITLES))
    assert "Plan your meals" in [p.text for p in document.paragraphs]


def test_questions_as_entries_in_spanish() -> None:
    asked = ("¿Qué es?", "¿Es seguro?", "¿Quién puede inscribirse?", "¿Cuánto cuesta el curso completo?",
             "¿Cuándo empieza?")
    body = kadence(asked).replace("We looked into it closely.", "Lo hemos estudiado con calma.")
    document = audited("5 preguntas antes de inscribirte", body, "es").document
    assert document is not None
    assert [item.heading for item in document.items] == list(asked)


# ---------------------------------------------------------------- guards: shapes read already

# Divi's toggle and accordion modules (an `<h5 class="et_pb_toggle_title">` over `<div
# class="et_pb_toggle_content">`), WPBakery's tabs-tour-accordion (`<h4 class="vc_tta-panel-title">`
# with a link to its panel) and toggle (`<div class="vc_toggle_title"><h4>`), Bootstrap 5's
# accordion (`<h2 class="accordion-header"><button class="accordion-button">`), Gutenberg's
# Details block and Elementor's nested accordion (`<details class="e-n-accordion-item"><summary
# class="e-n-accordion-item-title">` with the title in a `<div>`): their titles are headings
# or summaries, read on e236d42 and still.
def divi(titles: tuple[str, ...]) -> str:
    return '<div class="et_pb_module et_pb_accordion et_pb_accordion_0">' + "".join(
        f'<div class="et_pb_toggle et_pb_module et_pb_accordion_item et_pb_accordion_item_{n} et_pb_toggle_close">'
        f'<h5 class="et_pb_toggle_title">{t}</h5><div class="et_pb_toggle_content clearfix"><p>{answer(t)}</p></div>'
        f"</div>" for n, t in enumerate(titles)) + "</div>"


def wpbakery(titles: tuple[str, ...]) -> str:
    return ('<div class="vc_tta-container" data-vc-action="collapse"><div class="vc_general vc_tta vc_tta-accordion">'
            '<div class="vc_tta-panels-container"><div class="vc_tta-panels">' + "".join(
                f'<div class="vc_tta-panel" id="1612{n}" data-vc-content=".vc_tta-panel-body"><div '
                f'class="vc_tta-panel-heading"><h4 class="vc_tta-panel-title"><a href="#1612{n}" data-vc-accordion>'
                f'<span class="vc_tta-title-text">{t}</span><i class="vc_tta-controls-icon"></i></a></h4></div>'
                f'<div class="vc_tta-panel-body"><div class="wpb_text_column wpb_content_element"><div '
                f'class="wpb_wrapper"><p>{answer(t)}</p></div></div></div></div>' for n, t in enumerate(titles))
            + "</div></div></div></div>")


def wpbakery_toggle(titles: tuple[str, ...]) -> str:
    return "".join(f'<div class="vc_toggle vc_toggle_default"><div class="vc_toggle_title"><h4>{t}</h4><i '
                   f'class="vc_toggle_icon"></i></div><div class="vc_toggle_content"><p>{answer(t)}</p></div></div>'
                   for t in titles)


def bootstrap(titles: tuple[str, ...]) -> str:
    return '<div class="accordion" id="faq">' + "".join(
        f'<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button collapsed" '
        f'type="button" data-bs-toggle="collapse" data-bs-target="#c{n}" aria-expanded="false" aria-controls="c{n}">'
        f'{t}</button></h2><div id="c{n}" class="accordion-collapse collapse" data-bs-parent="#faq"><div '
        f'class="accordion-body">{answer(t)}</div></div></div>' for n, t in enumerate(titles)) + "</div>"


def elementor_nested(titles: tuple[str, ...]) -> str:
    return '<div class="e-n-accordion" aria-label="Accordion">' + "".join(
        f'<details id="e-n-accordion-item-14{n}" class="e-n-accordion-item"><summary class="e-n-accordion-item-title" '
        f'data-accordion-index="{n}" tabindex="0" aria-expanded="false" aria-controls="e-n-accordion-item-14{n}">'
        f'<span class="e-n-accordion-item-title-header"><div class="e-n-accordion-item-title-text">{t}</div></span>'
        f'<span class="e-n-accordion-item-title-icon"><svg viewBox="0 0 1 1"></svg></span></summary><div '
        f'role="region" aria-labelledby="e-n-accordion-item-14{n}" class="e-con-full e-flex e-con e-child">'
        f'<div class="elementor-widget-text-editor"><p>{answer(t)}</p></div></div></details>'
        for n, t in enumerate(titles, 1)) + "</div>"


# Swiper's slides (`<div class="swiper-slide" role="group" aria-label="1 / 5">` inside
# `<div class="swiper-wrapper">`) and Slick's once it has run (`<div class="slick-slide"
# aria-hidden="true">` for every slide but the current one): a listicle published as a
# numbered slider, a title in each slide.
def swiper(titles: tuple[str, ...]) -> str:
    slides = "".join(f'<div class="swiper-slide" role="group" aria-label="{n} / {len(titles)}"><img src="s{n}.jpg" '
                     f'alt="{t}"><h3>{t}</h3><p>{answer(t)}</p></div>' for n, t in enumerate(titles, 1))
    return (f'<div class="swiper"><div class="swiper-wrapper">{slides}</div><div class="swiper-pagination"></div>'
            '<div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>')


def slick(titles: tuple[str, ...]) -> str:
    slides = "".join(f'<div class="slick-slide{" slick-current slick-active" if n == 0 else ""}" data-slick-index="{n}" '
                     f'aria-hidden="{str(n != 0).lower()}" tabindex="-1"><div><div class="slide"><img src="s{n}.jpg" '
                     f'alt=""><h3 class="slide-title">{t}</h3><p>{answer(t)}</p></div></div></div>'
                     for n, t in enumerate(titles))
    return f'<div class="slick-slider slick-initialized"><div class="slick-list"><div class="slick-track">{slides}</div></div></div>'


READ_ALREADY = {"divi": divi, "wpbakery": wpbakery, "wpbakery-toggle": wpbakery_toggle, "bootstrap": bootstrap,
                "elementor-nested": elementor_nested, "swiper": swiper, "slick": slick}


@pytest.mark.parametrize("widget", sorted(READ_ALREADY))
def test_widgets_with_headings_or_summaries_stay_read(widget: str) -> None:
    for headline, titles in (("5 Questions to Ask Before You Enroll", QUESTIONS), ("5 Ways to Save on Groceries", TITLES)):
        document = doc(headline, READ_ALREADY[widget](titles))
        assert [item.heading for item in document.items] == list(titles)


# ---------------------------------------------------------------- guards: look-alikes stay out

STORY = "".join(f"<p>{BODY} {BODY}</p>" for _ in range(8))


@pytest.mark.parametrize("widget", sorted(WIDGETS))
def test_a_faq_after_a_story_stays_out(widget: str) -> None:
    # A story with a FAQ block after it, the count matching by chance.
    document = doc("5 Ways the New Rules Change Your Taxes", STORY + WIDGETS[widget](QUESTIONS))
    assert document.items == ()


@pytest.mark.parametrize("widget", ["yoast", "kadence", "generateblocks", "elementor-accordion"])
def test_questions_under_another_count_are_no_list(widget: str) -> None:
    document = doc("4 Questions to Ask Before You Enroll", WIDGETS[widget](QUESTIONS))
    assert document.items == ()


@pytest.mark.parametrize("widget", ["kadence", "generateblocks", "elementor-accordion"])
def test_a_product_pages_accordion_is_no_list(widget: str) -> None:
    # A shop's product page: shipping, returns and care in an accordion under the product's name.
    shop = ("Shipping", "Returns", "Care instructions", "Size guide")
    promised, found, verdict, rules = listicle_facts(
        "Linen Shirt in Natural", "<p>Our best-selling shirt, cut from washed European linen.</p>"
        + WIDGETS[widget](shop))
    assert (promised, verdict) == (None, "not-a-listicle")
    assert not rules


@pytest.mark.parametrize("widget", sorted(WIDGETS))
def test_news_with_a_count_and_an_accordion_is_never_told_its_list_is_missing(widget: str) -> None:
    assert_no_list_told_missing("Council votes to close 3 schools", STORY + WIDGETS[widget](TITLES[:3]))
    assert_no_list_told_missing("Two more schools to close", STORY + WIDGETS[widget](QUESTIONS))


def test_a_read_more_button_titles_nothing() -> None:
    # A script that unfolds the rest of the story (`<button aria-expanded aria-controls>Read
    # more</button>` over the hidden rest): a control, not an entry's title.
    page = STORY[:400] + '<button aria-expanded="false" aria-controls="rest">Read more</button><div id="rest">' \
        + STORY + "</div>"
    document = doc("5 Ways to Save on Groceries", page)
    assert "Read more" not in [p.text for p in document.paragraphs]


def test_a_menu_button_over_links_titles_nothing() -> None:
    # A table of contents' toggle over its links: no prose under it.
    toc = ('<div class="toc"><button class="toc-toggle" aria-expanded="true" aria-controls="toc-list">Contents'
           '</button><ul id="toc-list">' + "".join(f'<li><a href="#s{n}">{t}</a></li>' for n, t in enumerate(TITLES))
           + "</ul></div>")
    document = doc("A day at the market", toc + STORY)
    assert "Contents" not in [p.text for p in document.paragraphs]


# ---------------------------------------------------------------- a comparison table as the list

# WordPress's table block (packages/block-library/src/table/save.js: `<figure class="wp-block-table">
# <table><thead><tr><th>…</th></tr></thead><tbody><tr><td>…</td></tr></tbody></table></figure>`),
# as TablePress and a shop's comparison chart write it: a "5 best" page whose only list is the
# table of the five products' names beside their figures.
EARBUDS = ("Sony WF-1000XM5", "Apple AirPods Pro 2", "Bose QuietComfort Ultra", "Jabra Elite 10", "Samsung Galaxy Buds2 Pro")


def compared(names: tuple[str, ...], head: tuple[str, ...] = ("Model", "Price", "Battery", "Weight")) -> str:
    heads = "".join(f"<th>{h}</th>" for h in head) if head else ""
    rows = "".join(f"<tr><td>{n}</td><td>${199 + 20 * k}</td><td>{6 + k} hours</td><td>{5 + k}.2 g</td></tr>"
                   for k, n in enumerate(names))
    return (f'<figure class="wp-block-table"><table>{f"<thead><tr>{heads}</tr></thead>" if head else ""}'
            f"<tbody>{rows}</tbody></table></figure>")


def test_a_comparison_table_of_as_many_named_rows_is_the_list() -> None:
    promised, found, verdict, rules = listicle_facts("The 5 Best Wireless Earbuds", compared(EARBUDS))
    assert (promised, found, verdict) == (5, 5, "kept")
    assert not rules & {"LS001", "LS002"}
    document = doc("The 5 Best Wireless Earbuds", compared(EARBUDS) + f"<p>{BODY}</p>")
    assert [item.heading for item in document.items] == list(EARBUDS)


def test_a_comparison_table_leaves_the_text_as_it_was() -> None:
    # A guard: the names are no sentences of the text (they were left out on e236d42 too).
    with_table = doc("A day in the city", f"<p>{BODY}</p>" + compared(EARBUDS))
    without = doc("A day in the city", f"<p>{BODY}</p>")
    assert with_table.word_count == without.word_count


def test_a_comparison_table_of_another_count_is_no_list() -> None:
    # A guard: six rows under "5 best" (the promise is not kept by a table that says nothing of it).
    document = doc("The 5 Best Wireless Earbuds", compared((*EARBUDS, "Nothing Ear 2")))
    assert document.items == ()


def test_entries_under_headings_win_over_their_comparison_table() -> None:
    # A guard: the entries are the headings; the table after them sums them up.
    entries = "".join(f"<h2>{n}</h2><p>{BODY} {n} lasts.</p>" for n in EARBUDS)
    document = doc("The 5 Best Wireless Earbuds", entries + compared(EARBUDS))
    assert [item.style for item in document.items] == ["heading"] * 5


def test_a_spec_sheet_names_no_entries() -> None:
    # A guard: "Weight | 1.2 kg" rows (two columns, no header row) are one product's facts.
    sheet = "<table><tbody>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in (
        ("Weight", "5.9 g"), ("Battery", "8 hours"), ("Bluetooth", "5.3"), ("Drivers", "8.4 mm"),
        ("Price", "$299"))) + "</tbody></table>"
    document = doc("5 Best Things About the Sony WF-1000XM5", sheet)
    assert document.items == ()


def test_a_table_of_numbers_names_no_entries() -> None:
    # A guard: a results table's first column of years holds no names.
    rows = "".join(f"<tr><td>{2019 + k}</td><td>{40 + k}</td><td>{12 + k}%</td></tr>" for k in range(5))
    table = f"<table><thead><tr><th>Year</th><th>Sales</th><th>Share</th></tr></thead><tbody>{rows}</tbody></table>"
    document = doc("5 Years of Record Sales", table)
    assert document.items == ()


def test_news_with_a_data_table_is_never_told_its_list_is_missing() -> None:
    counties = ("Adams County", "Brown County", "Clark County", "Dane County", "Grant County")
    rows = "".join(f"<tr><td>{c}</td><td>{k + 1}</td><td>{120 * (k + 1)}</td></tr>" for k, c in enumerate(counties))
    table = (f"<table><thead><tr><th>County</th><th>Deaths</th><th>Homes damaged</th></tr></thead><tbody>{rows}"
             "</tbody></table>")
    assert_no_list_told_missing("Storms kill 5 across the state", STORY + table)
    assert_no_list_told_missing("Five killed as storms sweep the state", table + STORY)


# ---------------------------------------------------------------- a looping carousel's copies

# Swiper's loop mode (Swiper 8 and before: `loopedSlides` copies of the last slides before the
# first, of the first after the last, classed `swiper-slide-duplicate`, not hidden) and Owl
# Carousel's `loop: true` (`<div class="owl-item cloned">`): a listicle published as a looping
# slider shows its first and last entries twice. The doubled titles were read as a template's
# labels and dropped: "5 Ways" counted 3.
def looped(titles: tuple[str, ...], copies: int, slide: str = "swiper-slide", copy: str = "swiper-slide-duplicate") -> str:
    n = len(titles)

    def one(k: int, extra: str) -> str:
        t = titles[k % n]
        return (f'<div class="{slide}{extra}" data-swiper-slide-index="{k % n}" role="group" aria-label="{k % n + 1} / '
                f'{n}"><img src="s{k % n}.jpg" alt=""><h3>{t}</h3><p>{answer(t)}</p></div>')

    slides = "".join(one(k, f" {copy}") for k in range(n - copies, n)) + "".join(one(k, "") for k in range(n)) \
        + "".join(one(k, f" {copy}") for k in range(copies))
    return f'<div class="swiper"><div class="swiper-wrapper">{slides}</div></div>'


def test_a_looping_carousels_copies_are_not_entries() -> None:
    document = doc("5 Ways to Save on Groceries", looped(TITLES, 1))
    assert [item.heading for item in document.items] == list(TITLES)
    owl = looped(TITLES, 1, slide="owl-item", copy="cloned")
    assert [item.heading for item in doc("5 Ways to Save on Groceries", owl).items] == list(TITLES)


def test_two_copies_at_each_end_count_each_entry_once() -> None:
    # A guard (so on e236d42 too): with two copies at each end, the trailing copies are six
    # blocks or more, read as a second copy of the list and left out (blocks._without_second_copy);
    # the five counted are the leading copies and the first three slides, each entry once.
    document = doc("5 Ways to Save on Groceries", looped(TITLES, 2))
    assert sorted(item.heading for item in document.items) == sorted(TITLES)


def test_doubled_labels_stay_labels() -> None:
    # A guard: "Pros" and "Cons" under two entries are a template's labels, not a loop's copies.
    entries = "".join(f"<h2>{n}</h2><p>{answer(n)}</p><h3>Pros</h3><p>{BODY}</p><h3>Cons</h3><p>{BODY}</p>"
                      for n in ("Sony", "Bose"))
    document = doc("2 Best Earbuds", entries)
    assert [item.heading for item in document.items] == ["Sony", "Bose"]


def test_deals_with_shop_links_in_an_accordion_are_entries() -> None:
    # A deal's panel holds its shop links beside its text (half its words linked, or more):
    # an entry's text all the same, not a menu of links.
    deals = ("Apple AirPods Pro", "Beats Solo3", "Apple Watch Series 4", "Powerbeats Pro", "iPad Pro 11")
    panes = "".join(
        f'<div class="gb-accordion__item"><button class="gb-accordion__toggle" aria-expanded="false" '
        f'aria-controls="d{n}">{t}</button><div class="gb-accordion__content" id="d{n}"><p>Down to its lowest '
        f'price yet this week. <a href="https://www.amazon.com/dp/B0{n}">Buy the {t} at Amazon for $199</a> or '
        f'<a href="https://www.walmart.com/ip/{n}">at Walmart</a>.</p></div></div>' for n, t in enumerate(deals))
    document = doc("5 Apple Deals Worth Buying Today", f'<div class="gb-accordion">{panes}</div>')
    assert [item.heading for item in document.items] == list(deals)


@pytest.mark.parametrize("widget", sorted(WIDGETS))
def test_a_widget_after_the_entries_stays_out(widget: str) -> None:
    # A guard: five entries under headings (numbered or not), then an accordion or FAQ block
    # of five: the headings are the list, whatever the widget's headers say.
    names = ("Alpha plan", "Bravo plan", "Charlie plan", "Delta plan", "Echo plan")
    for numbered in (False, True):
        heads = [f"{k}. {n}" if numbered else n for k, n in enumerate(names, 1)]
        entries = "".join(f"<h2>{h}</h2><p>{answer(h)}</p>" for h in heads)
        for titles in (TITLES, QUESTIONS):
            document = doc("5 Ways to Save on Groceries", entries + WIDGETS[widget](titles))
            assert [item.heading for item in document.items] == heads
