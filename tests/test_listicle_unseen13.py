"""Listicle entries set as tabs, their titles all in a tab list before the panels (round 14,
lists28): the list was dropped as the site's navigation (Bootstrap's ``nav nav-tabs``) or its
titles named no panel auditor could find (Kadence's and Spectra's tabs pair title and panel by
their places until their scripts run), so a listicle set as tabs counted nothing. And on a page
found by paragraph density, the body was one pane of a Kadence accordion (each pane classed
``kt-accordion-pane-N kt-pane_ID``: alike in nothing) or the tabs' panels without their titles.
Each case fails on 37c694d unless it says it is a guard. Small articles read end to end through
``audit``; each widget's markup is its documented default output, cited beside it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest

from auditor.api import audit
from auditor.model import Document
from test_listicle_languages import (
    BODY, DEFAULT, NAMES, assert_no_list_told_missing, listicle_facts, doc_of as doc,
)
from test_listicle_unseen9 import QUESTIONS, STORY, TITLES, answer  # the same entries and story


def bare(headline: str, body: str) -> Document:
    """A page with no <article>, <main> or content class (the body found by paragraph
    density), ``body`` in a plain box under a menu."""
    html = (f"<html lang=en><head><title>{headline}</title></head><body><div><ul><li><a href=/>Home</a></li>"
            f"<li><a href=/news>News</a></li></ul></div><div><h1>{headline}</h1><p>{BODY}</p>{body}</div>"
            "<div><p>Copyright 2026, all rights reserved by the publisher of this site.</p></div></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.error is None and result.document is not None
    return result.document


# ---------------------------------------------------------------- the widgets' markup

# Bootstrap 5's tabs (getbootstrap.com/docs/5.3/components/navs-tabs/, "JavaScript behavior"):
# `<ul class="nav nav-tabs" role="tablist">` of `<li class="nav-item" role="presentation"><button
# class="nav-link" data-bs-toggle="tab" data-bs-target="#…-pane" role="tab" aria-controls>`, then
# `<div class="tab-content">` of `<div class="tab-pane fade" id role="tabpanel">`, the first
# `show active`.
def bootstrap5(titles: tuple[str, ...]) -> str:
    nav = "".join(
        f'<li class="nav-item" role="presentation"><button class="nav-link{" active" if n == 0 else ""}" '
        f'id="t{n}-tab" data-bs-toggle="tab" data-bs-target="#t{n}-pane" type="button" role="tab" '
        f'aria-controls="t{n}-pane" aria-selected="{str(n == 0).lower()}">{t}</button></li>' for n, t in enumerate(titles))
    panes = "".join(
        f'<div class="tab-pane fade{" show active" if n == 0 else ""}" id="t{n}-pane" role="tabpanel" '
        f'aria-labelledby="t{n}-tab" tabindex="0"><p>{answer(t)}</p></div>' for n, t in enumerate(titles))
    return f'<ul class="nav nav-tabs" id="myTab" role="tablist">{nav}</ul><div class="tab-content" id="myTabContent">{panes}</div>'


# Bootstrap 3's tabs (getbootstrap.com/docs/3.4/javascript/#tabs): `<ul class="nav nav-tabs">` of
# `<li><a data-toggle="tab" href="#id">`, then `<div class="tab-content">` of `.tab-pane`s; no roles.
def bootstrap3(titles: tuple[str, ...]) -> str:
    nav = "".join(f'<li{" class=active" if n == 0 else ""}><a data-toggle="tab" href="#menu{n}">{t}</a></li>'
                  for n, t in enumerate(titles))
    panes = "".join(f'<div id="menu{n}" class="tab-pane fade{" in active" if n == 0 else ""}"><p>{answer(t)}</p></div>'
                    for n, t in enumerate(titles))
    return f'<ul class="nav nav-tabs">{nav}</ul><div class="tab-content">{panes}</div>'


# Kadence Blocks' tabs (kadence-blocks, src/blocks/tabs/save.js: `<ul class="kt-tabs-title-list">` of
# `<li id="tab-x" class="kt-title-item kt-title-item-N"><a href="#tab-x" data-tab="N" class="kt-tab-title
# kt-tab-title-N"><span class="kt-title-text">`, then `<div class="kt-tabs-content-wrap">` of `<div
# class="wp-block-kadence-tab kt-tab-inner-content kt-inner-tab-N kt-inner-tab_ID">`: the link names
# its own <li>; roles and the panels' ids come with the script).
def kadence_tabs(titles: tuple[str, ...]) -> str:
    nav = "".join(
        f'<li id="tab-{t.lower().replace(" ", "")}" class="kt-title-item kt-title-item-{n} kt-tabs-svg-show-always '
        f'kt-tabs-icon-side-right kt-tab-title-{"active" if n == 1 else "inactive"}"><a href="#tab-'
        f'{t.lower().replace(" ", "")}" data-tab="{n}" class="kt-tab-title kt-tab-title-{n} "><span class="kt-title-text">'
        f"{t}</span></a></li>" for n, t in enumerate(titles, 1))
    panes = "".join(
        f'<div class="wp-block-kadence-tab kt-tab-inner-content kt-inner-tab-{n} kt-inner-tab_8a3f0{n}-2c"><div '
        f'class="kt-tab-inner-content-inner"><p>{answer(t)}</p></div></div>' for n, t in enumerate(titles, 1))
    return ('<div class="wp-block-kadence-tabs alignnone"><div class="kt-tabs-wrap kt-tabs-id_8a3f00-2c '
            f'kt-tabs-has-{len(titles)}-tabs kt-active-tab-1 kt-tabs-layout-tabs kt-tabs-tablet-layout-accordion '
            'kt-tabs-mobile-layout-accordion kt-tab-alignment-left"><ul class="kt-tabs-title-list">'
            f'{nav}</ul><div class="kt-tabs-content-wrap">{panes}</div></div></div>')


# Spectra's (Ultimate Addons for Gutenberg) tabs (wp-spectra, src/blocks/tabs/save.js: `<ul
# class="uagb-tabs__panel" role="tablist">` of `<li class="uagb-tab" role="none"><a href="#uagb-tabs__tabN"
# data-tab="N" role="tab"><div>…`; tabs-child/save.js: `<div class="uagb-tabs__body-container"><div
# class="uagb-tabs__body" aria-labelledby="uagb-tabs__tabN">`: the href names no box).
def spectra_tabs(titles: tuple[str, ...]) -> str:
    nav = "".join(
        f'<li class="uagb-tab{" uagb-tabs__active" if n == 0 else ""}" role="none"><a href="#uagb-tabs__tab{n}" '
        f'class="uagb-tabs-list uagb-tabs__icon-position-left" data-tab="{n}" role="tab"><div>{t}</div></a></li>'
        for n, t in enumerate(titles))
    panes = "".join(
        f'<div class="uagb-tabs__body-container"><div class="wp-block-uagb-tabs-child uagb-blocks__9c{n}d '
        f'uagb-tabs__body" aria-labelledby="uagb-tabs__tab{n}"><p>{answer(t)}</p></div></div>'
        for n, t in enumerate(titles))
    return ('<div class="wp-block-uagb-tabs uagb-block-5c1d uagb-tabs__wrap uagb-tabs__hstyle1-desktop '
            'uagb-tabs__vstyle6-tablet uagb-tabs__stack1-mobile" data-tab-active="0"><ul class="uagb-tabs__panel '
            f'uagb-tabs__align-left" role="tablist">{nav}</ul><div class="uagb-tabs__body-wrap">{panes}</div></div>')


# WPBakery's (Visual Composer 4.x) tabs on jQuery UI (js_composer, include/templates/shortcodes/vc_tabs.php:
# `<div class="wpb_tabs wpb_content_element"><div class="wpb_wrapper wpb_tour_tabs_wrapper ui-tabs"><ul
# class="wpb_tabs_nav ui-tabs-nav">` of `<li><a href="#tab-ID">`, then each `<div id="tab-ID" class="wpb_tab
# ui-tabs-panel">`) and jQuery UI's own markup (jqueryui.com/tabs/: `<div id="tabs"><ul><li><a
# href="#tabs-1">`, then `<div id="tabs-1">`): no role or data attribute until the script runs.
def wpbakery_tabs(titles: tuple[str, ...]) -> str:
    nav = "".join(f'<li><a href="#tab-17{n}-3c">{t}</a></li>' for n, t in enumerate(titles))
    panes = "".join(f'<div id="tab-17{n}-3c" class="wpb_tab ui-tabs-panel wpb_ui-tabs-hide vc_clearfix"><div '
                    f'class="wpb_text_column wpb_content_element"><div class="wpb_wrapper"><p>{answer(t)}</p></div>'
                    "</div></div>" for n, t in enumerate(titles))
    return ('<div class="wpb_tabs wpb_content_element" data-interval="0"><div class="wpb_wrapper '
            f'wpb_tour_tabs_wrapper ui-tabs vc_clearfix"><ul class="wpb_tabs_nav ui-tabs-nav vc_clearfix">{nav}</ul>'
            f"{panes}</div></div>")


def jquery_ui(titles: tuple[str, ...]) -> str:
    nav = "".join(f'<li><a href="#tabs-{n}">{t}</a></li>' for n, t in enumerate(titles, 1))
    panes = "".join(f'<div id="tabs-{n}"><p>{answer(t)}</p></div>' for n, t in enumerate(titles, 1))
    return f'<div id="tabs"><ul>{nav}</ul>{panes}</div>'


# The WAI-ARIA Authoring Practices' tabs pattern (w3.org/WAI/ARIA/apg/patterns/tabs/examples/tabs-manual/):
# `<div role="tablist">` of `<button role="tab" aria-controls="tabpanel-N">`, then `<div role="tabpanel" id>`.
def aria_tabs(titles: tuple[str, ...]) -> str:
    nav = "".join(f'<button id="tab-{n}" type="button" role="tab" aria-selected="{str(n == 1).lower()}" '
                  f'aria-controls="tabpanel-{n}"{"" if n == 1 else " tabindex=-1"}><span class="focus">{t}</span></button>'
                  for n, t in enumerate(titles, 1))
    panes = "".join(f'<div id="tabpanel-{n}" role="tabpanel" tabindex="0" aria-labelledby="tab-{n}"'
                    f'{"" if n == 1 else " class=is-hidden"}><p>{answer(t)}</p></div>' for n, t in enumerate(titles, 1))
    return f'<div class="tabs"><div role="tablist" aria-label="Ways" class="manual">{nav}</div>{panes}</div>'


# Elementor's tabs widget before its titles named their panels (the 2.0-era tabs.php render():
# desktop titles with a link in `elementor-tabs-wrapper`, the titles again for small screens over
# each panel, paired by `data-tab`).
def elementor_old(titles: tuple[str, ...]) -> str:
    wide = "".join(f'<div class="elementor-tab-title elementor-tab-desktop-title{" elementor-active" if n == 1 else ""}" '
                   f'data-tab="{n}"><a href="">{t}</a></div>' for n, t in enumerate(titles, 1))
    panels = "".join(f'<div class="elementor-tab-title elementor-tab-mobile-title" data-tab="{n}">{t}</div><div '
                     f'class="elementor-tab-content elementor-clearfix" data-tab="{n}"><p>{answer(t)}</p></div>'
                     for n, t in enumerate(titles, 1))
    return ('<div class="elementor-widget elementor-widget-tabs"><div class="elementor-widget-container"><div '
            f'class="elementor-tabs" role="tablist"><div class="elementor-tabs-wrapper">{wide}</div><div '
            f'class="elementor-tabs-content-wrapper">{panels}</div></div></div></div>')


# Kadence Blocks' accordion as saved (src/blocks/pane/save.js: `<div class="wp-block-kadence-pane
# kt-accordion-pane kt-accordion-pane-N kt-pane{uniqueID}">`, the uniqueID "_d763f0-27" the block's
# own; the header button over `kt-accordion-panel` > `kt-accordion-panel-inner`).
PANE_IDS = ("_d763f0-27", "_b37d54-9d", "_a6d544-e1", "_3c0f21-8a", "_9e4b7d-05", "_1f2e3d-4c")


def kadence_accordion(titles: tuple[str, ...]) -> str:
    panes = "".join(
        f'<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-{n} kt-pane{PANE_IDS[n - 1]}">'
        f'<div class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header '
        f'kt-acccordion-button-label-show" type="button"><span class="kt-blocks-accordion-title-wrap">'
        f'<span class="kt-blocks-accordion-title">{t}</span></span><span class="kt-blocks-accordion-icon-trigger">'
        f'</span></button></div><div class="kt-accordion-panel kt-accordion-panel-hidden"><div '
        f'class="kt-accordion-panel-inner"><p>{answer(t)}</p><p>{BODY} {BODY}</p></div></div></div>'
        for n, t in enumerate(titles, 1))
    return ('<div class="wp-block-kadence-accordion alignnone"><div class="kt-accordion-wrap kt-accordion-id_7c1a2b-3d '
            'kt-accordion-block"><div class="kt-accordion-inner-wrap" data-allow-multiple-open="false" '
            f'data-start-open="none">{panes}</div></div></div>')


TABS: dict[str, Callable[[tuple[str, ...]], str]] = {
    "bootstrap5": bootstrap5, "bootstrap3": bootstrap3, "kadence": kadence_tabs, "spectra": spectra_tabs,
    "wpbakery": wpbakery_tabs, "jquery-ui": jquery_ui,
}
READ_ALREADY: dict[str, Callable[[tuple[str, ...]], str]] = {"aria": aria_tabs, "elementor-old": elementor_old}
ALL = {**TABS, **READ_ALREADY}


# ---------------------------------------------------------------- tab titles as entries

@pytest.mark.parametrize("widget", sorted(TABS))
def test_tab_titles_under_a_count(widget: str) -> None:
    promised, found, verdict, rules = listicle_facts("5 Ways to Save on Groceries", TABS[widget](TITLES))
    assert (promised, found, verdict) == (5, 5, "kept")
    assert not rules & {"LS001", "LS002"}


@pytest.mark.parametrize("widget", sorted(TABS))
def test_each_tab_titles_its_own_panel(widget: str) -> None:
    document = doc("5 Ways to Save on Groceries", TABS[widget](TITLES))
    assert [item.heading for item in document.items] == list(TITLES)
    assert all(item.words >= 20 for item in document.items)  # each panel's text is its entry's
    # The titles are read once, at their panels, and the tab list is no list of the text's.
    assert [p.text for p in document.paragraphs].count("Buy in bulk") == 1


@pytest.mark.parametrize("widget", sorted(TABS))
def test_questions_in_tabs_under_a_count_of_questions(widget: str) -> None:
    document = doc("5 Questions to Ask Before You Enroll", TABS[widget](QUESTIONS))
    assert [item.heading for item in document.items] == list(QUESTIONS)


@pytest.mark.parametrize("widget", sorted(READ_ALREADY))
def test_tabs_naming_their_panels_stay_read(widget: str) -> None:
    # A guard: the ARIA pattern's tabs and Elementor's older tabs were read on 37c694d, and still.
    document = doc("5 Ways to Save on Groceries", READ_ALREADY[widget](TITLES))
    assert [item.heading for item in document.items] == list(TITLES)


@pytest.mark.parametrize("widget", sorted(TABS))
def test_tabs_on_a_page_found_by_density(widget: str) -> None:
    # The densest box is the panels' box (or one panel): the body holds the tab list too.
    document = bare("5 Ways to Save on Groceries", TABS[widget](TITLES))
    assert [item.heading for item in document.items] == list(TITLES)


def test_a_kadence_accordion_on_a_page_found_by_density() -> None:
    # Each pane's class carries its place ("kt-accordion-pane-3") and its block's id
    # ("kt-pane_a6d544-e1"): the panes are alike, the body all of them, not the densest one.
    document = bare("5 Ways to Save on Groceries", kadence_accordion(TITLES))
    assert [item.heading for item in document.items] == list(TITLES)


# Spectra's FAQ block as saved (wp-spectra, src/blocks/faq-child: `<div class="wp-block-uagb-faq-child
# uagb-faq-child__outer-wrap uagb-faq-item uagb-block-{block_id}" role="tab">`, the block_id the first
# eight hex digits of the block's client id), each answer in `uagb-faq-content`.
def spectra_faq(titles: tuple[str, ...]) -> str:
    ids = ("9f3a2c1d", "04be77a2", "c3d1e5f0", "7a1b2c3d", "e5f6a7b8")
    return ('<div class="wp-block-uagb-faq uagb-faq__outer-wrap uagb-block-3a2b4c5d uagb-faq-layout-accordion" '
            'data-faqtoggle="true" role="tablist">' + "".join(
                f'<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap uagb-faq-item uagb-block-{ids[n]}" '
                f'role="tab" tabindex="0"><div class="uagb-faq-questions-button uagb-faq-questions"><span '
                f'class="uagb-icon uagb-faq-icon-wrap"><svg viewBox="0 0 1 1"></svg></span><span '
                f'class="uagb-question">{t}</span></div><div class="uagb-faq-content"><p>{answer(t)}</p>'
                f"<p>{BODY} {BODY}</p></div></div>" for n, t in enumerate(titles)) + "</div>")


def test_a_spectra_faq_on_a_page_found_by_density() -> None:
    # Each item's class carries its block's id: the items are alike, the body all of them.
    document = bare("5 Questions to Ask Before You Enroll", spectra_faq(QUESTIONS))
    assert [item.heading for item in document.items] == list(QUESTIONS)


def test_numbered_boxes_out_of_order_stay_apart() -> None:
    # A guard: boxes numbered after a dash but not 1..N (three stories' boxes, "story-4 story",
    # "story-9 story", "story-15 story") are no places: the body stays the densest story.
    boxes = "".join(f'<div class="story-{k} story"><div class="entry"><p>{BODY} {BODY}</p><p>{BODY}</p></div></div>'
                    for k in (4, 9, 15))
    html = (f"<html lang=en><head><title>A walk in town</title></head><body><div><h1>A walk in town</h1>{boxes}"
            "</div></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.document is not None
    assert len(result.document.paragraphs) == 2


# ---------------------------------------------------------------- guards: look-alikes stay out

def site_tabs() -> str:
    """A site's tabbed box of teasers (Bootstrap's tabs): "Latest | Popular | Comments" over
    lists of links to other stories."""
    names = ("Latest", "Popular", "Comments")
    teasers = ["<ul class='post-list'>" + "".join(
        f"<li><a href='/2026/story-{k}-{i}'>{NAMES[i]} wins the regional cup after a late goal</a></li>"
        for i in range(5)) + "</ul>" for k in range(3)]
    nav = "".join(f'<li class="nav-item" role="presentation"><button class="nav-link" data-bs-toggle="tab" '
                  f'data-bs-target="#w-{t.lower()}" type="button" role="tab" aria-controls="w-{t.lower()}">{t}</button>'
                  "</li>" for t in names)
    panes = "".join(f'<div class="tab-pane fade" id="w-{t.lower()}" role="tabpanel">{teasers[k]}</div>'
                    for k, t in enumerate(names))
    return f'<ul class="nav nav-tabs" role="tablist">{nav}</ul><div class="tab-content">{panes}</div>'


def excerpt_tabs(headed: bool = False) -> str:
    """The same box with an excerpt under each teaser's headline (a theme's tabbed posts widget:
    `<div class="teaser"><a>Headline</a><p>Excerpt…</p></div>`, or the link in an `<h3>`): the
    panels read as prose."""
    names = ("Latest", "Popular", "Picks")
    teasers = ["".join(f"<div class='teaser'>{'<h3>' if headed else ''}<a href='https://example.com/2026/story-{k}-{i}'>"
                       f"{NAMES[i]} wins the regional cup after a late goal</a>{'</h3>' if headed else ''}<p>The "
                       "club's first title in a decade came after a long season of injuries and a new coach who "
                       "changed the way the team plays.</p></div>" for i in range(3)) for k in range(3)]
    nav = "".join(f'<li class="nav-item" role="presentation"><button class="nav-link" data-bs-toggle="tab" '
                  f'data-bs-target="#x-{k}" type="button" role="tab" aria-controls="x-{k}">{t}</button></li>'
                  for k, t in enumerate(names))
    panes = "".join(f'<div class="tab-pane fade" id="x-{k}" role="tabpanel">{teasers[k]}</div>' for k in range(3))
    return f'<ul class="nav nav-tabs" role="tablist">{nav}</ul><div class="tab-content">{panes}</div>'


@pytest.mark.parametrize("box", [site_tabs, excerpt_tabs, partial(excerpt_tabs, headed=True)])
def test_a_sites_tabs_over_teasers_are_no_entries(box: Callable[[], str]) -> None:
    # A guard (so on 37c694d too): the site's tab list stays navigation, its panels teasers.
    entries = "".join(f"<h2>{t}</h2><p>{answer(t)}</p>" for t in TITLES)
    document = doc("5 Ways to Save on Groceries", entries + box())
    assert [item.heading for item in document.items] == list(TITLES)
    assert not {"Latest", "Popular", "Comments", "Picks"} & {p.text for p in document.paragraphs}


@pytest.mark.parametrize("headed", [False, True])
def test_a_story_over_a_sites_three_tabs_counts_no_three_entries(headed: bool) -> None:
    # A guard: three tabs of teasers under a story promising three: no tab an entry. (The
    # teasers' own <h3> headlines are read as the entries, on 37c694d too: left alone here.)
    document = doc("3 Things We Learned From the Derby", STORY[:800] + excerpt_tabs(headed))
    assert not {"Latest", "Popular", "Picks"} & {item.heading for item in document.items}
    if not headed:
        assert document.items == ()


def test_news_over_a_sites_tabs_is_never_told_its_list_is_missing() -> None:
    assert_no_list_told_missing("Council votes to close 3 schools", STORY[:800] + site_tabs())


@pytest.mark.parametrize("widget", sorted(ALL))
def test_a_product_pages_tabs_are_no_list(widget: str) -> None:
    # A shop's product page: description, specifications and reviews in tabs under the name.
    shop = ("Description", "Specifications", "Reviews (12)")
    promised, _, verdict, rules = listicle_facts(
        "Linen Shirt in Natural", "<p>Our best-selling shirt, cut from washed European linen.</p>" + ALL[widget](shop))
    assert (promised, verdict) == (None, "not-a-listicle")
    assert not rules


@pytest.mark.parametrize("widget", sorted(ALL))
def test_a_faq_in_tabs_after_a_story_stays_out(widget: str) -> None:
    document = doc("5 Ways the New Rules Change Your Taxes", STORY + ALL[widget](QUESTIONS))
    assert document.items == ()


@pytest.mark.parametrize("widget", sorted(ALL))
def test_news_with_a_count_and_tabs_is_never_told_its_list_is_missing(widget: str) -> None:
    assert_no_list_told_missing("Council votes to close 3 schools", STORY + ALL[widget](TITLES[:3]))
    assert_no_list_told_missing("Two more schools to close", STORY + ALL[widget](QUESTIONS))


@pytest.mark.parametrize("widget", sorted(TABS))
def test_panels_with_their_own_headings_count_once(widget: str) -> None:
    # Each panel opening with its own heading: the heading titles the entry, the tab's title
    # is not a second one.
    body = TABS[widget](TITLES)
    for title in TITLES:
        body = body.replace(f"<p>{answer(title)}", f"<h3>{title}</h3><p>{answer(title)}")
    document = doc("5 Ways to Save on Groceries", body)
    assert [item.heading for item in document.items] == list(TITLES)


def test_a_contents_list_titles_nothing() -> None:
    # A guard: Easy Table of Contents' list (`<div class="ez-toc-container"><ul class="ez-toc-list"><li><a
    # href="#id">`) over sections opening with their headings: in-page links in a list whose box names
    # no tabs; the headings are the entries, once each.
    toc = "".join(f'<li><a href="#s{n}">{t}</a></li>' for n, t in enumerate(TITLES, 1))
    sections = "".join(f'<div id="s{n}" class="section"><h2>{t}</h2><p>{answer(t)}</p></div>'
                       for n, t in enumerate(TITLES, 1))
    document = doc("5 Ways to Save on Groceries", f'<div class="ez-toc-container"><p class="ez-toc-title">Contents'
                   f'</p><ul class="ez-toc-list">{toc}</ul></div>{sections}')
    assert [(item.heading, item.style) for item in document.items] == [(t, "heading") for t in TITLES]
    assert [p.text for p in document.paragraphs].count("Buy in bulk") <= 1
