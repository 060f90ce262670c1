"""Safe automatic fixes: text edits computed from a document and its findings.

A fix is a list of :class:`~auditor.fix.edits.Edit` (offsets into the decoded source
text) planned by :func:`auditor.fix.plan.plan_edits`; :func:`auditor.fix.edits.apply_edits`
splices them in, leaving every other character exactly as it was. A rule is fixable when
its TOML says ``fix = "safe"`` (applied by ``--fix``) or ``fix = "unsafe"`` (only with
``--unsafe-fixes``: the editor must decide, e.g. which of headline and list is wrong).
This module says which findings are fixable (the text summary and ``explain`` ask,
without importing the edit machinery).
"""

from __future__ import annotations

from typing import Literal

# Formats ``--fix`` rewrites, and the check kinds it also fixes in plain text (those
# that read exact source positions, needing no markup).
FIX_FORMATS = ("markdown", "html")
TEXT_FIX_CHECKS = frozenset({"spacing.double_spaces"})
# Fixes that apply only where the user configured them: LK005's https:// needs the
# hosts listed in ``https-hosts``, so a finding alone does not say it will be fixed.
CONFIGURED_FIX_CHECKS = frozenset({"links.insecure"})


def fix_mode(rule: object, fmt: str | None) -> Literal["safe", "unsafe"] | None:
    """How ``check --fix`` fixes ``rule``'s findings in a file of format ``fmt``:
    "safe" (``--fix``), "unsafe" (only with ``--unsafe-fixes``) or None (not at all,
    or only with configuration the finding cannot see)."""
    mode = getattr(rule, "fix", None)
    check = getattr(rule, "check", "")
    if mode not in ("safe", "unsafe") or check in CONFIGURED_FIX_CHECKS:
        return None
    if fmt in FIX_FORMATS or (fmt == "text" and check in TEXT_FIX_CHECKS):
        return "safe" if mode == "safe" else "unsafe"
    return None


# What each check kind's fix does, for ``auditor explain`` and the report.
FIX_ACTIONS: dict[str, str] = {
    "listicle.numbering_gap": "renumbers the items 1..N (N..1 for a countdown)",
    "listicle.numbering_duplicate": "renumbers the items 1..N (N..1 for a countdown)",
    "listicle.numbering_restart": "renumbers the items 1..N (N..1 for a countdown)",
    "listicle.count_mismatch": "changes the headline's number to the items found",
    "links.insecure": "turns http:// into https:// for the hosts listed in https-hosts",
    "links.target_blank": 'adds rel="noopener"',
    "links.sponsored": 'adds rel="sponsored"',
    "headings.trailing_punctuation": "drops the heading's closing punctuation",
    "headline.ending_punctuation": "drops the headline's closing punctuation",
    "spacing.double_spaces": "collapses the run to one space",
}


def describe_fix(rule: object) -> str | None:
    """One line for ``explain``: what ``--fix`` does for ``rule`` and whether it is
    safe, or None when the rule has no automatic fix."""
    mode = getattr(rule, "fix", None)
    if mode not in ("safe", "unsafe"):
        return None
    check = getattr(rule, "check", "")
    action = FIX_ACTIONS.get(check, "fixes it")
    formats = "Markdown, HTML and plain text" if check in TEXT_FIX_CHECKS else "Markdown and HTML"
    if mode == "safe":
        return f"`auditor check --fix` {action} in {formats} (safe: it cannot change the meaning)."
    return (f"`auditor check --fix --unsafe-fixes` {action} in {formats} "
            "(unsafe: needs --unsafe-fixes, the editor must decide).")
