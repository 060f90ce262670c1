"""MT010 lang-mismatch: the declared language is not the one the text is written in."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from auditor.model import Document, Finding, Meta, Paragraph
from auditor.rulepacks import load_pack
from auditor.sources import SourceOptions
from auditor.sources.load import load

from rulekit import run_rule

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
RULE = next(r for r in load_pack(ROOT / "rules" / "default" / "meta.toml") if r.id == "MT010")

ENGLISH = (
    "The council voted on Tuesday to close the old bridge for repairs, and drivers will have "
    "to use the ring road until the end of the year. The mayor said that the work was overdue "
    "because inspectors had found cracks in two of the pillars, but shopkeepers fear that they "
    "will lose customers while it is shut."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu sperren, und "
    "Autofahrer müssen bis zum Ende des Jahres die Umgehungsstraße nehmen. Die Bürgermeisterin "
    "sagte, dass die Arbeiten überfällig seien, weil Prüfer Risse in zwei der Pfeiler gefunden "
    "hätten, aber die Händler fürchten, dass sie Kunden verlieren."
)


def run(doc: Document, **override: Any) -> list[Finding]:
    return run_rule("MT010", doc, **override)


def html(declared: str | None, text: str, **options: Any) -> Document:
    attr = f' lang="{declared}"' if declared is not None else ""
    page = f"<!doctype html>\n<html{attr}>\n<head><title>Bridge</title></head>\n<body><p>{text}</p></body></html>"
    return load(page.encode(), "a.html", SourceOptions(**options))


def page(declared: str | None, detected: str | None, fmt: str = "html") -> Document:
    meta = Meta(lang=declared, title="Bridge", lines={"lang": 3, "title": 5})
    if fmt == "markdown":
        meta = Meta(lang=declared, front_matter={"lang": declared}, lines={"lang": 2})
    return Document(path=f"a.{'md' if fmt == 'markdown' else 'html'}", format=fmt,  # type: ignore[arg-type]
                    meta=meta, detected_lang=detected, paragraphs=(Paragraph("x", 9),))


def test_mt010_is_a_documented_warning() -> None:
    assert (RULE.name, RULE.category, RULE.level) == ("lang-mismatch", "meta", "warning")
    assert RULE.doc.summary and RULE.doc.why and RULE.doc.bad and RULE.doc.good


def test_mt010_fires_on_english_text_declared_german() -> None:
    (f,) = run(page("de", "en"))
    assert f.message == 'Declared lang="de" but the text reads as English: set lang="en" on <html>.'
    assert (f.rule, f.line, f.excerpt) == ("MT010", 3, 'lang="de"')


def test_mt010_names_the_front_matter_in_markdown() -> None:
    (f,) = run(page("en", "pt", fmt="markdown"))
    assert f.message == 'Declared lang="en" but the text reads as Portuguese: set lang="pt" in the front matter.'
    assert f.line == 2


def test_mt010_keeps_the_region_as_declared() -> None:
    (f,) = run(page("de-DE", "en"))
    assert 'lang="de-DE"' in f.message
    assert run(page("en-GB", "en")) == []  # same root: agreement


@pytest.mark.parametrize(
    ("declared", "detected"),
    [
        ("en", "en"),  # agreement
        ("de", None),  # identification not confident
        (None, "en"),  # nothing declared: MT004's job
        ("  ", "en"),
        ("ca", "es"),  # a language the identifier has no profile for is never contradicted
    ],
)
def test_mt010_quiet(declared: str | None, detected: str | None) -> None:
    assert run(page(declared, detected)) == []


def test_mt010_quiet_on_fragments_and_plain_text() -> None:
    fragment = Document(path="a.html", format="html", detected_lang="en")
    text = Document(path="a.txt", format="text", meta=Meta(lang="de"), detected_lang="en")
    assert run(fragment) == [] and run(text) == []
    # …and where the pack's formats leave it out.
    assert run(page("en", "pt", fmt="markdown"), formats=["html"]) == []


def test_mt010_end_to_end_from_html() -> None:
    (f,) = run(html("de", ENGLISH))
    assert f.line == 2 and 'set lang="en"' in f.message
    assert run(html("de", GERMAN)) == []
    assert run(html("en", ENGLISH)) == []
    # --lang changes how auditor measures the text, not what the page declares.
    assert len(run(html("de", ENGLISH, lang="de"))) == 1


def test_mt010_doc_examples() -> None:
    bad = load(RULE.doc.bad.encode(), "bad.html", SourceOptions())
    good = load(RULE.doc.good.encode(), "good.html", SourceOptions())
    assert len(run(bad)) == 1
    assert run(good) == []


# --- the corpus ---------------------------------------------------------------------------


@lru_cache(maxsize=None)
def corpus(name: str) -> Document:
    path = SHARED / "pages" / f"{name}.html"
    if not path.exists():
        pytest.skip("../shared/corpus not present")
    return load(path.read_bytes(), str(path), SourceOptions())


@pytest.mark.parametrize("name", ["businessinsider-retire-early-11-steps", "businessinsider-10-things-in-tech"])
def test_mt010_fires_on_business_insider_pages_declared_german(name: str) -> None:
    doc = corpus(name)
    assert (doc.meta.lang, doc.detected_lang, doc.lang) == ("de", "en", "en")
    (f,) = run(doc)
    assert f.message == 'Declared lang="de" but the text reads as English: set lang="en" on <html>.'
    assert f.line == doc.meta.lines["lang"] == 1  # <html lang="de" …> is the first line


def test_lanacion_without_lang_is_read_as_spanish_and_left_to_mt004() -> None:
    doc = corpus("es-lanacion-cuestion-mapuche")
    assert (doc.meta.lang, doc.detected_lang, doc.lang) == (None, "es", "es")
    assert run(doc) == []


@pytest.mark.parametrize(
    "name",
    ["de-basicthinking-12-twitter-users", "fr-lemonde-loi-renseignement", "pt-folha-tite-libertadores",
     "healthline-10-ways-body-fat", "de-heise-1password-mac", "hearya-top-100-metal-vocalists"],
)
def test_mt010_quiet_on_correctly_declared_corpus_pages(name: str) -> None:
    assert run(corpus(name)) == []
