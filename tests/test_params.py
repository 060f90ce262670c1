"""Typed parameter declarations: one source of defaults, validated at load."""

from __future__ import annotations

import importlib
import pkgutil
import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

import auditor.checks
from auditor import params
from auditor.checks import _REGISTRY
from auditor.cli import main
from auditor.rulepacks import RulePackError, apply_override, builtin_pack, load_pack, load_rules

ROOT = Path(__file__).resolve().parents[1]


def test_every_registered_check_kind_is_declared_and_back() -> None:
    for module in pkgutil.iter_modules(auditor.checks.__path__):
        importlib.import_module(f"auditor.checks.{module.name}")
    assert set(_REGISTRY) == set(params.CHECK_PARAMS)


def test_checks_keep_no_literal_defaults() -> None:
    for path in (ROOT / "auditor" / "checks").glob("*.py"):
        assert "params.get(" not in path.read_text(encoding="utf-8"), f"{path.name}: read params[key]"


def test_tests_never_skip_a_broken_project_import() -> None:
    for path in (ROOT / "tests").glob("*.py"):
        if path.name == "test_params.py":
            continue
        assert 'importorskip("auditor' not in path.read_text(encoding="utf-8"), path.name


def test_every_check_reads_only_declared_keys() -> None:
    for path in (ROOT / "auditor" / "checks").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        declared = {k for kind, table in params.CHECK_PARAMS.items() if kind.startswith(path.stem + ".") for k in table}
        for key in re.findall(r'params\["(\w+)"\]', text):
            assert key in declared, f"{path.name} reads undeclared parameter {key!r}"


def test_builtin_packs_do_not_restate_declared_defaults() -> None:
    for path in sorted(builtin_pack().glob("*.toml")):
        for rule in tomllib.loads(path.read_text(encoding="utf-8"))["rule"]:
            declared = params.CHECK_PARAMS[rule["check"]]
            for key, value in rule.get("params", {}).items():
                default = declared[key].default
                assert value != (list(default) if isinstance(default, tuple) else default), (
                    f"{path.name} {rule['id']}: {key} restates the declared default: drop it"
                )


def test_every_rule_gets_every_declared_parameter() -> None:
    for rule in load_rules():
        assert set(rule.params) == set(params.CHECK_PARAMS[rule.check]), rule.id


def test_reusing_a_check_kind_gets_the_builtin_thresholds(tmp_path: Path) -> None:
    """Issue 8 item 2: a house rule on headline.seo_title_length gets 70, as HL006 does."""
    (tmp_path / "r.toml").write_text(
        '[[rule]]\nid = "X1"\nname = "x1"\ncategory = "headline"\nlevel = "warning"\n'
        'check = "headline.seo_title_length"\nmessage = "Title {length} over {max_chars}."\n',
        encoding="utf-8",
    )
    (house,) = load_pack(tmp_path / "r.toml")
    builtin = next(r for r in load_rules() if r.id == "HL006")
    assert house.params == builtin.params and house.params["max_chars"] == 70


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"max": "seventy"}, 'rules.HL002.max: expected an integer of at least 1, got "seventy"'),
        ({"max": True}, "rules.HL002.max: expected an integer of at least 1, got true"),
        ({"max": 0}, "rules.HL002.max: expected an integer of at least 1, got 0"),
        ({"maxx": 3}, 'rules.HL002.maxx: unknown key (did you mean "max"?)'),
        ({"level": "fatal"}, 'rules.HL002.level: expected one of error, warning, info, got "fatal"'),
        ({"message": ""}, 'rules.HL002.message: expected a non-empty string, got ""'),
    ],
)
def test_overrides_are_validated(override: dict[str, object], message: str) -> None:
    rule = next(r for r in load_rules() if r.id == "HL002")
    with pytest.raises(RulePackError) as info:
        apply_override(rule, override, "cfg.toml", "rules.HL002.")
    assert str(info.value) == "cfg.toml: " + message


def test_float_parameters_take_integers_and_keep_them() -> None:
    rule = next(r for r in load_rules() if r.id == "RD009")
    assert apply_override(rule, {"max_percent": 4}, "x").params["max_percent"] == 4


def test_explain_lists_type_and_default() -> None:
    out = CliRunner().invoke(main, ["explain", "RD009"]).stdout
    assert "    max_percent = 2.5\n        largest share of filler words, in percent (a number from 0 to 100)" in out
    assert "    fillers = [" in out and "(a list of strings; default [])" in out


def test_the_readme_house_rule_loads(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("# house-rules/banned.toml", 1)[1].split("\n", 1)[1].split("```", 1)[0]
    (tmp_path / "banned.toml").write_text(block, encoding="utf-8")
    (rule,) = load_pack(tmp_path / "banned.toml")
    assert rule.params["scope"] == "headline" and rule.params["regex"] is False
