"""The one image-credit vocabulary: the words that name a picture, the words that
label a credit, the agencies whose name alone is a credit, in the languages the
corpus is written in. Every reader of credits builds its patterns from here: the
HTML mapping (auditor.sources.html.credits), Markdown and plain text
(auditor.sources.text), the credit checks (auditor.checks.images) and the site-wide
credit comparison (auditor.sitewide.checks).
"""

from __future__ import annotations

import re

from auditor.text.lazyre import LazyPattern, lazy_pattern

# Words that name the picture itself ("Photo: …", "Bild: …", "Foto by …").
PICTURE_WORDS = (
    r"photo(?:graph(?:er)?)?s?", r"images?", r"pictures?", r"pics?", r"illustrations?", r"graphics?",
    r"fotos?", r"bild(?:er)?", r"imagen(?:es)?", r"imagem", r"immagin[ei]",
    # Chinese, Japanese and Korean: "圖片來源：", "图片：", "照片：", "写真：", "사진:"
    r"圖片", r"图片", r"照片", r"写真", r"사진",
)
# Words that label a credit ("Credit:", "Courtesy of", "Quelle:").
LABEL_WORDS = (
    r"credits?", r"courtesy(?:\s+of)?", r"source", r"quelle", r"fuente", r"fonte", r"crédits?", r"crédito",
    r"copyright",
    # "來源：", "出典：", "출처:", "攝影：" (photographed by)
    r"來源", r"来源", r"出典", r"출처", r"攝影", r"摄影", r"撮影",
)
# Label words that also cite data mid-paragraph ("Source: Eurostat"): a credit only at
# the start of a caption or text.
CITING_WORDS = frozenset({"source", "quelle", "fuente", "fonte"})
# Names whose mention alone credits a picture.
AGENCIES = (
    r"Getty\b", r"AP Photo\b", r"(?<=\()AP\b(?=\s*[)/])", r"Reuters\b", r"Shutterstock\b", r"iStock\b", r"AFP\b", r"EPA\b",
    r"Alamy\b", r"PA\b(?= Wire| Images)", r"Unsplash\b", r"Pexels\b", r"dpa\b", r"Keystone\b",
)

PICTURE = "(?:" + "|".join(PICTURE_WORDS) + ")"
LABEL = "(?:" + "|".join(LABEL_WORDS) + ")"
AGENCY = "(?:" + "|".join(AGENCIES) + ")"

# A text that is only a credit label: "Credit:", "Photo:", "Foto by", "©".
LABEL_ONLY = lazy_pattern(rf"^(?:{PICTURE}\s*)?(?:{LABEL}|by)?\s*[:|–—-]?\s*©?\s*$", re.I)
# A credit label at the start of a credit: "Photo Credit |", "Credit:", "Courtesy of",
# "Photo:", "Foto by", a stray "|".
LEADING_LABEL = lazy_pattern(
    rf"^(?:(?:{PICTURE}\s*)?{LABEL}\b\s*(?:[:|–—-]\s*)?|{PICTURE}\s*(?:[:|–—-]|\bby\b)\s*|[:|–—-]\s*)", re.I)
# The credit part of a caption: "A lion at dusk. Photo: Jane Doe/Reuters".
IN_CAPTION = lazy_pattern(rf"\b(?:{PICTURE}\s*{LABEL}?|{LABEL})\s*(?:[:|–—]|\s\bby\b)\s*(?P<credit>.+)$", re.I)
# Where a credit begins in a caption or a line of text, with its label ("marker"):
# at the start, after a sentence, after a separator or an opening bracket.
MARKER = LazyPattern(
    r"(?:^|(?<=[.!?\"”’)\]])\s+|\s+[|•·–—-]\s+|\s*\(\s*)"
    # "Photo credit:", "圖片來源："; a label before the picture word: "Crédit photo :", "Crédito de la foto:"
    rf"(?P<marker>{PICTURE}(?:\s*(?:credits?|courtesy|source|來源|来源|提供))?|{LABEL}(?:\s+(?:de\s+(?:la\s+)?)?{PICTURE})?)"
    r"(?:\s*[:|–—：]\s*|\s+-\s+|\s+by\s+|(?<=of)\s+)",
    re.I,
)
# Any sign of a credit in a caption, label or not: a label, an agency, ©.
ANY = lazy_pattern(
    rf"\b(?:{PICTURE}\s*(?:credit)?\s*:|{PICTURE} by\b|{LABEL}\s*:|Courtesy\b|{AGENCY})|©|\(c\)\s", re.I)
# The label words a credit's comparison key drops: "Photo: Getty Images" = "getty-images".
KEY_NOISE = lazy_pattern(rf"^(?:{PICTURE}|{LABEL}|via|by)\b[\s:/-]*", re.I)

_STARTS = LazyPattern(rf"^\s*(?:{PICTURE}|{LABEL})\b", re.I)
# Chinese, Japanese and Korean words end with no word boundary ("圖片來源"); they have no case,
# and a lookbehind over their ranges under re.I took 5 ms to compile: a pattern of their own.
_CJK_STARTS = LazyPattern("^\\s*(?:" + "|".join(
    w for w in PICTURE_WORDS + LABEL_WORDS if "\u3040" <= w[0] <= "\u9fff" or "\uac00" <= w[0] <= "\ud7af") + ")")


def starts_like_credit(text: str) -> bool:
    """Does ``text`` start with a picture or credit word ("Photo", "Credit", "Quelle", "圖片")?"""
    return bool(_STARTS.match(text) or _CJK_STARTS.match(text))


def names_picture(marker: str) -> bool:
    """Is a credit marker a picture word ("Photo", "Bild") rather than a label?"""
    return re.match(rf"(?i){PICTURE}\b", marker) is not None


def cites_only_at_start(marker: str) -> bool:
    """A bare "Source:"-like marker, a credit only at the start of a text."""
    return marker.lower() in CITING_WORDS


def split_credit(text: str) -> tuple[str | None, str] | None:
    """``(caption, credit)`` when ``text`` carries an image credit, else ``None``.

    ``"Flags raised in Kech. Photo Credit | (Social Media/BLA) | Indiatoday"`` →
    ``("Flags raised in Kech.", "Social Media/BLA | Indiatoday")``. A bare
    "Source:" counts only at the start of the text: mid-paragraph it usually cites
    data, not a photo."""
    for match in MARKER.finditer(text):
        marker = match.group("marker").lower()
        if cites_only_at_start(marker) and match.start() != 0:
            continue
        rest = text[match.end():]
        caption = text[: match.start()].strip() or None
        if caption is None and names_picture(marker):
            # "Image: The bench at dawn. Courtesy of the Guild": caption, then credit.
            inner = split_credit(rest)
            if inner is not None and inner[0] is not None:
                return inner
        credit = _clean_credit(rest)
        if not credit:
            continue
        return caption, credit
    return None


def _clean_credit(raw: str) -> str:
    parts = []
    for part in raw.split("|"):
        part = part.strip().strip("()[]").strip()
        if part:
            parts.append(part)
    return " | ".join(parts)
