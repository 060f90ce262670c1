"""auditor: readability and SEO audits for listicle articles.

The public API is :func:`audit` (one article) and :func:`audit_many` (a batch); the
``auditor`` command is a thin layer over them. Imports are lazy so the CLI starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from auditor.api import audit, audit_many

__all__ = ["audit", "audit_many", "__version__"]


def __getattr__(name: str) -> Any:
    if name in ("audit", "audit_many"):
        from auditor import api

        return getattr(api, name)
    raise AttributeError(f"module 'auditor' has no attribute {name!r}")
