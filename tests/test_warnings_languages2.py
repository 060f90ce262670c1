"""Warnings and infos in other languages, second round: Greek's question mark ends a
sentence, the page's language read from its text in more languages, MT004 naming the
language it reads, and length rules that do not count words by spaces where there are none.
Every article here was written for these tests."""

from __future__ import annotations

from auditor.model import Paragraph
from auditor.text.segment import split_sentences
from test_warnings_languages import article, rules_on


def _sentences(text: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences([Paragraph(text=text, line=1, column=1)], lang)]


# --- Greek: ";" is the question mark ---------------------------------------------------------

EL_QUESTIONS = ("Τι σημαίνει η νέα αύξηση για τα νοικοκυριά; Πόσο θα πληρώσουμε τον χειμώνα; "
                "Η κυβέρνηση απαντά ότι θα δώσει επίδομα.")


def test_greek_question_mark_ends_a_sentence() -> None:
    assert _sentences(EL_QUESTIONS, "el") == [
        "Τι σημαίνει η νέα αύξηση για τα νοικοκυριά;", "Πόσο θα πληρώσουμε τον χειμώνα;",
        "Η κυβέρνηση απαντά ότι θα δώσει επίδομα."]


def test_greek_question_after_a_latin_word_ends_in_greek() -> None:
    # A Greek question closing on a brand or acronym: the letter before ";" is Latin.
    text = "Ποιος κερδίζει από το AI; Οι μεγάλες εταιρείες, λένε οι αναλυτές."
    assert len(_sentences(text, "el")) == 2


def test_a_semicolon_elsewhere_joins_clauses() -> None:
    assert len(_sentences("Prices rose again; The minister said nothing.", "en")) == 1
    assert len(_sentences("Les prix montent; Le ministre se tait.", "fr")) == 1
    # Greek's ";" followed by a lower-case word is inside the sentence, as "?" is.
    assert len(_sentences("Θα έρθεις; ρώτησε η μητέρα του.", "el")) == 1


def test_rd011_reads_greek_questions_ending_on_latin_words_as_sentences() -> None:
    # Eight short questions, each closing on a product name: one "sentence" of 70 words
    # while ";" after a Latin letter was not read as Greek's question mark.
    question = "Ποιο κινητό τηλέφωνο αξίζει να αγοράσετε φέτος, το iPhone; "
    paragraph = question * 8 + "Η απάντηση εξαρτάται από τον προϋπολογισμό σας."
    page = article("el", "Ποιο κινητό να αγοράσω", "Ποιο κινητό να αγοράσω φέτος", f"<p>{paragraph}</p><p>{EL_QUESTIONS}</p>")
    assert "RD011" not in rules_on(page)
