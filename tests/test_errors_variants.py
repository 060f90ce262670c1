"""The template shapes of the widget and unseen-template tests, their pictures re-dressed
the ways real themes and lazy-loading plugins write them.

Each shape the tables of tests/widgetkit.py and tests/test_errors_unseen3/4.py hold reads
as chrome (no error of its own, none of the story's hidden) when its pictures are plain
``<img src>``. The same picture is often written otherwise on a live page, and each of these
once hid chrome in every language until the rules read it as the plain one (trust17):

- lazy, with its ``<noscript>`` copy (lazysizes, WordPress's and Jetpack's lazy load):
  ``<img class="lazyload" data-src=X><noscript><img src=X></noscript>``;
- in a ``<picture>`` with a WebP source (WordPress WebP plugins, Next.js, most CDNs);
- a 1x1 ``data:`` GIF stand-in in ``src`` and the real address in ``data-src`` (lazysizes,
  Lozad, a3 Lazy Load);
- framed by a theme's ratio boxes (Bootstrap's ``.ratio``, "media wrap" / aspect boxes).

Every shape is re-dressed each way and must still read as chrome, while the story's own
photo without alt (IM001) and its picture-only link without a name (LK016) stay found.
To keep the suite quick each (shape, dress) runs in one of the shape's places, the place
turning with the shape and the dress so both places are covered across the table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import test_errors_unseen3 as unseen3
import test_errors_unseen4 as unseen4
import test_errors_unseen5 as unseen5
import widgetkit as kit

_IMG = re.compile(r'<img ([^>]*?)src="([^"]+)"([^>]*)>')
_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _noscript(m: re.Match[str]) -> str:
    return (f'<img {m.group(1)}class="lazyload" data-src="{m.group(2)}"{m.group(3)}>'
            f'<noscript><img {m.group(1)}src="{m.group(2)}"{m.group(3)}></noscript>')


def _picture(m: re.Match[str]) -> str:
    return (f'<picture><source srcset="{m.group(2)}.webp" type="image/webp">'
            f'<img {m.group(1)}src="{m.group(2)}"{m.group(3)}></picture>')


def _stand_in(m: re.Match[str]) -> str:
    return f'<img {m.group(1)}src="{_GIF}" data-src="{m.group(2)}" class="lazy"{m.group(3)}>'


def _ratio_box(m: re.Match[str]) -> str:
    return f'<div class="media__wrap"><div class="ratio ratio-16x9">{m.group(0)}</div></div>'


DRESSES: dict[str, Callable[[re.Match[str]], str]] = {
    "noscript-copy": _noscript, "picture-source": _picture, "data-stand-in": _stand_in, "ratio-box": _ratio_box,
}


def _inside_paragraph(html: str) -> bool:
    """True when one of ``html``'s pictures sits in an open <p>: a <div> frame there would
    close the paragraph (HTML's parsing rules), a page no theme writes."""
    for m in _IMG.finditer(html):
        before = html[:m.start()]
        if len(re.findall(r"<p[\s>]", before)) > before.count("</p>"):
            return True
    return False


def _shapes() -> list[tuple[str, str, tuple[str, ...]]]:
    shapes = [(w.name, w.html, tuple(w.places)) for w in kit.WIDGETS]
    tables = (unseen3.SHAPES, unseen4.TWO_CLUES, unseen4.TEMPLATE, unseen4.CONTROLS,
              unseen4.SPONSORS_AND_CONSENT, unseen4.SIGNUP_AND_WRITER)
    shapes += [(name, html, ("middle", "end")) for table in tables for name, html in table]
    shapes += [(name, html, ("middle", "end")) for table in (unseen5.PROMOS, unseen5.RAILS) for name, html in table]
    shapes += [(name, html, ("end",)) for name, html in unseen5.CARDS]  # a card after the story only
    return shapes


def _cases() -> list[tuple[str, str, str, str]]:
    cases = []
    for i, (name, html, places) in enumerate(_shapes()):
        for d, dress in enumerate(DRESSES):
            if not _IMG.search(html) or (dress == "ratio-box" and _inside_paragraph(html)):
                continue
            cases.append((name, dress, _IMG.sub(DRESSES[dress], html), places[(i + d) % len(places)]))
    return cases


CASES = _cases()


def test_the_tables_are_read():
    """The tables still hold what this test re-dresses (a renamed table fails here, not silently)."""
    assert len({name for name, _, _, _ in CASES}) > 250
    assert {dress for _, dress, _, _ in CASES} == set(DRESSES)


@pytest.mark.parametrize("name,dress,html,where", CASES, ids=[f"{c[1]}-{c[0]}-{c[3]}" for c in CASES])
def test_a_redressed_shape_reads_as_the_plain_one(name, dress, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}-{dress}.html")
