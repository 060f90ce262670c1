"""`auditor check --watch`: a real file change in a temp folder is re-audited and
the HTML report rewritten; bounded in time, stopped with Ctrl-C (SIGINT)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("watchfiles")

ARTICLE = (
    "# 3 Ways to Save Water at Home This Summer\n\n"
    "Water bills rise every summer, and most households waste more than they think.\n\n"
    "## 1. Fix leaks\n\nA dripping tap wastes litres every day.\n\n"
    "## 2. Take shorter showers\n\nFour minutes is enough.\n\n"
    "## 4. Water at night\n\nEvaporation is lowest after dark.\n"
)


def _wait_for(lines: queue.Queue[str], seen: list[str], text: str, since: int = 0, timeout: float = 30) -> int:
    """Read output until a line after ``seen[since]`` holds ``text``; its index."""
    deadline = time.monotonic() + timeout
    while not any(text in line for line in seen[since:]):
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no {text!r} within {timeout}s; output:\n" + "".join(seen))
        try:
            seen.append(lines.get(timeout=left))
        except queue.Empty:
            pass
    return next(i for i in range(since, len(seen)) if text in seen[i])


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_watch_reaudits_a_changed_file_and_updates_the_report(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    article = drafts / "water.md"
    article.write_text(ARTICLE, encoding="utf-8")
    (drafts / "other.md").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "WATCHFILES_FORCE_POLLING": "1"}  # works on any file system
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor.cli", "check", "--watch", "drafts", "--no-color",
         "--format", "text", "--format", "html=report"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
    seen: list[str] = []
    try:
        _wait_for(lines, seen, "Watching 2 files")
        assert any("drafts/water.md:13:1 error   LS003" in line for line in seen)
        report = (tmp_path / "report" / "index.html")
        assert report.exists()
        page = next((report.parent / "articles").glob("water-*.html"))  # the article's own page
        assert "Item 4 skips the numbering" in page.read_text(encoding="utf-8")

        time.sleep(0.5)
        article.write_text(ARTICLE.replace("## 4. Water", "## 3. Water"), encoding="utf-8")
        changed_at = _wait_for(lines, seen, "drafts/water.md changed")
        _wait_for(lines, seen, "Report updated", since=changed_at)
        after = "".join(seen[changed_at:])
        assert "drafts/water.md" in after and "LS003" not in after
        assert "drafts/other.md" not in after  # only the changed file is reprinted
        assert "Item 4 skips the numbering" not in page.read_text(encoding="utf-8")

        (drafts / "new.md").write_text(ARTICLE, encoding="utf-8")  # a new draft in a watched folder
        _wait_for(lines, seen, "drafts/new.md changed")
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=15)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert code == 0
    assert article.read_text(encoding="utf-8").count("## 3. Water") == 1  # watch never writes articles
