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

Linked stylesheets are not read (no network): only what the page carries.
"""

from __future__ import annotations

import re

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
# A block holding no other block (a style rule), starting right after a brace or at the start.
_RULE = re.compile(r"(?:^|(?<=[{}]))([^{}]*)\{([^{}]*)\}")
# At-rules that are statements, not blocks ("@import url(x.css);"): cut before the braces are read.
_STATEMENT = re.compile(r"@(?:import|charset|namespace|layer)\b[^;{}]*;", re.I)
_HIDES = re.compile(r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)", re.I)
_ONE_NAME = re.compile(r"^[.#]-?[A-Za-z_][\w-]*$")
_NAMES = re.compile(r"[.#]-?[A-Za-z_][\w-]*")
_DECLARATION = re.compile(r"(?:^|;)\s*(display|visibility)\s*:\s*([a-z-]+)", re.I)
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
    applies only on some screens or states. Innermost blocks are read by one pattern, the
    open blocks counted forward as the rules are met."""
    rules: list[tuple[str, str, bool]] = []
    depth = read = 0  # how many blocks are open at ``read``, counted forward once
    for match in _RULE.finditer(css):
        declarations = match.group(2)
        if "display" not in declarations and "visibility" not in declarations:
            continue
        at = match.start(1)
        depth += css.count("{", read, at) - css.count("}", read, at)
        read = at
        rules.append((match.group(1).strip(), declarations, depth > 0))
    return rules


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
