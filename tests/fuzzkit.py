"""Hypothesis strategies and properties for fuzzing front matter and configuration.

Shared by tests/test_fuzz_config.py (a short run in every test session) and
bench/fuzz_config.py (a long run that prints what it found)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from auditor import params
from auditor.api import audit, default_settings
from auditor.config import CONFIG_KEYS, CliRuleOptions, effective_rules, parse_config
from auditor.errors import UserError
from auditor.rulepacks import RulePackError, _rule_from_table

KEYS = [*CONFIG_KEYS, "colour", "tool", "auditor"]
RULE_KEYS = ["HL002", "headline-length", "RD009", "LK011", "text.phrases", "XX999"]
PARAM_KEYS = sorted({k for table in params.CHECK_PARAMS.values() for k in table} | {"level", "enabled", "message", "maxx"})

text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["{max}", "{max:>1000000000}", "{x.__class__}", "{0}", "{", "}", "(a|aa)+$", "(", "p[[", "https://x.test", "en", "ALL"]
)
scalar = st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=True) | text
value = st.recursive(
    scalar, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4), max_leaves=12
)
rule_table = st.dictionaries(st.sampled_from(PARAM_KEYS) | text, value, max_size=4)
config_table = st.dictionaries(
    st.sampled_from(KEYS) | text,
    value | st.dictionaries(st.sampled_from(RULE_KEYS), rule_table, max_size=3)
    | st.lists(st.dictionaries(st.sampled_from(["paths", "select", "ignore", "rules"]), value, max_size=4), max_size=2),
    max_size=6,
)
pack_rule = st.fixed_dictionaries(
    {"id": st.just("HL901"), "name": st.just("house"), "category": st.just("headline"),
     "level": st.sampled_from(["warning", "error", "fatal"]),
     "check": st.sampled_from(sorted(params.CHECK_PARAMS) + ["text.phrase"]),
     "message": st.sampled_from(["Avoid {phrase}.", "{max:>99}", "{a[0]}", "{"])},
    optional={"params": rule_table | value, "doc": value, "enabled": value},
)


def _clean(data: Any) -> Any:
    """``data`` as TOML could hold it (no None, string keys)."""
    if isinstance(data, dict):
        return {str(k): _clean(v) for k, v in data.items() if v is not None}
    if isinstance(data, list):
        return [_clean(v) for v in data if v is not None]
    return data


def check_config(table: dict[str, Any]) -> None:
    """Property: a config is a Config or a one-line UserError, never another exception."""
    table = _clean(table)
    try:
        config = parse_config(table, Path("/tmp/fuzz/.auditor.toml"))
        effective_rules(config, None, CliRuleOptions())
    except UserError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("/tmp/fuzz/.auditor.toml: ") or "profile" in str(exc)


def check_pack_rule(table: dict[str, Any]) -> None:
    try:
        _rule_from_table(_clean(table), Path("/tmp/fuzz/rules.toml"), 0)
    except RulePackError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("/tmp/fuzz/rules.toml: rule ")


yaml_scalar = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
yaml_piece = st.sampled_from([
    "title: {s}", 'title: "{s}"', "keywords: [{s}, {s}]", "a: &a [x, x]\nb: [*a, *a]", "title: !!python/object:os.system x",
    'title: "\\ud800{s}"', "description: {s}", "lang: {s}", "tags:\n  - {s}\n  - {s}", "? [a]\n: b", "title: !!binary aGk=",
    "date: 2020-01-01", "x: 1e999", "<<: {{a: 1}}", "{s}: {s}",
])


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(yaml_piece, min_size=1, max_size=5))
    body = "\n".join(p.format(s=draw(yaml_scalar)) for p in pieces)
    return f"---\n{body}\n---\n\n# Seven Ways to Test Front Matter\n\nA short body of text.\n"


_SETTINGS = None


def check_front_matter(source: str) -> None:
    """Property: a draft's result is findings or one error line, and it serialises."""
    global _SETTINGS
    _SETTINGS = _SETTINGS or default_settings()
    result = audit(source.encode("utf-8", "surrogatepass"), "fuzz.md", _SETTINGS)
    if result.error is not None:
        assert "\n" not in result.error
    from auditor.fileio import encode_text

    encode_text(json.dumps([f.message for f in result.findings] + [result.error or ""], ensure_ascii=False))


def toml_roundtrip(table: dict[str, Any]) -> bool:
    """Whether ``table`` is something tomllib could have produced (for seeding)."""
    try:
        tomllib.loads(json.dumps(table))
    except Exception:  # noqa: BLE001
        return False
    return True
