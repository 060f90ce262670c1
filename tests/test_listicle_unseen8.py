"""Listicle shapes auditor misread at round 13's wave 3 start (e4a61e9): a list of two set as an
ordered list under a headline promising exactly two ("2 Ways to…", "Two Reasons…"). Ordered lists were
read only from three entries up, so such a page counted nothing. Each case fails on e4a61e9 unless it
says it is a guard. Small articles read end to end through ``audit``; the markup's source is cited
beside each."""

from __future__ import annotations

from test_listicle_languages import BODY, audited, doc_of as doc

SHORT = "We tried it for a month and it paid off."


# ---------------------------------------------------------------- a list of two as an <ol>

# WordPress's list block (gutenberg, packages/block-library/src/list/save.js: `<ol>` of
# `<li>`s, an editor bolding each entry's name as Gutenberg's rich text does with `<strong>`),
# and Markdown's "1. **Plan meals.** …" rendered by any static site generator: the same markup.
def _titled_two(names: tuple[str, str]) -> str:
    return "<ol>" + "".join(f"<li><strong>{n}.</strong> {SHORT}</li>" for n in names) + "</ol>"


def test_titled_ordered_list_of_two_under_two_ways() -> None:
    document = doc("2 Ways to Save on Groceries", f"<p>{BODY} {BODY}</p>{_titled_two(('Plan meals', 'Buy in bulk'))}"
                   f"<p>{BODY}</p>")
    assert [item.heading for item in document.items] == ["Plan meals.", "Buy in bulk."]
    assert [item.number for item in document.items] == [1, 2]


def test_titled_ordered_list_of_two_under_a_spelt_count() -> None:
    document = doc("Two Reasons to Wake Up Early", f"<p>{BODY}</p>{_titled_two(('The light', 'The quiet'))}")
    assert [item.heading for item in document.items] == ["The light.", "The quiet."]


def test_ordered_list_of_two_with_paragraphs_per_entry() -> None:
    # A guard (read on e4a61e9 by their bold title paragraphs, and still): ProseMirror's and Tiptap's
    # list entries (`<li><p><strong>…</strong></p><p>…</p></li>`).
    entries = "".join(f"<li><p><strong>{n}</strong></p><p>{BODY}</p></li>" for n in ("Walk to work", "Cook at home"))
    document = doc("2 Habits That Changed My Year", f"<ol>{entries}</ol>")
    assert [item.heading for item in document.items] == ["Walk to work", "Cook at home"]


def test_plain_ordered_list_of_two_that_is_most_of_a_short_page() -> None:
    entries = ("The light is better in the morning, the streets are quiet and the air is cool.",
               "You get your own work done before the first calls and messages start coming in.")
    document = audited("2 Reasons to Wake Up Early", "<ol>" + "".join(f"<li>{e}</li>" for e in entries) + "</ol>"
                       ).document
    assert document is not None
    assert [item.number for item in document.items] == [1, 2]


def test_plain_ordered_list_of_two_in_a_long_story_is_no_list() -> None:
    # A guard: two untitled steps among many paragraphs are the story's, not the headline's entries.
    steps = "<ol><li>Fill in the form online.</li><li>Bring it to the town hall.</li></ol>"
    document = doc("2 Ways the New Rules Change Your Taxes", f"<p>{BODY}</p><p>{BODY}</p>{steps}<p>{BODY}</p>"
                   f"<p>{BODY}</p><p>{BODY}</p>")
    assert document.items == ()


def test_news_story_with_two_steps_stays_prose() -> None:
    # A guard: a news headline promises no count; its two steps are prose.
    document = doc("Council votes to close 2 schools", f"<p>{BODY}</p>{_titled_two(('Apply', 'Wait'))}<p>{BODY}</p>")
    assert document.items == ()


def test_two_ordered_lists_of_two_are_a_guess() -> None:
    # A guard: which list the headline means is not told by the page.
    lists = _titled_two(("Plan meals", "Buy in bulk")) + f"<p>{BODY}</p>" + _titled_two(("Shop late", "Use coupons"))
    document = doc("2 Ways to Save on Groceries", f"<p>{BODY}</p>{lists}")
    assert document.items == ()


def test_ordered_list_of_two_under_a_count_of_three_is_no_list() -> None:
    # A guard: the count must match exactly.
    document = doc("3 Ways to Save on Groceries", f"<p>{BODY}</p>{_titled_two(('Plan meals', 'Buy in bulk'))}")
    assert document.items == ()


# ---------------------------------------------------------------- two entries each alone in a list

# A how-to block split per section or slide (Yoast's `<ol class="schema-how-to-steps">` of one
# `<li class="schema-how-to-step">` in each gallery section, as test_listicle_unseen7 cites), here with
# two slides: a chain of one-item lists was read from three up.
def _one_item_lists(names: tuple[str, ...]) -> str:
    return "".join(f'<div class="slide"><ol class="schema-how-to-steps"><li class="schema-how-to-step"><strong '
                   f'class="schema-how-to-step-name">{n}</strong><p>{BODY}</p></li></ol></div>' for n in names)


def test_two_entries_each_alone_in_an_ordered_list() -> None:
    document = doc("2 Gadgets We Never Knew We Wanted", _one_item_lists(("The smart mug", "The folding kettle")))
    assert [item.heading for item in document.items] == ["The smart mug", "The folding kettle"]


def test_two_one_item_lists_under_a_count_of_three_are_no_list() -> None:
    # A guard: the count must match exactly.
    document = doc("3 Gadgets We Never Knew We Wanted", _one_item_lists(("The smart mug", "The folding kettle")))
    assert document.items == ()


# ---------------------------------------------------------------- questions set as terms

# Gutenberg's Details block (packages/block-library/src/details/save.js: `<details><summary>…</summary>
# <InnerBlocks.Content /></details>`, WordPress 6.3) and PHP Markdown Extra's definition lists
# ("Term\n: definition" → `<dl><dt>…</dt><dd>…</dd></dl>`): a question in each term, its answer under
# it. A question titles a FAQ's entry, not a list's, so the terms were left out and "5 Questions to
# Ask Your Doctor" counted nothing; exactly as many questions as the headline promises, and they most
# of the page, are its list.
QUESTIONS = ("What do my results mean?", "Are there other treatments?", "What are the side effects?",
             "How long will it take to work?", "When should I come back?")


def _accordions(questions: tuple[str, ...]) -> str:
    return "".join(f'<details class="wp-block-details"><summary>{q}</summary><p>{BODY}</p></details>'
                   for q in questions)


def _terms(questions: tuple[str, ...]) -> str:
    return "<dl>" + "".join(f"<dt>{q}</dt><dd>{BODY}</dd>" for q in questions) + "</dl>"


def test_questions_in_accordions_under_a_count_of_questions() -> None:
    document = doc("5 Questions to Ask Your Doctor", _accordions(QUESTIONS))
    assert [item.heading for item in document.items] == list(QUESTIONS)
    assert all(item.words >= 20 for item in document.items)  # each answer is its entry's text


def test_questions_as_terms_under_a_count_of_questions() -> None:
    document = doc("Five Questions to Ask Before You Sign a Lease", _terms(QUESTIONS))
    assert [item.heading for item in document.items] == list(QUESTIONS)


def test_questions_as_terms_under_another_count_are_no_list() -> None:
    # A guard: four promised, five asked.
    document = doc("4 Questions to Ask Your Doctor", _terms(QUESTIONS))
    assert document.items == ()


def test_faq_accordions_after_a_story_stay_out() -> None:
    # A guard: a story with a FAQ block after it (unlabelled: a "FAQ" heading closes the body's
    # entries anyway), the count matching by chance.
    story = "".join(f"<p>{BODY} {BODY}</p>" for _ in range(8))
    document = doc("5 Ways the New Rules Change Your Taxes", story + _accordions(QUESTIONS))
    assert document.items == ()


def test_faq_accordions_after_the_entries_stay_out() -> None:
    # A guard: five entries under headings, then a FAQ of five: the headings are the list.
    entries = "".join(f"<h2>{n} plan</h2><p>{BODY}</p>" for n in ("Alpha", "Bravo", "Charlie", "Delta", "Echo"))
    document = doc("5 Ways to Save on Groceries", entries + _accordions(QUESTIONS))
    assert [item.heading for item in document.items] == [f"{n} plan" for n in ("Alpha", "Bravo", "Charlie",
                                                                                 "Delta", "Echo")]


def test_faq_accordions_leave_the_text_as_it_was() -> None:
    # A guard: questions set aside are no sentences of the text (the word count is the answers').
    with_faq = doc("A day in the city", f"<p>{BODY}</p>" + _accordions(QUESTIONS))
    without = doc("A day in the city", f"<p>{BODY}</p>" + "".join(f"<p>{BODY}</p>" for _ in QUESTIONS))
    assert with_faq.word_count == without.word_count


def test_questions_in_accordions_in_spanish() -> None:
    answer = ("El médico puede explicar qué significa cada resultado y cómo seguirlo en casa durante los "
              "próximos meses.")
    asked = ("¿Qué significan mis resultados?", "¿Hay otros tratamientos?", "¿Cuáles son los efectos secundarios?",
             "¿Cuánto tarda en hacer efecto?", "¿Cuándo debo volver?")
    body = "".join(f"<details><summary>{q}</summary><p>{answer}</p></details>" for q in asked)
    document = audited("5 preguntas que debes hacer a tu médico", body, "es").document
    assert document is not None
    assert [item.heading for item in document.items] == list(asked)
