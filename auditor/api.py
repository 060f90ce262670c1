"""The public API: ``audit`` one article, ``audit_many`` a batch.

``audit`` is a pure function of (bytes, path, settings) returning a picklable
:class:`~auditor.model.FileResult`; the CLI, the report and worker processes all go
through it, so a batch can later run on a cluster unchanged.
"""

from __future__ import annotations

import gc
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.config import CliRuleOptions, Config, effective_rules, find_config, is_excluded
from auditor.digests import blake2b, sha256_hexdigest
from auditor.lastkept import LastKept
from auditor.model import Document, FileResult
from auditor.record import Record, replace as replace_record
from auditor.rulepacks import Rule
from auditor.sources import SourceError, SourceOptions

if TYPE_CHECKING:
    from auditor.spool import Stored
    from auditor.text.readability import Readability


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Settings(Record):
    """Everything ``audit`` needs besides the bytes: the effective config of one file."""

    rules: tuple[Rule, ...]
    source: SourceOptions = field(default_factory=SourceOptions)
    keep_document: bool = True  # reports need the text; other writers only the outline
    # The site stage's facts of the article (auditor.sitewide.facts); off where no stage
    # will read them: one article audited without the cache.
    site_facts: bool = True


def default_settings() -> Settings:
    return Settings(rules=effective_rules(Config(), None, CliRuleOptions()))


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class _Needs(Record):
    """What a rule set asks of the parse besides the document: read once per rule set."""

    spacing: bool  # a spacing.* rule: the source's space runs
    structured: bool  # a structured.* rule: the page's structured data
    site: tuple[str, ...]  # the site.* rules' ids: the site stage's facts


# The last rule set's needs: a batch audits every page with one tuple of rules, and
# scanning its ~80 rules three times a page cost ~0.1 ms.
_LAST_NEEDS: LastKept[tuple[Rule, ...], _Needs] = LastKept()


def _needs(rules: tuple[Rule, ...]) -> _Needs:
    needs = _LAST_NEEDS.get(rules)
    if needs is not None:
        return needs
    needs = _Needs(
        spacing=any(r.check.startswith("spacing.") for r in rules),
        structured=any(r.check.startswith("structured.") for r in rules),
        site=tuple(r.id for r in rules if r.check.startswith("site.")),
    )
    if isinstance(rules, tuple):  # a list could change under its identity
        _LAST_NEEDS.put(rules, needs)
    return needs


def _reading_seconds(doc: Document, readability: Readability) -> int:
    """The prose's reading time: words at an adult's silent rate in the page's language, or
    characters and letters where words are not spaced (``auditor.text.readability``)."""
    from auditor.text.readability import unspaced_reading_seconds

    unspaced = unspaced_reading_seconds(doc.lang, [p.text for p in doc.paragraphs])
    return readability.reading_time_s if unspaced is None else unspaced


def _metrics(doc: Document, readability: Readability) -> dict[str, object]:
    from auditor.checks.readability import formulas_apply

    shown = readability.as_metrics()  # rounded to one decimal
    # Only numbers a formula calibrated for the language gives: an English reading ease
    # of Russian or Thai prose is no measure of it (null, as with no text to score).
    ease, grade = formulas_apply(doc)
    return {
        "words": doc.word_count,
        "sentences": len(doc.sentences),
        "flesch_reading_ease": shown["flesch_reading_ease"] if ease else None,
        "reading_ease_formula": readability.formula if ease and shown["flesch_reading_ease"] is not None else None,
        "flesch_kincaid_grade": shown["flesch_kincaid_grade"] if grade else None,
        "reading_time_s": _reading_seconds(doc, readability),
        "list_items": len(doc.items),
        "headline_number": doc.headline_number,
    }


def audit(
    data: bytes | str, path: str = "-", settings: Settings | None = None,
    enrich: Callable[[Document, bytes], Document] | None = None, *, content_hash: str | None = None,
) -> FileResult:
    """Audit one article. Never raises for bad input: the result carries ``error``.

    ``enrich`` adds facts the parsers cannot know (how the page answered over HTTP,
    what the link checker found) to the parsed document before the rules run.
    ``content_hash``: the SHA-256 of the bytes when the caller has it already (the
    cache's key reads it), else it is computed here."""
    # The cyclic collector is off for the audit, as it is for the parse: an audit builds
    # no reference cycles (none over the 207 corpus pages) and frees what it drops by
    # reference count, so a collection in its middle only traced the half-built
    # document and found nothing (45–70 for 207 pages, ~0.5 ms of CPU each: 0.1–0.2 ms
    # a page). What the audit keeps counts towards the next collection, after it.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _audit(data, path, settings, enrich, content_hash)
    finally:
        if enabled:
            gc.enable()


def _audit(
    data: bytes | str, path: str, settings: Settings | None,
    enrich: Callable[[Document, bytes], Document] | None, content_hash: str | None,
) -> FileResult:
    from auditor.budget import Budget, BudgetExceeded, memory_limit, time_limit
    from auditor.engine.run import RuleCrashed, run_rules
    from auditor.engine.scoring import breakdown
    from auditor.engine.suppress import apply_suppressions
    from auditor.sources.load import saved_page
    from auditor.text.readability import measure

    settings = settings or default_settings()
    raw = data.encode("utf-8") if isinstance(data, str) else data
    budget = Budget(settings.source.timeout_s, settings.source.memory_mb)
    try:
        source = saved_page(raw, settings.source.max_bytes)  # a packed page's: what every reader reads
        with time_limit(budget.seconds_for(len(source))) as clock, memory_limit(budget.memory_mb):
            doc = _load(source, path, settings)
            if _needs(settings.rules).spacing:
                from auditor.sources.spacing import with_space_runs

                doc = with_space_runs(doc, source)
            if enrich is not None:
                with clock.paused():  # link checks: the network's time, under their own timeouts
                    doc = enrich(doc, source)
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
    explained = breakdown(doc, findings)
    return FileResult(
        path=path,
        format=doc.format,
        headline=doc.headline,
        title=doc.meta.title,
        score=explained.score,
        scores=explained.scores,
        metrics=_metrics(doc, readability),
        findings=tuple(findings),
        document=doc if settings.keep_document else _outline_only(doc),
        content_hash=content_hash or sha256_hexdigest(raw),
        site_facts=_site_facts(doc, settings),
        score_breakdown=explained,
    )


def _load(raw: bytes, path: str, settings: Settings) -> Document:
    """``raw`` parsed, with its structured data when a structured.* rule will read it:
    an HTML page's from the parser's tree, before the parser prunes it (one parse)."""
    from auditor.sources.load import load

    read: list[object] = []

    def read_structured(root: object) -> None:
        from auditor.structured.extract import from_html

        read.append(from_html(raw, root))

    wants = _wants_structured_data(settings)
    doc = load(raw, path, settings.source, on_html_tree=read_structured if wants else None)
    return replace_record(doc, structured=read[0]) if read else _with_structured_data(doc, raw, settings)


def _wants_structured_data(settings: Settings) -> bool:
    return _needs(settings.rules).structured


def _with_structured_data(doc: Document, raw: bytes, settings: Settings) -> Document:
    """``doc`` with its JSON-LD, microdata and RDFa (or Markdown front matter fields)
    read, when a structured.* rule will look at them. An HTML page's are read from the
    parser's tree as it is built (:func:`audit`); this reads those of a page the parser
    built no tree for."""
    if not _wants_structured_data(settings):
        return doc
    if doc.format == "html":
        from auditor.structured.extract import from_html

        return replace_record(doc, structured=from_html(raw))
    if doc.format == "markdown" and doc.meta.front_matter:
        from auditor.structured.extract import from_front_matter

        return replace(doc, structured=from_front_matter(doc.meta.front_matter, doc.meta.lines.get("front_matter", 1)))
    return doc  # plain text carries none: its modules are not imported


def _site_facts(doc: Document, settings: Settings) -> object | None:
    """The article's facts for the site-wide stage, when any site rule is on."""
    enabled = _needs(settings.rules).site
    if not enabled or not settings.site_facts:
        return None
    from auditor.sitewide.facts import extract

    try:
        return extract(doc, enabled, settings.source.site_url)
    except Exception:  # noqa: BLE001 - a bug here must cost the site checks, not the article
        return None


def _outline_only(doc: Document) -> Document:
    """The document without its text: enough for writers to describe the listicle
    (items, headline number) while a batch of thousands stays small in memory. Its
    structured data goes too: only the checks read it, and it was most of what a
    result pickled (~15 KB of ~19 KB on a real page), paid at every load."""
    # A .docx keeps its headings: its positions name the headings they sit under
    # (auditor.sources.docx_place).
    return replace_record(doc, paragraphs=(), sentences=(), list_items=(), images=(), links=(),
                   headings=doc.headings if doc.format == "docx" else (), directives=(), structured=None)


def is_url(path: str) -> bool:
    """``s3://…``, ``gs://…``, ``memory://…``: read through fsspec."""
    scheme, sep, _rest = path.partition("://")
    return bool(sep) and scheme.isidentifier()


def read_input(path: str) -> bytes:
    """The bytes of ``path`` (``-`` is stdin, a URL goes through fsspec); OSError on failure."""
    if path == "-":
        return sys.stdin.buffer.read()
    if is_url(path):
        return _read_url(path)
    return Path(path).read_bytes()


def _read_url(url: str) -> bytes:
    try:
        import fsspec
    except ImportError:
        raise OSError(f"reading {url.partition(':')[0]}:// URLs needs fsspec: pip install fsspec") from None
    try:
        with fsspec.open(url, "rb") as fh:
            return fh.read()  # type: ignore[no-any-return]
    except (ImportError, ValueError) as exc:  # the filesystem's package is missing, a bad URL
        raise OSError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None


def _input_size(path: str) -> int:
    return 0 if path == "-" or is_url(path) else Path(path).stat().st_size


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
        size = _input_size(path)
        if size > settings.source.max_bytes:
            # Refuse before reading: a multi-gigabyte file must not be loaded at all.
            from auditor.sources.load import too_large

            return FileResult(path=path, error=too_large(size, settings.source))
        data = read_input(path)
    except OSError as exc:
        return FileResult(path=path, error=f"cannot read file: {_os_reason(exc)}")
    return audit(data, path, settings)


# A job: a path, its settings, its bytes when the parent read them, and their SHA-256
# when the cache's key read it (auditor.cache.batched_lookups), else None.
Job = tuple[str, Settings, bytes | None, str | None]


def _audit_job(job: Job) -> FileResult:
    """A worker's unit: audit the bytes when the parent read them, else the path."""
    path, settings, data, content_hash = job
    return audit_path(path, settings) if data is None else audit(data, path, settings, content_hash=content_hash)


def _job_settings(job: Job) -> Settings:
    """What the jobs of a batch share: each worker is given it once (auditor.parallel)."""
    return job[1]


def _read_checked(path: str, settings: Settings) -> bytes | FileResult:
    """The bytes of ``path``, or the error result ``audit_path`` would give."""
    try:
        if path != "-" and not is_url(path):  # one open, its size from the open file: a cache run reads every file
            with open(path, "rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                if size > settings.source.max_bytes:
                    from auditor.sources.load import too_large

                    return FileResult(path=path, error=too_large(size, settings.source))
                return fh.read()
        size = _input_size(path)
        if size > settings.source.max_bytes:
            from auditor.sources.load import too_large

            return FileResult(path=path, error=too_large(size, settings.source))
        return read_input(path)
    except OSError as exc:
        return FileResult(path=path, error=f"cannot read file: {_os_reason(exc)}")


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class BatchOptions(Record):
    """How ``audit_many`` resolves settings for each file."""

    config: Config | None = None  # None: find config upward from each file
    use_config: bool = True
    rules: CliRuleOptions = field(default_factory=CliRuleOptions)
    source: SourceOptions = field(default_factory=SourceOptions)
    keep_document: bool = False
    jobs: int = 0  # worker processes; 0: every core this process may use
    cache: bool = False  # reuse results of unchanged files (the CLI turns it on)
    cache_dir: Path | None = None  # default .auditor_cache (or $AUDITOR_CACHE_DIR)
    cache_max_mb: int = 1024
    progress: bool = False  # a progress bar on stderr (the CLI decides: TTY only)
    engine: str = "local"  # "local" (this machine's processes) or "dask"
    scheduler: str | None = None  # dask: tcp://HOST:PORT; None starts a LocalCluster


def effective_jobs(options: BatchOptions) -> int:
    from auditor.parallel import available_cpus

    return options.jobs if options.jobs > 0 else available_cpus()


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
        item_labels=src.item_labels or tuple(config.get("item-labels")),
        item_number_words=src.item_number_words or tuple(sorted(
            (str(k), int(v)) for k, v in dict(config.get("item-number-words")).items())),
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


class Batch(Iterator[FileResult]):
    """A batch's results in input order, with what the cache knows of them:
    ``last_blob()``, the stored bytes of the result just given (a spool keeps them as
    is), and, once the batch is exhausted, ``digest``, a name for the whole batch's
    results (None without the cache, or when a result was not stored): the site
    stage keys its own cache entry by it. ``entries()`` gives a cache hit as the cache
    stores it, not unpickled (auditor.spool.Stored)."""

    def __init__(self) -> None:
        self.digest: str | None = None
        self._blob: bytes | None = None
        self._stream: Iterator[FileResult | Stored] = iter(())

    def __iter__(self) -> Batch:
        return self

    def __next__(self) -> FileResult:
        item = next(self._stream)
        return item if isinstance(item, FileResult) else item.load()

    def entries(self) -> Iterator[FileResult | Stored]:
        return self._stream

    def last_blob(self) -> bytes | None:
        return self._blob


def audit_many(paths: Iterable[str], options: BatchOptions | None = None) -> Batch:
    """Audit every article under ``paths`` (files, folders, globs, ``-``), in a
    stable order. Bad inputs come back as results with ``error`` set; a broken
    configuration raises :class:`~auditor.config.ConfigError` before any work.

    Results stream in input order whatever ``jobs`` is: a batch of any size holds
    only a window of results in memory."""
    batch = Batch()
    batch._stream = _audit_many(paths, options, batch)
    return batch


def _audit_many(paths: Iterable[str], options: BatchOptions | None, batch: Batch) -> Iterator[FileResult | Stored]:
    from auditor.discover import expand

    options = options or BatchOptions()

    def excluded(p: Path) -> bool:
        return is_excluded(p, config_for(str(p), options))

    shared: dict[tuple[int, str | None], Settings] = {}

    def settings(path: str) -> Settings:
        # Files that share a config without per-path overrides share one Settings
        # object: built once, pickled once per chunk, fingerprinted once for the cache.
        config = config_for(path, options)
        key = (id(config), path if config.overrides else None)
        if key not in shared:
            shared[key] = settings_for(path, options)
        return shared[key]

    from auditor.sources.detect import is_warc

    fixed = options.config if options.config is not None else None if options.use_config else Config()
    # One config for every file with nothing to exclude: no file needs judging.
    targets = expand(paths, None if fixed is not None and not fixed.exclude else excluded)
    jobs = [(t.path, None if t.error else settings(t.path), t.error) for t in targets]
    if not any(t.error is None and is_warc(t.path) for t in targets):
        yield from _audit_entries(jobs, options, batch=batch)
        return
    yield from _audit_entries(_with_archive_records(jobs), options, batch=batch)  # count unknown: archives stream


def _with_archive_records(
    jobs: Iterable[tuple[str, Settings | None, str | None]],
) -> Iterator[tuple[str, Settings | None, str | bytes | None]]:
    """Jobs with each web archive replaced by its HTML responses, read lazily."""
    from auditor.warc import html_records, is_warc

    for path, settings, error in jobs:
        if error is not None or settings is None or not is_warc(path):
            yield path, settings, error
            continue
        # Records are HTML responses: parse them as HTML unless the user said otherwise.
        as_html = replace(settings, source=replace(settings.source, format_in=settings.source.format_in or "html"))
        found = False
        for record in html_records(path, settings.source.max_bytes):
            found = True
            yield record.url, as_html, record.data if record.error is None else record.error
        if not found:
            yield path, settings, "no HTML responses in this web archive"


def audit_jobs(
    jobs: Iterable[tuple[str, Settings | None, str | bytes | None]], options: BatchOptions,
    total: int | None = None, batch: Batch | None = None,
) -> Iterator[FileResult]:
    """Audit ``(path, settings, error-or-bytes)`` jobs in order, with the cache, the
    worker pool and the progress bar that ``options`` ask for. A ``str`` third
    member is an error for that path; ``bytes`` are the content (a web archive's
    record), ``None`` means read the path. ``batch`` is told the cache's bytes of
    each result and the batch's digest (see :class:`Batch`)."""
    for item in _audit_entries(jobs, options, total, batch):
        yield item if isinstance(item, FileResult) else item.load()


def _audit_entries(
    jobs: Iterable[tuple[str, Settings | None, str | bytes | None]], options: BatchOptions,
    total: int | None = None, batch: Batch | None = None,
) -> Iterator[FileResult | Stored]:
    """:func:`audit_jobs`, with each cache hit as the cache stores it (a spool keeps it so)."""
    # Long and branchy on purpose: the one place that chooses cache, in-process, worker pool or
    # Dask and keeps input order; split, the order guarantee would be spread out.
    from auditor.parallel import Done, ordered_map

    if total is None and isinstance(jobs, list):
        total = len(jobs)
    cache = None
    if options.cache:
        from auditor.cache import open_cache

        cache = open_cache(options.cache_dir, options.cache_max_mb)
    # Per job in order: (cache key of a miss to store, stored bytes of a hit, what an
    # uncached result is: its path and error).
    keys: deque[tuple[str | None, bytes | None, str | None]] = deque()
    # The site stage compares two or more articles, and only the cache keeps facts for a
    # later batch: a lone uncached article skips extracting them (and importing their module).
    lone = cache is None and total == 1

    def prepared() -> Iterator[tuple[str, Settings, bytes | None] | Done]:
        """Each job's work, or Done with its error; with the cache, each job's bytes are
        read here, for its key."""
        for path, settings, extra in jobs:
            if isinstance(extra, str) or settings is None:
                yield Done(FileResult(path=path, error=extra if isinstance(extra, str) else "no settings"))
                continue
            data = extra
            if data is None and (path == "-" or cache is not None):  # a worker cannot read our stdin
                read = _read_checked(path, settings)
                if isinstance(read, FileResult):
                    yield Done(read)
                    continue
                data = read
            yield (path, replace(settings, site_facts=False) if lone else settings, data)

    def items() -> Iterator[Job | Done]:
        if cache is None:
            for item in prepared():
                if isinstance(item, Done):
                    keys.append((None, None, f"{item.value.path}\0{item.value.error}"))
                    yield item
                else:
                    keys.append((None, None, None))
                    yield (*item, None)
            return
        from auditor.cache import batched_lookups

        # A few hundred jobs at a time: one SELECT for their keys. A hit stays as stored.
        for entry, key, stored in batched_lookups(cache, prepared()):
            if isinstance(entry, Done):
                keys.append((None, None, f"{entry.value.path}\0{entry.value.error}"))
            elif stored is not None:
                keys.append((None, stored.blob, key))
                entry = Done(stored)
            else:
                keys.append((key, None, key))
            yield entry

    progress = None
    if options.progress and (total is None or total > 1):
        from auditor.progress import Progress

        progress = Progress(total)
    try:
        if options.engine == "dask":
            from auditor.engines.dask import dask_ordered_map

            stream = dask_ordered_map(_audit_job, items(), scheduler=options.scheduler,
                                      workers=effective_jobs(options))
        else:
            from auditor.spool import packed

            # Workers send each result in its stored form (auditor.spool.Stored).
            stream = ordered_map(_audit_job, items(), effective_jobs(options), total=total, pack=packed,
                                 share=_job_settings)
        # The batch's digest: each result's cache key (or path and error): equal digests,
        # equal results. Broken by a result the cache would not keep (a timeout).
        digest = blake2b(digest_size=20) if cache is not None else None
        for result in stream:
            to_store, blob, name = keys.popleft()
            if cache is not None and to_store is not None:
                blob = cache.put(to_store, result)
                if blob is None:
                    digest = None
            if digest is not None:
                digest.update(f"{name}\n".encode("utf-8", "surrogateescape"))
            if progress is not None:
                progress.advance()
            if batch is not None:
                batch._blob = blob
            yield result
        if batch is not None and digest is not None:
            batch.digest = digest.hexdigest()
    finally:
        if progress is not None:
            progress.close()
        if cache is not None:
            cache.close()
