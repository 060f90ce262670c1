"""The count a headline promises: "7 Ways…", "Top 100…", "The seven secrets…", "90+ Costumes".

Pure string work, no imports beyond ``re``. Numbers that are clearly not the count
are skipped: years, dates, times, money, percentages, ordinals, versions, ages
("retire early at 40") and product names ("Windows 10").
"""

from __future__ import annotations

import re

# Number words 1–20, tens and a few extras per language. Ambiguous words are left
# out on purpose: "one"/"un"/"ein" (articles), Dutch "een", Italian "tre" is fine.
_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    },
    "de": {
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
        "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
        "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
        "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "dutzend": 12,
    },
    "es": {
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
        "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
        "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
        "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
        "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "docena": 12,
    },
    "fr": {
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
        "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "cent": 100, "douzaine": 12,
    },
    "it": {
        "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
        "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
        "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
        "diciannove": 19, "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50,
        "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90, "cento": 100,
        "dozzina": 12,
    },
    "nl": {
        "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
        "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
        "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
        "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
        "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100, "dozijn": 12,
    },
    "pt": {
        "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
        "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13,
        "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezessete": 17,
        "dezoito": 18, "dezenove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
        "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90,
        "cem": 100, "dúzia": 12,
    },
}

# "at least": "90+", "over 50", "more than 20", "50 or more", German "über 20", "mehr als 20".
_AT_LEAST_BEFORE = re.compile(
    r"(?:\bover|\bmore than|\bat least|\bupwards of|\büber|\bmehr als|\bmindestens|\bmás de"
    r"|\bplus de|\bpiù di|\bmeer dan|\bmais de)\s*$",
    re.I,
)
_AT_LEAST_AFTER = re.compile(r"^\s*(?:\+|or more\b|and more\b|and counting\b)", re.I)

# Words before a number that make it a name, an age or a position, not a count.
_NOT_COUNT_BEFORE = frozenset(
    """at age aged ages turn turns turning turned by before after since until till from
    windows iphone ios android galaxy pixel version v chapter episode season level stage phase
    day week part vol volume no number route area covid catch room ps xbox office web mac macos
    python java php channel apollo boeing airbus model series gen generation class grade
    figure table page step round game gta fifa nba nfl mlb week rank ranked ranking vs
    kapitel folge teil staffel ab mit seit um bis im am""".split()
)
_MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar februar märz juni juli oktober dezember enero febrero marzo abril mayo junio julio
    agosto septiembre octubre noviembre diciembre janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre gennaio febbraio aprile maggio giugno luglio
    settembre ottobre dicembre""".split()
)
# Words after a number that make it a quantity of something else: units, money, time.
_NOT_COUNT_AFTER = frozenset(
    """percent per cent % am pm a.m. p.m. years year yrs year-old years-old months month weeks
    week days day hours hour minutes minute mins seconds secs million billion trillion
    thousand k m bn mb gb tb kb ghz mhz mph km kg lbs lb pounds dollars euros cents mm cm
    inch inches feet foot ft miles mile degrees times x prozent jahre jahren monate tage
    stunden minuten euro dólares años meses días horas ans mois jours heures anni mesi giorni
    jaar maanden dagen anos meses dias""".split()
)
# Plural nouns that do not end in "s".
_IRREGULAR_PLURALS = frozenset(
    "people children men women mice geese feet teeth ideas data media criteria phenomena".split()
)

_TOKEN = re.compile(r"[$€£¥]?\d+(?:[,.:/]\d+)*(?:st\b|nd\b|rd\b|th\b|['’]?s\b|%|\+)?|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S", re.U)


def _is_plural(word: str, lang: str) -> bool:
    w = word.lower().strip("'’")
    if lang != "en":
        return bool(re.match(r"[^\W\d_]", w))  # any word: German/Spanish plurals vary
    if w in _IRREGULAR_PLURALS:
        return True
    return len(w) > 2 and w.endswith("s") and not w.endswith(("'s", "’s", "ss", "us", "is"))


def _digit_value(token: str) -> tuple[int | None, bool]:
    """The count in a digit token, and whether it carries "+"; None when not a count."""
    if token[0] in "$€£¥" or token.endswith("%"):
        return None, False
    plus = token.endswith("+")
    core = token.rstrip("+")
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", core, re.I) or re.fullmatch(r"\d+['’]?s", core):
        return None, False  # ordinals, decades ("1990s", "80s")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", core):
        core = core.replace(",", "")  # "1,000 Ideas"
    if not core.isdecimal():  # isdigit() would pass "³", which int() refuses
        return None, False  # times, dates, versions, fractions: "3:30", "2.0", "24/7"
    value = int(core)
    if len(core) == 4 and 1900 <= value <= 2099:
        return None, False  # a year
    return value, plus


def headline_number(headline: str, lang: str = "en") -> tuple[int | None, bool]:
    """The count ``headline`` promises and whether it means "at least" (``90+``).

    ``("The 10 Best Ways…")`` → ``(10, False)``; ``("90+ Costumes…")`` → ``(90, True)``;
    ``("How to retire early at 40")`` → ``(None, False)``.
    """
    if not headline:
        return None, False
    lang = (lang or "en").split("-")[0].lower()
    words = _WORDS.get(lang, _WORDS["en"])
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(headline)]
    for i, (tok, start, end) in enumerate(tokens):
        low = tok.lower()
        if tok[0].isdigit() or tok[0] in "$€£¥":
            value, plus = _digit_value(tok)
            # "Covid-19", "3-D", "B2B": a number glued to a word is part of a name.
            glued_before = (
                start > 0
                and headline[start - 1] in "-/#"
                and not headline[:start].lower().endswith("top-")
            )
            glued_after = headline[end : end + 1] in ("-", "/") and headline[
                end + 1 : end + 2
            ].strip() != ""
            if glued_before or (glued_after and not headline[:start].lower().endswith("top-")):
                value = None
        elif low in words:
            value, plus = words[low], False
            if low in ("dozen", "dutzend", "docena", "douzaine", "dozzina", "dozijn", "dúzia"):
                prev = tokens[i - 1][0].lower() if i else ""
                if prev not in ("a", "ein", "una", "une", "un", "een", "uma", "half"):
                    value = None if prev else value
                if prev == "half":
                    value = 6
        else:
            continue
        if value is None or value < 2:
            continue
        prev = tokens[i - 1][0].lower() if i else ""
        nxt = [t[0] for t in tokens[i + 1 : i + 5] if t[0] not in ("+",)]
        if prev in _NOT_COUNT_BEFORE or prev in _MONTHS:
            continue
        if nxt and (nxt[0].lower() in _NOT_COUNT_AFTER or nxt[0].lower() in _MONTHS):
            continue
        if nxt and nxt[0] in (".", ":") and len(nxt) > 1 and nxt[1][:1].isdigit():
            continue  # "3.5", "10:30" split oddly
        at_least = plus or bool(_AT_LEAST_BEFORE.search(headline[:start])) or bool(
            _AT_LEAST_AFTER.match(headline[end:])
        )
        # A count either leads the headline (after "The", "Top", "Here are"…) or is
        # followed within three words by a plural noun ("the 21 best films").
        if _leads(tokens, i) or any(
            _is_plural(w, lang) for w in _content_words(nxt[:3])
        ):
            return value, at_least
    return None, False


_LEADERS = frozenset(
    """the top these those here are our my your his her their all best worst over more than
    at least nearly almost about just only die der das los las les le la il i gli de het os
    as unsere meine""".split()
)


def _leads(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token ``i`` starts the headline or a clause, leaders aside."""
    j = i - 1
    while j >= 0 and tokens[j][0].lower() in _LEADERS:
        j -= 1
    return j < 0 or tokens[j][0] in (":", "|", "–", "—", "-", "!", "?", ".")


def _content_words(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for tok in tokens:
        if not re.match(r"[^\W\d_]", tok):
            break  # stop at punctuation or another number
        out.append(tok)
    return out
