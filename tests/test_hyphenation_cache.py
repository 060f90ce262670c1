"""Hyphenation breaks counted over pyphen's patterns (auditor.text.hyphenation): the
count is pyphen's on real and odd words in every language the syllable counter asks,
the patterns kept pickled between processes count the same, and a bad or forbidden
copy only costs pyphen's parse."""

from __future__ import annotations

import random
from pathlib import Path

import pyphen
import pytest

from auditor.text import hyphenation

LANGS = ["es", "fr", "it", "nl", "pt"]
WORDS = ("lettergrepen", "murciélago", "anticonstitucionalmente", "extraordinaire", "desenvolvimento",
         "aa", "x", "", "Ökosystem", "ÉLÈVE", "İstanbul", "ﬁnale", "co-operation", "qu'il", "ahora", "oase")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("AUDITOR_PACK_CACHE", raising=False)
    return tmp_path / "auditor"


def copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("hyph-*.pickle")) if folder.is_dir() else []


def corpus_words(lang: str) -> list[str]:
    """Words of the corpus pages in ``lang`` (their text, roughly), or none without it."""
    import re

    folder = Path(__file__).resolve().parents[2] / "shared" / "corpus-more" / "pages"
    found: set[str] = set()
    for page in sorted(folder.glob(f"{lang}-*.html"))[:3]:
        text = re.sub(r"<[^>]*>", " ", page.read_text(encoding="utf-8", errors="replace"))
        found.update(re.findall(r"[^\W\d_]+", text))
    return sorted(found)


@pytest.mark.parametrize("lang", LANGS)
def test_breaks_are_pyphens(cache: Path, lang: str) -> None:
    reference = pyphen.Pyphen(lang=lang, cache=False)
    patterns = hyphenation.patterns_for(lang)
    assert patterns is not None
    rng = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyzéèàñçüöäôœ'-"
    made = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 16))) for _ in range(3000)]
    for word in (*WORDS, *made, *corpus_words(lang)):
        assert patterns.breaks(word) == len(reference.positions(word)), word


@pytest.mark.parametrize("lang", LANGS)
def test_kept_copy_counts_as_a_fresh_parse(cache: Path, lang: str) -> None:
    parsed = hyphenation.patterns_for(lang)  # parses and keeps a copy
    assert parsed is not None and len(copies(cache)) == 1
    kept = hyphenation.patterns_for(lang)  # from the copy
    assert kept is not None and kept is not parsed
    assert kept.table == parsed.table and kept.prefixes == parsed.prefixes
    assert [kept.breaks(w) for w in WORDS] == [parsed.breaks(w) for w in WORDS]


def test_a_broken_copy_is_parsed_again_and_replaced(cache: Path) -> None:
    expected = hyphenation.patterns_for("es")
    [copy] = copies(cache)
    copy.write_bytes(b"not a pickle")
    again = hyphenation.patterns_for("es")
    assert again is not None and expected is not None and again.table == expected.table
    assert copies(cache) == [copy] and copy.read_bytes() != b"not a pickle"


def test_switched_off_with_the_pack_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITOR_PACK_CACHE", "0")
    assert hyphenation.patterns_for("fr") is not None
    assert copies(cache) == []


def test_a_language_pyphen_lacks_has_none(cache: Path) -> None:
    assert hyphenation.patterns_for("xx") is None


def test_a_copy_in_an_older_layout_is_never_read(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build that stamps every file with one date keeps the copy's other keys: the
    layout's version in the key sends it to a new copy (the old one is replaced)."""
    monkeypatch.setattr(hyphenation, "_LAYOUT", 1)
    assert hyphenation.patterns_for("fr") is not None
    [old] = copies(cache)
    monkeypatch.setattr(hyphenation, "_LAYOUT", 2)
    patterns = hyphenation.patterns_for("fr")
    assert patterns is not None and patterns.breaks("extraordinaire") == 4
    [new] = copies(cache)
    assert new != old
