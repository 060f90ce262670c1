"""Follow-ups on the chrome judge: its modules import in any order, a link's name from
aria-labelledby survives a hidden label, links in the story's sentences stay the story's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("module", ["auditor.sources.widgets", "auditor.sources.overlays",
                                    "auditor.sources.template_pictures", "auditor.sources.declared_videos", "auditor.sources.chrome",
                                    "auditor.sources.chrome_facts", "auditor.sources.entries", "auditor.sources.body",
                                    "auditor.links.urls"])
def test_each_chrome_module_imports_alone(module: str) -> None:
    # A fresh interpreter: the modules imported by the test session hide an import cycle.
    env = dict(os.environ, PYTHONPATH=str(_ROOT))
    done = subprocess.run([sys.executable, "-c", f"import {module}"], env=env, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr


def test_cloaked_affiliate_reads_the_widgets_rule_without_the_judge_loaded() -> None:
    env = dict(os.environ, PYTHONPATH=str(_ROOT))
    code = ("from auditor.links.urls import cloaked_affiliate; import sys; "
            "assert 'auditor.sources.widgets' not in sys.modules; print(cloaked_affiliate('/recommends/ember-mug/'))")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


# --- aria-labelledby names a link even when the label is hidden (accname step 2B) ---

_PDF = "https://council.example.gov/docs/bike-plan.pdf"


def _link_findings(html: str, name: str, rule: str) -> list[str]:
    import widgetkit as kit
    from auditor.api import audit

    result = audit(kit.page(html).encode(), name)
    assert result.error is None
    return [f.excerpt or "" for f in result.findings if f.rule == rule and _PDF in (f.excerpt or "")]


@pytest.mark.parametrize("label", [
    '<span id="plan-label" hidden>The bike plan (PDF)</span>',
    '<span id="plan-label" style="display:none">The bike plan (PDF)</span>',
    '<span id="plan-label" aria-hidden="true">The bike plan (PDF)</span>',
    '<div id="plan-label" class="sr-only" style="visibility: hidden">The bike plan (PDF)</div>',
], ids=["hidden", "display-none", "aria-hidden", "visibility-hidden"])
def test_a_link_named_by_a_hidden_label_has_a_name(label: str) -> None:
    html = (f'<p>The plan is <a href="{_PDF}" aria-labelledby="plan-label"><i class="icon-pdf"></i></a> on the '
            f"council site, with the maps of every segment and the dates of the works.</p>{label}")
    assert _link_findings(html, "labelledby-hidden.html", "LK016") == []


@pytest.mark.parametrize("labelledby", ["nowhere", "plan-label-empty"], ids=["missing-id", "empty-label"])
def test_a_link_labelled_by_nothing_stays_reported(labelledby: str) -> None:
    html = (f'<p>The plan is <a href="{_PDF}" aria-labelledby="{labelledby}"><i class="icon-pdf"></i></a> on the '
            'council site, with the maps of every segment and the dates of the works.</p>'
            '<span id="plan-label-empty" hidden> </span>')
    assert _link_findings(html, "labelledby-nowhere.html", "LK016") != []


# --- a script link inside a sentence of the story is the story's (LK004 stays) ---

_SENTENCE_LINKS = [
    ("read-the-full", '<p>For every segment and its dates, <a href="javascript:void(0)">read the full report</a> on the '
     "council's site before the open houses next month, the department said.</p>"),
    ("icon-only", '<p>The council posted the plan <a href="javascript:void(0)" class="icon"><i class="fa fa-file"></i></a> '
     "for residents who want to read about every segment in detail before the hearings.</p>"),
    ("control-word-in-a-sentence", '<p>Residents who want to see their street can <a href="javascript:openMap(3)">open the '
     "map</a> and follow each segment, the department said in its notice on Tuesday.</p>"),
    ("link-opening-the-sentence", '<p><a href="javascript:void(0)">Read the full report</a> to see where each of the '
     "fourteen miles of new lanes will run and when the works on each street begin.</p>"),
]

_STANDALONE_CONTROLS = [
    ("after-a-full-stop", "<p>The council will hold open houses in every district before the first segment is built "
     'next spring. <a href="javascript:void(0)">Continue reading</a></p>'),
    ("after-an-ellipsis", "<p>The council will hold open houses in every district before the first segment is built "
     'next spring and… <a href="javascript:void(0)">Read more</a></p>'),
    ("a-paragraph-of-its-own", '<p><a href="javascript:window.print()">Print this article</a></p>'),
]


def _script_findings(html: str, name: str) -> list[str]:
    import widgetkit as kit
    from auditor.api import audit

    result = audit(kit.page(html).encode(), name)
    assert result.error is None
    return [f.rule for f in result.findings if f.rule == "LK004"]


@pytest.mark.parametrize("name,html", _SENTENCE_LINKS, ids=[s[0] for s in _SENTENCE_LINKS])
def test_a_script_link_in_a_sentence_stays_reported(name: str, html: str) -> None:
    assert _script_findings(html, f"{name}.html") == ["LK004"]


@pytest.mark.parametrize("name,html", _STANDALONE_CONTROLS, ids=[s[0] for s in _STANDALONE_CONTROLS])
def test_a_script_control_standing_alone_is_the_templates(name: str, html: str) -> None:
    assert _script_findings(html, f"{name}.html") == []


# --- pictures the page's own stylesheet hides on every screen are not audited ---

_PROMO = "https://cdn.dailyledger.example/2024/03/lane-map-north.jpg"


def _with_style(css: str, box: str) -> str:
    import widgetkit as kit

    return kit.page(box).replace("</head>", f"<style>{css}</style></head>")


def _promo_errors(html: str, name: str) -> list[str]:
    from auditor.api import audit

    result = audit(html.encode(), name)
    assert result.error is None
    return [f.rule for f in result.findings if f.level == "error" and _PROMO in (f.excerpt or "")]


_BOX = f'<div class="lane-map" id="north-map"><img src="{_PROMO}"></div>'


@pytest.mark.parametrize("css", [
    ".lane-map { display: none; }",
    "#north-map{visibility:hidden}",
    "/* the theme's */ .card, .lane-map { color: red; display:none !important }",
], ids=["class", "id", "grouped"])
def test_a_picture_the_pages_stylesheet_hides_is_not_audited(css: str) -> None:
    assert _promo_errors(_with_style(css, _BOX), "styled-hidden.html") == []


@pytest.mark.parametrize("css", [
    "@media (max-width: 600px) { .lane-map { display: none } }",  # hidden on phones only
    "@supports (display: grid) { .lane-map { display: none } }",
    ".lane-map { display: none } .lane-map.is-open { display: block }",  # a state shows it
    ".lane-map { display: none } @media (min-width: 900px) { .lane-map { display: flex } }",
    ".article-body .lane-map { display: none }",  # not a lone class: read no further
    ".lane-map { display: none; } .lane-map { display: block; }",
], ids=["media", "supports", "state-shows", "screen-shows", "compound", "overridden"])
def test_a_picture_some_screen_or_state_shows_is_still_audited(css: str) -> None:
    assert _promo_errors(_with_style(css, _BOX), "styled-shown.html") == ["IM001"]


def test_a_display_on_the_element_wins_over_the_stylesheet() -> None:
    box = f'<div class="lane-map" style="display:block"><img src="{_PROMO}"></div>'
    assert _promo_errors(_with_style(".lane-map{display:none}", box), "inline-wins.html") == ["IM001"]


def test_a_print_stylesheet_hides_nothing_on_screen() -> None:
    import widgetkit as kit

    html = kit.page(_BOX).replace("</head>", '<style media="print">.lane-map{display:none}</style></head>')
    assert _promo_errors(html, "print-only.html") == ["IM001"]


def test_the_stylesheet_is_read_for_lone_selectors_outside_conditions() -> None:
    import lxml.html

    from auditor.sources.body import drop_invisible

    css = (".a{display:none} #b{visibility:hidden} .c .d{display:none} @media print{.e{display:none}} "
           "@import url(x.css); .f{display:none} .f:hover{display:block} .g{display:none} .g{display:inline} "
           ".h { .i { display: none } }")
    root = lxml.html.fromstring(f"<html><head><style>{css}</style></head><body><p>x</p></body></html>")
    assert drop_invisible(root) == frozenset({".a", "#b"})
