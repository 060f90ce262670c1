"""SARIF, JUnit and GitHub annotations stream: a batch of any size goes through the writer
one result at a time, never held as objects, and the text is the same as from a list.

Each synthetic result carries an :class:`Alive` token (in ``site_facts``, which no writer
reads) that counts how many results exist at once, in the writer's own copies too (a
spool's unpickled results get a token of their own). Reference counting frees a result
the moment nothing refers to it, so the peak is exact and the same on every run."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.api import BatchOptions, audit_many
from auditor.model import FileResult
from auditor.output import RenderContext
from auditor.output import github, junit, sarif
from auditor.rulepacks import load_rules
from auditor.spool import IN_MEMORY, SpooledResults

from conftest import CORPUS, need_shared

WRITERS = {"sarif": sarif, "junit": junit, "github": github}
BATCH = 1500  # well over the spool's in-memory share, so holding them all would show


class Alive:
    """A token counting live results: one per result object, pickled as a new token."""

    count = 0
    peak = 0

    def __init__(self) -> None:
        Alive.count += 1
        Alive.peak = max(Alive.peak, Alive.count)

    def __del__(self) -> None:
        Alive.count -= 1

    def __reduce__(self) -> tuple[type, tuple[()]]:
        return Alive, ()

    @classmethod
    def reset_peak(cls) -> None:
        cls.peak = cls.count


@pytest.fixture(scope="module")
def corpus_results() -> list[FileResult]:
    """Real results of the corpus pages (findings of every kind), plus one unreadable file."""
    corpus_dir = need_shared(CORPUS)
    pages = sorted(str(p) for p in corpus_dir.glob("*.html"))[:16]
    results = list(audit_many(pages, BatchOptions(use_config=False, jobs=1)))
    assert len(results) == 16 and sum(len(r.findings) for r in results) > 30
    return [*results, FileResult(path=str(corpus_dir / "missing.html"), error="No such file or directory")]


def batch(templates: list[FileResult], n: int = BATCH) -> Iterator[FileResult]:
    """``n`` results made from the real ones as they are asked for, in shuffled path
    order (the writers sort by path), each with its own token."""
    order = list(range(n))
    random.Random(7).shuffle(order)
    for i in order:
        template = templates[i % len(templates)]
        yield dataclasses.replace(template, path=f"batch/{i:05d}/{Path(template.path).name}", site_facts=Alive())


def context() -> RenderContext:
    return RenderContext(version="1.0", rules=load_rules(()), extra={"fail_on": "warning"})


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_generator_is_consumed_without_holding_the_batch(name: str, corpus_results: list[FileResult]) -> None:
    writer = WRITERS[name]
    Alive.reset_peak()
    chunks = 0
    pieces: list[str] = []
    for piece in writer.render_chunks(batch(corpus_results), context()):  # type: ignore[attr-defined]
        pieces.append(piece)
        chunks += 1
    streamed = "".join(pieces)
    # The spool keeps its first IN_MEMORY results as objects; the rest come and go one by one.
    assert Alive.peak <= IN_MEMORY + 4 < BATCH // 5
    assert Alive.count == 0
    assert chunks > 1

    # The measure can fail: a list holds every result at once, and the text is the same.
    Alive.reset_peak()
    everything = list(batch(corpus_results))
    assert Alive.peak == BATCH
    assert writer.render(everything, context()) == streamed
    del everything


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_spool_is_read_one_result_at_a_time(name: str, corpus_results: list[FileResult]) -> None:
    spool = SpooledResults(batch(corpus_results, 600), in_memory=8)
    try:
        Alive.reset_peak()
        held = Alive.count
        assert held == 8
        streamed = WRITERS[name].render(spool, context())
        assert Alive.peak <= held + 3
        assert streamed == WRITERS[name].render(list(spool), context())
    finally:
        spool.close()


def test_every_file_and_finding_reaches_the_streamed_outputs(corpus_results: list[FileResult]) -> None:
    import json
    from xml.etree import ElementTree as ET

    results = list(batch(corpus_results, 300))
    failed = sum(1 for r in results if r.error)
    log = json.loads(sarif.render(iter(results), context()))
    run = log["runs"][0]
    assert len(run["invocations"][0]["toolExecutionNotifications"]) == failed
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]]
    assert uris == sorted(uris)  # path order, whatever order they arrived in
    assert len(set(uris)) == sum(1 for r in results if r.findings and not r.error)

    suites = ET.fromstring(junit.render(iter(results), context()).encode())
    assert suites.get("tests") == str(len(results)) and suites.get("errors") == str(failed)
    assert [case.get("name") for case in suites.iter("testcase")] == sorted(r.path for r in results)

    lines = github.render(iter(results), context()).splitlines()
    assert len(lines) == len(run["results"]) + failed
