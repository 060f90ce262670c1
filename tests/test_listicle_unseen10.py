"""Listicle shapes auditor misread at round 14's start (e236d42), found by re-dressing the tuning
listicles the way hosted platforms and exports write their entries (bench/eval/redress.py, round 14's
dresses): numbers typed by hand in a plain-text file ("(1) Title", "6 - Title"), a numbered title
that ends like a sentence or runs long inside a run of item headings, bracketed numbers before a
quoted or figure-led title, lower-case Roman numerals, and a number badge hidden from screen
readers only. Each case fails on e236d42 unless it says it is a guard. Small articles read end to
end through ``audit``; the habit's source is cited beside each."""

from __future__ import annotations

from auditor.api import audit, default_settings
from auditor.model import Document
from auditor.structure.markers import parse_marker
from test_listicle_languages import BODY, assert_no_list_told_missing, audited

SETTINGS = default_settings()
CITIES = ("Lisbon", "Porto", "Braga", "Faro", "Evora")


def text_doc(text: str) -> Document:
    result = audit(text.encode(), "draft.txt", SETTINGS)
    assert result.error is None and result.document is not None
    return result.document


def html_doc(headline: str, body: str) -> Document:
    document = audited(headline, body).document
    assert document is not None
    return document


def plain_text(headline: str, titles: list[str]) -> str:
    """A plain-text draft: the headline, a paragraph, then each entry's title line over its text."""
    return f"{headline}\n\n{BODY}\n\n" + "".join(f"{t}\n\n{BODY}\n\n" for t in titles)


# ---------------------------------------------------------------- plain text numbered by hand

# Plain-text drafts and emails number entries as typewritten outlines do: "(1)" (the Chicago
# Manual's enumerations in running text, set on their own line) and "1 - Title" (a hyphen for
# a dash, as text without a dash key types it).
# Short sentence-case titles, as tips are titled ("Cut up old clothes", "Use tights").
TIPS = ("Prioritize, prioritize, prioritize", "Cut clothes", "Don't forget to drink water!", "Use tights",
        "“Veggie-fy” your chips ‘n’ dip")


def test_bracketed_numbers_in_a_plain_text_file() -> None:
    doc = text_doc(plain_text("5 Tips for a Cheap Halloween Costume", [f"({n}) {c}" for n, c in enumerate(TIPS, 1)]))
    assert [item.number for item in doc.items] == [1, 2, 3, 4, 5]
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_dashed_numbers_in_a_plain_text_file() -> None:
    # Passes on e236d42 too when the lines read as section headings (the structure stage reads "1 - ");
    # the line reader now takes them as numbered lines whatever their case.
    doc = text_doc(plain_text("5 Tips for a Cheap Halloween Costume", [f"{n} - {c}" for n, c in enumerate(TIPS, 1)]))
    assert [item.number for item in doc.items] == [1, 2, 3, 4, 5]
    assert [item.title for item in doc.items] == list(TIPS)


def test_bracketed_and_keycap_numbers_in_a_plain_text_file() -> None:
    # "[1] Title" (a forum's or a newsletter's plain-text numbering), keycaps ("1️⃣ Title", as
    # chat and social posts number their points) and a thread's "1/ Title".
    for marker in ("[{n}]", "{n}\ufe0f\u20e3", "{n}/"):
        doc = text_doc(plain_text("5 Tips for a Cheap Halloween Costume",
                                  [f"{marker.format(n=n)} {c}" for n, c in enumerate(TIPS, 1)]))
        assert [item.number for item in doc.items] == [1, 2, 3, 4, 5], marker


def test_references_after_the_entries_stay_out() -> None:
    # A guard: "[1] Smith, J. …" lines under "References" are the sources, not entries.
    refs = "References\n\n[1] Smith, J. (2019). Sleep and memory. Journal of Sleep.\n[2] Doe, A. (2020). Rest.\n"
    doc = text_doc(plain_text("5 Tips for a Cheap Halloween Costume",
                              [f"({n}) {c}" for n, c in enumerate(TIPS, 1)]) + refs)
    assert [item.number for item in doc.items] == [1, 2, 3, 4, 5]


def test_a_fraction_line_is_no_entry() -> None:
    # A guard: "1/2 cup" opens a recipe's line, not entry 1.
    doc = text_doc(f"Five Things We Learned From Baking\n\n{BODY}\n\n1/2 cup of sugar is plenty for the dough\n\n{BODY}\n")
    assert doc.items == ()
    assert not [li for li in doc.list_items if li.number == 1]


def test_a_score_line_is_no_entry() -> None:
    # A guard: "3 - 2" is a result, not entry 3.
    doc = text_doc(f"Five Things We Learned From the Derby\n\n{BODY}\n\n3 - 2 was the final score on Sunday\n\n{BODY}\n")
    assert all(item.number != 3 for item in doc.items)
    assert not [h for h in doc.headings if h.text.startswith("3 - 2")]


def test_a_numbered_title_ending_like_a_sentence_inside_the_run() -> None:
    # Writers end some entry titles with a full stop ("#5: Ryanair turned on the charm to attract
    # more traveling families."): the numbers around it show it is a title all the same.
    titles = ["#1: Airlines competed to be the best", "#2: Old cabins were upcycled",
              "#3: Wi-Fi was approved during all stages of a flight",
              "#4: Budget airlines turned on the charm to attract more traveling families this year.",
              "#5: Lounges got sleek redesigns"]
    doc = text_doc(plain_text("5 Things Airlines Did Well in 2014", titles))
    assert [item.number for item in doc.items] == [1, 2, 3, 4, 5]


def test_a_long_numbered_title_inside_the_run() -> None:
    titles = ["1. Taking a multivitamin every day can promote healthy aging",
              "2. Your eyes may thank you",
              "3. If you're vegan or vegetarian, you could fill in the gaps of your diet when you take a "
              "multivitamin every day",
              "4. Your immunity may get a boost", "5. Talk to your doctor first"]
    doc = text_doc(plain_text("5 Things That Happen When You Take a Multivitamin", titles))
    assert [item.number for item in doc.items] == [1, 2, 3, 4, 5]


def test_a_lone_numbered_sentence_stays_a_list_line() -> None:
    # A guard: a numbered sentence with no run of titles around it is no entry's title.
    text = (f"Council Approves the New Budget After a Long Debate\n\n{BODY}\n\n"
            "1. The council approved the new budget after a debate that ran late into the night.\n\n"
            f"{BODY}\n\n{BODY}\n")
    doc = text_doc(text)
    assert not [h for h in doc.headings if h.level == 2]
    assert doc.items == ()


def test_numbered_steps_inside_one_entry_stay_its_text() -> None:
    # A guard: "1. … 2. … 3. …" lines together in one block are an entry's steps, not entries.
    steps = "1. Fill the pot.\n2. Bring it to a boil.\n3. Add the salt."
    titles = [f"({n}) {c}" for n, c in enumerate(CITIES, 1)]
    text = f"5 Cities to Visit in Portugal This Spring\n\n{BODY}\n\n" + "".join(
        f"{t}\n\n{BODY}\n\n" + (f"{steps}\n\n" if n == 2 else "") for n, t in enumerate(titles, 1))
    doc = text_doc(text)
    assert [item.number for item in doc.items] == [1, 2, 3, 4, 5]


def test_a_news_story_in_plain_text_with_bracketed_points() -> None:
    # A guard: a news headline promises nothing, whatever its points are numbered with.
    text = (f"Three Cases of Plague Diagnosed in China\n\n{BODY}\n\n(1) The first patient is stable.\n"
            f"(2) The second was flown to Beijing.\n\n{BODY}\n")
    doc = text_doc(text)
    assert doc.listicle is not None and doc.listicle.promised is None


# ---------------------------------------------------------------- bracketed numbers in headings

# Quoted sayings as entry titles ("Key moments": '(1) "My fears have been realized"'), and a
# title opening with a figure ("(9) 3-D Body Scanners").
def test_bracketed_number_before_a_quoted_title() -> None:
    quotes = ('"My fears have been realized"', "Never urged an inquiry", '"Not some irregular channel"',
              "Questioning the judgment", '"The Gordon problem"')
    doc = html_doc("5 Key Moments From the Hearing", "".join(
        f"<h2>({n}) {q}</h2><p>{BODY}</p>" for n, q in enumerate(quotes, 1)))
    assert [item.number for item in doc.items] == [1, 2, 3, 4, 5]


def test_bracketed_number_before_a_figure() -> None:
    marker = parse_marker("(9) 3-D Body Scanners", plain=True)
    assert marker is not None and marker.number == 9 and marker.title == "3-D Body Scanners"


def test_a_reference_in_running_text_is_no_marker() -> None:
    # A guard: outside a title, "[1] 2019 study…" opens a reference.
    assert parse_marker("[1] 2019 study of sleep", plain=False) is None


# ---------------------------------------------------------------- lower-case Roman numerals

# Outlines and essays number sections "i.", "ii.", "iii." (Chicago Manual 6.127: lower-case
# Roman for the fourth level; many essay templates use them throughout).
def test_lower_case_roman_headings() -> None:
    numerals = ("i", "ii", "iii", "iv", "v")
    doc = html_doc("5 Cities to Visit in Portugal", "".join(
        f"<h2>{r}. {c}</h2><p>{BODY}</p>" for r, c in zip(numerals, CITIES)))
    assert [item.number for item in doc.items] == [1, 2, 3, 4, 5]


def test_lower_case_words_are_no_roman_numerals() -> None:
    # Guards: "i.e." and a numeral over lower-case text are words.
    assert parse_marker("i.e. the best one", plain=True) is None
    assert parse_marker("vi. alpha", plain=True) is None
    assert parse_marker("iv. Lisbon", plain=True) is not None


# ---------------------------------------------------------------- a number badge hidden from screen readers

# Themes keep a heading's accessible name free of the entry's number by hiding the badge from
# screen readers only (`<span class="count" aria-hidden="true">3</span><h2>…`, WAI-ARIA 1.2
# aria-hidden: "not exposed to the accessibility API", still drawn): every sighted reader sees it.
def test_an_aria_hidden_number_badge_before_its_heading() -> None:
    body = "<h2>About this guide</h2><p>" + BODY + "</p>" + "".join(
        f'<span class="count" aria-hidden="true">{n}</span><h2>{c}</h2><p>{BODY}</p>' for n, c in enumerate(CITIES, 1))
    doc = html_doc("5 Cities to Visit in Portugal", body)
    assert [item.number for item in doc.items] == [1, 2, 3, 4, 5]
    assert [item.title for item in doc.items] == list(CITIES)


def test_an_aria_hidden_count_in_a_share_bar_stays_out() -> None:
    # A guard: a hidden number that stands before no heading (a share count) is still dropped.
    body = '<div class="share"><span aria-hidden="true">12</span></div>' + "".join(
        f"<h2>{n}. {c}</h2><p>{BODY}</p>" for n, c in enumerate(CITIES, 1))
    doc = html_doc("5 Cities to Visit in Portugal", body)
    assert not [p for p in doc.paragraphs if p.text.strip() == "12"]
    assert len(doc.items) == 5


def test_news_with_a_number_in_the_headline_and_hidden_badges_is_told_nothing() -> None:
    # A guard: badges or not, a news headline promises no list.
    body = "".join(f'<span class="count" aria-hidden="true">{n}</span><h2>{c}</h2><p>{BODY}</p>'
                   for n, c in enumerate(CITIES[:3], 1))
    assert_no_list_told_missing("Three Cases of Plague Diagnosed in China", body)


# ---------------------------------------------------------------- a title set apart by its size alone

# Blogger's older compose editor writes a post as lines in one box, a title set apart only by the
# size menu ("Large", "Largest": `<span style="font-size: x-large;">`), no bold, no heading, then
# `<br>` and the text; Wix's and Weebly's editors write sizes in px the same way.
def _sized(titles: tuple[str, ...], style: str) -> str:
    return '<div class="post-body entry-content">' + "".join(
        f'<span style="{style}">{t}</span><br>{BODY} {BODY}<br><br>' for t in titles) + "</div>"


def test_titles_set_apart_by_their_size_in_a_blogger_post() -> None:
    doc = html_doc("5 Cities to Visit in Portugal", _sized(CITIES, "font-size: x-large;"))
    assert [item.title or item.heading for item in doc.items] == list(CITIES)


def test_titles_set_apart_by_a_pixel_size() -> None:
    doc = html_doc("5 Cities to Visit in Portugal", _sized(CITIES, "font-size:24px"))
    assert [item.title or item.heading for item in doc.items] == list(CITIES)


def test_a_small_size_sets_nothing_apart() -> None:
    # A guard: a span in a body text size (today's themes run to 18-21px) is no title.
    for size in ("font-size: 14px;", "font-size: 20px;", "font-size: 12pt;"):
        doc = html_doc("5 Cities to Visit in Portugal", _sized(CITIES, size))
        assert doc.items == (), size


def test_a_drop_cap_is_no_title() -> None:
    # A guard: a story's drop cap (`<span style="font-size:300%">T</span>he…`) opens prose.
    body = "".join(f'<p><span style="font-size: 300%; float: left;">T</span>he council met on day {n}. {BODY}</p>'
                   for n in range(1, 7))
    doc = html_doc("Portugal's Cities Are Booming Again", body)
    assert doc.items == ()
    assert not [p for p in doc.paragraphs if p.lead]


# ---------------------------------------------------------------- Markdown's loose lists

# A Markdown draft whose entries are a loose ordered list: each item's bold title, then its
# paragraphs indented under it (CommonMark 0.31, 5.2 "List items" and 5.3 "a list is loose if
# any of its constituent list items are separated by blank lines"), which renders to
# `<li><p><strong>Title</strong></p><p>…</p></li>`, as Ghost, Substack and Notion export it.
def md_doc(text: str) -> Document:
    result = audit(text.encode(), "draft.md", SETTINGS)
    assert result.error is None and result.document is not None
    return result.document


def _loose(titles: tuple[str, ...]) -> str:
    return "".join(f"{n}. **{t}**\n\n{' ' * (len(str(n)) + 2)}{BODY}\n\n{' ' * (len(str(n)) + 2)}{BODY}\n\n"
                   for n, t in enumerate(titles, 1))


def test_a_loose_markdown_list_of_titled_entries() -> None:
    doc = md_doc(f"# 5 Cities to Visit in Portugal\n\n{BODY}\n\n{_loose(CITIES)}")
    assert [item.title or item.heading for item in doc.items] == list(CITIES)
    assert doc.listicle is not None and doc.listicle.verdict == "kept"
    assert all(item.words > 10 for item in doc.items)


def test_a_loose_markdown_list_reads_its_paragraphs_as_blocks() -> None:
    doc = md_doc(f"# 5 Cities to Visit in Portugal\n\n{_loose(CITIES)}")
    titles = [p for p in doc.paragraphs if p.text in CITIES]
    assert len(titles) == 5 and all(p.lead == len(p.text) for p in titles)
    assert all(li.text == "" for li in doc.list_items)


def test_a_loose_list_of_one_paragraph_items_keeps_their_text() -> None:
    # A guard: items of one paragraph each stay list items with their text.
    items = "".join(f"{n}. {c} is worth a day of its own for the old town.\n\n" for n, c in enumerate(CITIES, 1))
    doc = md_doc(f"# A Week in Portugal\n\n{BODY}\n\n{items}")
    assert [li.text.split()[0] for li in doc.list_items] == list(CITIES)


def test_steps_inside_a_loose_entry_stay_its_text() -> None:
    # A guard: a tight numbered list of steps inside one entry is no entry.
    steps = "   - Book the train.\n   - Pack light.\n   - Walk the old town.\n\n"
    text = "# 5 Cities to Visit in Portugal\n\n" + "".join(
        f"{n}. **{t}**\n\n   {BODY}\n\n" + (steps if n == 2 else "") for n, t in enumerate(CITIES, 1))
    doc = md_doc(text)
    assert [item.title or item.heading for item in doc.items] == list(CITIES)


def test_a_post_written_all_in_a_large_size_has_no_titles() -> None:
    # A guard: a writer who sets the whole post in "Large" sets nothing apart.
    body = "".join(f'<p><span style="font-size: large;">Day {n} began early. {BODY}</span></p>' for n in range(1, 7))
    doc = html_doc("Our Week in Portugal Was Wonderful", body)
    assert doc.items == ()


# Weebly's paragraph element (`<div class="paragraph">`) and old editors size a title with the
# legacy `<font size="5">` before a `<br>` and the entry's text.
def _font_titled(titles: list[str]) -> str:
    return "".join(f'<div class="paragraph"><font size="5">{t}</font><br>{BODY} {BODY}<br><br>{BODY}</div>'
                   for t in titles)


def test_numbered_titles_in_a_font_element_are_read_once() -> None:
    # Passes on e236d42 in this small form; on a longer page (redress's weebly-font dress) the
    # <font> was read twice, once in its box's line and once as a box of its own: one entry twice.
    doc = html_doc("5 Cities to Visit in Portugal", _font_titled([f"{n}. {c}" for n, c in enumerate(CITIES, 1)]))
    assert [item.number for item in doc.items] == [1, 2, 3, 4, 5]


def test_titles_set_apart_by_a_font_size() -> None:
    doc = html_doc("5 Cities to Visit in Portugal", _font_titled(list(CITIES)))
    assert [item.title or item.heading for item in doc.items] == list(CITIES)


def test_a_font_element_wrapping_paragraphs_is_still_read() -> None:
    # A guard: an old page's <font> around its paragraphs holds the story.
    doc = html_doc("Our Week in Portugal Was Wonderful", f'<font face="Verdana"><p>{BODY}</p><p>{BODY}</p></font>')
    assert len([p for p in doc.paragraphs if p.text.startswith("Lorem")]) >= 3
