"""Format detection: extension first, then content sniffing."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.sources.detect import ARTICLE_EXTENSIONS, detect_format, sniff_format

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_2d0378ee95c0cbdd.txt"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("a.html", "html"), ("a.HTM", "html"), ("a.xhtml", "html"),
        ("a.md", "markdown"), ("a.markdown", "markdown"), ("a.mdx", "markdown"),
        ("a.txt", "text"), ("a.text", "text"),
    ],
)
def test_extension_wins_over_content(path, expected):
    assert detect_format(path, "# Looks like markdown\n\n<html><body></body></html>") == expected


def test_article_extensions_cover_every_format():
    assert {".html", ".htm", ".md", ".markdown", ".txt"} <= ARTICLE_EXTENSIONS
    assert ".py" not in ARTICLE_EXTENSIONS and ".json" not in ARTICLE_EXTENSIONS


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html>\n<html><head><title>x</title></head></html>",
        "  \n<html lang='en'><body>x</body></html>",
        "<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'></html>",
        "<!-- saved page -->\n<!doctype html><p>x</p>",
        "<article>\n<h1>Title</h1>\n<p>One</p>\n<p>Two <a href='/x'>link</a></p>\n</article>",
    ],
)
def test_sniffs_html(text):
    assert detect_format("article", text) == "html"


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: x\n---\nBody",
        "+++\ntitle = 'x'\n+++\nBody",
        "Intro\n\n## A Heading\n\nText",
        "Some text with [a link](https://example.org) in it.",
        "Title\n=====\n\nBody",
        "Text with **bold** and more **bold** words.",
        "Text\n\n```\ncode\n```\n",
        "An image ![alt](a.png) and a <img src='b.png'> tag.",
    ],
)
def test_sniffs_markdown(text):
    assert detect_format("article", text) == "markdown"


@pytest.mark.parametrize(
    "text",
    [
        "Just a paragraph of prose.\n\nAnother one.",
        "1. Flags of Freedom\n\nBody text.\n\n2. Second Item\n",
        "Hashtags like #FreeSpeech and #News trend.",
        "Only one **bold** word here.",
        "Prices: 3 < 5 and 7 > 2.",
    ],
)
def test_sniffs_text(text):
    assert detect_format("article", text) == "text"


def test_byte_order_mark_does_not_hide_html():
    assert sniff_format("\ufeff<!DOCTYPE html>\n<html><body></body></html>") == "html"


def test_seed_is_text():
    if not SEED.exists():
        pytest.skip("../shared/seed not present")
    assert sniff_format(SEED.read_text(encoding="utf-8")) == "text"


def test_sniffing_reads_only_the_start():
    text = "Plain prose.\n" * 10_000 + "# A heading far down\n"
    assert sniff_format(text) == "text"


# --- the bundled examples -----------------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXAMPLE_FILES = sorted(
    p for p in EXAMPLES.rglob("*") if p.suffix in ARTICLE_EXTENSIONS and p.name != "README.md"
)
EXPECTED_ITEMS = {
    "7-habits-of-focused-writers.md": (7, [1, 2, 3, 4, 5, 6, 7]),
    "5-quiet-places-to-read.html": (5, [1, 2, 3, 4, 5]),
    "6-ways-to-cut-kitchen-waste.txt": (6, [1, 2, 3, 4, 5, 6]),
    "10-tips-for-better-sleep.md": (10, [1, 2, 3, 4, 5, 7, 8, 9]),
    "12-best-budget-laptops.html": (12, [1, 2, 3, 4, 5, 6, 8, 9]),
    "9-secrets-of-city-gardens.txt": (9, [1, 2, 3, 3, 5, 6, 7]),
}


def test_examples_cover_every_format_good_and_bad():
    kinds = {(p.parent.name, detect_format(str(p), "")) for p in EXAMPLE_FILES}
    assert kinds >= {(quality, fmt) for quality in ("good", "bad") for fmt in ("html", "markdown", "text")}
    assert {p.name for p in EXAMPLE_FILES} == set(EXPECTED_ITEMS)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_example_sniffs_and_parses(path):
    from auditor.sources import SourceOptions
    from auditor.sources.load import load

    data = path.read_bytes()
    fmt = detect_format(str(path), "")
    assert sniff_format(data.decode("utf-8")) == fmt  # content agrees with the extension
    doc = load(data, str(path), SourceOptions())
    assert doc.format == fmt
    promised, numbers = EXPECTED_ITEMS[path.name]
    assert doc.headline_number == promised
    assert [item.number for item in doc.items] == numbers


@pytest.mark.parametrize("path", [p for p in EXAMPLE_FILES if p.parent.name == "good"], ids=lambda p: p.name)
def test_good_examples_pass_the_default_gate(path):
    from auditor.api import audit

    result = audit(path.read_bytes(), str(path))
    assert result.error is None
    assert [f"{f.rule} {f.message}" for f in result.findings if f.level == "error"] == []
    assert result.count("warning") == 0
