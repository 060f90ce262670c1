"""docs/rules.md is generated from the rule packs and must not drift from them."""

from __future__ import annotations

from click.testing import CliRunner

from auditor.cli import main
from auditor.rulepacks import load_rules

from conftest import ROOT


def test_docs_rules_md_is_up_to_date() -> None:
    result = CliRunner().invoke(main, ["rules", "--format", "markdown"])
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert result.stdout == committed, "run `auditor rules --format markdown > docs/rules.md`"


def test_every_rule_has_an_anchor_and_examples() -> None:
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in load_rules():
        section = text.split(f'<a id="{rule.id}"></a>', 1)[1].split("<a id=", 1)[0]
        assert "**Bad**" in section and "**Good**" in section
