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


# The wrappers' pieces and what stands between them: every sequence of up to four, so that an
# opening and a closing wrapper overlap, repeat, sit at the start, the end or inside.
_PIECES = ["<!--", "-->", "]]>", "<![CDATA[", "//", "/*", "*/", " ", "\n", "x"]


def test_every_short_sequence_of_wrapper_pieces_comes_off_as_the_pattern_takes_it() -> None:
    from itertools import product

    blocks = ["".join(parts) for n in range(1, 5) for parts in product(_PIECES, repeat=n)]
    assert [b for b in blocks if _unwrapped(b) != _WRAPPERS.sub("", b)] == []
    assert sum(_unwrapped(b) != b for b in blocks) > 1000  # the wrappers are taken off, not kept


@pytest.mark.parametrize("word", ["frameset", "FRAMESET", "Frameset", "FrameSet", "framesets", "rameset", ""])
def test_a_frameset_page_is_opened_as_the_three_spellings_tell(word: str) -> None:
    # _open_noframes looks for "rameset" or "RAMESET" before the three spellings it reads
    # ("frameset", "FRAMESET", "Frameset"): the page is opened exactly when one of them is there.
    from auditor.sources.html import _FRAMESET, _open_noframes

    page = f"<html><{word} rows='*'><noframes><p>Story</p></noframes></html>"
    spelled = any(w in page for w in ("frameset", "FRAMESET", "Frameset")) and _FRAMESET.search(page) is not None
    assert (_open_noframes(page) != page) == spelled
    assert spelled == (word in ("frameset", "FRAMESET", "Frameset"))  # "<framesets" is no <frameset>
