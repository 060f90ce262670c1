"""Plain-text source: pasted and scraped articles → Document."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from auditor.sources import SourceOptions
from auditor.sources.text import is_title_case, parse_text, split_credit

FIXTURES = Path(__file__).parent / "fixtures" / "text"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_2d0378ee95c0cbdd.txt"
OPTIONS = SourceOptions()


def parse(text: str, options: SourceOptions = OPTIONS):
    return parse_text(text, "article.txt", options)


def fixture(name: str):
    return parse((FIXTURES / name).read_text(encoding="utf-8"))


# --- the seed -----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip("../shared/seed not present")
    return parse(SEED.read_text(encoding="utf-8"))


def test_seed_headline_skips_site_chrome(seed):
    assert seed.headline == "7 Defiant Acts: How Baloch Rebels Are Turning Pakistan’s Crisis Into a Liberation Surge"
    assert seed.headline_line == 3
    assert seed.headings[0].level == 1 and seed.headings[0].text == seed.headline


def test_seed_has_seven_numbered_item_headings_and_a_conclusion(seed):
    h2 = [h for h in seed.headings if h.level == 2]
    numbered = [h.text for h in h2 if h.text[0].isdigit()]
    assert [t.split(".")[0] for t in numbered] == ["1", "2", "3", "4", "5", "6", "7"]
    assert numbered[0] == "1. Flags of Freedom: Symbolic Uprising Across the Province"
    assert [h.line for h in h2][:3] == [12, 21, 30]
    assert h2[-1].text == "Conclusion: A Defining Moment in the Baloch Struggle"
    assert len(h2) == 8


def test_seed_also_read_items_are_list_items_not_headings(seed):
    heading_texts = " ".join(h.text for h in seed.headings)
    assert "Deadly Chinese Weapons" not in heading_texts
    assert "Foiled Strikes" not in heading_texts
    related = [i for i in seed.list_items if i.line in (97, 98)]
    assert [(i.number, i.ordered) for i in related] == [(1, True), (2, True)]
    assert related[0].text.startswith("5 Deadly Chinese Weapons")
    assert related[0].list_index == related[1].list_index


def test_seed_photo_credit_becomes_an_image(seed):
    [image] = seed.images
    assert image.src is None and image.alt is None
    assert image.line == 7
    assert image.credit == "Social Media/BLA | Indiatoday"
    assert image.caption is not None and image.caption.endswith("replacing the Pakistani ones.")
    assert not any("Photo Credit" in p.text for p in seed.paragraphs)


def test_seed_chrome_and_click_here_stay_paragraphs(seed):
    texts = {p.text: p.line for p in seed.paragraphs}
    assert texts["Site icon Gyantarkash"] == 1
    assert texts["TO know more CLICK HERE."] == 91
    assert texts["Exit mobile version"] == 99
    assert texts["Pakistan, Liberation"] == 5
    assert seed.links == ()


def test_seed_one_paragraph_per_line_when_scraped(seed):
    lines = [p.line for p in seed.paragraphs]
    assert 9 in lines and 10 in lines  # two scraped paragraphs on adjacent lines
    assert all(p.breaks == () for p in seed.paragraphs)


# --- fixtures written for the project -----------------------------------------


def test_no_blank_lines_file_is_read_line_by_line():
    doc = fixture("no-blank-lines.txt")
    assert doc.headline == "5 Coastal Walks for a Slow Weekend"
    assert doc.headline_line == 2
    h2 = [(h.text, h.line) for h in doc.headings if h.level == 2]
    assert h2 == [
        ("1. The Chalk Cliffs Loop", 6),
        ("2. Heron Marsh Boardwalk", 8),
        ("3) The Old Lighthouse Path", 10),
        ("#4 Pebble Bay and Back", 12),
        ("No. 5 The Long Dune Trail", 14),
        ("How we picked these walks", 16),
    ]
    texts = [p.text for p in doc.paragraphs]
    assert texts[:3] == ["Skip to content", "By Mara Ellison", "March 3, 2025"]


def test_hard_wrapped_paragraphs_join_with_breaks():
    doc = fixture("hard-wrapped.txt")
    first = doc.paragraphs[0]
    assert first.line == 3
    assert first.text.startswith("A starter is a small colony of yeast and bacteria that lives in flour and water.")
    assert first.breaks == (70, 139)
    assert first.text[70:73] == "and"
    assert [h.text for h in doc.headings if h.level == 2][-1] == "Final Thoughts"
    assert len([h for h in doc.headings if h.level == 2]) == 4


def test_related_block_after_read_more_is_never_headings():
    doc = fixture("related-and-chrome.txt")
    h2 = [h.text for h in doc.headings if h.level == 2]
    assert h2 == ["1. The Button Museum", "2. The Clockmaker's Workshop"]
    related = [i for i in doc.list_items if i.line in (29, 31)]
    assert [i.text for i in related] == ["12 Castles You Can Sleep In", "A Weekend in the Lake District"]
    assert "Read more" in [p.text for p in doc.paragraphs]


@pytest.mark.parametrize("label", ["Most Popular", "Read next", "Lesen Sie auch:"])
def test_listicle_related_labels_also_mark_related_lines(label):
    # The same labels the listicle detector knows (auditor.text.cues).
    text = (
        "Five Quiet Museums Worth a Detour\n\n"
        "We spent a month visiting small museums across the country and these stood out.\n\n"
        f"{label}\n\n1. Twelve Castles You Can Sleep In\n\nMore prose follows here, as it does.\n"
    )
    doc = parse(text)
    assert label in [p.text for p in doc.paragraphs]
    assert [(i.number, i.text) for i in doc.list_items] == [(1, "Twelve Castles You Can Sleep In")]
    assert all(h.level == 1 for h in doc.headings)


def test_compact_numbered_list_is_list_items():
    doc = fixture("related-and-chrome.txt")
    packing = [i for i in doc.list_items if i.line in (17, 18, 19)]
    assert [(i.number, i.text) for i in packing] == [(1, "A notebook"), (2, "A light bag"), (3, "Patience for the queue")]
    assert packing[0].list_index != [i for i in doc.list_items if i.line == 29][0].list_index


def test_breadcrumbs_and_category_lines_are_not_headings():
    doc = fixture("related-and-chrome.txt")
    assert doc.headline == "Six Small Museums Worth a Detour"
    texts = [p.text for p in doc.paragraphs]
    assert "Home > Travel > Europe" in texts
    assert "Travel, Culture" in texts
    assert "Share this article" in texts


def test_image_line_with_caption_and_courtesy_credit():
    doc = fixture("related-and-chrome.txt")
    [image] = doc.images
    assert image.line == 25
    assert image.caption == "The workshop bench, with tools laid out."
    assert image.credit == "the Clockmakers' Guild"


# --- headings and headline rules ----------------------------------------------


def test_long_numbered_sentence_is_a_list_item_not_a_heading():
    doc = parse(
        "Four Rules for Quiet Mornings\n\n"
        "1. Wake up at the same time every day, even at weekends, because the body likes a rhythm.\n\n"
        "Body text follows here and keeps going for a while.\n"
    )
    assert [h.level for h in doc.headings] == [1]
    assert doc.list_items[0].number == 1 and doc.list_items[0].ordered


def test_short_numbered_line_with_period_is_a_heading():
    doc = parse("Four Rules for Quiet Mornings\n\n1. Drink water.\n\nA glass before coffee helps.\n")
    assert [h.text for h in doc.headings] == ["Four Rules for Quiet Mornings", "1. Drink water."]


def test_indented_numbered_lines_are_list_items():
    doc = parse("Four Rules for Quiet Mornings\n\n  1. Drink water\n\nBody.\n")
    assert [h.level for h in doc.headings] == [1]
    assert doc.list_items[0].column == 3


def test_nested_list_depth_follows_indentation():
    doc = parse("1. a\n  2. b\n    3. c\n  4. d\n")
    assert [(i.text, i.depth) for i in doc.list_items] == [("a", 1), ("b", 2), ("c", 3), ("d", 2)]


def test_bullets_are_unordered_items():
    doc = parse("A Headline With Enough Words\n\n- one\n- two\n")
    assert [(i.text, i.ordered, i.number) for i in doc.list_items] == [("one", False, None), ("two", False, None)]


def test_headline_needs_four_words_or_title_case():
    assert parse("Menu\n\nshort thing\n\nThe real headline is this one\n\nBody.").headline == "The real headline is this one"
    assert parse("Best Coffee Grinders\n\nBody text.").headline == "Best Coffee Grinders"


def test_menu_lines_and_long_bylines_are_not_headlines():
    doc = parse(
        "About Us\n\nAccessibility Help\n\nFuture Perfect\n\n"
        "By Jane Roe | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Gadgets\n\n"
        "Nine Gadgets That Earned Their Place\n\nBody.\n"
    )
    assert doc.headline == "Nine Gadgets That Earned Their Place"


def test_two_sentences_are_not_a_headline():
    doc = parse("I grew a lemon tree from a seed three years ago. It is now taller than my kitchen door frame\n\nMore.")
    assert doc.headline is None


def test_byte_order_mark_is_ignored():
    doc = parse("\ufeffA Headline With Enough Words\n\nBody.")
    assert doc.headline == "A Headline With Enough Words"


def test_no_headline_when_body_starts_straight_away():
    body = " ".join(["word"] * 40) + "."
    doc = parse(body + "\n\nAnother paragraph here.\n")
    assert doc.headline is None
    assert doc.headings == ()


def test_credit_line_is_not_a_headline():
    doc = parse("Photo: Jane Doe\n\nA Headline With Enough Words\n\nBody.")
    assert doc.headline == "A Headline With Enough Words"
    assert doc.images[0].credit == "Jane Doe"


def test_sentence_case_subhead_needs_body_below():
    body = " ".join(["word"] * 25) + "."
    doc = parse(f"A Headline With Enough Words\n\nHow we tested the kettles\n\n{body}\n\nand then it ended abruptly\n")
    assert [h.text for h in doc.headings if h.level == 2] == ["How we tested the kettles"]


def test_source_mid_paragraph_is_not_an_image_credit():
    doc = parse("A Headline With Enough Words\n\nPrices rose 4% last year. Source: the statistics office.\n")
    assert doc.images == ()
    assert split_credit("Prices rose 4% last year. Source: the statistics office.") is None
    assert split_credit("Source: Reuters") == (None, "Reuters")


def test_split_credit_variants():
    assert split_credit("Photo by Ann Lee on Unsplash") == (None, "Ann Lee on Unsplash")
    assert split_credit("A quiet reading room. (Photo: City Library)") == ("A quiet reading room.", "City Library")
    assert split_credit("Courtesy of the museum") == (None, "the museum")
    assert split_credit("The photographer waited an hour.") is None


def test_title_case():
    assert is_title_case("Conclusion: A Defining Moment in the Baloch Struggle")
    assert not is_title_case("Exit mobile version")
    assert not is_title_case("the body has begun")


# --- robustness ---------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_count_lines_the_same(newline):
    text = newline.join(["Three Tips for Better Tea", "", "1. Warm the Pot", "", "Pour hot water first.", ""])
    doc = parse(text)
    assert doc.headline_line == 1
    assert [(h.text, h.line) for h in doc.headings] == [("Three Tips for Better Tea", 1), ("1. Warm the Pot", 3)]
    assert doc.paragraphs[0].line == 5


def test_tabs_and_odd_input_do_not_crash():
    for text in ["\n\n\n", "1.", "#", "- ", "\t\tx", "\u00a0\n\u00a0", "Photo:", "No. 1", "<!-- auditor-disable -->"]:
        parse(text)


def test_only_headings():
    doc = parse("A Headline With Enough Words\n\n1. First Item\n\n2. Second Item\n")
    assert doc.paragraphs == ()
    assert [h.level for h in doc.headings] == [1, 2, 2]


def test_directive_comment_lines_are_read_and_not_paragraphs():
    doc = parse("A Headline With Enough Words\n\n<!-- auditor-disable-next-line LK001 -->\nBody text.\n")
    assert [(d.action, d.rules, d.line) for d in doc.directives] == [("disable-next-line", ("LK001",), 3)]
    assert [p.text for p in doc.paragraphs] == ["Body text."]


def test_lang_comes_from_options():
    assert parse("Hola", SourceOptions(lang="es")).lang == "es"
    assert parse("Hello").lang == "en"


def test_100k_lines_parse_in_linear_time():
    paragraph = "This is a sentence that a scraper put on its own line.\n"
    small = paragraph * 10_000
    big = paragraph * 100_000
    small_time = min(_timed(parse, small) for _ in range(3))
    start = time.perf_counter()
    doc = parse(big)
    big_time = time.perf_counter() - start
    assert len(doc.paragraphs) == 100_000
    assert big_time < max(small_time * 40, 2.0)  # 10× the input; quadratic would be 100×


def _timed(fn, arg) -> float:
    start = time.perf_counter()
    fn(arg)
    return time.perf_counter() - start
