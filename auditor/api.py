"""The public API: ``audit`` one article, ``audit_many`` a batch.

``audit`` is a pure function of (bytes, path, settings) returning a picklable
:class:`~auditor.model.FileResult`; the CLI, the report and worker processes all go
through it, so a batch can later run on a cluster unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.config import CliRuleOptions, Config, effective_rules, find_config, is_excluded
from auditor.model import Document, FileResult
from auditor.rulepacks import Rule
from auditor.sources import SourceError, SourceOptions

if TYPE_CHECKING:
    from auditor.text.readability import Readability


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything ``audit`` needs besides the bytes: the effective config of one file."""

    rules: tuple[Rule, ...]
    source: SourceOptions = field(default_factory=SourceOptions)
    keep_document: bool = True  # reports need the text; other writers only the outline


def default_settings() -> Settings:
    return Settings(rules=effective_rules(Config(), None, CliRuleOptions()))


def _metrics(doc: Document, readability: Readability) -> dict[str, object]:
    shown = readability.as_metrics()  # rounded to one decimal
    return {
        "words": doc.word_count,
        "sentences": len(doc.sentences),
        "flesch_reading_ease": shown["flesch_reading_ease"],
        "flesch_kincaid_grade": shown["flesch_kincaid_grade"],
        "reading_time_s": readability.reading_time_s,
        "list_items": len(doc.items),
        "headline_number": doc.headline_number,
    }


def audit(
    data: bytes | str, path: str = "-", settings: Settings | None = None,
    enrich: Callable[[Document, bytes], Document] | None = None,
) -> FileResult:
    """Audit one article. Never raises for bad input: the result carries ``error``.

    ``enrich`` adds facts the parsers cannot know (how the page answered over HTTP,
    what the link checker found) to the parsed document before the rules run."""
    from auditor.budget import Budget, BudgetExceeded, memory_limit, time_limit
    from auditor.engine.run import RuleCrashed, run_rules
    from auditor.engine.scoring import category_scores, overall_score
    from auditor.engine.suppress import apply_suppressions
    from auditor.sources.load import load
    from auditor.text.readability import measure

    settings = settings or default_settings()
    raw = data.encode("utf-8") if isinstance(data, str) else data
    budget = Budget(settings.source.timeout_s, settings.source.memory_mb)
    try:
        with time_limit(budget.seconds_for(len(raw))), memory_limit(budget.memory_mb):
            doc = load(raw, path, settings.source)
            if enrich is not None:
                doc = enrich(doc, raw)
            findings = apply_suppressions(run_rules(doc, settings.rules), doc.directives)
            readability = measure(doc)
    except SourceError as exc:
        return FileResult(path=path, error=str(exc))
    except BudgetExceeded as exc:
        return FileResult(path=path, error=str(exc))
    except RuleCrashed as exc:
        return FileResult(path=path, error=f"internal error: {exc}")
    except RecursionError:
        return FileResult(path=path, error="document is nested too deeply to parse")
    except MemoryError:
        limit = f" (its {budget.memory_mb} MB budget; raise it with --max-memory)" if budget.memory_mb else ""
        return FileResult(path=path, error=f"ran out of memory{limit}")
    except Exception as exc:  # noqa: BLE001 - a bug must not stop the batch or print a traceback
        return FileResult(path=path, error=f"internal error: {type(exc).__name__}: {exc}")
    findings.sort(key=lambda f: f.sort_key())
    scores = category_scores(findings)
    return FileResult(
        path=path,
        format=doc.format,
        headline=doc.headline,
        title=doc.meta.title,
        score=overall_score(scores),
        scores=scores,
        metrics=_metrics(doc, readability),
        findings=tuple(findings),
        document=doc if settings.keep_document else _outline_only(doc),
    )


def _outline_only(doc: Document) -> Document:
    """The document without its text: enough for writers to describe the listicle
    (items, headline number) while a batch of thousands stays small in memory."""
    return replace(doc, paragraphs=(), sentences=(), list_items=(), images=(), links=(),
                   headings=(), directives=())


def read_input(path: str) -> bytes:
    """The bytes of ``path`` (``-`` is stdin); OSError on failure."""
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    return exc.strerror or str(exc)


def audit_path(path: str, settings: Settings) -> FileResult:
    try:
        size = Path(path).stat().st_size if path != "-" else 0
        if size > settings.source.max_bytes:
            # Refuse before reading: a multi-gigabyte file must not be loaded at all.
            from auditor.sources.load import too_large

            return FileResult(path=path, error=too_large(size, settings.source))
        data = read_input(path)
    except OSError as exc:
        return FileResult(path=path, error=f"cannot read file: {_os_reason(exc)}")
    return audit(data, path, settings)


def _audit_job(job: tuple[str, Settings | None, str | None]) -> FileResult:
    path, settings, error = job
    if error is not None or settings is None:
        return FileResult(path=path, error=error)
    return audit_path(path, settings)


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How ``audit_many`` resolves settings for each file."""

    config: Config | None = None  # None: find config upward from each file
    use_config: bool = True
    rules: CliRuleOptions = field(default_factory=CliRuleOptions)
    source: SourceOptions = field(default_factory=SourceOptions)
    keep_document: bool = False
    jobs: int = 1


def settings_for(path: str, options: BatchOptions) -> Settings:
    """The effective settings of one file: its config, then the command line."""
    config = config_for(path, options)
    rules = effective_rules(config, None if path == "-" else Path(path), options.rules)
    src = options.source
    source = replace(
        src,
        selector=src.selector or config.selector,
        lang=src.lang or config.lang,
        site_url=src.site_url or config.site_url,
    )
    return Settings(rules=rules, source=source, keep_document=options.keep_document)


def config_for(path: str, options: BatchOptions) -> Config:
    """The config that applies to ``path``: the explicit one, none, or the nearest
    found upward from the file (from the working directory for ``-``)."""
    if options.config is not None:
        return options.config
    if not options.use_config:
        return Config()
    folder = Path.cwd() if path == "-" else Path(path).resolve().parent
    return find_config(folder)


def audit_many(paths: Iterable[str], options: BatchOptions | None = None) -> Iterator[FileResult]:
    """Audit every article under ``paths`` (files, folders, globs, ``-``), in a
    stable order. Bad inputs come back as results with ``error`` set; a broken
    configuration raises :class:`~auditor.config.ConfigError` before any work."""
    from auditor.discover import expand

    options = options or BatchOptions()

    def excluded(p: Path) -> bool:
        return is_excluded(p, config_for(str(p), options))

    jobs = [
        (t.path, None if t.error else settings_for(t.path, options), t.error)
        for t in expand(paths, excluded)
    ]
    if options.jobs > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=options.jobs) as pool:
            yield from pool.map(_audit_job, jobs, chunksize=8)
    else:
        yield from map(_audit_job, jobs)
