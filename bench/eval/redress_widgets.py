"""bench/eval/redress.py with dresses of page builders' and block plugins' one-entry-at-a-time
widgets (round 14): each tuning listicle's entries re-dressed as an accordion's panes, a FAQ
block's sections or a toggle widget's items, the entry's heading in the widget's header, its
text in the panel. Kept apart from redress.py's own table of dresses; run the same way:

    PYTHONPATH=TREE /work/main/.venv/bin/python bench/eval/redress_widgets.py [--shapes kadence,…]

Each widget's markup is its plugin's default output (see tests/test_listicle_unseen9.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html  # noqa: E402
import redress  # noqa: E402  (the harness, beside this file)

WIDGETS: dict[str, tuple[str, tuple[int, ...], tuple[int, ...]]] = {
    # Kadence Blocks' accordion pane: the title in the header button's span, the text in the panel.
    "kadence-pane": (
        '<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-{n} kt-pane_d763f{n}-27"><div '
        'class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header kt-acccordion-button-label-show" '
        'type="button"><span class="kt-blocks-accordion-title-wrap"><span class="kt-blocks-accordion-title"></span>'
        '</span><span class="kt-blocks-accordion-icon-trigger"></span></button></div><div class="kt-accordion-panel '
        'kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner"></div></div></div>', (0, 0, 0, 0), (1, 0)),
    # Yoast's FAQ block's section: the question in `<strong class="schema-faq-question">`.
    "yoast-faq": (
        '<div class="schema-faq-section" id="faq-question-16{n}"><strong class="schema-faq-question"></strong> '
        '<div class="schema-faq-answer"></div></div>', (0,), (1,)),
    # Spectra's FAQ child: the question in `<span class="uagb-question">` beside its icon.
    "spectra-faq": (
        '<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap uagb-faq-item uagb-block-9f{n}3a2c1" role="tab" '
        'tabindex="0"><div class="uagb-faq-questions-button uagb-faq-questions"><span class="uagb-icon '
        'uagb-faq-icon-wrap"><svg viewBox="0 0 1 1"></svg></span><span class="uagb-question"></span></div><div '
        'class="uagb-faq-content"></div></div>', (0, 1), (1,)),
    # GenerateBlocks' accordion item: `<button class="gb-accordion__toggle" aria-controls>`.
    "gb-accordion": (
        '<div class="gb-accordion__item"><button class="gb-accordion__toggle gb-button" aria-expanded="false" '
        'aria-controls="gb-acc-{n}"><span class="gb-button-text"></span><span class="gb-accordion__toggle-icon">'
        '<svg viewBox="0 0 1 1"></svg></span></button><div class="gb-accordion__content gb-container" '
        'id="gb-acc-{n}"></div></div>', (0, 0), (1,)),
    # Elementor's accordion widget's item: `div.elementor-tab-title[role=tab]` > `a`, then the panel.
    "elementor-accordion": (
        '<div class="elementor-accordion-item"><div id="elementor-tab-title-18{n}" class="elementor-tab-title" '
        'data-tab="{n}" role="tab" aria-controls="elementor-tab-content-18{n}" aria-expanded="false"><span '
        'class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"><i class="fas fa-plus"></i>'
        '</span><a class="elementor-accordion-title" tabindex="0"></a></div><div id="elementor-tab-content-18{n}" '
        'class="elementor-tab-content elementor-clearfix" data-tab="{n}" role="tabpanel" '
        'aria-labelledby="elementor-tab-title-18{n}"></div></div>', (0, 1), (1,)),
}


# Tab widgets (round 14, lists28): every entry's text in a panel, the titles all in a tab list set
# before the panels. Each panel is dressed as a card first (the title kept in a placeholder), then
# the panels standing together are gathered behind their tab list: (panel, the list's markup with a
# `{titles}` slot, one title's markup, the panels' box or "" where the panels follow the list).
TABS: dict[str, tuple[str, str, str, str]] = {
    # Bootstrap 5's tabs (getbootstrap.com/docs/5.3/components/navs-tabs/#javascript-behavior):
    # `<ul class="nav nav-tabs" role="tablist">` of `<button role="tab" aria-controls>`, then
    # `<div class="tab-content">` of `<div class="tab-pane fade" role="tabpanel" id>`.
    "bootstrap-tabs": (
        '<div class="tab-pane fade{active}" id="t{n}-pane" role="tabpanel" aria-labelledby="t{n}-tab" tabindex="0">'
        '</div>', '<ul class="nav nav-tabs" id="myTab" role="tablist">{titles}</ul>',
        '<li class="nav-item" role="presentation"><button class="nav-link{active}" id="t{n}-tab" data-bs-toggle="tab" '
        'data-bs-target="#t{n}-pane" type="button" role="tab" aria-controls="t{n}-pane" aria-selected="false">'
        '</button></li>', '<div class="tab-content" id="myTabContent"></div>'),
    # Bootstrap 3's tabs (getbootstrap.com/docs/3.4/javascript/#tabs): `<ul class="nav nav-tabs">` of
    # `<li><a data-toggle="tab" href="#id">`, then `<div class="tab-content">` of `.tab-pane`s.
    "bootstrap3-tabs": (
        '<div id="menu{n}" class="tab-pane fade{active}"></div>', '<ul class="nav nav-tabs">{titles}</ul>',
        '<li><a data-toggle="tab" href="#menu{n}"></a></li>', '<div class="tab-content"></div>'),
    # Kadence Blocks' tabs (src/blocks/tabs/save.js: `<ul class="kt-tabs-title-list">` of `<li id="tab-x"><a
    # href="#tab-x" data-tab="N" class="kt-tab-title kt-tab-title-N"><span class="kt-title-text">`, then
    # `<div class="kt-tabs-content-wrap">` of `<div class="wp-block-kadence-tab kt-tab-inner-content
    # kt-inner-tab-N kt-inner-tab_ID">`; no role or id until its script runs).
    "kadence-tabs": (
        '<div class="wp-block-kadence-tab kt-tab-inner-content kt-inner-tab-{n} kt-inner-tab_5c2e9{n}-b4"><div '
        'class="kt-tab-inner-content-inner"></div></div>',
        '<div class="wp-block-kadence-tabs alignnone"><div class="kt-tabs-wrap kt-tabs-id_5c2e90-b4 kt-active-tab-1 '
        'kt-tabs-layout-tabs kt-tabs-tablet-layout-accordion kt-tabs-mobile-layout-accordion kt-tab-alignment-left">'
        '<ul class="kt-tabs-title-list">{titles}</ul></div></div>',
        '<li id="tab-t{n}" class="kt-title-item kt-title-item-{n} kt-tabs-svg-show-always kt-tabs-icon-side-right">'
        '<a href="#tab-t{n}" data-tab="{n}" class="kt-tab-title kt-tab-title-{n}"><span class="kt-title-text"></span>'
        '</a></li>', '<div class="kt-tabs-content-wrap"></div>'),
    # Spectra's tabs (src/blocks/tabs/save.js and tabs-child/save.js: `<ul class="uagb-tabs__panel"
    # role="tablist">` of `<li role="none"><a href="#uagb-tabs__tabN" data-tab="N" role="tab"><div>`, then
    # `<div class="uagb-tabs__body-wrap">` of `<div class="uagb-tabs__body-container"><div
    # class="uagb-tabs__body" aria-labelledby="uagb-tabs__tabN">`).
    "spectra-tabs": (
        '<div class="uagb-tabs__body-container"><div class="wp-block-uagb-tabs-child uagb-blocks__3f{n}a '
        'uagb-tabs__body" aria-labelledby="uagb-tabs__tab{n}"></div></div>',
        '<div class="wp-block-uagb-tabs uagb-block-5c1d uagb-tabs__wrap uagb-tabs__hstyle1-desktop" '
        'data-tab-active="0"><ul class="uagb-tabs__panel uagb-tabs__align-left" role="tablist">{titles}</ul></div>',
        '<li class="uagb-tab" role="none"><a href="#uagb-tabs__tab{n}" class="uagb-tabs-list '
        'uagb-tabs__icon-position-left" data-tab="{n}" role="tab"><div></div></a></li>',
        '<div class="uagb-tabs__body-wrap"></div>'),
    # WPBakery's tabs on jQuery UI (js_composer's vc_tabs.php: `<ul class="wpb_tabs_nav ui-tabs-nav">` of
    # `<li><a href="#tab-ID">`, then each `<div id="tab-ID" class="wpb_tab ui-tabs-panel">`; no roles).
    "wpbakery-tabs": (
        '<div id="tab-{n}-3c" class="wpb_tab ui-tabs-panel wpb_ui-tabs-hide vc_clearfix"><div class="wpb_text_column '
        'wpb_content_element"><div class="wpb_wrapper"></div></div></div>',
        '<div class="wpb_tabs wpb_content_element" data-interval="0"><div class="wpb_wrapper wpb_tour_tabs_wrapper '
        'ui-tabs vc_clearfix"><ul class="wpb_tabs_nav ui-tabs-nav vc_clearfix">{titles}</ul></div></div>',
        '<li><a href="#tab-{n}-3c"></a></li>', ""),
    # The WAI-ARIA Authoring Practices' tabs pattern (w3.org/WAI/ARIA/apg/patterns/tabs/): `<div
    # role="tablist">` of `<button role="tab" aria-controls>`, then each `<div role="tabpanel" id>`.
    "aria-tabs": (
        '<div id="tabpanel-{n}" role="tabpanel" tabindex="0" aria-labelledby="tab-{n}"></div>',
        '<div class="tabs"><div role="tablist" aria-label="Entries" class="manual">{titles}</div></div>',
        '<button id="tab-{n}" type="button" role="tab" aria-selected="false" aria-controls="tabpanel-{n}"><span '
        'class="focus"></span></button>', ""),
}
_PLACEHOLDER = "data-redress-title"


def _tab_card(kind: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The panel as a card: the title in a placeholder first (taken out into the tab list)."""
    # "{n}" kept for the panel's place over the whole page (set when gathered: ids unique)
    panel = TABS[kind][0].replace("{active}", "").replace("{n}", "{{n}}").replace("<div", f"<div {_PANEL}", 1)
    depth = panel.count("<div") - 1  # the box the text goes in: the innermost div
    return panel.replace("</div>", f"<span {_PLACEHOLDER}></span></div>", 1), (*(0,) * depth, 0), (0,) * depth


_PANEL = "data-redress-panel"


def _gather_tabs(root: lxml.html.HtmlElement, kind: str) -> bool:
    """The panels standing together gathered behind the tab list of their titles; False when a
    panel stands alone (the page sets something between two entries: no tab set)."""
    _, nav, item, holder = TABS[kind]
    runs: list[list[lxml.html.HtmlElement]] = []
    for panel in root.xpath(f"//*[@{_PANEL}]"):
        if runs and runs[-1][-1].getnext() is panel:
            runs[-1].append(panel)
        else:
            runs.append([panel])
    if any(len(run) < 2 for run in runs):
        return False
    placed = 0
    for run in runs:
        titles, numbers = [], []  # the panels' places over the page name them (ids unique)
        for panel in run:
            span = panel.xpath(f".//*[@{_PLACEHOLDER}]")[0]
            titles.append(span.text or "")
            span.drop_tree()
            placed += 1
            numbers.append(placed)
            for el in panel.iter():
                for name, value in el.attrib.items():
                    if "{n}" in value:
                        el.set(name, value.replace("{n}", str(placed)))
            del panel.attrib[_PANEL]
        parent = run[0].getparent()
        at, tail = parent.index(run[0]), run[-1].tail
        widget = lxml.html.fragment_fromstring(nav.replace("{titles}", "".join(
            item.format(n=n, active=" active" if k == 0 else "") for k, n in enumerate(numbers))))
        boxes = [el for el in widget.iter() if el.get("role") == "tab" or el.get("data-tab") is not None
                 or el.get("data-toggle") == "tab" or (el.tag == "a" and el.getparent().tag == "li")]
        for text, box in zip(titles, boxes):
            while len(box):
                box = box[0]
            box.text = text
        tablist = next(el for el in widget.iter() if el.tag == "ul" or el.get("role") == "tablist")
        content = lxml.html.fragment_fromstring(holder) if holder else None
        for panel in run:
            parent.remove(panel)
            panel.tail = None
            (content if content is not None else tablist.getparent()).append(panel)
        parent.insert(at, widget)
        if content is not None and tablist is widget:  # the list and the panels' box side by side
            parent.insert(at + 1, content)
            widget = content
        elif content is not None:
            tablist.getparent().append(content)
        widget.tail = tail
    return True


def main() -> None:
    redress._CARDS.update(WIDGETS)
    redress.REBUILT = (*redress.REBUILT, *WIDGETS, *TABS)
    for kind in TABS:
        redress._CARDS[kind] = _tab_card(kind)
    rebuild = redress._rebuild_entries

    def rebuild_then_gather(found: list[tuple[lxml.html.HtmlElement, int, str]], kind: str) -> bool:
        done = rebuild(found, kind)
        if done and kind in TABS:
            return _gather_tabs(found[0][0].getroottree().getroot(), kind)
        return done

    redress._rebuild_entries = rebuild_then_gather
    if "--shapes" not in sys.argv:
        sys.argv += ["--shapes", ",".join([*WIDGETS, *TABS])]
    redress.main()


if __name__ == "__main__":
    main()
