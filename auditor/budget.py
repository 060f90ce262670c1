"""Per-file budgets: no input may hang a run or exhaust the machine.

``audit`` runs each file under a time budget (interval timers that raise
:class:`BudgetExceeded` in the auditing thread) and a memory budget (a soft address-
space limit, so a runaway allocation raises ``MemoryError`` instead of swapping the
machine). Either way the file gets one clear error result and the batch goes on.

The time budget counts the CPU time the process spends (``ITIMER_PROF``: user and
system, so a runaway parse or allocation is caught), not the wall clock: a budget is
there to stop a runaway page, and a good page must not fail because the machine is
busy (one did: the first page of a run at load ~8, whose 0.25 s of CPU were mostly the
process's lazy imports and 16 ms its own) or the process was stopped (Ctrl-Z, a
debugger, a paused VM). A hang that burns no CPU is caught by a wall-clock backstop
``WALL_FACTOR`` times as long. Link checks are not the file's own work: both clocks
stop while they run (:meth:`Clock.paused`).

Both work where Unix gives them: the timers only in the main thread (worker processes
run tasks there too); elsewhere, and on other systems, the file simply runs unbounded.
A timer someone else armed (an outer budget, pytest-timeout's alarm, a sampling
profiler) is theirs: it is left running and unchanged, and only the other clock
bounds the file. A C call that never returns (a pathological parse) cannot be
interrupted in-process; the inputs known to cause those are neutralised before
parsing (auditor.sources.limits).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from auditor.record import Record

SECONDS_BASE = 10.0  # every file gets this long…
SECONDS_PER_MB = 5.0  # …plus this per megabyte of input (CPU seconds)
# A hang that burns no CPU (a blocked call) is given up after this many times the CPU
# budget on the wall clock: 100 s for a small page, far above a good page's time on a
# machine ten times oversubscribed.
WALL_FACTOR = 10.0
DEFAULT_MEMORY_MB = 2048  # address space a file may add on top of what the process holds


class BudgetExceeded(BaseException):
    """The file used up its time budget; ``str()`` is the one-line reason. A
    BaseException, like KeyboardInterrupt, so no ``except Exception`` on the way
    can swallow it and let the file run on unbounded."""


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Budget(Record):
    """How much CPU time and memory one article's audit may take."""

    timeout_s: float | None = None  # CPU seconds; None: SECONDS_BASE + SECONDS_PER_MB × size; 0: no limit
    memory_mb: int | None = DEFAULT_MEMORY_MB  # None or 0: no limit

    def seconds_for(self, size: int) -> float:
        if self.timeout_s is not None:
            return self.timeout_s
        return SECONDS_BASE + SECONDS_PER_MB * size / 1_000_000


class Clock:
    """One file's running time budget."""

    def __init__(self, timers: tuple[int, ...] = ()) -> None:
        self._timers = timers  # the interval timers this budget armed

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Both clocks stopped for a stretch that is not the file's own work: link
        checks wait on the network, bounded by their own timeouts (--link-timeout,
        --max-links), and raising in the middle of their event loop would leave it
        half run for the next page."""
        import signal

        left = [(which, signal.setitimer(which, 0)[0]) for which in self._timers]
        try:
            yield
        finally:
            for which, seconds in left:
                if seconds:
                    signal.setitimer(which, seconds)


@contextmanager
def time_limit(seconds: float) -> Iterator[Clock]:
    """Raise BudgetExceeded in this thread once the process has spent ``seconds`` of
    CPU time, or ``WALL_FACTOR`` × ``seconds`` have passed on the wall clock."""
    import signal

    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(
            signal, "setitimer"):
        yield Clock()
        return
    shown = f"{round(seconds, 2):g}"  # 10.0004 s of a 200-byte page's default: "10"
    cpu = f"took longer than its {shown} s CPU budget (raise it with --timeout-per-file)"
    wall = (f"took longer than {round(seconds * WALL_FACTOR, 2):g} s of wall-clock time, {WALL_FACTOR:g}× its"
            f" {shown} s CPU budget (raise it with --timeout-per-file)")
    with _timer(signal.ITIMER_PROF, signal.SIGPROF, seconds, cpu) as on_cpu, \
            _timer(signal.ITIMER_REAL, signal.SIGALRM, seconds * WALL_FACTOR, wall) as on_wall:
        yield Clock(tuple(which for which, armed in ((signal.ITIMER_PROF, on_cpu), (signal.ITIMER_REAL, on_wall))
                          if armed))


@contextmanager
def _timer(which: int, signum: int, seconds: float, message: str) -> Iterator[bool]:
    """One interval timer raising BudgetExceeded(message) after ``seconds``; gives
    whether it was armed."""
    import signal

    if any(signal.getitimer(which)) or signal.getsignal(signum) is None:
        yield False  # someone else's timer, or a handler Python cannot put back: theirs
        return
    live = True

    def expire(_signum: int, _frame: object) -> None:
        # A signal that fired as the file ended is handled once it is over (at the
        # next bytecode, or when the handler is put back): not charged to what runs next.
        if live:
            raise BudgetExceeded(message)

    previous = signal.signal(signum, expire)
    try:
        signal.setitimer(which, seconds)
        yield True
    finally:
        try:
            signal.setitimer(which, 0)
        finally:  # even when the expiry is handled on the line above: the handler goes back
            live = False
            signal.signal(signum, previous)


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
