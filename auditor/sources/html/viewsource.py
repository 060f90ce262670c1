"""A browser's view-source page saved to a file: the page it shows is the article.

Chrome saves the view-source tab ("view-source_https___….html") as the DOM it builds:
a table with one row per source line, the line's text in ``<td class="line-content">``
(third_party/blink/renderer/core/html/html_view_source_document.cc). Firefox's viewer
(toolkit/components/viewsource) puts the whole source in ``<pre id="line1">`` inside
``<body id="viewsource">``, with an empty ``<span id="lineN">`` at each line start.
Either way the source comes back whole, each line where the viewer numbered it.
"""

from __future__ import annotations

import re

from auditor.text.lazyre import LazyPattern

_CHROME = LazyPattern(r'<td class="line-number" value="1">\s*</td>\s*<td class="line-content">')
_FIREFOX = LazyPattern(r'<body\b[^>]*\bid="viewsource"[^>]*>\s*<pre\b', re.IGNORECASE)
_HEAD_CHARS = 8192


def view_source_page(text: str) -> str | None:
    """The page's source when ``text`` is a saved view-source page, else None."""
    head = text[:_HEAD_CHARS]
    if "line-content" not in head and "viewsource" not in head:
        return None
    chrome = _CHROME.search(head) is not None
    if not chrome and _FIREFOX.search(head) is None:
        return None
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.etree.HTMLParser(
            huge_tree=True, recover=True, encoding="utf-8"))
    except (ValueError, lxml.etree.LxmlError):
        return None
    if chrome:
        lines = ["".join(str(t) for t in td.itertext()) for td in root.iter("td") if td.get("class") == "line-content"]
        source = "\n".join(lines)
    else:
        pre = next(root.iter("pre"), None)
        source = "".join(str(t) for t in pre.itertext()) if pre is not None else ""
    return source if source.strip() else None
