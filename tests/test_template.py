"""Message templates are data: named fields only, a small allow-list of format specs,
output capped; rendering never raises."""

from __future__ import annotations

import pytest

from auditor.engine.template import MAX_MESSAGE, check_template, render
from auditor.params import ParamError


def test_named_fields_and_allowed_specs() -> None:
    values = {"length": 72, "max": 65, "ratio": 2.5, "words": ("a", "b")}
    assert render("{length} over {max}; {ratio}× ({words})", values) == "72 over 65; 2.5× (a, b)"
    assert render("[{max:>4}] {ratio:.2f} {length:d}", values) == "[  65] 2.50 72"
    check_template("[{max:>4}] {ratio:.2f} {length:d} {{literal}}", "message")


@pytest.mark.parametrize(
    "template",
    ["{max:>1000000000}", "{length.__class__.__mro__}", "{x[0]}", "{x!r}", "{0}", "{}", "{max:,}", "{", "}"],
)
def test_unsafe_templates_are_refused_at_load_and_inert_at_run(template: str) -> None:
    with pytest.raises(ParamError, match="^message: "):
        check_template(template, "message")
    shown = render(template, {"max": 1, "length": 2, "x": [1]})
    assert len(shown) <= len(template) + 1 and "class" not in shown.replace(template, "")


def test_unknown_fields_stay_visible_and_output_is_capped() -> None:
    assert render("{nope} and {max}", {"max": 3}) == "{nope} and 3"
    long = render("{text}" * 5, {"text": "x" * 5000})
    assert len(long) == MAX_MESSAGE and long.endswith("…")
