"""The site stage's first pass (auditor.sitewide.groups): the groups it finds, the
pages it leaves unread, its temporary database, and a run killed in the stage."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from auditor.api import BatchOptions, audit_many
from auditor.cli import main
from auditor.model import FileResult
from auditor.rulepacks import load_rules
from auditor.sitewide.groups import SiteIndex
from auditor.sitewide.stage import _every_facts, site_changes, site_rules

ROOT = Path(__file__).resolve().parents[1]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def page(title: str, headline: str, body: str = "", front: str = "") -> str:
    return f"---\ntitle: {title}\n{front}---\n# {headline}\n\nSome words about it. {body}\n"


def audited(folder: Path) -> list[FileResult]:
    return list(audit_many([str(folder)], BatchOptions(use_config=False, jobs=1)))


def candidates(results: Sequence[FileResult]) -> dict[str, list[str]]:
    """{rule id: [file names of its candidates]} after the first pass."""
    with SiteIndex(site_rules(load_rules())) as index:
        for i, path, facts in _every_facts(results):
            index.add(i, path, facts)
        index.plan()
        names = [Path(r.path).name for r in results]
        return {plan.rule.id: [names[i] for i in plan.pages] for plan in index.plans if plan.pages}


def test_the_first_pass_finds_each_rules_groups(tmp_path: Path) -> None:
    write(tmp_path, "a.md", page("7 Ways to Sleep Better", "Rest well", "![Hoover Dam](/dam.jpg) See [c](c.md).",
                                 "keyphrase: sleep better\n"))
    write(tmp_path, "b.md", page("Ten ways to sleep better!", "Night owls", "![photo](/dam.jpg) See [a](a.md)."))
    write(tmp_path, "c.md", page("Five quiet places to read", "Rest well", "See [gone](gone.md) and [a](a.md)."))
    write(tmp_path, "d.md", page("Rivers of Europe", "Lakes of Asia", "![Own](/own.jpg)"))
    found = candidates(audited(tmp_path))
    assert found["MT050"] == ["a.md", "b.md"]  # near-identical: same topic words, another number
    assert found["HL050"] == ["a.md", "c.md"]
    assert found["HL051"] == ["a.md", "b.md"]  # b's title holds a's keyphrase
    assert found["IM050"] == ["a.md", "b.md"]  # one image, two alt texts
    assert found["LK050"] == ["b.md", "d.md"]  # a and c are linked to
    assert found["LK051"] == ["c.md"]  # gone.md is missing
    assert "MT051" not in found and "IM051" not in found  # no description, no credit shared


def test_the_first_pass_judges_each_published_site_apart(tmp_path: Path) -> None:
    canonical = "canonical: https://{}/{}\n"
    write(tmp_path, "a.md", page("Same title", "One", front=canonical.format("one.example", "a")))
    write(tmp_path, "b.md", page("Same title", "Two", front=canonical.format("two.example", "b")))
    write(tmp_path, "c.md", page("Same title", "Three", front=canonical.format("two.example", "c")))
    assert candidates(audited(tmp_path))["MT050"] == ["b.md", "c.md"]


class _Reads(Sequence[FileResult]):
    """A spool-like batch that counts how often each page's facts are read."""

    def __init__(self, results: list[FileResult]) -> None:
        self._results = results
        self.reads: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._results)

    def __getitem__(self, i: Any) -> Any:
        return self._results[i]

    def site_facts(self) -> Iterator[tuple[int, str, object | None]]:
        for i in range(len(self._results)):
            yield (i, *self.site_facts_at(i))

    def site_facts_at(self, i: int) -> tuple[str, object | None]:
        result = self._results[i]
        name = Path(result.path).name
        self.reads[name] = self.reads.get(name, 0) + 1
        return result.path, result.site_facts


def test_pages_in_no_group_are_read_once(tmp_path: Path) -> None:
    write(tmp_path, "a.md", page("Same title", "Alpha"))
    write(tmp_path, "b.md", page("Same title", "Beta"))
    for name in ("c", "d", "e"):
        write(tmp_path, f"{name}.md", page(f"Title of {name} {name}{name}", f"Headline {name}{name}"))
    batch = _Reads(audited(tmp_path))
    changes = site_changes(batch, site_rules(load_rules()))
    assert sorted(changes.updates) == [0, 1]
    assert batch.reads == {"a.md": 2, "b.md": 2, "c.md": 1, "d.md": 1, "e.md": 1}


def _index_files() -> set[str]:
    """SQLite's temporary files this process holds open ("etilqs_…", deleted at creation)."""
    folder = "/proc/self/fd"
    found = set()
    for name in os.listdir(folder):
        try:
            target = os.readlink(os.path.join(folder, name))
        except OSError:
            continue
        if "etilqs_" in target:
            found.add(target)
    return found


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="reads the open files from /proc")
def test_the_index_lives_in_a_temporary_file_removed_when_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index spills to a file SQLite deletes as it creates it (nothing is left
    even if the process dies) and closes with the stage, also when a check fails."""
    import auditor.sitewide.stage as stage

    monkeypatch.setattr(SiteIndex, "CACHE_KB", 16)  # four pages of cache: the index goes to disk
    for i in range(120):
        write(tmp_path, f"p{i}.md", page(f"Title number {i} of many pages {i}", f"Head {i}",
                                         " ".join(f"[x](https://site.example/{i}/{n})" for n in range(100))))
    results = audited(tmp_path)
    before = _index_files()
    during: list[set[str]] = []
    plan = SiteIndex.plan

    def spy(index: SiteIndex) -> Any:
        found = plan(index)
        during.append(_index_files() - before)
        return found

    monkeypatch.setattr(SiteIndex, "plan", spy)
    site_changes(results, site_rules(load_rules()))
    (opened,) = during
    assert opened and all(name.endswith("(deleted)") for name in opened)
    assert _index_files() == before

    def broken(*_args: Any) -> Any:
        raise RuntimeError("a check failed")

    monkeypatch.setattr(stage, "_plan_hits", broken)
    with pytest.raises(RuntimeError):
        site_changes(results, site_rules(load_rules()))
    assert _index_files() == before


KILLED = """
import os, signal, sys
from auditor.sitewide.groups import SiteIndex
from auditor.cli import main

plan = SiteIndex.plan
def killed(index):
    found = plan(index)
    os.kill(os.getpid(), signal.SIGKILL)  # mid-stage: the results are cached, the stage is not
SiteIndex.plan = killed
main(["check", sys.argv[1], "--no-config", "--cache-dir", sys.argv[2], "--format", "json", "--jobs", "1"])
"""


def test_a_run_killed_in_the_site_stage_leaves_the_cache_sound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for i in range(6):
        write(tmp_path / "site", f"p{i}.md", page("Same title" if i % 2 else f"Own title {i} here", f"Headline {i}"))
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp), "SQLITE_TMPDIR": str(temp)}
    run = subprocess.run([sys.executable, "-c", KILLED, "site", "cache"], env=env, cwd=tmp_path,
                         capture_output=True, timeout=300, check=False)
    assert run.returncode == -9, run.stderr.decode()
    assert list(temp.iterdir()) == []  # the index left nothing behind
    with sqlite3.connect(next((tmp_path / "cache").glob("*.sqlite*"))) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    fresh = CliRunner().invoke(main, ["check", "site", "--no-config", "--no-cache", "--format", "json"]).stdout
    for _ in range(2):  # the stage on the killed run's cache, then from its own stored entry
        again = CliRunner().invoke(main, ["check", "site", "--no-config", "--cache-dir", "cache", "--format", "json"])
        assert json.loads(again.stdout) == json.loads(fresh)
    assert sum(f["rule"] == "MT050" for f in json.loads(fresh)["files"][1]["findings"]) == 1
