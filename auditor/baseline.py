"""Baselines: accept today's findings, fail CI only on new ones.

A baseline file records, per article, a *fingerprint* of each finding and how many
times it occurs. A fingerprint is the rule id plus a hash of the relative POSIX path
and the normalised offending text, never the line: editing another paragraph moves
findings up or down but keeps them baselined. Identical findings in one file share a
fingerprint and are counted, so fixing one of two copies is remembered and adding a
third copy is reported as new.

File shape (JSON, keys sorted, no timestamps, so it diffs cleanly in review)::

    {"version": 1, "tool": "auditor",
     "findings": {"articles/a.md": {"HL001:3f9a…": {"rule": "HL001",
                                                     "excerpt": "…", "count": 1}}}}

``create`` writes every current finding; ``update`` only prunes what was fixed and
never adds new findings (re-run ``create`` to accept new ones on purpose).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from auditor.errors import UserError
from auditor.fileio import write_atomic
from auditor.paths import relative_path
from auditor.model import FileResult, Finding

VERSION = 1
TOOL = "auditor"
_EXCERPT_MAX = 120  # the excerpt stored for humans reading the file; not hashed

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


class BaselineError(UserError, ValueError):
    """A baseline file that cannot be used; ``str(exc)`` is one line naming the file."""


@dataclass(frozen=True, slots=True)
class Entry:
    rule: str
    excerpt: str
    count: int


@dataclass(frozen=True, slots=True)
class Baseline:
    # relative POSIX path → fingerprint → entry
    findings: Mapping[str, Mapping[str, Entry]] = field(default_factory=dict)
    version: int = VERSION

    def total(self) -> int:
        return sum(e.count for entries in self.findings.values() for e in entries.values())


# -- paths and fingerprints ------------------------------------------------------


def normalise_text(finding: Finding) -> str:
    """The offending text a fingerprint hashes: the excerpt, whitespace-collapsed and
    case-folded. Without an excerpt, the message with numbers blanked, because
    document-level messages quote measurements ("2,140 words") that change whenever
    any other part of the article is edited."""
    text = finding.excerpt.strip()
    if not text:
        text = _DIGITS.sub("#", finding.message)
    return _SPACE.sub(" ", text).strip().casefold()


def fingerprint(path: str, finding: Finding) -> str:
    """``RULE:hash`` identifying ``finding`` in the file at ``path`` (already relative,
    see :func:`relative_path`), independent of its line and column."""
    data = "\0".join((finding.rule, PurePosixPath(path).as_posix(), normalise_text(finding)))
    digest = hashlib.sha256(data.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"{finding.rule}:{digest}"


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)


def occurrence_fingerprints(path: str, findings: Sequence[Finding]) -> list[str]:
    """One unique id per finding, in the given order: ``fingerprint:n`` where ``n``
    counts earlier identical findings (0-based). SARIF uses these as
    ``partialFingerprints`` so two identical issues in a file stay two alerts."""
    seen: Counter[str] = Counter()
    out: list[str] = []
    for finding in findings:
        fp = fingerprint(path, finding)
        out.append(f"{fp}:{seen[fp]}")
        seen[fp] += 1
    return out


# -- create / load / filter / update ---------------------------------------------


def _short(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _EXCERPT_MAX else text[: _EXCERPT_MAX - 1] + "…"


def _entries(path: str, findings: Iterable[Finding]) -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    for finding in sorted_findings(findings):
        fp = fingerprint(path, finding)
        if fp in entries:
            entries[fp]["count"] += 1
        else:
            excerpt = _short(finding.excerpt or finding.message)
            entries[fp] = {"rule": finding.rule, "excerpt": excerpt, "count": 1}
    return entries


def _document(findings: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> dict[str, Any]:
    ordered = {
        path: {fp: dict(findings[path][fp]) for fp in sorted(findings[path])}
        for path in sorted(findings)
        if findings[path]
    }
    return {"version": VERSION, "tool": TOOL, "findings": ordered}


def create(results: Iterable[FileResult], root: Path | None = None) -> dict[str, Any]:
    """A baseline (JSON-able dict) accepting every finding in ``results``. Files that
    failed to load are left out: they have no findings to accept."""
    findings: dict[str, dict[str, dict[str, Any]]] = {}
    for result in results:
        if result.failed or not result.findings:
            continue
        path = relative_path(result.path, root)
        merged = findings.setdefault(path, {})
        for fp, entry in _entries(path, result.findings).items():
            if fp in merged:
                merged[fp]["count"] += entry["count"]
            else:
                merged[fp] = entry
    return _document(findings)


def from_dict(data: object, where: str = "baseline") -> Baseline:
    """Validate a parsed baseline document; errors name ``where``."""
    if not isinstance(data, dict):
        raise BaselineError(f"{where}: not an auditor baseline (expected a JSON object)")
    if data.get("tool") != TOOL or "findings" not in data:
        raise BaselineError(f"{where}: not an auditor baseline (no 'tool': 'auditor' and 'findings')")
    if data.get("version") != VERSION:
        raise BaselineError(
            f"{where}: baseline version {data.get('version')!r} is not supported "
            f"(expected {VERSION}); recreate it with 'auditor baseline create'"
        )
    raw = data["findings"]
    if not isinstance(raw, dict):
        raise BaselineError(f"{where}: 'findings' must be an object of paths")
    findings: dict[str, dict[str, Entry]] = {}
    for path, entries in raw.items():
        if not isinstance(entries, dict):
            raise BaselineError(f"{where}: findings for {path!r} must be an object")
        parsed: dict[str, Entry] = {}
        for fp, entry in entries.items():
            if (
                not isinstance(entry, dict)
                or not isinstance(entry.get("rule"), str)
                or not isinstance(entry.get("count"), int)
                or isinstance(entry.get("count"), bool)
                or entry["count"] < 1
            ):
                raise BaselineError(
                    f"{where}: entry {fp!r} of {path!r} needs a 'rule' string and a positive 'count'"
                )
            parsed[fp] = Entry(entry["rule"], str(entry.get("excerpt", "")), entry["count"])
        findings[path] = parsed
    return Baseline(findings=findings, version=VERSION)


def load(path: Path | str) -> Baseline:
    """Read a baseline file; a missing, unreadable or malformed file raises
    :class:`BaselineError` with a one-line message."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(
            f"{path}: baseline not found (create it with 'auditor baseline create')"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise BaselineError(f"{path}: cannot read baseline: {reason}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(
            f"{path}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    return from_dict(data, str(path))


def to_dict(baseline: Baseline) -> dict[str, Any]:
    return _document(
        {
            path: {
                fp: {"rule": e.rule, "excerpt": e.excerpt, "count": e.count}
                for fp, e in entries.items()
            }
            for path, entries in baseline.findings.items()
        }
    )


def filter_new(
    results: Iterable[FileResult], baseline: Baseline, root: Path | None = None
) -> list[FileResult]:
    """``results`` with baselined findings dropped. A fingerprint recorded ``n`` times
    absorbs the first ``n`` matching findings (in line order); any more are new.
    Scores and metrics are left as they were: only the findings list changes."""
    return list(iter_new(results, baseline, root))


def iter_new(
    results: Iterable[FileResult], baseline: Baseline, root: Path | None = None
) -> Iterator[FileResult]:
    """:func:`filter_new` one result at a time, for batches too big to hold."""
    for result in results:
        path = relative_path(result.path, root)
        known = baseline.findings.get(path)
        if not known or not result.findings:
            yield result
            continue
        budget = {fp: entry.count for fp, entry in known.items()}
        kept: list[Finding] = []
        for finding in sorted_findings(result.findings):
            fp = fingerprint(path, finding)
            if budget.get(fp, 0) > 0:
                budget[fp] -= 1
            else:
                kept.append(finding)
        yield replace(result, findings=tuple(kept))


def update(
    baseline: Baseline, results: Iterable[FileResult], root: Path | None = None
) -> dict[str, Any]:
    """``baseline`` with fixed findings pruned: each count drops to what ``results``
    still have, entries at zero go. New findings are *not* added.

    Only files present in ``results`` (and loaded without error) are judged; entries
    for other files are kept, so updating after a partial run (``--changed``) does not
    forget the rest. With ``root``, entries for files that no longer exist under it are
    dropped too.
    """
    current: dict[str, Counter[str]] = {}
    for result in results:
        if result.failed:
            continue
        path = relative_path(result.path, root)
        counts = current.setdefault(path, Counter())
        counts.update(fingerprint(path, f) for f in result.findings)
    kept: dict[str, dict[str, dict[str, Any]]] = {}
    for path, entries in baseline.findings.items():
        if path not in current and root is not None and not (root / path).exists():
            continue
        found = current.get(path)
        survivors: dict[str, dict[str, Any]] = {}
        for fp, entry in entries.items():
            count = entry.count if found is None else min(entry.count, found[fp])
            if count > 0:
                survivors[fp] = {"rule": entry.rule, "excerpt": entry.excerpt, "count": count}
        kept[path] = survivors
    return _document(kept)


def dumps(data: Mapping[str, Any]) -> str:
    """The file text: sorted keys, two-space indent, trailing newline, UTF-8 kept
    readable (excerpts are quotes from articles)."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write(data: Mapping[str, Any], path: Path | str) -> None:
    """Write atomically, so an interrupted run never leaves half a baseline behind.
    A baseline is committed and shared: it keeps the replaced file's mode (0644 when
    new) and is flushed to disk before the rename."""
    # backslashreplace: a lone surrogate (an undecodable file name) stays a valid JSON \uXXXX escape
    write_atomic(Path(path), dumps(data).encode("utf-8", "backslashreplace"), keep_mode=True, fsync=True)
