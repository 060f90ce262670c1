"""The one error type the CLI shows as ``auditor: error: <message>`` with exit 2.

Subclasses carry a one-line message that names the file and the problem: a broken
config or rule pack, a baseline that cannot be read, a report folder that cannot be
written. Anything else escaping the CLI is a bug and keeps its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; ``str(exc)`` is one line."""
