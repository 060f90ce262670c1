"""Errors left over from the image and link rounds (issue 9: an error must be an objective
defect), each with the look-alike that keeps its error.

- MT063 reports only dates search engines cannot read. Google's Article structured data
  documentation defines datePublished as "the date and time the article was first
  published" and dateModified as "the date and time the article was most recently
  modified", both recommended, and sets no order between them; its byline-date guidance
  asks for ISO 8601 and the right time zone. A dateModified before datePublished is what a
  post edited before its scheduled publication, re-dated when republished or syndicated
  with the original's last edit carries: no objective defect, so it is not reported.
- IM001 on a lazy picture whose <noscript> copy sits in the same link. WordPress's lazy-load
  plugins write the copy from the same tag they turn into the stand-in (Automattic's and
  10up's Lazy Load: ``preg_replace('/<img(.*?)src=/i', '<img$1src="…" data-lazy-src=',
  $imgHTML); $replaceHTML .= '<noscript>' . $imgHTML . '</noscript>'``; the lazysizes-based
  themes of the code corpus do the same with data-src, e.g. paperplanefactory's
  functions/theme-lazyload.php; Fastspot's Boilerplate templates/partials/image.php writes
  one alt into both), so the stand-in carries the copy's alt and a stand-in without one
  lacks it for every reader whose browser runs scripts: that IM001 stays. The copy replaces
  the stand-in only under lazysizes' noscript extension (ls.noscript.js: the box marked
  ``data-noscript`` gets its <noscript>'s markup as content), and there the copy's alt is
  what readers get.
"""

from __future__ import annotations

import pytest

import widgetkit as kit
from auditor.api import audit


def _rules(html: str, name: str = "leftover.html") -> list[str]:
    result = audit(html.encode(), name)
    assert result.error is None, result.error
    return [f.rule for f in result.findings]


# --- MT063: the order of datePublished and dateModified ------------------------------------

def _with_article_dates(published: str, modified: str) -> str:
    block = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
             f'"headline": "{kit.HEADLINE}", "datePublished": "{published}", "dateModified": "{modified}"}}</script>')
    return kit.page("").replace("</head>", block + "</head>")


@pytest.mark.parametrize(("published", "modified"), [
    ("2024-03-13T06:00:00+01:00", "2024-02-20T17:45:00+01:00"),  # written weeks ahead, scheduled
    ("2024-03-13T06:00:00+01:00", "2021-11-02T09:12:00+01:00"),  # an old post re-dated when republished
    ("2024-03-13", "2023-12-30T22:10:00Z"),                      # a syndicated copy keeping the original's edit
], ids=["scheduled-weeks-ahead", "republished", "syndicated"])
def test_a_modification_before_publication_is_not_an_error(published, modified):
    assert "MT063" not in _rules(_with_article_dates(published, modified))


@pytest.mark.parametrize(("published", "modified"), [
    ("2024-03-13T06:00:00+01:00", "2024/02/20 17:45"),
    ("13.03.2024", "2024-02-20T17:45:00+01:00"),
], ids=["unreadable-modified", "unreadable-published"])
def test_an_unreadable_date_stays_an_error_whatever_the_order(published, modified):
    assert "MT063" in _rules(_with_article_dates(published, modified))


# --- IM001: a lazy picture whose <noscript> copy sits in the same link -----------------------

_M = "https://media.dailyledger.example/2024/03/"
_STAND_IN = 'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="' + _M + 'bridge.jpg" width="800" height="600"'
_COPY = f'<noscript><img src="{_M}bridge.jpg" alt="The new bridge over the river at dusk" width="800" height="600"></noscript>'


def _im001_lines(html: str) -> list[tuple[int, int]]:
    result = audit(html.encode(), "lazy.html")
    assert result.error is None, result.error
    places = []
    for f in result.findings:
        if f.rule == "IM001":
            places += [(f.line, f.column)] + [(r.line, r.column) for r in f.related]
    return places


def _bridge_col(html: str) -> int:
    return html.index(f'<img {_STAND_IN}') + 1


@pytest.mark.parametrize("box", [
    f'<p><a href="{_M}bridge.jpg" class="lazyload" data-noscript=""><img {_STAND_IN}>{_COPY}</a></p>',
    f'<figure><a href="{_M}bridge.jpg"><span class="lazyload" data-noscript=""><img {_STAND_IN}>{_COPY}</span></a></figure>',
], ids=["link-is-the-noscript-box", "box-inside-the-link"])
def test_a_stand_in_the_noscript_extension_replaces_takes_the_copys_alt(box):
    html = kit.page(box)
    places = _im001_lines(html)
    assert (1, _bridge_col(html)) not in places
    assert len(places) == 1  # the story's own photo without alt stays reported


@pytest.mark.parametrize("box", [
    f'<p><a href="{_M}bridge.jpg"><img {_STAND_IN}>{_COPY}</a></p>',
    f'<p><a href="{_M}bridge.jpg" class="lazyload"><img {_STAND_IN} class="lazyload">{_COPY}</a></p>',
    # The extension's box is another picture's: this stand-in is not in it.
    f'<p><a href="{_M}bridge.jpg"><img {_STAND_IN}></a><span data-noscript="">{_COPY}</span></p>',
], ids=["plain-link", "lazysizes-swap-only", "box-beside-the-link"])
def test_a_stand_in_whose_loader_swaps_only_its_address_keeps_its_im001(box):
    html = kit.page(box)
    assert (1, _bridge_col(html)) in _im001_lines(html)
