"""Record one ``check``/``report`` run into a history store, streaming.

The run row is inserted first as ``running``; articles and their findings follow in
batches (one short transaction each, so a concurrent writer waits seconds, not a
whole run); the last transaction writes the totals and marks the run ``complete``.
Readers see complete runs only, so a run killed half-way is never shown.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.history.errors import HistoryError
from auditor.history.store import Store, _reason, utcnow

if TYPE_CHECKING:
    from auditor.model import FileResult
    from auditor.rulepacks import Rule

BATCH = 250  # articles per transaction


@dataclass(frozen=True, slots=True)
class RunMeta:
    command: str
    auditor_version: str
    config_hash: str
    git_commit: str | None


def config_hash(rules: Sequence[Rule], extra: dict[str, Any] | None = None) -> str:
    """A stable hash of what decides the findings: each enabled rule's id, levels,
    message and parameters, plus ``extra`` (source options such as site-url)."""
    payload = {
        "rules": sorted(
            (
                {"id": r.id, "level": r.level, "severe": r.effective_severe_level,
                 "message": r.message, "params": r.params}
                for r in rules
            ),
            key=lambda d: str(d["id"]),
        ),
        "extra": extra or {},
    }
    text = json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def git_commit(where: Path | None = None) -> str | None:
    """HEAD's commit when ``where`` (default: the working directory) is in a git
    work tree; None otherwise or when git is not installed."""
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--verify", "--quiet", "HEAD"], cwd=where or Path.cwd(),
            capture_output=True, text=True, timeout=10, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = done.stdout.strip()
    return commit if done.returncode == 0 and len(commit) >= 40 else None


def _article_row(run_id: int, path: str, result: FileResult) -> dict[str, Any]:
    return {
        "run_id": run_id, "path": path,
        "content_hash": getattr(result, "content_hash", None),
        "format": result.format, "headline": result.headline,
        "score": result.score, "scores": dict(result.scores) or None,
        "metrics": dict(result.metrics) if not result.error else None,
        "error": result.error,
    }


class Recorder:
    """Feed it results with :meth:`add` (or wrap an iterator with :meth:`stream`),
    then :meth:`finish`. Without ``finish`` the run stays invisible."""

    def __init__(self, store: Store, meta: RunMeta, root: Path | None = None) -> None:
        from auditor.history.schema import runs

        self.store = store
        self.root = root
        self.uid = uuid.uuid4().hex
        self._pending: list[FileResult] = []
        self._paths: set[str] = set()
        self._totals = {"articles": 0, "failed": 0, "errors": 0, "warnings": 0, "infos": 0}
        self._score_sum = 0.0
        self._scored = 0
        self._category_sums: dict[str, float] = {}
        self._category_counts: dict[str, int] = {}
        try:
            with store.begin() as conn:
                self.run_id = int(conn.execute(
                    runs.insert().values(
                        uid=self.uid, status="running", started_at=utcnow(), command=meta.command,
                        auditor_version=meta.auditor_version, config_hash=meta.config_hash,
                        git_commit=meta.git_commit, articles=0, failed=0, errors=0, warnings=0, infos=0,
                    ).returning(runs.c.id)
                ).scalar_one())
        except Exception as exc:  # noqa: BLE001 - any driver error is one line for the user
            raise HistoryError(f"{store.name}: cannot record run: {_reason(exc)}") from None

    def add(self, result: FileResult) -> None:
        self._pending.append(result)
        if len(self._pending) >= BATCH:
            self._flush()

    def stream(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        for result in results:
            self.add(result)
            yield result

    def _unique_path(self, result: FileResult) -> str:
        from auditor.paths import relative_path

        path = result.path if "://" in result.path else relative_path(result.path, self.root)
        base, n = path, 1
        while path in self._paths:  # the same file given twice: keep both, apart
            n += 1
            path = f"{base}#{n}"
        self._paths.add(path)
        return path

    def _flush(self) -> None:
        if not self._pending:
            return
        from auditor.baseline import fingerprint
        from auditor.history.schema import articles, findings

        batch, self._pending = self._pending, []
        paths = [self._unique_path(r) for r in batch]
        try:
            with self.store.begin() as conn:
                ids = conn.execute(
                    articles.insert().returning(articles.c.id, sort_by_parameter_order=True),
                    [_article_row(self.run_id, p, r) for p, r in zip(paths, batch)],
                ).scalars().all()
                rows = [
                    {
                        "run_id": self.run_id, "article_id": article_id, "rule": f.rule,
                        "category": f.category, "level": f.level, "line": f.line, "col": f.column,
                        "message": f.message, "excerpt": f.excerpt,
                        "fingerprint": fingerprint(path.split("#", 1)[0] if "://" not in path else path, f),
                    }
                    for article_id, path, result in zip(ids, paths, batch)
                    for f in result.findings
                ]
                if rows:
                    conn.execute(findings.insert(), rows)
        except Exception as exc:  # noqa: BLE001
            raise HistoryError(f"{self.store.name}: cannot record run: {_reason(exc)}") from None
        for result in batch:
            self._count(result)

    def _count(self, result: FileResult) -> None:
        t = self._totals
        t["articles"] += 1
        if result.error:
            t["failed"] += 1
            return
        for f in result.findings:
            t[f.level + "s"] += 1
        if result.score is not None:
            self._score_sum += result.score
            self._scored += 1
        for category, score in result.scores.items():
            self._category_sums[category] = self._category_sums.get(category, 0.0) + score
            self._category_counts[category] = self._category_counts.get(category, 0) + 1

    def finish(self) -> int:
        """Write what is left and mark the run complete; return its id."""
        from auditor.history.schema import runs

        self._flush()
        scores = {c: self._category_sums[c] / self._category_counts[c] for c in self._category_sums}
        try:
            with self.store.begin() as conn:
                conn.execute(
                    runs.update().where(runs.c.id == self.run_id).values(
                        status="complete", finished_at=utcnow(), **self._totals,
                        score=self._score_sum / self._scored if self._scored else None,
                        scores=scores or None,
                    )
                )
        except Exception as exc:  # noqa: BLE001
            raise HistoryError(f"{self.store.name}: cannot record run: {_reason(exc)}") from None
        return self.run_id


def record(store: Store, meta: RunMeta, results: Iterable[FileResult], root: Path | None = None) -> int:
    """Record ``results`` as one complete run; return its id."""
    recorder = Recorder(store, meta, root)
    for result in results:
        recorder.add(result)
    return recorder.finish()
