"""The page's <head>: title, description, canonical, robots, keywords, Open Graph, lang."""

from __future__ import annotations

import re
from typing import Any

from auditor.model import Meta
from auditor.sources.html.locate import Locator
from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement


# The top of a page, up to its <head> or <body>: comments, then <html> start tags.
_COMMENT = LazyPattern(r"<!--.*?-->", re.S)
_TOP_END = LazyPattern(r"<(?:head|body)[\s>/]", re.I)
_HTML_TAG = LazyPattern(r"<html\b[^>]*>", re.I)
_LANG_ATTR = LazyPattern(r"""(?<![\w:-])(?:xml:)?lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)


def _late_html_lang(text: str) -> tuple[str, int] | None:
    """The lang of an <html> start tag that libxml2 dropped and a browser keeps: after a
    <script>, <meta> or stray text (a plugin's output, a PHP notice) the parser has made
    its own <html>, and HTML's parsing merges the written tag's attributes onto it. The
    value and its line, or None."""
    top = text[:100_000]
    end = _TOP_END.search(top)
    top = top[:end.start()] if end is not None else top
    if "<html" not in top.lower():
        return None
    # Comments blanked, not removed: what is left keeps its offsets (IE's conditional <html>s go).
    visible = _COMMENT.sub(lambda m: " " * len(m.group(0)), top)
    for tag in _HTML_TAG.finditer(visible):
        found = _LANG_ATTR.search(tag.group(0))
        value = next((v for v in found.groups() if v is not None), "") if found is not None else ""
        if value.strip():
            return " ".join(value.split()), text.count("\n", 0, tag.start()) + 1
    return None


# A script giving the root its language as a literal, as i18n setups and themes write it:
# ``document.documentElement.lang = "en"``, ``….setAttribute("lang", "en")``, jQuery's
# ``$("html").attr("lang", "en")``. A browser runs it before anyone reads the page.
_SCRIPT_LANG = LazyPattern(
    r"""(?:documentElement|querySelector\(\s*["']html["']\s*\)|getElementsByTagName\(\s*["']html["']\s*\)\[0\]"""
    r"""|\$\(\s*["']html["']\s*\))(?:\.lang\s*=\s*|\.(?:setAttribute|attr)\(\s*["'](?:xml:)?lang["']\s*,\s*)"""
    r"""["']([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)["']""")


def _script_lang(root: Element, locator: Locator) -> tuple[str, int] | None:
    """The language a page's own script gives its root (see _SCRIPT_LANG), and its line."""
    for script in root.iter("script"):
        found = _SCRIPT_LANG.search(script.text or "")
        if found is not None and not (script.get("type") or "javascript").lower().endswith("json"):
            return found.group(1), locator.at(script)[0]
    return None


def _root_lang(root: Element, locator: Locator) -> tuple[str, int] | None:
    """The page's language and its line: <html lang> (or xml:lang), else the lang of an
    <html> tag libxml2 dropped (see _late_html_lang), else what a screen reader reads the
    article in: a lang on <body>, or one the page's script gives <html> (_script_lang)."""
    lang = root.get("lang") or root.get("xml:lang")
    if lang is not None and lang.strip():
        return " ".join(lang.split()), locator.at(root)[0]
    late = _late_html_lang(locator.text)
    if late is not None:
        return late
    body = root.find("body")
    lang = (body.get("lang") or body.get("xml:lang")) if body is not None else None
    if lang is not None and lang.strip():
        return " ".join(lang.split()), locator.at(body)[0]
    return _script_lang(root, locator)


def _links(root: Element) -> tuple[Element | None, tuple[str, ...]]:
    """The first <link rel=canonical>, and the addresses of <link rel=next|prev> (a paged
    article's other pages, or a blog's adjacent posts)."""
    canonical: Element | None = None
    pages: list[str] = []
    for el in root.iter("link"):
        rels = (el.get("rel") or "").lower().split()
        if "canonical" in rels:
            canonical = el if canonical is None else canonical
        elif ("next" in rels or "prev" in rels or "previous" in rels) and (el.get("href") or "").strip():
            pages.append((el.get("href") or "").strip())
    return canonical, tuple(pages)


# The generators word processors write in their HTML exports ("Microsoft Word 15 (filtered)",
# "LibreOffice 7.6.4.1 (Linux)", "OpenOffice.org 3.4", "Pages" in older Apple exports) and
# Word's ProgId ("Word.Document").
_PROCESSOR = LazyPattern(r"^\s*(Microsoft Word|LibreOffice|OpenOffice|NeoOffice|Apple Pages|WPS Office|Word\.Document)",
                         re.I)
# Google Docs writes no generator: its "Download > Web page" export imports Docs' fonts and
# numbers lists by "lst-kix_" classes in the head's style; newer exports class the body
# "doc-content".
_DOCS_STYLE = ("themes.googleusercontent.com/fonts/css", ".lst-kix_")


def _made_by(root: Element, metas: list[Element]) -> str | None:
    """The word processor that exported this page, or None (a page of a site)."""
    for el in metas:
        if (el.get("name") or "").strip().lower() in ("generator", "progid"):
            found = _PROCESSOR.match(el.get("content") or "")
            if found:
                name = found.group(1)
                return "Microsoft Word" if name.lower().startswith(("microsoft", "word.")) else name
    body = root.find("body")
    if body is not None and "doc-content" in (body.get("class") or "").split():
        return "Google Docs"
    head = root.find("head")
    if head is not None and any(mark in (style.text or "") for style in head.iter("style") for mark in _DOCS_STYLE):
        return "Google Docs"
    return None


def _title_element(root: Element, head: Element | None) -> Element | None:
    """The page's <title>: the head's, or the first one outside an SVG drawing (whose own
    <title> names the drawing)."""
    title = head.find("title") if head is not None else None
    if title is None:
        title = next((t for t in root.iter("title") if not any(a.tag == "svg" for a in t.iterancestors())), None)
    return title


def read_meta(root: Element, locator: Locator) -> Meta:
    lines: dict[str, int] = {}
    values: dict[str, str] = {}
    og: dict[str, str] = {}

    def keep(name: str, value: str | None, el: Element) -> None:
        if value is None or name in values:
            return
        values[name] = " ".join(value.split())
        lines[name] = locator.at(el)[0]

    head = root.find("head")
    if head is not None and (head_at := locator.position(head)) is not None:
        # A <head> written in the source (not one the parser made up) makes this a
        # page, even an empty one: meta rules then say what it lacks.
        lines["head"] = head_at[0]
    title = _title_element(root, head)
    if title is not None:
        keep("title", title.text_content(), title)
    metas = list(root.iter("meta"))
    # Some archiving tools save every <meta> with value="…" for content="…" (the
    # viewport too, which no site writes that way): read such a copy as its live page.
    attr = "value" if metas and not any(m.get("content") is not None for m in metas) else "content"
    for el in metas:
        content = el.get(attr)
        name = (el.get("name") or "").strip().lower()
        prop = (el.get("property") or "").strip().lower()
        if name in ("description", "robots", "keywords"):
            keep(name, content, el)
        key = prop if prop.startswith("og:") else name if name.startswith("og:") else ""
        if key and content is not None and key not in og:
            og[key] = " ".join(content.split())
            lines[key] = locator.at(el)[0]
        equiv = (el.get("http-equiv") or "").strip().lower()
        if equiv == "content-language":
            keep("content-language", content, el)
    canonical, pages = _links(root)
    if canonical is not None:
        keep("canonical", (canonical.get("href") or "").strip(), canonical)
    lang = _root_lang(root, locator)
    if lang is not None:
        values["lang"], lines["lang"] = lang
    elif "content-language" in values:
        values["lang"] = values["content-language"]
        lines["lang"] = lines["content-language"]
    lines.pop("content-language", None)
    return Meta(
        title=values.get("title"),
        description=values.get("description"),
        canonical=values.get("canonical") or None,
        lang=values.get("lang"),
        robots=values.get("robots"),
        keywords=values.get("keywords"),
        og=og,
        pages=pages,
        lines=lines,
        made_by=_made_by(root, metas),
    )
