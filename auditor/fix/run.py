"""Fix one file: plan, apply, re-audit, until nothing changes (bounded).

Markdown and HTML are fixed, and plain text by the fixers that need no markup
(``TEXT_FIXABLE``: double spaces); only files that are valid UTF-8 (so writing the
text back changes no byte but the fixed ones). A file that does not parse is
never written; a pass whose result no longer parses is thrown away.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from auditor.fix import FIX_FORMATS
from auditor.fix.edits import FixOptions, apply_edits
from auditor.fix.plan import TEXT_FIXABLE, plan_edits
from auditor.rulepacks import Rule

MAX_PASSES = 8
FIXABLE_FORMATS = FIX_FORMATS


def rules_for_format(rules: tuple[Rule, ...], fmt: str | None) -> tuple[Rule, ...] | None:
    """The rules whose fixes apply to a file of format ``fmt``: all of them in Markdown
    and HTML, those needing no markup in plain text, None for other formats."""
    if fmt in FIXABLE_FORMATS:
        return rules
    if fmt == "text":
        return tuple(r for r in rules if r.check in TEXT_FIXABLE) or None
    return None


@dataclass(slots=True)
class FixOutcome:
    path: str
    original: str = ""
    fixed: str = ""
    applied: Counter[str] = field(default_factory=Counter)  # rule id → edits applied
    error: str | None = None  # why the file was left alone
    passes: int = 0

    @property
    def changed(self) -> bool:
        return self.error is None and self.fixed != self.original


def fix_text(text: str, path: str, settings: object, options: FixOptions) -> FixOutcome:
    """Apply every fix to ``text`` (the source of ``path``) until nothing changes."""
    from auditor.api import Settings, audit

    assert isinstance(settings, Settings)
    settings = replace(settings, keep_document=True)
    outcome = FixOutcome(path, text, text)
    current = text
    for _ in range(MAX_PASSES):
        result = audit(current, path, settings)
        if result.error is not None or result.document is None:
            if current is text:
                outcome.error = result.error or "could not be parsed"
            break  # a later pass that broke the parse is dropped: keep the last good text
        rules = rules_for_format(settings.rules, result.format)
        if rules is None:
            if current is text:
                outcome.error = f"fixes apply to Markdown and HTML, not {result.format}"
            break
        outcome.fixed = current
        edits = plan_edits(current, result.document, result.findings, rules, options)
        following = apply_edits(current, edits)
        if following == current:
            break
        outcome.passes += 1
        outcome.applied.update(e.rule for e in edits)
        current = following
    else:
        result = audit(current, path, settings)
        if result.error is None:
            outcome.fixed = current
    return outcome


def fix_bytes(data: bytes, path: str, settings: object, options: FixOptions) -> FixOutcome:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return FixOutcome(path, error="not UTF-8: not fixed (the other bytes could not be kept as they are)")
    return fix_text(text, path, settings, options)


def unified_diff(outcome: FixOutcome, context: int = 3) -> str:
    """The change as a unified diff. difflib's own ``unified_diff`` treats lines that
    repeat often (``</div>``) as junk and shows them as changed; this one does not."""
    import difflib

    a = outcome.original.splitlines(keepends=True)
    b = outcome.fixed.splitlines(keepends=True)
    out = [f"--- a/{outcome.path}\n", f"+++ b/{outcome.path}\n"]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        (_, i1, _, j1, _), (_, _, i2, _, j2) = group[0][:5], group[-1][:5]
        out.append(f"@@ -{i1 + 1},{i2 - i1} +{j1 + 1},{j2 - j1} @@\n")
        for tag, a1, a2, b1, b2 in group:
            if tag == "equal":
                out.extend(" " + line for line in a[a1:a2])
                continue
            out.extend("-" + line for line in a[a1:a2])
            out.extend("+" + line for line in b[b1:b2])
    text = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in out)
    return text if len(out) > 2 else ""
