"""The one item-number grammar: how a listicle item shows its number.

"1. Title", "21) Title", "#3 Title", "No. 6 Title", "Step 3: Title", "Common Mistake #1:",
"1- Title", "1️⃣ Title" (keycap emoji), "1．Title", "№1 Title" (Russian, Ukrainian), "【1】Title"
(Japanese), "（一）Title" (Chinese), "1/10 Title", "IV. Title", in titles "(1) Title", "[1] Title",
"1 | Title", "01 Title", "One: Title", "First, title", lower-case Roman "iv. Title" before a
title not in lower case — and the line forms the sources cut on
("01. Robert Plant<br>02. …" in HTML, numbered lines in plain text). Every reader of item
numbers uses this module: the listicle detector (:func:`parse_marker`), the plain-text
parser (:data:`LINE_MARKER`) and the HTML line splitter (:data:`NUMBERED_LINE`).

The vocabulary a newsroom may want to extend (labels before the number, number words
used as markers) is data in :class:`Grammar`; :data:`DEFAULT` is what auditor ships.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache

from auditor.record import Record
from auditor.text.lazyre import lazy_pattern
from auditor.text.segment import MARKS

# Up to four digits: "1000 jokes" reaches item 1000. Four-digit years are refused below.
DIGITS = r"\d{1,4}"

# A numbered line in plain text: "1. Title", "2) Title", "#3 Title", "No. 4 Title", and as
# writers number lines by hand in a plain-text file, an email or a chat, "(5) Title", "[5] Title",
# a thread's "5/ Title", "6 - Title" (a title, not a score: "3 - 2 win" goes on with a digit) and
# keycaps ("7️⃣ Title", "🔟 Title"); not a year ("2019. A look back") nor a fraction ("1/2 cup").
_NOT_YEAR = r"(?!(?:19|20)\d\d\b)"
LINE_MARKER = re.compile(
    rf"(?P<marker>(?:No\.\s?|#\s?){_NOT_YEAR}(?P<n1>{DIGITS})[.):]?|{_NOT_YEAR}(?P<n2>{DIGITS})[.)/]"
    rf"|\((?P<n3>{DIGITS})\)|\[(?P<n5>{DIGITS})\]|{_NOT_YEAR}(?P<n4>{DIGITS})\s[-–—](?=\s+\D)"
    r"|(?P<kc>\d\ufe0f?\u20e3|\U0001F51F))(?=\s)\s*(?P<text>\S.*)$",
    re.I,
)


def line_number(match: re.Match[str]) -> int:
    """The number a :data:`LINE_MARKER` match writes."""
    digits = (match.group("n1") or match.group("n2") or match.group("n3") or match.group("n4")
              or match.group("n5") or _keycap_digits(match.group("kc")))
    return int(digits)
# A line that starts an entry of a list written as lines: "01. Robert Plant", "3) Rest".
NUMBERED_LINE = lazy_pattern(rf"(?:#|No\.\s*)?{DIGITS}[.):]\s+\S")

# "1 of 10", "1 von 10", "1 sur 10": an entry's place in a list of a known length, as
# slideshows and galleries flattened into one page print it ("1/10" too).
_OF = r"(?:of|von|de|sur|di|van|av|af|z|из|от|з|από|dari)"
# The number marker at the start of an item title. An optional label before it
# ("Step", "Common Mistake", "Small Nursery Idea") only with an explicit marker.
# Its forms, in the order they are tried, each with whether it is written with a
# character of _RARE: CJK numerals and counters, keycaps, circled digits.
_FORMS: tuple[tuple[bool, str], ...] = (
    (False, rf"\#\s?(?P<hash>{DIGITS})(?![\d/])\s*[.:)\-–—]?"),
    # "NO.1" and a "TOP" glued to its number ("TOP1 故宫", "Top3：…") rank entries in Chinese,
    # Japanese and Korean posts as "No. 1" does (a spaced "Top 10 places" is a count). Turkish
    # writes "No: 1" (numara, as on forms and door plates), Greek "Νο.1" in its own letters
    # (capital Nu and omicron, as Greek keyboards type it).
    (False, rf"(?:No\.|NO\.|No:|NO:|Νο\.|ΝΟ\.|Nr\.|Number|Nummer|Núm\.|Num\.|[Nn][°º]\.?|[Nn]\.[°º]|№|TOP(?=\d)|Top(?=\d))"
            rf"\s?(?P<no>{DIGITS})(?!\d)\s*[.:)\-–—：．]?"),
    (True, rf"[【〔［](?:第)?(?:(?P<lenticular>{DIGITS})|(?P<lcjk>[一二三四五六七八九十]{{1,3}}))(?:位|名)?[】〕］]"),
    (True, r"[(（](?P<bcjk>[一二三四五六七八九十]{1,3})[)）]"),
    # A full-width stop or bracket before an ASCII digit writes no decimal ("１．５倍" does): the
    # title may open with it unspaced, as CJK text writes titles ("９．3-D Body Scanners"); the
    # ideographic comma lists numbers ("3、4月"). The danda of Hindi, Bengali and Marathi
    # ("१।", "১।"), Urdu's full stop ("۱۔") and the Arabic decimal separator typed as a stop
    # ("١٫ ", Arabic keyboards' shifted full stop; "١٫٥" is 1.5) close a number as "." does;
    # "1：" as "1:".
    (False, rf"(?P<punct>{DIGITS})(?:[.)、।۔٫](?![\d.º°ª])|[．）](?![.º°ª０-９])|[:：](?!\d)|\s[-–—:](?=\s)|-(?=\s)|/(?!\d)|\s?-\))"),
    (True, r"(?P<keycap>(?:\d\ufe0f?\u20e3)+|\U0001F51F)\s*[.:)\-–—]?"),
    # The podium's medals before the first three ("🥇 東京タワー", "🥇1位 …", then "4位 …"), as
    # ranking posts in Japanese, Korean and Chinese (and roundups anywhere) mark them.
    (True, r"(?P<medal>[\U0001F947-\U0001F949])\ufe0f?\s*[.:)\-–—]?"),
    (True, r"(?P<circled>[\u2460-\u2473\u2776-\u2793\u24f5-\u24fe])\s*[.:)\-–—]?"),
    # Greek writes the ordinal's ending after the figure: "1ο", "1η θέση" (1st place).
    (False, rf"(?P<ordinal>{DIGITS})(?:\.?[º°ª]|ο|η|ος)(?!\w)(?:\s+θέση)?\s*[.:)\-–—]?"),
    (True, rf"(?:第|제)?(?P<rank>{DIGITS})\s?(?:位|名|위|번)(?:[:：.．、)）\s]|(?=[^\W\d_]))"),
    (True, rf"その(?:(?P<sono>{DIGITS})|(?P<socjk>[一二三四五六七八九十]{{1,3}}))(?:[:：.．、)）\s]|(?=[^\W\d_]))"),
    # "其一：" (the first of them), "第一，", "第3个：", "第1天：" (a counter after the ordinal):
    # Chinese posts' entries. A comma after them opens prose too ("第一，我们…"): titles only.
    (True, rf"(?:第|其)(?:(?P<dinum>{DIGITS})|(?P<dicjk>[一二三四五六七八九十]{{1,3}}))"
           r"(?:个|個|条|條|款|种|種|站|天|部|本|家|处|處|招|步|点|點)?(?:[:：．、，]|[.,](?!\d))"),
    (True, r"第?(?P<cjk>[一二三四五六七八九十]{1,3})(?:[、．.:：]|[位名](?:[:：.．、)）\s]|(?=[^\W\d_])))"),
    (False, rf"(?P<frac>{DIGITS})\s?(?:/|\s{_OF}\s)\s?(?P<total>{DIGITS})(?!\d)(?:\s*[.:)|\-–—]|(?=\s))"),
    # A capital letter, only in a document whose titles run "A. …", "B. …", "C. …" (an
    # alphabetised guide, an outline: see auditor.structure.letters and Grammar.letters).
    (False, r"(?P<letter>[A-Z])[.)](?=\s+[\"'“‘«„]?[^\W\d_])"),
    (False, r"(?P<roman>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))(?:[.)．:]|\s[-–—](?=\s))"),
    # Lower case, as outlines and essays number sections ("iv. Lisbon"): only with a stop or a
    # bracket, before a title that does not go on in lower case ("iv. alpha", "i.e. the").
    (False, r"(?P<lroman>(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))[.)](?!\s*[a-zß-ÿ])"),
    # A label glued to its number, as Chinese, Japanese and Korean posts write it ("方法1：",
    # "ポイント2", "STEP3", "POINT.4"), or before it after a space with no stop in scripts
    # that write none ("อันดับ 1 วัดพระแก้ว", Thai "rank 1"): only a label of the grammar's.
    # Only with no label words before it: "TOP7 Apple iPhone 7 Plus" is no "iPhone 7".
    # (ASCII letters, or a run of other scripts' characters: one class each, as cheap as the
    # prose it is tried on.)
    (False, rf"(?(label)(?!)|(?P<glabel>[A-Za-z]{{2,8}}|[^\x00-\x7f\d\s]{{1,10}}?)(?P<gsep>[.\s]?)(?P<glued>{DIGITS})(?![\d.,])"
            r"(?:\s*[:：.．、)）\-–—]|\s|(?=[^\W\d_])))"),
)
# Every character a _RARE form needs, within its first seven: a text holding none
# where a marker can start is read by the pattern without those forms (they cannot
# match it), and the whole pattern (~1 ms more to compile) is built only for a page
# that has one (see _needs_rare).
_RARE = lazy_pattern("[【〔［一二三四五六七八九十\u20e3\U0001F51F\U0001F947-\U0001F949\u2460-\u2473\u2776-\u2793\u24f5-\u24fe"
                     "位名위번そ第其]")


def _needs_rare(text: str) -> bool:
    """Whether a _RARE form could match ``text``. A marker starts after the leading
    spaces and at most four label words, each a whole token (a word then spaces), so at
    the latest where the fifth token starts; a rare form's character comes within its
    first seven. Only that much is searched: paragraphs are long."""
    if text.isascii():
        return False
    tokens = text.split(None, 4)
    end = len(text) - len(tokens[4]) + 7 if len(tokens) == 5 else len(text)
    return _RARE().search(text, 0, end) is not None


def _left_out(form: str) -> str:
    return "(?!)" + "".join(f"(?P<{g}>)" for g in re.findall(r"\(\?P<(\w+)>", form))


@lru_cache(maxsize=4)
def _marker(rare: bool, letters: bool = False) -> re.Pattern[str]:
    # A form left out stays as its empty groups behind "(?!)", never matched: the
    # reader asks for every group by name.
    forms = [_left_out(form) if (needs and not rare) or (not letters and "<letter>" in form) else form
             for needs, form in _FORMS]
    alternatives = "\n      | ".join(forms)
    return re.compile(
        # A label word may hold the combining marks of scripts that write vowels with them
        # (Hindi "नंबर", Thai "อันดับ"): \w reads such a mark as no word character.
        rf"""^\s*(?P<label>(?:[^\W\d_][\w'’{MARKS}-]*\s+){{1,4}}?)?
    (?P<marker>
        {alternatives}
    )\s*(?P<title>\S.*)$""",
        re.X | re.S,
    )


# In a title only: a Chinese entry "8、798艺术区" whose name opens with a figure. The
# ideographic comma also lists numbers ("3、4月", "1、2、3"): a figure going on with a
# counter, a unit or another comma is no name.
_COMMA_FIGURE = lazy_pattern(
    rf"^\s*(?P<marker>(?P<n>{DIGITS})、)(?P<title>\d+(?![\d、，,.．%％]|\s*[年月日号號时時点點分秒岁歳个個人名位天次倍万萬亿億千百十元円度])\S.*)$",
    flags=re.S)
_PLAIN = re.compile(rf"^\s*(?P<marker>(?P<plain>{DIGITS}))\s+(?P<title>[^\W\d_].*)$", re.S)
# In a title only: "(1) Paris", "[1] Paris", "1 | Paris", "1 · Paris" (in running text,
# "[1] Smith, J." opens a reference).
# The title may open with a quote, as a quoted saying does ('(1) "My fears have been realized"'),
# or a figure ("(9) 3-D Body Scanners").
_TITLE_ONLY = re.compile(
    rf"^\s*(?P<marker>[(\[（](?P<b>{DIGITS})[)\]）]|(?P<s>{DIGITS})\s+[|·•])\s*(?P<title>[\"'“‘«„「『]?[^\W_].*)$",
    re.S,
)
# A block that is only a number: "<p>1.</p>" before the item's content, or a slideshow's
# counter flattened into the page ("1 / 10", "Slide 1 of 10", "Bild 1 von 10").
# A rank alone is such a block too, as Japanese, Chinese and Korean ranking posts set it over
# the title: "第1位", "1位", "1위", "TOP1", "NO.1", "【1】", "①" (or a crown picture's alt "1位").
_BARE = re.compile(
    rf"^\s*(?:(?:#\s?|No\.\s?|top\s?|第|제)?(?P<n>{DIGITS})\s*(?:[.):：．）]|位|名|위|등)?"
    rf"|【(?P<l>{DIGITS})】|(?P<c>[\u2460-\u2473\u2776-\u2793])"
    rf"|(?:(?:slide|photo|foto|bild|image|imagen|immagine|diapositiva|picture)\s+)?"
    rf"(?P<f>{DIGITS})\s*(?:/|\s{_OF}\s)\s*(?P<t>{DIGITS}))\s*$", re.I)


_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "erstens": 1, "zweitens": 2, "drittens": 3, "viertens": 4, "fünftens": 5, "sechstens": 6,
    "siebtens": 7, "achtens": 8, "neuntens": 9, "zehntens": 10,
    "primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4, "quinto": 5,
    "premièrement": 1, "deuxièmement": 2, "troisièmement": 3, "quatrièmement": 4,
    # Ordinal words other scripts open entries with, as "First," does (lists31): Korean
    # "첫째," / "첫 번째:", Arabic "أولاً:", Persian "اول:", Greek "Πρώτον,", Russian
    # "Во-первых,", Ukrainian "По-перше,", Turkish "Birincisi:", Hindi "पहला:".
    **{w: n for n, w in enumerate(("첫째", "둘째", "셋째", "넷째", "다섯째", "여섯째", "일곱째", "여덟째", "아홉째", "열째"), 1)},
    **{f"{w} 번째": n for n, w in enumerate(("첫", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"), 1)},
    **{w: n for n, w in enumerate(("أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً",
                                   "تاسعاً", "عاشراً"), 1)},
    **{w: n for n, w in enumerate(("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا",
                                   "عاشرا"), 1)},
    **{w: n for n, w in enumerate(("اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم"), 1)},
    **{w: n for n, w in enumerate(("πρώτον", "δεύτερον", "τρίτον", "τέταρτον", "πέμπτον"), 1)},
    **{w: n for n, w in enumerate(("во-первых", "во-вторых", "в-третьих", "в-четвёртых", "в-пятых"), 1)},
    "в-четвертых": 4,
    **{w: n for n, w in enumerate(("по-перше", "по-друге", "по-третє", "по-четверте", "по-п'яте"), 1)},
    **{w: n for n, w in enumerate(("birincisi", "ikincisi", "üçüncüsü", "dördüncüsü", "beşincisi"), 1)},
    **{w: n for n, w in enumerate(("पहला", "दूसरा", "तीसरा", "चौथा", "पांचवां"), 1)},
}


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Grammar(Record):
    """The tunable vocabulary of item markers."""

    # Words that may stand before a number marker: "Step 3:", "Tipp 2:", "Idea #4".
    label_words: tuple[str, ...] = (
        "step", "tip", "idea", "day", "part", "reason", "way", "rule", "lesson", "mistake", "item",
        "pick", "entry", "example", "schritt", "tipp", "idee", "grund", "paso", "consejo", "étape",
        "astuce", "conseil", "passo", "consiglio", "stap", "dica", "beispiel", "ejemplo",
        # A ranking's place: "Platz 3 – Lissabon", "Puesto 3 -", "Miejsce 3 –", "Sıra 3 –".
        "platz", "rang", "rank", "place", "puesto", "posto", "plats", "plass", "plads", "miejsce", "sıra",
        "lugar", "position", "posição", "posición", "positie", "plaats",
        # Round 12 (lists18): "Method 2.", "Stage 3 –", and the same labels in the languages the
        # list headlines are read in (Wiktionary's translations of step, tip, way, reason, rule,
        # point, method, mistake, idea, day, place): "Пункт 1.", "Adım 3 –", "Cara 2.", "팁 1.".
        "point", "method", "option", "trick", "stage", "level", "phase", "chapter",
        "punkt", "methode", "regel", "fehler", "frage", "kapitel", "stufe", "möglichkeit",
        "méthode", "règle", "raison", "erreur", "jour", "idée", "question", "chapitre", "façon", "manière",
        "método", "regla", "punto", "razón", "error", "día", "idea", "pregunta", "capítulo", "truco", "motivo",
        "manera", "forma", "regra", "ponto", "razão", "erro", "dia", "pergunta", "truque", "jeito", "maneira",
        "metodo", "regola", "errore", "giorno", "trucco", "modo", "manier", "punt", "reden", "fout", "dag",
        "vraag", "krok", "sposób", "porada", "wskazówka", "powód", "błąd", "dzień", "pomysł", "způsob",
        "rada", "důvod", "steg", "sätt", "skridt", "måde", "trin", "råd", "måte", "lépés", "módszer",
        "pasul", "pas", "sfat", "metoda", "motiv", "adım", "yol", "öneri", "ipucu", "madde", "neden", "kural",
        "hata", "gün", "fikir", "yöntem", "cara", "tips", "langkah", "alasan", "ide", "hari", "poin", "trik",
        "bước", "cách", "mẹo", "шаг", "способ", "совет", "пункт", "причина", "правило", "ошибка", "день",
        "место", "идея", "метод", "крок", "спосіб", "порада", "помилка", "місце", "ідея", "βήμα", "τρόπος",
        "συμβουλή", "λόγος", "팁", "방법", "단계", "이유",
        # Round 15 (lists31): labels of other scripts, spaced or glued to the number as CJK
        # posts glue them ("方法1：", "ポイント2", "STEP3", "TOP 1."; Thai "อันดับ 1" rank 1,
        # "วิธีที่ 2" way no. 2, "ข้อ 3" point 3; Hindi "नंबर 4", Bengali "নম্বর 5").
        "top", "方法", "步骤", "技巧", "原因", "理由", "建议", "秘诀", "要点", "重点", "推荐", "ポイント",
        "コツ", "ステップ", "手順", "特徴", "秘訣", "おすすめ", "注意点", "포인트", "스텝", "อันดับ",
        "อันดับที่", "ข้อ", "ข้อที่", "วิธีที่", "ขั้นตอนที่", "เคล็ดลับที่", "नंबर", "नम्बर", "टिप",
        "तरीका", "स्टेप", "নম্বর", "ধাপ", "نمبر", "شماره", "نکته", "روش", "رقم", "نصيحة", "طريقة",
        "الخطوة", "מקום", "טיפ", "שלב", "סיבה",
        # "Number" before the number: Vietnamese "Số 1.", Indonesian "Nomor 1.", Malay "Nombor 1.".
        "số", "nomor", "nombor", "номер", "αριθμός",
    )
    # Number words used as markers ("One: …", "First, …"), cardinal and ordinal.
    word_numbers: dict[str, int] = field(default_factory=lambda: dict(_WORD_NUMBERS))
    # Capital letters as markers ("A. Paris" 1, "B. Rome" 2): only for a document whose
    # titles run so (auditor.structure.letters), never by default ("A. Yes" answers a "Q.").
    letters: bool = False



DEFAULT = Grammar()
# The grammar of the article being read: a newsroom's config may add labels and number
# words (auditor.api sets it around one file's structure stage; see :func:`using`).
_CURRENT: ContextVar[Grammar] = ContextVar("item_grammar", default=DEFAULT)


def extended(labels: Sequence[str] = (), number_words: Mapping[str, int] | None = None) -> Grammar:
    """:data:`DEFAULT` with a config's extra label words and number words."""
    if not labels and not number_words:
        return DEFAULT
    words = dict(DEFAULT.word_numbers)
    words.update({k.lower(): int(v) for k, v in (number_words or {}).items()})
    extra = tuple(w.lower() for w in labels if w.lower() not in DEFAULT.label_words)
    return Grammar(label_words=DEFAULT.label_words + extra, word_numbers=words)


@contextmanager
def using(grammar: Grammar) -> Iterator[None]:
    """Read item markers with ``grammar`` inside the block."""
    token = _CURRENT.set(grammar)
    _MEMO[0] = (grammar, {})  # one document's titles and paragraphs: no answers kept from the last one
    try:
        yield
    finally:
        _CURRENT.reset(token)


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Marker(Record):
    """An item marker parsed off the start of a title: its number, as written, and the label before it."""

    number: int
    marker: str  # as written, label excluded: "1.", "#1", "No. 1", "One:"
    label: str  # words before the marker: "Common Mistake"
    title: str  # text after the marker


@lru_cache(maxsize=8)
def _label_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?i)(?:" + "|".join(map(re.escape, words)) + r")s?$")


@lru_cache(maxsize=8)
def _word_re(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    # A cardinal needs ":" or ")" ("One: Fix leaks"); an ordinal may take "," ("First, …").
    return re.compile(rf"^\s*(?P<marker>(?P<word>{alternatives})\s*[:.),])\s+(?P<title>\S.*)$", re.I | re.S)


_LAST_WORD_RE: list[tuple[Grammar, re.Pattern[str]]] = []  # the grammar in use and its pattern


def _word_re_for(grammar: Grammar) -> re.Pattern[str]:
    # Asked per title: keyed by the grammar itself, not by its number words made into a
    # tuple and hashed on every call (a quarter of parse_marker's time).
    if not _LAST_WORD_RE or _LAST_WORD_RE[0][0] is not grammar:
        _LAST_WORD_RE[:] = [(grammar, _word_re(tuple(grammar.word_numbers)))]
    return _LAST_WORD_RE[0][1]


def _keycap_digits(keycap: str | None) -> str:
    """The digits of keycap emoji ("1️⃣", "1️⃣2️⃣", "🔟"), which chat-styled lists number with."""
    if not keycap:
        return ""
    return "10" if keycap == "\U0001F51F" else "".join(c for c in keycap if c.isdigit())


def _medal_digits(medal: str | None) -> str:
    """The place a podium's medal gives ("🥇" 1, "🥈" 2, "🥉" 3), "" when there is none."""
    return str(ord(medal) - 0x1F946) if medal else ""


def _circled_digits(circled: str | None) -> str:
    """The number of a circled digit ("①" … "⑳", "➊", "⒈"-style dingbats) that Japanese,
    Chinese and chat-styled lists number with."""
    if not circled:
        return ""
    code = ord(circled)
    for first, last in ((0x2460, 0x2473), (0x2776, 0x277F), (0x2780, 0x2789), (0x278A, 0x2793), (0x24F5, 0x24FE)):
        if first <= code <= last:
            return str(code - first + 1)
    return ""


def _place_of(number: int, total: str, marker: str, plain: bool, title: str) -> bool:
    """Whether "1/10" or "1 of 10" is an entry's place in a list of ``total`` (three or
    more, the place within it, no year), not a fraction or a date: without a separator
    after it only in a title going on with a capital ("1/10 Lisbon"), so "1/4 cup of
    sugar" is no entry."""
    n = int(total)
    separated = marker[-1] in ".:)|-–—"
    return 3 <= n and 1 <= number <= n and not _year(total) \
        and (separated or (plain and not title[:1].islower()))


def _letter_digits(letter: str | None) -> str:
    """The place of a capital letter marker in the alphabet ("A" 1, "C" 3); "" for none."""
    return str(ord(letter) - ord("A") + 1) if letter else ""


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman_digits(numeral: str | None) -> str:
    """The number an upper-case Roman numeral up to XXXIX writes ("IV." 4, "XII)" 12), as
    essays and some newsrooms number their entries; "" when there is none."""
    if not numeral:
        return ""
    values = [_ROMAN[c] for c in numeral]
    return str(sum(-v if v < w else v for v, w in zip(values, values[1:] + [0])))


_CJK_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", 1)}


def _cjk_digits(numeral: str | None) -> str:
    """The number a Chinese numeral writes ("三" 3, "十二" 12, "二十" 20): "三、…" opens
    the third point of a Chinese article as "3." does."""
    if not numeral:
        return ""
    tens, _, ones = numeral.partition("十")
    if "十" not in numeral:
        return str(_CJK_DIGITS.get(numeral, 0)) if len(numeral) == 1 else ""
    value = (_CJK_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CJK_DIGITS.get(ones, 0) if ones else 0)
    return str(value) if (not tens or tens in _CJK_DIGITS) and (not ones or ones in _CJK_DIGITS) else ""


def cjk_number(numeral: str) -> int | None:
    """The number a Chinese numeral writes ("七" 7, "十二" 12), None when it is none."""
    digits = _cjk_digits(numeral)
    return int(digits) if digits and digits != "0" else None


def _dated(title: str) -> bool:
    """Whether a marker's title starts with a month: "24. Dezember 2014" is a date."""
    from auditor.structure.numbers import MONTHS

    words = [w.strip(".,").lower() for w in title.split(maxsplit=2)]
    if len(words) > 1 and words[0] in ("de", "di", "du", "del", "of"):
        words = words[1:]  # "1º de mayo", "1er du mois"
    # A month's short name glued to its year, in any language: "21.dez.2018 às 12h55" (a
    # dateline). Short names alone are no dates: "74. Dez Fafara" is a singer.
    return bool(words) and (words[0] in MONTHS or re.fullmatch(r"[^\W\d_]{3,4}\.\d{4}", words[0]) is not None)


def _year(digits: str) -> bool:
    return len(digits) == 4 and 1900 <= int(digits) <= 2099


# Answers of parse_marker for the grammar they were read with: the listicle reader asks
# about the same titles and paragraphs several times per page (candidates, labels, item
# titles), and the answer is a frozen Marker or None. :func:`using` starts a fresh table
# for each document. One slot, read once per call, so a thread reading another grammar
# swaps in its own table and never sees this one's answers.
_MEMO: list[tuple[Grammar, dict[tuple[str, bool], Marker | None]]] = [(DEFAULT, {})]
_MEMO_SIZE = 1024  # bounds the table for callers outside using() (more than a long page asks)


def parse_marker(text: str, *, plain: bool = False, grammar: Grammar | None = None) -> Marker | None:
    """The number marker ``text`` starts with; ``plain`` (titles: headings) also accepts
    "7 Title" and "First, title". ``grammar``: the one in use (:func:`using`) by default."""
    if grammar is None:
        grammar = _CURRENT.get()
    memo = _MEMO[0]
    if memo[0] is not grammar:
        memo = _MEMO[0] = (grammar, {})
    table, key = memo[1], (text, plain)
    if key in table:
        return table[key]
    if len(table) >= _MEMO_SIZE:
        table.clear()
    found = table[key] = _parse_marker(text, plain, grammar)
    return found


def _glued_label(m: re.Match[str], plain: bool, grammar: Grammar) -> bool:
    """Whether a marker read with a label glued to its number ("方法1：") or a stop after
    "第一"/"其一" stands: the label one of the grammar's (spaced from the number only in a
    script without Latin letters: "Day 3 was hard" is prose), a comma only in a title."""
    if m.group("glued"):
        label = m.group("glabel")
        if m.group("gsep").isspace() and any(c.isascii() or "\u00c0" <= c <= "\u024f" for c in label):
            return False
        return _label_re(grammar.label_words).match(label) is not None
    if m.group("dinum") or m.group("dicjk"):
        return plain or m.group("marker").rstrip()[-1:] not in "，,"
    return True


# Each number form's group and how its text reads as digits, in the pattern's order.
_DIGIT_GROUPS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("hash", str), ("no", str), ("punct", str), ("ordinal", str), ("rank", str), ("sono", str),
    ("keycap", _keycap_digits), ("circled", _circled_digits), ("cjk", _cjk_digits), ("frac", str),
    ("letter", _letter_digits), ("roman", _roman_digits), ("lenticular", str), ("bcjk", _cjk_digits),
    ("lroman", lambda g: _roman_digits(g.upper())),
    ("glued", str), ("dinum", str), ("dicjk", _cjk_digits), ("lcjk", _cjk_digits), ("socjk", _cjk_digits),
    ("medal", _medal_digits),
)
# The forms that say they are a number marker by themselves ("#3", "③", "1位"), a label or not.
_EXPLICIT = ("hash", "no", "keycap", "circled", "rank", "sono", "cjk", "lenticular", "bcjk", "glued", "dinum",
             "dicjk", "lcjk", "socjk", "medal", "frac")


def _digits_of(m: re.Match[str]) -> str:
    """The digits the form ``m`` matched writes ("0" when none reads)."""
    return next((d for g, read in _DIGIT_GROUPS if (found := m.group(g)) and (d := read(found))), "0")


def _parse_marker(text: str, plain: bool, grammar: Grammar) -> Marker | None:
    m = _marker(_needs_rare(text), grammar.letters).match(text)
    if m and not _glued_label(m, plain, grammar):
        m = None  # "Windows10 review", "第一，我们…" in prose: read on as other text
    if m:
        return _form_marker(m, plain, grammar)
    return _word_marker(text, plain, grammar) or (_title_marker(text) if plain else None)


def _form_marker(m: re.Match[str], plain: bool, grammar: Grammar) -> Marker | None:
    """The marker a number form matched, or None when its label, year or date says otherwise."""
    digits = _digits_of(m)
    label = (m.group("label") or "").strip()
    marker = m.group("marker").strip()
    if m.group("glued"):  # "方法1：" as "Step 1:": the label apart from its number
        label = f"{label} {m.group('glabel')}".strip()
        marker = marker[len(m.group("glabel")) + len(m.group("gsep")):]
    if m.group("frac") and not _place_of(int(digits), m.group("total"), marker, plain, m.group("title")):
        return None
    # "Slide 3 of 10 –": a place is explicit.
    explicit = any(m.group(g) for g in _EXPLICIT) or marker.endswith(":")
    # "Step 1. …" and "Common Mistake #1: …" carry a label; "Windows 10) …" does not.
    if label and not explicit and not _label_re(grammar.label_words).match(label.split()[-1]):
        return None
    if m.group("letter") and m.group("title")[:1].islower():
        return None  # "A. la carte"
    if _year(digits) or _dated(m.group("title")):
        return None  # "2020: the year in review", "24. Dezember 2014"
    title = m.group("title").strip()
    if m.group("medal"):  # "🥇1位 東京タワー": the rank after the medal is its number's
        inner = _parse_marker(title, plain, grammar)
        if inner is not None and inner.number == int(digits) and not inner.label:
            marker, title = f"{marker} {inner.marker}", inner.title
    if marker.endswith(".") and title[:1] in (")", "-", "–", "—") and not title[1:].lstrip()[:1].isdigit():
        marker, title = marker + title[0], title[1:].strip()  # "1.) Lisbon", Spanish "1.- Lisboa"
    return Marker(int(digits), marker, label, title)


def _word_marker(text: str, plain: bool, grammar: Grammar) -> Marker | None:
    """A number word used as a marker: "One: …", "Third. …", in a title "First, …"."""
    w = _word_re_for(grammar).match(text)
    if w:
        word = w.group("word").lower()
        punct = w.group("marker")[-1]
        ordinal = word not in _CARDINALS
        # "First, …" opens many a prose paragraph: an ordinal with a comma is a marker only
        # in a title (``plain``, as headings are read), "One:" / "Third." anywhere.
        if punct in ":)" or (ordinal and (punct == "." or (punct == "," and plain))):
            # "İkincisi" lower-cases to "i̇kincisi": the word the pattern matched, found as it matched
            number = grammar.word_numbers.get(word) or next(
                v for k, v in grammar.word_numbers.items() if re.fullmatch(re.escape(k), w.group("word"), re.I))
            return Marker(number, w.group("marker").strip(), "", w.group("title").strip())
    return None


def _title_marker(text: str) -> Marker | None:
    """The markers only a title writes: "8、798艺术区", "(1) Paris", "1 | Paris", "7 Paris"."""
    c = _COMMA_FIGURE().match(text)
    if c and not _year(c.group("n")):
        return Marker(int(c.group("n")), c.group("marker"), "", c.group("title").strip())
    t = _TITLE_ONLY.match(text)
    if t and not _year(t.group("b") or t.group("s")):
        return Marker(int(t.group("b") or t.group("s")), t.group("marker").strip(), "", t.group("title").strip())
    p = _PLAIN.match(text)
    if p and not _year(p.group("plain")):
        from auditor.structure.numbers import headline_number

        # "14 Restaurant-Worthy Recipes", "14 kitschige Komplimente": a count (a related
        # headline), not item 14. Read in no particular language: any noun counts. A
        # zero-padded "01 Paris" is a marker: no count is written so.
        padded = p.group("plain").startswith("0") and len(p.group("plain")) > 1
        if padded or headline_number(text, "und")[0] is None:
            return Marker(int(p.group("plain")), p.group("marker"), "", p.group("title").strip())
    return None


_CARDINALS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve".split()
)


_PLACE = lazy_pattern(rf"\d\s?(?:/|\s{_OF}\s)\s?\d")


def is_place(marker: str) -> bool:
    """Whether ``marker`` gives an entry's place in a show ("3 of 10", "3/10"): under a
    picture's label ("Photo 3 of 10") a slide's, not a figure's number."""
    return _PLACE().search(marker) is not None


def bare_number(text: str) -> int | None:
    """The number of a block that holds nothing else ("1.", "#2"), else None."""
    m = _BARE.match(text)
    if m and m.group("f"):
        return int(m.group("f")) if _place_of(int(m.group("f")), m.group("t"), ":", True, "") else None
    if m and (m.group("l") or m.group("c")):
        return int(m.group("l") or _circled_digits(m.group("c")))
    return int(m.group("n")) if m and not _year(m.group("n")) else None


def counts_down(nums: list[int]) -> bool:
    """Whether ``nums`` count 1..N or N..1 (N ≥ 3) down the page, or restart at 1 under each
    section and count up there ("#1 … #4" for babies, "#1 #2" from one year on…): two runs or
    more of two or more each."""
    if len(nums) < 3:
        return False
    if nums in (list(range(1, len(nums) + 1)), list(range(len(nums), 0, -1))):
        return True
    starts = [k for k, n in enumerate(nums) if n == 1] + [len(nums)]
    runs = [nums[a:b] for a, b in zip(starts, starts[1:])]
    return starts[0] == 0 and len(runs) >= 2 and all(len(r) >= 2 and r == list(range(1, len(r) + 1)) for r in runs)
