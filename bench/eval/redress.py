"""Re-dress the tuning listicles' item headings into other real shapes and count their items again.

A tuning listicle whose items auditor reads right today as headings is rewritten, one shape at a time, the way
other themes and newsrooms dress the same entries (a title box instead of a heading, '3/10 Lisbon', Roman
numerals, a number badge or a picture of the number before the heading, the number glued to the title, a bold
paragraph title...), or written out again as a Markdown draft or a plain-text file (TEXTS), and counted again.
Only tuning pages are opened (rows of bench/eval/listicles.tsv not in holdout.txt). Prints, per shape, how many
re-dressed pages count right, and the pages that do not.

    PYTHONPATH=TREE /work/main/.venv/bin/python bench/eval/redress.py [--shapes a,b] [--page NAME] [--dump FILE]
"""

from __future__ import annotations

import argparse
import copy
import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import lxml.html
from lxml.html import HtmlElement

from auditor.api import audit, default_settings
from auditor.structure.markers import parse_marker

HERE = Path(__file__).resolve().parent
ROOTS = {"corpus": Path("/work/shared/corpus/pages"), "corpus-more": Path("/work/shared/corpus-more/pages")}
ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
         "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX")

# A dress gets the heading, its number (printed, or its place), the count and its title without the number;
# it returns what stands in the heading's place (one element or several), or None when it cannot.
Dress = Callable[[HtmlElement, int, int, str, str], "HtmlElement | list[HtmlElement] | None"]


def _frag(markup: str) -> HtmlElement:
    return lxml.html.fragment_fromstring(markup)


def _retitled(el: HtmlElement, text: str) -> HtmlElement:
    new = copy.deepcopy(el)
    for child in list(new):
        child.drop_tree()
    new.text = text
    return new


def _with_text(markup: str, text: str, child: int | None = None, path: tuple[int, ...] = ()) -> HtmlElement:
    new = _frag(markup)
    target = new if child is None else new[child]
    for step in path:
        target = target[step]
    target.text = text
    return new


SHAPES: dict[str, Dress] = {
    "div-title": lambda el, n, total, full, title: _with_text('<div class="entry-title"></div>', full),
    "p-strong": lambda el, n, total, full, title: _with_text("<p><strong></strong></p>", full, 0),
    "slash": lambda el, n, total, full, title: _retitled(el, f"{n}/{total} {title}"),
    "roman": lambda el, n, total, full, title: _retitled(el, f"{ROMAN[n]}. {title}") if n < len(ROMAN) else None,
    "badge": lambda el, n, total, full, title: _with_text(
        f'<div class="item"><span class="num">{n}</span><{el.tag}></{el.tag}></div>', title, 1),
    "img": lambda el, n, total, full, title: _with_text(
        f'<div class="item"><img src="/n/{n}.png" alt="{n}"><{el.tag}></{el.tag}></div>', title, 1),
    "p-class": lambda el, n, total, full, title: _with_text('<p class="listicle__item-title"></p>', full),
    "div-b": lambda el, n, total, full, title: _with_text("<div><b></b></div>", full, 0),
    "shop-link": lambda el, n, total, full, title: _shop_link(el, n, full),
    "glued": lambda el, n, total, full, title: _with_text(
        f'<{el.tag}><span class="n">{n}</span><span class="t"></span></{el.tag}>', title, 1),
    "h-class-title": lambda el, n, total, full, title: _with_text('<div class="c-listicle__title"></div>', full),
    "countdown": lambda el, n, total, full, title: _retitled(el, f"{total + 1 - n}. {title}"),
    "step": lambda el, n, total, full, title: _retitled(el, f"Step {n}: {title}"),
    "paren": lambda el, n, total, full, title: _retitled(el, f"{n}) {title}"),
    "p-strong-num": lambda el, n, total, full, title: _with_text("<p><strong></strong></p>", f"{n}. {title}", 0),
    "h-link": lambda el, n, total, full, title: _linked(el, f"https://venue{n}.example.org/", f"{n}. {title}"),
    "aria-heading": lambda el, n, total, full, title: _with_text(
        f'<div role="heading" aria-level="{el.tag[1]}"></div>', f"{n}. {title}"),
    # The number drawn only by the page's stylesheet (STYLES), the heading carrying its title alone.
    "css-counter": lambda el, n, total, full, title: _with_text(f'<{el.tag} class="lc-item"></{el.tag}>', title),
    # Round 12 (lists18): dresses read from real templates' markup (sources beside each).
    # Substack: each heading carries an anchor button in boxes inside it (`<h2 class="header-anchor-post">Title
    # <div class="pencraft … header-anchor-parent">…<button>`), and sections are often <h1>s in the body.
    "substack": lambda el, n, total, full, title: _substack(el, full),
    "h1-sections": lambda el, n, total, full, title: _with_text('<h1 class="header-anchor-post"></h1>', full),
    # MDN / many static themes: the whole title is a link to the heading's own anchor.
    "self-anchor": lambda el, n, total, full, title: _self_anchor(el, n, full),
    # dev.to / GitHub markdown: an empty anchor before the text; Sphinx / Python-Markdown: a "¶" after it.
    "anchor-before": lambda el, n, total, full, title: _anchored(el, n, full, before=True),
    "pilcrow-after": lambda el, n, total, full, title: _anchored(el, n, full, before=False),
    # Elementor: the heading widget in its wrappers (`elementor-widget-heading` > `elementor-widget-container`).
    "elementor": lambda el, n, total, full, title: _with_text(
        '<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default">'
        f'<div class="elementor-widget-container"><{el.tag} class="elementor-heading-title elementor-size-default">'
        f'</{el.tag}></div></div>', full, None, (0, 0)),
    # BuzzFeed's subbuzz: `<span class="subbuzz__number">1.</span> <span class="js-subbuzz__title-text">…`.
    "subbuzz": lambda el, n, total, full, title: _subbuzz(el, n, title),
    # Google Docs pasted into a CMS: bold by inline style, no <b> (`<span style="font-weight:700">`).
    "gdocs-bold": lambda el, n, total, full, title: _with_text(
        '<p dir="ltr" style="line-height:1.38"><span style="font-size:14pt;font-family:Arial;font-weight:700">'
        '</span></p>', f"{n}. {title}", 0),
    # TinyMCE / Shopify rich text: the number and the title in two bold runs.
    "split-bold": lambda el, n, total, full, title: _split_bold(n, title),
    # A big number stacked over the title inside one heading (`<h2><span>01</span><br>Title</h2>`).
    "br-stacked": lambda el, n, total, full, title: _br_stacked(el, n, title),
    # The number in one wrapper box, the title heading in a sibling box (card themes, Elementor columns).
    "badge-boxed": lambda el, n, total, full, title: _with_text(
        f'<div class="entry"><div class="entry__num"><div class="inner"><span>{n:02d}</span></div></div>'
        f'<div class="entry__head"><{el.tag}></{el.tag}></div></div>', title, None, (1, 0)),
    # The number as a heading of its own over the title's heading.
    "num-heading": lambda el, n, total, full, title: [
        _with_text(f'<{el.tag} class="number"></{el.tag}>', f"{n}"), _with_text(f"<h{_below(el)}></h{_below(el)}>", title)],
    # Naver blog SmartEditor ONE: a "section title" component, its text a plain paragraph in module boxes.
    "naver-title": lambda el, n, total, full, title: _with_text(
        '<div class="se-component se-sectionTitle se-l-default"><div class="se-component-content">'
        '<div class="se-section se-section-sectionTitle se-l-default"><div class="se-module se-module-text">'
        '<p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-"></span></p>'
        '</div></div></div></div>', full, None, (0, 0, 0, 0, 0)),
    # WeChat (js_content) numbered-title templates: the number and the bold title in separate <section> boxes.
    "wechat": lambda el, n, total, full, title: _wechat(n, title),
    # schema.org ListItem microdata: the position only in a <meta>, the heading the name.
    "microdata": lambda el, n, total, full, title: _with_text(
        '<div itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<meta itemprop="position" content="{n}"><{el.tag} itemprop="name"></{el.tag}></div>', title, 1),
    # A product roundup's card: the picture and the title's heading inside one link to the shop.
    "card-link": lambda el, n, total, full, title: _card_link(el, n, full),
    # HTML's <hgroup>: the title's heading with a subtitle line under it.
    "hgroup": lambda el, n, total, full, title: _hgroup(el, full),
    # Round 13 (lists21): page builders' and editors' heading markup.
    # Divi's heading module (ET_Builder_Module_Heading, Divi 4.22+; WordPress/WordPress
    # wp-content/themes/Divi/includes/builder): the heading in its module box and container.
    "divi-heading": lambda el, n, total, full, title: _with_text(
        f'<div class="et_pb_module et_pb_heading et_pb_heading_{n} et_pb_heading_item">'
        f'<div class="et_pb_heading_container"><{el.tag} class="et_pb_module_heading"></{el.tag}></div></div>',
        full, None, (0, 0)),
    # WPBakery's text block (js_composer: `wpb_text_column wpb_content_element` > `wpb_wrapper`).
    "wpbakery": lambda el, n, total, full, title: _with_text(
        '<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">'
        f'<{el.tag}></{el.tag}></div></div>', full, None, (0, 0)),
    # Squarespace's HTML block (`sqs-block html-block` > `sqs-block-content` > `sqs-html-content`).
    "squarespace": lambda el, n, total, full, title: _with_text(
        f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_{n}">'
        f'<div class="sqs-block-content"><div class="sqs-html-content"><{el.tag} style="white-space:pre-wrap;">'
        f'</{el.tag}></div></div></div>', full, None, (0, 0, 0)),
    # Wix's rich-text element: the heading's text in a bold span of the template's classes.
    "wix": lambda el, n, total, full, title: _with_text(
        f'<div data-testid="richTextElement" class="wixui-rich-text"><{el.tag} class="font_2 wixui-rich-text__text">'
        f'<span style="font-weight:bold;" class="wixui-rich-text__text"></span></{el.tag}></div>', full, None, (0, 0)),
    # Ghost's header card: `kg-card kg-header-card` with its heading `kg-header-card-header`.
    "ghost-header": lambda el, n, total, full, title: _with_text(
        f'<div class="kg-card kg-header-card kg-width-full kg-size-small kg-style-dark">'
        f'<{el.tag} class="kg-header-card-header" id="entry-{n}"></{el.tag}></div>', full, 0),
    # Numbers in other scripts and signs, as writers in the headline languages type them: keycap
    # emoji ("1️⃣", "🔟"), Arabic-Indic and Persian digits ("١.", "۱."), Devanagari ("१."), full-width
    # digits ("１．"), CJK numerals with the ideographic comma ("一、"), Japanese "その1".
    "keycap": lambda el, n, total, full, title: _retitled(el, f"{_keycap(n)} {title}") if n <= 10 else None,
    "arabic-digits": lambda el, n, total, full, title: _retitled(el, f"{_digits(n, 0x0660)}. {title}"),
    "persian-digits": lambda el, n, total, full, title: _retitled(el, f"{_digits(n, 0x06F0)}. {title}"),
    "devanagari": lambda el, n, total, full, title: _retitled(el, f"{_digits(n, 0x0966)}. {title}"),
    "bengali-digits": lambda el, n, total, full, title: _retitled(el, f"{_digits(n, 0x09E6)}. {title}"),
    "thai-digits": lambda el, n, total, full, title: _retitled(el, f"{_digits(n, 0x0E50)}. {title}"),
    # Chinese rank "第1名" and Korean "1위" / "제1위" before the title.
    "zh-rank": lambda el, n, total, full, title: _retitled(el, f"第{n}名：{title}"),
    "ko-rank": lambda el, n, total, full, title: _retitled(el, f"{n}위. {title}"),
    "fullwidth": lambda el, n, total, full, title: _retitled(el, f"{_digits(n, 0xFF10)}．{title}"),
    "cjk-numeral": lambda el, n, total, full, title: _retitled(el, f"{_CJK[n]}、{title}") if n < len(_CJK) else None,
    "sono": lambda el, n, total, full, title: _retitled(el, f"その{n} {title}"),
    # Google Docs' "Download as web page": a numbered title is a one-item list that goes on with
    # the count (`<ol class="lst-kix_…-0" start="3"><li class="c2 li-bullet-0"><span class="c5">`),
    # bold only by the class's style rule.
    "gdocs-ol": lambda el, n, total, full, title: _with_text(
        f'<ol class="lst-kix_list_1-0{" start" if n == 1 else ""}" start="{n}"><li class="c2 li-bullet-0">'
        '<span class="c5"></span></li></ol>', title, None, (0, 0)),
    # A slideshow's counter in its own box over the title's heading ("1 of 10", "1 / 10").
    "counter-box": lambda el, n, total, full, title: [
        _with_text('<div class="slide-counter"></div>', f"{n} of {total}"), _with_text(f"<{el.tag}></{el.tag}>", title)],
    # Word's "Save as web page" (and Outlook): a numbered list paragraph, the number in a span padded
    # with no-break spaces inside Word's conditional comment, then the bold title.
    "word-list": lambda el, n, total, full, title: _word_list(n, title),
    # The same saved as "filtered" web page: the conditional comment gone, the number's span kept.
    "word-list-filtered": lambda el, n, total, full, title: _word_list(n, title, filtered=True),
    # Round 13 wave 2 (lists22): more builders' heading widgets.
    # Beaver Builder's heading module (fl-builder modules/heading/includes/frontend.php: `fl-module
    # fl-module-heading` > `fl-module-content` > `<h2 class="fl-heading"><span class="fl-heading-text">`).
    "beaver-heading": lambda el, n, total, full, title: _with_text(
        f'<div class="fl-module fl-module-heading fl-node-a{n}" data-node="a{n}"><div class="fl-module-content '
        f'fl-node-content"><{el.tag} class="fl-heading"><span class="fl-heading-text"></span></{el.tag}></div></div>',
        full, None, (0, 0, 0)),
    # Kadence Blocks' advanced heading (`wp-block-kadence-advancedheading`, its own numbered class).
    "kadence-heading": lambda el, n, total, full, title: _with_text(
        f'<{el.tag} class="kt-adv-heading{n}_5e1f wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading'
        f'{n}_5e1f"></{el.tag}>', full),
    # Spectra (Ultimate Addons for Gutenberg) advanced heading: `wp-block-uagb-advanced-heading` > `uagb-heading-text`.
    "spectra-heading": lambda el, n, total, full, title: _with_text(
        f'<div class="wp-block-uagb-advanced-heading uagb-block-{n}a2b"><{el.tag} class="uagb-heading-text">'
        f'</{el.tag}></div>', full, 0),
    # Round 14 (lists25): how hosted platforms and exports write an entry's title (each from the
    # platform's documented output).
    # AMP article (amp.dev "Create your AMP HTML page"): the heading, then the entry's picture as
    # <amp-img> (its <noscript><img> fallback inside) in a figure.
    "amp-img": lambda el, n, total, full, title: [
        _with_text(f"<{el.tag}></{el.tag}>", full),
        _frag(f'<figure class="amp-fig"><amp-img src="/p/{n}.jpg" width="1200" height="800" layout="responsive" '
              f'alt="{_attr(title)}"><noscript><img src="/p/{n}.jpg" width="1200" height="800" alt=""></noscript>'
              '</amp-img><figcaption>Photo: Jane Doe</figcaption></figure>')],
    # Medium's post markup (export and page): `<h3 name="9f2c" id="9f2c" class="graf graf--h3 graf-after--p">`,
    # its small heading `graf--h4`, and a bold paragraph `graf--p` with `markup--strong markup--p-strong`.
    "medium-h3": lambda el, n, total, full, title: _with_text(
        f'<h3 name="a{n}f2" id="a{n}f2" class="graf graf--h3 graf-after--p"></h3>', full),
    "medium-h4": lambda el, n, total, full, title: _with_text(
        f'<h4 name="b{n}c1" id="b{n}c1" class="graf graf--h4 graf-after--figure"></h4>', full),
    "medium-bold": lambda el, n, total, full, title: _with_text(
        f'<p name="c{n}d9" id="c{n}d9" class="graf graf--p graf-after--p"><strong class="markup--strong '
        'markup--p-strong"></strong></p>', full, 0),
    # Blogger's compose editor: a title is a line in a bigger font (`<span style="font-size: x-large;">`)
    # in bold inside a div of its own, no heading at all.
    "blogger-span": lambda el, n, total, full, title: _with_text(
        '<div style="text-align: left;"><b><span style="font-size: x-large;"></span></b></div>', full, None, (0, 0)),
    # Ghost: a heading, then the entry's picture in an image card (`kg-card kg-image-card kg-card-hascaption`).
    "ghost-image": lambda el, n, total, full, title: [
        _with_text(f'<{el.tag} id="entry-{n}"></{el.tag}>', full),
        _frag(f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/{n}.jpg" '
              f'class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span '
              'style="white-space: pre-wrap;">Photo by Jane Doe / Unsplash</span></figcaption></figure>')],
    # Wix's rich text: the title a paragraph in the theme's "Heading 2" class (`<p class="font_2">`),
    # no heading and no bold; its size only from the theme's stylesheet (STYLES).
    "wix-p": lambda el, n, total, full, title: _with_text(
        '<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_2 wixui-rich-text__text">'
        '<span class="wixui-rich-text__text"></span></p></div>', full, None, (0, 0)),
    # Webflow's rich text element: headings in `w-richtext`, pictures as `w-richtext-figure-type-image`.
    "webflow-rt": lambda el, n, total, full, title: [
        _with_text(f'<div class="w-richtext"><{el.tag}></{el.tag}></div>', full, 0),
        _frag(f'<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image">'
              f'<div><img src="https://assets.website-files.com/{n}.jpg" loading="lazy" alt=""></div></figure>')],
    # HubSpot's blog rich text (`hs_cos_wrapper_type_rich_text`): the heading's size and colour in spans.
    "hubspot": lambda el, n, total, full, title: _with_text(
        f'<span id="hs_cos_wrapper_post_body_{n}" class="hs_cos_wrapper hs_cos_wrapper_meta_field '
        f'hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">'
        f'<{el.tag} style="font-size: 24px;"><span style="color: #33475b;"></span></{el.tag}></span>',
        full, None, (0, 0)),
    # Drupal Paragraphs: an entry paragraph's title is a string field (`field--name-field-title`), a div.
    "drupal-title": lambda el, n, total, full, title: _with_text(
        '<div class="paragraph paragraph--type--list-item paragraph--view-mode--default"><div class="field '
        'field--name-field-title field--type-string field--label-hidden field__item"></div></div>', full, 0),
    # Word's "Save as Web Page" (not filtered): the number in Word's downlevel-revealed conditional
    # (`<![if !supportLists]>…<![endif]>`), not a comment.
    "word-bang": lambda el, n, total, full, title: _word_bang(n, title),
    # Word's numbered heading style saved as a web page: the heading keeps Word's list number in
    # `<![if !supportLists]>` (`<h2 style='mso-list:l0 level1 lfo1'>…<span style='mso-list:Ignore'>1.`).
    "word-heading": lambda el, n, total, full, title: _word_heading(el, n, title),
    # Word's "Save as Web Page, Filtered": the title in a custom paragraph style ("Entry Title"),
    # bold only in the style's rule in the head (`p.EntryTitle, li.EntryTitle, div.EntryTitle`, STYLES).
    "word-style": lambda el, n, total, full, title: _with_text("<p class=EntryTitle></p>", full),
    # The block editor's Paragraph block in the "L" size preset (`has-large-font-size`), sized by the
    # global styles' custom property (STYLES); no heading, no bold.
    "wp-large": lambda el, n, total, full, title: _with_text('<p class="has-large-font-size"></p>', full),
    # Google Docs "Publish to the web": every line a `<p class="c3"><span class="c1">`, bold and size
    # only in the class rules (STYLES).
    "gdocs-pub": lambda el, n, total, full, title: _with_text(
        '<p class="c3"><span class="c1"></span></p>', f"{n}. {title}", 0),
    # Notion's HTML export: a numbered-list block per title (`<ol type="1" class="numbered-list" start="3">`).
    "notion-ol": lambda el, n, total, full, title: _with_text(
        f'<ol type="1" id="n{n}-4c1d" class="numbered-list" start="{n}"><li><strong></strong></li></ol>',
        title, None, (0, 0)),
    # The number in a box of its own beside the heading (a theme's counter badge, not inside it).
    "num-span-sibling": lambda el, n, total, full, title: [
        _with_text('<span class="item-number"></span>', f"{n}"),
        _with_text(f"<{el.tag}></{el.tag}>", title)],
    "num-span-hidden": lambda el, n, total, full, title: [
        _with_text('<span class="item-number" aria-hidden="true"></span>', f"{n}"),
        _with_text(f"<{el.tag}></{el.tag}>", title)],
    "num-div-sibling": lambda el, n, total, full, title: [
        _with_text('<div class="listicle-count"></div>', f"{n:02d}"), _with_text(f"<{el.tag}></{el.tag}>", title)],
    # Other numerals: lower-case Roman, letters, circled digits, keycaps without the variation selector.
    "roman-lower": lambda el, n, total, full, title: _retitled(el, f"{ROMAN[n].lower()}. {title}")
    if n < len(ROMAN) else None,
    "letters": lambda el, n, total, full, title: _retitled(el, f"{chr(64 + n)}. {title}") if n <= 26 else None,
    "circled": lambda el, n, total, full, title: _retitled(el, f"{chr(0x245F + n)} {title}") if n <= 20 else None,
    "keycap-bare": lambda el, n, total, full, title: _retitled(el, f"{_keycap(n).replace(chr(0xFE0F), '')} {title}")
    if n <= 10 else None,
    "hash-colon": lambda el, n, total, full, title: _retitled(el, f"#{n}: {title}"),
    # The number in a span of its own inside the heading, no space after it (a theme's CSS spaces them).
    "span-in-heading": lambda el, n, total, full, title: _span_in_heading(el, n, title),
    "paren-both": lambda el, n, total, full, title: _retitled(el, f"({n}) {title}"),
    "dash": lambda el, n, total, full, title: _retitled(el, f"{n} - {title}"),
    # ---- Round 15 (lists31): entries as non-Latin scripts' posts number them (tests/test_listicle_unseen16.py).
    # Chinese and Korean ranking posts' "TOP1" and "NO.1"; a label glued to its number, as Japanese themes'
    # point boxes and Chinese how-tos write it ("ポイント1：", "方法1："); "其一：" and "第一个：";
    # "【第一名】"; Thai "อันดับ 1" (rank 1); a danda after Devanagari and Bengali digits
    # and Urdu's full stop after Persian ones; Korean "첫째,"; a rank alone in a heading over the title
    # ("第1位"), and a crown picture whose alt is the rank ("1位") before it.
    "top-glued": lambda el, n, total, full, title: _retitled(el, f"TOP{n} {title}"),
    "no-caps": lambda el, n, total, full, title: _retitled(el, f"NO.{n} {title}"),
    "ja-point": lambda el, n, total, full, title: _retitled(el, f"ポイント{n}：{title}"),
    "zh-method": lambda el, n, total, full, title: _retitled(el, f"方法{n}：{title}"),
    "zh-qi": lambda el, n, total, full, title: _retitled(el, f"其{_CJK[n]}：{title}") if n < len(_CJK) else None,
    "zh-di-ge": lambda el, n, total, full, title: _retitled(el, f"第{_CJK[n]}个：{title}") if n < len(_CJK) else None,
    "zh-lenticular": lambda el, n, total, full, title: _retitled(el, f"【第{_CJK[n]}名】{title}")
    if n < len(_CJK) else None,
    "thai-rank": lambda el, n, total, full, title: _retitled(el, f"อันดับ {n} {title}"),
    "danda-devanagari": lambda el, n, total, full, title: _retitled(el, f"{_digits(n, 0x0966)}। {title}"),
    "danda-bengali": lambda el, n, total, full, title: _retitled(el, f"{_digits(n, 0x09E6)}। {title}"),
    "urdu-stop": lambda el, n, total, full, title: _retitled(el, f"{_digits(n, 0x06F0)}۔ {title}"),
    "ko-ordinal": lambda el, n, total, full, title: _retitled(el, f"{_KO_ORDINALS[n]}, {title}")
    if n < len(_KO_ORDINALS) else None,
    "rank-heading": lambda el, n, total, full, title: [
        _with_text(f'<{el.tag} class="rank"></{el.tag}>', f"第{n}位"), _with_text(f"<h{_below(el)}></h{_below(el)}>", title)],
    "crown-img": lambda el, n, total, full, title: _with_text(
        f'<div class="ranking-item"><img src="/img/rank{n}.png" alt="{n}位"><{el.tag}></{el.tag}></div>', title, 1),
    # ---- end of lists31's block
}
_KO_ORDINALS = ("", "첫째", "둘째", "셋째", "넷째", "다섯째", "여섯째", "일곱째", "여덟째", "아홉째", "열째")

# Dresses of the whole entry: its heading and what follows it up to the next entry are wrapped
# (the heading dressed as above, or left as it is): (wrapper markup, markup of the list that holds the
# wrappers or "", heading dress or "").
SECTIONS: dict[str, tuple[str, str, str]] = {
    # Headings inside an ordered list's items: the browser draws the numbers (WordPress "list item" blocks,
    # themes that number entries with `<ol class="listicle">`).
    "ol-headings": ('<li class="listicle__item"></li>', '<ol class="listicle"></ol>', ""),
    # Gutenberg group block per entry (`wp-block-group` > `wp-block-group__inner-container`).
    "wp-group": ('<div class="wp-block-group"><div class="wp-block-group__inner-container"></div></div>', "", ""),
    # Each entry an <article> or <section> of its own (Arc XP / newsroom list templates, Ghost cards).
    "article-entry": ('<article class="list-item"></article>', "", ""),
    "section-entry": ('<section class="listicle-entry"></section>', "", ""),
    # Elementor: the entry's text in a text-editor widget, its heading in a heading widget.
    "elementor-page": ('<div class="elementor-element elementor-widget elementor-widget-text-editor">'
                       '<div class="elementor-widget-container"></div></div>', "", "elementor"),
    # Yoast's how-to block: `<ol class="schema-how-to-steps"><li class="schema-how-to-step"><strong
    # class="schema-how-to-step-name">…</strong> <p class="schema-how-to-step-text">…`.
    "howto-steps": ('<li class="schema-how-to-step"></li>', '<ol class="schema-how-to-steps"></ol>', "howto-name"),
    # Entries as a bulleted list's items, each its heading and text (a theme's `<ul class="listicle">`).
    "ul-headings": ('<li class="listicle__item"></li>', '<ul class="listicle"></ul>', ""),
    # A ranking table: each entry a row, its heading and text in one cell.
    "table-rows": ('<tr><td class="entry"></td></tr>', '<table class="ranking"><tbody></tbody></table>', ""),
    # Webflow's CMS collection list: `w-dyn-list` > `w-dyn-items` (role=list) > `w-dyn-item` (role=listitem).
    "webflow-items": ('<div role="listitem" class="w-dyn-item"></div>',
                      '<div class="w-dyn-list"><div role="list" class="w-dyn-items"></div></div>', ""),
    # AMP's slide carousel: each entry a slide box in <amp-carousel type="slides">.
    "amp-carousel": ('<div class="slide"></div>',
                     '<amp-carousel type="slides" layout="responsive" width="4" height="3"></amp-carousel>', ""),
    # A slideshow's slides written out in one page (Meredith, Hearst, Gallery plugins: `<div class="gallery">
    # <div class="gallery-slide" data-slide="3">`), each slide an entry with its heading and text.
    "gallery-slides": ('<div class="gallery-slide slide"></div>', '<div class="gallery slideshow"></div>', ""),
    # Bootstrap's carousel written out (`carousel-inner` > `carousel-item`) and a theme's cards.
    "carousel-items": ('<div class="carousel-item"></div>', '<div class="carousel slide"><div class="carousel-inner">'
                       '</div></div>', ""),
    "card-entry": ('<div class="card"><div class="card-body"></div></div>', '<div class="cards"></div>', ""),
    # ProseMirror / Tiptap editors (Substack, Ghost, Notion's export, Markdown's loose lists): each entry an
    # ordered list's item holding paragraphs, its title the first one in bold
    # (`<ol><li><p><strong>Lisbon</strong></p><p>…</p></li></ol>`).
    "ol-paragraphs": ('<li></li>', '<ol></ol>', "p-strong-title"),
    "ul-paragraphs": ('<li></li>', '<ul></ul>', "p-strong-title"),
    # Divi's text module per entry (`et_pb_module et_pb_text` > `et_pb_text_inner`), its heading in it.
    "divi-text": ('<div class="et_pb_module et_pb_text et_pb_text_align_left et_pb_bg_layout_light">'
                  '<div class="et_pb_text_inner"></div></div>', "", ""),
    # Round 14 (lists25): hosted platforms' blocks, one per entry.
    # Squarespace: each entry its own HTML block (`sqs-block html-block` > `sqs-block-content` > `sqs-html-content`).
    "squarespace-blocks": ('<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div '
                           'class="sqs-block-content"><div class="sqs-html-content"></div></div></div>', "", ""),
    # Drupal Paragraphs (paragraphs module, Olivero/Claro templates): `field__items` > `field__item` >
    # `paragraph paragraph--type--text` > the body field's formatted text.
    "drupal-paragraphs": ('<div class="field__item"><div class="paragraph paragraph--type--text '
                          'paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-body '
                          'field--type-text-long field--label-hidden field__item"></div></div></div>',
                          '<div class="field field--name-field-paragraphs field--type-entity-reference-revisions '
                          'field--label-hidden field__items"></div>', ""),
    # HubSpot's drag-and-drop modules: `hs_cos_wrapper_widget hs_cos_wrapper_type_module` > rich text span.
    "hubspot-modules": ('<div id="hs_cos_wrapper_widget_1" class="hs_cos_wrapper hs_cos_wrapper_widget '
                        'hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module">'
                        '<span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" '
                        'data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"></span></div>', "", ""),
    # AMP: each entry a slide of `<amp-carousel type="carousel">` (the scroller kind, not slides).
    "amp-scroller": ('<div class="amp-entry"></div>',
                     '<amp-carousel type="carousel" layout="fixed-height" height="400"></amp-carousel>', ""),
}
HEADING_IN_SECTION = {
    "p-strong-title": lambda el, n, total, full, title: _with_text("<p><strong></strong></p>", title, 0),
    "howto-name": lambda el, n, total, full, title: _with_text('<strong class="schema-how-to-step-name"></strong>', title),
}

# Google Docs' published page: the classes' rules in the head (`.c1` the bold title's run).
_GDOCS_CSS = (".c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;"
              "font-family:\"Arial\";font-style:normal}.c1{color:#000000;font-weight:700;text-decoration:none;"
              "vertical-align:baseline;font-size:16pt;font-family:\"Arial\";font-style:normal}"
              ".c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}")
# Wix's theme fonts (`font_2` Heading 2, `font_8` Paragraph 2), in the page's head.
_WIX_CSS = (".font_2{font:normal normal normal 28px/1.4em playfairdisplay-bold,serif;color:#1c1c1c}"
            ".font_8{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif;color:#3d3d3d}")

# Page CSS a shape needs, set in the page's <head>.
STYLES = {
    "css-counter": ".lc-item{counter-increment:lc} .lc-item::before{content:counter(lc) \". \"}",
    "gdocs-ol": ".c5{color:#000000;font-weight:700;font-size:14pt;font-family:\"Arial\"}",
    "gdocs-pub": _GDOCS_CSS,
    "gdocs-published": _GDOCS_CSS,
    "wix-p": _WIX_CSS,
    "word-style": ("<!--\n /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;"
                   "font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\np.EntryTitle, li.EntryTitle, div.EntryTitle\n"
                   "\t{mso-style-name:\"Entry Title\";margin-top:12.0pt;font-size:11.0pt;font-weight:bold;}\n-->"),
    "wp-large": (":root{--wp--preset--font-size--medium: clamp(14px, 0.875rem + ((1vw - 3.2px) * 0.469), 20px);"
                 "--wp--preset--font-size--large: clamp(22.041px, 1.378rem + ((1vw - 3.2px) * 1.586), 36px);}"
                 ".has-medium-font-size{font-size: var(--wp--preset--font-size--medium) !important;}"
                 ".has-large-font-size{font-size: var(--wp--preset--font-size--large) !important;}"),
    "wix-rich": _WIX_CSS,
}
# Markup a dress writes that lxml cannot: placeholders swapped for it in the serialised page.
RAW = {b"<!--LISTS25-IF-->": b"<![if !supportLists]>", b"<!--LISTS25-ENDIF-->": b"<![endif]>"}


def _substack(el: HtmlElement, full: str) -> HtmlElement:
    new = _with_text(f'<{el.tag} class="header-anchor-post"></{el.tag}>', full)
    new.append(_frag('<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset '
                     'header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yellow-border">'
                     '<div id="§x" class="pencraft pc-reset header-anchor offset-top"><button aria-label="Link" '
                     'class="pencraft pc-reset pencraft icon-container restack-image"><svg xmlns="http://www.w3.org/'
                     '2000/svg" width="18" height="18" viewBox="0 0 24 24"><path d="M10 13a5 5 0 0 0 7.54.54"></path>'
                     '</svg></button></div></div></div>'))
    return new


def _self_anchor(el: HtmlElement, n: int, full: str) -> HtmlElement:
    new = _with_text(f'<{el.tag} id="entry-{n}"><a class="heading-anchor" href="#entry-{n}"></a></{el.tag}>', full, 0)
    return new


def _anchored(el: HtmlElement, n: int, full: str, before: bool) -> HtmlElement:
    new = _frag(f'<{el.tag} id="entry-{n}"></{el.tag}>')
    if before:
        new.append(_frag(f'<a name="entry-{n}" href="#entry-{n}" class="anchor"></a>'))
        new[0].tail = full
    else:
        new.text = full
        new.append(_with_text(f'<a class="headerlink" href="#entry-{n}" title="Permalink to this heading"></a>', "¶"))
    return new


def _subbuzz(el: HtmlElement, n: int, title: str) -> HtmlElement:
    new = _frag(f'<div class="subbuzz subbuzz-text"><{el.tag} class="subbuzz__title"><span class="subbuzz__number">'
                f'</span> <span class="js-subbuzz__title-text"></span></{el.tag}></div>')
    new[0][0].text = f"{n}."
    new[0][1].text = title
    return new


def _split_bold(n: int, title: str) -> HtmlElement:
    new = _frag('<p><strong><span data-mce-fragment="1"></span></strong><strong><span data-mce-fragment="1">'
                '</span></strong></p>')
    new[0][0].text = f"{n}."
    new[1][0].text = f" {title}"
    return new


def _br_stacked(el: HtmlElement, n: int, title: str) -> HtmlElement:
    new = _frag(f'<{el.tag}><span class="num">{n:02d}</span><br></{el.tag}>')
    new[1].tail = title
    return new


def _below(el: HtmlElement) -> int:
    return min(int(el.tag[1]) + 1, 6)


def _wechat(n: int, title: str) -> list[HtmlElement]:
    num = _frag('<section style="text-align:center;margin-top:24px"><section style="display:inline-block;'
                'border-bottom:2px solid #f60"><span style="font-size:22px;color:#f60"><strong></strong></span>'
                '</section></section>')
    num[0][0][0].text = f"{n:02d}"
    head = _frag('<section style="text-align:center"><span style="font-size:17px"><strong></strong></span></section>')
    head[0][0].text = title
    return [num, head]


_CJK = ("", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六",
        "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八",
        "二十九", "三十")


def _keycap(n: int) -> str:
    return "\U0001F51F" if n == 10 else f"{n}\uFE0F\u20E3"


def _digits(n: int, zero: int) -> str:
    return "".join(chr(zero + int(d)) for d in str(n))


def _word_list(n: int, title: str, filtered: bool = False) -> HtmlElement:
    new = _frag('<p class="MsoListParagraphCxSpMiddle" style="text-indent:-.25in;mso-list:l0 level1 lfo1">'
                f'{"" if filtered else "<!--[if !supportLists]-->"}<b><span style="mso-bidi-font-family:Calibri">'
                '<span style="mso-list:Ignore"><span style="font:7.0pt \'Times New Roman\'">'
                f'\u00a0\u00a0\u00a0\u00a0\u00a0 </span></span></span></b>{"" if filtered else "<!--[endif]-->"}'
                '<b><span lang="EN-US"></span></b></p>')
    bolds = [child for child in new if child.tag == "b"]
    bolds[0][0][0].text = f"{n}."
    bolds[1][0].text = title
    return new


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _word_bang(n: int, title: str) -> HtmlElement:
    """Word's list paragraph with the number inside ``<![if !supportLists]>``: written as comments
    here and turned into Word's markup after serialising (RAW)."""
    new = _frag('<p class="MsoListParagraphCxSpFirst" style="text-indent:-.25in;mso-list:l0 level1 lfo1">'
                '<!--LISTS25-IF--><b><span style="mso-bidi-font-family:Calibri"><span style="mso-list:Ignore"><span '
                'style="font:7.0pt \'Times New Roman\'">\u00a0\u00a0\u00a0\u00a0\u00a0 </span></span></span></b>'
                '<!--LISTS25-ENDIF--><b><span lang="EN-US"></span></b></p>')
    bolds = [child for child in new if child.tag == "b"]
    bolds[0][0][0].text = f"{n}."
    bolds[1][0].text = title
    return new


def _span_in_heading(el: HtmlElement, n: int, title: str) -> HtmlElement:
    new = _frag(f'<{el.tag}><span class="list-number"></span></{el.tag}>')
    new[0].text = f"{n}"
    new[0].tail = title
    return new


def _word_heading(el: HtmlElement, n: int, title: str) -> HtmlElement:
    new = _frag(f'<{el.tag} style="margin-left:.25in;text-indent:-.25in;mso-list:l0 level1 lfo1"><!--LISTS25-IF-->'
                '<span style="mso-fareast-font-family:Calibri"><span style="mso-list:Ignore"><span style="font:7.0pt '
                f'\'Times New Roman\'">\u00a0\u00a0\u00a0 </span></span></span><!--LISTS25-ENDIF--><span lang="EN-US">'
                f'</span></{el.tag}>')
    spans = [child for child in new if child.tag == "span"]
    spans[0][0].text = f"{n}."
    spans[1].text = title
    return new


def _card_link(el: HtmlElement, n: int, full: str) -> HtmlElement:
    card = _frag(f'<a class="product-card" href="https://www.amazon.com/dp/B0{n}"><img src="/p/{n}.jpg" alt="">'
                 f'<{el.tag} class="product-card__title"></{el.tag}></a>')
    card[1].text = full
    return card


def _hgroup(el: HtmlElement, full: str) -> HtmlElement:
    group = _frag(f'<hgroup><{el.tag}></{el.tag}><p>Our pick for the season</p></hgroup>')
    group[0].text = full
    return group


def _shop_link(el: HtmlElement, n: int, full: str) -> HtmlElement:
    return _linked(el, f"https://www.amazon.com/dp/B0{n}", full)


def _linked(el: HtmlElement, href: str, text: str) -> HtmlElement:
    new = _retitled(el, "")
    new.text = None
    link = _frag(f'<a href="{href}"></a>')
    link.text = text
    new.append(link)
    return new


def _norm(text: str) -> str:
    return " ".join(text.split())


def _tuning_rows() -> Iterator[dict[str, str]]:
    held = {line.strip() for line in (HERE / "holdout.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")}
    lines = (line for line in (HERE / "listicles.tsv").read_text().splitlines() if line.strip() and not line.startswith("#"))
    for row in csv.DictReader(lines, delimiter="\t"):
        if row["page"] not in held and row["items"] and row["verdict"] != "unknown":
            yield row


SETTINGS = default_settings()


def _count(raw: bytes, name: str) -> int:
    doc = audit(raw, name, SETTINGS).document
    return len(doc.items) if doc is not None else -1


def _paragraphs_to_lines(parts: list[HtmlElement]) -> HtmlElement | None:
    """Blogger's and classic editors' posts without <p>: one box, the entry's title in bold and
    its paragraphs as text lines parted by blank lines (<br><br>)."""
    box = _frag("<div></div>")
    for part in parts:
        if part.tag != "p":
            return None  # a picture, an embed: left for the dresses of whole boxes
        for child in list(part):
            box.append(child)
        box.append(_frag("<br>"))
        box.append(_frag("<br>"))
    return box


def _entry_box(kind: str, head: HtmlElement, number: int, full: str, parts: list[HtmlElement]) -> list[HtmlElement] | None:
    """The entry (its heading ``head`` and the blocks ``parts`` after it) rebuilt as ``kind``."""
    paras = [x for x in parts if x.tag == "p" and (x.text_content() or "").strip()]
    if kind in ("blogger-br", "blogger-size", "weebly-font"):
        if not paras or any(x.tag != "p" for x in parts):
            return None
        box = _frag('<div class="paragraph"></div>' if kind == "weebly-font" else "<div></div>")
        # Blogger's older editor: a title set apart by its size alone (`<span style="font-size: x-large;">`);
        # Weebly's paragraph element (`<div class="paragraph">`) sizes it with the legacy `<font size="5">`.
        title = _with_text({"blogger-br": "<b></b>", "blogger-size": '<span style="font-size: x-large;"></span>',
                            "weebly-font": '<font size="5"></font>'}[kind], full)
        title.tail = None
        box.append(title)
        box.append(_frag("<br>"))
        for para in paras:
            br = _frag("<br>")
            last = box[-1]
            last.tail = (last.tail or "") + (para.text or "")
            for child in list(para):
                box.append(child)
            box.append(br)
            box.append(_frag("<br>"))
        return [box]
    if kind == "strong-br":  # "<p><strong>1. Lisbon</strong><br>Its text…</p>": the title run in over a line break
        if not parts or parts[0].tag != "p" or not (parts[0].text_content() or "").strip():
            return None
        first = copy.deepcopy(parts[0])
        title = _with_text("<strong></strong>", full)
        br = _frag("<br>")
        br.tail = first.text
        first.text = None
        first.insert(0, br)
        first.insert(0, title)
        return [first, *parts[1:]]
    if kind == "strong-colon":  # "<p><strong>1. Lisbon:</strong> its text…</p>": a bold run-in lead
        if not parts or parts[0].tag != "p" or not (parts[0].text_content() or "").strip():
            return None
        first = copy.deepcopy(parts[0])
        title = _with_text("<strong></strong>", full.rstrip(":") + ":")
        title.tail = " " + (first.text or "")
        first.text = None
        first.insert(0, title)
        return [first, *parts[1:]]
    if kind == "dl-terms":  # "<dl><dt>1. Lisbon</dt><dd><p>…</p></dd>": a definition list's term and its text
        if not parts:
            return None
        dl = _frag("<dl><dt></dt><dd></dd></dl>")
        dl[0].text = full
        for part in parts:
            dl[1].append(copy.deepcopy(part))
        return [dl]
    if kind == "details":  # "<details open><summary>1. Lisbon</summary><p>…</p></details>": an accordion's entry
        if not parts:
            return None
        box = _frag("<details open><summary></summary></details>")
        box[0].text = full
        for part in parts:
            box.append(copy.deepcopy(part))
        return [box]
    if kind == "ghost-toggle":  # Ghost's toggle card: the title in `kg-toggle-heading`, the text in `kg-toggle-content`
        if not parts:
            return None
        box = _frag('<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading">'
                    '<h4 class="kg-toggle-heading-text"></h4><button class="kg-toggle-card-icon" aria-label="Expand">'
                    '<svg viewBox="0 0 24 24"><path d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path>'
                    '</svg></button></div><div class="kg-toggle-content"></div></div>')
        box[0][0].text = full
        for part in parts:
            box[1].append(copy.deepcopy(part))
        return [box]
    if kind == "notion-toggle":  # a Notion export's toggle block: `<ul class="toggle"><li><details open>`
        if not parts:
            return None
        box = _frag('<ul class="toggle"><li><details open=""><summary></summary></details></li></ul>')
        box[0][0][0].text = full
        for part in parts:
            box[0][0].append(copy.deepcopy(part))
        return [box]
    if kind in _RESTYLED:  # an editor that writes every line in its own classes (see _RESTYLED)
        return _restyled(kind, number, full, parts)
    if kind == "medium-postlist":  # Medium's numbered list: one item per entry, its title a bold lead
        if not paras:
            return None
        box = _frag('<ol class="postList"><li class="graf graf--li graf-after--p"><strong class="markup--strong '
                    'markup--li-strong"></strong></li></ol>')
        title = _title_of(full)
        box[0][0].text = title if title.endswith((".", ":", "!", "?")) else title + "."
        box[0][0].tail = " " + " ".join(" ".join(x.text_content().split()) for x in paras)
        return [box]
    if kind == "notion-nested":  # Notion's export: the entry's blocks nested in its numbered-list item
        if not parts:
            return None
        box = _frag(f'<ol type="1" id="n{number}-4c1d" class="numbered-list" start="{number}"><li></li></ol>')
        box[0].text = _title_of(full)
        for part in parts:
            box[0].append(copy.deepcopy(part))
        return [box]
    if kind in _CARDS:  # a builder's card holding the entry: a picture, the title, its text inside
        if not parts:
            return None
        markup, at_title, at_text = _CARDS[kind]
        box = _frag(markup.format(n=number))
        title = box
        for step in at_title:
            title = title[step]
        title.text = full
        holder = box
        for step in at_text:
            holder = holder[step]
        for part in parts:
            holder.append(copy.deepcopy(part))
        return [box]
    raise ValueError(kind)


# Cards of page builders and editors, each holding one entry: (markup, path to the title's element,
# path to the box the entry's text goes in).
_CARDS: dict[str, tuple[str, tuple[int, ...], tuple[int, ...]]] = {
    # Ghost's product card (`kg-product-card`): picture, title, description, button.
    "ghost-product": (
        '<div class="kg-card kg-product-card"><div class="kg-product-card-container"><img src="/p/{n}.jpg" '
        'class="kg-product-card-image" alt=""><div class="kg-product-card-title-container"><h4 '
        'class="kg-product-card-title"></h4></div><div class="kg-product-card-description"></div><a '
        'href="https://www.amazon.com/dp/B0{n}" class="kg-product-card-button kg-product-card-btn-accent">'
        '<span>Buy now</span></a></div></div>', (0, 1, 0), (0, 2)),
    # Gutenberg's media & text block: the picture in one column, the heading and text in the other.
    "wp-media-text": (
        '<div class="wp-block-media-text alignwide is-stacked-on-mobile"><figure class="wp-block-media-text__media">'
        '<img src="/p/{n}.jpg" alt=""></figure><div class="wp-block-media-text__content"><h3 '
        'class="wp-block-heading"></h3></div></div>', (1, 0), (1,)),
    # Elementor's image box widget: `elementor-image-box-title` over `elementor-image-box-description`.
    "elementor-image-box": (
        '<div class="elementor-widget elementor-widget-image-box"><div class="elementor-widget-container"><div '
        'class="elementor-image-box-wrapper"><figure class="elementor-image-box-img"><img src="/p/{n}.jpg" alt="">'
        '</figure><div class="elementor-image-box-content"><h3 class="elementor-image-box-title"></h3><div '
        'class="elementor-image-box-description"></div></div></div></div></div>', (0, 0, 1, 0), (0, 0, 1, 1)),
    # Elementor's icon box widget (elementor/includes/widgets/icon-box.php): an icon, then the title
    # (`elementor-icon-box-title`, its text in a span) and the description in `elementor-icon-box-content`.
    "elementor-icon-box": (
        '<div class="elementor-widget elementor-widget-icon-box"><div class="elementor-widget-container"><div '
        'class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon '
        'elementor-animation-"><svg aria-hidden="true" viewBox="0 0 512 512"><path d="M256 8C119"></path></svg>'
        '</span></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span></span>'
        '</h3></div></div></div></div>', (0, 0, 1, 0, 0), (0, 0, 1)),
    # Divi's blurb module (ET_Builder_Module_Blurb): the picture in `et_pb_main_blurb_image`, the title
    # `h4.et_pb_module_header` and the text in `et_pb_blurb_description` inside `et_pb_blurb_container`.
    "divi-blurb": (
        '<div class="et_pb_module et_pb_blurb et_pb_blurb_{n} et_pb_text_align_left et_pb_blurb_position_top '
        'et_pb_bg_layout_light"><div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image"><span '
        'class="et_pb_image_wrap"><img src="/p/{n}.jpg" alt="" class="et-waypoint et_pb_animation_top"></span>'
        '</div><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span></span></h4><div '
        'class="et_pb_blurb_description"></div></div></div></div>', (0, 1, 0, 0), (0, 1, 1)),
}

# Editors that write every line of an entry in their own markup: (markup holding the entry, or "";
# the title's line with {n}; a text line), each line's text in its innermost first child.
_RESTYLED: dict[str, tuple[str, str, str]] = {
    # Google Docs "Publish to the web": `<p class="c3"><span class="c1">1. Title</span></p>`, the text
    # in `<p class="c3"><span class="c0">`; bold only in the class rules (STYLES).
    "gdocs-published": ("", '<p class="c3"><span class="c1"></span></p>', '<p class="c3"><span class="c0"></span></p>'),
    # Wix's rich text: the title in the theme's "Heading 2" paragraph class (`font_2`), the text in
    # "Paragraph 2" (`font_8`), all in one rich-text element; sizes only in the theme's rules (STYLES).
    "wix-rich": ('<div data-testid="richTextElement" class="wixui-rich-text"></div>',
                 '<p class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text"></span></p>',
                 '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text"></span></p>'),
    # Blogger's compose editor (2020 and on): every line a div; the title bold in a bigger font, a
    # blank line (`<div><br></div>`) between blocks.
    "blogger-divs": ("", '<div><b><span style="font-size: x-large;"></span></b></div>', "<div><span></span></div>"),
    # Medium: the title a `graf--h3`, the text `graf--p` paragraphs.
    "medium-grafs": ("", '<h3 class="graf graf--h3 graf-after--p"></h3>', '<p class="graf graf--p graf-after--h3"></p>'),
}

# Dresses that rebuild each whole entry (its heading and its text): see _entry_box.
REBUILT = ("blogger-br", "blogger-size", "weebly-font", "strong-br", "strong-colon", "dl-terms", "details", "ghost-toggle", "notion-toggle", *_CARDS,
           *_RESTYLED, "medium-postlist", "notion-nested")


def _innermost(el: HtmlElement) -> HtmlElement:
    while len(el):
        el = el[0]
    return el


def _title_of(full: str) -> str:
    marker = parse_marker(full, plain=True)
    return marker.title if marker else full


def _restyled(kind: str, number: int, full: str, parts: list[HtmlElement]) -> list[HtmlElement] | None:
    wrapper, title_markup, line_markup = _RESTYLED[kind]
    if not parts or any(x.tag not in ("p", "ul", "ol", "blockquote", "figure", "div") for x in parts):
        return None
    lines = [_frag(title_markup)]
    _innermost(lines[0]).text = full if kind == "medium-grafs" else f"{number}. {_title_of(full)}"
    for part in parts:
        img = next(part.iter("img"), None)
        if img is not None:  # a picture in a box of its own (Blogger's `separator`), its credit line left out
            box = _frag('<div class="separator" style="clear: both; text-align: center;"></div>')
            box.append(copy.deepcopy(img))
            box[0].tail = None
            lines.append(box)
            continue
        text = " ".join(part.text_content().split()) if part.tag != "figure" else ""
        if not text:
            continue
        if kind == "blogger-divs":
            lines.append(_frag("<div><br></div>"))
        line = _frag(line_markup)
        _innermost(line).text = text
        lines.append(line)
    if not wrapper:
        return lines
    box = _frag(wrapper)
    for line in lines:
        box.append(line)
    return [box]


def _rebuild_entries(found: list[tuple[HtmlElement, int, str]], kind: str) -> bool:
    heads = {id(el) for el, _, _ in found}
    root = found[0][0].getroottree().getroot()
    for el, number, _ in found:
        parent = el.getparent()
        level = _heading_level(el)
        taken: list[HtmlElement] = []
        sib = el.getnext()
        while sib is not None and id(sib) not in heads and not (0 < _heading_level(sib) <= level):
            taken.append(sib)
            sib = sib.getnext()
        new = _entry_box(kind, el, number, el.text_content().strip(), taken)
        if new is None:
            return False
        at = parent.index(el)
        tail = (taken[-1] if taken else el).tail
        for part in [el, *taken]:
            parent.remove(part)
        new[-1].tail = tail
        for k, part in enumerate(new):
            parent.insert(at + k, part)
    if kind == "medium-postlist":  # one list: Medium numbers a list's items, and restarts a new list at 1
        for lst in [x for x in root.iter("ol") if x.get("class") == "postList"]:
            prev = lst.getprevious()
            if prev is not None and prev.get("class") == "postList" and not (prev.tail or "").strip():
                for li in list(lst):
                    prev.append(li)
                prev.tail = lst.tail
                lst.getparent().remove(lst)
    return True


def _heading_level(el: HtmlElement) -> int:
    return int(el.tag[1]) if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") else 0


def _wrap_entries(items: list[HtmlElement], wrapper: str, holder: str) -> bool:
    """Wrap each entry heading of ``items`` with what follows it (its siblings up to the next entry's
    heading or a heading of its level or above) in ``wrapper``; consecutive wrappers go into one ``holder``
    when one is given. False when an entry cannot be wrapped (its heading not beside its text)."""
    heads = {id(el) for el in items}
    made: list[HtmlElement] = []
    for el in items:
        parent = el.getparent()
        if parent is None:
            return False
        level = _heading_level(el)
        taken = [el]
        sib = el.getnext()
        while sib is not None and id(sib) not in heads and not (0 < _heading_level(sib) <= level):
            taken.append(sib)
            sib = sib.getnext()
        box = _frag(wrapper)
        inner = box
        while len(inner):
            inner = inner[0]
        parent.insert(parent.index(el), box)
        box.tail = None
        for part in taken:
            tail = part.tail
            inner.append(part)
            part.tail = tail
        made.append(box)
    if holder:
        run: list[HtmlElement] = []
        for box in made + [None]:  # type: ignore[list-item]
            if run and (box is None or run[-1].getnext() is not box):
                lst = _frag(holder)
                parent = run[0].getparent()
                parent.insert(parent.index(run[0]), lst)
                for part in run:
                    lst.append(part)
                run = []
            if box is not None:
                run.append(box)
    return True


def redress(raw: bytes, shape: Dress | None, heads: dict[str, list[tuple[int, str]]], total: int,
            style: str = "", section: tuple[str, str] | None = None, rebuilt: str | None = None) -> bytes | None:
    """The page with every item heading re-dressed (and, for a ``section`` dress, every entry wrapped), or
    None when some heading cannot take the dress."""
    tree = lxml.html.fromstring(raw)
    left = {key: list(found) for key, found in heads.items()}  # taken in order down the page
    found_els: list[tuple[HtmlElement, int, str]] = []
    for el in list(tree.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        found = left.get(_norm(el.text_content()))
        if not found:
            continue
        number, heading = found.pop(0)
        found_els.append((el, number, heading))
    if len(found_els) != total:
        return None
    if section is not None and not _wrap_entries([el for el, _, _ in found_els], *section):
        return None
    if rebuilt is not None and not _rebuild_entries(found_els, rebuilt):
        return None
    for el, number, heading in found_els if shape is not None and rebuilt is None else ():
        marker = parse_marker(heading, plain=True)
        new = shape(el, number, total, el.text_content().strip(), marker.title if marker else heading)
        if new is None:
            return None
        parts = new if isinstance(new, list) else [new]
        parts[-1].tail = el.tail
        parent = el.getparent()
        at = parent.index(el)
        parent.remove(el)
        for k, part in enumerate(parts):
            parent.insert(at + k, part)
    if style:
        head = tree.find("head")
        (head if head is not None else tree).insert(0, _with_text("<style></style>", style))
    out = lxml.html.tostring(tree, encoding="utf-8")
    for placeholder, markup in RAW.items():
        out = out.replace(placeholder, markup)
    return out


# The same entries written as a Markdown draft or a plain-text file (the headline, then each entry's title
# line and its text): (file suffix, the title's line from its number, its full heading and its title).
TEXTS: dict[str, tuple[str, Callable[[int, str, str], str]]] = {
    # Setext headings (an underline of "-"), the number escaped as pandoc and Markdown editors write it.
    "md-setext": (".md", lambda n, full, title: f"{_md_escaped(full)}\n{'-' * max(3, len(full))}"),
    # ATX headings closed with "#"s (CommonMark 4.2: the closing sequence is optional).
    "md-closed-atx": (".md", lambda n, full, title: f"## {full} ##"),
    # An ordered list with ")" (CommonMark 5.3) whose items are the bold titles, the text after them.
    "md-paren-list": (".md", lambda n, full, title: f"{n}) **{title}**"),
    # The number bold, the title after it in the same line (Ghost/Substack drafts, Notion's Markdown).
    "md-bold-num": (".md", lambda n, full, title: f"**{n}.** {title}"),
    "md-bold-line": (".md", lambda n, full, title: f"**{n}. {title}**"),
    # Plain-text files: "1 - Title", "#1: Title", "(1) Title".
    "txt-dash": (".txt", lambda n, full, title: f"{n} - {title}"),
    "txt-hash": (".txt", lambda n, full, title: f"#{n}: {title}"),
    "txt-paren": (".txt", lambda n, full, title: f"({n}) {title}"),
    # A thread's numbering ("1/ Title"), a keycap emoji and a bracketed number, as chat and social posts write them.
    "txt-slash": (".txt", lambda n, full, title: f"{n}/ {title}"),
    "txt-keycap": (".txt", lambda n, full, title: f"{_keycap(n)} {title}" if n <= 10 else f"{n}. {title}"),
    "txt-bracket": (".txt", lambda n, full, title: f"[{n}] {title}"),
    # A loose Markdown list: each entry's bold title, its text indented under it (CommonMark 5.2).
    "md-loose-list": (".md", lambda n, full, title: f"{n}. **{title}**"),
}


def _md_escaped(text: str) -> str:
    marker = parse_marker(text, plain=True)
    head = text.split(None, 1)[0] if text.split() else ""
    if marker and head[:-1].isdecimal() and head[-1:] in ".)":
        return head[:-1] + "\\" + text[len(head) - 1:]
    return text


def as_text(raw: bytes, headline: str, heads: dict[str, list[tuple[int, str]]], total: int, kind: str) -> bytes | None:
    """The page's entries (each title and its text) written as ``kind`` of TEXTS, under its headline."""
    tree = lxml.html.fromstring(raw)
    left = {key: list(found) for key, found in heads.items()}
    found_els: list[tuple[HtmlElement, int, str]] = []
    for el in list(tree.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        found = left.get(_norm(el.text_content()))
        if found:
            number, heading = found.pop(0)
            found_els.append((el, number, heading))
    if len(found_els) != total:
        return None
    line = TEXTS[kind][1]
    ids = {id(el) for el, _, _ in found_els}
    out = [f"# {headline}" if kind.startswith("md") else headline, ""]
    for el, number, heading in found_els:
        marker = parse_marker(heading, plain=True)
        out += [line(number, _norm(heading), marker.title if marker else _norm(heading)), ""]
        indent = " " * (len(str(number)) + 2)  # a loose list's text goes under the item's own text
        level = _heading_level(el)
        sib = el.getnext()
        while sib is not None and id(sib) not in ids and not (0 < _heading_level(sib) <= level):
            if isinstance(sib.tag, str) and sib.tag not in ("script", "style", "figure", "img", "noscript"):
                text = _norm(sib.text_content())
                if text:
                    text = text.replace("*", "").lstrip("#>-+ ")
                    out += [indent + text if kind == "md-loose-list" else text, ""]
            sib = sib.getnext()
    return "\n".join(out).encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", default=",".join([*SHAPES, *SECTIONS, *REBUILT, *TEXTS]),
                        help="comma-separated shapes (default: all)")
    parser.add_argument("--page", help="only this tuning page")
    parser.add_argument("--dump", help="write the last re-dressed page here (to look at a miss)")
    args = parser.parse_args()
    shapes = args.shapes.split(",")
    misses: dict[str, list[str]] = {name: [] for name in shapes}
    tried = dict.fromkeys(shapes, 0)
    for row in _tuning_rows():
        if args.page and row["page"] != args.page:
            continue
        raw = (ROOTS[row["corpus"]] / row["page"]).read_bytes()
        doc = audit(raw, row["page"], SETTINGS).document
        # Only pages read right today, as headings: the dress then is the only change.
        if doc is None or len(doc.items) != int(row["items"]) or not doc.items or doc.items[0].style != "heading":
            continue
        # Each entry's number (printed, or its place) and heading, by its text; two entries may share one.
        heads: dict[str, list[tuple[int, str]]] = {}
        places: dict[str, list[tuple[int, str]]] = {}
        for place, item in enumerate(doc.items, 1):
            heads.setdefault(_norm(item.heading), []).append(
                (item.number if item.number is not None else place, item.heading))
            places.setdefault(_norm(item.heading), []).append((place, item.heading))
        total = len(doc.items)
        for name in shapes:
            # A countdown numbers the entries by their places (a list numbered again under each section has none).
            suffix = ""
            if name in TEXTS:
                suffix = TEXTS[name][0]
                dressed = as_text(raw, doc.headline or "", heads, total, name)
            elif name in REBUILT:
                dressed = redress(raw, None, heads, total, STYLES.get(name, ""), rebuilt=name)
            elif name in SECTIONS:
                wrapper, holder, inner = SECTIONS[name]
                dress = SHAPES.get(inner) or HEADING_IN_SECTION.get(inner)
                dressed = redress(raw, dress, heads, total, section=(wrapper, holder))
            else:
                dressed = redress(raw, SHAPES[name], places if name == "countdown" else heads, total,
                                  STYLES.get(name, ""))
            if dressed is None:
                continue
            tried[name] += 1
            if args.dump:
                Path(args.dump).write_bytes(dressed)
            found = _count(dressed, row["page"] + suffix)
            if found != total:
                misses[name].append(f"{row['page']} {found}/{total}")
    right = sum(tried.values()) - sum(map(len, misses.values()))
    for name in shapes:
        print(f"{name:14} {tried[name] - len(misses[name]):3}/{tried[name]:<3} {' '.join(misses[name])}")
    print(f"{'all':14} {right:3}/{sum(tried.values())}")


if __name__ == "__main__":
    main()
