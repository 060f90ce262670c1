"""Listicle shapes the re-dressed tuning listicles still misread after round 11's lists14
(bench/eval/redress.py: each tuning page's item headings rewritten into another real shape
and counted again). Each case fails on 7a45161. Small articles read end to end through ``audit``."""

from __future__ import annotations

import re

import pytest

from auditor.api import audit
from conftest import CORPUS, need_shared
from test_listicle_languages import BODY, DEFAULT, NAMES
from test_listicle_languages import listicle_facts as facts
from test_listicle_languages import audited


CORPUS_MORE = CORPUS.parent.parent / "corpus-more" / "pages"


def titles(headline: str, body: str) -> list[str]:
    document = audited(headline, body).document
    assert document is not None
    return [item.title for item in document.items]


# ---------------------------------------------------------------- a paragraph classed as a title

# HuffPost's listicle template sets each entry's title as `<p class="listicle__item-title">`
# in a text box of its own (`<div class="primary-cli cli cli-text">`), the writer's prose in the
# next boxes; a plain paragraph, not bold, was only ever prose. The tuning page huffpost-5-debate-
# takeaways, its five bare <h2> titles set so, read 0 entries.
def test_paragraphs_a_template_classes_as_titles() -> None:
    raw = need_shared(CORPUS_MORE / "huffpost-5-debate-takeaways.html").read_text()
    dressed = re.sub(r"<h2>(.*?)</h2>", r'<p class="listicle__item-title">\1</p>', raw, flags=re.S)
    assert dressed.count("listicle__item-title") == 5
    document = audit(dressed.encode(), "huffpost.html", DEFAULT).document
    assert document is not None and document.listicle is not None
    assert (document.listicle.found, document.listicle.verdict) == (5, "kept")
    assert document.items[0].title.startswith("Joe Biden Is Squarely Focused On Trump")


def test_a_classed_paragraph_that_is_a_sentence_stays_no_title() -> None:
    # A guard (holds on 7a45161): a "title" class on a paragraph ending in a full stop is prose.
    body = "".join(f'<p class="item-title">{NAMES[n]} was the best we saw there.</p><p>{BODY} {BODY}</p>'
                   for n in range(5))
    assert titles("Notes from a long trip", body)[:1] != [f"{NAMES[0]} was the best we saw there."]


# ---------------------------------------------------------------- numbers drawn by CSS counters

def styled(style: str, headline: str, body: str) -> tuple[int | None, int, str, list[int | None]]:
    html = (f"<html><head><title>{headline}</title><style>{style}</style></head><body><article>"
            f"<h1>{headline}</h1><p>{BODY}</p>{body}</article></body></html>")
    document = audit(html.encode(), "page.html", DEFAULT).document
    assert document is not None and document.listicle is not None
    return (document.listicle.promised, document.listicle.found, document.listicle.verdict,
            [item.number for item in document.items])


FLAT = "".join(f"<h2>{NAMES[n]}</h2><p>{BODY} {BODY}</p>" for n in range(9))
BOXES = "".join(f'<div class="list-item"><h3 class="list-item__title">{NAMES[n]}</h3><p>{BODY} {BODY}</p></div>'
                for n in range(9))


# Themes number a listicle's headings with CSS counters only (MDN's "Using CSS counters":
# `counter-reset` on the list's box, `counter-increment` on each entry, `content: counter(x) ". "`
# on its ::before); the text carries no number, so nine entries under "7 places" read as an
# unnumbered guess ('unknown'), never a counted mismatch.
@pytest.mark.parametrize("style, body", [
    ("article{counter-reset:h} article h2{counter-increment:h} article h2::before{content:counter(h) '. '}", FLAT),
    (".list{counter-reset:entry} .list-item{counter-increment:entry} .list-item__title:before{content:counter(entry)}",
     f'<div class="list">{BOXES}</div>'),
    (".list-item{counter-increment:n} .list-item::before{content:'#' counter(n)}", BOXES),
])
def test_numbers_drawn_by_css_counters_count(style: str, body: str) -> None:
    promised, found, verdict, numbers = styled(style, "The 7 best places to visit this year", body)
    assert (promised, found, verdict) == (7, 9, "mismatch")
    assert numbers == list(range(1, 10))


def test_a_counter_drawn_before_an_ol_s_plain_items_changes_nothing() -> None:
    # A guard (holds on 7a45161): a counter drawn before an <ol>'s plain items restyles the numbers
    # the list carries already; the headings the stylesheet leaves alone stay unnumbered.
    ol = "<ol class='steps'>" + "".join(f"<li>{NAMES[n]} is a fine place to stay.</li>" for n in range(9)) + "</ol>"
    style = ".steps{counter-reset:s} .steps li{counter-increment:s} .steps li::before{content:counter(s)}"
    assert styled(style, "Notes from a long trip", ol + FLAT) == styled("", "Notes from a long trip", ol + FLAT)


# ---------------------------------------------------------------- an entry that is its embed alone

@pytest.mark.parametrize("media", [
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x{n}/">'
    '<div><a href="https://www.instagram.com/p/x{n}/">Ein Beitrag geteilt von Alpha</a></div></blockquote>',
    '<figure><img src="/i/{n}.jpg" alt="Kostüm"></figure>',
])
def test_a_title_box_with_only_its_embed_under_it(media: str) -> None:
    # The tuning Halloween-tips page, its headings set as title boxes: the sixth tip is its title and
    # an Instagram post alone, then the seventh title; it read 6 of 7. The next title of the same
    # kind closes an entry that is only its picture or post.
    body = "".join(f'<div class="entry-title">Tipp {n + 1}: {NAMES[n]}</div><p></p>{media.format(n=n)}'
                   + ("" if n == 5 else f"<p>{BODY} {BODY}</p>") + "<p> </p>" for n in range(7))
    assert facts("7 Halloween-Tipps für Last-Minute-Kostüme", body, "de")[:3] == (7, 7, "kept")


def test_a_title_box_over_a_picture_then_a_box_of_another_kind_stays_no_title() -> None:
    # A guard (holds on 7a45161): a box named a title over a picture and then some other label
    # (a gallery's credit box) is no entry.
    body = "".join(f'<div class="entry-title">{NAMES[n]} Kostüm</div><figure><img src="/i/{n}.jpg" alt="x"></figure>'
                   f'<div class="credit">Foto: Alpha</div>' for n in range(5))
    assert facts("Notes from a long trip", body)[1] == 0


# ---------------------------------------------------------------- numbers restarting under each section

SECTIONS = [("For babies", 4), ("From one year", 2), ("From two years", 2), ("At school", 2)]


def sectioned(entry: str) -> str:
    """Entries grouped under section headings, numbered from 1 again in each (a toy guide's
    "#1 … #4" for babies, "#1 #2" from one year on), each dressed by ``entry``, under a table
    of contents of the sections."""
    toc = "".join(f'<li><a href="#s{s}">{section}</a></li>' for s, (section, _size) in enumerate(SECTIONS))
    out, k = [f'<div class="toc"><ol>{toc}</ol></div>'], 0
    for section, size in SECTIONS:
        out.append(f"<h2>{section}</h2><p>{BODY}</p>")
        for n in range(1, size + 1):
            out.append(entry.format(n=n, name=NAMES[k]) + f"<p>{BODY} {BODY}</p>")
            k += 1
    return "".join(out)


@pytest.mark.parametrize("entry", [
    '<div class="item"><span class="num">{n}</span><h3>{name}</h3></div>',  # a badge box before the heading
    '<div class="item"><img src="/n/{n}.png" alt="{n}"><h3>{name}</h3></div>',  # the number drawn as a picture
    '<h3><span class="n">{n}</span><span class="t">{name}</span></h3>',  # glued to the title
])
def test_badges_restarting_under_each_section_count(entry: str) -> None:
    # The tuning Montessori guide (printed "#1 Spielebogen" … restarting per age) re-dressed with
    # badges read 21 of 13: the badges did not count 1..N, so its table of contents won.
    body = sectioned(entry)
    assert facts("10 Montessori toys for every age", body)[:3] == (10, 10, "kept")
    assert titles("10 Montessori toys for every age", body)[:2] == [NAMES[0], NAMES[1]]


def test_badges_that_skip_do_not_count() -> None:
    # A guard (holds on 7a45161): numbers in boxes that neither count nor restart at 1 are no badges.
    body = "".join(f'<div class="item"><span class="num">{n}</span><h3>{NAMES[k]}</h3></div><p>{BODY} {BODY}</p>'
                   for k, n in enumerate([1, 3, 1, 5, 2, 1]))
    document = audited("Notes from a long trip", body).document
    assert document is not None and [item.number for item in document.items] == [None] * 6


# ---------------------------------------------------------------- a bold title alone in a plain box, over a picture

TIPS = ["Taking {name} every day can promote healthy aging", "Your eyes may thank you for {name}",
        "Want to boost your folic acid? Take {name}", "You may be more nourished with {name}",
        "Your heart may benefit from {name}"]


def test_a_bold_title_in_a_plain_box_over_a_credited_picture() -> None:
    # A slideshow flattened into one page (the tuning thelist page, its titles set in bold in a
    # plain box): each title, then the picture's box with its credit, then the text. A plain box
    # over a picture was no title unless a template classed it one; the bold sets it apart as one.
    body = "".join(f'<div class="news-article"><div><b>{t.format(name=NAMES[n])}</b></div>'
                   f'<div class="image-holder"><img src="/i/{n}.jpg" alt="x"><span class="credit">Shutterstock</span></div>'
                   f"<p>{BODY} {BODY}</p></div>" for n, t in enumerate(TIPS))
    assert facts("5 things that happen when you take a multivitamin", body)[:3] == (5, 5, "kept")
    assert titles("5 things that happen when you take a multivitamin", body)[1] == TIPS[1].format(name=NAMES[1])



# ---------------------------------------------------------------- item 1 printed without its number

MOMENTS = ['"My fears have been realized"', "Never urged Ukraine to investigate", '"Not some irregular channel"',
           "Questioning the judgment", "Military aid and mixed messaging", '"The Gordon problem"', '"The Giuliani problem"']


@pytest.mark.parametrize("dress", ["<h3>{t}</h3>", "<p><strong>{t}</strong></p>", '<div class="entry-title">{t}</div>'])
def test_item_one_without_its_number(dress: str) -> None:
    # The tuning CBS page prints "2." … "7." and draws item 1's number with a list inside its
    # heading ("<h3><ol><li>My fears…</li></ol></h3>"); set in any other dress, item 1 is its
    # title alone and the moments read 6 of 7.
    body = "".join(dress.format(t=(f"{n + 1}. " if n else "") + t) + f"<p>{BODY} {BODY}</p>"
                   for n, t in enumerate(MOMENTS))
    assert facts("Impeachment hearings: 7 key moments", body)[:3] == (7, 7, "kept")
    assert titles("Impeachment hearings: 7 key moments", body)[0] == MOMENTS[0]


def test_a_section_heading_before_a_list_from_two_is_no_item() -> None:
    # A guard (holds on 7a45161): a heading of another level above "2." … is a section's, not item 1.
    body = f"<h2>The moments</h2><p>{BODY}</p>" + "".join(
        f"<h3>{n + 1}. {t}</h3><p>{BODY} {BODY}</p>" for n, t in enumerate(MOMENTS) if n)
    assert titles("Impeachment hearings: key moments", body)[0] == MOMENTS[1]


@pytest.mark.parametrize("cls", ["listicle__item-title", "slide-title", "c-list-item__title"])
def test_paragraphs_classed_a_list_entry_s_title_among_the_text(cls: str) -> None:
    # The same titles set straight among the writer's paragraphs (the tuning zdnet, thelist and
    # campact pages re-dressed so): a class naming a list's entry's title says what they are.
    body = "".join(f'<p class="{cls}">{NAMES[n]} Is Squarely Focused On Trump</p><p>{BODY} {BODY}</p><p>{BODY}</p>'
                   for n in range(5))
    document = audited("Takeaways from the debate", body).document
    assert document is not None and document.paragraphs
    assert [p.lead == len(p.text) for p in document.paragraphs if p.text.startswith(NAMES[0])] == [True]


def test_an_essay_s_paragraphs_classed_title_stay_its_sections() -> None:
    # A guard (holds on 7a45161): "<p class='title'>" among an essay's paragraphs (a Polish
    # review's three section titles) is no entry's title: the headings rules read those.
    body = "".join(f'<p class="title">{NAMES[n]} Rising</p><p>{BODY} {BODY}</p><p>{BODY}</p>' for n in range(3))
    document = audited("Churchill, a hero of our times", body).document
    assert document is not None
    assert [p.lead for p in document.paragraphs if p.text.startswith(NAMES[0])] == [0]


def test_a_title_opening_with_digits_takes_its_drawn_number() -> None:
    # "101 Dalmatians" among costumes numbered by a counter: the title's own digits are no printed
    # number (the tuning popsugar page, its numbers drawn by CSS, read 84 of 85).
    names = NAMES[:4] + ["101 Dalmatians"] + NAMES[4:8]
    body = "".join(f'<h2 class="lc">{name}</h2><p>{BODY} {BODY}</p>' for name in names)
    promised, found, verdict, numbers = styled(".lc{counter-increment:c} .lc::before{content:counter(c) '. '}",
                                               "9 DIY costumes", body)
    assert (found, numbers) == (9, list(range(1, 10)))


# ---------------------------------------------------------------- a countdown's first step

def test_a_countdown_whose_first_entry_ends_on_a_lead_in() -> None:
    # The tuning toptal page ("Common Mistake #1: …" … "#10"), counted down instead ("10. …" first):
    # its first entry's text ends on a lead-in ("…when you do this:") over a code sample, which
    # read as a section break before "9.", and "10." went (9 of 10).
    raw = need_shared(CORPUS / "toptal-10-python-mistakes.html").read_text(encoding="utf-8", errors="replace")
    dressed = re.sub(r">Common Mistake #(\d+): ", lambda m: f">{11 - int(m.group(1))}. ", raw)
    assert dressed.count(">10. ") == 1
    document = audit(dressed.encode(), "toptal.html", DEFAULT).document
    assert document is not None and document.listicle is not None
    assert (document.listicle.found, [item.number for item in document.items]) == (10, list(range(10, 0, -1)))


# ---------------------------------------------------------------- a slideshow's video slide and a tip's label

def test_bold_slides_around_a_video_slide_with_editor_s_tips() -> None:
    # The tuning bhg slideshow, its 22 titles set in bold instead of <h2>: a "Video: Fall
    # Centerpiece Ideas" slide (an <h2>) after the third ended the run of bold titles (20 of 22;
    # a second video slide later),
    # and two slides' "<b>Editor's Tip:</b> …" lines read as entries of their own.
    raw = need_shared(CORPUS_MORE / "bhg-fall-centerpiece-ideas.html").read_text(encoding="utf-8", errors="replace")
    dressed = re.sub(r"<h2>(?!Video:)([^<]*)</h2>", r"<p><strong>\1</strong></p>", raw)
    assert dressed.count("<h2>Video:") == 2  # two video slides among the 22
    document = audit(dressed.encode(), "bhg.html", DEFAULT).document
    assert document is not None and document.listicle is not None
    assert document.listicle.found == 22
    assert document.items[0].title == "Eclectic Fall Bowl Centerpiece"
    assert not any(item.title.startswith("Editor") for item in document.items)


@pytest.mark.parametrize("label", ["Editor's Tip:", "Editor’s tip", "Tipp:", "Astuce :", "Consejo:"])
def test_tip_labels_are_note_labels(label: str) -> None:
    from auditor.structure.labels import NOTE_LABEL

    assert NOTE_LABEL().match(label)
