"""JSON and text written in one pass over a spool, each result loaded once
(auditor.output.passes), byte for byte what each writer writes alone."""

from __future__ import annotations

from pathlib import Path

import pytest

import auditor.spool as spool
from auditor.api import BatchOptions, audit_many
from auditor.cli import _write_each
from auditor.output.passes import HOLD, SharedLoads
from auditor.spool import SpooledResults

from conftest import EXAMPLES


def _spool(folder: Path) -> SpooledResults:
    results = list(audit_many([str(folder)], BatchOptions(use_config=False, jobs=1)))
    assert len(results) > 3
    batch = SpooledResults(in_memory=0)  # every result on disk: each read is a load
    for r in results:
        batch.append(r)
    return batch


def _write(batch: SpooledResults, chosen: list[tuple[str, Path | None]], quiet: bool = False) -> None:
    _write_each(batch, chosen, (), docs_url=None, color=False, quiet=quiet, verbose=False, statistics=False,
                fail_on="error", excerpt=True, fragments=None)


def _count_loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    loads: list[int] = []
    real = spool.load_blob
    monkeypatch.setattr(spool, "load_blob", lambda blob: loads.append(1) or real(blob))
    return loads


def test_json_and_text_share_one_load_per_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    batch = _spool(EXAMPLES)
    _write(batch, [("json", tmp_path / "alone.json")])
    _write(batch, [("text", tmp_path / "alone.txt")])
    _write(batch, [("text", None)])
    alone_stdout = capsys.readouterr().out
    loads = _count_loads(monkeypatch)
    _write(batch, [("json", tmp_path / "both.json"), ("text", None), ("text", tmp_path / "both.txt")])
    assert len(loads) == len(batch)  # was one load per result and writer
    assert (tmp_path / "both.json").read_bytes() == (tmp_path / "alone.json").read_bytes()
    assert (tmp_path / "both.txt").read_bytes() == (tmp_path / "alone.txt").read_bytes()
    assert capsys.readouterr().out == alone_stdout


def test_text_to_stdout_first_and_quiet_text_still_write_as_alone(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    batch = _spool(EXAMPLES)
    _write(batch, [("text", None)])
    text = capsys.readouterr().out
    _write(batch, [("json", tmp_path / "alone.json")])
    _write(batch, [("text", None), ("json", tmp_path / "both.json")])
    assert capsys.readouterr().out == text
    assert (tmp_path / "both.json").read_bytes() == (tmp_path / "alone.json").read_bytes()
    _write(batch, [("text", None)], quiet=True)
    quiet = capsys.readouterr().out
    _write(batch, [("json", tmp_path / "q.json"), ("text", None)], quiet=True)
    assert capsys.readouterr().out == quiet
    assert (tmp_path / "q.json").read_bytes() == (tmp_path / "alone.json").read_bytes()


def test_shared_loads_hold_a_bounded_window() -> None:
    class Counted(list[int]):
        reads = 0

        def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
            Counted.reads += 1
            return list.__getitem__(self, i)

    base = Counted(range(HOLD * 3))
    shared = SharedLoads(base, 2)  # type: ignore[arg-type]
    ahead, behind = shared.view(), shared.view()
    assert list(ahead) == list(range(HOLD * 3))  # one reader runs through the whole batch
    assert len(shared._held) == HOLD  # only the last few wait for the other
    assert list(behind) == list(range(HOLD * 3))  # the other reads everything, the dropped ones again
    assert Counted.reads == HOLD * 3 + HOLD * 2 and not shared._held


def test_json_indenting_matches_json_dumps_on_every_leaf_type() -> None:
    """The JSON writer's encoder (strings and ints inline in dicts) writes what
    json.dumps(indent=2, ensure_ascii=False) writes."""
    import json
    import random

    from auditor.output.json import _indented

    rng = random.Random(3)
    leaves = [0, -7, 10**20, 1.5, -0.0, True, False, None, "", "a\"b\\c\n\u2028é\x01", "日本"]

    def value(depth: int) -> object:
        kind = rng.random()
        if depth > 3 or kind < 0.5:
            return rng.choice(leaves)
        if kind < 0.75:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        return {rng.choice(["k", "path", "line", "é", "\n"]) + str(n): value(depth + 1) for n in range(rng.randint(0, 4))}

    for _ in range(500):
        v = value(0)
        assert _indented(v, 0) == json.dumps(v, indent=2, ensure_ascii=False)
