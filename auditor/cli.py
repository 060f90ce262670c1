"""The ``auditor`` command. Thin: parse options, call the API, pick writers.

Exit codes (like ruff): 0 nothing at or above ``--fail-on`` and every gate met;
1 findings at or above ``--fail-on``, a score under ``--min-score`` or more warnings
than ``--max-warnings``; 2 a usage error or an input that could not be audited
(the other inputs are still audited and reported).
"""

from __future__ import annotations

import gc

# Importing the command (click, its ~180 options, the modules they name) allocates tens
# of thousands of objects that all stay: the cyclic collector ran ~20 times over them
# (~2 ms of a one-article check) and found nothing to free. Off while this module loads;
# at its end what it built is frozen (no collection walks it again, nor one made up
# for the pause) and the collector is back as it was (see _resume_collector).
_COLLECTING = gc.isenabled()
gc.disable()

import os  # noqa: E402 - after the collector is paused
import sys  # noqa: E402
from collections.abc import Iterable, Iterator, Sequence  # noqa: E402
from contextlib import contextmanager, nullcontext  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import IO, TYPE_CHECKING, Any, Callable, NoReturn, Protocol, TypedDict, TypeVar, cast  # noqa: E402

import click  # noqa: E402

from auditor import __version__  # noqa: E402
from auditor.errors import UserError  # noqa: E402 - every command's errors; loaded while the collector is off

if TYPE_CHECKING:
    from datetime import datetime

    from auditor.api import BatchOptions
    from auditor.cache import FragmentStore
    from auditor.model import FileResult
    from auditor.output import Fragments, RenderContext, Writer
    from auditor.rulepacks import Rule
    from auditor.spool import SpooledResults
    from auditor.web.run import WebOptions

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
LEVEL_RANK = {"info": 0, "warning": 1, "error": 2}
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
# Option types shared by every option that takes a path: each click.Path() asks gettext
# for its name, and gettext looks for a catalogue on disk every time (~16 paths x 2).
FILE_PATH = click.Path(dir_okay=False, path_type=Path)
DIR_PATH = click.Path(file_okay=False, path_type=Path)
ANY_PATH = click.Path(path_type=Path)


class AuditorGroup(click.Group):
    """Turns the errors users cause into one line and exit 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except UserError as exc:
            fail(str(exc))
        except BrokenPipeError:  # `auditor check … | head`
            sys.stderr.close()
            sys.exit(EXIT_OK)
        except OSError as exc:  # an output that cannot be written: full disk, no permission
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{exc.strerror or exc}")


def fail(message: str) -> NoReturn:
    click.echo(f"auditor: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(cls=AuditorGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="auditor")
def main() -> None:
    """Readability and SEO audits for listicle articles (HTML, Markdown, plain text).

    \b
    Examples:
      auditor check draft.md
      auditor check site/ --format json --output audit.json
      auditor report archive/ -o audit-report/
      auditor explain LS001
    """
    import atexit
    import gc

    # At exit the interpreter's last garbage collections walk every object still alive
    # (~12 ms of a one-article check) to free memory the OS takes back anyway. Frozen,
    # they are skipped: reference counting still frees, atexit and weakref.finalize
    # callbacks still run and open files were closed by their writers; only cyclic
    # garbage is left to the OS.
    atexit.register(gc.freeze)


# ---------------------------------------------------------------- options shared by commands

_Command = TypeVar("_Command", bound=Callable[..., Any])


def _input_options(fn: _Command) -> _Command:
    options = [
        click.option("--config", "config_path", type=FILE_PATH,
                     help="Use this config file instead of searching upward from each input."),
        click.option("--no-config", is_flag=True, help="Ignore every config file."),
        click.option("--rules", "rule_packs", multiple=True, type=ANY_PATH,
                     help="Add a folder (or file) of [[rule]] TOML packs. Repeatable."),
        click.option("--select", multiple=True, metavar="RULES",
                     help="Only these rules: ids, names, categories or id prefixes (comma separated)."),
        click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules (comma separated)."),
        click.option("--profile", metavar="NAME", help="Rule profiles from rules/profiles, comma separated: strict, specialist, plain-language."),
        click.option("--format-in", type=click.Choice(["html", "markdown", "text", "docx"]),
                     help="Parse inputs as this format instead of guessing."),
        click.option("--selector", metavar="CSS", help="CSS selector of the article body in HTML pages."),
        click.option("--lang", metavar="CODE", help="Article language (en, de, es, fr, it, nl, pt…)."),
        click.option("--site-url", metavar="URL", help="Site URL to tell internal from external links."),
        click.option("--max-size", type=click.IntRange(min=1), default=16, show_default=True,
                     metavar="MB", help="Refuse input files larger than this many megabytes."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
                     help="Worker processes for large batches [default: every core available; 1: no workers]."),
        click.option("--cache/--no-cache", "use_cache", default=True,
                     help="Reuse results of files unchanged since the last run [default: on]."),
        click.option("--cache-dir", type=DIR_PATH,
                     help="Folder of the results cache [default: .auditor_cache]."),
        click.option("--progress/--no-progress", "progress", default=None,
                     help="A progress bar on stderr [default: when stderr is a terminal]."),
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                     help="Where batches run: this machine's processes, or a Dask cluster (pip install 'auditor[dask]')."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler, tcp://HOST:PORT [default: a local cluster of --jobs workers]."),
        click.option("--timeout-per-file", type=click.FloatRange(min=0), metavar="SECONDS",
                     help="Give up on a file after this much CPU time, or ten times as long on the wall "
                          "clock (0: never).  [default: 10 s + 5 s per MB]"),
        click.option("--max-memory", type=click.IntRange(min=0), default=2048, show_default=True,
                     metavar="MB", help="Memory one file may take before it is given up (0: no limit)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _web_input_options(fn: _Command) -> _Command:
    """Options that reach the network: given only when the user asks for it."""
    options = [
        click.option("--sitemap", "sitemaps", multiple=True, metavar="URL",
                     help="Audit every article of this sitemap (index, .gz, or a robots.txt's Sitemap: lines)."),
        click.option("--limit", type=click.IntRange(min=1), metavar="N",
                     help="At most N articles from the sitemaps."),
        click.option("--include", "url_include", multiple=True, metavar="GLOB",
                     help="Only sitemap URLs matching this glob. Repeatable."),
        click.option("--exclude", "url_exclude", multiple=True, metavar="GLOB",
                     help="Skip sitemap URLs matching this glob. Repeatable."),
        click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="DATE",
                     help="Only sitemap articles whose lastmod is on or after DATE (YYYY-MM-DD)."),
        click.option("--save-pages", type=DIR_PATH, metavar="DIR",
                     help="Keep every fetched page in DIR so the run can be repeated offline."),
        click.option("--check-links", is_flag=True,
                     help="Check every link of the audited articles over the network."),
        click.option("--all-links", is_flag=True, help="With --check-links: site chrome links too."),
        click.option("--link-timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
                     metavar="SECONDS", help="Give up on a link after this long."),
        click.option("--max-links", type=click.IntRange(min=1), default=5000, show_default=True,
                     metavar="N", help="Check at most N distinct URLs in a run."),
        click.option("--delay", "crawl_delay", type=click.FloatRange(min=0), default=0.5, show_default=True,
                     metavar="SECONDS", help="Wait between two requests to one host."),
        click.option("--concurrency", type=click.IntRange(min=1, max=64), default=8, show_default=True,
                     help="Requests in flight at once (at most 2 per host)."),
        click.option("--link-cache-dir", type=DIR_PATH,
                     default=Path(".auditor_cache"), show_default=True,
                     help="Where link results are cached (a day) so a re-run does not hit every host."),
        click.option("--no-link-cache", is_flag=True, help="Check every link afresh; cache nothing."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


class _InputArgs(TypedDict):
    """What ``@_input_options`` passes a command (the parameters of ``_batch_options``)."""

    config_path: Path | None
    no_config: bool
    rule_packs: Sequence[Path]
    select: Sequence[str]
    ignore: Sequence[str]
    profile: str | None
    format_in: str | None
    selector: str | None
    lang: str | None
    site_url: str | None
    max_size: int
    jobs: int
    use_cache: bool
    cache_dir: Path | None
    progress: bool | None
    engine: str
    scheduler: str | None
    timeout_per_file: float | None
    max_memory: int


class _WebArgs(TypedDict):
    """What ``@_web_input_options`` passes a command (the parameters of ``_web_options``)."""

    sitemaps: Sequence[str]
    limit: int | None
    url_include: Sequence[str]
    url_exclude: Sequence[str]
    since: datetime | None
    save_pages: Path | None
    check_links: bool
    all_links: bool
    link_timeout: float
    max_links: int
    crawl_delay: float
    concurrency: int
    link_cache_dir: Path
    no_link_cache: bool


def _web_options(
    sitemaps: Sequence[str], limit: int | None, url_include: Sequence[str], url_exclude: Sequence[str],
    since: datetime | None, save_pages: Path | None, check_links: bool, all_links: bool, link_timeout: float,
    max_links: int, crawl_delay: float, concurrency: int, link_cache_dir: Path, no_link_cache: bool,
    max_size: int,
) -> WebOptions:
    """Built only when the network is asked for: ``auditor.web`` imports httpx."""
    from auditor.web.links import LinkOptions
    from auditor.web.policy import FetchPolicy
    from auditor.web.run import WebOptions
    from auditor.web.sitemap import Filters

    return WebOptions(
        policy=FetchPolicy(concurrency=concurrency, delay=crawl_delay, max_bytes=max_size * 1000 * 1000),
        sitemaps=tuple(sitemaps),
        filters=Filters(limit=limit, include=tuple(url_include), exclude=tuple(url_exclude),
                        since=since.date() if since is not None else None),
        save_pages=save_pages,
        check_links=check_links,
        links=LinkOptions(timeout=link_timeout, max_links=max_links, all_links=all_links,
                          cache_path=None if no_link_cache else link_cache_dir / "links.sqlite"),
    )


WEB_KEYS = ("sitemaps", "limit", "url_include", "url_exclude", "since", "save_pages", "check_links",
            "all_links", "link_timeout", "max_links", "crawl_delay", "concurrency", "link_cache_dir",
            "no_link_cache")


def _split_web(input_options: dict[str, object]) -> _WebArgs:
    """Take the web options out of a command's keyword arguments."""
    # click gave exactly these keys, typed by the options in _web_input_options.
    return cast(_WebArgs, {key: input_options.pop(key) for key in WEB_KEYS})


def _inputs(input_options: dict[str, object]) -> _InputArgs:
    """A command's keyword arguments once the web options are taken out."""
    # click gave exactly these keys, typed by the options in _input_options.
    return cast(_InputArgs, input_options)


def _uses_network(paths: Sequence[str], web: _WebArgs) -> bool:
    return bool(web["sitemaps"]) or bool(web["check_links"]) or any(
        p.startswith(("http://", "https://")) for p in paths)


def _audit(paths: Sequence[str], options: BatchOptions, web: _WebArgs, max_size: int) -> Iterator[FileResult]:
    """audit_many, or its online twin when a URL, a sitemap or link checking is asked for."""
    if not _uses_network(paths, web):
        from auditor.api import audit_many

        return audit_many(paths, options)
    from auditor.web.run import audit_web

    return audit_web(paths, options, _web_options(**web, max_size=max_size))


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _batch_options(
    config_path: Path | None, no_config: bool, rule_packs: Sequence[Path], select: Sequence[str],
    ignore: Sequence[str], profile: str | None, format_in: str | None, selector: str | None,
    lang: str | None, site_url: str | None, max_size: int, jobs: int, keep_document: bool,
    use_cache: bool = True, cache_dir: Path | None = None, progress: bool | None = None,
    engine: str = "local", scheduler: str | None = None,
    timeout_per_file: float | None = None, max_memory: int = 2048,
) -> BatchOptions:
    from auditor.api import BatchOptions
    from auditor.config import CliRuleOptions, Config, read_config_file
    from auditor.sources import SourceOptions

    config = None
    if config_path is not None:
        config = read_config_file(config_path)
    elif no_config:
        config = Config()
    return BatchOptions(
        config=config,
        use_config=not no_config,
        rules=CliRuleOptions(
            select=_split(select), ignore=_split(ignore),
            extra_packs=tuple(p.resolve() for p in rule_packs), profile=profile,
        ),
        source=SourceOptions(format_in=format_in, selector=selector, lang=lang, site_url=site_url,
                             max_bytes=max_size * 1000 * 1000, timeout_s=timeout_per_file,
                             memory_mb=max_memory or None),
        keep_document=keep_document,
        jobs=jobs,
        cache=use_cache,
        cache_dir=cache_dir,
        progress=_progress_wanted(progress),
        engine="dask" if scheduler else engine,
        scheduler=scheduler,
    )


def _progress_wanted(flag: bool | None) -> bool:
    from auditor.progress import wanted

    return wanted(flag)


def _use_color(no_color: bool) -> bool:
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def _parse_min_scores(values: Sequence[str]) -> dict[str, int]:
    from auditor.model import CATEGORIES

    gates: dict[str, int] = {}
    for value in _split(values):
        key, _, number = value.rpartition("=")
        key = key.strip().lower() or "overall"
        if key != "overall" and key not in CATEGORIES:
            raise click.BadParameter(
                f"{key!r} is not a category ({', '.join(CATEGORIES)})", param_hint="--min-score"
            )
        try:
            score = int(number)
        except ValueError:
            raise click.BadParameter(f"{value!r}: expected N or CATEGORY=N", param_hint="--min-score") from None
        if not 0 <= score <= 100:
            raise click.BadParameter(f"{value!r}: scores run from 0 to 100", param_hint="--min-score")
        gates[key] = score
    return gates


def _parse_formats(values: Sequence[str], output: Path | None) -> list[tuple[str, Path | None]]:
    """``--format text --format sarif=out.sarif`` → [(text, None), (sarif, out.sarif)]."""
    from auditor.output import WRITERS

    known = (*WRITERS, "html")
    chosen: list[tuple[str, Path | None]] = []
    for value in values or ("text",):
        name, sep, target = value.partition("=")
        name = name.strip().lower()
        if name not in known:
            raise click.BadParameter(f"{name!r}: choose one of {', '.join(known)}", param_hint="--format")
        chosen.append((name, Path(target) if sep else None))
    to_stdout = [i for i, (_n, p) in enumerate(chosen) if p is None]
    if output is not None:
        if len(to_stdout) != 1:
            raise click.BadParameter("--output needs exactly one --format without =PATH", param_hint="--output")
        chosen[to_stdout[0]] = (chosen[to_stdout[0]][0], output)
    elif len(to_stdout) > 1:
        raise click.BadParameter("only one format can go to standard output: give the others =PATH",
                                 param_hint="--format")
    return chosen


# ---------------------------------------------------------------- check


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option("-f", "--format", "formats", multiple=True, metavar="NAME[=PATH]",
              help="text, json, sarif, junit, github or html; repeat with =PATH to write several.")
@click.option("-o", "--output", type=FILE_PATH,
              help="Write the (single) output to this file instead of standard output.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]),
              help="Exit 1 when a finding at or above this level remains.  [default: error]")
@click.option("--min-score", "min_scores", multiple=True, metavar="[CATEGORY=]N",
              help="Exit 1 when the overall (or a category's) score of any file is below N.")
@click.option("--max-warnings", type=click.IntRange(min=0), metavar="N",
              help="Exit 1 when there are more than N warnings in all.")
@click.option("--baseline", "baseline_path", type=FILE_PATH,
              help="Report only findings that are not in this baseline file.")
@click.option("--changed", is_flag=True, help="Audit only files changed against a git ref.")
@click.option("--base", metavar="REF", help="The git ref --changed compares with.  [default: merge base]")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
@click.option("-v", "--verbose", is_flag=True, help="Also show each file's metrics and how its score was reached.")
@click.option("--no-color", is_flag=True, help="No ANSI colours (NO_COLOR is honoured too).")
@click.option("--statistics", is_flag=True, help="Print how often each rule fired.")
@click.option("--explain-body", is_flag=True,
              help="Print what was read as the article (outline, images) and the site chrome dropped, and why.")
@click.option("--no-excerpt", is_flag=True,
              help="Text output: one line per finding, without the excerpt frame under it.")
@click.option("--history", "history", metavar="PATH|URL", envvar="AUDITOR_HISTORY",
              help="Record this run in a history store: a SQLite file or a postgresql:// URL.")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the named Markdown and HTML files (double spaces in text too), then audit them.")
@click.option("--diff", is_flag=True, help="Print the fixes as a diff instead of writing them; exit 1 if any.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes that may change meaning (headline number).")
@click.option("--watch", is_flag=True, help="Re-audit files as they change until interrupted.")
@_input_options
@_web_input_options
def check(
    paths: tuple[str, ...], formats: tuple[str, ...], output: Path | None, fail_on: str | None,
    min_scores: tuple[str, ...], max_warnings: int | None, baseline_path: Path | None,
    changed: bool, base: str | None, quiet: bool, verbose: bool, no_color: bool,
    statistics: bool, explain_body: bool = False, no_excerpt: bool = False, history: str | None = None,
    fix: bool = False, diff: bool = False, unsafe_fixes: bool = False, watch: bool = False,
    **input_options: object,
) -> None:
    """Audit articles and print findings as path:line:col level rule message.

    PATH may be a file, a folder (walked for .html, .md, .txt…), a glob or - for
    standard input.
    """
    with _collector_paused():  # imports the writers, the model and the API: ~1 ms of collections
        chosen = _parse_formats(formats, output)
        gates = _parse_min_scores(min_scores)
        web = _split_web(input_options)
        options = _batch_options(**_inputs(input_options), keep_document=any(n == "html" for n, _ in chosen))
    if changed:
        paths = _changed_paths(paths, base)
        if not paths:
            click.echo("auditor: no changed articles to check", err=True)
            sys.exit(EXIT_OK)
    elif not paths and not web["sitemaps"]:
        raise click.UsageError("give at least one PATH (a file, folder, glob, URL or -) or --sitemap URL")
    if explain_body:
        from auditor.sources.explain import explain_paths

        sys.exit(explain_paths(paths, options.source))
    if fix or diff:
        from auditor.fix.cli import run_fixes

        changed_files = run_fixes(paths, options, write=not diff, unsafe=unsafe_fixes)
        if diff:
            sys.exit(EXIT_FINDINGS if changed_files else EXIT_OK)
    if watch:
        from auditor.watch import watch_paths

        sys.exit(watch_paths(paths, options, chosen, color=_use_color(no_color), verbose=verbose))

    from auditor.api import config_for

    audited = _audited(paths, options, web, _inputs(input_options)["max_size"])
    # A partial set would call every unchanged article's neighbour an orphan.
    staged = audited if changed else _site_stage(audited, options)
    results: Sequence[FileResult] = _recorded_sequence(staged, history, options, "check")
    if baseline_path is not None:
        results = _apply_baseline(results, baseline_path)
    config = config_for("-", options)  # the run's gates: --config, else found from here
    threshold = fail_on or config.fail_on
    if "overall" not in gates and config.min_score is not None:
        gates["overall"] = config.min_score
    _echo_errors(results)
    _write_outputs(results, chosen, (*config.extend_rules, *options.rules.extra_packs),
                   docs_url=config.rule_docs_url, color=_use_color(no_color), quiet=quiet,
                   verbose=verbose, statistics=statistics, fail_on=threshold, excerpt=not no_excerpt, options=options)
    sys.exit(_exit_code(results, threshold, gates, max_warnings))


def _audited(paths: Sequence[str], options: BatchOptions, web: _WebArgs, max_size: int) -> SpooledResults:
    """The batch's results, on disk, not in memory: a batch of any size; each pass of
    the writers loads one at a time."""
    with _collector_paused():
        from auditor.spool import SpooledResults

    # One local article: its rule pack and its result stay for the rest of the run, so
    # the collections they would set off (~2 ms: after the pack loads, after the audit,
    # which turns the collector off only while it runs) found nothing to free.
    one_article = len(paths) == 1 and not web["sitemaps"] and os.path.isfile(paths[0])
    with _collector_paused() if one_article else nullcontext():
        return SpooledResults(_audit(paths, options, web, max_size))


def _fragment_store(options: BatchOptions, chosen: Sequence[tuple[str, Path | None]]) -> FragmentStore | None:
    """The cache's store of rendered JSON entries and text blocks, when the run uses
    the cache and writes either: unchanged pages' are written as they were last time."""
    if not options.cache or not any(name in ("json", "text") for name, _target in chosen):
        return None
    from auditor.cache import FragmentStore, open_cache

    cache = open_cache(options.cache_dir, options.cache_max_mb)
    return FragmentStore(cache) if cache is not None else None


def _echo_errors(results: Sequence[FileResult]) -> None:
    """One line on stderr per input that could not be audited."""
    from auditor.spool import verdicts  # a spool keeps them: no result is loaded

    for verdict in verdicts(results):
        if verdict.error:
            click.echo(f"auditor: error: {verdict.path}: {verdict.error}", err=True)


def _exit_code(
    results: Sequence[FileResult], fail_on: str, gates: dict[str, int], max_warnings: int | None
) -> int:
    from auditor.spool import verdicts  # a spool keeps them: no result is loaded

    summary = list(verdicts(results))
    if any(v.error for v in summary):
        return EXIT_ERROR
    failed = False
    if fail_on != "never":
        floor = LEVEL_RANK[fail_on]
        failed = any(LEVEL_RANK[level] >= floor for v in summary for level, n in v.levels.items() if n)
    for verdict in summary:
        for key, minimum in gates.items():
            score = verdict.score if key == "overall" else verdict.scores.get(key)
            if score is not None and score < minimum:
                failed = True
    if max_warnings is not None:
        failed |= sum(v.levels.get("warning", 0) for v in summary) > max_warnings
    return EXIT_FINDINGS if failed else EXIT_OK


def _changed_paths(paths: Sequence[str], base: str | None) -> tuple[str, ...]:
    from auditor.changed import ChangedFilesError, changed_files
    from auditor.sources.detect import ARTICLE_EXTENSIONS as ARTICLE_SUFFIXES
    from auditor.paths import relative_path

    try:
        files = changed_files(base, Path.cwd())
    except ChangedFilesError as exc:
        fail(str(exc))
    scopes = [Path(p).resolve() for p in paths]
    chosen = []
    for file in files:
        resolved = file.resolve()
        if file.suffix.lower() not in ARTICLE_SUFFIXES or not resolved.exists():
            continue
        if scopes and not any(resolved == s or s in resolved.parents for s in scopes):
            continue
        chosen.append(relative_path(resolved))
    return tuple(chosen)


def _apply_baseline(results: Iterable[FileResult], path: Path) -> Sequence[FileResult]:
    """The batch with baselined findings dropped, spooled again: never held as objects."""
    from auditor import baseline
    from auditor.spool import SpooledResults

    try:
        known = baseline.load(path)
    except baseline.BaselineError as exc:
        fail(str(exc))
    return SpooledResults(baseline.iter_new(results, known))


def _write_outputs(
    results: Sequence[FileResult], chosen: Sequence[tuple[str, Path | None]], packs: Sequence[Path],
    *, docs_url: str | None, color: bool, quiet: bool, verbose: bool, statistics: bool, fail_on: str,
    excerpt: bool = True, options: BatchOptions | None = None,
) -> None:
    fragments = _fragment_store(options, chosen) if options is not None else None
    # A run on several local cores renders its JSON and text in that many processes too
    # (output.ahead, from hundreds of files: one file never asks the cgroup for cores).
    jobs = 1
    if options is not None and options.engine == "local" and len(results) > 1:
        from auditor.api import effective_jobs

        jobs = effective_jobs(options)
    try:
        _write_each(results, chosen, packs, docs_url=docs_url, color=color, quiet=quiet, verbose=verbose,
                    statistics=statistics, fail_on=fail_on, excerpt=excerpt, fragments=fragments, jobs=jobs)
    finally:
        if fragments is not None:
            fragments.close()


def _write_each(
    results: Sequence[FileResult], chosen: Sequence[tuple[str, Path | None]], packs: Sequence[Path],
    *, docs_url: str | None, color: bool, quiet: bool, verbose: bool, statistics: bool, fail_on: str,
    excerpt: bool, fragments: Fragments | None, jobs: int = 1,
) -> None:
    from auditor.fileio import encode_text, write_atomic
    from auditor.output import RenderContext, get_writer
    from auditor.output.ahead import for_writers
    from auditor.output.rules_doc import HOMEPAGE, RULE_DOCS_URL
    from auditor.rulepacks import load_rules

    rules = load_rules(tuple(packs))
    docs_url = docs_url or RULE_DOCS_URL

    def context_for(target: Path | None, store: Fragments | None) -> RenderContext:
        return RenderContext(
            version=__version__, rules=rules, color=color and target is None,
            statistics=statistics, quiet=quiet,
            extra={"verbose": verbose, "fail_on": fail_on, "rule_docs_url": docs_url,
                   "information_uri": HOMEPAGE, "excerpt": excerpt},
            fragments=store,
        )

    # Without the cache's store, JSON and text are rendered ahead in worker processes
    # (output.ahead) when the run has the cores and enough files.
    ahead = None if fragments is not None else for_writers(
        results, [(name, context_for(target, None)) for name, target in chosen if name in ("json", "text")], jobs)
    store = fragments if fragments is not None else cast("Fragments | None", ahead)

    def pieces_of(n: int, batch: Sequence[FileResult]) -> Iterator[bytes]:
        # Pieces as bytes (a lone surrogate as U+FFFD, not a crash); kept fragments
        # come as bytes already and are written as they are.
        name, target = chosen[n]
        chunks = _writer_chunks(name)
        assert chunks is not None
        return (p if isinstance(p, bytes) else encode_text(p) for p in chunks(batch, context_for(target, store)))

    streams = _Streams(results, chosen, _one_pass(results, chosen, quiet), pieces_of)
    try:
        for n, (name, target) in enumerate(chosen):
            if name == "html":
                _write_html(results, target or Path("audit-report"), rules)
                continue
            if _writer_chunks(name) is not None:  # streamed: a large batch never sits in memory as one string
                if target is None:
                    _write_stdout(streams.pieces(n))
                else:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    write_atomic(target, streams.pieces(n), keep_mode=True)
                continue
            _write_whole(get_writer(name), results, context_for(target, store), target)
    finally:
        streams.close()
        if ahead is not None:
            ahead.close()


def _write_whole(writer: Writer, results: Sequence[FileResult], context: RenderContext, target: Path | None) -> None:
    """A writer's output made as one string, to ``target`` or standard output."""
    from auditor.fileio import encode_text, write_atomic

    text = writer(results, context)
    if target is None:  # stdout too: a lone surrogate prints as U+FFFD, not a crash
        text = encode_text(text).decode("utf-8")
        if text:  # click strips ANSI off a TTY unless told the colour was asked for
            click.echo(text, nl=not text.endswith("\n"), color=context.color or None)
    else:  # atomic, keeping the mode of the file it replaces
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, encode_text(text), keep_mode=True)


class _Streams:
    """The streamed formats' pieces, by index in the chosen formats. Those of
    ``together`` are made in one pass when the first of them is written, the others'
    pieces kept in temporary files until their turn (auditor.output.passes)."""

    def __init__(self, results: Sequence[FileResult], chosen: Sequence[tuple[str, Path | None]],
                 together: list[int], pieces_of: Callable[[int, Sequence[FileResult]], Iterator[bytes]]) -> None:
        self._results, self._together, self._pieces_of = results, together, pieces_of
        self._spills: dict[int, IO[bytes]] = {}

    def pieces(self, n: int) -> Iterator[bytes]:
        from auditor.output.passes import SharedLoads, lockstep, replayed

        if n in self._spills:
            return replayed(self._spills[n])
        if not self._together or n != self._together[0]:
            return self._pieces_of(n, self._results)
        import tempfile

        shared = SharedLoads(self._results, len(self._together))
        others = []
        for k in self._together[1:]:
            self._spills[k] = tempfile.TemporaryFile(prefix="auditor-output-")
            others.append((self._pieces_of(k, shared.view()), self._spills[k]))
        return lockstep(self._pieces_of(n, shared.view()), others)

    def close(self) -> None:
        for spill in self._spills.values():
            spill.close()


def _one_pass(results: Sequence[FileResult], chosen: Sequence[tuple[str, Path | None]], quiet: bool) -> list[int]:
    """The chosen formats (their indices) written in one pass over the results, each
    result loaded once (auditor.output.passes): JSON and text, which read the results
    in path order one piece each (text with -q reads them all before its one line).
    Empty when fewer than two, or when the batch is not a spool."""
    from auditor.output.passes import can_share

    joined = [n for n, (name, _target) in enumerate(chosen) if name == "json" or (name == "text" and not quiet)]
    return joined if len(joined) > 1 and can_share(results) else []


class _ChunkWriter(Protocol):
    def __call__(self, results: Sequence[FileResult], context: RenderContext) -> Iterator[str | bytes]: ...


def _write_stdout(pieces: Iterable[bytes]) -> None:
    """UTF-8 pieces to standard output: to its byte stream when it has one and it is UTF-8."""
    stream = getattr(sys.stdout, "buffer", None)
    if (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "") != "utf8":
        stream = None  # a console in another code page: through the text layer, as before
    sys.stdout.flush()
    for piece in pieces:
        if stream is not None:
            stream.write(piece)
        else:
            sys.stdout.write(piece.decode("utf-8"))
    if stream is not None:
        stream.flush()
    sys.stdout.flush()


def _writer_chunks(name: str) -> _ChunkWriter | None:
    """The writer's ``render_chunks`` when it streams (every format but HTML), else None."""
    import importlib

    from auditor.output import WRITERS

    chunks: _ChunkWriter | None = getattr(importlib.import_module(WRITERS[name]), "render_chunks", None)
    return chunks


def _write_html(results: Sequence[FileResult], out_dir: Path, rules: Sequence[Rule]) -> None:
    from auditor.report import write_report

    index = write_report(results, out_dir, rules=rules, version=__version__)
    click.echo(f"Report written to {index}", err=True)


def _site_stage(results: Iterable[FileResult], options: BatchOptions) -> Iterable[FileResult]:
    """The site-wide rules over the whole set (auditor.sitewide), with the run's
    configuration deciding their levels and parameters. Without site rules the
    results stream through untouched; with them the whole set is needed at once."""
    from collections.abc import Sized

    if isinstance(results, Sized) and len(results) < 2:
        return results  # one article has no site to compare with: skip the stage's imports
    from auditor.api import settings_for
    from auditor.sitewide.stage import site_rules

    rules = site_rules(settings_for("-", options).rules)
    if not rules:
        return results
    from auditor.cache import cached_site_stage

    return cached_site_stage(results, rules, options)  # a batch seen before: no result loaded


def _recorded_sequence(
    results: Iterable[FileResult], history: str | None, options: BatchOptions, command: str
) -> Sequence[FileResult]:
    """:func:`_recorded` as a sequence: when nothing is recorded, a staged sequence is
    read as it is, not spooled a second time."""
    from auditor.spool import SpooledResults

    recorded = _recorded(results, history, options, command)
    return recorded if isinstance(recorded, Sequence) else SpooledResults(recorded)


def _recorded(
    results: Iterable[FileResult], history: str | None, options: BatchOptions, command: str
) -> Iterable[FileResult]:
    """``results`` unchanged, recorded as one run when a history store is named
    (--history, $AUDITOR_HISTORY or config); the run is complete only at the end."""
    from auditor.api import config_for

    # history.commands.store_target(default=False), without importing the store for
    # the common run that records nothing.
    target = history or config_for("-", options).history
    if not target:
        return results
    return _recording(results, target, options, command)


def _recording(results: Iterable[FileResult], target: str, options: BatchOptions, command: str) -> Iterator[FileResult]:
    from auditor.history.commands import start_recording

    recorder = start_recording(target, options, command, __version__)
    yield from recorder.stream(results)
    run_id = recorder.finish()
    click.echo(f"Run {run_id} recorded in {recorder.store.name}", err=True)
    recorder.store.close()


def _write_trends(history: str | None, options: BatchOptions, out_dir: Path) -> None:
    """trends.html: the last runs of the history store, or how to start one."""
    from auditor.api import config_for
    from auditor.history.commands import store_target

    from auditor.history.trends import write_trends

    target = store_target(history, config_for("-", options).history, default=False)
    if target is None:  # the page explains how to start recording
        write_trends(None, out_dir, version=__version__)
        return
    from auditor.history.store import open_store

    with open_store(target, create=False) as store:
        write_trends(store, out_dir, version=__version__)


# ---------------------------------------------------------------- history, diff


_STORE_HELP = "History store: a SQLite file or postgresql:// URL.  [default: config, else .auditor/history.sqlite]"


def _store_options(history: str | None, config_path: Path | None, no_config: bool) -> str:
    from auditor.config import find_config, read_config_file
    from auditor.history.commands import store_target

    configured = None
    if config_path is not None:
        configured = read_config_file(config_path).history
    elif not no_config:
        configured = find_config(Path.cwd().resolve()).history
    target = store_target(history, configured, default=True)
    assert target is not None  # default=True always names a store
    return target


@main.command("history", context_settings=CONTEXT)
@click.option("--history", "history", metavar="PATH|URL", envvar="AUDITOR_HISTORY", help=_STORE_HELP)
@click.option("-n", "--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Show this many of the newest runs.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_path", type=FILE_PATH,
              help="Read `history` from this config file.")
@click.option("--no-config", is_flag=True, help="Ignore config files.")
def history_command(history: str | None, limit: int, fmt: str, config_path: Path | None, no_config: bool) -> None:
    """List recorded runs, newest first (record them with check/report --history)."""
    from auditor.history.commands import list_command

    click.echo(list_command(_store_options(history, config_path, no_config), limit, fmt), nl=False)


@main.command("diff", context_settings=CONTEXT)
@click.argument("run_a", required=False, metavar="[RUN_A]")
@click.argument("run_b", required=False, metavar="[RUN_B]")
@click.option("--history", "history", metavar="PATH|URL", envvar="AUDITOR_HISTORY", help=_STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text", show_default=True,
              help="md: a Markdown summary to paste into a pull request.")
@click.option("-o", "--output", type=FILE_PATH,
              help="Write to this file instead of standard output.")
@click.option("--config", "config_path", type=FILE_PATH,
              help="Read `history` from this config file.")
@click.option("--no-config", is_flag=True, help="Ignore config files.")
def diff_command(run_a: str | None, run_b: str | None, history: str | None, fmt: str,
                 output: Path | None, config_path: Path | None, no_config: bool) -> None:
    """What changed between two recorded runs: new and fixed findings, score changes,
    articles added and gone.

    \b
    RUN is an id from `auditor history`, a prefix of a run's uid, or -N (the Nth
    newest). No RUN: the last two runs; one RUN: that run against the newest.
    """
    from auditor.history.commands import diff_command as run_diff

    text = run_diff(_store_options(history, config_path, no_config), run_a, run_b, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        from auditor.fileio import write_atomic

        write_atomic(output, text.encode("utf-8"), keep_mode=True)


# ---------------------------------------------------------------- rules, explain


@main.command("rules", context_settings=CONTEXT)
@click.option("--category", help="Only rules of this category.")
@click.option("--rules", "rule_packs", multiple=True, type=ANY_PATH,
              help="Include a folder of extra rule packs.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="markdown writes the full catalogue with docs (docs/rules.md).")
def list_rules(category: str | None, rule_packs: tuple[Path, ...], fmt: str) -> None:
    """List every rule: id, name, category, default level."""
    from auditor.rulepacks import load_rules

    rules = [r for r in load_rules(tuple(p.resolve() for p in rule_packs))
             if category is None or r.category == category]
    if fmt == "markdown":
        from auditor.output.rules_doc import render_markdown

        click.echo(render_markdown(rules), nl=False)
        return
    if fmt == "json":
        import json

        rows = [{"id": r.id, "name": r.name, "category": r.category, "level": r.level,
                 "enabled": r.enabled, "fix": r.fix, "summary": r.doc.summary} for r in rules]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for rule in sorted(rules, key=lambda r: (r.category, r.id)):
        flag = "" if rule.enabled else "  (off by default)"
        fixable = {"safe": "fix", "unsafe": "fix*"}.get(rule.fix or "", "")
        click.echo(f"{rule.id:<7} {rule.name:<34} {rule.category:<12} {rule.level:<8}{fixable:<5}{flag}".rstrip())
    click.echo(f"\n{len(rules)} rules. `auditor explain ID` shows a rule's documentation."
               " fix: `check --fix` fixes it; fix*: only with --unsafe-fixes.")


@main.command(context_settings=CONTEXT)
@click.argument("rule_id", metavar="ID")
@click.option("--rules", "rule_packs", multiple=True, type=ANY_PATH,
              help="Include a folder of extra rule packs.")
def explain(rule_id: str, rule_packs: tuple[Path, ...]) -> None:
    """Show a rule's documentation: what it checks, why, a bad and a good example."""
    from auditor.output.explain import render_rule_doc
    from auditor.rulepacks import find_rule, load_rules

    rules = load_rules(tuple(p.resolve() for p in rule_packs))
    rule = find_rule(rules, rule_id)
    if rule is None:
        fail(f"unknown rule {rule_id!r}: `auditor rules` lists them")
    click.echo(render_rule_doc(rule))


# ---------------------------------------------------------------- baseline

DEFAULT_BASELINE = Path("auditor-baseline.json")


@main.group(context_settings=CONTEXT)
def baseline() -> None:
    """Accept today's findings so CI fails only on new ones.

    \b
      auditor baseline create archive/            # writes auditor-baseline.json
      auditor check archive/ --baseline auditor-baseline.json
      auditor baseline update archive/            # forget findings that were fixed
    """


def _audit_for_baseline(paths: Sequence[str], input_options: dict[str, object]) -> list[FileResult]:
    from auditor.api import audit_many

    options = _batch_options(**_inputs(input_options), keep_document=False)
    results = list(audit_many(paths, options))
    _echo_errors(results)
    return results


@baseline.command("create", context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-b", "--baseline", "-o", "--output", "target", type=FILE_PATH,
              default=DEFAULT_BASELINE, show_default=True, help="The baseline file to write.")
@_input_options
def baseline_create(paths: tuple[str, ...], target: Path, **input_options: object) -> None:
    """Record every current finding of PATH... in a baseline file."""
    from auditor import baseline as baselines

    results = _audit_for_baseline(paths, input_options)
    data = baselines.create(results)
    baselines.write(data, target)
    total = baselines.from_dict(data).total()
    click.echo(f"Baseline of {total} findings in {len(data['findings'])} files written to {target}")
    sys.exit(EXIT_ERROR if any(r.error for r in results) else EXIT_OK)


@baseline.command("update", context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-b", "--baseline", "target", type=FILE_PATH,
              default=DEFAULT_BASELINE, show_default=True, help="The baseline file to prune.")
@_input_options
def baseline_update(paths: tuple[str, ...], target: Path, **input_options: object) -> None:
    """Prune findings that were fixed from the baseline; new findings are not added."""
    from auditor import baseline as baselines

    try:
        known = baselines.load(target)
    except baselines.BaselineError as exc:
        fail(str(exc))
    results = _audit_for_baseline(paths, input_options)
    data = baselines.update(known, results, root=Path.cwd())
    baselines.write(data, target)
    left = baselines.from_dict(data).total()
    click.echo(f"Baseline updated: {known.total() - left} fixed findings pruned, {left} remain in {target}")
    sys.exit(EXIT_ERROR if any(r.error for r in results) else EXIT_OK)


# ---------------------------------------------------------------- lsp


@main.command(context_settings=CONTEXT)
@click.option("--config", "config_path", type=FILE_PATH,
              help="Use this config file instead of searching upward from each document.")
@click.option("--no-config", is_flag=True, help="Ignore every config file.")
@click.option("--debounce", type=click.IntRange(min=0), default=300, show_default=True, metavar="MS",
              help="Wait this long after the last keystroke before auditing.")
def lsp(config_path: Path | None, no_config: bool, debounce: int) -> None:
    """Run the language server on stdio: live diagnostics, hover docs, quick fixes."""
    from auditor.lsp.server import serve

    options = _batch_options(config_path, no_config, (), (), (), None, None, None, None, None, 16, 1,
                             keep_document=True)
    serve(options, debounce / 1000)


# ---------------------------------------------------------------- links

LINK_RULES = ("LK017", "LK018", "LK019", "LK020", "LK021")


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, metavar="PATH|URL...")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--broken-only", is_flag=True, help="List only links with a finding.")
@_input_options
@_web_input_options
def links(paths: tuple[str, ...], fmt: str, broken_only: bool, **input_options: object) -> None:
    """Check every link of the articles in PATH|URL... over the network.

    Prints each link's status, redirects and time; exits 1 when a link is broken.
    """
    web = _split_web(input_options)
    web["check_links"] = True
    if not paths and not web["sitemaps"]:
        raise click.UsageError("give at least one PATH or URL (or --sitemap URL)")
    options = _batch_options(**_inputs(input_options), keep_document=True)
    options = replace(options, rules=replace(options.rules, select=LINK_RULES + ("MT011",)))
    from auditor.web.report import render_links

    results = list(_audit(paths, options, web, _inputs(input_options)["max_size"]))
    _echo_errors(results)
    click.echo(render_links(results, fmt, broken_only=broken_only), nl=False)
    if any(r.error for r in results):
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if any(f.level == "error" for r in results for f in r.findings) else EXIT_OK)


# ---------------------------------------------------------------- report


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option("-o", "--output", "out_dir", type=DIR_PATH,
              default=Path("audit-report"), show_default=True, help="Folder to write the report to.")
@click.option("--clean", is_flag=True, help="Remove the report's old files from the folder first.")
@click.option("--history", "history", metavar="PATH|URL", envvar="AUDITOR_HISTORY",
              help="Record this run in a history store: a SQLite file or a postgresql:// URL.")
@_input_options
@_web_input_options
def report(paths: tuple[str, ...], out_dir: Path, clean: bool, history: str | None,
           **input_options: object) -> None:
    """Write a self-contained HTML report for PATH... (files, folders, URLs) and print where it is."""
    from auditor.api import config_for
    from auditor.report import write_report
    from auditor.rulepacks import load_rules

    web = _split_web(input_options)
    options = _batch_options(**_inputs(input_options), keep_document=True)
    # The rules page documents house rules too, as `check --format html` does.
    packs = (*config_for("-", options).extend_rules, *options.rules.extra_packs)
    errors = 0

    def results() -> Iterator[FileResult]:
        nonlocal errors
        for result in _audit(paths, options, web, _inputs(input_options)["max_size"]):
            if result.error:
                errors += 1
                _echo_errors((result,))
            yield result

    index = write_report(_recorded(_site_stage(results(), options), history, options, "report"), out_dir,
                         rules=load_rules(packs), version=__version__, clean=clean, trends_page=True)
    _write_trends(history, options, out_dir)
    click.echo(f"Report written to {index}")
    sys.exit(EXIT_ERROR if errors else EXIT_OK)


def _resume_collector(collecting: bool) -> None:
    """Back on after a pause, without the collection the pause's allocations would
    set off at once: what was built meanwhile (modules, options, the rule pack) stays
    for the run, so it joins the permanent generation (``gc.freeze``) instead."""
    if collecting:
        gc.freeze()
        gc.enable()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic collector off for a stretch of set-up (see the module's top)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _resume_collector(collecting)


_resume_collector(_COLLECTING)

if __name__ == "__main__":  # pragma: no cover
    main()
