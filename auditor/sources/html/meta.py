"""The page's <head>: title, description, canonical, robots, keywords, Open Graph, lang."""

from __future__ import annotations

from typing import Any

from auditor.model import Meta
from auditor.sources.html.locate import Locator

Element = Any  # lxml.html.HtmlElement


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
    if head is not None and head in locator.positions:
        # A <head> written in the source (not one the parser made up) makes this a
        # page, even an empty one: meta rules then say what it lacks.
        lines["head"] = locator.positions[head][0]
    title = head.find("title") if head is not None else None
    if title is None:
        title = next((t for t in root.iter("title")
                      if not any(a.tag == "svg" for a in t.iterancestors())), None)
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
    for el in root.iter("link"):
        rels = (el.get("rel") or "").lower().split()
        if "canonical" in rels:
            keep("canonical", (el.get("href") or "").strip(), el)
    lang = root.get("lang") or root.get("xml:lang")
    if lang is not None and lang.strip():
        keep("lang", lang.strip(), root)
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
        lines=lines,
    )
