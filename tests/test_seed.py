"""The article the project was specified from: ../shared/seed/000_2d0378ee95c0cbdd.txt."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from auditor.cli import main


def _check(seed: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--no-config", str(seed), *extra], catch_exceptions=False)
    return result.exit_code, result.stdout


def test_seed_listicle_verdict(seed_path: Path) -> None:
    _, out = _check(seed_path, "--format", "json")
    entry = json.loads(out)["files"][0]
    assert entry["format"] == "text"
    assert entry["headline"].startswith("7 Defiant Acts")
    assert entry["metrics"]["headline_number"] == 7
    assert entry["metrics"]["list_items"] == 7
    rules = {f["rule"] for f in entry["findings"]}
    assert "LS001" not in rules, "7 promised, 7 listed: no count mismatch"
    assert not {"LS003", "LS004", "LS005"} & rules, "numbered 1–7 in order"


def test_seed_flags_what_an_editor_must_fix(seed_path: Path) -> None:
    _, out = _check(seed_path, "--format", "json")
    findings = json.loads(out)["files"][0]["findings"]
    source = seed_path.read_text(encoding="utf-8").splitlines()

    # Repeats of a rule are grouped: each place is the finding or one of its related.
    places = [
        {"rule": f["rule"], "line": p["line"], "text": p["excerpt"] + " " + (f["message"] if p is f else "")}
        for f in findings for p in [f, *f["related"]]
    ]

    def hit(rule: str, text: str) -> dict:  # type: ignore[type-arg]
        found = [p for p in places if p["rule"] == rule and text.lower() in p["text"].lower()]
        assert found, f"{rule} should flag {text!r}"
        assert text.lower() in source[found[0]["line"] - 1].lower(), "the finding points at the right line"
        return found[0]

    hit("LK002", "CLICK HERE")
    hit("IM010", "Social Media/BLA")
    hit("MT009", "Exit mobile version")


def test_seed_text_output_reports_the_listicle(seed_path: Path) -> None:
    _, out = _check(seed_path)
    assert "headline promises 7, found 7 items (numbered 1–7): matches" in out
    assert "CLICK HERE" in out or "LK002" in out
