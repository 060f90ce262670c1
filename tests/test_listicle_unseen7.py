"""Listicle shapes real plugins, themes and editors write that auditor misread at round 13's wave 2
start (cf8c6be), found by re-dressing the tuning listicles (bench/eval/redress.py): a list entry
whose own line took in a video's caption or a picture's credit, entries each alone in an ordered
list of their own, an ordered list of headings with a figure in each entry, a list split by an
empty heading, a numbered title over a short line of text without a stop. Each case fails on
cf8c6be unless it says it is a guard. Small articles read end to end through ``audit``; the
markup's source is cited beside each."""

from __future__ import annotations

from auditor.api import audit, default_settings
from auditor.model import Document
from test_listicle_languages import BODY, NAMES, doc_of as doc

DEFAULT = default_settings()


def page(headline: str, body: str) -> Document:
    """A page whose article box holds ``body`` and nothing else (no lead paragraph)."""
    html = (f"<html lang=en><head><title>t</title></head><body><article><h1>{headline}</h1>{body}"
            "</article></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.error is None and result.document is not None
    return result.document


# ---------------------------------------------------------------- a list entry's own line

# Yoast SEO's how-to block (wordpress-seo, js/src/structured-data-blocks/how-to/components/HowToStep.js:
# `<li class="schema-how-to-step"><strong class="schema-how-to-step-name">…</strong> <p
# class="schema-how-to-step-text">…</p></li>`), an editor adding a video embed in a step (a figure
# with the player and its caption, CBS's `<figure class="embed embed--type-video">…<figcaption><span
# class="embed__headline">Day 3, Part 10: …</span></figcaption></figure>`): the caption was read as
# part of the step's name, so the names grew past a title's length and no entry was read.
def _howto(steps: list[str]) -> str:
    return '<ol class="schema-how-to-steps">' + "".join(steps) + "</ol>"


def _video_step(k: int) -> str:
    return (f'<li class="schema-how-to-step"><strong class="schema-how-to-step-name">{NAMES[k]} moment</strong>'
            '<figure class="embed embed--type-video"><iframe src="https://example.org/embed/video/1"></iframe>'
            f"<figcaption><span>Day 3, Part {k + 1}: the witness reads the opening statement to the committee "
            f"and answers questions</span></figcaption></figure><p>{BODY}</p><p>{BODY}</p></li>")


def test_howto_step_with_a_video_caption_is_titled_by_its_name() -> None:
    document = doc("Key moments from the hearing, step by step", _howto([_video_step(k) for k in range(5)]))
    assert [item.heading for item in document.items] == [f"{NAMES[k]} moment" for k in range(5)]


def test_howto_step_with_a_credit_box_is_titled_by_its_name() -> None:
    # A gallery theme's step (thelist.com's slides set as how-to steps): the picture and its credit
    # in a box, the text in a box of paragraphs: "Shutterstock" was read into every name.
    steps = [f'<li class="schema-how-to-step"><strong class="schema-how-to-step-name">{NAMES[k]} habit</strong>'
             f'<div class="image-holder"><img src="/p/{k}.jpg" alt="A {NAMES[k]} view"><span class="credit">'
             f'Shutterstock</span></div><div class="columns-holder"><p>{BODY}</p><p>{BODY}</p></div></li>'
             for k in range(5)]
    document = doc("What happens when you walk every day", _howto(steps))
    assert [item.heading for item in document.items] == [f"{NAMES[k]} habit" for k in range(5)]


def test_list_entry_text_leaves_out_a_figure_caption() -> None:
    document = doc("A walk through town", f"<ul><li>Bring water <figure><img src='/a.jpg' alt='Water'>"
                   f"<figcaption>Photo: a bottle</figcaption></figure></li><li>{BODY}</li></ul>")
    assert [li.text for li in document.list_items][0] == "Bring water"


def test_list_entry_without_paragraphs_keeps_its_boxes_text() -> None:
    # A guard: an entry with no paragraph of its own keeps every word it holds outside a figure.
    document = doc("A walk through town", "<ul><li><b>Water</b> <div>bring two litres and a hat</div></li>"
                   f"<li>{BODY}</li></ul>")
    assert document.list_items[0].text == "Water bring two litres and a hat"


# ---------------------------------------------------------------- entries each alone in a list

# A how-to block (or an editor's list) split per section or slide: each entry its own `<ol>` in its
# own box, every counter restarting at 1 (theperspective.com's gallery sections `<div id="section-2"
# class="gallery--paragraph-section">` each holding one step). Their paragraphs inside each entry
# (the last one's too) are the entry's text; the list numbers nothing.
def test_one_item_lists_in_sections_are_the_entries_with_their_text() -> None:
    sections = "".join(
        f'<div class="section"><ol class="schema-how-to-steps"><li class="schema-how-to-step"><strong '
        f'class="schema-how-to-step-name">{NAMES[k]} gadget we wanted</strong><p>{BODY}</p><p>{BODY}</p>'
        f"</li></ol></div>" for k in range(6))
    document = doc("Items we never knew we wanted", sections)
    assert [item.heading for item in document.items] == [f"{NAMES[k]} gadget we wanted" for k in range(6)]
    assert all(item.words >= 30 for item in document.items)  # the last entry's text too


def test_one_item_lists_restarting_at_one_number_no_heading() -> None:
    # Headings each in an entry alone in its `<ol>`: "1." drawn before every one numbers nothing.
    entries = "".join(f"<ol><li><h2>{NAMES[k]} effect</h2><p>{BODY}</p><p>{BODY}</p></li></ol>" for k in range(6))
    document = doc("When you take a walk every day, this is what happens", entries)
    assert len(document.items) == 6
    assert {item.number for item in document.items} == {None}


def test_one_list_numbering_one_heading_still_numbers_it() -> None:
    # A guard (CBS News: `<h3><ol><li>"My fears have been realized"</li></ol></h3>` then "2. …" …
    # "7. …" as headings): one such list numbers its heading 1.
    first = f"<h3><ol><li>{NAMES[0]} moment</li></ol></h3><p>{BODY}</p>"
    rest = "".join(f"<h3>{k + 1}. {NAMES[k]} moment</h3><p>{BODY}</p>" for k in range(1, 5))
    document = doc("Key moments from the hearing", first + rest)
    assert [item.number for item in document.items] == [1, 2, 3, 4, 5]


# ---------------------------------------------------------------- an ordered list of headings

# Themes numbering entries with an `<ol>` (`<ol class="listicle"><li class="listicle__item"><h3>…</h3>
# <figure>…<figcaption>…</figcaption></figure><p>…`, ZDNet's and Meredith's list templates). A guard:
# the entry's line cut to its heading keeps the list's numbers on its headings.
def test_ordered_list_of_headings_with_figures_numbers_them() -> None:
    entries = "".join(f'<li class="listicle__item"><h3>{NAMES[k]} lamp for $20</h3><figure><img src="/p/{k}.jpg" '
                      f'alt="The {NAMES[k]} lamp"><figcaption>Photo: {NAMES[k]} Inc.</figcaption></figure>'
                      f"<p>{BODY}</p></li>" for k in range(5))
    document = doc("5 lamps for a reading corner", f'<ol class="listicle">{entries}</ol>')
    assert [item.number for item in document.items] == [1, 2, 3, 4, 5]


# ---------------------------------------------------------------- a list split by an empty heading

# An editor's spacer heading (`<h1> </h1>`) between two how-to blocks: the reader sees one list of
# seven tips, not two.
def test_lists_split_by_an_empty_heading_are_one_list() -> None:
    def steps(names: list[str]) -> str:
        return _howto([f'<li class="schema-how-to-step"><strong class="schema-how-to-step-name">{n} costume</strong>'
                       f"<p>{BODY}</p></li>" for n in names])
    document = doc("Last-minute costumes", steps(NAMES[:3]) + "<h1> </h1>" + steps(NAMES[3:7]))
    assert len(document.items) == 7


def test_lists_split_by_a_heading_stay_apart() -> None:
    # A guard: a heading with words between two lists parts them (ingredients, then steps).
    ingredients = "<ol>" + "".join(f"<li>{n} flour</li>" for n in NAMES[:3]) + "</ol>"
    method = "<ol>" + "".join(f"<li>{BODY}</li>" for _ in range(4)) + "</ol>"
    document = doc("How to bake bread", f"<h2>Ingredients</h2>{ingredients}<h2>Method</h2>{method}")
    assert len(document.items) != 7


# ---------------------------------------------------------------- a numbered title over a short line

# A template's numbered title box over a short line without a stop (familie.de's toys: `<h3>#1
# Steckspiele und Puzzle</h3><p>Ältere Kinder können kompliziertere Steckspiele und Puzzle lösen</p>`
# set in a title box): the box was no title, one toy of 13 went unread and the restart per age
# group never added up.
def test_numbered_title_box_over_a_short_line() -> None:
    texts = ["Ältere Kinder können kompliziertere Steckspiele und Puzzle lösen",
             f"{BODY}", "Memory spielen macht allen Kindern großen Spaß", f"{BODY}"]
    boxes = "".join(f'<div class="entry-title">#{k + 1} {NAMES[k]}</div><p>{text}</p>' for k, text in enumerate(texts))
    document = page("4 Ideen für Kleinkinder", boxes)
    assert [item.number for item in document.items] == [1, 2, 3, 4]


def test_date_box_over_a_short_line_is_no_title() -> None:
    # A guard: a date in its box over a short line is no numbered title.
    boxes = "".join(f'<div class="meta">12. November 2015</div><p>Die Ausstellung öffnet am Nachmittag wieder</p>'
                    f"<p>{BODY}</p>" for _ in range(3))
    document = page("Ausstellung im Museum", boxes)
    assert document.items == ()


# ---------------------------------------------------------------- a toy named under two age groups

# Terms titling entries, one name under two sections (familie.de's toys by age, "#1 Regenbogen" for
# toddlers and for schoolchildren, set as a definition list's terms): the repeated name made every
# term no title, as it did title boxes before round 13 (walk's four in five).
def _age_groups(box: str) -> str:
    groups = [["Regenbogen", "Steckturm", "Puppen"], ["Regenbogen", "Memory", "Sortierspiel"],
              ["ABC Spiel", "Legespiel", "Rechenkette"]]
    out = ""
    for g, names in enumerate(groups):
        out += f"<h2>Spielzeug für Gruppe {g + 1}</h2>"
        out += "".join(box.format(title=f"#{k + 1} {name}", body=f"<p>{BODY}</p>") for k, name in enumerate(names))
    return out


def test_terms_naming_one_toy_under_two_groups_title_their_entries() -> None:
    document = doc("9 Ideen für Kleinkinder", _age_groups("<dl><dt>{title}</dt><dd>{body}</dd></dl>"))
    assert len(document.items) == 9


def test_one_label_in_every_term_titles_nothing() -> None:
    # A guard: one label repeated in each term ("Preis") is a spec sheet's, not a title.
    terms = "".join(f"<dl><dt>Preis</dt><dd><p>{BODY}</p></dd></dl>" for _ in range(4))
    document = doc("Ein Besuch im Museum", terms)
    assert document.items == ()


# How-to blocks per section (Yoast's block under each age group, counters restarting at 1, some
# sections of two steps): all of them are the promised entries.
def test_howto_blocks_per_section_of_two_or_more_are_the_entries() -> None:
    groups = [NAMES[:3], NAMES[3:5], NAMES[5:7]]
    body = "".join(f"<h2>Gruppe {g + 1}</h2>" + _howto(
        [f'<li class="schema-how-to-step"><strong class="schema-how-to-step-name">{n} Spiel</strong>'
         f"<p>{BODY}</p></li>" for n in names]) for g, names in enumerate(groups))
    document = doc("7 Ideen für Kleinkinder", body)
    assert [item.heading for item in document.items] == [f"{n} Spiel" for n in NAMES[:7]]


def test_loose_lists_per_section_are_no_entries() -> None:
    # A guard: Markdown's loose lists (every entry a paragraph, no title of its own) under
    # "Ingredients" and "Method" are a recipe's, not a list's sections.
    def loose(n: int) -> str:
        return "<ol>" + "".join(f"<li><p>{BODY}</p></li>" for _ in range(n)) + "</ol>"
    document = doc("How to bake bread", f"<h2>Ingredients</h2>{loose(2)}<h2>Method</h2>{loose(3)}")
    assert document.items == ()


# ---------------------------------------------------------------- sections as <h1>s, an og:title naming one

# Sections set as <h1>s, the page's og:title naming the first section ("Was ist die
# Demokratie-Stiftung?", campact.de) and its <title> the story: the headline is the h1 above its
# sections, with the count the story promises.
def test_og_title_naming_a_section_does_not_make_it_the_headline() -> None:
    questions = ["Was ist die Stiftung?", "Wie gehören Stiftung und Verein zusammen?", "Wie kann man sich engagieren?"]
    sections = "".join(f"<h1>{q}</h1><p>{BODY}</p><p>{BODY}</p>" for q in questions)
    html = ("<html lang=de><head><title>Stiftung: 3 Fragen an Tina Musil</title>"
            f'<meta property="og:title" content="{questions[0]}"></head><body><article>'
            f"<h1>3 Fragen an Tina Musil, Teamleiterin</h1><p>{BODY}</p>{sections}</article></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.document is not None
    assert result.document.headline == "3 Fragen an Tina Musil, Teamleiterin"
    assert len(result.document.items) == 3


def test_og_title_naming_the_headline_below_a_kicker_h1_keeps_it() -> None:
    # A guard: both titles name the second h1 (the first a section label above it that reads
    # like neither): the headline stays the one the titles name.
    html = ("<html lang=en><head><title>Seven quiet beaches in Portugal | Site</title>"
            '<meta property="og:title" content="Seven quiet beaches in Portugal"></head><body><article>'
            f"<h1>Travel</h1><h1>Seven quiet beaches in Portugal</h1><p>{BODY}</p><h1>Getting there</h1>"
            f"<p>{BODY}</p></article></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.document is not None
    assert result.document.headline == "Seven quiet beaches in Portugal"


# ---------------------------------------------------------------- a slideshow under a headline above the body

# The headline set in the page header above the story's <article> (bgr.com: `<h1 class="entry-title">`
# before `<article class="post">`), the entries written out as a slideshow's slides (`<div
# class="gallery slideshow"><div class="gallery-slide">` each a title and its text): the slideshow was
# told against no headline, judged "unlike the headline" and dropped with every entry.
def _slides_page(headline: str, count: int) -> str:
    slides = "".join(f'<div class="gallery-slide slide"><h2>{NAMES[k]} AirPods deal</h2><img src="/p/{k}.jpg" '
                     f'alt="The {NAMES[k]} deal"><p>Automatically on, automatically connected.</p></div>'
                     for k in range(count))
    return (f"<html lang=en><head><title>{headline}</title></head><body><header><a href=/>Site</a></header>"
            f'<div class="wrap"><h1 class="entry-title">{headline}</h1><article class="post"><p>{BODY} {BODY}</p>'
            f'<p>{BODY}</p><div class="gallery slideshow">{slides}</div><p>{BODY}</p></article></div></body></html>')


def test_slideshow_of_the_entries_under_a_headline_above_the_article() -> None:
    result = audit(_slides_page("The 6 best early deals on Apple devices", 6).encode(), "page.html", DEFAULT)
    assert result.document is not None
    assert len(result.document.items) == 6


# ---------------------------------------------------------------- two entries in class-less bold boxes

# An editor's two titles set in bold alone in plain boxes (`<div><b>Wearing of masks in US too
# divisive</b></div>` over its paragraphs, Yahoo's story body) under "The two … measures": a list of
# two read no entries (three such boxes were needed).
def test_two_bold_boxes_under_a_list_of_two() -> None:
    boxes = "".join(f"<div><b>{NAMES[k]} measure too divisive</b></div><p>{BODY}</p><p>{BODY}</p>" for k in range(2))
    document = page("The two Aussie Covid measures that could never work in the US", f"<p>{BODY}</p>{boxes}")
    assert len(document.items) == 2


def test_two_plain_boxes_without_bold_title_nothing() -> None:
    # A guard: two short plain boxes (not bold) over prose in a story stay no titles.
    boxes = "".join(f"<div>{NAMES[k]} measure too divisive</div><p>{BODY}</p><p>{BODY}</p>" for k in range(2))
    document = page("Fauci praises Australia's handling of the pandemic", f"<p>{BODY}</p>{boxes}")
    assert document.items == ()
    assert all("measure too divisive" not in p.text for p in document.paragraphs)


# ---------------------------------------------------------------- a page builder's widgets on a page found by density

# Elementor's image box widget per entry (elementor/includes/widgets/image-box.php: `elementor-widget-image-box`
# > `elementor-widget-container` > `elementor-image-box-wrapper` > `elementor-image-box-content` >
# `elementor-image-box-title` and `elementor-image-box-description`) on a page with no <article>: the
# densest box was one entry's description, four boxes below the widgets that are alike; the body stopped
# three levels up and read one entry.
def _image_box(k: int) -> str:
    return ('<div class="elementor-element elementor-widget elementor-widget-image-box"><div '
            'class="elementor-widget-container"><div class="elementor-image-box-wrapper"><figure '
            f'class="elementor-image-box-img"><img src="/p/{k}.jpg" alt="Tipp {k + 1}"></figure><div '
            f'class="elementor-image-box-content"><h3 class="elementor-image-box-title">{k + 1}. {NAMES[k]} Tipp</h3>'
            f'<div class="elementor-image-box-description"><p>{BODY}</p><p>{BODY} {BODY}</p></div></div></div></div></div>')


def test_elementor_image_boxes_on_a_page_found_by_density() -> None:
    from test_listicle_unseen5 import bare_page

    assert bare_page("Die 5 effektivsten Tipps", "".join(_image_box(k) for k in range(5))) == [1, 2, 3, 4, 5]


# ---------------------------------------------------------------- a card's link wrapping its heading

# A roundup's card, its picture and heading inside one link to the shop (`<a class="product-card"
# href="…amazon…"><img><h2 class="product-card__title">…</h2></a>`), written loose in the entry's box:
# the heading was read as a heading and again as the box's line, a paragraph copying it right under
# it (a title of twelve words reads as prose), and the entries were no longer parallel (thelist
# re-dressed with card links read none of 14).
def test_card_link_wrapping_its_heading_is_read_once() -> None:
    cards = "".join(f'<div class="news-article"> <a class="product-card" href="https://www.amazon.com/dp/B0{k}">'
                    f'<img src="/p/{k}.jpg" alt=""><h2 class="product-card__title">{NAMES[k]}: your eyes may thank '
                    f"you if you take a multivitamin every day</h2></a> <p>{BODY}</p><p>{BODY}</p></div>" for k in range(6))
    document = doc("When you take a multivitamin every day, this is what happens", cards)
    assert not any(p.text.endswith("multivitamin every day") for p in document.paragraphs)
    assert len(document.items) == 6


# ---------------------------------------------------------------- one-item lists with a shop's bullet under each

# Google Docs' exported roundup (one-item `<ol start="N">` per title, ZDNet's "See it now: Amazon" bullet
# under each product's title before its text): the shop's line stands between the numbered title and its
# prose as a price box does, and the titles numbered 1..N were no entries.
def test_lone_numbered_titles_with_a_shop_bullet_before_their_text() -> None:
    entries = "".join(f'<ol start="{k + 1}"><li>{NAMES[k]} speaker for $99</li></ol><ul><li><strong>See it now:</strong> '
                      f'<a href="https://www.amazon.com/dp/B0{k}">Amazon</a></li></ul><p>{BODY}</p><p>{BODY}</p>'
                      for k in range(6))
    document = doc("Best tech gadgets of the year", entries)
    assert [item.number for item in document.items] == [1, 2, 3, 4, 5, 6]


def test_lone_numbered_items_over_a_bulleted_list_of_words_number_nothing() -> None:
    # A guard: one-item lists each over a bulleted list of plain words (no shop's line) are no titles.
    entries = "".join(f'<ol start="{k + 1}"><li>{NAMES[k]} step</li></ol><ul><li>flour and water</li></ul>'
                      f"<p>{BODY}</p>" for k in range(6))
    document = doc("A baker's morning in the old town", entries)
    assert document.items == ()


# Divi's blurb module per entry (ET_Builder_Module_Blurb: `et_pb_module et_pb_blurb et_pb_blurb_3` >
# `et_pb_blurb_content` > `et_pb_blurb_container` > `h4.et_pb_module_header` and `et_pb_blurb_description`):
# each module's box carries its own number beside its kind's class, so the blurbs were alike in nothing.
def _blurb(k: int) -> str:
    return (f'<div class="et_pb_module et_pb_blurb et_pb_blurb_{k} et_pb_bg_layout_light"><div class="et_pb_blurb_content">'
            f'<div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap"><img src="/p/{k}.jpg" alt=""></span></div>'
            f'<div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>{k + 1}. {NAMES[k]} Tipp</span></h4>'
            f'<div class="et_pb_blurb_description"><p>{BODY}</p><p>{BODY} {BODY}</p></div></div></div></div>')


def test_divi_blurbs_numbered_per_module_on_a_page_found_by_density() -> None:
    from test_listicle_unseen5 import bare_page

    assert bare_page("Die 5 effektivsten Tipps", "".join(_blurb(k) for k in range(5))) == [1, 2, 3, 4, 5]


def test_post_boxes_with_their_ids_stay_apart() -> None:
    # A guard: WordPress's story box and the next story's (`<div class="post-101 post">`, `post-102 post`,
    # as much text each): a post's id names another story, not a module's place; the body stays one story.
    boxes = "".join(f'<div class="post-{k} post"><div class="entry"><p>{BODY} {BODY}</p><p>{BODY}</p></div></div>'
                    for k in (101, 102))
    html = (f"<html lang=en><head><title>A walk in town</title></head><body><div><h1>A walk in town</h1>{boxes}"
            "</div></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.document is not None
    assert len(result.document.paragraphs) == 2


# ---------------------------------------------------------------- a counted list split by a box of one entry's

# "5 Tips to Enjoy Game Day…:" over a how-to block of four steps, a recipe box of the fourth step's
# (`<h3>Healthy Game Day Dip</h3>` and its paragraph), then the fifth step in a block of its own
# (beachbody.com's tips as Yoast how-to steps): the heading's count is kept by the lists in its section.
def test_counted_how_to_list_split_by_a_box_of_one_entry() -> None:
    def steps(names: list[str]) -> str:
        return _howto([f'<li class="schema-how-to-step"><strong class="schema-how-to-step-name">{n} tip</strong>'
                       f"<p>{BODY}</p></li>" for n in names])
    body = (f"<h2>5 Tips to Enjoy Game Day Parties:</h2>{steps(NAMES[:4])}<h3>Healthy Game Day Dip:</h3>"
            f"<p>{BODY}</p>{steps(NAMES[4:5])}")
    document = doc("How to Tackle Game Day Snack Temptations", body)
    assert [item.heading for item in document.items] == [f"{n} tip" for n in NAMES[:5]]


def test_counted_list_of_steps_and_a_later_list_stay_apart() -> None:
    # A guard: "3 steps:" over three plain steps, then a list of notes further on: the heading's count
    # is its own list's.
    steps = "<ol>" + "".join(f"<li>{n} the dough</li>" for n in NAMES[:3]) + "</ol>"
    notes = "<ol>" + "".join(f"<li>{BODY}</li>" for _ in range(2)) + "</ol>"
    document = doc("How to bake bread at home", f"<h2>3 steps:</h2>{steps}<p>{BODY}</p>{notes}")
    assert len(document.items) == 3


# ProseMirror / Tiptap editors (Substack, Ghost, Notion's export): each entry an ordered list's item
# holding paragraphs, its title the first one in bold (`<ol><li><p><strong>Lisbon</strong></p><p>…</p>`),
# one list per section: the lists together make up the promised count.
def test_prosemirror_lists_per_section_titled_by_their_first_paragraph() -> None:
    groups = [NAMES[:3], NAMES[3:5], NAMES[5:7]]
    body = "".join(f"<h2>Gruppe {g + 1}</h2><ol>" + "".join(
        f"<li><p><strong>{n} Spiel</strong></p><p>{BODY}</p></li>" for n in names) + "</ol>"
        for g, names in enumerate(groups))
    document = doc("7 Ideen für Kleinkinder", body)
    assert len(document.items) == 7


def test_loose_lists_of_sentences_per_section_are_no_entries() -> None:
    # A guard: loose list items of two sentences each (the first a sentence, not a title) under
    # two headings are a recipe's steps.
    def loose(n: int) -> str:
        return "<ol>" + "".join(f"<li><p>Mix the flour with water.</p><p>{BODY}</p></li>" for _ in range(n)) + "</ol>"
    document = doc("How to bake bread", f"<h2>Ingredients</h2>{loose(2)}<h2>Method</h2>{loose(3)}")
    assert document.items == ()


# Markdown's loose bulleted list (`- **Lisbon**` over its paragraphs: `<ul><li><p><strong>Lisbon</strong></p>
# <p>…</p></li>`, Hugo's and Jekyll's output, ProseMirror's bullets) holding the whole story's entries under
# a headline without a count. A guard: its bold titles are the entries (read so on cf8c6be too).
def test_loose_bulleted_list_of_titled_entries_is_the_list() -> None:
    entries = "".join(f"<li><p><strong>Define the {NAMES[k]} plan</strong></p><p>{BODY}</p><p>{BODY}</p></li>"
                      for k in range(6))
    document = doc("How to retire early so you can travel on your own schedule", f"<ul>{entries}</ul>")
    assert [item.heading for item in document.items] == [f"Define the {NAMES[k]} plan" for k in range(6)]


def test_bulleted_points_of_one_paragraph_are_no_list() -> None:
    # A guard: a story's bulleted points, each one paragraph, stay points.
    points = "".join(f"<li><p>{BODY}</p></li>" for _ in range(6))
    document = doc("The council met on Tuesday", f"<ul>{points}</ul><p>{BODY}</p>")
    assert document.items == ()


# The same list of titled entries (Business Insider's steps set as a loose bulleted list), one entry
# holding a bold line of its own ("Need help crunching the numbers?" over a paragraph): the list's
# entries are the steps; the bold lines read nine for eight.
def test_loose_bulleted_entries_with_a_bold_line_inside_one() -> None:
    titles = ["Define early retirement", "Take inventory", "Establish your target number", "Live below your means",
              "Leverage your income", "Max out your retirement accounts", "Invest the money left over",
              "Make a backup plan"]
    extra = f"<p><strong>Need help crunching the numbers?</strong></p><p>{BODY}</p>"
    entries = "".join(f"<li><p><strong>{t}</strong></p><p>{BODY}</p><p>{BODY}</p>{extra if k == 5 else ''}</li>"
                      for k, t in enumerate(titles))
    document = doc("How to retire early so you can travel on your own schedule", f"<ul>{entries}</ul>")
    assert [item.heading for item in document.items] == titles

