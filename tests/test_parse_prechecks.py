"""Cheap tests in C that let a pattern skip a page or block: each must give exactly
what the pattern alone gives."""

from __future__ import annotations

import pytest

from auditor.structured.extract import _WRAPPERS, _unwrapped

BLOCKS = [
    '{"@type": "Article"}',
    '  <!-- {"@type": "Article"} -->  ',
    '//<![CDATA[\n{"a": 1};\n//]]>\n',
    '<![CDATA[{"a": "x"}]]>',
    '{"a": "<!-- kept inside -->", "b": "]]> inside"}',
    '{"a": "-->"}\n-->',
    "",
    "   \n",
    '{"html": "<b>x</b>"}',
]


@pytest.mark.parametrize("block", BLOCKS)
def test_json_ld_wrappers_come_off_as_the_pattern_takes_them(block: str) -> None:
    assert _unwrapped(block) == _WRAPPERS.sub("", block)
