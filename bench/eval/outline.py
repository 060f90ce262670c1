"""Print what a reader sees as structure in a page, with source line numbers, to count list items by hand.

    python bench/eval/outline.py PAGE.html [--all]

Prints the <title>, every h1-h6, bold/strong run-in leads at the start of a paragraph, paragraphs that
start with a printed number ("1.", "#2", "3)"), and <ol>/<ul> items inside the main text. Nothing here
decides anything: it is a reading aid; the counts in listicles.tsv are judgements made from it and the page.
With --brief, <ul> lists are left out and <ol> lists are shown as a count.
Scripts, styles, nav/footer/aside and hidden elements are skipped unless --all is given.
"""
from __future__ import annotations

import re
import sys

from lxml import html

NUMBERED = re.compile(r"^\s*(?:#|No\.\s*)?(\d{1,3})\s*[.):\-–—]\s*\S|^\s*#(\d{1,3})\b")
BRIEF = "--brief" in sys.argv
SKIP = {"script", "style", "noscript", "template", "svg"}
CHROME = {"nav", "footer", "aside", "header", "form"}


def text_of(el: html.HtmlElement, limit: int = 110) -> str:
    t = " ".join(el.text_content().split())
    return t if len(t) <= limit else t[: limit - 1] + "…"


def hidden(el: html.HtmlElement) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or el.get("hidden") is not None or el.get("aria-hidden") == "true"


def walk(el: html.HtmlElement, depth: int, show_all: bool, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in SKIP:
        return
    if not show_all and (tag in CHROME or hidden(el)):
        return
    line = el.sourceline or 0
    if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        out.append(f"{line:6d}  {tag.upper():3s} {text_of(el)}")
    elif tag == "title":
        out.append(f"{line:6d}  TITLE {text_of(el)}")
    elif tag == "p" or tag == "div" and not any(isinstance(c.tag, str) and c.tag in {"p", "div"} for c in el):
        txt = el.text_content().strip()
        first = next((c for c in el if isinstance(c.tag, str)), None)
        if NUMBERED.match(txt):
            out.append(f"{line:6d}  NUM {text_of(el)}")
        elif first is not None and first.tag in {"b", "strong"} and not (el.text or "").strip():
            out.append(f"{line:6d}  BOLD {text_of(first, 80)} | {len(txt.split())}w")
    elif tag == "li":
        if BRIEF and depth > 0:
            return
        out.append(f"{line:6d}  {'  ' * depth}LI {text_of(el, 90)}")
    elif tag in {"ol", "ul"}:
        items = [c for c in el if c.tag == "li"]
        if BRIEF and tag == "ul":
            return
        firsts = ": " + " / ".join(text_of(c, 30) for c in items[:3]) if BRIEF else ""
        out.append(f"{line:6d}  {tag.upper()} ({len(items)} items){firsts}")
        if BRIEF:
            return
        for c in el:
            if isinstance(c.tag, str):
                walk(c, depth + 1, show_all, out)
        return
    for c in el:
        walk(c, depth, show_all, out)


def main() -> None:
    path = sys.argv[1]
    with open(path, "rb") as fh:
        root = html.fromstring(fh.read())
    out: list[str] = []
    walk(root, 0, "--all" in sys.argv, out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
