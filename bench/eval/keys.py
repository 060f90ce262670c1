"""How a judged finding is keyed so it still matches after the auditor moves positions or rewords messages."""
from __future__ import annotations

import re
import unicodedata

EXCERPT_CHARS = 60


def norm_excerpt(text: str | None) -> str:
    """Lower-cased, accents and punctuation kept, whitespace and ellipses collapsed, first 60 characters."""
    t = unicodedata.normalize("NFKC", text or "")
    t = t.replace("…", " ").replace("\u00a0", " ")
    t = re.sub(r"\s+", " ", t).strip().lower()
    return t[:EXCERPT_CHARS].strip()
