from __future__ import annotations

from auditor.model import Directive
from auditor.sources.directives import find_directives


def test_disable_enable_and_next_line_with_lines():
    text = (
        "# Title\n"
        "<!-- auditor-disable HL002, image-alt -->\n"
        "text <!--auditor-enable-->\n"
        "<!-- auditor-disable-next-line LK001 LK002 -- links are fine here -->\n"
        "[x](y)\n"
    )
    assert find_directives(text) == (
        Directive("disable", ("HL002", "image-alt"), 2),
        Directive("enable", (), 3),
        Directive("disable-next-line", ("LK001", "LK002"), 4),
    )


def test_no_rules_means_all():
    assert find_directives("<!-- auditor-disable -->") == (Directive("disable", (), 1),)


def test_ids_upper_names_lower_and_deduplicated():
    (d,) = find_directives("<!-- auditor-disable hl002 Image-Alt,HL002 -->")
    assert d.rules == ("HL002", "image-alt")


def test_multiline_comment_reports_its_first_line():
    (d,) = find_directives("a\nb\n<!-- auditor-disable\n  RD001,\n  RD002 -->\n")
    assert d == Directive("disable", ("RD001", "RD002"), 3)


def test_lookalikes_are_not_directives():
    text = "<!-- auditor-disabled RD001 --><!-- auditor disable RD001 --><!-- note auditor-disable -->"
    assert find_directives(text) == ()
