"""Listicles whose candidates outnumber or hide from the headline's promise, as small
articles read end to end through ``audit``: more candidates than promised cut to the N
the page sets apart (auditor.structure.fit), and real mismatches that stay mismatches."""

from __future__ import annotations

import pytest

from auditor.api import audit
from auditor.model import Document, FileResult

BODY = "This one matters because it saves time and money for most readers who try it at home."
PARA = f"<p>{BODY} {BODY} {BODY}</p>"
NAMES = ["Sauna Island", "Thermal Baths", "Forest Spa", "Lake House", "Mountain Retreat", "Salt Grotto"]
TEASERS = "".join(
    f'<h3><a href="/story-{i}">Another great story number {i} you will like</a></h3><p>A short teaser line.</p>'
    for i in range(6)
)


def page(headline: str, items: str) -> str:
    return (f"<html lang=en><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            f"<p>Intro text that explains what this list is for and who should read it today.</p>{items}"
            f"<p>That is all for today, thanks for reading along with us.</p></article></body></html>")


def run(html: str) -> FileResult:
    result = audit(html.encode(), "t.html")
    assert result.error is None, result.error
    return result


def doc_of(html: str) -> Document:
    doc = run(html).document
    assert doc is not None and doc.listicle is not None
    return doc


def titles(doc: Document) -> list[str]:
    return [i.heading for i in doc.items]


def ls_rules(result: FileResult) -> set[str]:
    return {f.rule for f in result.findings if f.rule.startswith("LS")}


# ---------------------------------------------------------------- more candidates than promised

def test_teaser_headings_after_a_section_break_are_not_items() -> None:
    items = "".join(f"<h3>{n}</h3>{PARA}" for n in NAMES)
    doc = doc_of(page("6 Wellness Spots to Visit", items + "<h2>Weekend plans</h2>" + TEASERS))
    assert titles(doc) == NAMES
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_a_short_list_is_not_replaced_by_the_teasers_after_it() -> None:
    # Five items of six, then six teasers: the teasers are not the list.
    items = "".join(f"<h3>{n}</h3>{PARA}" for n in NAMES[:5])
    doc = doc_of(page("6 Wellness Spots to Visit", items + "<h2>Weekend plans</h2>" + TEASERS))
    assert NAMES[0] in titles(doc)
    assert doc.listicle is not None and doc.listicle.verdict != "kept"


def test_a_name_heading_and_its_subtitle_heading_are_one_item() -> None:
    items = "".join(f"<h3>{n}</h3><h3>A quiet place to rest, {k} minutes out</h3>{PARA}" for k, n in enumerate(NAMES))
    doc = doc_of(page("6 Wellness Spots to Visit", items))
    assert titles(doc) == NAMES


def test_a_template_heading_under_every_item_is_not_an_item() -> None:
    items = "".join(f"<h3>{n}</h3>{PARA}<h3>Opening hours at the {n}</h3><p>Daily from nine to five.</p>"
                    for n in NAMES)
    doc = doc_of(page("6 Wellness Spots to Visit", items))
    assert titles(doc) == NAMES


def test_promised_even_sections_among_a_storys_own_sections() -> None:
    items = "".join(f"<h3>{n}</h3><p>{BODY} {BODY}</p>" for n in NAMES[:3])
    story = f"<h3>What experts say</h3>{PARA * 4}<h3>Background</h3>{PARA * 3}"
    doc = doc_of(page("3 Measures Against the Heat", items + story))
    assert titles(doc) == NAMES[:3]


def test_alike_sections_beyond_the_promise_are_not_cut_to_it() -> None:
    # Five sections built alike under a promise of three: no three of them stand apart.
    items = "".join(f"<h3>{n}</h3><p>{BODY} {BODY}</p>" for n in NAMES[:5])
    doc = doc_of(page("3 Measures Against the Heat", items))
    assert len(doc.items) == 5


def test_a_second_numbered_list_after_the_promised_one_is_not_items() -> None:
    items = "".join(f"<p><strong>{k}. {n}</strong> {BODY}</p>" for k, n in enumerate(NAMES, 1))
    more = "".join(f"<p>{k}. Another story you will like, number {k}</p>" for k in range(1, 6))
    result = run(page("6 Wellness Spots to Visit", items + more))
    assert result.document is not None and len(result.document.items) == 6
    assert not ls_rules(result) & {"LS001", "LS003", "LS005"}


def test_five_numbered_items_of_six_stay_a_mismatch_beside_another_list() -> None:
    items = "".join(f"<p><strong>{k}. {n}</strong> {BODY}</p>" for k, n in enumerate(NAMES[:5], 1))
    more = "".join(f"<p>{k}. Another story you will like, number {k}</p>" for k in range(1, 7))
    assert "LS001" in ls_rules(run(page("6 Wellness Spots to Visit", items + more)))


def test_numbered_items_that_skip_a_number_past_the_promise_stay_a_mismatch() -> None:
    items = "".join(f"<h3>{k}. {n}</h3>{PARA}" for k, n in [*enumerate(NAMES, 1), (8, "Extra Pool")])
    assert "LS001" in ls_rules(run(page("6 Wellness Spots to Visit", items)))


def test_a_bold_label_repeated_in_every_item_is_not_an_item() -> None:
    items = "".join(f"<p><strong>{n}</strong> {BODY} {BODY}</p><p><strong>Price:</strong> twenty euros a day</p>"
                    for n in NAMES)
    doc = doc_of(page("6 Wellness Spots to Visit", items))
    assert titles(doc) == NAMES


# ---------------------------------------------------------------- parallel lead phrases

@pytest.mark.parametrize(
    ("headline", "leads"),
    [
        ("4 Gifts for Everyone on Your List", [f"For your {w}: a gift that fits." for w in ("mother", "father", "sister", "boss")]),
        ("4 Ways to Relax This Winter", [f"If you {w}, try this first." for w in ("are tired", "are busy", "have kids", "work late")]),
        ("4 Ways to Relax This Winter", [f"Try {w} tonight." for w in ("yoga", "a long walk", "reading a novel", "a warm bath")]),
        ("4 Gifts for Everyone on Your List", [f"For {w}: a gift that fits." for w in ("Mom", "Dad", "Sis", "the Boss")]),
    ],
)
def test_paragraphs_opening_alike_are_the_promised_items(headline: str, leads: list[str]) -> None:
    items = "".join(f"<p>{lead} {BODY} {BODY}</p>" for lead in leads)
    doc = doc_of(page(headline, items))
    assert len(doc.items) == 4 and doc.items[0].heading.startswith(leads[0].split()[0])
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_prose_openers_and_scattered_paragraphs_are_not_items() -> None:
    # "It is …" four times is prose; "Try …" four times split by a heading is two sections' text.
    prose = "".join(f"<p>It is {w} that matters here, more than anything else. {BODY}</p>"
                    for w in ("time", "money", "care", "rest"))
    assert not doc_of(page("4 Ways to Relax This Winter", prose)).items
    split = "".join(f"<p>Try {w} tonight, more than anything else. {BODY}</p>" for w in ("yoga", "a walk"))
    split += "<h2>And at the weekend</h2>" + "".join(
        f"<p>Try {w} at the weekend, more than anything else. {BODY}</p>" for w in ("a novel", "a bath"))
    doc = doc_of(page("4 Ways to Relax This Winter", split))
    assert not any(i.heading.startswith("Try") for i in doc.items)


# ---------------------------------------------------------------- numbers in other boxes

def test_numbered_definition_terms_are_items() -> None:
    terms = "".join(f"<dt>{k}. {n}</dt><dd>{PARA}</dd>" for k, n in enumerate(NAMES[:5], 1))
    doc = doc_of(page("5 Wellness Spots to Visit", f"<dl>{terms}</dl>"))
    assert [i.number for i in doc.items] == [1, 2, 3, 4, 5]
    assert doc.items[0].heading == "1. Sauna Island" and doc.items[0].words > 40


def test_numbered_captions_of_a_picture_by_picture_list_are_items() -> None:
    figures = "".join(f'<figure><img src="p{k}.jpg" alt="{n} from the air"><figcaption>{k}. {n}</figcaption>'
                      f"</figure>{PARA}" for k, n in enumerate(NAMES[:5], 1))
    doc = doc_of(page("5 Wellness Spots to Visit", figures))
    assert [i.number for i in doc.items] == [1, 2, 3, 4, 5]
    assert doc.items[0].line == 1 and doc.items[0].column > 1  # located at its own caption


def ranking(numbers: list[str], cells: list[str]) -> str:
    rows = "".join(f"<tr><td>{k}</td><td>{n}</td><td>{c}</td></tr>" for k, n, c in zip(numbers, NAMES, cells))
    return f"<table><tr><th>Rank</th><th>Spot</th><th>Why</th></tr>{rows}</table>"


def test_a_ranking_tables_rows_are_items() -> None:
    table = ranking(["1", "2", "3", "4", "5"], [BODY] * 5)
    doc = doc_of(page("The 5 Best Wellness Spots", table))
    assert [i.number for i in doc.items] == [1, 2, 3, 4, 5]
    assert doc.items[1].heading == "2 Thermal Baths"
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_a_table_whose_first_column_does_not_count_its_rows_is_not_a_numbered_list() -> None:
    # The numbers are no item numbers; each row still names a spot with its text: five
    # unnumbered entries (a product table, see test_listicle_builders).
    for numbers in (["3", "1", "2", "5", "4"], ["12", "40", "7", "3", "9"]):
        doc = doc_of(page("The 5 Best Wellness Spots", ranking(numbers, [BODY] * 5)))
        assert [i.number for i in doc.items] == [None] * 5
        assert [i.title for i in doc.items] == NAMES[:5]


def test_a_league_table_in_a_news_story_brings_no_listicle_findings() -> None:
    rows = "".join(f"<tr><td>{k}</td><td>{n}</td><td>{40 - 3 * k}</td></tr>" for k, n in enumerate(NAMES, 1))
    result = run(page("Sauna Island stays top after a 3-1 win", f"<p>{BODY}</p><table>{rows}</table>"))
    assert result.document is not None and len(result.document.items) == 6
    assert not ls_rules(result)


def test_a_numbered_table_of_contents_before_the_items_is_not_the_list() -> None:
    contents = "".join(f"<p>{k}. {n}</p>" for k, n in enumerate(NAMES, 1))
    items = "".join(f"<p>{k}. {n}: {BODY} {BODY}</p>" for k, n in enumerate(NAMES, 1))
    doc = doc_of(page("6 Wellness Spots to Visit", contents + items))
    assert len(doc.items) == 6 and all(i.words > 20 for i in doc.items)


def test_a_bulleted_list_of_exactly_the_promise_is_the_list() -> None:
    bullets = "".join(f"<li><b>{n}</b>: {BODY}</li>" for n in NAMES)
    doc = doc_of(page("6 Wellness Spots to Visit", f"<ul>{bullets}</ul>"))
    assert [i.heading.rstrip(":") for i in doc.items] == NAMES
    tags = "".join(f"<li>{n}</li>" for n in NAMES)  # a tag list: names alone
    assert not doc_of(page("6 Wellness Spots to Visit", f"<p>{BODY}</p><ul>{tags}</ul>")).items
    twice = f"<ul>{bullets}</ul><p>{BODY}</p><ul>{bullets.replace('<b>', '<b>Also ')}</ul>"
    assert not doc_of(page("6 Wellness Spots to Visit", twice)).items


def test_a_template_heading_under_most_items_is_not_an_item() -> None:
    # Five of six items carry an "Opening hours" heading; "The …" names share a first word too.
    names = ["The Sauna Island", "The Thermal Baths", "Forest Spa", "Lake House", "Mountain Retreat", "Salt Grotto"]
    items = "".join(f"<h3>{n}</h3>{PARA}" + (f"<h3>Opening hours at {n}</h3><p>Daily from nine to five.</p>" if k else "")
                    for k, n in enumerate(names))
    doc = doc_of(page("6 Wellness Spots to Visit", items))
    assert titles(doc) == names


@pytest.mark.parametrize(
    "trailer",
    ["<h2>Weekend plans</h2>" + TEASERS[: TEASERS.index('<h3><a href="/story-4">')],  # four teasers
     "<h2>Weekend plans</h2>" + TEASERS,  # six, as many as the items
     '<h2><a href="/guide">Our guide to the best saunas in town</a></h2><p>Read it next, it is good.</p>'],
)
def test_a_trailer_heading_after_the_items_is_left_out_not_the_first_item(trailer: str) -> None:
    items = "".join(f"<h2>{n}</h2>{PARA}" for n in NAMES)
    doc = doc_of(page("6 Wellness Spots to Visit", items + trailer))
    assert titles(doc) == NAMES


def test_a_fact_box_heading_after_each_items_text_is_not_an_item() -> None:
    facts = ["Getting there", "Good to know", "Prices", "Details", "Booking", "The small print"]
    items = "".join(f"<h3>{n}</h3>{PARA}<h3>{f}</h3><ul><li>Open daily</li><li>Twenty euros</li></ul>"
                    for n, f in zip(NAMES, facts))
    doc = doc_of(page("6 Wellness Spots to Visit", items))
    assert titles(doc) == NAMES


def test_a_countdown_followed_by_another_numbered_list_keeps_its_promise() -> None:
    items = "".join(f"<h3>{k}. {n}</h3>{PARA}" for k, n in zip(range(6, 0, -1), NAMES))
    more = "".join(f"<h3>{k}. Another story you will like, number {k}</h3>" for k in range(1, 4))
    result = run(page("6 Wellness Spots to Visit", items + more))
    assert result.document is not None and [i.number for i in result.document.items] == [6, 5, 4, 3, 2, 1]
    assert not ls_rules(result) & {"LS001", "LS004", "LS005"}


def test_numbered_captions_out_of_order_in_a_news_story_are_no_list() -> None:
    figures = "".join(f'<figure><img src="p{k}.jpg" alt="Storm damage in the old town"><figcaption>{k}. Damage in '
                      f"the old town</figcaption></figure><p>{BODY}</p>" for k in (1, 2, 4))
    result = run(page("Storm hits the coast, 3 dead", figures))
    assert result.document is not None and not result.document.items
    assert not ls_rules(result)


def test_numbered_terms_one_list_per_item_count_together() -> None:
    terms = "".join(f"<dl><dt>{k}. {n}</dt><dd>{PARA}</dd></dl>" for k, n in enumerate(NAMES[:5], 1))
    doc = doc_of(page("5 Wellness Spots to Visit", terms))
    assert [i.number for i in doc.items] == [1, 2, 3, 4, 5]
