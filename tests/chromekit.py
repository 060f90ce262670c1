"""Shared helpers of the chrome tests: a small article page, a real corpus page, what
the chrome judge dropped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from auditor.sources import SourceOptions
from auditor.sources.encoding import decode
from auditor.sources.html import parse_html

PROSE = "<p>" + "This sentence is real article prose with enough words to count. " * 3 + "</p>"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def parse(body: str, head: str = "") -> Any:
    """``body`` inside an article under a headline, on a page titled "T"."""
    page = (f"<html><head><title>T</title>{head}</head><body><article><h1>Seven ways to sleep</h1>"
            f"{body}</article></body></html>")
    return parse_html(page, "t.html", SourceOptions())


def corpus(folder: str, name: str) -> Any:
    """A page of ../shared/FOLDER/pages, parsed; skipped when the corpus is absent."""
    path = SHARED / folder / "pages" / f"{name}.html"
    if not path.exists():
        pytest.skip(f"../shared/{folder} not present")
    return parse_html(decode(path.read_bytes(), html=True), str(path), SourceOptions())


def drops(doc: Any) -> list[tuple[str, str]]:
    """(kind, tag) of every element the chrome judge dropped from the body."""
    return [(d.kind, d.tag) for d in doc.body_drops]
