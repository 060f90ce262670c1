"""JSON Schemas generated from the typed declarations (:mod:`auditor.params`).

Two schemas ship in ``docs/``: ``rulepack.schema.json`` for ``[[rule]]`` files (the
``params`` of each rule checked against its check kind's declaration) and
``config.schema.json`` for ``[tool.auditor]`` / ``.auditor.toml``. Editors with a
TOML language server (Taplo, Even Better TOML) give completion and checks with them.
Regenerate with ``python -m auditor.schema`` (tests/test_schema.py keeps them in step).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from auditor import params
from auditor.model import CATEGORIES, LEVELS
from auditor.params import Param

SCHEMA = "https://json-schema.org/draft/2020-12/schema"
_STRINGS = {"type": "array", "items": {"type": "string"}}


def param_schema(param: Param) -> dict[str, Any]:
    """The JSON Schema of one declared parameter."""
    # Complexity ~18 on purpose: one branch per declared parameter type, mirroring
    # params._coerce.
    kind = param.type
    out: dict[str, Any]
    if kind == params.INT:
        out = {"type": "integer"}
    elif kind == params.FLOAT:
        out = {"type": "number"}
    elif kind == params.BOOL:
        out = {"type": "boolean"}
    elif kind == params.STR:
        out = {"type": "string"}
        if param.choices:
            out["enum"] = list(param.choices)
        if param.pattern:
            out["pattern"] = f"^(?:{param.pattern})$"
    elif kind == params.STRINGS:
        out = {"type": "array", "items": {"type": "string", **({"enum": list(param.choices)} if param.choices else {})}}
    elif kind == params.WORDS:
        out = {"anyOf": [_STRINGS, {"type": "object", "additionalProperties": _STRINGS}]}
    elif kind == params.NUMBERS_BY_KEY:
        out = {"type": "object", "additionalProperties": {"type": "number"}}
    elif kind == params.STRING_BY_KEY:
        out = {"type": "object", "additionalProperties": {"type": "string"}}
    elif kind == params.STRINGS_BY_KEY:
        out = {"type": "object", "additionalProperties": _STRINGS}
    elif kind == params.ONE_OR_MORE:
        out = {"anyOf": [{"type": "string"}, _STRINGS]}
    elif kind == params.TABLES:
        out = {"type": "object", "additionalProperties": {"type": "object"}}
    elif kind == params.TABLE_LIST:
        out = {"type": "array", "items": {"type": "object"}}
    else:  # pragma: no cover - a declaration bug
        raise AssertionError(kind)
    if param.min is not None:
        out["minimum"] = param.min
    if param.max is not None:
        out["maximum"] = param.max
    out["description"] = param.doc
    default = param.default
    if default is not None:
        out["default"] = list(default) if isinstance(default, tuple) else default
    return out


def _object(declared: Mapping[str, Param]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {key: param_schema(p) for key, p in declared.items()},
        "additionalProperties": False,
    }


def _override_table() -> dict[str, Any]:
    """A ``[rules.ID]`` table: rule keys plus any parameter (checked at load, where
    the rule, and so its check kind, is known)."""
    return {
        "type": "object",
        "properties": {
            "level": {"enum": list(LEVELS)},
            "severe_level": {"enum": list(LEVELS)},
            "enabled": {"type": "boolean"},
            "message": {"type": "string", "minLength": 1},
        },
    }


def rulepack_schema() -> dict[str, Any]:
    text = {"type": "string", "minLength": 1}
    rule: dict[str, Any] = {
        "type": "object",
        "required": ["id", "name", "category", "level", "check", "message"],
        "properties": {
            "id": text,
            "name": text,
            "category": {"enum": list(CATEGORIES)},
            "level": {"enum": list(LEVELS)},
            "severe_level": {"enum": list(LEVELS)},
            "enabled": {"type": "boolean"},
            "supersedes": {"type": "array", "items": {"type": "string"},
                           "description": "rule ids this rule's finding replaces at the same place"},
            "fix": {"enum": ["safe", "unsafe"], "description": "whether `auditor check --fix` can repair it"},
            "check": {"enum": sorted(params.CHECK_PARAMS)},
            "message": text,
            "params": {"type": "object"},
            "doc": {
                "type": "object",
                "properties": {k: {"type": "string"} for k in params.DOC_KEYS},
                "additionalProperties": False,
            },
        },
        "additionalProperties": False,
        "allOf": [
            {
                "if": {"properties": {"check": {"const": kind}}},
                "then": {"properties": {"params": _object(declared)}},
            }
            for kind, declared in sorted(params.CHECK_PARAMS.items())
        ],
    }
    return {
        "$schema": SCHEMA,
        "$id": "https://auditor.invalid/schemas/rulepack.schema.json",
        "title": "auditor rule pack ([[rule]] tables)",
        "type": "object",
        "properties": {"rule": {"type": "array", "items": rule}},
        "additionalProperties": False,
    }


def config_schema() -> dict[str, Any]:
    from auditor.config import CONFIG_KEYS, OVERRIDE_KEYS

    top = _object(CONFIG_KEYS)
    top["properties"]["rules"]["additionalProperties"] = _override_table()
    override = _object(OVERRIDE_KEYS)
    override["required"] = ["paths"]
    override["properties"]["rules"]["additionalProperties"] = _override_table()
    top["properties"]["overrides"]["items"] = override
    return {
        "$schema": SCHEMA,
        "$id": "https://auditor.invalid/schemas/config.schema.json",
        "title": "auditor configuration ([tool.auditor] in pyproject.toml, or .auditor.toml)",
        **top,
    }


def dump(schema: Mapping[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


SCHEMAS = {"rulepack.schema.json": rulepack_schema, "config.schema.json": config_schema}


def main(argv: list[str] | None = None) -> int:
    """Write the schemas into ``docs/`` (or the folder given)."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "docs"
    for name, build in SCHEMAS.items():
        (out / name).write_text(dump(build()), encoding="utf-8")
        print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
