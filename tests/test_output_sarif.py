"""SARIF writer: valid against the official 2.1.0 schema, stable, and complete."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from auditor.baseline import fingerprint
from auditor.model import FileResult, Finding
from auditor.output import RenderContext, get_writer
from auditor.output.sarif import render
from auditor.rulepacks import Rule, RuleDoc

SCHEMA = Path(__file__).resolve().parents[1].parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"

RULES = (
    Rule(
        id="IM001",
        name="image-alt-missing",
        category="images",
        level="error",
        check="images.alt",
        message="Image has no alt text: describe the image in alt.",
        doc=RuleDoc(
            summary="Every image needs alt text.",
            why="Screen readers read the alt text; search engines index it.",
            bad='<img src="cat.jpg">',
            good='<img src="cat.jpg" alt="A cat asleep on a keyboard">',
            fix="Describe what the image shows.",
        ),
    ),
    Rule(
        id="HL002",
        name="headline-length",
        category="headline",
        level="warning",
        check="headline.length",
        message="Headline is {length} characters.",
        doc=RuleDoc(summary="Keep headlines 40-65 characters.", bad="Cats", good="```x```"),
    ),
    Rule(
        id="RD005",
        name="passive-voice",
        category="readability",
        level="info",
        check="readability.passive",
        message="Passive voice.",
        enabled=False,
    ),
)


def finding(rule: str, level: str, line: int, column: int = 1, excerpt: str = "", message: str = "m") -> Finding:
    return Finding(
        rule=rule,
        name={"IM001": "image-alt-missing", "HL002": "headline-length"}.get(rule, "custom-rule"),
        category="images",
        level=level,  # type: ignore[arg-type]
        message=message,
        line=line,
        column=column,
        excerpt=excerpt,
    )


RESULTS = [
    FileResult(
        path="site/z article.html",
        findings=(
            finding("IM001", "error", 40, 5, '<img src="b.png">', "Image has no alt text."),
            finding("IM001", "error", 12, 3, '<img src="b.png">', "Image has no alt text."),
            finding("HL002", "warning", 1, 1, "Cats", "Headline is 4 characters."),
        ),
    ),
    FileResult(path="a.md", findings=(finding("XX900", "info", 7, 2, "", "Custom pack rule."),)),
    FileResult(path="broken.html", error="cannot decode: not UTF-8 and no charset declared"),
    FileResult(path="clean.md"),
]


def context(**extra: Any) -> RenderContext:
    return RenderContext(version="0.1.0", rules=RULES, extra=dict(extra))


def log(results: list[FileResult] = RESULTS, **extra: Any) -> dict[str, Any]:
    return json.loads(render(results, context(**extra)))


def validator():  # type: ignore[no-untyped-def]
    if not SCHEMA.is_file():
        pytest.skip(f"SARIF schema not present at {SCHEMA} (../shared/schemas)")
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema not installed (test extra)")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def test_sarif_is_valid_against_the_official_schema() -> None:
    errors = sorted(validator().iter_errors(log()), key=str)
    assert not errors, errors[0].message


def test_sarif_empty_run_is_valid() -> None:
    data = log([])
    assert not list(validator().iter_errors(data))
    assert data["runs"][0]["results"] == []
    assert data["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_schema_check_would_catch_a_broken_log() -> None:
    # Guard against a validator that accepts anything.
    data = log()
    data["runs"][0]["results"][0]["level"] = "fatal"
    data["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert len(list(validator().iter_errors(data))) == 2


def test_sarif_driver_describes_every_rule() -> None:
    driver = log()["runs"][0]["tool"]["driver"]
    assert driver["name"] == "auditor" and driver["version"] == "0.1.0"
    ids = [r["id"] for r in driver["rules"]]
    assert ids == ["HL002", "IM001", "RD005", "XX900"]  # known rules by id, then unknown
    im = driver["rules"][1]
    assert im["name"] == "image-alt-missing"
    assert im["shortDescription"]["text"] == "Every image needs alt text."
    assert im["fullDescription"]["text"].startswith("Screen readers")
    assert im["defaultConfiguration"] == {"enabled": True, "level": "error"}
    assert '<img src="cat.jpg">' in im["help"]["text"]
    assert '```\n<img src="cat.jpg" alt="A cat asleep on a keyboard">\n```' in im["help"]["markdown"]
    assert im["properties"]["tags"] == ["images"]
    rd = driver["rules"][2]
    assert rd["defaultConfiguration"] == {"enabled": False, "level": "note"}
    assert "helpUri" not in im and "informationUri" not in driver


def test_sarif_help_fence_outgrows_backticks_in_examples() -> None:
    hl = log()["runs"][0]["tool"]["driver"]["rules"][0]
    assert "````\n```x```\n````" in hl["help"]["markdown"]


def test_sarif_urls_only_when_configured() -> None:
    driver = log(
        rule_docs_url="https://docs.example.org/rules/{id}.html",
        information_uri="https://docs.example.org/",
    )["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://docs.example.org/"
    assert driver["rules"][1]["helpUri"] == "https://docs.example.org/rules/IM001.html"


def test_sarif_results_are_ordered_and_located() -> None:
    run = log()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results] == [
        ("XX900", 7),
        ("HL002", 1),
        ("IM001", 12),
    ]
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    first_im = results[2]
    assert first_im["level"] == "error" and first_im["message"]["text"] == "Image has no alt text. (and 1 more)"
    # The repeat is grouped into the first finding, its place kept as a related location.
    [also] = first_im["relatedLocations"]
    assert also["physicalLocation"]["region"]["startLine"] == 40
    loc = first_im["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "site/z%20article.html", "uriBaseId": "%SRCROOT%"}
    assert loc["region"] == {"startLine": 12, "startColumn": 3, "snippet": {"text": '<img src="b.png">'}}
    assert "snippet" not in results[0]["locations"][0]["physicalLocation"]["region"]
    assert results[0]["level"] == "note"
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_fingerprints_reuse_baseline_and_count_duplicates() -> None:
    results = log()["runs"][0]["results"]
    fps = [r["partialFingerprints"]["auditor/v1"] for r in results]
    im = finding("IM001", "error", 12, 3, '<img src="b.png">')
    expected = fingerprint("site/z article.html", im)
    assert fps[2] == f"{expected}:0"  # a group carries its first place's fingerprint
    assert len(set(fps)) == len(fps)


def test_sarif_fingerprint_survives_line_moves() -> None:
    moved = [
        FileResult(path=r.path, error=r.error, findings=tuple(
            Finding(**{**{s: getattr(f, s) for s in Finding.__slots__}, "line": f.line + 10})
            for f in r.findings
        ))
        for r in RESULTS
    ]
    before = [r["partialFingerprints"] for r in log()["runs"][0]["results"]]
    after = [r["partialFingerprints"] for r in log(moved)["runs"][0]["results"]]
    assert before == after


def test_sarif_file_errors_become_notifications() -> None:
    invocation = log()["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["message"]["text"].startswith("cannot decode")
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken.html"


def test_sarif_paths_relative_to_root(tmp_path: Path) -> None:
    inside = FileResult(path=str(tmp_path / "art" / "a.md"), findings=(finding("IM001", "error", 1),))
    outside = FileResult(path="/elsewhere/b.md", findings=(finding("IM001", "error", 1),))
    results = log([inside, outside], root=tmp_path)["runs"][0]["results"]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in results]
    assert uris == [{"uri": "file:///elsewhere/b.md"}, {"uri": "art/a.md", "uriBaseId": "%SRCROOT%"}]


def test_sarif_render_is_deterministic() -> None:
    one = render(RESULTS, context())
    two = render(list(reversed(RESULTS)), context())
    assert one == two
    assert one.endswith("\n")


def test_sarif_is_registered_as_writer() -> None:
    assert get_writer("sarif") is render
