"""The JSON Schemas in docs/ are generated from the typed declarations, kept in step,
and agree with the loader on real packs and configs."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import jsonschema
import pytest

from auditor import schema
from auditor.rulepacks import builtin_pack

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", sorted(schema.SCHEMAS))
def test_committed_schema_is_up_to_date(name: str) -> None:
    committed = (ROOT / "docs" / name).read_text(encoding="utf-8")
    assert committed == schema.dump(schema.SCHEMAS[name]()), "run `python -m auditor.schema`"


def _validator(name: str) -> jsonschema.Draft202012Validator:
    doc = json.loads((ROOT / "docs" / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(doc)
    return jsonschema.Draft202012Validator(doc)


@pytest.mark.parametrize("path", sorted(builtin_pack().glob("*.toml")), ids=lambda p: p.name)
def test_builtin_packs_validate(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    errors = list(_validator("rulepack.schema.json").iter_errors(data))
    assert not errors, errors[0].message


@pytest.mark.parametrize(
    "rule",
    [
        {"params": {"phrase": ["x"]}},  # unknown parameter of text.phrases
        {"params": {"scope": "headlines"}},
        {"check": "text.phrase"},
        {"level": "fatal"},
        {"colour": 1},
    ],
)
def test_rulepack_schema_rejects_what_the_loader_rejects(rule: dict[str, object]) -> None:
    base = {"id": "HL901", "name": "house", "category": "headline", "level": "warning",
            "check": "text.phrases", "message": "Avoid {phrase}."}
    assert _validator("rulepack.schema.json").is_valid({"rule": [base]})
    assert not _validator("rulepack.schema.json").is_valid({"rule": [{**base, **rule}]})


def test_config_schema_accepts_the_readme_example_and_rejects_bad_values() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```toml\n[tool.auditor]\n", 1)[1].split("```", 1)[0]
    table = tomllib.loads("[tool.auditor]\n" + block)["tool"]["auditor"]
    validator = _validator("config.schema.json")
    assert validator.is_valid(table), [e.message for e in validator.iter_errors(table)]
    for bad in ({"min-score": True}, {"site-url": 5}, {"site-url": ["a"]}, {"selector": 5},
                {"overrides": 5}, {"colour": "red"}, {"fail-on": "sometimes"},
                {"rules": {"HL002": {"enabled": "false"}}}, {"overrides": [{"ignore": ["x"]}]}):
        assert not validator.is_valid(bad), bad
