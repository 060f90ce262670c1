"""The per-file time budget counts the CPU a file uses, with a wall-clock backstop.

A page of 16 ms was given up ("took longer than its 10 s budget") in a ``--jobs 1``
run on a machine at load ~8: the budget was wall time, and the first page of a run
also pays the process's lazy imports. These tests drive the interval timers with a
fake clock (nothing here waits or times anything): a stage of the audit "spends"
CPU and wall time, and a timer that runs out delivers its signal to the handler the
budget installed, as the kernel would.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import auditor.api as api
from auditor.api import BatchOptions, Settings, audit, audit_many, default_settings
from auditor.budget import WALL_FACTOR, Budget, BudgetExceeded, time_limit
from auditor.sources import SourceOptions

PAGE = b"# 3 Things Worth Knowing About Sleep Tonight\n\n1. Dark rooms.\n2. Cool air.\n3. Quiet.\n"
CPU_ERROR = "took longer than its 10 s CPU budget (raise it with --timeout-per-file)"
WALL_ERROR = ("took longer than 100 s of wall-clock time, 10× its 10 s CPU budget"
              " (raise it with --timeout-per-file)")
SIGNALS = {signal.ITIMER_PROF: signal.SIGPROF, signal.ITIMER_REAL: signal.SIGALRM}


class Clocks:
    """``signal.setitimer``/``getitimer`` over a fake CPU clock and wall clock."""

    def __init__(self) -> None:
        self.left: dict[int, float] = {}  # timer -> seconds until it fires
        self.fire_on_disarm: int | None = None  # a timer whose signal is handled as it is disarmed

    def setitimer(self, which: int, seconds: float, interval: float = 0.0) -> tuple[float, float]:
        old = self.getitimer(which)
        if seconds == 0 and which == self.fire_on_disarm:
            self.fire_on_disarm = None
            self._deliver(which)  # the signal came during the file's last call, handled now
        self.left[which] = seconds
        return old

    def getitimer(self, which: int) -> tuple[float, float]:
        return (self.left.get(which, 0.0), 0.0)

    def spend(self, *, cpu: float, wall: float) -> None:
        """Time passes: ``cpu`` seconds of this process's CPU within ``wall`` seconds."""
        expired = []
        for which, elapsed in ((signal.ITIMER_PROF, cpu), (signal.ITIMER_REAL, wall)):
            left = self.left.get(which, 0.0)
            if left:
                self.left[which] = max(0.0, left - elapsed)
                if not self.left[which]:
                    expired.append(which)
        for which in expired:
            self._deliver(which)

    @staticmethod
    def _deliver(which: int) -> None:
        handler = signal.getsignal(SIGNALS[which])
        assert callable(handler)
        handler(SIGNALS[which], None)


@pytest.fixture
def clocks(monkeypatch: pytest.MonkeyPatch) -> Clocks:
    fake = Clocks()
    monkeypatch.setattr(signal, "setitimer", fake.setitimer)
    monkeypatch.setattr(signal, "getitimer", fake.getitimer)
    return fake


def slowed(monkeypatch: pytest.MonkeyPatch, clocks: Clocks, cpu: float, wall: float,
           only: Callable[[str], bool] = lambda path: True) -> None:
    """Parsing a page (those ``only`` names) spends ``cpu`` and ``wall`` seconds."""
    load = api._load

    def slow_load(raw: bytes, path: str, settings: Settings) -> Any:
        doc = load(raw, path, settings)
        if only(path):
            clocks.spend(cpu=cpu, wall=wall)
        return doc

    monkeypatch.setattr(api, "_load", slow_load)


def ten_seconds() -> Settings:
    return Settings(rules=default_settings().rules, source=SourceOptions(timeout_s=10))


def test_a_good_page_on_a_busy_machine_is_audited(monkeypatch: pytest.MonkeyPatch, clocks: Clocks) -> None:
    # 0.25 s of CPU spread over 30 s of wall time (load ~8, a nice'd run, a stopped
    # process): the wall-clock budget gave this page up.
    expected = audit(PAGE, "a.md")
    slowed(monkeypatch, clocks, cpu=0.25, wall=30)
    result = audit(PAGE, "a.md")
    assert result.error is None
    assert result.findings == expected.findings and result.score == expected.score


def test_a_runaway_page_is_given_up_after_its_cpu_budget(monkeypatch: pytest.MonkeyPatch, clocks: Clocks) -> None:
    slowed(monkeypatch, clocks, cpu=10.5, wall=11)
    assert audit(PAGE, "a.md", ten_seconds()).error == CPU_ERROR


def test_a_hang_that_burns_no_cpu_meets_the_wall_clock_backstop(
        monkeypatch: pytest.MonkeyPatch, clocks: Clocks) -> None:
    slowed(monkeypatch, clocks, cpu=0.1, wall=10 * WALL_FACTOR + 1)
    assert audit(PAGE, "a.md", ten_seconds()).error == WALL_ERROR


def test_the_default_budget_grows_with_the_file(clocks: Clocks) -> None:
    with time_limit(Budget().seconds_for(1_000_000)):  # 10 s + 5 s a megabyte
        clocks.spend(cpu=14.9, wall=14.9)
        with pytest.raises(BudgetExceeded, match="its 15 s CPU budget"):
            clocks.spend(cpu=0.2, wall=0.2)


def test_a_batch_in_process_charges_no_page_for_another(
        monkeypatch: pytest.MonkeyPatch, clocks: Clocks, tmp_path: Path) -> None:
    # --jobs 1: the first page is slow on the wall clock only (it also pays the lazy
    # imports); every page is audited and each timer is disarmed at its page's end.
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_bytes(PAGE)
    slowed(monkeypatch, clocks, cpu=0.3, wall=40, only=lambda path: path.endswith("a.md"))
    results = list(audit_many([str(tmp_path)], BatchOptions(jobs=1, use_config=False)))
    assert [Path(r.path).name for r in results] == ["a.md", "b.md", "c.md"]
    assert [r.error for r in results] == [None, None, None]
    assert clocks.left == {signal.ITIMER_PROF: 0, signal.ITIMER_REAL: 0}


def test_link_checks_do_not_count_against_the_page(clocks: Clocks) -> None:
    # The enrich hook (link checks) waits on the network under its own timeouts: both
    # clocks stop while it runs and go on with what was left after it.
    def check_links(doc: Any, raw: bytes) -> Any:
        clocks.spend(cpu=30, wall=600)
        return doc

    assert audit(PAGE, "a.md", ten_seconds(), enrich=check_links).error is None
    with time_limit(10) as clock:
        clocks.spend(cpu=4, wall=5)
        with clock.paused():
            clocks.spend(cpu=30, wall=600)
        assert signal.getitimer(signal.ITIMER_PROF) == (6.0, 0.0)
        assert signal.getitimer(signal.ITIMER_REAL) == (10 * WALL_FACTOR - 5, 0.0)
        with pytest.raises(BudgetExceeded, match="CPU budget"):
            clocks.spend(cpu=6, wall=6)


def test_handlers_go_back_after_a_file_is_given_up(monkeypatch: pytest.MonkeyPatch, clocks: Clocks) -> None:
    before = signal.getsignal(signal.SIGPROF), signal.getsignal(signal.SIGALRM)
    slowed(monkeypatch, clocks, cpu=11, wall=11)
    assert audit(PAGE, "a.md", ten_seconds()).error == CPU_ERROR
    assert (signal.getsignal(signal.SIGPROF), signal.getsignal(signal.SIGALRM)) == before
    monkeypatch.undo()
    assert audit(PAGE, "b.md", ten_seconds()).error is None


@pytest.mark.parametrize("which", [signal.ITIMER_PROF, signal.ITIMER_REAL])
def test_an_expiry_handled_as_the_timer_is_disarmed_still_puts_the_handler_back(
        clocks: Clocks, which: int) -> None:
    # The budget ran out during the file's last C call; Python handles the signal at
    # the next bytecode, inside the clean-up: the file is given up, and the clean-up
    # still puts the previous handler back.
    before = signal.getsignal(SIGNALS[which])
    clocks.fire_on_disarm = which
    with pytest.raises(BudgetExceeded), time_limit(10):
        pass
    assert signal.getsignal(SIGNALS[which]) == before


def test_a_signal_handled_after_the_file_is_not_charged_to_what_runs_next(clocks: Clocks) -> None:
    handlers = []
    with time_limit(10):
        handlers = [signal.getsignal(signal.SIGPROF), signal.getsignal(signal.SIGALRM)]
    for handler, signum in zip(handlers, (signal.SIGPROF, signal.SIGALRM)):
        assert callable(handler)
        handler(signum, None)  # late: the file is over, nothing is raised


def test_someone_elses_timer_is_left_as_it_is(clocks: Clocks) -> None:
    # pytest-timeout's alarm, an outer budget: theirs governs that clock, unchanged;
    # the CPU budget still bounds the file.
    clocks.left[signal.ITIMER_REAL] = 5.0
    outer = signal.getsignal(signal.SIGALRM)
    with time_limit(10):
        assert signal.getitimer(signal.ITIMER_REAL) == (5.0, 0.0)
        assert signal.getsignal(signal.SIGALRM) == outer
        assert signal.getitimer(signal.ITIMER_PROF) == (10.0, 0.0)
        with pytest.raises(BudgetExceeded, match="CPU budget"):
            clocks.spend(cpu=10, wall=1)
    assert signal.getitimer(signal.ITIMER_REAL) == (4.0, 0.0)


def test_no_budget_arms_no_timer(clocks: Clocks) -> None:
    with time_limit(0):
        assert clocks.left == {}


def test_a_worker_process_gives_up_a_runaway_file_and_the_batch_goes_on(tmp_path: Path) -> None:
    # Real timers in pool workers (16 files start the pool): the slow file burns CPU.
    slow = tmp_path / "slow.md"
    slow.write_text("# 10 Things\n\n" + "\n".join(f"{i}. item number {i} with words" for i in range(150_000)))
    for n in range(16):
        (tmp_path / f"fine{n:02}.md").write_bytes(PAGE)
    done = subprocess.run([sys.executable, "-m", "auditor.cli", "check", str(tmp_path), "--no-config",
                           "--no-cache", "--format", "json", "--jobs", "2", "--timeout-per-file", "1"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    errors = {Path(f["path"]).name: f["error"] for f in json.loads(done.stdout)["files"]}
    assert errors.pop("slow.md") == "took longer than its 1 s CPU budget (raise it with --timeout-per-file)"
    assert len(errors) == 16 and set(errors.values()) == {None}
    assert done.stderr.count("auditor: error:") == 1 and "Traceback" not in done.stderr
