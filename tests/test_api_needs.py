"""auditor.api reads what a rule set asks of the parse (space runs, structured data,
site facts) once per rule set, kept by identity: a batch alternating rule sets (two
config files in one run) must get each set's own answer."""

from __future__ import annotations

from auditor.api import Settings, _needs, audit
from auditor.rulepacks import load_rules


def test_each_rule_set_gets_its_own_needs() -> None:
    rules = tuple(load_rules())
    bare = tuple(r for r in rules if not r.check.startswith(("spacing.", "structured.", "site.")))
    sites = tuple(r.id for r in rules if r.check.startswith("site."))
    assert sites
    for _ in range(2):
        full = _needs(rules)
        assert (full.spacing, full.structured, full.site) == (True, True, sites)
        none = _needs(bare)
        assert (none.spacing, none.structured, none.site) == (False, False, ())
    listed = _needs(list(rules))  # type: ignore[arg-type]  # a list is read, not kept
    assert (listed.spacing, listed.structured, listed.site) == (True, True, sites)


def test_alternating_rule_sets_audit_as_each_alone() -> None:
    page = (b'<html><head><title>A page</title><script type="application/ld+json">{"@type": "Article"}'
            b"</script></head><body><article><h1>A page</h1><p>Some  text here.</p></article></body></html>")
    rules = tuple(load_rules())
    bare = Settings(rules=tuple(r for r in rules if not r.check.startswith(("spacing.", "structured.", "site."))))
    full = Settings(rules=rules)
    alone = [audit(page, "a.html", full), audit(page, "a.html", bare)]
    mixed = [audit(page, "a.html", s) for s in (full, bare, full, bare)]
    assert mixed == alone * 2
    assert alone[0].site_facts is not None and alone[1].site_facts is None
