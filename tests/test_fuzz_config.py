"""A short fuzz run over configuration, rule packs and front matter in every test
session (bench/fuzz_config.py runs the same properties for longer)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings

import fuzzkit

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


@FAST
@given(fuzzkit.config_table)
def test_any_config_is_a_config_or_one_line_error(table: dict[str, Any]) -> None:
    fuzzkit.check_config(table)


@FAST
@given(fuzzkit.pack_rule)
def test_any_pack_rule_loads_or_is_one_line_error(table: dict[str, Any]) -> None:
    fuzzkit.check_pack_rule(table)


@settings(FAST, max_examples=40)
@given(fuzzkit.front_matter())
def test_any_front_matter_gives_a_result(source: str) -> None:
    fuzzkit.check_front_matter(source)
