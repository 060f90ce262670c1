"""Audit a batch on a Dask cluster (``--engine dask``), results back in input order.

With ``--scheduler tcp://HOST:PORT`` the work goes to that cluster; without one a
``LocalCluster`` of worker processes starts on this machine. Items travel in chunks
(like the local pool's) with a bounded window of chunks in flight, so the client
holds only that window however large the batch, and results stream back to the
writers and the report in the order the items came. Workers read their inputs
themselves: local paths (on a shared file system) or fsspec URLs (``s3://…``).

dask.distributed is an optional extra (``pip install 'auditor[dask]'``), imported
only here, only when this engine is chosen.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from auditor.errors import UserError
from auditor.parallel import CHUNK, WINDOW_PER_WORKER, Done, _chunks, _merge, _run_chunk


def _client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UserError("--engine dask needs dask.distributed: pip install 'auditor[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as exc:
            raise UserError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    # distributed ships partial annotations: Client and LocalCluster are untyped.
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                           dashboard_address=None, silence_logs=40)
    return Client(cluster), cluster  # type: ignore[no-untyped-call]


def dask_ordered_map(
    fn: Callable[[Any], Any], items: Iterable[Any], *, scheduler: str | None, workers: int,
    chunk: int = CHUNK,
) -> Iterator[Any]:
    """``map(fn, items)`` on a Dask cluster, in order, streaming; :class:`Done`
    items are yielded without a round trip."""
    client, cluster = _client(scheduler, workers)
    try:
        slots = max(1, sum(client.nthreads().values()) if scheduler else workers)
        window = slots * WINDOW_PER_WORKER
        task = partial(_run_chunk, fn)
        pending: deque[tuple[list[Any], Any]] = deque()
        for part in _chunks(items, chunk):
            work = [item for item in part if not isinstance(item, Done)]
            # pure=False: two chunks with equal content are still two tasks
            pending.append((part, client.submit(task, work, pure=False) if work else None))
            while pending and (len(pending) >= window or pending[0][1] is None):
                done_part, future = pending.popleft()
                yield from _merge(done_part, future.result() if future is not None else ())
        while pending:
            done_part, future = pending.popleft()
            yield from _merge(done_part, future.result() if future is not None else ())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
