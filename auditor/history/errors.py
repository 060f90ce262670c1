"""The one error the history store raises for users: a one-line reason."""

from __future__ import annotations

from auditor.errors import UserError


class HistoryError(UserError, RuntimeError):
    """A history store that cannot be opened, read or written; ``str(exc)`` names it."""
