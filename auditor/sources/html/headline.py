"""The article's headline: the body's h1, else the page's h1 that matches the titles."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from auditor.model import Heading, Meta
from auditor.sources.body import chrome_kind
from auditor.sources.html.locate import Locator
from auditor.sources.html.text import image_text, text_of

Element = Any  # lxml.html.HtmlElement


_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|/|»|:)\s+")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def title_headline(meta: Meta) -> str | None:
    og_title = meta.og.get("og:title")
    if og_title:
        return og_title
    return strip_site_name(meta.title, meta.og.get("og:site_name")) if meta.title else None


def strip_site_name(title: str, site_name: str | None = None) -> str:
    """``"7 Ways to Sleep | The Site"`` → ``"7 Ways to Sleep"``."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    seps = _TITLE_SEPARATORS.findall(title)
    site = _tokens(site_name) if site_name else set()
    if site and _tokens(parts[0]) <= site and len(parts) > 1:
        return title[title.index(seps[0]) + len(seps[0]) :].strip()
    last = parts[-1]
    head = title[: title.rfind(seps[-1])].strip()
    if (site and _tokens(last) <= site) or (len(last.split()) <= 4 and len(head.split()) >= 3):
        return head
    return title


def _tokens(text: str | None) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(text or "")}


def _similarity(a: str, b: str | None) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def titled_h1s(root: Element, meta: Meta) -> int:
    """How many <h1>s of the page read like its titles (og:title, <title> without the
    site name): the headline's own, wherever the template put it."""
    references = _references(meta)
    return sum(1 for h in root.iter("h1")
               if max((_similarity(h.text_content() or "", r) for r in references), default=0.0) >= 0.5)


def titles_match(meta: Meta) -> Callable[[str], float]:
    """How much a text reads like the page's titles (og:title, <title> without the site
    name), 0 to 1; 0 on a page with none."""
    references = _references(meta)
    return lambda text: max((_similarity(text, r) for r in references), default=0.0)


def _references(meta: Meta) -> list[str]:
    return [t for t in (meta.og.get("og:title"),
                        strip_site_name(meta.title, meta.og.get("og:site_name")) if meta.title else None) if t]


def find_headline(root: Element, body: Element, headings: list[Heading], meta: Meta,
              locator: Locator, first_text_line: int | None = None) -> Heading | None:
    """The article's h1 as a reader sees it: the body's own, else the page's h1 that
    matches the titles or sits nearest above the body. An h1 that is only a kicker
    ("Retro-PC" over "Commodore reaktiviert den C64") gives way to the heading under it."""
    references = _references(meta)

    def match(text: str) -> float:
        return max((_similarity(text, r) for r in references), default=0.0)

    site_names = _site_name_h1s(root, meta, locator, match)
    own = [h for h in headings if h.level == 1 and h.text and (h.line, h.column) not in site_names]
    best = max(own, key=lambda h: match(h.text)) if own else None
    if best is not None and (match(best.text) >= 0.5 or not references):
        if len(own) >= 2 and references:
            # Sections set as h1s (Substack's and Medium's section headings): one of them may
            # share words with the titles, but an h1 above the body that reads more like them is
            # the headline.
            above = _page_headline(root, body, locator, match, True)
            if above is not None and above[0] > match(best.text):
                return above[1]
            # The titles point at two of them (an og:title naming the first section, "Was ist
            # die Demokratie-Stiftung?", the <title> the story): the headline stands above its
            # sections.
            firsts = [max(own, key=lambda h: _similarity(h.text, r)) for r in references]
            firsts = [h for h, r in zip(firsts, references) if _similarity(h.text, r) >= 0.5]
            if firsts:
                best = min(firsts, key=lambda h: (h.line, h.column))
        return _under_kicker(best, headings, match, first_text_line) or best
    # The body's h1s do not read like the page's titles ("Tipp 1: …" set as h1s inside
    # the text): an h1 above the body that does is the headline.
    outside = _page_headline(root, body, locator, match, bool(references))
    if best is not None:
        if outside is not None and outside[0] >= 0.5:
            return outside[1]
        chosen = best if match(best.text) > 0.0 else own[0]
        return _under_kicker(chosen, headings, match, first_text_line) or chosen
    return outside[1] if outside is not None else None


def _under_kicker(h1: Heading, headings: list[Heading], match: Callable[[str], float],
                  first_text_line: int | None) -> Heading | None:
    """The heading right under a kicker h1: a label of at most three words set as the
    h1, with the story's own headline in the next heading (before any text), which
    reads more like the page's titles ("Retro-PC: Commodore reaktiviert den C64")."""
    if len(h1.text.split()) > 3:
        return None
    at = next((i for i, h in enumerate(headings) if h is h1), None)
    if at is None or at + 1 >= len(headings):
        return None
    nxt = headings[at + 1]
    if nxt.level not in (2, 3) or nxt.line - h1.line > 3 or not nxt.text:
        return None
    if first_text_line is not None and first_text_line < nxt.line:
        return None
    score = match(nxt.text)
    return nxt if score >= 0.5 and score > match(h1.text) else None


def _site_name_h1s(root: Element, meta: Meta, locator: Locator,
                   match: Callable[[str], float]) -> set[tuple[int, int]]:
    """Positions of the <h1>s that are the site's name: a link to the home page that
    does not read like the page's titles (templates that set the logo text as the h1)."""
    out: set[tuple[int, int]] = set()
    for el in root.iter("h1"):
        anchor = next(el.iterancestors("a"), None)
        if anchor is None:
            inner = list(el.iter("a"))
            anchor = inner[0] if len(inner) == 1 and text_of(inner[0]) == text_of(el) else None
        if anchor is not None and _links_home(anchor.get("href") or "", meta) \
                and match(text_of(el) or image_text(el)) < 0.5:
            out.add(locator.at(el))
    return out


def _links_home(href: str, meta: Meta) -> bool:
    """A link to the site's front page: "/", "./", "index.html", or the canonical's host."""
    from urllib.parse import urlsplit

    from auditor.links.urls import site_of

    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    if parts.query or parts.path.lower() not in ("", "/", "./", "index.html", "/index.html", "index.php", "/index.php"):
        return False
    if not parts.netloc:
        return bool(parts.path)  # "" alone is the page itself
    here = meta.canonical or meta.og.get("og:url")
    return bool(here) and site_of(href) == site_of(here)


def _page_headline(root: Element, body: Element, locator: Locator, match: Callable[[str], float],
                   has_titles: bool) -> tuple[float, Heading] | None:
    """The page's h1 outside the body that matches the titles (``match`` scores a text
    against them), or else the nearest above the body when the page has no titles."""
    body_line = locator.at(body)[0]
    body_h1s = set(body.iter("h1"))
    candidates: list[tuple[float, int, Heading]] = []
    for el in root.iter("h1"):
        if el in body_h1s or (_in_chrome(el, body) and not _declared_headline(el)):
            continue
        text = text_of(el) or image_text(el)
        if not text:
            continue
        line, col = locator.at(el)
        candidates.append((match(text), line, Heading(1, text, line, col,
                                                       has_link=el.find(".//a") is not None)))
    if not candidates:
        return None
    matching = [c for c in candidates if c[0] >= 0.5]
    if matching:
        found = max(matching, key=lambda c: (c[0], -abs(body_line - c[1])))
        return found[0], found[2]
    above = [c for c in candidates if c[1] <= body_line]
    if above and not has_titles:
        found = max(above, key=lambda c: c[1])
        return found[0], found[2]
    return None


def _declared_headline(el: Element) -> bool:
    """An h1 the page's structured data names as the headline (``itemprop="headline"`` on
    it or inside it): the article's own, even inside a box whose class says "header";
    but not the last step of a breadcrumb trail, which copies the title into navigation."""
    if not any("headline" in (node.get("itemprop") or "").split() for node in el.iter()):
        return False
    return not any(anc.tag == "nav" or "breadcrumb" in f"{anc.get('itemprop') or ''} {anc.get('class') or ''}".lower()
                   for anc in el.iterancestors())


def _in_chrome(el: Element, body: Element) -> bool:
    # Wrappers around the body itself ("advertisement-off-canvas" page shells) do not
    # count: only chrome that sits beside the article.
    shell = set(body.iterancestors())
    for anc in el.iterancestors():
        if anc is body or anc in shell:
            return False
        if anc.tag == "header" and (anc.get("role") or "").lower() == "banner":
            return True
        if chrome_kind(anc) is not None and anc.tag != "header":
            return True
    return False
