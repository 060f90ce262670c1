"""What the page's own stylesheet hides on every screen: the classes and ids its ``<style>``
blocks set ``display: none`` or ``visibility: hidden`` on by a selector of one class or one
id (``.promo-overlay``, ``#newsletter-modal``), read for the chrome judge's hidden rule
(``chrome._hidden_state``), so a picture the page never shows is not audited as seen.

Read conservatively, as a browser would show the page before any script runs or the
screen changes:

- rules inside ``@media``, ``@supports``, ``@container`` (any at-rule block) apply on some
  screens only: a responsive rule ("hide the sidebar on phones") never counts;
- a class or id that any other rule shows (``display`` other than ``none``,
  ``visibility: visible``), wherever the rule sits and whatever its selector
  (``.slide.active``, ``.menu:target``, ``.open .menu``, ``@media (min-width: 768px)
  { .x { display: block } }``), is one a state or a screen reveals: it never counts;
- a stylesheet for print or another medium (``<style media="print">``) is skipped
  (``body.drop_invisible`` passes only the blocks for the screen).

The same style text also gives the numbers CSS counters draw before headings
(:func:`draw_counters`) and the classes that set a text bold or in a title's size
(:func:`class_fonts`, for the walk's titles: Wix's, Docs', Word's and WordPress's class-styled
lines).

Linked stylesheets are not read (no network): only what the page carries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from auditor.text.lazyre import LazyPattern

_COMMENT = LazyPattern(r"/\*.*?\*/", re.S)
# At-rules that are statements, not blocks ("@import url(x.css);"): cut before the braces are read.
_STATEMENT = LazyPattern(r"@(?:import|charset|namespace|layer)\b[^;{}]*;", re.I)
_HIDES = LazyPattern(r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)", re.I)
_ONE_NAME = LazyPattern(r"^[.#]-?[A-Za-z_][\w-]*$")
_NAMES = LazyPattern(r"[.#]-?[A-Za-z_][\w-]*")
_DECLARATION = LazyPattern(r"(?:^|;)\s*(display|visibility)\s*:\s*([a-z-]+)", re.I)
# <style media="…"> values that apply on every screen.
SCREEN_MEDIA = frozenset({"", "all", "screen"})
# A page's own CSS is read up to this size: a framework pasted inline adds nothing
# a page's own hiding rules need.
_MAX_CSS = 400_000


def hidden_names(css: str) -> frozenset[str]:
    """The ``.class`` and ``#id`` names ``css``, the text of the page's ``<style>`` blocks
    for the screen (SCREEN_MEDIA), hides on every screen (see the module's docstring).
    ``body.drop_invisible`` reads the blocks before it drops them."""
    if not _HIDES.search(css):
        return frozenset()
    hidden: set[str] = set()
    shown: set[str] = set()
    for selector, declarations, conditional in _rules(_STATEMENT.sub("", _COMMENT.sub("", css[:_MAX_CSS]))):
        state = _display_state(declarations)
        if state == "shown":
            shown.update(_NAMES.findall(selector))
        elif state == "hidden" and not conditional:
            hidden.update(s.strip() for s in selector.split(",") if _ONE_NAME.match(s.strip()))
    return frozenset(hidden - shown)


def _rules(css: str) -> list[tuple[str, str, bool]]:
    """Each style rule that sets a display or visibility: its selector, declarations and
    whether it sits in another block (an at-rule's, or a rule's when nested), where it
    applies only on some screens or states. A rule is an innermost block (no brace in its
    selector or declarations): the braces around each "display" or "visibility" are looked
    up (a pattern reading every rule cost twice as much: a sixth of the rules say either
    word); the open blocks are counted forward as the rules are met."""
    rules: list[tuple[str, str, bool]] = []
    depth = read = 0  # how many blocks are open at ``read``, counted forward once
    for at in _display_words(css):
        if at < read:
            continue  # in the rule just read
        opened, end = css.rfind("{", 0, at), css.find("}", at)
        if opened < 0 or end < 0 or css.rfind("}", opened, at) >= 0 or css.find("{", at, end) >= 0:
            continue  # in a selector or an at-rule's prelude: no rule's declarations
        start = max(css.rfind("{", 0, opened), css.rfind("}", 0, opened)) + 1
        depth += css.count("{", read, start) - css.count("}", read, start)
        read = start
        rules.append((css[start:opened].strip(), css[opened + 1:end], depth > 0))
        read = end + 1  # past one "{" and its "}": as many blocks open as at ``start``
    return rules


def _display_words(css: str) -> list[int]:
    """Where "display" or "visibility" starts in ``css``, in order, case and all as the
    rules' declarations were tested (str.find: a pattern for either word scans 4× slower)."""
    found: list[int] = []
    for word in ("display", "visibility"):
        at = css.find(word)
        while at >= 0:
            found.append(at)
            at = css.find(word, at + 1)
    return sorted(found)


def _display_state(declarations: str) -> str:
    """"hidden" when the last display or visibility declaration hides, "shown" when one
    shows, "" when the rule says neither."""
    state = ""
    for name, value in _DECLARATION.findall(declarations):
        value = value.lower()
        if name.lower() == "display":
            state = "hidden" if value == "none" else "shown" if value not in ("inherit", "initial", "unset") else state
        else:
            state = "hidden" if value in ("hidden", "collapse") else "shown" if value == "visible" else state
    return state


# "content: counter(item) '. '" (or counters(…)) on a ::before: a number the stylesheet draws.
_COUNTER_CONTENT = LazyPattern(r"(?:^|;)\s*content\s*:[^;]*\bcounters?\(\s*([\w-]+)", re.I)
_COUNTER_RESET = LazyPattern(r"(?:^|;)\s*counter-reset\s*:\s*([^;]+)", re.I)
_BEFORE = LazyPattern(r"::?before\b", re.I)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A number the heading prints itself ("3. Lisbon", "#3 Lisbon"), not a title opening with one ("101 Dalmatians").
_PRINTED_NUMBER = LazyPattern(r"\s*(?:#\s*\d{1,3}|\d{1,3}\s*[.):])(?!\d)")


def draw_counters(root: Any, css: str) -> None:
    """Write into the tree the numbers the page's own stylesheet draws before headings with
    CSS counters (``.listicle h2::before { content: counter(item) }``, or on an entry's box
    whose first element is its heading), as a reader sees them: "1. ", "2. "… before each
    one's title, counted in document order from the box that resets the counter (three or
    more). A number drawn before other text (an ``<ol>``'s items restyled) is left alone:
    the list numbers those already; so is a heading that prints its own."""
    from cssselect import GenericTranslator, SelectorError

    drawn, resets = _counter_rules(css)
    if not drawn:
        return
    to_xpath = GenericTranslator().css_to_xpath
    counted: dict[tuple[str, Any], list[Any]] = {}
    seen: set[Any] = set()
    for selector, name in drawn:
        try:
            path = to_xpath(_BEFORE.sub("", selector))
            scopes = _counter_scopes([el for s in resets.get(name, ()) for el in root.xpath(to_xpath(s))])
        except SelectorError:
            continue
        for el in root.xpath(path):
            heading = _first_heading(el)
            if heading is None or heading in seen or _PRINTED_NUMBER.match(heading.text or ""):
                continue
            seen.add(heading)
            scope = next((scopes[a] for a in el.iterancestors() if a in scopes), None)
            counted.setdefault((name, scope), []).append(heading)
    for headings in counted.values():
        if len(headings) >= 3:
            for number, heading in enumerate(headings, 1):
                heading.text = f"{number}. " + (heading.text or "").lstrip()


def _counter_scopes(resets: list[Any]) -> dict[Any, Any]:
    """For each element a counter's reset reaches, the element that reset it. CSS scopes a
    counter to the resetting element, its descendants and its following siblings (CSS Lists
    3, §4.4.1: "the element, its descendants, and its following siblings with their
    descendants"): a Google Docs export resets its list counter on the first of the
    ``<ol>``s a numbered list is cut into by the paragraphs between its entries
    (``ol.lst-kix_….start``), and the later ``<ol>``s count on. A later reset among the
    siblings starts a counter of its own."""
    scopes: dict[Any, Any] = {}
    found = set(resets)
    for reset in found:
        scopes[reset] = reset
        for sibling in reset.itersiblings():
            if sibling in found:
                break  # a reset of its own from here on
            scopes[sibling] = reset
    return scopes


def _counter_rules(css: str) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """The selectors (one each) that draw ::before content with a counter, with the counter's
    name; and for each name, the selectors that reset it. Only the rules around the word
    "counter" are read (str.find, as :func:`_rules` does: a page's CSS runs to 100 kB)."""
    drawn: list[tuple[str, str]] = []
    resets: dict[str, list[str]] = {}
    css = css[:_MAX_CSS]
    read = -1
    at = css.find("counter")
    while at >= 0:
        opened, end = css.rfind("{", 0, at), css.find("}", at)
        if opened > read and end > 0 and css.rfind("}", opened, at) < 0:
            read = opened
            start = max(css.rfind("{", 0, opened), css.rfind("}", 0, opened)) + 1
            selectors = [x.strip() for x in _COMMENT.sub("", css[start:opened]).split(",")]
            declarations = _COMMENT.sub("", css[opened + 1:end])
            content = _COUNTER_CONTENT.search(declarations)
            if content:
                drawn.extend((x, content.group(1)) for x in selectors if _BEFORE.search(x))
            reset = _COUNTER_RESET.search(declarations)
            if reset:
                for name in re.findall(r"[A-Za-z_][\w-]*", reset.group(1)):
                    resets.setdefault(name, []).extend(x for x in selectors if not _BEFORE.search(x))
        at = css.find("counter", max(at, end) + 1) if end > 0 else -1
    return drawn, resets


def _first_heading(el: Any) -> Any:
    """``el`` when a heading, else the heading that opens it (its first element, no text before)."""
    while el is not None and el.tag not in _HEADINGS:
        if (el.text or "").strip() or not len(el) or not isinstance(el[0].tag, str):
            return None
        el = el[0]
    return el


# A title's emphasis in a style: bold (600 and up), or a title's size. Editors set a title apart by its
# font size alone (Blogger's ``<span style="font-size: x-large;">``, Wix's and Weebly's px sizes, a
# Docs export's 16pt), sizes from 22px / 14pt / 1.3em up: body text runs to 18-21px on today's
# themes, 11-12pt in pasted Docs. Read on inline styles (``html.walk``) and on the page's class rules.
TITLE_EMPHASIS = LazyPattern(
    r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b"
    r"|(?<![\w-])font-size\s*:\s*(?:x{1,2}-large|large(?:r)?|(?:2[2-9]|[3-9]\d)(?:\.\d+)?px|(?:1[4-9]|[2-9]\d)(?:\.\d+)?pt"
    r"|(?:1\.[3-9]|[2-9](?:\.\d+)?)(?:em|rem)|(?:1[3-9]\d|[2-9]\d\d)%)", re.I)
_FONT_DECLARATION = LazyPattern(r"(?:^|;)\s*(font-weight|font-size|font)\s*:\s*([^;]*)", re.I)
# The weight and size in the ``font`` shorthand: "[style] [variant] [weight] size[/line-height] family".
_SHORTHAND_SIZE = LazyPattern(
    r"(?:^|\s)((?:\d+(?:\.\d+)?|\.\d+)(?:px|pt|em|rem|%)|x{1,2}-large|larger|large|medium|x{0,2}-small|smaller)"
    r"(?:\s*/\s*\S+)?\s", re.I)
_WEIGHT = LazyPattern(r"^(?:bold(?:er)?|[6-9]00)$", re.I)
# One class, alone or on a tag (".font_2", "p.MsoTitle", "span.c5"): a rule an editor's export or a
# theme sets a kind of text with; a descendant, a state or an attribute is some boxes' only.
_CLASS_SELECTOR = LazyPattern(r"^([a-z][a-z0-9]*)?\.(-?[A-Za-z_][\w-]*)$")
# A block for every screen: its rules apply as the page shows.
_SCREEN_BLOCK = LazyPattern(r"^@media\s+(?:only\s+)?(?:screen|all)$", re.I)
# The HTML comment marks old pages (and Word's export) wrap their style text in: no CSS.
_HTML_COMMENT_MARK = LazyPattern(r"<!--|-->")


@dataclass(frozen=True, slots=True)
class ClassFonts:
    """What the page's own class rules say of a text's weight and size: for each ``(tag, class)``
    (tag "" for any tag) a rule names, the order of its last rule and whether it sets the text
    bold, in a title's size, or back to plain (None where it says nothing of it). Read from
    rules of one class (``.font_2``, ``p.MsoTitle``; in a list, ``p.EntryTitle, li.EntryTitle``),
    at the top or in an ``@media screen``/``all`` block, a size given by a custom property
    read where the page gives it one value (:class:`_Variables`); see :func:`class_fonts`."""

    weight: dict[tuple[str, str], tuple[int, bool]]
    size: dict[tuple[str, str], tuple[int, bool]]

    def emphasis(self, tag: str, classes: list[str]) -> bool:
        """Whether an element of ``tag`` and ``classes`` is set bold or in a title's size by
        its class rules: the one that wins in CSS's cascade for each (a tag and class over a
        class alone, then the later rule)."""
        return _wins(self.weight, tag, classes) or _wins(self.size, tag, classes)

    def large(self, tag: str, classes: list[str]) -> bool:
        """Whether its class rules set it in a title's size (the weight aside)."""
        return _wins(self.size, tag, classes)


def _wins(rules: dict[tuple[str, str], tuple[int, bool]], tag: str, classes: list[str]) -> bool:
    best: tuple[int, int, bool] | None = None
    for name in classes:
        for key, specific in (((tag, name), 1), (("", name), 0)):
            found = rules.get(key)
            if found is not None and (best is None or (specific, found[0]) > best[:2]):
                best = (specific, found[0], found[1])
    return best is not None and best[2]


def class_fonts(blocks: list[str]) -> ClassFonts | None:
    """The class rules of weight and size (``ClassFonts``) in ``blocks``, the texts of the page's
    ``<style>`` blocks for the screen, or None when none sets a text bold or in a title's size
    (most pages: then nothing is asked of an element's classes). Each block is read on its own
    (a stray brace in one leaves the next as it is), as :func:`_rules` reads display rules: the
    braces around each font declaration are looked up, never every rule. Linked stylesheets
    are not read (no network)."""
    texts: list[str] = []
    budget = _MAX_CSS
    for block in blocks:
        if budget <= 0:
            break
        if "font" in block:
            texts.append(_COMMENT.sub("", block[:budget]))
        budget -= len(block)
    if not texts:
        return None
    weight: dict[tuple[str, str], tuple[int, bool]] = {}
    size: dict[tuple[str, str], tuple[int, bool]] = {}
    variables = _Variables("\n".join(texts) if len(texts) > 1 else texts[0])
    order = 0
    for css in texts:
        screens = _Screens(css)
        for start, opened, end in _font_rules(css):
            order += 1
            selector = css[start:opened]
            if "." not in selector or _NOT_ONE_CLASS.search(selector):
                continue  # most rules: a descendant's, a state's, a tag's, an id's
            selectors = _HTML_COMMENT_MARK.sub("", _STATEMENT.sub("", selector)).split(",")
            keys = [m.groups() for m in map(_CLASS_SELECTOR.match, (s.strip() for s in selectors)) if m]
            if not keys or len(keys) != len(selectors) or not screens.every(start):
                continue
            bold, large = _fonts(css[opened + 1:end], variables)
            for tag, name in keys:
                if bold is not None:
                    weight[(tag or "").lower(), name] = (order, bold)
                if large is not None:
                    size[(tag or "").lower(), name] = (order, large)
    if not any(v for _, v in weight.values()) and not any(v for _, v in size.values()):
        return None
    return ClassFonts(weight, size)


class LazyFonts:
    """:func:`class_fonts` of a page's style blocks, read on the first ask: the walk asks of a
    classed span or paragraph on 61 of the 207 corpus pages, and reading every rule of weight
    and size costs up to ~2 ms on a page carrying its theme's whole stylesheet."""

    __slots__ = ("_blocks", "_fonts")

    def __init__(self, blocks: list[str]) -> None:
        self._blocks: list[str] | None = blocks
        self._fonts: ClassFonts | None = None

    def emphasis(self, tag: str, classes: list[str]) -> bool:
        """:meth:`ClassFonts.emphasis`; False when the page's rules set no text bold or in a title's size."""
        if self._blocks is not None:
            self._fonts, self._blocks = class_fonts(self._blocks), None
        return self._fonts is not None and self._fonts.emphasis(tag, classes)

    def large(self, tag: str, classes: list[str]) -> bool:
        """:meth:`ClassFonts.large`; False when the page's rules set no text bold or in a title's size."""
        if self._blocks is not None:
            self._fonts, self._blocks = class_fonts(self._blocks), None
        return self._fonts is not None and self._fonts.large(tag, classes)


# What a selector of one class (or a list of such) never holds: a state, an attribute, an id,
# a child, sibling or descendant combinator, the universal selector ("-->" and "<!--" are the
# HTML comment marks old pages wrap their style text in).
_NOT_ONE_CLASS = LazyPattern(r"[:\[#+~*(]|[^-]>|[\w\])]\s+[\w.#]")


_FONT_WORD = LazyPattern(r"font(?:-weight|-size|\s*:)")


def _font_rules(css: str) -> list[tuple[int, int, int]]:
    """Where each rule declaring a font's weight or size starts, opens and ends in ``css``,
    in order, each once (an innermost block: no brace in its selector or declarations)."""
    rules: list[tuple[int, int, int]] = []
    read = -1
    for word in _FONT_WORD.finditer(css):  # one pattern: a third of four str.find scans' time
        at = word.start()
        if at < read:
            continue
        opened, end = css.rfind("{", 0, at), css.find("}", at)
        if opened < 0 or end < 0 or css.rfind("}", opened, at) >= 0 or css.find("{", at, end) >= 0:
            continue  # in a selector or an at-rule's prelude
        start = max(css.rfind("{", 0, opened), css.rfind("}", 0, opened)) + 1
        rules.append((start, opened, end))
        read = end + 1
    return rules


class _Screens:
    """Whether a rule of ``css`` applies on every screen: at the top of the style text, or right
    inside an ``@media screen`` or ``@media all`` block (any other at-rule, a screen width, a
    rule nested in another, applies to some only). Asked in the rules' order: the blocks open
    at each rule are counted forward from the last one asked, each at-rule's prelude read once
    (a count from the start for each rule cost ~1 ms a page)."""

    def __init__(self, css: str) -> None:
        self.css = css
        self.read = 0
        self.depth = 0
        self.blocks: dict[int, bool] = {}  # an at-rule's "@" → whether its block is for every screen

    def every(self, start: int) -> bool:
        css = self.css
        self.depth += css.count("{", self.read, start) - css.count("}", self.read, start)
        self.read = start
        if self.depth <= 0:
            return True
        if self.depth > 1:
            return False
        # The block's prelude: the last at-rule before the rule, when that opens the block
        # (no block open at it, every rule after it closed before ``start``).
        at = css.rfind("@", 0, start)
        if at < 0:
            return False
        found = self.blocks.get(at)
        if found is None:
            opened = css.find("{", at, start)
            inside = css.count("{", opened + 1, start) - css.count("}", opened + 1, start) if opened >= 0 else -1
            found = self.blocks[at] = inside == 0 and _SCREEN_BLOCK.match(" ".join(css[at:opened].split())) is not None
        return found


def _fonts(declarations: str, variables: _Variables) -> tuple[bool | None, bool | None]:
    """Whether the declarations set the text bold and in a title's size: True, False (a plain
    weight or size), None when they say nothing of it; the last declaration of each wins."""
    bold: bool | None = None
    large: bool | None = None
    for name, value in _FONT_DECLARATION.findall(declarations):
        value = value.replace("!important", "").strip()
        name = name.lower()
        if name == "font-weight":
            bold = _WEIGHT.match(value) is not None
        elif name == "font-size":
            sizes = variables.resolve(value) if "(" in value else [value]
            # Each size the value may be (a preset declared twice) a title's, or each not.
            read = {TITLE_EMPHASIS.search(f"font-size:{x}") is not None for x in sizes or ()}
            large = read.pop() if len(read) == 1 else None
        else:
            sized = _SHORTHAND_SIZE.search(f" {value} ")
            if sized is None:
                continue  # a system font ("font: menu") or a value the page's variables make
            ahead = value[:max(sized.start() - 1, 0)].split()
            bold = any(_WEIGHT.match(w) for w in ahead)
            large = TITLE_EMPHASIS.search(f"font-size:{sized.group(1)}") is not None
    return bold, large


# "var(--wp--preset--font-size--large)", with or without a fallback; the least of a fluid size
# ("clamp(22.041px, 1.378rem + …, 36px)", "max(1.5rem, 2vw)": the size is never under it).
_VAR = LazyPattern(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)")
_LEAST = LazyPattern(r"^(?:clamp|max)\(\s*([^,()]+),")


class _Variables:
    """The page's custom properties a size is given by (WordPress's presets:
    ``.has-large-font-size{font-size:var(--wp--preset--font-size--large) !important}`` with
    ``--wp--preset--font-size--large: 36px`` in the global styles), each looked up when
    asked: every value the page declares a name with (a theme may declare a preset again,
    in some box or on some screen)."""

    def __init__(self, css: str) -> None:
        self.css = css
        self.values: dict[str, list[str]] = {}

    def resolve(self, value: str) -> list[str] | None:
        """The sizes ``value`` may be, its variables read (every value each is declared with)
        and a fluid size by its least; None when a variable is not declared or a size is
        worked out (calc)."""
        values = [value]
        for _ in range(3):  # a variable given by another
            found: list[str] = []
            for one in values:
                used = _VAR.search(one)
                if used is None:
                    found.append(one)
                    continue
                given = self.value(used.group(1)) or [x for x in [(used.group(2) or "").strip()] if x]
                if not given:
                    return None
                found.extend(one[:used.start()] + x + one[used.end():] for x in given)
            if found == values:
                break
            values = found[:8]
        sizes = []
        for one in values:
            least = _LEAST.match(one.strip())
            one = least.group(1).strip() if least else one.strip()
            if "(" in one:
                return None
            sizes.append(one)
        return sizes

    def value(self, name: str) -> list[str]:
        if name not in self.values:
            css, found = self.css, set()
            at = css.find(name)
            while at >= 0:
                end = at + len(name)
                rest = css[end:end + 200].lstrip()
                if rest.startswith(":") and css[at - 1:at] in ("{", ";", " ", "\n", "\t", "\r"):
                    found.add(" ".join(rest[1:].split(";")[0].split("}")[0].replace("!important", "").split()))
                at = css.find(name, end)
            self.values[name] = sorted(found)
        return self.values[name]
