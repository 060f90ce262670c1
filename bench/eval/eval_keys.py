"""How a judged finding is keyed so it still matches after the auditor moves positions or rewords messages."""
from __future__ import annotations

import re
import unicodedata

EXCERPT_CHARS = 60


def norm_excerpt(text: str | None, limit: int | None = EXCERPT_CHARS) -> str:
    """Lower-cased, accents and punctuation kept, whitespace and ellipses collapsed, first `limit` characters.

    Judged excerpts are stored cut at 60 characters; emitted ones are compared uncut (limit=None) so a judged
    excerpt still matches when a newer auditor prints a longer excerpt or a code frame around it.
    """
    t = unicodedata.normalize("NFKC", text or "")
    t = t.replace("…", " ").replace("\u00a0", " ")
    t = re.sub(r"\s+", " ", t).strip().lower()
    return (t if limit is None else t[:limit]).strip()
