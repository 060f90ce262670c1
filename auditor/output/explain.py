"""``auditor explain ID``: a rule's documentation as plain text, ruff-style."""

from __future__ import annotations

import textwrap

from auditor.rulepacks import Rule


def _block(title: str, body: str) -> list[str]:
    body = body.strip("\n")
    if not body:
        return []
    return [title, textwrap.indent(body, "    "), ""]


def render_rule_doc(rule: Rule) -> str:
    doc = rule.doc
    severe = (
        f" (worst band: {rule.effective_severe_level})" if rule.effective_severe_level != rule.level else ""
    )
    lines = [
        f"{rule.id} {rule.name}",
        f"Category: {rule.category} · Level: {rule.level}{severe} · Check: {rule.check}",
        "",
    ]
    if doc.summary:
        lines += ["What it does", textwrap.indent(textwrap.fill(doc.summary, 88), "    "), ""]
    if doc.why:
        lines += ["Why it matters", textwrap.indent(textwrap.fill(doc.why, 88), "    "), ""]
    lines += _block("Example (bad)", doc.bad)
    lines += _block("Use instead (good)", doc.good)
    if doc.fix:
        lines += ["How to fix", textwrap.indent(textwrap.fill(doc.fix, 88), "    "), ""]
    lines += ["Message", f"    {rule.message}", ""]
    if rule.params:
        lines.append("Parameters (override in [tool.auditor.rules." + rule.id + "])")
        for key, value in rule.params.items():
            shown = repr(value)
            if len(shown) > 100:
                shown = shown[:97] + "…"
            lines.append(f"    {key} = {shown}")
        lines.append("")
    lines.append(f"Defined in {rule.source}")
    return "\n".join(lines)
