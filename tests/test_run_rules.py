"""auditor.engine.run keeps the last rule set's check functions by identity: every
rule set run after another gets its own checks, and a set with an unknown check kind
fails the same way every time (nothing of it is kept)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.api import Settings, _load
from auditor.checks import UnknownCheck
from auditor.engine.run import run_rules
from auditor.rulepacks import load_rules

PAGE = (b"<html><head><title>Ten ways</title></head><body><article><h1>10 Ways To Sleep</h1>"
        b"<p>Read <a href='javascript:void(0)'>click here</a> for more.</p><img src='a.jpg'></article></body></html>")


def test_alternating_rule_sets_find_what_each_finds_alone() -> None:
    rules = tuple(load_rules())
    doc = _load(PAGE, "a.html", Settings(rules=rules))
    images = tuple(r for r in rules if r.check.startswith("images."))
    links = tuple(r for r in rules if r.check.startswith("links."))
    alone = [run_rules(doc, images), run_rules(doc, links), run_rules(doc, rules)]
    assert all(alone) and {f.rule[:2] for f in alone[0]} == {"IM"} and {f.rule[:2] for f in alone[1]} == {"LK"}
    for _ in range(2):
        assert [run_rules(doc, images), run_rules(doc, links), run_rules(doc, rules)] == alone


def test_an_unknown_check_fails_every_time() -> None:
    rules = tuple(load_rules())
    doc = _load(PAGE, "a.html", Settings(rules=rules))
    broken = (*rules[:3], replace(rules[3], check="images.no_such_check"), *rules[4:])
    for _ in range(2):
        with pytest.raises(UnknownCheck):
            run_rules(doc, broken)
        assert run_rules(doc, rules)  # the good set between runs the broken one
