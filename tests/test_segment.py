"""Words and sentences: numbers are not words, headings/list items are not sentences."""

from __future__ import annotations


from auditor.model import Paragraph
from auditor.text.segment import split_sentences, words


def _texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in split_sentences([Paragraph(text, line=1)], lang)]


def test_numbers_and_punctuation_are_not_words() -> None:
    assert words("1. In 2025, 90+ people — 3.5% of them — came.") == ["In", "people", "of", "them", "came"]


def test_hyphen_and_apostrophe_words_are_one_word() -> None:
    assert words("A well-known 19-year-old didn't see Baloch’s flag") == [
        "A", "well-known", "19-year-old", "didn't", "see", "Baloch’s", "flag",
    ]


def test_unicode_letters() -> None:
    assert words("Die Straße über Köln; l’été à Noël; año señor") == [
        "Die", "Straße", "über", "Köln", "l’été", "à", "Noël", "año", "señor",
    ]


def test_initialisms_are_one_word() -> None:
    assert words("Several U.S. lawmakers, e.g. Smith") == ["Several", "U.S", "lawmakers", "e.g", "Smith"]


def test_quotes_after_full_stop() -> None:
    text = ("“This is the loudest we’ve seen it in years,” said a Karachi-based political scientist. "
            "“It’s no longer confined to militant camps.”")
    assert _texts(text) == [
        "“This is the loudest we’ve seen it in years,” said a Karachi-based political scientist.",
        "“It’s no longer confined to militant camps.”",
    ]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = ("These attacks are tactical, said defense analyst Major (Retd.) S. Hussain. "
            "Dr. Mahrang Baloch agreed. Mr. J. R. R. Tolkien lived on St. Giles. No. 5 won.")
    assert _texts(text) == [
        "These attacks are tactical, said defense analyst Major (Retd.) S. Hussain.",
        "Dr. Mahrang Baloch agreed.",
        "Mr. J. R. R. Tolkien lived on St. Giles.",
        "No. 5 won.",
    ]


def test_us_ends_a_sentence_only_before_an_opener() -> None:
    assert _texts("Several U.S. lawmakers called. It grew in the U.S. The rest fell.") == [
        "Several U.S. lawmakers called.", "It grew in the U.S.", "The rest fell.",
    ]


def test_eg_decimals_and_ellipses() -> None:
    assert _texts("Use tools, e.g. hammers. It rose 3.5 percent. Wait… what? Then… Silence.") == [
        "Use tools, e.g. hammers.", "It rose 3.5 percent.", "Wait… what?", "Then…", "Silence.",
    ]


def test_question_and_exclamation_in_quotes_before_lowercase() -> None:
    assert _texts("“Why?” he asked. “Go!” She ran.") == ["“Why?” he asked.", "“Go!”", "She ran."]


def test_german_abbreviations() -> None:
    assert _texts("Er kam z.B. am Montag. Das ist Nr. 5 im Land. Die Sache ist klar.", "de") == [
        "Er kam z.B. am Montag.", "Das ist Nr. 5 im Land.", "Die Sache ist klar.",
    ]


def test_sentence_without_final_punctuation_and_sentences_without_words() -> None:
    assert _texts("— 2025 — ") == []
    assert _texts("A caption with no full stop") == ["A caption with no full stop"]


def test_lines_columns_and_paragraph_index() -> None:
    first = Paragraph("One two three.", line=3, column=5)
    # "Four five six." starts a new source line at offset 15.
    second = Paragraph("Alpha beta gamma. Four five six.", line=10, breaks=(18,))
    sentences = split_sentences([first, second], "en")
    assert [(s.line, s.column, s.paragraph) for s in sentences] == [(3, 5, 0), (10, 1, 1), (11, 1, 1)]
    assert sentences[1].words == ("Alpha", "beta", "gamma")


def test_only_paragraphs_are_split() -> None:
    # split_sentences takes paragraphs only: headings and list items never reach it,
    # so a listicle's item headings cannot become sentences.
    from auditor.model import Document, Heading, ListItem
    from auditor.text.readability import measure

    doc = Document(
        path="t", format="text",
        headings=(Heading(1, "7 Ways to Sleep Better", 1), Heading(2, "1. Go to bed early", 3)),
        list_items=(ListItem("Buy a lamp", 5), ListItem("Read a book", 6)),
        paragraphs=(Paragraph("Sleep matters. It helps you think.", line=8),),
    )
    assert measure(doc).sentences == 2


def test_five_thousand_words_split_right() -> None:
    para = Paragraph(
        "Dr. Smith said the U.S. economy grew 3.5 percent in 2024. “It’s strong,” she said. "
        "Analysts, e.g. Mr. Jones, disagree! Why? Prices rose… Wages did not.", line=1)
    paragraphs = [para] * 220  # 5,280 words
    sentences = split_sentences(paragraphs, "en")  # its speed: bench/bench_text.py
    assert sum(len(s.words) for s in sentences) > 5000
    assert len(sentences) == 220 * 6


def test_fast_patterns_read_as_the_plain_ones() -> None:
    # The token and sentence-end patterns are written to open with a character class
    # (for speed); they must find exactly what the plain forms find.
    import random
    import re

    from auditor.text import segment

    letter = r"[^\W\d_]"
    word = r"[\w" + segment.MARKS + r"]"
    plain_token = re.compile(r"(?:" + letter + r"\.){2,}(?!" + letter + r")|\w" + word + r"*(?:[-‐‑'’]" + word + r"+)*")
    plain_end = re.compile(r"(?:[.!?؟]+|[…।॥۔\u0589\u1362\u1367\u1368\u0f0d\u0f0e\u1803\u1809;\u037e])[\"'”’»)\]“‘«‹›]*(?=\s+|$)")
    rng = random.Random(7)
    alphabet = "aBé1²_.!?…-‐'’\"”»)] \nকির\u200c।؟۔։።;\u037eπ“«„›"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    texts += ["in the U.S. The e.g. U.S.A", "Wait... What?! “Yes.” (Retd.) x.y.z1 a.b.c."]
    for text in texts:
        assert segment._TOKEN.findall(text) == plain_token.findall(text), text
        assert [m.span() for m in segment._END.finditer(text)] == [m.span() for m in plain_end.finditer(text)], text


def test_a_paragraphs_words_are_its_sentences_words() -> None:
    # split_sentences hands the joined words of each multi-sentence paragraph to the
    # word memo: they must be what tokenising the whole paragraph gives.
    import random

    from auditor.text import segment

    rng = random.Random(11)
    pieces = ["Dr. Smith", "said", "U.S.", "e.g.", "3.5", "well-known", "it’s", "“Help!”", "(Retd.)",
              "A.", "B", "end.", "What?!", "No…", "x.y.z", "1.", "_", "café", "over.", "Then"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    texts += ["In the U.S. The army left. S. Hussain came. “Go!” she said. He went… Then 2 more."]
    for lang in ("en", "de"):
        for text in texts:
            parts = [segment._tokens(text[a:b]) for a, b in segment._split(text, segment._stops(lang))]
            assert sum(parts, ()) == segment._tokens(text), text


def test_full_stops_of_armenian_ethiopic_tibetan_and_mongolian_end_sentences() -> None:
    # Without them a paragraph in those scripts was one long sentence (the metrics'
    # sentence count, RD003/RD011's lengths).
    assert len(_texts("Բարև ձեզ։ Ես ուսանող եմ։ Սա իմ տունն է։", "hy")) == 3
    assert len(_texts("ሰላም ነው። እኔ ተማሪ ነኝ። ይህ ቤቴ ነው።", "am")) == 3
    assert len(_texts("ཁྱེད་རང་སྐུ་གཟུགས་བདེ་པོ་ཡིན་པས། ང་སློབ་ཕྲུག་ཡིན།", "bo")) == 2
    assert len(_texts("Сайн байна уу᠃ Би оюутан᠃", "mn")) == 2
    assert _texts("x։y stays one", "hy") == ["x։y stays one"]  # a stop ends one only before a space
