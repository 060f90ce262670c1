"""``auditor explain ID``: a rule's documentation as plain text, ruff-style."""

from __future__ import annotations

import json
import textwrap

from auditor import params

from auditor.rulepacks import Rule


def _block(title: str, body: str) -> list[str]:
    body = body.strip("\n")
    if not body:
        return []
    return [title, textwrap.indent(body, "    "), ""]


def _toml(value: object) -> str:
    """``value`` as TOML would write it, cut to one short line."""
    if isinstance(value, bool):
        shown = "true" if value else "false"
    elif isinstance(value, str):
        shown = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, (list, tuple)):
        shown = "[" + ", ".join(_toml(v) for v in value) + "]"
    elif isinstance(value, dict):
        shown = "{" + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + "}"
    else:
        shown = str(value)
    return shown if len(shown) <= 70 else shown[:69] + "…"


def _parameters(rule: Rule) -> list[str]:
    """Each declared parameter: name, type, default, the rule's value, what it does."""
    declared = params.CHECK_PARAMS.get(rule.check, {})
    if not declared:
        return []
    lines = [f"Parameters (override in [tool.auditor.rules.{rule.id}])"]
    for key, param in declared.items():
        value = rule.params.get(key, param.default)
        lines.append(f"    {key} = {_toml(value)}")
        default = "" if value == param.default else f"; default {_toml(param.default)}"
        lines.append(f"        {param.doc} ({param.describe()}{default})")
    lines.append("")
    return lines


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
    from auditor.fix import describe_fix

    automatic = describe_fix(rule)
    if automatic:
        lines += ["Automatic fix", textwrap.indent(textwrap.fill(automatic, 88), "    "), ""]
    lines += ["Message", f"    {rule.message}", ""]
    lines += _parameters(rule)
    lines.append(f"Defined in {rule.source}")
    return "\n".join(lines)
