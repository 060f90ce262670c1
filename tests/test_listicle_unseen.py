"""Listicle shapes real CMSs produce that the reader was not tuned on (round 5): lists a
headline names without counting, and the shapes hardened after them. Small articles read
end to end through ``audit``; each test fails without the change it covers."""

from __future__ import annotations

import pytest

from auditor.api import Settings, audit
from auditor.config import CliRuleOptions, Config, effective_rules
from auditor.model import Document
from auditor.structure.numbers import headline_number, names_list

DEFAULT = Settings(rules=effective_rules(Config(), None, CliRuleOptions()))
BODY = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
        "et dolore magna aliqua, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo.")
INTRO = "Halloween is days away, so we picked what our readers liked best this month and tried each one."
NAMES = ["Paris", "Rome", "Lisbon", "Vienna", "Prague", "Berlin", "Madrid"]


def doc_of(html: str, name: str = "page.html") -> Document:
    result = audit(html.encode(), name, DEFAULT)
    assert result.error is None and result.document is not None and result.document.listicle is not None
    return result.document


def page(h1: str, body: str, lang: str = "en") -> str:
    return (f"<html lang={lang}><head><title>t</title></head><body><article><h1>{h1}</h1><p>{INTRO}</p>"
            f"{body}</article></body></html>")


# ---------------------------------------------------------------- a list named, not counted

@pytest.mark.parametrize(
    ("headline", "lang"),
    [
        ("Get in the Spooky Spirit With These Halloween Workouts", "en"),
        ("Estas son las marcas que más dificultan el trabajo de tus aplicaciones", "es"),
        ("The best film scenes of 2014", "en"),
        ("Here are the top AI certifications that will get you hired", "en"),
        ("Best books for young readers: the year in review", "en"),
        ("Lange Haare: Dank dieser Lebensmittel wachsen sie schneller", "de"),
        ("Hairstyles for New Year's Eve that last all night", "en"),  # a list noun names it alone
        ("Gift ideas for the tech lover in your life", "en"),
    ],
)
def test_headlines_that_name_a_list_without_a_count(headline: str, lang: str) -> None:
    assert headline_number(headline, lang)[0] is None
    assert names_list(headline, lang)


@pytest.mark.parametrize(
    ("headline", "lang"),
    [
        ("Those who died in the flood are remembered", "en"),
        ("These cases diagnosed in China worry doctors", "en"),
        ("How Mary Steenburgen Wrote the Best Original Movie Song of the Year", "en"),
        ("Obama admits US gun laws are his biggest frustration", "en"),
        ("Best of the year", "en"),
        ("Zimbabwe coup: Mugabe insists on his term as priest steps in to mediate", "en"),  # a verb
        ("Things fall apart in the council", "en"),  # a noun for anything
    ],
)
def test_news_and_titles_do_not_name_a_list(headline: str, lang: str) -> None:
    assert not names_list(headline, lang)


def test_three_parallel_entries_under_a_headline_that_names_a_list() -> None:
    entries = "".join(f"<h3>{n} Halloween Workout</h3><p>{BODY} {BODY}</p>" for n in ("Dance", "Zombie", "Pumpkin"))
    doc = doc_of(page("Get in the Spooky Spirit With These Halloween Workouts", entries))
    assert [i.heading for i in doc.items] == ["Dance Halloween Workout", "Zombie Halloween Workout",
                                              "Pumpkin Halloween Workout"]
    assert doc.listicle is not None and doc.listicle.verdict == "not-a-listicle"  # nothing promised


def test_three_sections_of_a_story_are_no_list() -> None:
    # The same three headings under a headline that names no list: a story's sections.
    entries = "".join(f"<h3>{n} Halloween Workout</h3><p>{BODY} {BODY}</p>" for n in ("Dance", "Zombie", "Pumpkin"))
    assert doc_of(page("Halloween gets a workout in our town", entries)).items == ()


def test_the_one_ordered_list_under_a_headline_that_names_a_list() -> None:
    ol = "<ol>" + "".join(f"<li>{n} (y sus marcas hermanas)</li>" for n in NAMES) + "</ol>"
    body = f"<h2>¿Cuáles son las marcas más agresivas?</h2>{ol}<p>{BODY}</p>"
    doc = doc_of(page("Estas son las marcas que más dificultan el trabajo de tus aplicaciones", body, "es"))
    assert [i.number for i in doc.items] == list(range(1, 8))
    # Two ordered lists: which one the headline names is a guess, so none is read.
    two = body + "<ol>" + "".join(f"<li>Paso {n} del ajuste</li>" for n in range(1, 5)) + "</ol>"
    assert doc_of(page("Estas son las marcas que más dificultan el trabajo de tus aplicaciones", two, "es")).items == ()
    # An ordered list under a headline that names no list: steps, not the article's list.
    assert doc_of(page("Android cierra las aplicaciones en segundo plano", body, "es")).items == ()


# ---------------------------------------------------------------- numbers that go on

def test_an_ordered_list_split_by_an_ad_goes_on_with_its_start_number() -> None:
    first = "".join(f"<li>{n}: {BODY}</li>" for n in NAMES[:4])
    rest = "".join(f"<li>{n}: {BODY}</li>" for n in NAMES[4:])
    body = f"<ol>{first}</ol><p>Advertisement</p><ol start='5'>{rest}</ol>"
    doc = doc_of(page("7 Cities to Visit This Spring", body))
    assert [i.number for i in doc.items] == list(range(1, 8))
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def _users(n: int, last: str, last_body: str) -> str:
    items = "".join(f"<h2>{k}. User {NAMES[k % 7]}, writer ({k}00 followers): Be brief</h2><p>{BODY}</p>"
                    f"<blockquote><p>A tweet of theirs.</p></blockquote>" for k in range(1, n))
    return page(f"{n} Twitter users and their recipes for good tweets", f"{items}<h2>{last}</h2>{last_body}")


def test_an_unnumbered_entry_built_like_the_numbered_ones_completes_the_promise() -> None:
    # Eleven numbered users, then the author's own lesson in the same shape: twelve.
    doc = doc_of(_users(12, "My own lesson for good tweets: Praise and encourage!", f"<p>{BODY}</p>"))
    assert doc.listicle is not None and (doc.listicle.found, doc.listicle.verdict) == (12, "kept")
    assert doc.items[-1].number is None


@pytest.mark.parametrize(
    ("last", "last_body"),
    [
        ("Conclusion", f"<p>{BODY}</p>"),  # a frame, not an entry
        ("What do you think?", f"<p>{BODY}</p>"),  # another shape of title
        ("My own lesson for good tweets: Praise and encourage!", f"<p>{BODY}</p>" * 8),  # a chapter, not an entry
    ],
)
def test_a_numbered_shortfall_stays_a_mismatch(last: str, last_body: str) -> None:
    doc = doc_of(_users(12, last, last_body))
    assert doc.listicle is not None and (doc.listicle.found, doc.listicle.verdict) == (11, "mismatch")


# ---------------------------------------------------------------- entries set as lines

def _venues(n: int, lead_in_carries_first: bool) -> str:
    # WordPress writes "<br />" and a newline: each line of an entry on its own source line.
    blocks = [f"<p>{name} Room<br />\n{k + 2} Minuten vom S-Bahnhof {name}</p>" for k, name in enumerate(NAMES[:n])]
    if lead_in_carries_first:
        blocks[0] = blocks[0].replace("<p>", "<p>Und hier findet ihr die Orte aus dem Video:<br />\n", 1)
    else:
        blocks.insert(0, "<p>Und hier findet ihr die Orte aus dem Video, mit dem Weg von der S-Bahn dorthin.</p>")
    return page(f"{3} verrückte Orte in Berlin", "".join(blocks), "de")


@pytest.mark.parametrize("lead_in_carries_first", [True, False])
def test_entries_set_as_blocks_of_short_lines(lead_in_carries_first: bool) -> None:
    doc = doc_of(_venues(3, lead_in_carries_first))
    assert [i.title for i in doc.items] == ["Paris Room", "Rome Room", "Lisbon Room"]
    assert [i.words for i in doc.items] == [4, 4, 4]
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_a_longer_run_of_line_blocks_is_not_cut_to_the_promise() -> None:
    # Four venues under "3 Orte": which three the headline means is a guess.
    assert doc_of(_venues(4, True)).items == ()


# ---------------------------------------------------------------- markers and labels

def test_keycap_emoji_number_items() -> None:
    heads = "".join(f"<h2>{k}\ufe0f\u20e3 {n} nails</h2><p>{BODY}</p>" for k, n in enumerate(NAMES[:5], 1))
    doc = doc_of(page("5 Beauty Tips for the Bride", heads))
    assert [(i.number, i.title) for i in doc.items] == [(k, f"{n} nails") for k, n in enumerate(NAMES[:5], 1)]
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_a_template_field_under_each_entry_is_not_the_entry() -> None:
    # "**Paris Spa**" then its text then "**Adresse:** Straße 1": the names are the items,
    # the same short field under each is the template's.
    entries = "".join(f"<p><strong>{n} Spa</strong></p><p>{BODY}</p><p><strong>Adresse:</strong> Straße 1, {n}</p>"
                      for n in NAMES[:6])
    doc = doc_of(page("6 Wellness Oases in Germany", entries))
    assert [i.title for i in doc.items] == [f"{n} Spa" for n in NAMES[:6]]


# ---------------------------------------------------------------- named lists, looser build

def _prose(k: int) -> str:
    # One paragraph here, two there, of different lengths: entries, not clones.
    return "".join(f"<p>{BODY[: 40 + (k * 37 % 80)]} {BODY}</p>" for _ in range(1 + k % 2))


def test_entries_of_a_named_list_may_differ_in_length() -> None:
    braids = "".join(f"<h3>The {n} Braid</h3><img src='{n}.jpg' alt='A {n} braid'>{_prose(k)}"
                     for k, n in enumerate(NAMES[:3]))
    doc = doc_of(page("Hairstyles for New Year's Eve", braids))
    assert [i.title for i in doc.items] == ["The Paris Braid", "The Rome Braid", "The Lisbon Braid"]
    # Under a headline that names nothing, three such sections are a story's.
    assert doc_of(page("A night out in the old town", braids)).items == ()


def _gift_groups(h1: str) -> str:
    toddlers = "".join(f"<h3>{n} Blocks</h3><p>{BODY}</p>" for n in NAMES[:3])
    teens = "".join(f"<h3>{n} Headphones</h3><p>{BODY}</p>" for n in NAMES[3:6])
    return page(h1, f"<h2>For toddlers</h2>{toddlers}<h2>For teens</h2>{teens}")


def test_entries_under_group_headings_are_one_list() -> None:
    doc = doc_of(_gift_groups("Gift ideas for the kids on your list"))
    assert [i.title for i in doc.items] == [f"{n} Blocks" for n in NAMES[:3]] + [f"{n} Headphones" for n in NAMES[3:6]]
    assert {i.level for i in doc.items} == {3}


def test_a_features_sections_and_subsections_are_no_grouped_list() -> None:
    # Subsections of uneven length under each section: a feature, even under a list noun.
    long = f"<p>{BODY}</p>" * 4
    body = (f"<h2>History</h2><h3>Early days</h3><p>{BODY}</p><h3>The war years</h3>{long}"
            f"<h2>Today</h2><h3>The shop</h3>{long}<h3>The family</h3><p>{BODY}</p>")
    assert doc_of(page("Gift ideas from a family shop in its hundredth year", body)).items == ()


# ---------------------------------------------------------------- entries in paragraphs of their own

@pytest.mark.parametrize("tag", ["ol", "ul"])
def test_list_entries_whose_text_sits_in_their_own_paragraphs(tag: str) -> None:
    # <li><p>…</p></li>, as loose Markdown lists and rich-text editors write them.
    entries = "".join(f"<li><p>{n} Decals. {BODY}</p></li>" for n in NAMES[:5])
    doc = doc_of(page("5 Nail Decals to Try", f"<{tag}>{entries}</{tag}><p>{INTRO} Thanks for reading.</p>"))
    assert [i.title for i in doc.items] == [f"{n} Decals." for n in NAMES[:5]]
    assert all(i.words >= len(BODY.split()) for i in doc.items)
    # The paragraph after the list is the article's closing, not the last entry's.
    assert doc.items[-1].words == doc.items[0].words
    assert doc.listicle is not None and doc.listicle.verdict == "kept" and doc.listicle.outro_words > 0


# ---------------------------------------------------------------- bold entries in labelled groups

BOOKS = ["The Pilot", "Mister Bud", "Abuelo", "Brown Girl", "West of the Moon", "The Crossover", "Revolution"]


def _books(labels: bool) -> str:
    def entry(title: str, k: int) -> str:
        return f"<p><strong>{title}</strong><br>Author {k}<br>Press {k}, $18.99</p><p>{BODY} {BODY[: 20 * (k % 3)]}</p>"

    picture = "".join(entry(t, k) for k, t in enumerate(BOOKS[:3]))
    # The last picture book closes its neighbour's blurb after a blank line (<br><br>).
    picture = picture.replace(f"</p><p><strong>{BOOKS[2]}", f"<br> <br><strong>{BOOKS[2]}", 1)
    middle = "".join(entry(t, k) for k, t in enumerate(BOOKS[3:], 3))
    first, second = ("<p><strong>PICTURE BOOKS</strong></p>", "<p><strong>MIDDLE-GRADE BOOKS</strong></p>") \
        if labels else ("", "")
    return page("Best books for young readers: the year in review", f"{first}{picture}{second}{middle}")


def test_bold_entries_under_bold_group_labels_are_one_list() -> None:
    doc = doc_of(_books(labels=True))
    assert [i.title for i in doc.items] == BOOKS  # "Abuelo", after a blank line, included
    assert all(i.number is None for i in doc.items)


def test_a_bold_title_after_a_blank_line_opens_its_own_paragraph() -> None:
    result = audit(_books(labels=True).encode(), "books.html", DEFAULT)
    assert result.document is not None
    abuelo = next(p for p in result.document.paragraphs if p.text.startswith("Abuelo"))
    assert abuelo.lead == len("Abuelo")


# ---------------------------------------------------------------- picture by picture

def _gallery(n: int) -> str:
    slides = "".join(f"<figure class='gallery-item'><img src='{name}.jpg' alt='{name} decals on a nail'>"
                     f"<figcaption><strong>{name} Decals.</strong> {BODY}</figcaption></figure>" for name in NAMES[:n])
    return page("5 Nail Decals to Try This Winter", f"<div class='gallery'>{slides}</div>")


def test_captioned_pictures_are_the_items_of_a_picture_list() -> None:
    doc = doc_of(_gallery(5))
    assert [i.title for i in doc.items] == [f"{n} Decals." for n in NAMES[:5]]
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_more_captioned_pictures_than_promised_are_counted_but_not_certain() -> None:
    # Six slides under "5 Nail Decals": a reader counts six; unnumbered, the count is no
    # certain mismatch (round 9: it was no list at all, "no list of them was found").
    doc = doc_of(_gallery(6))
    assert len(doc.items) == 6
    assert doc.listicle is not None and doc.listicle.verdict == "unknown"


def test_captioned_photos_in_a_story_under_an_unkept_count_are_no_list() -> None:
    photos = "".join(f"<p>{BODY} {BODY}</p><figure><img src='{name}.jpg' alt='{name}'>"
                     f"<figcaption>{name} decals on a nail.</figcaption></figure>" for name in NAMES[:6])
    assert doc_of(page("5 Nail Decals to Try This Winter", photos)).items == ()


# ---------------------------------------------------------------- news clauses after the count

@pytest.mark.parametrize(
    "headline",
    ["Two new restaurants open downtown this week", "Four candidates qualify for December debate",
     "Six teams remain in race for the playoffs", "Brazil's 3 biggest banks report record profits",
     "Two companies merge to form an industry giant", "Two more women accuse senator of misconduct"],
)
def test_a_verb_after_the_counted_noun_makes_news_not_a_promise(headline: str) -> None:
    assert headline_number(headline, "en") == (None, False)


@pytest.mark.parametrize(
    ("headline", "number"),
    [("5 Open Questions About the Merger", 5), ("Three things we learned from the Fed meeting", 3),
     ("10 CEOs Admit Their Biggest Mistakes", 10), ("5 Doctors Warn Against These Diets", 5),
     ("7 Foods That Fight Inflammation", 7), ("10 Reasons Stocks Fall in October", 10)],
)
def test_list_titles_keep_their_promise(headline: str, number: int) -> None:
    assert headline_number(headline, "en") == (number, False)


# ---------------------------------------------------------------- a slideshow's first page

def _first_page(nav: str) -> str:
    items = "".join(f"<h2>{k}. {NAMES[k]}</h2><p>{BODY}</p>" for k in range(1, 4))
    return page("10 Cities to Visit This Spring", items + nav)


@pytest.mark.parametrize(
    "nav",
    ["<p><a href='/cities?slide=4'>Next slide</a></p>",
     "<div class='pagination'><span>1</span> <a href='/cities/2'>2</a> <a href='/cities/3'>3</a>"
     " <a href='/cities/2'>Next</a></div>",
     "<p><a href='/staedte/seite-2'>Weiter zu Seite 2</a></p>"],
)
def test_the_first_page_of_a_slideshow_is_not_a_shortfall(nav: str) -> None:
    doc = doc_of(_first_page(nav))
    assert doc.listicle is not None and doc.listicle.paginated and doc.listicle.verdict == "unknown"


def test_without_a_pager_three_of_ten_is_a_shortfall() -> None:
    doc = doc_of(_first_page("<p><a href='/cities-guide'>More city guides</a></p>"))
    assert doc.listicle is not None and doc.listicle.verdict == "mismatch"


# ---------------------------------------------------------------- more ways to print a number

@pytest.mark.parametrize(
    ("title", "number"),
    [("01 Paris", 1), ("(2) Rome", 2), ("[3] Lisbon", 3), ("4 | Vienna", 4), ("5 · Prague", 5), ("6．Berlin", 6),
     ("7、Madrid", 7), ("1\ufe0f\u20e3 Paris", 1), ("\U0001F51F Rome", 10)],
)
def test_item_numbers_printed_in_other_ways(title: str, number: int) -> None:
    from auditor.structure.markers import parse_marker

    mk = parse_marker(title, plain=True)
    assert mk is not None and mk.number == number


@pytest.mark.parametrize(
    ("text", "plain"),
    [("[1] Smith, J. (2003). A study of lists.", False), ("(2019) A year in review", True), ("12 Monkeys", True)],
)
def test_references_years_and_counts_are_not_item_numbers(text: str, plain: bool) -> None:
    from auditor.structure.markers import parse_marker

    # A reference in running text, a year, a count at the head of a title.
    assert parse_marker(text, plain=plain) is None


def test_zero_padded_numbers_number_the_items() -> None:
    heads = "".join(f"<h2>0{k} {n}</h2><p>{BODY}</p>" for k, n in enumerate(NAMES, 1))
    doc = doc_of(page("7 Cities to Visit This Spring", heads))
    assert [i.number for i in doc.items] == list(range(1, 8))


# ---------------------------------------------------------------- text without paragraphs

def _blog_post(entries: str) -> str:
    # A Blogger-style post body: text straight in a <div>, entries apart by blank lines.
    return ("<html lang=de><head><title>Blog: 5 Beauty-Tipps für die Braut</title></head><body><div class='post'>"
            "<h3 class='post-title'>5 Beauty-Tipps für die Braut</h3>"
            f"<div class='post-body'>{INTRO}<br><br>{entries}<br><br>{INTRO} Bis bald!</div></div></body></html>")


@pytest.mark.parametrize(
    "title",
    ["<b>{}-Glow</b><br>", "<b>{}-Glow:</b> ", "<span style='font-weight: bold;'>{}-Glow</span><br>"],
)
def test_bold_titles_in_text_set_apart_by_blank_lines(title: str) -> None:
    entries = "<br><br>".join(title.format(n) + BODY for n in NAMES[:5])
    doc = doc_of(_blog_post(entries))
    assert [i.title.rstrip(":") for i in doc.items] == [f"{n}-Glow" for n in NAMES[:5]]
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_a_paragraph_opening_with_text_styled_bold_has_a_bold_lead() -> None:
    html = page("5 Beauty-Tipps für die Braut", "".join(
        f"<p><span style='font-weight:700'>{n}-Glow</span><br>\n{BODY}</p>" for n in NAMES[:5]), "de")
    doc = doc_of(html)
    assert [i.title for i in doc.items] == [f"{n}-Glow" for n in NAMES[:5]]


def test_numbered_titles_in_boxes_of_their_own_before_their_text() -> None:
    cards = "".join(f"<div class='item'><div class='item-title'>{k}. {n} Bistro</div>"
                    f"<div class='item-desc'>{BODY}</div></div>" for k, n in enumerate(NAMES[:5], 1))
    doc = doc_of(page("5 Places to Eat in Paris", cards))
    assert [(i.number, i.title) for i in doc.items] == [(k, f"{n} Bistro") for k, n in enumerate(NAMES[:5], 1)]
    assert all(i.words > 0 for i in doc.items)  # the text box after each title is its body
    # A date in a box of its own is no title: "12. November 2015" before the story stays out.
    dated = page("5 Places to Eat in Paris", f"<div class='date'>12. November 2015</div><div>{BODY}</div>")
    assert not any(p.text.startswith("12. November") for p in doc_of(dated).paragraphs)


# ---------------------------------------------------------------- a slideshow saved whole

def test_a_slideshows_entries_between_video_slides_and_before_a_trailer() -> None:
    slides = "".join(
        f"<li class='slide'><h2>{n} Pumpkin Centerpiece</h2><p>{BODY}</p></li>"
        + (f"<li class='slide'><h2>Video: Fall Centerpiece Ideas</h2><p>Watch it.</p></li>" if k == 2 else "")
        for k, n in enumerate(NAMES))
    html = page("Centerpiece and Tabletop Decoration Ideas for Fall",
                f"<ul>{slides}<li class='slide'><h2>Just For You</h2></li></ul>")
    doc = doc_of(html)
    assert [i.title for i in doc.items] == [f"{n} Pumpkin Centerpiece" for n in NAMES]


def _cards(title: str) -> str:
    return "".join(f"<div class='slide'><div class='slide-title'>{title.format(n)}</div>"
                   f"<div class='slide-text'>{BODY}</div></div>" for n in NAMES[:5])


def test_a_templates_title_boxes_over_their_text_are_the_entries() -> None:
    doc = doc_of(page("5 Places to Eat in Paris", _cards("{} Bistro")))
    assert [i.title for i in doc.items] == [f"{n} Bistro" for n in NAMES[:5]]


@pytest.mark.parametrize("title", ["<a href='/more/{0}'>{0} Bistro</a>", "Besonderheiten / Extras"])
def test_teaser_links_and_a_repeated_label_in_title_boxes_are_no_text(title: str) -> None:
    # A teaser's linked title, or one label repeated by the template, stays out of the text.
    doc = doc_of(page("A visit to the market", _cards(title)))
    assert not any("Bistro" in p.text or "Besonderheiten" in p.text for p in doc.paragraphs)


# ---------------------------------------------------------------- a buying guide's frame

@pytest.mark.parametrize(
    ("first", "last"),
    [("How we picked", "Final verdict"), ("Why trust us", "How to choose the best bistro"),
     ("Methodology", "Buying guide"), ("So haben wir getestet", "Kaufberatung")],
)
def test_how_a_guide_chose_and_how_to_choose_frame_the_picks(first: str, last: str) -> None:
    picks = "".join(f"<h2>{n} Bistro</h2><p>{BODY}</p>" + f"<p>{BODY}</p>" * (k % 3) for k, n in enumerate(NAMES))
    doc = doc_of(page("7 Bistros Worth the Trip", f"<h2>{first}</h2><p>{BODY}</p>{picks}<h2>{last}</h2><p>{BODY}</p>"))
    assert [i.title for i in doc.items] == [f"{n} Bistro" for n in NAMES]



def test_a_bulleted_list_of_names_after_a_lead_in_keeps_the_promise() -> None:
    names = "".join(f"<li>{n}</li>" for n in NAMES)
    doc = doc_of(page("7 Cities to Visit This Spring", f"<p>Our seven cities:</p><ul>{names}</ul><p>{BODY}</p>"))
    assert [i.title for i in doc.items] == NAMES
    # Without the lead-in, a list of bare names may be a menu or tags: not read.
    assert doc_of(page("7 Cities to Visit This Spring", f"<ul>{names}</ul><p>{BODY}</p>")).items == ()


@pytest.mark.parametrize("credit", ["Foto: Hotel {}", "© Hotel {}", "Bild: {} Spa / Instagram"])
def test_a_picture_credit_between_a_name_and_its_subtitle_keeps_them_one_item(credit: str) -> None:
    tags = ["Ruhe am See", "Ein Ort für Familien", "Wellness mit Blick", "Versteckt im Wald", "Sauna am Meer",
            "Alpen pur"]
    entries = "".join(f"<h2>{n} Spa</h2><img src='{n}.jpg' alt='Der Pool'><p>{credit.format(n)}</p><h2>{t}</h2>"
                      f"<p>{BODY}</p><p>{BODY}</p>" for n, t in zip(NAMES, tags))
    doc = doc_of(page("6 Wellness-Oasen in Deutschland", entries, "de"))
    assert [i.title for i in doc.items] == [f"{n} Spa" for n in NAMES[:6]]
