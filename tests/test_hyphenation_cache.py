"""Pyphen's parsed patterns are kept pickled between processes (auditor.text.hyphenation):
the kept copy hyphenates exactly as a fresh parse, and a bad or forbidden copy only
costs the parse."""

from __future__ import annotations

from pathlib import Path

import pyphen
import pytest

from auditor.text import hyphenation

def parsed_now(lang: str) -> pyphen.Pyphen:
    """pyphen parsing the file itself (it fills its per-process cache: emptied again)."""
    fresh = pyphen.Pyphen(lang=lang, cache=False)
    pyphen.hdcache.clear()
    return fresh


WORDS = ("lettergrepen", "murciélago", "anticonstitucionalmente", "extraordinaire", "desenvolvimento", "aa", "x")


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder and pyphen's per-process cache emptied (restored after)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("AUDITOR_PACK_CACHE", raising=False)
    monkeypatch.setattr(pyphen, "hdcache", {})
    return tmp_path / "auditor"


def copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("hyph-*.pickle")) if folder.is_dir() else []


@pytest.mark.parametrize("lang", ["es", "fr", "nl", "pt", "it"])
def test_kept_copy_hyphenates_as_a_fresh_parse(fresh: Path, lang: str) -> None:
    parsed = parsed_now(lang)
    first = hyphenation.hyphenator(lang)  # parses and keeps a copy
    assert len(copies(fresh)) == 1
    pyphen.hdcache.clear()
    second = hyphenation.hyphenator(lang)  # from the copy
    assert second.hd is not first.hd
    assert second.hd.patterns == parsed.hd.patterns and second.hd.maxlen == parsed.hd.maxlen
    for word in WORDS:
        assert second.positions(word) == parsed.positions(word)


def test_a_broken_copy_is_parsed_again_and_replaced(fresh: Path) -> None:
    hyphenation.hyphenator("es")
    [copy] = copies(fresh)
    copy.write_bytes(b"not a pickle")
    pyphen.hdcache.clear()
    expected = parsed_now("es").positions("murciélago")
    assert hyphenation.hyphenator("es").positions("murciélago") == expected
    assert copies(fresh) == [copy] and copy.read_bytes() != b"not a pickle"


def test_switched_off_with_the_pack_cache(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITOR_PACK_CACHE", "0")
    assert hyphenation.hyphenator("fr") is not None
    assert copies(fresh) == []


def test_a_language_pyphen_lacks_has_none(fresh: Path) -> None:
    assert hyphenation.hyphenator("xx") is None
