"""Headline numbers and listicle item detection (auditor.structure.numbers / .listicle)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from auditor.model import Document, Heading, ListItem, Paragraph
from auditor.structure.listicle import detect_items, parse_marker
from auditor.structure.numbers import headline_number

SEED = Path("/work/shared/seed/000_2d0378ee95c0cbdd.txt")


# ---------------------------------------------------------------- headline_number

# Every corpus listicle's <title> (manifest.tsv) and, where it differs, its h1; the
# expected count was decided by reading the title, not by running the code.
CORPUS_TITLES = [
    ("How to watch the 21 best films of 2017 - Vox", "en", 21, False),
    ("The 21 best movies of 2017", "en", 21, False),
    ("15 Helpful Tips to Overcome Binge Eating", "en", 15, False),
    ("The 10 Best Ways to Measure Your Body Fat Percentage", "en", 10, False),
    ("The seven secrets that hotel owners don't want you to know | The Independent", "en", 7, False),
    ("7 key questions heading into the 2020 Democratic debate - SFGate", "en", 7, False),
    ("4 Things to Do in October - Expert how-to for English Riders", "en", 4, False),
    ("The 10 best early Black Friday deals on Apple devices – BGR", "en", 10, False),
    ("10 things in tech you need to know today, November 19 - Business Insider Deutschland", "en", 10, False),
    ("20 Clever Ideas for your Small Nursery - The Postpartum Party", "en", 20, False),
    ("20 Clever Small Nursery Ideas When You’re Tight On Space + Free Printable", "en", 20, False),
    ("The 10 Most Common Mistakes That Python Developers Make | Toptal", "en", 10, False),
    ("Buggy Python Code: The 10 Most Common Mistakes That Python Developers Make", "en", 10, False),
    ("90+ Costumes For Adults to DIY on the Cheap This Halloween", "en", 90, True),
    ("Items We Never Knew We Wanted : The Perspective", "en", None, False),
    ("Here Comes the Pun: 317 Jokes for Kids", "en", 317, False),
    ("Hit Parader’s Top 100 Metal Vocalists of All Time", "en", 100, False),
    ("Top 10 Women Talking Sports | Women Can Talk Sports", "en", 10, False),
    ("Best tech gadgets of 2019 | ZDNet", "en", None, False),
    ("How to Tackle Game Day Snack Temptations | The Beachbody Blog", "en", None, False),
    ("How to retire early, step by step: Earn, save, and invest more - Business Insider Deutschland", "en", None, False),
    ("How to retire early so you can work, travel, and relax on your own schedule", "en", None, False),
    ("3 surprising findings from our 2024 Global DevSecOps Survey", "en", 3, False),
    ("Impeachment hearings: Key moments from Kurt Volker's and Tim Morrison's testimony - CBS News", "en", None, False),
    ("How to Grow a Lemon Tree from Seed | Step-by-Step Guide", "en", None, False),
    ("Erfolgreiche Tweets: 12 Twitter-Nutzer verraten ihre Zutaten", "de", 12, False),
    ("12 Twitter-Nutzer und ihre Zutaten für erfolgreiche Tweets", "de", 12, False),
    ("Innere Zufriedenheit: 10 Tipps für mehr Glück im Leben | Greator", "de", 10, False),
    ("Glück kommt von innen: Wie du deine innere Zufriedenheit steigern kannst", "de", None, False),
    ("Montessori-Spielzeug: 13 pädagogisch wertvolle Ideen für Babys und Kleinkinder", "de", 13, False),
    # Non-listicles of the corpus with numbers that are not counts.
    ("Tite diz que errou ao levar taça da Libertadores a Lula em 2012 - 21/12/2018 - Esporte - Folha", "pt", None, False),
    ("Una solución no violenta para la cuestión mapuche - 07.12.2017 - LA NACION", "es", None, False),
    ("1Password für Mac generiert Einmal-Passwörter | Mac & i", "de", None, False),
    ("Xbox One X review: A console that keeps up with gaming PCs", "en", None, False),
]

CASES = [
    ("7 Defiant Acts: How Baloch Rebels Are Turning Pakistan’s Crisis Into a Liberation Surge", "en", 7, False),
    ("7 Ways to Save Water", "en", 7, False),
    ("Top 10 Beaches in Europe", "en", 10, False),
    ("Our Top 100 Albums", "en", 100, False),
    ("21 best films of the decade", "en", 21, False),
    ("Seven Habits of Highly Effective People", "en", 7, False),
    ("Twelve Reasons to Visit Lisbon", "en", 12, False),
    ("A Dozen Reasons to Love Autumn", "en", 12, False),
    ("Over 50 Ways to Reuse Jars", "en", 50, True),
    ("More than 20 ideas for a rainy day", "en", 20, True),
    ("At least 5 signs you need a break", "en", 5, True),
    ("25 or more tips for new parents", "en", 25, True),
    ("1,000 Ideas for Kids", "en", 1000, False),
    ("How to retire early at 40", "en", None, False),
    ("The best laptops of 2024", "en", None, False),
    ("Music of the 1990s: a look back", "en", None, False),
    ("Why $500 phones are enough", "en", None, False),
    ("Stocks fell 20% in a week", "en", None, False),
    ("Meet at 10:30 for the big reveal", "en", None, False),
    ("What’s new in Python 3.12", "en", None, False),
    ("Windows 11 tips you need", "en", None, False),
    ("She finished 1st in the race", "en", None, False),
    ("Covid-19 facts for parents", "en", None, False),
    ("The 3-D printing revolution", "en", None, False),
    ("Open 24/7: the store that never sleeps", "en", None, False),
    ("One Weird Trick Doctors Hate", "en", None, False),
    ("Election results November 19", "en", None, False),
    ("Zehn Tipps für besseren Schlaf", "de", 10, False),
    ("Zwölf Ideen für den Garten", "de", 12, False),
    ("Die Top-10-Liste der Woche", "de", 10, False),
    ("Diez consejos para dormir mejor", "es", 10, False),
    ("Sept astuces pour mieux dormir", "fr", 7, False),
    ("Dieci consigli per dormire meglio", "it", 10, False),
    ("Tien tips voor een betere nachtrust", "nl", 10, False),
    ("Cinco dicas para dormir melhor", "pt", 5, False),
    ("Mehr als 20 Ideen für Kinder", "de", 20, True),
    ("", "en", None, False),
]

# News whose headline counts people, cases or a quantity: no list is promised. And list
# headlines whose number stands mid-headline. Decided by reading each headline.
NEWS_AND_MIDDLE = [
    ("Three Cases of Plague Diagnosed in China", "en", None, False),
    ("Two more gunned down in city", "en", None, False),
    ("31 dead in attack on hotel", "en", None, False),
    ("Two people killed in crash", "en", None, False),
    ("Egypt records 30 new cases", "en", None, False),
    ("Twitter Lite launches in 11 countries", "en", None, False),
    ("Madrid alcanza 20 grados en febrero", "es", None, False),
    ("Twitter Lite se estrena en 11 países de América Latina", "es", None, False),
    ("Internet Explorer 9 jetzt mit schnellster JavaScript-Engine", "de", None, False),
    ("Vorabversionen von Firefox 5 und 6 veröffentlicht", "de", None, False),
    ("Drei Tote bei Unfall auf der A7", "de", None, False),
    ("Диета Аткинса - потеря веса до 10 килограмм за 14 дней", "ru", None, False),
    ("鄭文燦：多元方案解決蛋荒 預估3月初緩解", "zh", None, False),
    ("9to5Mac Gift Guide: What do you buy", "en", None, False),
    ("These 6 celebrities wore the same dress", "en", 6, False),
    ("Why You Need These 5 Apps", "en", 5, False),
    ("10 People Who Changed the World", "en", 10, False),
    ("8 Passive Aggressive Things That Were Said to Us", "en", 8, False),
    ("Change Font Size of ggplot2 Plot in R (5 Examples)", "en", 5, False),
    ("Joe Biden Is Thinking Only About Trump, And 4 Other Takeaways From The Debate", "en", 5, False),
    ("Quintal dentro do apê: três dicas para integrar a varanda", "pt", 3, False),
    ("1000 Jokes for Kids", "en", 1000, False),
    ("Семь способов выспаться", "ru", 7, False),
    ("10 человек погибли в ДТП", "ru", None, False),
    ("Pięć sposobów na sen", "pl", 5, False),
    ("Tujuh cara tidur nyenyak", "id", 7, False),
    ("10 Jam Recipes for Summer", "en", 10, False),
    ("4 dead, 12 injured in shooting", "en", None, False),
    ("Police: 2 arrested after robbery", "en", None, False),
    ("Six killed as storm hits coast", "en", None, False),
    ("Apple unveils 3 new iPhones", "en", None, False),
    ("Here Are 5 Reasons to Quit Sugar", "en", 5, False),
    ("10 of the Best Beaches in Spain", "en", 10, False),
    ("How to Save Money: 10 Tips", "en", 10, False),
    ("5 Takeaways From Tuesday's Primaries", "en", 5, False),
    # Unspaced scripts: a counter for kinds or picks after the number makes it a list's count
    # wherever it stands; counters for people, days or events stay quantities.
    ("節約する5つの方法", "ja", 5, False),
    ("東京のおすすめカフェ10選", "ja", 10, False),
    ("2024年のベスト10", "ja", 10, False),
    ("让你省钱的5个方法", "zh", 5, False),
    ("절약하는 5가지 방법", "ko", 5, False),
    ("서울 맛집 베스트 10", "ko", 10, False),
    ("地震で3人死亡", "ja", None, False),
    ("5日間の旅行記", "ja", None, False),
    ("大阪で5件の火事", "ja", None, False),
]


@pytest.mark.parametrize(("headline", "lang", "number", "at_least"), CORPUS_TITLES + CASES + NEWS_AND_MIDDLE)
def test_headline_number(headline: str, lang: str, number: int | None, at_least: bool) -> None:
    assert headline_number(headline, lang) == (number, at_least)


# ---------------------------------------------------------------- markers

@pytest.mark.parametrize(
    ("text", "number", "marker"),
    [
        ("1. Flags of Freedom", 1, "1."),
        ("21) Star Wars: The Last Jedi", 21, "21)"),
        ("3: Third thing", 3, "3:"),
        ("4 - Fourth thing", 4, "4 -"),
        ("#5 Spielebogen", 5, "#5"),
        ("No. 6 Quiet rooms", 6, "No. 6"),
        ("Number 7 Last one", 7, "Number 7"),
        ("8/ Slash style", 8, "8/"),
        ("1 Lady Bird", 1, "1"),
        ("3.Charlotte Jones Anderson", 3, "3."),
        ("01. Robert Plant", 1, "01."),
        ("Common Mistake #1: Misusing expressions", 1, "#1:"),
        ("Step 3: Peel the seeds", 3, "3:"),
    ],
)
def test_parse_marker_reads_markers(text: str, number: int, marker: str) -> None:
    found = parse_marker(text, plain=True)
    assert found is not None
    assert (found.number, found.marker) == (number, marker)


@pytest.mark.parametrize(
    "text",
    # "1/50 United goin down" (a slide's place in a gallery) is read since lists14: a slideshow
    # flattened into the page numbers its slides so (tests/test_listicle_unseen2.py).
    ["2024 in review", "1/2 cup of sugar", "24/7 Support", "14 Restaurant-Worthy Middle Eastern Recipes",
     "3.5 ways to think", "Windows 10) notes", "Apple iPhone 7, GSM Unlocked", "Conclusion"],
)
def test_parse_marker_rejects_non_markers(text: str) -> None:
    assert parse_marker(text, plain=True) is None


def test_parse_marker_answers_for_the_grammar_asked() -> None:
    # Answers are remembered per grammar: "Hack 1." is a marker only with "hack" as a
    # label word, whichever grammar read the title first.
    from auditor.structure.markers import DEFAULT, extended, using

    house = extended(["hack"])
    title = "Hack 1. Go to bed at ten"
    for _ in range(2):
        assert parse_marker(title, grammar=DEFAULT) is None
        found = parse_marker(title, grammar=house)
        assert found is not None and (found.number, found.label) == (1, "Hack")
    with using(house):
        assert parse_marker(title) == found
    with using(DEFAULT):
        assert parse_marker(title) is None


# ---------------------------------------------------------------- detection

def build(headline: str, *blocks: tuple[str, str], lang: str = "en") -> Document:
    """A Document from ("h2", text) / ("p", text) / ("ol", text) / ("ul", text)
    blocks, one source line each; an "ol" after another block starts a new list."""
    headings = [Heading(1, headline, 1)]
    paragraphs: list[Paragraph] = []
    items: list[ListItem] = []
    list_index, prev, counter = -1, "", 0
    for line, (kind, text) in enumerate(blocks, start=2):
        if kind.startswith("h"):
            headings.append(Heading(int(kind[1]), text, line))
        elif kind == "p":
            paragraphs.append(Paragraph(text, line))
        else:
            if prev != kind:
                list_index, counter = list_index + 1, 0
            counter += 1
            ordered = kind == "ol"
            items.append(ListItem(text, line, ordered=ordered, number=counter if ordered else None,
                                  list_index=list_index))
        prev = kind
    number, at_least = headline_number(headline, lang)
    return Document(path="t.md", format="markdown", headline=headline, headline_line=1, lang=lang,
                    headings=tuple(headings), paragraphs=tuple(paragraphs), list_items=tuple(items),
                    headline_number=number, headline_number_at_least=at_least)


BODY = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."  # 12 words


def test_numbered_headings_are_items_with_markers_and_body_words() -> None:
    doc = build("3 Ways", ("p", BODY), ("h2", "1. One"), ("p", BODY), ("p", BODY),
                ("h2", "2) Two"), ("p", BODY), ("h2", "#3 Three"), ("p", BODY), ("h2", "Conclusion"), ("p", BODY))
    items = detect_items(doc)
    assert [(i.number, i.marker, i.words, i.style, i.level) for i in items] == [
        (1, "1.", 24, "heading", 2), (2, "2)", 12, "heading", 2), (3, "#3", 12, "heading", 2)]
    assert items[0].line == 3 and items[0].heading == "1. One"


def test_countdown_is_detected_in_order() -> None:
    doc = build("Top 3 Films", ("h3", "3) C"), ("p", BODY), ("h3", "2) B"), ("p", BODY), ("h3", "1) A"), ("p", BODY))
    assert [i.number for i in detect_items(doc)] == [3, 2, 1]


def test_most_common_level_wins_and_subheadings_count_as_body() -> None:
    doc = build("2 Picks", ("h2", "1. One"), ("h3", "Details"), ("p", BODY), ("h2", "2. Two"), ("p", BODY),
                ("h3", "1. Sub-step"), ("h2", "3. Three"))
    items = detect_items(doc)
    assert [i.heading for i in items] == ["1. One", "2. Two", "3. Three"]
    assert items[0].words == 12  # the "Details" sub-heading's paragraph counts, its own text does not


def test_related_heading_run_is_not_items() -> None:
    doc = build("2 Tips", ("h2", "1. One"), ("p", BODY), ("h2", "2. Two"), ("p", BODY),
                ("h2", "Related stories"), ("h3", "1. Other article"), ("h3", "2. Another"), ("h3", "3. More"))
    assert [i.heading for i in detect_items(doc)] == ["1. One", "2. Two"]


def test_also_read_paragraph_then_numbered_headings_never_count() -> None:
    doc = build("Tips", ("h2", "1. One"), ("p", BODY), ("h2", "2. Two"), ("p", BODY), ("p", "Also Read :-"),
                ("h2", "1. 5 Deadly Weapons"), ("h2", "2. 15 Foiled Strikes"), ("h2", "3. Third link"))
    assert [i.number for i in detect_items(doc)] == [1, 2]


def test_titles_that_open_with_a_line_only_label_stay_items() -> None:
    # "Popular", "Must read", "Top stories" are related labels only alone on a line:
    # a section heading that merely opens with one keeps its numbered items.
    doc = build("3 Picks", ("h2", "Popular Myths About Sleep"), ("h3", "1. One"), ("p", BODY),
                ("h3", "2. Two"), ("p", BODY), ("h3", "3. Three"), ("p", BODY))
    assert [i.number for i in detect_items(doc)] == [1, 2, 3]


def test_read_more_paragraph_inside_the_list_does_not_swallow_items() -> None:
    doc = build("3 Tips", ("h2", "1. One"), ("p", BODY), ("p", "Read more: our other guide"),
                ("h2", "2. Two"), ("p", BODY), ("h2", "3. Three"), ("p", BODY))
    assert [i.number for i in detect_items(doc)] == [1, 2, 3]


def test_numbered_bold_paragraphs_are_items() -> None:
    doc = build("Top 3 Women", ("p", BODY), ("p", "1. Christie Leigh Mueller"), ("p", BODY),
                ("p", "2. Sam Ponder"), ("p", BODY), ("p", "3.Charlotte Jones Anderson"), ("p", BODY))
    items = detect_items(doc)
    assert [(i.number, i.style, i.words) for i in items] == [(1, "paragraph", 12), (2, "paragraph", 12), (3, "paragraph", 12)]


def test_joke_paragraphs_keep_title_and_answer_words() -> None:
    doc = build("3 Jokes", ("p", "1. What do you call an ant who fights crime?A vigilANTe!"),
                ("p", "2. What is fast, loud and crunchy?"), ("p", "A rocket chip."),
                ("p", "3. Why was 6 afraid of 7?"), ("p", "Because 7 ate 9."))
    items = detect_items(doc)
    assert [i.heading for i in items] == ["1. What do you call an ant who fights crime?",
                                          "2. What is fast, loud and crunchy?", "3. Why was 6 afraid of 7?"]
    assert [i.words for i in items] == [2, 3, 2]


def test_numbered_lines_inside_one_paragraph_are_items() -> None:
    text = "01. Robert Plant\n02. Rob Halford\n03. Steven Tyler\n04. Chris Cornell"
    breaks = tuple(i + 1 for i, c in enumerate(text) if c == "\n")
    para = Paragraph(text.replace("\n", " "), 5, breaks=breaks)
    doc = replace(build("Top 4 Singers"), paragraphs=(Paragraph(BODY, 3), para))
    items = detect_items(doc)
    assert [(i.number, i.heading, i.line) for i in items] == [
        (1, "01. Robert Plant", 5), (2, "02. Rob Halford", 6), (3, "03. Steven Tyler", 7), (4, "04. Chris Cornell", 8)]


def test_ordered_list_when_no_numbered_headings() -> None:
    doc = build("10 things in tech", ("p", BODY), ("ol", "Alpha did a thing."), ("ol", "Beta did another."),
                ("ol", "Gamma too."), ("ul", "not an item"))
    items = detect_items(doc)
    assert [(i.number, i.style) for i in items] == [(1, "ordered-list"), (2, "ordered-list"), (3, "ordered-list")]


def test_ordered_list_matching_the_headline_beats_a_longer_one() -> None:
    doc = build("3 Steps", *[("ol", f"Step {k} text") for k in range(5)], ("p", BODY),
                *[("ol", f"Real {k}") for k in range(3)])
    assert [i.heading for i in detect_items(doc)] == ["Real 0", "Real 1", "Real 2"]


def test_unnumbered_headings_count_when_they_match_the_headline() -> None:
    doc = build("The 3 best deals", ("p", BODY), ("h2", "AirPods"), ("p", BODY), ("h2", "Watch"), ("p", BODY),
                ("h2", "iPad"), ("p", BODY), ("h2", "Conclusion"), ("p", BODY))
    items = detect_items(doc)
    assert [(i.number, i.heading) for i in items] == [(None, "AirPods"), (None, "Watch"), (None, "iPad")]


def test_unnumbered_headings_ignored_without_a_headline_number() -> None:
    doc = build("A history of neon", ("h2", "Origins"), ("p", BODY), ("h2", "Decline"), ("p", BODY),
                ("h2", "Revival"), ("p", BODY))
    assert detect_items(doc) == ()


def test_all_caps_title_paragraphs_match_the_promise() -> None:
    doc = build("3 key questions", ("p", BODY), ("p", "WHO IS THE FRONT-RUNNER?"), ("p", BODY),
                ("p", "HOW WILL OBAMA PLAY?"), ("p", BODY), ("p", "CAN THEY SAVE THEMSELVES?"), ("p", BODY))
    assert [i.heading for i in detect_items(doc)] == [
        "WHO IS THE FRONT-RUNNER?", "HOW WILL OBAMA PLAY?", "CAN THEY SAVE THEMSELVES?"]


def test_mixed_headings_and_paragraphs_fill_each_others_gaps() -> None:
    doc = build("The four secrets", ("p", "1. Take blankets off the bed"), ("p", BODY),
                ("p", "2. Check the peep hole"), ("p", BODY), ("h3", "3. Beware the hairdryer"), ("p", BODY),
                ("h3", "4. Mini bars lose money"), ("p", BODY))
    assert [(i.number, i.style) for i in detect_items(doc)] == [
        (1, "paragraph"), (2, "paragraph"), (3, "heading"), (4, "heading")]


def test_per_section_numbering_adds_up_to_the_promise() -> None:
    doc = build("Montessori: 5 Ideen", ("h2", "Für Babys"), ("h3", "#1 Spielebogen"), ("p", BODY),
                ("h3", "#2 Steckturm"), ("p", BODY), ("h2", "Ab 1 Jahr"), ("h3", "#1 Regenbogen"), ("p", BODY),
                ("h3", "#2 Puppen"), ("p", BODY), ("h3", "#3 Puzzle"), ("p", BODY), lang="de")
    assert [i.number for i in detect_items(doc)] == [1, 2, 1, 2, 3]


def test_restart_without_section_stays_in_one_run() -> None:
    doc = build("Steps", ("h2", "1. A"), ("h2", "2. B"), ("h2", "3. C"), ("h2", "1. D"), ("h2", "2. E"))
    assert [i.number for i in detect_items(doc)] == [1, 2, 3, 1, 2]


def test_gap_keeps_the_run_together_even_after_an_unnumbered_heading() -> None:
    doc = build("4 Acts", ("h2", "1. A"), ("h2", "2. B"), ("h2", "Stray heading"), ("h2", "4. D"))
    assert [i.number for i in detect_items(doc)] == [1, 2, 4]


def test_list_drawn_number_for_heading_inside_ol() -> None:
    doc = build("Key moments", ("h3", '"My fears have been realized"'), ("p", BODY),
                ("h3", "2. Never urged Ukraine"), ("p", BODY), ("h3", "3. Not irregular"), ("p", BODY))
    doc = replace(doc, list_items=(ListItem('"My fears have been realized"', 2, ordered=True, number=1),))
    assert [i.number for i in detect_items(doc)] == [1, 2, 3]


def test_plain_number_headings_need_a_sequence_and_no_count_reading() -> None:
    doc = build("Films", ("h2", "14 Restaurant-Worthy Recipes"), ("h2", "13 Books about Earth"),
                ("h2", "12 Children’s Books That Celebrate"))
    assert detect_items(doc) == ()


def test_no_items_in_a_plain_article() -> None:
    doc = build("Obama admits US gun laws are his biggest frustration", ("p", BODY), ("p", BODY))
    assert detect_items(doc) == ()


# ---------------------------------------------------------------- the seed article

def _parse_text(path: Path) -> Document:
    import auditor.sources.text as text_mod  # a broken import fails, never skips
    from auditor.sources import SourceOptions

    doc = text_mod.parse_text(path.read_text(encoding="utf-8"), str(path), SourceOptions())
    number, at_least = headline_number(doc.headline or "", "en")
    return replace(doc, headline_number=number, headline_number_at_least=at_least)


def test_seed_has_seven_items_numbered_one_to_seven() -> None:
    if not SEED.exists():
        pytest.skip("seed article not present")
    doc = _parse_text(SEED)
    assert doc.headline_number == 7
    items = detect_items(doc)
    assert [i.number for i in items] == [1, 2, 3, 4, 5, 6, 7]
    assert items[0].heading.startswith("1. Flags of Freedom")
    assert all(i.marker == f"{i.number}." for i in items)
    assert all(80 <= i.words <= 160 for i in items)
    # The "Also Read" links ("1. 5 Deadly Chinese Weapons…") are not items.
    assert not any("Deadly" in i.heading or "Foiled" in i.heading for i in items)


def test_parallel_unnumbered_headings_are_a_list_without_a_headline_number() -> None:
    # "Best tech gadgets of 2019": eleven product h3s, each a one-paragraph blurb of about the
    # same length; the sections are the article.
    names = ["AirPods Pro", "Switch Lite", "Sonos Move", "Echo Buds", "iPhone 11", "Mavic Mini"]
    blocks = [b for n in names for b in (("h3", n), ("p", BODY))]
    doc = build("Best tech gadgets of 2019", ("p", BODY), *blocks)
    assert [(i.number, i.heading, i.level, i.words) for i in detect_items(doc)] == [
        (None, n, 3, 12) for n in names]


@pytest.mark.parametrize(
    "sections",
    [
        # Sections of a story: one paragraph here, four there.
        [1, 4, 1, 3, 1, 2],
        # Sections of very different lengths.
        [1, 1, 1, 1, 1, 1],
    ],
    ids=["uneven-blocks", "uneven-words"],
)
def test_story_sections_are_not_a_list(sections: list[int]) -> None:
    long = " ".join([BODY] * 5)
    blocks = []
    for k, n in enumerate(sections):
        text = long if (k % 2 and n == 1 and len(set(sections)) == 1) else BODY
        blocks += [("h2", f"Part {chr(65 + k)}"), *[("p", text)] * n]
    doc = build("How the city rebuilt its harbour", ("p", BODY), *blocks)
    assert detect_items(doc) == ()


def test_parallel_sections_must_be_most_of_the_article() -> None:
    names = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"]
    blocks = [b for n in names for b in (("h3", n), ("p", BODY))]
    # A long story with a short box of five entries at its end is not a list article.
    doc = build("The harbour reopens", *[("p", " ".join([BODY] * 3))] * 4, *blocks)
    assert detect_items(doc) == ()
    nested = build("Best boats", ("p", BODY), *blocks[:6], ("h4", "Specs"), ("p", BODY), *blocks[6:])
    assert detect_items(nested) == ()  # a subsection inside an entry: a structure, not a flat list


def test_a_lead_in_that_counts_the_ordered_list_after_it_makes_a_list() -> None:
    # No count in the headline; "10 Tipps für innere Zufriedenheit:" right before ten <li>.
    tips = [("ol", f"Tipp {k}: {BODY}") for k in range(4)]
    doc = build("Glück kommt von innen", ("p", BODY), ("h3", "4 Tipps für innere Zufriedenheit:"), *tips,
                ("h3", "Meditation"), ("p", BODY), ("ol", "Setz dich."), ("ol", "Atme."), ("ol", "Lass los."), lang="de")
    items = detect_items(doc)
    assert [(i.number, i.style) for i in items] == [(k, "ordered-list") for k in range(1, 5)]


@pytest.mark.parametrize("lead_in", ["5 tips for a calmer day:", "Tips for a calmer day:", "We tried 4 of them."])
def test_an_ordered_list_its_lead_in_does_not_count_is_not_a_list(lead_in: str) -> None:
    doc = build("A calmer day", ("p", BODY), ("p", lead_in), *[("ol", f"Tip {k}: {BODY}") for k in range(4)])
    assert detect_items(doc) == ()


@pytest.mark.parametrize(("paragraphs", "repeat"), [(5, 1), (1, 40)], ids=["five-paragraphs", "450-words"])
def test_long_even_sections_are_chapters_not_entries(paragraphs: int, repeat: int) -> None:
    # Even sections, but each too long to be an entry: five paragraphs, or 450 words.
    text = " ".join([BODY] * repeat)
    blocks = [b for k in range(6) for b in (("h2", f"Chapter {k}"), *[("p", text)] * paragraphs)]
    assert detect_items(build("The long history of the harbour", ("p", BODY), *blocks)) == ()
    short = [b for k in range(6) for b in (("h2", f"Chapter {k}"), ("p", BODY))]
    assert len(detect_items(build("The long history of the harbour", ("p", BODY), *short))) == 6
