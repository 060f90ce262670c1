"""Results a worker sends in their stored form (auditor.spool.packed): the parent
copies bytes into its spool, and the site stage reads each page's facts from their
own small blob instead of loading the whole result."""

from __future__ import annotations

from pathlib import Path

import pytest

import auditor.spool as spool
from auditor.api import BatchOptions, audit_many
from auditor.rulepacks import load_rules
from auditor.sitewide.stage import site_changes, site_rules
from auditor.spool import SpooledResults, Stored, packed


def _pages(folder: Path, n: int) -> None:
    for i in range(n):
        (folder / f"a{i:02}.md").write_text(
            "---\ntitle: Same title\n---\n# Same headline\n\n" + "Words in a row. " * 40, encoding="utf-8")


@pytest.mark.parametrize("in_memory", [0, 4, 256])
def test_packed_results_give_the_site_stage_their_facts_without_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_memory: int,
) -> None:
    _pages(tmp_path, 12)
    results = list(audit_many([str(tmp_path)], BatchOptions(use_config=False, jobs=1)))
    stored = [packed(r) for r in results]
    assert all(isinstance(s, Stored) and s.facts is not None for s in stored)
    batch = SpooledResults(in_memory=in_memory)
    for item in stored:
        batch.append_stored(item)
    loads = []
    real = spool.load_blob
    monkeypatch.setattr(spool, "load_blob", lambda blob: loads.append(1) or real(blob))
    facts = list(batch.site_facts())
    assert not loads  # no result loaded for its facts
    assert [(i, p) for i, p, _f in facts] == [(i, r.path) for i, r in enumerate(results)]
    assert [f for _i, _p, f in facts] == [r.site_facts for r in results]
    rules = site_rules(load_rules())
    packed_changes, plain_changes = site_changes(batch, rules).updates, site_changes(results, rules).updates
    assert not loads  # the stage loads no result: facts and score inputs come packed
    assert packed_changes.keys() == plain_changes.keys() and len(packed_changes) == 12
    for i, change in packed_changes.items():
        assert (change["scores"], change["score"], change["added_levels"]) == (
            plain_changes[i]["scores"], plain_changes[i]["score"], plain_changes[i]["added_levels"])
    assert list(batch) == results  # each result reads back whole, site facts included


def test_a_held_packed_result_is_loaded_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _pages(tmp_path, 3)
    results = list(audit_many([str(tmp_path)], BatchOptions(use_config=False, jobs=1)))
    batch = SpooledResults()
    for r in results:
        batch.append_stored(packed(r))
    loads = []
    real = spool.load_blob
    monkeypatch.setattr(spool, "load_blob", lambda blob: loads.append(1) or real(blob))
    for _ in range(3):  # the passes of a run: errors, site stage, each writer
        assert list(batch) == results
    assert len(loads) == 3


def test_failed_and_factless_results_have_no_facts(tmp_path: Path) -> None:
    from auditor.model import FileResult

    batch = SpooledResults(in_memory=0)
    batch.append_stored(packed(FileResult(path="gone.md", error="cannot read file: missing")))
    batch.append_stored(packed(FileResult(path="plain.md")))
    assert list(batch.site_facts()) == [(0, "gone.md", None), (1, "plain.md", None)]


def test_pool_results_arrive_packed_and_match_one_process(tmp_path: Path) -> None:
    _pages(tmp_path, 20)  # over SMALL_BATCH: the pool runs
    one = list(audit_many([str(tmp_path)], BatchOptions(use_config=False, jobs=1)))
    batch = audit_many([str(tmp_path)], BatchOptions(use_config=False, jobs=2))
    entries = list(batch.entries())
    assert all(isinstance(e, Stored) and e.facts is not None for e in entries)
    assert [e.load() for e in entries] == one
