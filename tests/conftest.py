"""Shared test helpers: where ../shared lives, and skips when it is absent."""

from __future__ import annotations

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
