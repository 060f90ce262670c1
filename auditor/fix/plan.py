"""Plan the edits that fix a document's findings, one fixer per check kind.

Every fixer works on the source text itself (never on re-rendered markup), finds the
exact characters to change from the finding's line and the model, and changes only
those: a number, a scheme, an attribute, one punctuation mark. Where the source
does not read as expected (markup around the number, an entity in the URL), the
fixer gives up rather than guess.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import urlsplit

from auditor.fix import TEXT_FIX_CHECKS
from auditor.fix.edits import Edit, FixOptions
from auditor.fix.items import headline_promise, item_count, numbered_sections
from auditor.model import Document, Finding
from auditor.rulepacks import Rule

_TAG = re.compile(r"<[^<>]*>")
_NUMBER = re.compile(r"(?<![A-Za-z0-9_.,])\d+(?![\d,]\d)")
_ANCHOR = re.compile(r"<a\b[^<>]*>", re.I)
_ATTR = re.compile(r"""\s([A-Za-z_:][-\w:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+)""")


class Source:
    """The text with its line offsets (lines end at ``\\n``; ``\\r\\n`` kept as is)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        for m in re.finditer("\n", text):
            self.starts.append(m.end())

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of 1-based ``line`` without its line ending."""
        i = min(max(line - 1, 0), len(self.starts) - 1)
        start = self.starts[i]
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return start, end

    def line_text(self, line: int) -> str:
        start, end = self.line_span(line)
        return self.text[start:end]


def _masked(line: str) -> str:
    """``line`` with markup (tags, comments) blanked out, offsets unchanged."""
    return _TAG.sub(lambda m: " " * len(m.group(0)), line)


def _number_at(src: Source, line: int, column: int, number: int) -> tuple[int, int] | None:
    """Offsets of the first ``number`` written on ``line`` at or after ``column``,
    outside markup."""
    start, _ = src.line_span(line)
    text = _masked(src.line_text(line))
    for m in _NUMBER.finditer(text, max(column - 1, 0)):
        if int(m.group(0)) == number:
            return start + m.start(), start + m.end()
    return None


def _digits(old: str, new: int) -> str:
    """``new`` written like ``old``: "01" → "03" keeps the zero padding."""
    return str(new).zfill(len(old)) if old.startswith("0") and len(old) > 1 else str(new)


# ---------------------------------------------------------------- fixers
# Each takes (source, document, the findings of one rule, options) → edits.

Fixer = Callable[[Source, Document, Sequence[Finding], FixOptions], Iterable[Edit]]


def renumber_items(src: Source, doc: Document, findings: Sequence[Finding], _o: FixOptions) -> Iterable[Edit]:
    """LS003/LS004/LS005: number the items 1..N (N..1 for a countdown), per section."""
    rule = findings[0].rule
    for section in numbered_sections(doc):
        nums = [i.number for i in section]
        steps = [b - a for a, b in zip(nums, nums[1:])]
        countdown = sum(1 for s in steps if s < 0) > len(steps) / 2
        wanted = list(range(len(section), 0, -1)) if countdown else list(range(1, len(section) + 1))
        for item, target in zip(section, wanted):
            if item.number == target:
                continue
            span = _number_at(src, item.line, item.column, item.number)
            if span is None:
                continue  # a number the source does not spell out (a Markdown list's computed "3.")
            old = src.text[span[0]:span[1]]
            yield Edit(span[0], span[1], _digits(old, target), rule, item.line,
                       f"Renumber item {item.number} as {target}")


def headline_number(src: Source, doc: Document, findings: Sequence[Finding], _o: FixOptions) -> Iterable[Edit]:
    """LS001 (unsafe): make the headline's number match the items found."""
    promise = headline_promise(doc)
    found = item_count(doc)
    if promise is None or promise[2] or found < 2:
        return
    number, line, _ = promise
    span = _number_at(src, line, 1, number)
    if span is not None:
        yield Edit(span[0], span[1], str(found), findings[0].rule, findings[0].line,
                   f"Change the headline's {number} to {found}")


def _host_listed(host: str, hosts: Sequence[str]) -> bool:
    host = host.lower().rstrip(".")
    return any(host == h or host.endswith("." + h) for h in (x.lower().strip(".") for x in hosts))


def https_links(src: Source, doc: Document, findings: Sequence[Finding], options: FixOptions) -> Iterable[Edit]:
    """LK005's fix: http:// → https:// for links to the hosts the user listed. The list
    is the user's word that those hosts serve https, so every such link is fixed, not
    only the ones LK005 reports (it reports links to the article's own site)."""
    if not options.https_hosts:
        return
    lines = {f.line for f in findings} | {
        link.line for link in doc.links if (link.href or "").lower().startswith("http://")}
    rule = findings[0].rule if findings else "LK005"
    for line in sorted(lines):
        start, _ = src.line_span(line)
        text = src.line_text(line)
        for m in re.finditer(r"http://([^/\s\"'<>)\]?#:]+)", text, re.I):
            if _host_listed(m.group(1), options.https_hosts):
                yield Edit(start + m.start(), start + m.start() + len("http://"), "https://",
                           rule, line, f"Link to {m.group(1)} over https://")


def _rel_fixer(token: str, wants: Callable[[dict[str, str]], bool]) -> Fixer:
    """Add ``token`` to the rel of the ``<a>`` tags the findings point at."""

    def fix(src: Source, doc: Document, findings: Sequence[Finding], _o: FixOptions) -> Iterable[Edit]:
        used: set[int] = set()  # two findings with one href on a line are two tags
        for finding in findings:
            start, end = src.line_span(finding.line)
            href = finding.excerpt.rstrip("…")
            for m in _ANCHOR.finditer(src.text, start, end):
                if m.start() in used:
                    continue
                attrs = {k.lower(): html.unescape(v.strip("\"'")) for k, v in _ATTR.findall(m.group(0))}
                if not attrs.get("href", "").startswith(href) or not wants(attrs):
                    continue
                used.add(m.start())
                rel = re.search(r"""\srel\s*=\s*("([^"]*)"|'([^']*)')""", m.group(0), re.I)
                if rel:
                    quote_end = m.start() + rel.end(1) - 1  # before the closing quote
                    value = rel.group(2) if rel.group(2) is not None else rel.group(3)
                    yield Edit(quote_end, quote_end, (" " if value.strip() else "") + token,
                               finding.rule, finding.line, f'Add rel="{token}"')
                else:
                    close = m.end() - (2 if m.group(0).endswith("/>") else 1)
                    yield Edit(close, close, f' rel="{token}"', finding.rule, finding.line, f'Add rel="{token}"')
                break

    return fix


def _opens_new_tab(attrs: dict[str, str]) -> bool:
    return attrs.get("target", "").lower() == "_blank"


def _always(_attrs: dict[str, str]) -> bool:
    return True


def _strip_end(src: Source, line: int, text: str, rule: str, title: str) -> Iterable[Edit]:
    """Delete the closing mark of ``text`` (a heading) as written on ``line``."""
    if not text:
        return
    start, end = src.line_span(line)
    source = _masked(src.line_text(line))
    tail = text[-min(len(text), 24):]
    at = source.rfind(tail)
    if at < 0:
        return
    mark = start + at + len(tail) - 1
    if src.text[mark] in ".:;,":
        yield Edit(mark, mark + 1, "", rule, line, title)


def heading_punctuation(src: Source, doc: Document, findings: Sequence[Finding], _o: FixOptions) -> Iterable[Edit]:
    """HD006: drop a heading's closing period, colon, semicolon or comma."""
    by_line = {h.line: h for h in doc.headings}
    for finding in findings:
        heading = by_line.get(finding.line)
        if heading is not None:
            yield from _strip_end(src, heading.line, heading.text, finding.rule, "Drop the heading's closing punctuation")


def headline_punctuation(src: Source, doc: Document, findings: Sequence[Finding], _o: FixOptions) -> Iterable[Edit]:
    """HL009: drop the headline's closing period, colon, semicolon or comma."""
    if doc.headline:
        yield from _strip_end(src, doc.headline_line, " ".join(doc.headline.split()), findings[0].rule,
                              "Drop the headline's closing punctuation")


def collapse_spaces(src: Source, doc: Document, findings: Sequence[Finding], _o: FixOptions) -> Iterable[Edit]:
    """RD012: one space where a reader saw two or more. Each run says which source
    tokens to drop (auditor.sources.spacing), so tags and line breaks inside it stay."""
    wanted = {(f.line, f.column): f for f in findings}
    for run in doc.space_runs:
        finding = wanted.get((run.line, run.column))
        if finding is None:
            continue  # not reported (suppressed, or a house style that keeps it)
        start = src.line_span(run.line)[0] + run.column - 1
        for offset, length in run.drop:
            yield Edit(start + offset, start + offset + length, "", finding.rule, run.line,
                       f"Collapse {run.width} spaces to one")


# Check kind → fixer. A rule is fixable when its TOML sets ``fix`` and its kind is here.
FIXERS: dict[str, Fixer] = {
    "listicle.numbering_gap": renumber_items,
    "listicle.numbering_duplicate": renumber_items,
    "listicle.numbering_restart": renumber_items,
    "listicle.count_mismatch": headline_number,
    "links.insecure": https_links,
    "links.target_blank": _rel_fixer("noopener", _opens_new_tab),
    "links.sponsored": _rel_fixer("sponsored", _always),
    "headings.trailing_punctuation": heading_punctuation,
    "headline.ending_punctuation": headline_punctuation,
    "spacing.double_spaces": collapse_spaces,
}
# Fixers that read only exact source positions, so they apply to plain text as well
# (the others rely on Markdown or HTML structure).
TEXT_FIXABLE = TEXT_FIX_CHECKS


def fixable(rule: Rule, options: FixOptions) -> bool:
    mode = getattr(rule, "fix", None)
    return rule.check in FIXERS and (mode == "safe" or (mode == "unsafe" and options.unsafe))


def plan_edits(text: str, doc: Document, findings: Sequence[Finding], rules: Sequence[Rule],
               options: FixOptions) -> list[Edit]:
    """Every edit that fixes one of ``findings`` in ``text`` (the source of ``doc``)."""
    by_id = {r.id: r for r in rules}
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        rule = by_id.get(finding.rule)
        if rule is not None and fixable(rule, options):
            grouped.setdefault(rule.id, []).append(finding)
    src = Source(text)
    edits: dict[tuple[int, int, str], Edit] = {}
    done: set[Fixer] = set()
    insecure = next((r for r in rules if r.check == "links.insecure" and r.enabled and fixable(r, options)), None)
    if options.https_hosts and insecure is not None:
        grouped.setdefault(insecure.id, [])  # the listed hosts are fixed even where LK005 is quiet
    for rule_id, found in grouped.items():
        fixer = FIXERS[by_id[rule_id].check]
        if fixer is renumber_items and fixer in done:
            continue  # one renumbering fixes gaps, repeats and restarts together
        done.add(fixer)
        for edit in fixer(src, doc, found, options):
            edits.setdefault((edit.start, edit.end, edit.replacement), edit)
    return sorted(edits.values(), key=lambda e: (e.start, e.end))
