"""Run a batch on every core the process may use, results in input order.

``available_cpus`` respects the CPU affinity mask (``taskset``, Slurm) and a cgroup
CPU quota (Docker ``--cpus``, Kubernetes limits): ``os.cpu_count()`` alone would
start 64 workers in a container allowed two cores. ``ordered_map`` sends work in
chunks to a process pool with a bounded window, so memory stays flat however
many items there are, and yields results in the order the items came.
"""

from __future__ import annotations

import io
import math
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Fewer items than this are audited in-process: a pool's start-up (fork, import,
# pickling the rules) costs more than a few drafts take on one core.
SMALL_BATCH = 16
CHUNK = 8  # items per task: enough to amortise pickling, small enough to balance
WINDOW_PER_WORKER = 4  # tasks in flight per worker: keeps workers busy, memory bounded


def _cgroup_cpus(root: Path = Path("/sys/fs/cgroup")) -> float | None:
    """The CPU quota of this process's cgroup in cores, or None when unlimited."""
    try:  # cgroup v2: "max 100000" or "200000 100000"
        quota, period = (root / "cpu.max").read_text().split()[:2]
        if quota != "max" and int(period) > 0:
            return int(quota) / int(period)
        return None
    except (OSError, ValueError):
        pass
    try:  # cgroup v1
        quota_us = int((root / "cpu" / "cpu.cfs_quota_us").read_text())
        period_us = int((root / "cpu" / "cpu.cfs_period_us").read_text())
        if quota_us > 0 and period_us > 0:
            return quota_us / period_us
    except (OSError, ValueError):
        pass
    return None


def available_cpus() -> int:
    """Cores this process may use: the affinity mask capped by the cgroup quota."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # macOS, Windows
        cpus = os.cpu_count() or 1
    quota = _cgroup_cpus()
    if quota is not None:
        cpus = min(cpus, max(1, math.ceil(quota)))
    return max(1, cpus)


class Done(NamedTuple):
    """An item whose result is already known (a cache hit, an unreadable file): it
    keeps its place in the order but is never sent to a worker."""

    value: Any


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _run_packed(fn: Callable[[T], R], pack: Callable[[R], Any], chunk: list[T]) -> list[Any]:
    return [pack(fn(item)) for item in chunk]


# Objects every task of a run refers to (its settings: every rule, ~120 KB pickled), given
# to each worker once as it starts; a task names them by number (pickle's persistent ids)
# instead of carrying a copy per chunk (~0.6 ms to pickle in the parent, ~0.9 ms to load).
_SHARED: list[Any] = []


def _started(shared: list[Any]) -> None:
    _SHARED[:] = shared


class _Naming(pickle.Pickler):
    def __init__(self, file: io.BytesIO, numbers: dict[int, int]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._numbers = numbers

    def persistent_id(self, obj: Any) -> int | None:
        return self._numbers.get(id(obj))


class _NamedLoad(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        return _SHARED[pid]


def _run_named(fn: Callable[[T], R], pack: Callable[[R], Any] | None, blob: bytes) -> list[Any]:
    """A chunk pickled with shared objects named (:class:`_Naming`), run in a worker."""
    chunk: list[T] = _NamedLoad(io.BytesIO(blob)).load()
    return [fn(item) for item in chunk] if pack is None else [pack(fn(item)) for item in chunk]


def _named(work: list[Any], numbers: dict[int, int]) -> bytes:
    out = io.BytesIO()
    _Naming(out, numbers).dump(work)
    return out.getvalue()


def _chunks(items: Iterable[T], size: int, total: int | None = None, tail: int = 0) -> Iterator[list[T]]:
    """``items`` in lists of ``size``; of a batch of ``total`` items, the last ``tail``
    go in lists a quarter as long, so the workers run out of work at nearly the same
    time (a last full chunk of long pages kept one core busy while the other idled)."""
    chunk: list[T] = []
    small = max(1, size // 4)
    for n, item in enumerate(items):
        chunk.append(item)
        if len(chunk) >= (small if total is not None and total - n <= tail else size):
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _merge(chunk: list[Any], computed: Iterable[Any]) -> Iterator[Any]:
    done = iter(computed)
    for item in chunk:
        yield item.value if isinstance(item, Done) else next(done)


def ordered_map(
    fn: Callable[[T], R], items: Iterable[T | Done], jobs: int, *, total: int | None = None,
    chunk: int = CHUNK, pack: Callable[[R], Any] | None = None, share: Callable[[Any], Any] | None = None,
) -> Iterator[Any]:
    """``map(fn, items)`` over ``jobs`` processes, in order, streaming; a
    :class:`Done` item yields its value without calling ``fn``.

    ``fn`` must be a picklable top-level function. With one job, or a batch known
    to be small (``total``), everything runs in this process; the pool starts only
    when the first item that needs work arrives (a run of cache hits starts none).
    ``pack`` (top-level too), when given, turns each value a worker computed into what
    travels back (a result's stored form: the parent then unpickles no result); values
    computed in this process stay as ``fn`` returned them. ``share(item)`` names an
    object many items hold (their settings): those met before the pool starts go to
    each worker once, and tasks name them instead of carrying copies."""
    if jobs <= 1 or (total is not None and total < SMALL_BATCH):
        for item in items:
            yield item.value if isinstance(item, Done) else fn(item)
        return
    from functools import partial

    task = partial(_run_chunk, fn) if pack is None else partial(_run_packed, fn, pack)
    window = jobs * WINDOW_PER_WORKER
    pool = None
    numbers: dict[int, int] = {}  # id → number of each shared object the workers hold
    pending: deque[tuple[list[Any], Any]] = deque()
    try:
        for part in _chunks(items, chunk, total, tail=2 * jobs * chunk):
            work = [item for item in part if not isinstance(item, Done)]
            future = None
            if work:
                if pool is None:
                    from concurrent.futures import ProcessPoolExecutor

                    shared = list({id(o): o for o in map(share, work)}.values()) if share is not None else []
                    numbers = {id(o): n for n, o in enumerate(shared)}
                    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_started, initargs=(shared,))
                if numbers:
                    future = pool.submit(_run_named, fn, pack, _named(work, numbers))
                else:
                    future = pool.submit(task, work)
            pending.append((part, future))
            while pending and (len(pending) >= window or pending[0][1] is None):
                done_part, done_future = pending.popleft()
                yield from _merge(done_part, done_future.result() if done_future else ())
        while pending:
            done_part, done_future = pending.popleft()
            yield from _merge(done_part, done_future.result() if done_future else ())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
