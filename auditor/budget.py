"""Per-file budgets: no input may hang a run or exhaust the machine.

``audit`` runs each file under a time budget (an interval timer that raises
:class:`BudgetExceeded` in the auditing thread) and a memory budget (a soft address-
space limit, so a runaway allocation raises ``MemoryError`` instead of swapping the
machine). Either way the file gets one clear error result and the batch goes on.

Both work where Unix gives them: the timer only in the main thread (worker processes
run tasks there too); elsewhere, and on other systems, the file simply runs unbounded.
A C call that never returns (a pathological parse) cannot be interrupted in-process;
the inputs known to cause those are neutralised before parsing (auditor.sources.limits).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from auditor.record import Record

SECONDS_BASE = 10.0  # every file gets this long…
SECONDS_PER_MB = 5.0  # …plus this per megabyte of input
DEFAULT_MEMORY_MB = 2048  # address space a file may add on top of what the process holds


class BudgetExceeded(BaseException):
    """The file used up its time budget; ``str()`` is the one-line reason. A
    BaseException, like KeyboardInterrupt, so no ``except Exception`` on the way
    can swallow it and let the file run on unbounded."""


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Budget(Record):
    """How long and how much memory one article's audit may take."""

    timeout_s: float | None = None  # None: SECONDS_BASE + SECONDS_PER_MB × size; 0: no limit
    memory_mb: int | None = DEFAULT_MEMORY_MB  # None or 0: no limit

    def seconds_for(self, size: int) -> float:
        if self.timeout_s is not None:
            return self.timeout_s
        return SECONDS_BASE + SECONDS_PER_MB * size / 1_000_000


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise BudgetExceeded in this thread once ``seconds`` have passed."""
    import signal

    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(
            signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise BudgetExceeded(f"took longer than its {seconds:g} s budget (raise it with --timeout-per-file)")

    previous = signal.signal(signal.SIGALRM, expire)
    old_timer = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if old_timer[0]:  # someone else's timer was running: give it back
            signal.setitimer(signal.ITIMER_REAL, *old_timer)


def _address_space() -> int | None:
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    import resource

    return pages * resource.getpagesize()


@contextmanager
def memory_limit(megabytes: int | None) -> Iterator[None]:
    """Let this file grow the process by at most ``megabytes`` of address space."""
    try:
        import resource
    except ImportError:  # not Unix
        yield
        return
    used = _address_space() if megabytes else None
    if used is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    assert megabytes is not None  # used is None unless megabytes is set
    limit = used + megabytes * 1_000_000
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY and soft < limit:
        yield  # a tighter limit is already set by someone else: keep it
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
