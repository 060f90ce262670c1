"""Leftovers of round 14's list readers (lists29). Each case fails on fabc8df unless it says
it is a guard. Small articles read end to end through ``audit``.

1. A list numbered part of the way and continued under a label: "The top five" numbered 1-5,
   then "Five more" / "And 5 more" / "Honourable mentions: 6-10" over unnumbered headings
   built as the first ones (the shape of newspapers' "best of the year" pieces: the Guardian's
   and the Telegraph's ranked top picks then a run of "also great" titles, each a heading over
   a short review). Under "The 10 best…" the ten are the list, not five told missing.
"""

from __future__ import annotations

import pytest

from test_listicle_languages import BODY, NAMES, audited, listicle_facts

P = f"<p>{BODY} {BODY}</p>"
NAMES = [*NAMES, "Kilo", "Lima"]


def top(n: int = 5) -> str:
    return "".join(f"<h2>{k}. {NAMES[k - 1]} valley walk</h2>{P}" for k in range(1, n + 1))


def rest(tag: str, first: int = 6, last: int = 10) -> str:
    return "".join(f"<{tag}>{NAMES[k - 1]} ridge walk</{tag}>{P}" for k in range(first, last + 1))


LABELS = ["Five more", "And 5 more", "Honourable mentions: 6–10", "Honorable mentions", "The other five"]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("tag", ["h2", "h3"])
def test_numbered_top_then_labelled_rest_counts_the_promise(label: str, tag: str) -> None:
    body = f"<h2>The top five</h2>{P}{top()}<h2>{label}</h2>{P}{rest(tag)}"
    promised, found, verdict, rules = listicle_facts("The 10 best walks in Wales", body)
    assert (promised, found, verdict) == (10, 10, "kept")
    assert not rules & {"LS001", "LS010"}  # the second part is set apart on purpose


def test_labelled_rest_without_intro_paragraph() -> None:
    promised, found, verdict, _ = listicle_facts("The 10 best walks in Wales", f"{top()}<h2>Five more</h2>{rest('h2')}")
    assert (found, verdict) == (10, "kept")


# ---------------------------------------------------------------- guards

def test_guard_more_stories_after_a_five_best_list_stays_five() -> None:
    more = "<h2>More stories</h2>" + "".join(f"<h3><a href=/s{n}>Story about {NAMES[n]} things</a></h3>" for n in range(5))
    assert listicle_facts("The 5 best walks in Wales", f"{top()}{more}")[1:3] == (5, "kept")


def test_guard_more_stories_under_a_promise_of_ten_stays_short() -> None:
    more = "<h2>More stories</h2>" + "".join(f"<h3><a href=/s{n}>Story about {NAMES[n]} things</a></h3>{P}" for n in range(5))
    promised, found, verdict, rules = listicle_facts("The 10 best walks in Wales", f"{top()}{more}")
    assert (found, verdict) == (5, "mismatch") and "LS001" in rules


@pytest.mark.parametrize("last", [9, 12])
def test_guard_a_label_over_the_wrong_number_of_entries_stays_a_shortfall(last: int) -> None:
    body = f"{top()}<h2>Five more</h2>{P}{rest('h3', 6, last)}"
    assert listicle_facts("The 10 best walks in Wales", body)[2] == "mismatch"


def test_guard_an_unlabelled_section_after_the_numbered_ones_is_no_rest() -> None:
    body = f"{top()}<h2>Getting there</h2>{P}{rest('h3')}"
    assert listicle_facts("The 10 best walks in Wales", body)[2] == "mismatch"


def test_guard_one_unnumbered_closing_entry_still_told_unparallel() -> None:
    body = f"{top(9)}<h2>Juliet ridge walk</h2>{P}"
    result = audited("The 10 best walks in Wales", body)
    assert "LS010" in {f.rule for f in result.findings}


# ---------------------------------------------------------------- 2. a bold or large <div> title

# Blogger's and Wix's editors write each line as a <div> ("<div style='font-weight: bold'>",
# Wix's `<div class="font_2">` with the theme's `.font_2{font-size:28px}`), as they write <p>s;
# an entry's title set bold or large so is read as such a <p> is (walk.Walker._set_apart).
# Each entry here: a title, a paragraph, a plain "Best for families" line, a paragraph.
def entries(tag: str, attr: str) -> str:
    return "".join(f'<{tag} {attr}>{NAMES[n]} valley walk</{tag}>{P}<div>Best for families</div>{P}' for n in range(5))


SET_APART = [('style="font-weight: bold"', ""), ('style="font-size: 24px"', ""),
             ('class="font_2"', "<style>.font_2{font-size:28px;line-height:1.2}</style>"),
             ('class="c7"', "<style>.c7{font-weight:700}</style>")]


@pytest.mark.parametrize(("attr", "css"), SET_APART)
def test_bold_or_large_div_titles_entries_as_a_paragraph_does(attr: str, css: str) -> None:
    assert listicle_facts("5 best walks in Wales", css + entries("div", attr))[1:3] == (5, "kept")
    assert listicle_facts("5 best walks in Wales", css + entries("p", attr))[1:3] == (5, "kept")  # as before


def leads(body: str) -> list[str]:
    document = audited("Walking in Wales this spring", body).document
    assert document is not None
    return [p.text for p in document.paragraphs if p.lead and p.lead == len(p.text)]


def test_guard_a_large_div_wrapping_paragraphs_is_no_title() -> None:
    assert not leads(f'<div style="font-size: 24px">{P}{P}<p>Short line here</p>{P}</div>')


def test_guard_a_whole_post_in_a_large_div_of_lines_is_no_title() -> None:
    lines = "<br><br>".join(["Short line here", f"{BODY} {BODY}", "Another short line", f"{BODY}"] * 2)
    assert not leads(f'<div style="font-size: 24px">{lines}</div>')


def test_guard_a_class_holding_the_post_sets_nothing_apart() -> None:
    css = "<style>.post-text{font-size:22px}</style>"
    body = "".join(f'<div class="post-text">{t}</div>' for t in ("Short line here", f"{BODY} {BODY}", "Another one", f"{BODY} {BODY}"))
    assert not leads(css + body)


def test_guard_plain_short_div_lines_stay_dropped() -> None:
    document = audited("5 best walks in Wales", entries("div", 'style="font-weight: bold"')).document
    assert document is not None
    assert not [p for p in document.paragraphs if p.text == "Best for families"]


# ---------------------------------------------------------------- 3. a round trip: first and last alike

# A road trip's or a walking tour's stops that end where they start (travel sites' itineraries,
# "Day 1: Lisbon" … back to Lisbon, set as the stops' names alone): the doubled name read as a
# template's label ("Pros", "Pricing" under every entry) lost both entries.
STOPS = ["Lisbon", "Porto", "Coimbra", "Évora", "Faro", "Lagos", "Lisbon"]


@pytest.mark.parametrize("tag", ["h2", "h3"])
def test_round_trip_keeps_its_first_and_last_stop(tag: str) -> None:
    body = "".join(f"<{tag}>{s}</{tag}>{P}" for s in STOPS)
    assert listicle_facts("7 stops on a Portugal road trip", body)[1:3] == (7, "kept")
    assert listicle_facts("7 stops on a Portugal road trip", f"{body}<{tag}>Final thoughts</{tag}>{P}")[1:3] == (7, "kept")


def test_round_trip_without_a_count_reads_its_seven_stops() -> None:
    body = "".join(f"<h2>{s}</h2>{P}" for s in STOPS)
    assert listicle_facts("Our road trip around Portugal", body)[1] == 7


CITIES = ["Lisbon", "Porto", "Coimbra", "Évora", "Faro"]


def test_guard_a_label_repeated_between_entries_stays_a_label() -> None:
    body = "".join(f"<h2>{s}</h2>{P}" + ("<h2>Advertisement</h2><p>Sponsored.</p>" if i in (1, 3) else "")
                   for i, s in enumerate(CITIES))
    assert listicle_facts("5 cities to see in Portugal", body)[1:3] == (5, "kept")


def test_guard_a_label_before_and_after_the_list_stays_a_label() -> None:
    ad = "<h2>Advertisement</h2><p>Sponsored.</p>"
    body = ad + "".join(f"<h2>{s}</h2>{P}" for s in CITIES) + ad
    assert listicle_facts("5 cities to see in Portugal", body)[1:3] == (5, "kept")


def test_guard_a_label_under_every_entry_stays_a_label() -> None:
    body = "".join(f"<h2>{s}</h2>{P}<h3>Where to stay</h3>{P}" for s in CITIES)
    assert listicle_facts("5 cities to see in Portugal", body)[1:3] == (5, "kept")


def test_guard_a_large_button_or_teaser_link_box_is_no_title() -> None:
    # WordPress's button block (core/button: `<div class="wp-block-button has-large-font-size">
    # <a class="wp-block-button__link">`), a teaser card's headline box, a section label.
    css = "<style>.has-large-font-size{font-size:36px}.card-hed{font-weight:700}</style>"
    body = css + "".join(f'{P}<div class="wp-block-button has-large-font-size"><a href=/v{n}>Visit {NAMES[n]}</a></div>'
                         f'<div class="card-hed"><a href=/s{n}>A story about {NAMES[n]} and more</a></div>' for n in range(4))
    assert not leads(body)
