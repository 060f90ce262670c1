"""JSON and text rendered ahead in worker processes (auditor.output.ahead): on a
--jobs run the parent writes the pieces, byte for byte what it would render."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import auditor.output.ahead as ahead
from auditor.cli import main


def _site(folder: Path, n: int) -> None:
    """Pages that share titles (site findings change their scores), one unreadable."""
    for i in range(n):
        (folder / f"p{i:02}.md").write_text(
            f"---\ntitle: {'Same title' if i % 3 else f'Title {i}'}\n---\n# Headline {i % 4}\n\n"
            + "Words in a row, as an article has them.  " * (20 + i) + "\n", encoding="utf-8")
    (folder / "broken.html").write_bytes(b"\x00" * 10)


def _run(folder: Path, out: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", str(folder), "--no-config", "--no-cache", *args],
                                catch_exceptions=False)
    return result.exit_code, result.stdout


@pytest.mark.parametrize("formats", [
    ("--format", "json=OUT/a.json", "--format", "text=OUT/b.txt"),
    ("--format", "text", "--format", "json=OUT/a.json", "--format", "text=OUT/b.txt", "--no-color"),
    ("--format", "json", "--verbose", "--no-excerpt"),
    ("--format", "text", "--statistics"),
    ("--format", "text", "-q", "--format", "json=OUT/a.json"),
])
def test_rendered_ahead_writes_what_the_parent_renders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      formats: tuple[str, ...]) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    _site(pages, 24)  # over the pool's small-batch floor: results come packed
    monkeypatch.setattr(ahead, "MIN_FILES", 4)
    handed: list[int] = []
    real = ahead.RenderedAhead.unpack

    def counted(self: Any, fetched: Any) -> dict[str, bytes]:
        out = real(self, fetched)
        handed.append(len(out))
        return out

    monkeypatch.setattr(ahead.RenderedAhead, "unpack", counted)
    outputs = {}
    for jobs in ("1", "2"):
        target = tmp_path / f"out{jobs}"
        target.mkdir()
        args = [a.replace("OUT", str(target)) for a in formats]
        code, stdout = _run(pages, target, "--jobs", jobs, *args)
        files = {p.name: p.read_bytes() for p in sorted(target.iterdir())}
        outputs[jobs] = (code, stdout, files)
        if jobs == "1":
            assert not handed  # one job: the parent renders everything itself
    assert outputs["1"] == outputs["2"]
    if "--statistics" not in formats:
        assert sum(handed) >= 24  # the pieces came from the workers
