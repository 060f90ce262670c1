"""Listicle shapes that re-dressed tuning listicles still misread after round 12's first pass
(bench/eval/redress.py: `dl-terms`, `details`). Each case fails on c7ab3f9 unless it says it is a
guard. Small articles read end to end through ``audit``; the markup's source is cited beside each."""

from __future__ import annotations

import pytest

from auditor.api import audit, default_settings
from test_listicle_languages import BODY, NAMES, audited

DEFAULT = default_settings()


def entries(entry: str, count: int = 5) -> str:
    """``entry`` written ``count`` times: {n} its number, {name} a title word, {body} its prose
    (two paragraphs, the later entries longer, as real entries differ)."""
    return "".join(entry.format(n=k + 1, name=NAMES[k], body=f"<p>{BODY} {BODY}</p><p>{BODY * (k + 1)}</p>")
                   for k in range(count))


def bare_page(headline: str, body: str) -> list[int | None]:
    """The numbers of the entries read on a page with no <article>, <main> or content class
    (the body found by paragraph density), ``body`` in a plain box under a menu."""
    html = (f"<html lang=en><head><title>{headline}</title></head><body><div><ul><li><a href=/>Home</a></li>"
            f"<li><a href=/news>News</a></li></ul></div><div><h1>{headline}</h1><p>{BODY}</p>{body}</div>"
            "<div><p>Copyright 2026, all rights reserved by the publisher of this site.</p></div></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.error is None and result.document is not None
    return [item.number for item in result.document.items]


# ---------------------------------------------------------------- definition lists found by density

# HTML's <dl> groups each term with its definition ("name-value groups", HTML Living Standard
# §4.4.9), and a CMS's list template may write one <dl> per entry (CBS News' story template:
# `<dl><dt>2. Never urged Ukraine…</dt><dd><figure>…</figure><p>…</p></dd></dl>`) or one <dl> for all.
# On a page found by paragraph density, every <dd> holds its own paragraphs: the densest box
# was one entry's <dd>, and the list read one entry or none.
@pytest.mark.parametrize("body", [
    entries("<dl><dt>{n}. {name} plan</dt><dd>{body}</dd></dl>"),
    # A guard: one <dl> for all was read already (every <dd> votes for it).
    "<dl>" + entries("<dt>{n}. {name} plan</dt><dd>{body}</dd>") + "</dl>",
])
def test_definition_list_entries_on_a_page_found_by_density(body: str) -> None:
    assert bare_page("5 plans for a weekend", body) == [1, 2, 3, 4, 5]


def test_one_long_definition_among_short_ones_stays_the_body() -> None:
    # A guard: a story whose text is one definition (a glossary's short terms around it) keeps
    # its count of no list; the entry boxes are only widened over when alike ones hold as much.
    body = (f"<dl><dt>Alpha</dt><dd>{BODY}</dd><dt>Bravo</dt><dd>{''.join(f'<p>{BODY}</p>' for _ in range(8))}</dd></dl>")
    assert bare_page("A walk through the old town", body) == []


# ---------------------------------------------------------------- numbered terms not counting 1..N

# The same CBS News template leaves the first term unnumbered ("“My fears have been realized”")
# and numbers the others "2."…"7.": the numbers do not count 1..N, so the terms were no text at
# all. They still title entries as the unnumbered ones do (a short title over a definition of prose).
@pytest.mark.parametrize("tag", ["dl", "details"])
def test_numbered_terms_under_an_unnumbered_first_still_title_entries(tag: str) -> None:
    if tag == "dl":
        entry = "<dl><dt>{title}</dt><dd>{body}</dd></dl>"
    else:  # an accordion's entries, <details open><summary>…</summary>…</details>
        entry = "<details open><summary>{title}</summary>{body}</details>"
    titles = ["“My fears have been realized”"] + [f"{k + 1}. {NAMES[k]} plan" for k in range(1, 5)]
    body = "".join(entry.format(title=t, body=f"<p>{BODY} {BODY}</p>") for t in titles)
    document = audited("5 key moments from the hearing", body).document
    assert document is not None
    assert len(document.items) == 5


def test_numbered_spec_terms_stay_no_entries() -> None:
    # A guard: numbered terms over short values (a spec sheet's "1. Weight" / "1.2 kg") title nothing.
    body = "<dl>" + "".join(f"<dt>{k}. {name}</dt><dd>{k}.2 kg</dd>" for k, name in
                            [(2, "Weight"), (3, "Height"), (5, "Depth"), (6, "Width")]) + "</dl>"
    document = audited("How the new phone feels in the hand", body).document
    assert document is not None
    assert len(document.items) == 0


# ---------------------------------------------------------------- a <details> box's text around a picture or code

# A <details> box holds its summary and then its text loose (HTML Living Standard §4.11.1: "the
# rest of the element's contents represent the additional information"), not in one box as a
# <dt>'s <dd>: an accordion's entry that opens with a video's figure, a post or a code block
# (`<details open><summary>Common Mistake #2: …</summary><p>Consider the following example:</p>
# <pre><code>…`) was read as no title since the box right after the summary was no prose.
@pytest.mark.parametrize("opening", [
    '<figure class="embed"><iframe src="https://www.youtube.com/embed/x"></iframe><figcaption>Watch: the '
    'hearing</figcaption></figure>',
    "<p>Consider the following example:</p><pre><code>&gt;&gt;&gt; class A(object): pass</code></pre>",
])
def test_summaries_over_text_after_a_picture_or_code_title_entries(opening: str) -> None:
    body = "".join(f"<details open><summary>Mistake #{k + 1}: {NAMES[k]} plan</summary>{opening}"
                   f"<p>{BODY} {BODY}</p></details>" for k in range(5))
    document = audited("What to know before the hearing", body).document
    assert document is not None
    assert len(document.items) == 5


def test_faq_questions_in_details_stay_no_entries() -> None:
    # A guard: an accordion of questions is a FAQ, not a list's entries.
    body = "".join(f"<details><summary>Can I bring a {name.lower()}?</summary><p>{BODY}</p></details>"
                   for name in NAMES[:5])
    document = audited("Visiting the old town", body).document
    assert document is not None
    assert len(document.items) == 0


# An Instagram roundup as an accordion: one entry is its embedded post alone (Instagram's embed
# code, `<blockquote class="instagram-media" …>`, with no text of the writer's under it), as an
# entry under a heading may be; its summary titles it when the others title entries of prose.
POST = ('<p></p><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/">'
        '<a href="https://www.instagram.com/p/x/">Sieh dir diesen Beitrag auf Instagram an</a></blockquote>')


def test_a_summary_over_a_post_alone_among_entries_of_prose() -> None:
    body = "".join(f"<details open><summary>Tipp {k + 1}: {NAMES[k]}</summary>{POST}"
                   + ("" if k == 3 else f"<p>{BODY} {BODY}</p>") + "</details>" for k in range(5))
    document = audited("Halloween ohne Kostüm", body, "de").document
    assert document is not None
    assert len(document.items) == 5


def test_summaries_over_posts_alone_stay_no_entries() -> None:
    # A guard: an accordion of posts alone (no entry titled over prose) is no list read from it.
    body = "".join(f"<details open><summary>Tipp {k + 1}: {NAMES[k]}</summary>{POST}</details>" for k in range(5))
    document = audited("Halloween ohne Kostüm", body, "de").document
    assert document is not None
    assert len(document.items) == 0


# ---------------------------------------------------------------- questions among titled terms

# A list whose titles are sentences, some of them questions (The List's slideshow stories, "Will
# you live longer if you take a multivitamin every day?" among "Your eyes may thank you…"), set as
# terms or summaries: the questions were read as a FAQ's and dropped, and the rest counted short.
# When most terms title entries, a question among them titles its entry too.
QUESTIONS = {1: "Will you live longer if you take it every day?", 3: "What can it do for brain health?"}


@pytest.mark.parametrize("entry", ["<dl><dt>{title}</dt><dd>{body}</dd></dl>",
                                   "<details open><summary>{title}</summary>{body}</details>"])
def test_questions_among_titled_terms_title_entries(entry: str) -> None:
    titles = [QUESTIONS.get(k, f"{NAMES[k]} may thank you for it") for k in range(5)]
    body = "".join(entry.format(title=t, body=f"<p>{BODY} {BODY}</p>") for t in titles)
    document = audited("What happens when you take a multivitamin every day", body).document
    assert document is not None
    assert len(document.items) == 5


def test_a_faq_with_a_few_statements_stays_short() -> None:
    # A guard: questions that are most of the terms stay a FAQ's (only the statements, three of seven, title).
    titles = [f"Can I bring a {n.lower()}?" for n in NAMES[:4]] + [f"{n} rules" for n in NAMES[4:7]]
    body = "".join(f"<dl><dt>{t}</dt><dd><p>{BODY} {BODY}</p></dd></dl>" for t in titles)
    document = audited("Visiting the old town", body).document
    assert document is not None
    assert len(document.items) <= 3


# Condé Nast Traveler's year-in-review lists title entries in sentences, a few ending in a full
# stop ("Ryanair turned on the charm to attract more traveling families."): among terms that
# title entries, such a title is one too.
@pytest.mark.parametrize("entry", ["<dl><dt>{title}</dt><dd>{body}</dd></dl>",
                                   "<details open><summary>{title}</summary>{body}</details>"])
def test_sentence_titles_among_titled_terms_title_entries(entry: str) -> None:
    titles = [f"{NAMES[k]} turned on the charm." if k in (1, 4) else f"{NAMES[k]} opened up" for k in range(5)]
    body = "".join(entry.format(title=t, body=f"<p>{BODY} {BODY}</p>") for t in titles)
    document = audited("The year in airlines", body).document
    assert document is not None
    assert len(document.items) == 5
