"""The one error type the CLI shows as ``auditor: error: <message>`` with exit 2.

Subclasses carry a one-line message that names the file and the problem: a broken
config or rule pack, a baseline that cannot be read, a report folder that cannot be
written. Anything else escaping the CLI is a bug and keeps its traceback.

Messages quote values from users' files (keys, ids, globs); ``str()`` escapes line
breaks and other control characters in them so the message stays one line.
"""

from __future__ import annotations

from auditor.text.lazyre import lazy_pattern

_CONTROL = lazy_pattern(r"[\x00-\x1f\x7f]")


class UserError(Exception):
    """A problem the user can fix; ``str(exc)`` is one line."""

    def __str__(self) -> str:
        text = super().__str__()
        return _CONTROL().sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
