"""Shared test helpers: where ../shared lives and skips when it is absent (failures
in CI, CI=true); slow tests (marker `slow`) run in CI or with --run-slow."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "pages"
SEED = SHARED / "seed" / "000_2d0378ee95c0cbdd.txt"
EXAMPLES = ROOT / "examples"


def need_shared(path: Path) -> Path:
    """``path`` under ../shared, or skip the test with the reason."""
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is laid beside the project in CI)")
    return path


@pytest.fixture
def seed_path() -> Path:
    return need_shared(SEED)


@pytest.fixture
def corpus_dir() -> Path:
    return need_shared(CORPUS)


# --- CI insists, developers may skip ----------------------------------------------------

IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="run tests marked slow (CI always does)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a long test; runs in CI (.ci/run) or with --run-slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if IN_CI or config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: runs in CI (.ci/run, CI=true) or with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_sessionstart(session: pytest.Session) -> None:
    if IN_CI and not (SHARED / "corpus" / "pages").is_dir():
        pytest.exit(f"CI=true but {SHARED} is missing: the corpus tests must run in CI", returncode=1)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """In CI a test that skips for want of ../shared fails instead: a missing corpus
    must not pass for a green run."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and isinstance(report.longrepr, tuple):
        reason = str(report.longrepr[2])
        if "shared" in reason or "corpus" in reason or "seed" in reason:
            report.outcome = "failed"
            report.longrepr = f"skipped in CI for want of ../shared: {reason}"
