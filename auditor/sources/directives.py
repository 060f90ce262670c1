"""Inline suppression comments, the same in HTML and Markdown sources::

    <!-- auditor-disable HL002, image-alt -->      off from here on
    <!-- auditor-enable HL002 -->                  on again
    <!-- auditor-disable-next-line LK001 -->       off for the next line only
    <!-- auditor-disable -->                       every rule off

Rules are ids or names, separated by commas and/or spaces; none means every rule.
Text after `` -- `` is a reason for the reader and is ignored.
"""

from __future__ import annotations

import re
from typing import cast

from auditor.model import Directive, DirectiveAction
from auditor.text.lazyre import lazy_pattern

_DIRECTIVE = re.compile(
    r"<!--\s*auditor-(disable-next-line|disable|enable)(?=\s|-->)(.*?)-->",
    re.IGNORECASE | re.DOTALL,
)
_REASON = lazy_pattern(r"(?:^|\s)--\s.*\Z|(?:^|\s)--\Z", re.DOTALL)
_RULE = lazy_pattern(r"[A-Za-z0-9_.-]+")
_RULE_ID = lazy_pattern(r"[A-Za-z]{2,3}[0-9]{3}")


def find_directives(text: str) -> tuple[Directive, ...]:
    """Every ``auditor-*`` comment in ``text`` with the 1-based line it starts on."""
    found: list[Directive] = []
    line, counted = 1, 0
    for match in _DIRECTIVE.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        # _DIRECTIVE admits only the three actions; lower() undoes IGNORECASE.
        action = cast(DirectiveAction, match.group(1).lower())
        found.append(Directive(action=action, rules=_rules(match.group(2)), line=line))
    return tuple(found)


def _rules(spec: str) -> tuple[str, ...]:
    spec = _REASON().sub("", spec)
    rules: list[str] = []
    for token in re.split(r"[\s,]+", spec):
        if not token or not _RULE().fullmatch(token):
            continue
        # Ids are upper case (HL002), names kebab-case (image-alt): accept either case.
        token = token.upper() if _RULE_ID().fullmatch(token) else token.lower()
        if token not in rules:
            rules.append(token)
    return tuple(rules)
