"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure, …).

``<testsuites><testsuite name="auditor">`` with one ``<testcase classname="auditor"
name="{path}">`` per article. The article *fails* when it has findings at or above
``context.extra["fail_on"]`` (``error`` by default; ``warning``, ``info``, or
``none``/``never`` to never fail) — the same threshold as the exit code, so the
report and the job agree. All of that article's failing findings go into one
``<failure>`` (``type`` lists the rule ids, the body has one ``path:line:col`` line
per finding): many report viewers only show the first ``<failure>`` of a test case.
Findings below the threshold are listed in ``<system-out>``. A file that could not
be read is an ``<error>``. No timestamps or durations, so output is reproducible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from xml.etree import ElementTree as ET

from auditor.engine.group import group_findings
from auditor.model import LEVELS, FileResult, Finding
from auditor.output import RenderContext
from auditor.output.order import by_relative_path, output_root

SUITE = "auditor"
_NEVER = ("none", "never", "off")
# Characters XML 1.0 cannot carry even escaped (ElementTree would write them raw and
# produce a file no parser accepts); articles pasted from Word do contain them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def threshold(fail_on: object) -> int | None:
    """Rank of the lowest failing level (0 = error), or None when nothing fails."""
    name = str(fail_on).lower() if fail_on is not None else "error"
    if name in _NEVER:
        return None
    if name not in LEVELS:
        raise ValueError(f"fail_on {fail_on!r} is not one of {', '.join((*LEVELS, 'none'))}")
    return LEVELS.index(name)


def _docx_place(doc: object, line: int) -> str:
    from auditor.model import Document
    from auditor.sources.docx_place import place

    return place(doc if isinstance(doc, Document) else None, line)


def _line(path: str, finding: Finding, fmt: str | None = None, doc: object = None) -> str:
    place = f"{path}:{_docx_place(doc, finding.line)}" if fmt == "docx" else f"{path}:{finding.line}:{finding.column}"
    also = ""
    if finding.related:  # a grouped finding: the other places, so none is lost
        also = " (also at " + ", ".join(
            f"{r.path}:{r.line}:{r.column}" if r.path else (f"¶{r.line}" if fmt == "docx" else f"{r.line}:{r.column}")
            for r in finding.related) + ")"
    return _clean(
        f"{place}: {finding.level} "
        f"{finding.rule} {finding.name}: {finding.message}{also}"
    )


def _testcase(result: FileResult, path: str, limit: int | None) -> tuple[ET.Element, str]:
    """The ``<testcase>`` element and its outcome: ``pass``, ``failure`` or ``error``."""
    case = ET.Element("testcase", {"classname": SUITE, "name": _clean(path)})
    if result.error is not None:
        message = _clean(result.error)
        error = ET.SubElement(case, "error", {"type": "read-error", "message": message})
        error.text = _clean(f"{path}: {message}")
        return case, "error"
    failing: list[Finding] = []
    other: list[Finding] = []
    for finding in group_findings(result.findings):
        rank = LEVELS.index(finding.level) if finding.level in LEVELS else len(LEVELS)
        (failing if limit is not None and rank <= limit else other).append(finding)
    outcome = "pass"
    if failing:
        rules = sorted({f.rule for f in failing})
        levels = sorted({f.level for f in failing}, key=LEVELS.index)
        noun = "finding" if len(failing) == 1 else "findings"
        failure = ET.SubElement(
            case,
            "failure",
            {
                "type": ",".join(rules),
                "message": f"{len(failing)} {noun} ({', '.join(levels)}): {', '.join(rules)}",
            },
        )
        failure.text = "\n".join(_line(path, f, result.format, result.document) for f in failing)
        outcome = "failure"
    if other:
        out = ET.SubElement(case, "system-out")
        out.text = "\n".join(_line(path, f, result.format, result.document) for f in other)
    return case, outcome


def _suites(tests: int, counts: dict[str, int]) -> ET.Element:
    totals = {
        "tests": str(tests),
        "failures": str(counts["failure"]),
        "errors": str(counts["error"]),
        "skipped": "0",
    }
    suites = ET.Element("testsuites", {"name": SUITE, **totals})
    ET.SubElement(suites, "testsuite", {"name": SUITE, **totals})
    return suites


# A stand-in test case: the document around the streamed cases is serialised once
# and split where it stands.
_MARK = "auditor-testcases"
# Nesting depth of a <testcase> (testsuites > testsuite > testcase).
_CASE_DEPTH = 2


def render_chunks(results: Iterable[FileResult], context: RenderContext) -> Iterator[str]:
    """``render``'s text in pieces. The totals lead the document, so one pass over the
    results in path order writes the serialised test cases to a temporary file while
    counting; then the document streams out around them. No result is ever held."""
    import tempfile

    root = output_root(context.extra)
    limit = threshold(context.extra.get("fail_on", "error"))
    counts = {"pass": 0, "failure": 0, "error": 0}
    tests = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="surrogatepass", newline="") as cases:
        for path, result in by_relative_path(results, root):
            case, outcome = _testcase(result, path, limit)
            counts[outcome] += 1
            tests += 1
            ET.indent(case, space="  ", level=_CASE_DEPTH)
            cases.write("\n" + "  " * _CASE_DEPTH + ET.tostring(case, encoding="unicode", short_empty_elements=True))
        suites = _suites(tests, counts)
        if tests:
            ET.SubElement(suites[0], _MARK)
        ET.indent(suites, space="  ")
        text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(
            suites, encoding="unicode", short_empty_elements=True) + "\n"
        if not tests:
            yield text
            return
        head, _, tail = text.partition("\n" + "  " * _CASE_DEPTH + f"<{_MARK} />")
        yield head
        cases.seek(0)
        while block := cases.read(1 << 16):
            yield block
        yield tail


def build(results: Iterable[FileResult], context: RenderContext) -> ET.Element:
    """The JUnit document as an element tree (for callers that want the object)."""
    return ET.fromstring(render(results, context).encode("utf-8", "surrogatepass"))


def render(results: Iterable[FileResult], context: RenderContext) -> str:
    return "".join(render_chunks(results, context))
