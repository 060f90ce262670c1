"""page_css.LazyFonts: the class rules of weight and size read on the first ask answer as
class_fonts' do (perf37: the walk asks on 61 of the 207 corpus pages)."""

from __future__ import annotations

from auditor.sources.page_css import LazyFonts, class_fonts

# A Word export's and a theme's class rules (the shapes test_listicle_unseen12 reads).
_TITLED = ["p.MsoTitle{font-size:20.0pt;font-family:Calibri} .c5{font-weight:700} p.c5{font-weight:400}"]
_PLAIN = [".a{font-weight:400;font-size:12px} .b .c{font-weight:700}"]
_ASKED = [("p", ["MsoTitle"]), ("p", ["MsoNormal"]), ("span", ["c5"]), ("p", ["c5"]), ("p", ["a"]), ("span", [])]


def test_lazy_fonts_answer_as_class_fonts() -> None:
    for blocks in (_TITLED, _PLAIN):
        read = class_fonts(blocks)
        lazy = LazyFonts(blocks)
        for tag, classes in _ASKED:
            assert lazy.emphasis(tag, classes) == (read is not None and read.emphasis(tag, classes))
    assert LazyFonts(_TITLED).emphasis("p", ["MsoTitle"]) and LazyFonts(_TITLED).emphasis("span", ["c5"])
    assert not LazyFonts(_PLAIN).emphasis("p", ["a"])


# The walk's reading through LazyFonts: tests/test_listicle_unseen12.py (class-styled titles and pull quotes).
