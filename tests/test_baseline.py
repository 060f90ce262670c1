"""Baselines: fingerprints survive unrelated edits; counts keep duplicates apart."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from auditor import baseline as bl
from auditor.model import FileResult, Finding


def finding(
    rule: str = "IM001",
    line: int = 3,
    excerpt: str = "<img src='a.png'>",
    message: str = "Image has no alt text: describe it in alt.",
    level: str = "error",
    column: int = 1,
) -> Finding:
    return Finding(
        rule=rule,
        name=f"{rule.lower()}-name",
        category="images",
        level=level,  # type: ignore[arg-type]
        message=message,
        line=line,
        column=column,
        excerpt=excerpt,
    )


def result(path: str = "articles/a.md", *findings: Finding, error: str | None = None) -> FileResult:
    return FileResult(path=path, findings=tuple(findings), error=error)


# -- paths and fingerprints -----------------------------------------------------


def test_relative_path_normalises(tmp_path: Path) -> None:
    assert bl.relative_path("./articles//a.md", tmp_path) == "articles/a.md"
    assert bl.relative_path(str(tmp_path / "x" / "b.html"), tmp_path) == "x/b.html"
    outside = tmp_path.parent / "elsewhere.md"
    assert bl.relative_path(str(outside), tmp_path) == outside.as_posix()
    assert bl.relative_path("-", tmp_path) == "-"


def test_fingerprint_ignores_line_and_column() -> None:
    a = finding(line=3, column=1)
    b = finding(line=40, column=7)
    assert bl.fingerprint("a.md", a) == bl.fingerprint("a.md", b)
    assert bl.fingerprint("a.md", a).startswith("IM001:")


def test_fingerprint_normalises_whitespace_and_case() -> None:
    a = finding(excerpt="Click  HERE\nnow")
    b = finding(excerpt="click here now")
    assert bl.fingerprint("a.md", a) == bl.fingerprint("a.md", b)


def test_fingerprint_depends_on_rule_path_and_text() -> None:
    base = bl.fingerprint("a.md", finding())
    assert bl.fingerprint("b.md", finding()) != base
    assert bl.fingerprint("a.md", finding(rule="IM002")) != base
    assert bl.fingerprint("a.md", finding(excerpt="<img src='b.png'>")) != base


def test_fingerprint_falls_back_to_message_without_numbers() -> None:
    # Document-level findings quote measurements that change with any edit.
    a = finding(rule="RD010", excerpt="", message="Article has 2140 words: cut to 1500.")
    b = finding(rule="RD010", excerpt="", message="Article has 2201 words: cut to 1500.")
    c = finding(rule="RD010", excerpt="", message="Headline is missing a number.")
    assert bl.fingerprint("a.md", a) == bl.fingerprint("a.md", b)
    assert bl.fingerprint("a.md", a) != bl.fingerprint("a.md", c)


def test_occurrence_fingerprints_keep_duplicates_apart() -> None:
    fps = bl.occurrence_fingerprints("a.md", [finding(line=1), finding(line=9), finding(rule="X1")])
    assert fps[0].endswith(":0") and fps[1].endswith(":1") and fps[2].endswith(":0")
    assert fps[0].rsplit(":", 1)[0] == fps[1].rsplit(":", 1)[0]
    assert len(set(fps)) == 3


# -- create ---------------------------------------------------------------------


def test_create_counts_identical_findings() -> None:
    data = bl.create([result("a.md", finding(line=2), finding(line=8), finding(rule="LK001"))])
    assert data["version"] == 1 and data["tool"] == "auditor"
    entries = data["findings"]["a.md"]
    counts = sorted((e["rule"], e["count"]) for e in entries.values())
    assert counts == [("IM001", 2), ("LK001", 1)]


def test_create_is_deterministic_and_sorted() -> None:
    results = [
        result("z.md", finding(rule="LK001"), finding()),
        result("a.md", finding(excerpt="x")),
    ]
    one = bl.dumps(bl.create(results))
    two = bl.dumps(bl.create(list(reversed(results))))
    assert one == two
    assert list(json.loads(one)["findings"]) == ["a.md", "z.md"]
    assert "time" not in one and one.endswith("\n")


def test_create_skips_failed_and_clean_files() -> None:
    data = bl.create([result("bad.md", error="cannot read"), result("clean.md")])
    assert data["findings"] == {}


def test_create_uses_relative_paths(tmp_path: Path) -> None:
    data = bl.create([result(str(tmp_path / "art" / "a.md"), finding())], root=tmp_path)
    assert list(data["findings"]) == ["art/a.md"]


# -- filter_new -----------------------------------------------------------------


def test_filter_new_drops_baselined_findings_after_lines_move() -> None:
    old = [result("a.md", finding(line=3), finding(rule="LK001", excerpt="click here"))]
    base = bl.from_dict(bl.create(old))
    # An edit above pushed everything down ten lines and added one new problem.
    moved = [
        result(
            "a.md",
            finding(line=13),
            finding(rule="LK001", line=20, excerpt="click here"),
            finding(rule="HL001", line=1, excerpt="7 Ways"),
        )
    ]
    [filtered] = bl.filter_new(moved, base)
    assert [f.rule for f in filtered.findings] == ["HL001"]


def test_iter_new_reads_one_result_at_a_time() -> None:
    base = bl.Baseline(findings={})
    seen: list[str] = []

    def batch():  # type: ignore[no-untyped-def]
        for name in ("a.md", "b.md", "c.md"):
            seen.append(name)
            yield result(name, finding(line=2))

    stream = bl.iter_new(batch(), base)
    assert next(stream).path == "a.md" and seen == ["a.md"]  # nothing read ahead
    assert [r.path for r in stream] == ["b.md", "c.md"]


def test_filter_new_honours_counts() -> None:
    base = bl.from_dict(bl.create([result("a.md", finding(line=2))]))
    [filtered] = bl.filter_new([result("a.md", finding(line=2), finding(line=30))], base)
    # One copy was accepted; the second identical copy is new (the later one).
    assert [f.line for f in filtered.findings] == [30]


def test_filter_new_keeps_other_files_and_fields() -> None:
    base = bl.from_dict(bl.create([result("a.md", finding())]))
    other = replace(result("b.md", finding()), score=71)
    same = replace(result("a.md", finding()), score=50)
    out = bl.filter_new([same, other], base)
    assert out[0].findings == () and out[0].score == 50
    assert out[1] is other


def test_filter_new_matches_absolute_paths_against_root(tmp_path: Path) -> None:
    base = bl.from_dict(bl.create([result("art/a.md", finding())]))
    [filtered] = bl.filter_new([result(str(tmp_path / "art" / "a.md"), finding())], base, root=tmp_path)
    assert filtered.findings == ()


# -- update ---------------------------------------------------------------------


def test_update_prunes_fixed_and_never_adds_new() -> None:
    base = bl.from_dict(
        bl.create([result("a.md", finding(line=1), finding(line=5), finding(rule="LK001"))])
    )
    now = [result("a.md", finding(line=7), finding(rule="HL001", excerpt="new problem"))]
    data = bl.update(base, now)
    entries = data["findings"]["a.md"]
    assert [(e["rule"], e["count"]) for e in entries.values()] == [("IM001", 1)]


def test_update_keeps_files_not_audited_and_drops_emptied_files() -> None:
    base = bl.from_dict(bl.create([result("a.md", finding()), result("b.md", finding())]))
    data = bl.update(base, [result("a.md")])  # a.md fixed; b.md not part of this run
    assert list(data["findings"]) == ["b.md"]


def test_update_keeps_entries_of_files_that_failed_to_load() -> None:
    base = bl.from_dict(bl.create([result("a.md", finding())]))
    data = bl.update(base, [result("a.md", error="cannot decode")])
    assert list(data["findings"]) == ["a.md"]


def test_update_with_root_drops_deleted_files(tmp_path: Path) -> None:
    (tmp_path / "kept.md").write_text("x")
    base = bl.from_dict(bl.create([result("kept.md", finding()), result("gone.md", finding())]))
    data = bl.update(base, [], root=tmp_path)
    assert list(data["findings"]) == ["kept.md"]


# -- load / write -----------------------------------------------------------------


def test_write_then_load_round_trips(tmp_path: Path) -> None:
    data = bl.create([result("a.md", finding(), finding(line=9), finding(rule="LK001", excerpt="é"))])
    target = tmp_path / "auditor-baseline.json"
    bl.write(data, target)
    assert bl.to_dict(bl.load(target)) == data
    assert bl.load(target).total() == 3
    assert "é" in target.read_text(encoding="utf-8")
    assert (target.stat().st_mode & 0o777) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp file left


def test_write_replaces_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "b.json"
    bl.write(bl.create([]), target)
    before = target.read_text()

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        bl.write(bl.create([result("a.md", finding())]), target)
    assert target.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["b.json"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "invalid JSON at line 1 column 2"),
        ("[]", "not an auditor baseline"),
        ('{"tool": "ruff", "findings": {}}', "not an auditor baseline"),
        ('{"tool": "auditor", "version": 9, "findings": {}}', "version 9 is not supported"),
        ('{"tool": "auditor", "version": 1, "findings": []}', "'findings' must be an object"),
        (
            '{"tool": "auditor", "version": 1, "findings": {"a.md": {"X:1": {"rule": "X", "count": 0}}}}',
            "positive 'count'",
        ),
    ],
)
def test_load_rejects_bad_files_with_one_line(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(content)
    with pytest.raises(bl.BaselineError) as info:
        bl.load(path)
    message = str(info.value)
    assert expected in message and str(path) in message and "\n" not in message


def test_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(bl.BaselineError, match="baseline not found"):
        bl.load(tmp_path / "nope.json")
