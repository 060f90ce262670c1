"""Re-dress the tuning listicles' item headings into other real shapes and count their items again.

A tuning listicle whose items auditor reads right today as headings is rewritten, one shape at a time, the way
other themes and newsrooms dress the same entries (a title box instead of a heading, '3/10 Lisbon', Roman
numerals, a number badge or a picture of the number before the heading, the number glued to the title, a bold
paragraph title...), and counted again. Only tuning pages are opened (rows of bench/eval/listicles.tsv not in
holdout.txt). Prints, per shape, how many re-dressed pages count right, and the pages that do not.

    PYTHONPATH=TREE /work/main/.venv/bin/python bench/eval/redress.py [--shapes a,b] [--page NAME] [--dump FILE]
"""

from __future__ import annotations

import argparse
import copy
import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import lxml.html
from lxml.html import HtmlElement

from auditor.api import audit, default_settings
from auditor.structure.markers import parse_marker

HERE = Path(__file__).resolve().parent
ROOTS = {"corpus": Path("/work/shared/corpus/pages"), "corpus-more": Path("/work/shared/corpus-more/pages")}
ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
         "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX")

# A dress gets the heading, its number (printed, or its place), the count and its title without the number.
Dress = Callable[[HtmlElement, int, int, str, str], HtmlElement | None]


def _frag(markup: str) -> HtmlElement:
    return lxml.html.fragment_fromstring(markup)


def _retitled(el: HtmlElement, text: str) -> HtmlElement:
    new = copy.deepcopy(el)
    for child in list(new):
        child.drop_tree()
    new.text = text
    return new


def _with_text(markup: str, text: str, child: int | None = None) -> HtmlElement:
    new = _frag(markup)
    (new if child is None else new[child]).text = text
    return new


SHAPES: dict[str, Dress] = {
    "div-title": lambda el, n, total, full, title: _with_text('<div class="entry-title"></div>', full),
    "p-strong": lambda el, n, total, full, title: _with_text("<p><strong></strong></p>", full, 0),
    "slash": lambda el, n, total, full, title: _retitled(el, f"{n}/{total} {title}"),
    "roman": lambda el, n, total, full, title: _retitled(el, f"{ROMAN[n]}. {title}") if n < len(ROMAN) else None,
    "badge": lambda el, n, total, full, title: _with_text(
        f'<div class="item"><span class="num">{n}</span><{el.tag}></{el.tag}></div>', title, 1),
    "img": lambda el, n, total, full, title: _with_text(
        f'<div class="item"><img src="/n/{n}.png" alt="{n}"><{el.tag}></{el.tag}></div>', title, 1),
    "p-class": lambda el, n, total, full, title: _with_text('<p class="listicle__item-title"></p>', full),
    "div-b": lambda el, n, total, full, title: _with_text("<div><b></b></div>", full, 0),
    "shop-link": lambda el, n, total, full, title: _shop_link(el, n, full),
    "glued": lambda el, n, total, full, title: _with_text(
        f'<{el.tag}><span class="n">{n}</span><span class="t"></span></{el.tag}>', title, 1),
    "h-class-title": lambda el, n, total, full, title: _with_text('<div class="c-listicle__title"></div>', full),
    "countdown": lambda el, n, total, full, title: _retitled(el, f"{total + 1 - n}. {title}"),
    "step": lambda el, n, total, full, title: _retitled(el, f"Step {n}: {title}"),
    "paren": lambda el, n, total, full, title: _retitled(el, f"{n}) {title}"),
    "p-strong-num": lambda el, n, total, full, title: _with_text("<p><strong></strong></p>", f"{n}. {title}", 0),
    "h-link": lambda el, n, total, full, title: _linked(el, f"https://venue{n}.example.org/", f"{n}. {title}"),
    "aria-heading": lambda el, n, total, full, title: _with_text(
        f'<div role="heading" aria-level="{el.tag[1]}"></div>', f"{n}. {title}"),
    # The number drawn only by the page's stylesheet (STYLES), the heading carrying its title alone.
    "css-counter": lambda el, n, total, full, title: _with_text(f'<{el.tag} class="lc-item"></{el.tag}>', title),
}

# Page CSS a shape needs, set in the page's <head>.
STYLES = {
    "css-counter": ".lc-item{counter-increment:lc} .lc-item::before{content:counter(lc) \". \"}",
}


def _shop_link(el: HtmlElement, n: int, full: str) -> HtmlElement:
    return _linked(el, f"https://www.amazon.com/dp/B0{n}", full)


def _linked(el: HtmlElement, href: str, text: str) -> HtmlElement:
    new = _retitled(el, "")
    new.text = None
    link = _frag(f'<a href="{href}"></a>')
    link.text = text
    new.append(link)
    return new


def _norm(text: str) -> str:
    return " ".join(text.split())


def _tuning_rows() -> Iterator[dict[str, str]]:
    held = {line.strip() for line in (HERE / "holdout.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")}
    lines = (line for line in (HERE / "listicles.tsv").read_text().splitlines() if line.strip() and not line.startswith("#"))
    for row in csv.DictReader(lines, delimiter="\t"):
        if row["page"] not in held and row["items"] and row["verdict"] != "unknown":
            yield row


SETTINGS = default_settings()


def _count(raw: bytes, name: str) -> int:
    doc = audit(raw, name, SETTINGS).document
    return len(doc.items) if doc is not None else -1


def redress(raw: bytes, shape: Dress, heads: dict[str, list[tuple[int, str]]], total: int,
            style: str = "") -> bytes | None:
    """The page with every item heading re-dressed, or None when some heading cannot take the dress."""
    tree = lxml.html.fromstring(raw)
    done = 0
    left = {key: list(found) for key, found in heads.items()}  # taken in order down the page
    for el in list(tree.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        found = left.get(_norm(el.text_content()))
        if not found:
            continue
        number, heading = found.pop(0)
        marker = parse_marker(heading, plain=True)
        new = shape(el, number, total, el.text_content().strip(), marker.title if marker else heading)
        if new is None:
            return None
        new.tail = el.tail
        el.getparent().replace(el, new)
        done += 1
    if done != total:
        return None
    if style:
        head = tree.find("head")
        (head if head is not None else tree).insert(0, _with_text("<style></style>", style))
    return lxml.html.tostring(tree, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shapes (default: all)")
    parser.add_argument("--page", help="only this tuning page")
    parser.add_argument("--dump", help="write the last re-dressed page here (to look at a miss)")
    args = parser.parse_args()
    shapes = args.shapes.split(",")
    misses: dict[str, list[str]] = {name: [] for name in shapes}
    tried = dict.fromkeys(shapes, 0)
    for row in _tuning_rows():
        if args.page and row["page"] != args.page:
            continue
        raw = (ROOTS[row["corpus"]] / row["page"]).read_bytes()
        doc = audit(raw, row["page"], SETTINGS).document
        # Only pages read right today, as headings: the dress then is the only change.
        if doc is None or len(doc.items) != int(row["items"]) or not doc.items or doc.items[0].style != "heading":
            continue
        # Each entry's number (printed, or its place) and heading, by its text; two entries may share one.
        heads: dict[str, list[tuple[int, str]]] = {}
        places: dict[str, list[tuple[int, str]]] = {}
        for place, item in enumerate(doc.items, 1):
            heads.setdefault(_norm(item.heading), []).append(
                (item.number if item.number is not None else place, item.heading))
            places.setdefault(_norm(item.heading), []).append((place, item.heading))
        total = len(doc.items)
        for name in shapes:
            # A countdown numbers the entries by their places (a list numbered again under each section has none).
            dressed = redress(raw, SHAPES[name], places if name == "countdown" else heads, total, STYLES.get(name, ""))
            if dressed is None:
                continue
            tried[name] += 1
            if args.dump:
                Path(args.dump).write_bytes(dressed)
            found = _count(dressed, row["page"])
            if found != total:
                misses[name].append(f"{row['page']} {found}/{total}")
    right = sum(tried.values()) - sum(map(len, misses.values()))
    for name in shapes:
        print(f"{name:14} {tried[name] - len(misses[name]):3}/{tried[name]:<3} {' '.join(misses[name])}")
    print(f"{'all':14} {right:3}/{sum(tried.values())}")


if __name__ == "__main__":
    main()
