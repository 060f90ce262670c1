"""Generic check kinds (Vale-style): required field, length band, substitution.
A newsroom's house rule is a TOML table; built-in HD005, IM005 and IM006 use them."""

from __future__ import annotations

from pathlib import Path

from auditor.api import Settings, audit
from auditor.rulepacks import load_pack, load_rules

DRAFT = """---
title: Seven Ways to Save Water at Home This Summer
description: Short.
---

# Seven Ways to Save Water at Home This Summer

We utilize less water now. In order to save more, fix leaks first.

## A heading that goes on and on well past what any reader wants to scan quickly

Text.
"""


def _house(tmp_path: Path, check: str, params: str, message: str = "{field} {length} {problem}") -> list[str]:
    (tmp_path / "house.toml").write_text(
        f'[[rule]]\nid = "H1"\nname = "house"\ncategory = "meta"\nlevel = "warning"\ncheck = "{check}"\n'
        f'message = "{message}"\n[rule.params]\n{params}\n',
        encoding="utf-8",
    )
    (rule,) = load_pack(tmp_path / "house.toml")
    result = audit(DRAFT, "draft.md", Settings(rules=(rule,)))
    assert result.error is None
    return [f"{f.line}:{f.message}" for f in result.findings]


def test_required_front_matter_key(tmp_path: Path) -> None:
    assert _house(tmp_path, "text.required", 'front_matter_key = "author"', "Add {field}.") == ["1:Add author."]
    assert _house(tmp_path, "text.required", 'front_matter_key = "title"', "Add {field}.") == []


def test_required_meta_field(tmp_path: Path) -> None:
    assert _house(tmp_path, "text.required", 'field = "canonical"', "Add {field}.") == ["1:Add canonical."]
    assert _house(tmp_path, "text.required", 'field = "description"', "Add {field}.") == []


def test_length_band_in_characters_and_words(tmp_path: Path) -> None:
    assert _house(tmp_path, "text.length", 'field = "description"\nmin = 50', "{length} {problem} {min}") == ["3:6 short 50"]
    assert _house(tmp_path, "text.length", 'field = "headings"\nunit = "words"\nmax = 8', "{length} {problem}") == ["10:16 long"]
    # The headline's H1 is left out of "headings" unless asked.
    assert _house(tmp_path, "text.length", 'field = "headings"\nunit = "words"\nmax = 3\nskip_headline = false',
                  "{length}") == ["6:9", "10:16"]


def test_substitution_names_the_replacement(tmp_path: Path) -> None:
    found = _house(tmp_path, "text.substitution", '[rule.params.swap]\nutilize = "use"\n"in order to" = "to"',
                   "Write {suggestion}, not {text}.")
    assert found == ["8:Write use, not utilize.", "8:Write to, not In order to."]


def test_builtin_rules_use_the_generic_length_kind() -> None:
    by_id = {r.id: r for r in load_rules()}
    assert {by_id[i].check for i in ("HD005", "IM005", "IM006")} == {"text.length"}
