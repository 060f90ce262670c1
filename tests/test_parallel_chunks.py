"""How ordered_map cuts a batch into tasks for the worker pool."""

from __future__ import annotations

from auditor import parallel
from auditor.parallel import _chunks


def test_the_last_items_go_in_small_chunks_so_workers_finish_together() -> None:
    sizes = [len(c) for c in _chunks(range(100), 8, total=100, tail=32)]
    assert sizes[:8] == [8] * 8 and max(sizes[9:]) == 2  # the last 32 items: quarter chunks
    assert sum(_chunks(range(100), 8, total=100, tail=32), []) == list(range(100))
    assert [len(c) for c in _chunks(range(20), 8)] == [8, 8, 4]  # no total known: even chunks


def _double(n: int) -> int:
    return 2 * n


def test_ordered_map_keeps_order_with_small_last_chunks() -> None:
    items = [parallel.Done(-1) if i % 11 == 0 else i for i in range(90)]
    got = list(parallel.ordered_map(_double, items, 2, total=len(items), chunk=8))
    assert got == [-1 if i % 11 == 0 else 2 * i for i in range(90)]


def _sum_with(item: tuple[int, dict[str, list[int]]]) -> int:
    n, table = item
    return n + len(table["rows"])


def test_an_object_the_items_share_goes_to_each_worker_once() -> None:
    table = {"rows": list(range(20000))}  # ~100 KB pickled, as the run's settings are
    items = [(n, table) for n in range(40)]
    assert list(parallel.ordered_map(_sum_with, items, 2, total=40, share=lambda item: item[1])) == [
        n + 20000 for n in range(40)]
    numbers = {id(table): 0}
    assert len(parallel._named(items[:8], numbers)) < 200  # a task names it, never carries it
    parallel._started([table])
    assert parallel._run_named(_sum_with, None, parallel._named(items[:8], numbers)) == list(range(20000, 20008))
