"""The JSON output matches its documented schema (docs/output.schema.json)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from auditor.api import BatchOptions, audit_many
from auditor.config import Config
from auditor.output import RenderContext
from auditor.output.json import render

from conftest import CORPUS, EXAMPLES, ROOT

SCHEMA = json.loads((ROOT / "docs" / "output.schema.json").read_text(encoding="utf-8"))
REQUIRED_METRICS = {"words", "sentences", "flesch_reading_ease", "reading_ease_formula", "flesch_kincaid_grade",
                    "reading_time_s", "list_items", "headline_number"}


def _render(paths: list[str]) -> dict:  # type: ignore[type-arg]
    results = list(audit_many(paths, BatchOptions(config=Config())))
    return json.loads(render(results, RenderContext(version="test")))


def test_examples_match_the_schema() -> None:
    data = _render([str(EXAMPLES)])
    jsonschema.validate(data, SCHEMA)
    assert data["summary"]["files"] == len(data["files"]) >= 6
    for entry in data["files"]:
        assert set(entry["metrics"]) == REQUIRED_METRICS
        # Only the categories the article gives to check are scored (README "Scores").
        assert "headline" in entry["scores"]
        assert set(entry["scores"]) <= {"headline", "headings", "images", "links", "readability", "listicle", "meta"}


def test_errors_match_the_schema(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.html").write_bytes(b"")
    data = _render([str(tmp_path / "empty.html"), str(tmp_path / "missing.md")])
    jsonschema.validate(data, SCHEMA)
    assert [f["error"] for f in data["files"]] == ["empty file", "no such file or directory"]
    assert data["files"][0]["score"] is None


def test_corpus_sample_matches_the_schema() -> None:
    if not CORPUS.exists():
        pytest.skip("../shared/corpus not present")
    pages = sorted(CORPUS.glob("*.html"))[:10]
    data = _render([str(p) for p in pages])
    jsonschema.validate(data, SCHEMA)
    assert all(f["error"] is None for f in data["files"])
