"""Listicle shapes read from real templates' markup that re-dressed tuning listicles still misread
after round 11 (bench/eval/redress.py, round 12's dresses). Each case fails on df6af91 unless it
says it is a guard. Small articles read end to end through ``audit``; the markup's source is
cited beside each."""

from __future__ import annotations

import pytest

from test_listicle_languages import BODY, NAMES, audited
from test_listicle_languages import listicle_facts as facts


def entries(entry: str, count: int = 5) -> str:
    """``entry`` written ``count`` times: {n} its number, {name} a title word, {body} its prose."""
    return "".join(entry.format(n=k + 1, nn=f"{k + 1:02d}", name=NAMES[k], body=f"<p>{BODY} {BODY}</p>")
                   for k in range(count))


NO_PROMISE = "How to get through the holidays"


def numbers(headline: str, body: str, lang: str = "en") -> list[int | None]:
    """The numbers of the entries read under ``headline``."""
    document = audited(headline, body, lang).document
    assert document is not None
    return [item.number for item in document.items]


# ---------------------------------------------------------------- number badges in boxes of their own

# Card themes set an entry's number in boxes that hold only it, beside a box holding the title's
# heading ("<div class=num><div><span>01</span></div></div><div class=head><h3>…"); WeChat's
# numbered-title templates (the 135/Xiumi editors' output inside `#js_content`) set the number and
# a bold title in separate <section> boxes with inline styles. The numbers are what a reader sees:
# with no promise in the headline the entries are a numbered list only through them.
@pytest.mark.parametrize("entry", [
    '<div class="entry"><div class="entry__num"><div class="inner"><span>{nn}</span></div></div>'
    '<div class="entry__head"><h3>{name} plan</h3></div></div>{body}',
    '<section style="text-align:center"><section style="display:inline-block"><span style="font-size:22px">'
    '<strong>{nn}</strong></span></section></section><section style="text-align:center"><span style="font-size:'
    '17px"><strong>{name} plan</strong></span></section>{body}',
    # A title opening with a quote or a number, ending in a short name's full stop or "!".
    '<section><section><span><strong>{nn}</strong></span></section></section><section><span><strong>'
    '“{name}” 15-Minute Plan, Inc.</strong></span></section>{body}',
    # A long title (18 words) ending in "!", as a writer's own lesson closes a list.
    '<section><section><span><strong>{nn}</strong></span></section></section><section><span><strong>'
    '{name} and the long list of things one should do in Lisbon in winter: praise them and cheer them on!'
    '</strong></span></section>{body}',
])
def test_a_number_boxed_apart_numbers_the_title_beside_it(entry: str) -> None:
    assert numbers(NO_PROMISE, entries(entry)) == [1, 2, 3, 4, 5]


def test_boxed_numbers_that_do_not_count_stay_no_list() -> None:
    # A guard: numbers in boxes that do not count 1..N (prices, scores) number nothing.
    entry = ('<section><section><span><strong>{score}</strong></span></section></section><section><span><strong>'
             '{name} plan</strong></span></section>{body}')
    body = "".join(entry.format(score=s, name=NAMES[k], body=f"<p>{BODY} {BODY}</p>")
                   for k, s in enumerate([7, 3, 9, 4, 8]))
    assert set(numbers(NO_PROMISE, body)) <= {None}


def test_a_boxed_number_before_a_sentence_is_no_badge() -> None:
    # A guard: a number box before prose (a statistic and its explanation) is no entry's number.
    entry = ('<section><span><strong>{n}</strong></span></section><section><span>{name} is where most of the '
             'people we spoke to said they would rather spend the whole of the long winter.</span></section>{body}')
    assert set(numbers(NO_PROMISE, entries(entry))) <= {None}


# ---------------------------------------------------------------- a number stacked over its title

# Themes stack a big number over the title inside one heading ("<h2><span class=num>01</span><br>
# Title</h2>", the numbered-heading style of magazine themes); the line break reads as a space. A
# title opening with a digit or a quote ("09 3-D Body Scanners", '01 "My fears…"') after such a
# number is still the entry's: the numbers count 1..N down the page.
@pytest.mark.parametrize("title", ['{n}-D {name} scanners', '“{name}” at home', '"{name} problem"'])
def test_a_bare_number_before_a_title_opening_with_a_digit_or_quote(title: str) -> None:
    entry = '<h2><span class="num">{nn}</span><br>' + title + '</h2>{body}'
    body = "".join(entry.format(n=k + 1, nn=f"{k + 1}", name=NAMES[k % 10] + "x" * (k // 10), body=f"<p>{BODY} {BODY}</p>")
                   for k in range(12))
    assert numbers("The 12 moments that mattered", body) == list(range(1, 13))


def test_numbers_before_quotes_that_do_not_count_stay_titles() -> None:
    # A guard: headings opening with numbers that do not count ("3 “Lessons”", "7 …") are no list's.
    body = "".join(f'<h2>{n} “{NAMES[k]}” lessons</h2><p>{BODY} {BODY}</p>' for k, n in enumerate([3, 7, 2, 9]))
    assert set(numbers(NO_PROMISE, body)) <= {None}


# ---------------------------------------------------------------- the author's own last entry, unnumbered

# "12 Twitter-Nutzer und ihre Zutaten…" (a tuning page): eleven numbered users, then the author's
# own lesson as the twelfth, set as the others but without a number. Read as headings it counted
# twelve; set as bold title paragraphs or as linked headings (a shop's or the heading's own anchor),
# it lost the twelfth — and with it the count that confirms the headline's promise.
TWELFTH = "Meine Lektion für erfolgreiche Tweets: Loben und ermutigen!"


def twelve(title: str) -> str:
    users = "".join(title.format(f"{n}. {NAMES[(n - 1) % 10]} Nutzer{n}, Autorin: Klar Stellung beziehen")
                    + f"<p>{BODY} {BODY}</p>" for n in range(1, 12))
    return users + title.format(TWELFTH) + f"<p>{BODY} {BODY}</p><p>{BODY}</p>"


@pytest.mark.parametrize("title", [
    "<p><strong>{}</strong></p>",
    "<p><strong>{}</strong><br>" + BODY + "</p>",  # a bold run-in title over a line break (WordPress classic)
    '<h2><a href="https://shop.example.org/x">{}</a></h2>',
    '<h2 id="a"><a class="heading-anchor" href="#a">{}</a></h2>',
])
def test_an_unnumbered_last_entry_set_as_the_numbered_ones(title: str) -> None:
    found = numbers("12 Twitter-Nutzer und ihre Zutaten für erfolgreiche Tweets", twelve(title), "de")
    assert found == [*range(1, 12), None]


def test_a_closing_line_after_eleven_numbered_entries_stays_out() -> None:
    # A guard: a plain closing paragraph (not bold as the titles are) after eleven of twelve is no entry.
    body = twelve("<p><strong>{}</strong></p>").replace(f"<p><strong>{TWELFTH}</strong></p>", f"<p>{TWELFTH}</p>")
    assert numbers("12 Twitter-Nutzer und ihre Zutaten für erfolgreiche Tweets", body, "de")[-1:] != [None]


# ---------------------------------------------------------------- sections set as <h1>s

# Substack sets a post's section headings as `<h1 class="header-anchor-post">` and Medium as <h1>s
# too; when the page's headline stands above the body, one of those section h1s that shares a few
# words with the titles ("Flowers-and-Candles Tabletop Decoration" under "Centerpiece and Tabletop
# Decoration Ideas for Fall") was taken for the headline, and the list lost its first entries.
def test_section_h1s_in_the_body_leave_the_headline_above_it() -> None:
    from auditor.api import audit

    from test_listicle_languages import DEFAULT

    titles = ["Eclectic Fall Bowl Centerpiece", "Fall Branches in Vase", "Flowers-and-Candles Tabletop Decoration",
              "Pretty Pumpkins Centerpiece", "Seasonal Bounty Basket Centerpiece"]
    sections = "".join(f'<h1 class="header-anchor-post">{t}</h1><p>{BODY} {BODY}</p>' for t in titles)
    html = ("<html><head><title>Centerpiece and Tabletop Decoration Ideas for Fall | Site</title>"
            '<meta property="og:title" content="Centerpiece and Tabletop Decoration Ideas for Fall"></head><body>'
            '<div class="hero"><h1>Centerpiece and Tabletop Decoration Ideas for Fall</h1></div>'
            f'<div class="body markup"><p>{BODY}</p>{sections}</div></body></html>')
    document = audit(html.encode(), "page.html", DEFAULT).document
    assert document is not None
    assert document.headline == "Centerpiece and Tabletop Decoration Ideas for Fall"
    assert [item.heading for item in document.items] == titles


# ---------------------------------------------------------------- a closing FAQ block's questions

# Rank Math's FAQ block (`<div id="rank-math-faq" class="rank-math-block"><div class="rank-math-list">
# <div class="rank-math-list-item"><h3 class="rank-math-question">…?</h3><div class="rank-math-answer">`)
# closes many a WordPress listicle, with no "FAQ" heading over it. Its questions were read as
# entries: seven tips and three questions kept "10 tips"; under "11 tips" the three questions
# were the list.
QUESTIONS = ["What age is best to start piano lessons?", "How long should a lesson last?", "Do kids need a piano?"]
RANK_MATH = ('<div id="rank-math-faq" class="rank-math-block"><div class="rank-math-list">' + "".join(
    f'<div id="faq-{k}" class="rank-math-list-item"><h3 class="rank-math-question">{q}</h3>'
    f'<div class="rank-math-answer"><p>{BODY}</p></div></div>' for k, q in enumerate(QUESTIONS)) + "</div></div>")
MICRODATA = "".join(
    f'<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">{q}</h3>'
    f'<div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><p itemprop="text">{BODY}</p>'
    "</div></div>" for q in QUESTIONS)
TIPS = "".join(f"<h2>{NAMES[k]} practice habit</h2><p>{BODY} {BODY}</p>" for k in range(7))
BOLD_TIPS = "".join(f"<p><strong>{NAMES[k]} practice habit</strong></p><p>{BODY} {BODY}</p>" for k in range(7))


@pytest.mark.parametrize("faq", [RANK_MATH, MICRODATA])
@pytest.mark.parametrize("tips", [TIPS, BOLD_TIPS])
@pytest.mark.parametrize("count", [10, 11])
def test_a_faq_blocks_questions_are_no_entries(faq: str, tips: str, count: int) -> None:
    document = audited(f"{count} piano practice tips for kids", tips + faq).document
    assert document is not None
    assert [item.heading for item in document.items] == [f"{NAMES[k]} practice habit" for k in range(7)]


def test_a_qa_set_as_a_faq_block_is_still_the_list() -> None:
    # A guard: questions set in a FAQ block with nothing else titled are the list ("3 questions…").
    document = audited("3 questions to ask before piano lessons", f"<p>{BODY}</p>{RANK_MATH}").document
    assert document is not None
    assert [item.heading for item in document.items] == QUESTIONS


# ---------------------------------------------------------------- entries set as an ordered list's items

# Yoast's how-to block sets the steps of a guide as one ordered list, each item a title and its text
# (`<ol class="schema-how-to-steps"><li class="schema-how-to-step"><strong class="schema-how-to-step-
# name">…</strong> <p class="schema-how-to-step-text">…</p></li>`, Yoast's developer docs, HowTo
# piece); themes number entries the same way with an `<ol>` of headings. The browser draws the
# numbers; without a count in the headline such a list of short steps was left unread.
def howto(count: int, text: str) -> str:
    return '<ol class="schema-how-to-steps">' + "".join(
        f'<li class="schema-how-to-step" id="how-to-step-{k}"><strong class="schema-how-to-step-name">'
        f'{NAMES[k]} stage first</strong> {text}</li>' for k in range(count)) + "</ol>"


@pytest.mark.parametrize("text", [f'<p class="schema-how-to-step-text">{BODY} {BODY}</p>',
                                  f"<p>{BODY}</p><p>{BODY}</p>"])
def test_an_ordered_list_of_titled_entries_with_their_text_is_the_list(text: str) -> None:
    assert numbers("How to retire early and enjoy it", f"<p>{BODY}</p>" + howto(6, text)) == [1, 2, 3, 4, 5, 6]


def test_an_ordered_list_of_short_steps_in_a_story_stays_no_list() -> None:
    # A guard: the steps of a story's aside, no text of their own, are no list of entries.
    steps = "<ol>" + "".join(f"<li>{NAMES[k]} the form</li>" for k in range(6)) + "</ol>"
    body = "".join(f"<p>{BODY} {BODY}</p>" for _ in range(4))
    assert numbers("How the city's new permit works", body + steps + body) == []


def test_titled_list_entries_that_are_a_small_part_of_the_story_stay_no_list() -> None:
    # A guard: an ordered list of titled entries with text, a small part of a long story, is an aside.
    body = "".join(f"<p>{BODY} {BODY} {BODY}</p>" for _ in range(12))
    assert numbers("How the city's new permit works", body + howto(5, f"<p>{BODY}</p>")) == []


# ---------------------------------------------------------------- numbers the markup gives but does not print

# schema.org's ItemList examples and roundup templates set each entry in a ListItem box whose number
# is only its `<meta itemprop="position">`; Lullabot's Drupal "Listicle Heading" CKEditor plugin
# writes `<h2 class="listing" data-number="1">Title</h2>`, the number drawn by a filter or by the
# stylesheet (`content: attr(data-number)`). A reader sees the numbers: with no count in the
# headline, the entries are a numbered list only through them.
MICRODATA_ENTRY = ('<div itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                   '<meta itemprop="position" content="{n}"><h2 itemprop="name">{title}</h2></div>{body}')
DATA_ENTRY = '<h2 class="listing" data-number="{n}">{title}</h2>{body}'
TITLES = ["Alpha Lodge", "101 Dalmatians", "Charlie Point", "Delta Creek", "Echo Ridge"]


@pytest.mark.parametrize("entry", [MICRODATA_ENTRY, DATA_ENTRY])
def test_numbers_in_the_markup_number_the_entries(entry: str) -> None:
    body = "".join(entry.format(n=k + 1, title=t, body=f"<p>{BODY} {BODY}</p>") for k, t in enumerate(TITLES))
    assert numbers(NO_PROMISE, body) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("entry", [MICRODATA_ENTRY, DATA_ENTRY])
def test_markup_numbers_that_do_not_count_number_nothing(entry: str) -> None:
    # A guard: positions or data numbers that do not count 1..N (ids, ratings) number no entry.
    body = "".join(entry.format(n=n, title=t, body=f"<p>{BODY} {BODY}</p>") for n, t in zip([4, 9, 2, 7, 5], TITLES))
    assert set(numbers(NO_PROMISE, body)) <= {None}


def test_headings_that_print_their_numbers_are_not_numbered_twice() -> None:
    # A guard: a heading printing its own number keeps it ("1. Alpha Lodge", not "1. 1. Alpha Lodge").
    body = "".join(MICRODATA_ENTRY.format(n=k + 1, title=f"{k + 1}. {t}", body=f"<p>{BODY} {BODY}</p>")
                   for k, t in enumerate(TITLES))
    document = audited(NO_PROMISE, body).document
    assert document is not None
    assert [item.heading for item in document.items] == [f"{k + 1}. {t}" for k, t in enumerate(TITLES)]


# ---------------------------------------------------------------- labels before a number in more languages

# "Step 3." has always been a marker; the same label in the languages list headlines are read in
# was not ("Пункт 1. …", "Adım 3 – …", "Cara 2. …", "팁 1. …": Wiktionary's translations of step,
# tip, way, point, method), nor Turkish blogs' "1-)" marker. With no count in the headline, such
# entries are a numbered list only through those markers.
@pytest.mark.parametrize("marker, lang", [
    ("Пункт {n}.", "ru"), ("Совет {n}.", "ru"), ("Adım {n} –", "tr"), ("{n}-)", "tr"), ("Cara {n}.", "id"),
    ("Bước {n}.", "vi"), ("팁 {n}.", "ko"), ("Krok {n}.", "pl"), ("Método {n}.", "es"), ("Method {n}.", "en"),
])
def test_a_label_before_the_number_in_more_languages(marker: str, lang: str) -> None:
    body = "".join(f"<h2>{marker.format(n=k + 1)} {NAMES[k]}</h2><p>{BODY} {BODY}</p>" for k in range(5))
    assert numbers(NO_PROMISE, body, lang) == [1, 2, 3, 4, 5]


def test_a_labelled_number_that_is_a_name_stays_a_title() -> None:
    # A guard: "Windows 10)" or "Chapter 11 bankruptcy" are names, not markers.
    from auditor.structure.markers import parse_marker

    assert parse_marker("Windows 10) is here", plain=True) is None
    assert parse_marker("Chapter 11 bankruptcy looms", plain=True) is None


# ---------------------------------------------------------------- an editor's subheading component

# Naver blog's SmartEditor ONE sets a writer's subheadings as a "section title" component, its text a
# plain paragraph inside module boxes (`<div class="se-component se-sectionTitle"><div class="se-
# component-content"><div class="se-section se-section-sectionTitle"><div class="se-module
# se-module-text"><p class="se-text-paragraph">…`; Naver blog exporters and scrapers read
# `.se-sectionTitle` as a heading). The paragraph itself carries no title class.
def naver(title: str) -> str:
    return ('<div class="se-component se-sectionTitle se-l-default"><div class="se-component-content">'
            '<div class="se-section se-section-sectionTitle se-l-default"><div class="se-module se-module-text">'
            f'<p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs-">{title}</span></p>'
            "</div></div></div></div>")


def naver_text(text: str) -> str:
    return ('<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section '
            f'se-section-text"><div class="se-module se-module-text"><p class="se-text-paragraph">{text}</p>'
            "</div></div></div></div>")


def test_an_editors_section_title_components_title_the_entries() -> None:
    # Each entry's text holds a short line of its own ("짧은 문장"): the titles are told from it
    # only by their component, with no count in the headline to go by.
    body = "".join(naver(f"{NAMES[k]} 카페") + naver_text(BODY) + naver_text("짧은 문장") + naver_text(BODY)
                   for k in range(5))
    document = audited("서울의 카페 이야기", body, "ko").document
    assert document is not None
    assert [item.heading for item in document.items] == [f"{NAMES[k]} 카페" for k in range(5)]


def test_one_section_title_component_is_no_list() -> None:
    # A guard: one subheading component over a story's paragraphs titles no entries.
    body = naver("Alpha 카페") + "".join(naver_text(f"{BODY} {BODY}") for _ in range(5))
    document = audited("서울의 카페 이야기", body, "ko").document
    assert document is not None and document.items == ()


# ---------------------------------------------------------------- each entry an <article>

# List templates mark each entry a self-contained composition (`<article class="list-item">` seven
# times inside the story's box); the body finder took the largest entry's <article> for the story
# and the list was one entry long.
def test_entries_set_as_articles_are_read_together() -> None:
    from auditor.api import audit

    from test_listicle_languages import DEFAULT

    # The first entry runs longest: a quarter of the page's text, as large as a story's box may be.
    entries = "".join(f'<article class="list-item"><h2>{NAMES[k]} costume</h2><p>{BODY} {BODY}'
                      + (f" {BODY} {BODY} {BODY} {BODY}" if k == 0 else "") + "</p></article>" for k in range(7))
    html = ("<html><head><title>7 last-minute costumes</title></head><body><main><h1>7 last-minute costumes</h1>"
            f"<p>{BODY}</p><div class='entries'>{entries}</div></main></body></html>")
    document = audit(html.encode(), "page.html", DEFAULT).document
    assert document is not None
    assert [item.heading for item in document.items] == [f"{NAMES[k]} costume" for k in range(7)]


def test_a_story_article_beside_teaser_articles_stays_the_body() -> None:
    # A guard: a story's <article> beside small teaser <article>s of another kind stays the story.
    from auditor.api import audit

    from test_listicle_languages import DEFAULT

    teasers = "".join(f'<article class="teaser"><h3>{NAMES[k]} story</h3><p>Short teaser.</p></article>'
                      for k in range(4))
    story = "".join(f"<p>{BODY} {BODY}</p>" for _ in range(8))
    html = ("<html><head><title>A long story</title></head><body><div><article class='story'><h1>A long story</h1>"
            f"{story}</article>{teasers}</div></body></html>")
    document = audit(html.encode(), "page.html", DEFAULT).document
    assert document is not None
    assert not any("story" in p.text for p in document.paragraphs if p.text.startswith(NAMES[0]))
    assert [h.text for h in document.headings] == ["A long story"]
