"""Which language an article is written in, from its most frequent function words.

Pages often declare the wrong language (a template's ``lang="de"`` on an English
article) or none at all, and every per-language formula and word list then measures
the text with the wrong yardstick. Function words ("the", "und", "que", "het") make up
a third to a half of running prose in every language we have formulas for, and each
language's most frequent ones are nearly disjoint, so counting them over the first
~1,500 words tells the languages apart reliably: offline, no dependencies, well under a
millisecond per article.

A word listed for several languages ("de", "en", "a") counts ``1/n`` to each of the
``n`` languages that list it, so shared words neither help nor hurt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

CANDIDATES: tuple[str, ...] = ("en", "de", "es", "fr", "it", "nl", "pt")

NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
}

# The most frequent function words of each language (articles, prepositions,
# pronouns, conjunctions, auxiliaries), lower case. Elided French/Italian articles
# ("l’", "d’", "qu’") appear as the bare letters the tokenizer leaves.
PROFILES: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": """
            the of and to a in is that for it as was with be by on not he i this are
            or his from at which but have an they you were her she there would their
            we him been has when who will more no if out so said what up its about into
            than them can only other some could these may then do any my now such our
            over me even most after also did many before must through how where your
            just should because those very while why all one had does being both
            """,
        "de": """
            der die und in den von zu das mit sich des auf für ist im dem nicht ein eine
            als auch es an werden aus er hat dass sie nach wird bei einer um am sind
            noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr
            durch man sein wurde sei kann ich wir ihr ihre diese dieser schon wenn sehr
            doch immer gibt mich mir uns was können jetzt hier dann also kein keine weil
            ob zwischen damit dieses unter wieder seine seiner ihren gegen beim ins
            """,
        "es": """
            de la que el en y a los del se las por un para con no una su al lo como más
            pero sus le ya o este sí porque esta entre cuando muy sin sobre también me
            hasta hay donde quien desde todo nos durante todos uno les ni contra otros
            ese eso ante ellos esto mí antes algunos qué unos yo otro otras otra él
            tanto esa estos mucho quienes nada muchos cual poco ella estas es son fue
            ha han era está ser tiene
            """,
        "fr": """
            de la le et les des en du un une à il est que qui dans pour pas au sur se
            par ne plus ce sont avec son sa ses mais on ou aux été a comme elle nous
            vous ils leur cette y être tout fait aussi bien sans ont peut entre même
            deux lui dont si où après avait était ces très encore chez quand je notre
            votre selon leurs elles l d qu n c s j
            """,
        "it": """
            di e il la che a in per un è del non i le si da con della una al dei alla
            sono come anche più ha nel ma lo gli delle nella se questo dalla ci o ad
            degli ai dal sua suo loro essere stato questa tra fra quando molto cui
            dello nei sul già hanno perché solo ancora mi ne tutti tutto quello dopo
            dove era poi sia ogni senza io noi lei lui quale qui proprio sempre aveva
            fatto può così cosa l dell nell sull
            """,
        "nl": """
            de van het een en in is dat op te zijn voor met die niet aan er om ook als
            maar bij of door hij naar worden dan nog wordt uit werd tot was ze heeft je
            wel over dit hebben kan al meer zo geen wat deze wij we ik u hun zich omdat
            na onder tegen wanneer waar veel haar had mijn moet nu toch hier alleen zou
            zal ons hoe andere kunnen
            """,
        "pt": """
            de a o que e do da em um para é com não uma os no se na por mais as dos
            como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está
            eu também só pelo pela até isso ela entre era depois sem mesmo aos ter
            seus quem nas me esse eles estão você tinha foram essa num nem suas meu às
            minha têm numa pelos elas havia seja qual será nós tenho lhe deles essas
            esses pelas este fosse dele sobre ainda são pode
            """,
    }.items()
}

MAX_WORDS = 1500  # enough for a stable profile; more only costs time
MIN_WORDS = 40  # below this a few quoted words could swing the result
MIN_SHARE = 0.08  # function words of the best language per word; prose is ~0.25–0.45
MIN_MARGIN = 0.5  # (best − second) / best: listed languages ≥ 0.65, others ≤ 0.35

# Letters only: "l’homme" → "l", "homme"; digits and punctuation never count.
_WORD = re.compile(r"[^\W\d_]+")
# The same on lower-cased ASCII text, where the letters are a-z: every other character
# becomes a space (str.translate's ASCII fast path) and str.split cuts the runs out,
# both in C and faster than the pattern's Unicode classes.
_ASCII_TO_SPACES = str.maketrans({chr(c): " " for c in range(128) if not "a" <= chr(c) <= "z"})


def _build_weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """word → ((language, weight), …); weight is 1/(languages listing the word)."""
    owners: dict[str, list[str]] = {}
    for lang, words in PROFILES.items():
        for word in words:
            owners.setdefault(word, []).append(lang)
    return {w: tuple((lang, 1.0 / len(langs)) for lang in langs) for w, langs in owners.items()}


_WEIGHTS = _build_weights()


def _words(texts: Iterable[str], limit: int) -> list[str]:
    out: list[str] = []
    for text in texts:
        low = text.lower()
        out += low.translate(_ASCII_TO_SPACES).split() if low.isascii() else _WORD.findall(low)
        if len(out) >= limit:
            return out[:limit]
    return out


def scores(texts: Iterable[str]) -> tuple[int, dict[str, float]]:
    """Words read and, per profiled language, the share of them that are its function words."""
    totals = dict.fromkeys(PROFILES, 0.0)
    words = _words(texts, MAX_WORDS)
    # Only function words weigh anything: filter() drops the others in C (the sums
    # add the same weights in the same order).
    for word in filter(_WEIGHTS.__contains__, words):
        for lang, weight in _WEIGHTS[word]:
            totals[lang] += weight
    n = len(words)
    return n, {lang: (total / n if n else 0.0) for lang, total in totals.items()}


def identify(
    texts: Iterable[str], candidates: Iterable[str] = CANDIDATES
) -> tuple[str | None, float]:
    """The language of ``texts`` if it is one of ``candidates``, and a confidence in [0, 1].

    Reads at most the first 1,500 words. Confidence is the best language's lead over
    the runner-up, relative to its own share; every profiled language competes, so
    Portuguese text with ``candidates=("en", "de")`` is None rather than English.
    Returns ``(None, confidence)`` when there are fewer than 40 words, when too few of
    them are function words of any language (another language, or lists of names and
    numbers), when the lead is too small to trust, or when the winner is not a
    candidate.
    """
    n, shares = scores(texts)
    if n < MIN_WORDS:
        return None, 0.0
    ranked = sorted(shares.items(), key=lambda kv: kv[1], reverse=True)
    best, top = ranked[0]
    second = ranked[1][1]
    confidence = round((top - second) / top, 3) if top > 0 else 0.0
    if top < MIN_SHARE or confidence < MIN_MARGIN or best not in tuple(candidates):
        return None, confidence
    return best, confidence


# BCP 47 codes that declare no particular language: undetermined, multiple, none.
_UNDETERMINED = frozenset({"und", "mul", "zxx", "mis"})


def effective_language(declared: str | None, detected: str | None, forced: str | None, default: str) -> str:
    """``--lang``/config wins; else the declared language unless the text confidently
    reads as another language we know; else what the text reads as; else ``default``.

    A declared language we have no profile for (``sv``, ``ca``) is kept: the
    identifier cannot tell it from its neighbours, so it cannot overrule it."""
    from auditor.text.languages import lang_root

    if forced:
        return lang_root(forced)
    root = lang_root(declared) if declared and declared.strip() else None
    if root is not None and root not in _UNDETERMINED:
        if detected is None or root == detected or root not in CANDIDATES:
            return root
    fallback = lang_root(default)
    return detected or ("en" if fallback in _UNDETERMINED else fallback)
