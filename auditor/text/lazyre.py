"""Regular expressions compiled on first use instead of at import.

CPython compiles a pattern in pure Python (0.05–1 ms each, more for long
alternations), and a module's patterns used to be compiled when it was imported,
whether the run needed them or not: ~8 ms of a cold ``auditor check`` on one
plain-text draft went to patterns for HTML, image credits and encodings it never
ran. A pattern that most runs need stays a plain ``re.compile``; one that only some
inputs reach is a :func:`lazy_pattern`, called where it is used: ``CREDIT().search(text)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import AnyStr


def lazy_pattern(pattern: AnyStr, flags: int = 0) -> Callable[[], re.Pattern[AnyStr]]:
    """A function returning ``re.compile(pattern, flags)``, compiled on its first call."""
    return cache(lambda: re.compile(pattern, flags))
