"""Terminal output: ``path:line:col level rule message``, grouped per file.

Each file ends with a line that tells an editor the listicle verdict and the score,
and the run ends with a one-line summary. As ruff does, ``[*]`` marks a finding that
``auditor check --fix`` would fix, and a closing line counts them. Colour only when asked (the CLI decides:
TTY, NO_COLOR, --no-color).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from auditor.engine.group import group_findings
from auditor.model import Document, FileResult, Finding
from auditor.output import RenderContext, kept_in_path_order, text_of
from auditor.output.frame import frame_lines
from auditor.spool import Verdict, in_path_order

_COLORS = {"error": "31", "warning": "33", "info": "36", "dim": "2", "bold": "1", "ok": "32"}


def _paint(text: str, style: str, on: bool) -> str:
    return f"\x1b[{_COLORS[style]}m{text}\x1b[0m" if on else text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _finding_line(path: str, f: Finding, color: bool, fmt: str | None = None,
                  doc: Document | None = None, fixable: bool = False) -> str:
    if fmt == "docx":  # a .docx has no lines: ¶N, and the headings it sits under
        from auditor.sources.docx_place import place as docx_place

        place = f"{path}:{docx_place(doc, f.line)}"
    else:
        place = f"{path}:{f.line}:{f.column}"
    where = _paint(place, "bold", color)
    level = _paint(f"{f.level:<7}", f.level, color)
    rule = _paint(f.rule, "dim", color)
    mark = " " + _paint("[*]", "ok", color) if fixable else ""
    return f"{where} {level} {rule}{mark} {f.message}"


def _fix_modes(context: RenderContext) -> dict[str, object]:
    return {rule.id: rule for rule in context.rules if getattr(rule, "fix", None)}


def _fixable_line(safe: int, unsafe: int) -> str | None:
    """ruff's closing line: how many findings ``--fix`` (and ``--unsafe-fixes``) would fix."""
    if not safe and not unsafe:
        return None
    parts = []
    if safe:
        parts.append(f"[*] {safe} fixable with `auditor check --fix`")
    if unsafe:
        parts.append(f"{unsafe} more with `--fix --unsafe-fixes`" if safe
                     else f"{unsafe} fixable with `auditor check --fix --unsafe-fixes`")
    return " · ".join(parts) + "."


def listicle_verdict(result: FileResult) -> str | None:
    doc = result.document
    facts = doc.listicle if doc is not None else None
    if facts is None:
        return None
    promised, found = facts.promised, facts.found
    if promised is None and not found:
        return None
    span = ""
    if facts.low is not None and facts.high is not None:
        whole = facts.numbering_whole and facts.numbered == facts.high - facts.low + 1
        span = f" (numbered {facts.low}–{facts.high}{'' if whole else ', with gaps or repeats'})"
    if promised is None:
        return f"listicle: {found} items{span}, headline gives no number"
    promise = f"{promised}+" if facts.at_least else str(promised)
    mark = {"kept": "matches", "mismatch": "MISMATCH"}.get(facts.verdict, "no countable list found")
    if facts.verdict == "unknown" and facts.paginated:
        mark = "the list continues on the next page"
    return f"listicle: headline promises {promise}, found {found} items{span}: {mark}"


def _file_summary(result: FileResult, color: bool) -> str:
    counts = ", ".join(
        _plural(result.count(level), level) for level in ("error", "warning", "info") if result.count(level)
    ) or _paint("no findings", "ok", color)
    parts = [f"score {result.score}/100", counts]
    verdict = listicle_verdict(result)
    if verdict:
        parts.insert(0, verdict)
    ease = result.metrics.get("flesch_reading_ease")
    if ease is not None and result.metrics.get("words"):
        parts.append(f"reading ease {ease:.0f}, {result.metrics['words']} words")
    return _paint(f"{result.path}: ", "bold", color) + " · ".join(parts)


def _metrics_block(result: FileResult) -> list[str]:
    lines = [f"  headline: {result.headline!r}", f"  seo title: {result.title!r}"]
    lines += [f"  {k}: {v}" for k, v in result.metrics.items()]
    if result.score_breakdown is None:
        return lines + [f"  score {k}: {v}" for k, v in result.scores.items()]
    from auditor.output.breakdown import breakdown_lines

    return lines + breakdown_lines(result.score_breakdown)


def _modes(result: FileResult, fixers: dict[str, object]) -> dict[str, str | None]:
    """How ``--fix`` treats each fixable rule that fired in ``result`` ("safe", "unsafe", None)."""
    from auditor.fix import fix_mode

    return {rule: fix_mode(fixers[rule], result.format) for rule in {f.rule for f in result.findings} if rule in fixers}


def _fix_counts(result: FileResult, modes: dict[str, str | None]) -> tuple[int, int]:
    """How many of ``result``'s findings ``--fix`` and ``--unsafe-fixes`` would fix
    (``modes``: :func:`_modes`)."""
    counted = Counter(modes.get(f.rule) for f in result.findings)
    return counted["safe"], counted["unsafe"]


def _file_chunk(result: FileResult, context: RenderContext, fixers: dict[str, object]) -> tuple[str, int, int]:
    """One file's lines (findings with their frames, the file's summary line) and how
    many of its findings ``--fix`` / ``--unsafe-fixes`` would fix."""
    color = context.color
    modes = _modes(result, fixers)
    out: list[str] = []
    show_frame = context.extra.get("excerpt", True) is not False
    for f in group_findings(result.findings):
        out.append(_finding_line(result.path, f, color, result.format, result.document, modes.get(f.rule) == "safe"))
        if show_frame:
            out.extend(_paint(line, "dim", color) for line in frame_lines(f, paragraphs=result.format == "docx"))
    out.append(_file_summary(result, color))
    if context.extra.get("verbose"):
        out.extend(_metrics_block(result))
    out.append("")
    return "".join(line + "\n" for line in out), *_fix_counts(result, modes)


def fragment_name(context: RenderContext) -> str:
    """The name this writer keeps a file's text under in a fragment store: the options
    that change it are in the name (output.kept_in_path_order)."""
    from auditor.digests import sha1_hexdigest

    fixers = _fix_modes(context)
    options = repr((context.color, bool(context.extra.get("verbose")), context.extra.get("excerpt", True) is not False,
                    sorted((rule, str(getattr(fixers[rule], "fix", ""))) for rule in fixers)))
    tag = sha1_hexdigest(options.encode())[:16]
    return f"{'fixes' if context.quiet else 'text'}:{tag}"


def fragment(result: FileResult, context: RenderContext, fixers: dict[str, object] | None = None) -> str:
    """What a fragment store keeps of ``result``'s text: the fix counts, then its block."""
    fixers = _fix_modes(context) if fixers is None else fixers
    if context.quiet:  # -q prints no block, but the closing line counts what --fix would fix
        return "{} {}\n".format(*_fix_counts(result, _modes(result, fixers)))
    chunk, safe, unsafe = _file_chunk(result, context, fixers)
    return f"{safe} {unsafe}\n{chunk}"


def _kept_chunks(
    results: Sequence[FileResult], context: RenderContext, fixers: dict[str, object], verdicts: Sequence[Verdict]
) -> Iterator[tuple[bytes, int, int]] | None:
    """Each audited file's text (as the bytes written) and fix counts in path order, read back where an
    earlier run rendered it with the same options (output.kept_in_path_order); None
    when there is nothing to read back from."""
    kept = kept_in_path_order(results, context.fragments, fragment_name(context),
                              lambda result: fragment(result, context, fixers),
                              skip=lambda i: verdicts[i].error is not None)
    if kept is None:
        return None

    def chunks() -> Iterator[tuple[bytes, int, int]]:
        for data in kept:
            head, _, chunk = data.partition(b"\n")
            safe, unsafe = (int(n) for n in head.split())
            yield chunk, safe, unsafe

    return chunks()


def render(results: Sequence[FileResult], context: RenderContext) -> str:
    return "".join(text_of(piece) for piece in render_chunks(results, context))


@dataclass(repr=False, eq=False)  # working state: no value == or repr to build
class _Tally:
    """What the closing lines count over a batch."""

    totals: Counter[str] = field(default_factory=Counter)  # findings per level
    per_rule: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    failed: int = 0
    scores: list[int] = field(default_factory=list)
    fixable: Counter[str] = field(default_factory=Counter)  # "safe" / "unsafe" → findings

    def add_verdict(self, verdict: Verdict) -> None:
        if verdict.error:
            self.failed += 1
            return
        self.totals.update(verdict.levels)
        if verdict.score is not None:
            self.scores.append(verdict.score)

    def add_result(self, result: FileResult) -> bool:
        """Count ``result``; False when it could not be audited."""
        if result.error:
            self.failed += 1
            return False
        if result.score is not None:
            self.scores.append(result.score)
        for f in result.findings:
            self.totals[f.level] += 1
            self.per_rule[(f.rule, f.name, f.level)] += 1
        return True

    def add_fixable(self, safe: int, unsafe: int) -> None:
        self.fixable["safe"] += safe
        self.fixable["unsafe"] += unsafe

    def closing(self, files: int, context: RenderContext) -> str:
        """Per-rule counts (with --statistics), the summary line and the --fix line."""
        out: list[str] = []
        if context.statistics and self.per_rule:
            width = max(len(name) for _id, name, _lvl in self.per_rule)
            for (rule, name, level), count in sorted(self.per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
                out.append(f"{count:>6}  {rule:<7} {name:<{width}}  {level}")
            out.append("")
        summary = (
            f"Checked {_plural(files, 'file')}: {_plural(self.totals['error'], 'error')}, "
            f"{_plural(self.totals['warning'], 'warning')}, {_plural(self.totals['info'], 'info')}"
        )
        if self.scores:
            summary += f" · mean score {round(sum(self.scores) / len(self.scores))}/100"
        if self.failed:
            summary += f" · {_plural(self.failed, 'file')} could not be audited"
        out.append(_paint(summary, "bold", context.color))
        closing = _fixable_line(self.fixable["safe"], self.fixable["unsafe"])
        if closing:
            out.append(closing)
        return "".join(line + "\n" for line in out)


def render_chunks(results: Sequence[FileResult], context: RenderContext) -> Iterator[str | bytes]:
    """``render``'s text one file at a time: a batch of any size never sits in memory.
    On a cache run, files' blocks come as the bytes written (see output.text_of)."""
    tally = _Tally()
    fixers = _fix_modes(context)
    kept_verdicts = getattr(results, "verdicts", None)
    verdicts: Sequence[Verdict] = ()
    kept = None
    if kept_verdicts is not None and not context.statistics:
        verdicts = kept_verdicts()
        kept = _kept_chunks(results, context, fixers, verdicts)
    if kept is not None:  # a cache run: unchanged files' text (or -q's counts) read back, not rendered
        for verdict in verdicts:
            tally.add_verdict(verdict)
        for data, safe, unsafe in kept:
            tally.add_fixable(safe, unsafe)
            if data:
                yield data
    else:
        for result in in_path_order(results):  # a spool streams: never all in memory
            if not tally.add_result(result):
                continue
            if context.quiet:  # the closing line still counts what --fix would fix
                tally.add_fixable(*_fix_counts(result, _modes(result, fixers)))
                continue
            chunk, safe, unsafe = _file_chunk(result, context, fixers)
            tally.add_fixable(safe, unsafe)
            yield chunk
    yield tally.closing(len(results), context)
