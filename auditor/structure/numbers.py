"""The count a headline promises: "7 Ways…", "Top 100…", "The seven secrets…", "90+ Costumes".

Pure string work, no imports beyond ``re``. Numbers that are clearly not the count
are skipped: years, dates, times, money, percentages, ordinals, versions, ages
("retire early at 40") and product names ("Windows 10").
"""

from __future__ import annotations

import re
import unicodedata

from collections.abc import Callable, Sequence
from functools import cache

from auditor.structure.headline_words import LIST_NOUNS
from auditor.structure.promise import (
    CLAUSE_MARKS, COMMAS, GENERAL_COUNTERS, LIST_COUNTERS, NOT_LIST_COUNTS, firm_promise, general_count, names_a_list,
    reads_as_list, vietnamese_list,
)

from auditor.text.number_words import GUARDED_WORDS, NUMBER_WORDS as _WORDS  # noqa: F401 - the old private name
from auditor.text.segment import MARKS
from auditor.text.lazyre import lazy_pattern

# "at least": "90+", "over 50", "more than 20", "50 or more", German "über 20", "mehr als 20".
# Also Italian "oltre", Russian "более/больше/свыше", Polish "ponad", Indonesian "lebih dari",
# Vietnamese "hơn", Arabic "أكثر من", Persian "بیش از", Turkish "-dan fazla", Hindi "से ज्यादा",
# Japanese and Chinese "以上", Korean "이상" (after the count): each language's "more than".
_AT_LEAST_BEFORE = re.compile(
    r"(?:\bover|\bmore than|\bat least|\bupwards of|\büber|\bmehr als|\bmindestens|\bmás de"
    r"|\bplus de|\bpiù di|\bmeer dan|\bmais de|\boltre|\bболее|\bбольше|\bсвыше|\bponad|\blebih dari"
    r"|\bhơn|أكثر من|بیش از)\s*$",
    re.I,
)
_AT_LEAST_AFTER = re.compile(
    r"^\s*(?:\+|or more\b|and more\b|and counting\b|['’]?(?:dan|den|tan|ten) fazla\b|से (?:ज्यादा|ज़्यादा|अधिक)"
    r"|(?:[^\s\d]{1,2})?以上|(?:[^\s\d]{1,2})?\s?이상)", re.I)

# A bonus entry beside the count: "10 (+1) Places", "Top 10 Films (+1 Bonus)", "10 Tips (Plus a Bonus)".
_BONUS = lazy_pattern(
    r"\b(\d{1,3})(?:\s*\(\s*\+\s*\d{1,2}\s*(?:bonus\s*)?\)"
    r"|(?=\D*\(\s*(?:\+\s*\d{1,2}|plus\s+(?:an?|one|\d{1,2}))\s+bonus(?:es)?\b[^)]*\)))",
    re.I,
)

# Words before a number that make it a name, an age or a position, not a count.
_NOT_COUNT_BEFORE = frozenset(
    """at age aged ages turn turns turning turned by before after since until till from
    windows iphone ios android galaxy pixel version v chapter episode season level stage phase
    day week part vol volume no number route area covid catch room ps xbox office web mac macos
    python java php channel apollo boeing airbus model series gen generation class grade
    figure table page step round game gta fifa nba nfl mlb week rank ranked ranking vs
    kapitel folge teil staffel ab mit seit um bis im am""".split()
)
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar februar märz juni juli oktober dezember enero febrero marzo abril mayo junio julio
    agosto septiembre octubre noviembre diciembre janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre gennaio febbraio aprile maggio giugno luglio
    settembre ottobre dicembre""".split()
)
# The months of the languages MONTHS leaves out, in the form a date gives them after its day
# (CLDR's format-wide month names: the genitive in the Slavic languages, Greek and Finnish,
# "9 мая", "11 listopada", "24 серпня", "5. toukokuuta"); keyed by language, as some are
# words of another ("marca", Polish "of March", is a brand in Spanish).
_DATE_MONTHS = {
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta"
          " lokakuuta marraskuuta joulukuuta",
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου"
          " νοεμβρίου δεκεμβρίου",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "fa": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "hi": "जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
}
_MONTHS_OF = {lang: frozenset(names.split()) for lang, names in _DATE_MONTHS.items()}
# The word a date may set between its day and month ("8 de marzo", "7 de setembro", "2 di giugno").
_DAY_OF = frozenset("de di of del".split())


def _month(word: str, lang: str) -> bool:
    """Whether ``word`` names a month, a Turkish case ending after an apostrophe aside
    ("10 Kasım'da", on 10 November; "3 Şubat'tan itibaren", from 3 February)."""
    low = word.lower().replace("’", "'").split("'")[0]
    return low in MONTHS or low in _MONTHS_OF.get(lang, ())


def _dated(nxt: Sequence[str], lang: str) -> bool:
    """Whether the words after a number make it a date's day: a month, or "de" and a month."""
    return bool(nxt) and (_month(nxt[0], lang) or (nxt[0].lower() in _DAY_OF and len(nxt) > 1
                                                   and _month(nxt[1], lang)))


# Words after a number that make it a quantity of something else: units, money, time.
_NOT_COUNT_AFTER = frozenset(
    """percent per cent % am pm a.m. p.m. years year yrs year-old years-old months month weeks
    week days day hours hour minutes minute mins seconds secs million billion trillion
    thousand k m bn mb gb tb kb ghz mhz mph km kg lbs lb pounds dollars euros cents mm cm
    inch inches feet foot ft miles mile degrees times x prozent jahre jahren monate tage
    stunden minuten euro dólares años meses días horas ans mois jours heures anni mesi giorni
    jaar maanden dagen anos meses dias
    grados grad degrés gradi graus kilos kilo kilogramm kilogramos
    acres hectares hektar hectáreas ettari hectares quadratmeter
    лет года год дней дня часов минут рублей долларов процентов килограмм кг км человек
    lat dni godzin minut złotych procent dní hodin korun tahun hari persen
    stopni stopnie graden grader stupňů stupně grade fok βαθμοί βαθμούς derajat độ डिग्री מעלות
    градусів градуси درجة درجات derece
    jaar år let roky ani évvel év éve χρόνια năm साल वर्ष שנים років роки سنوات عاما yıl yil
    dagar dage dager dní zile napja μέρες ημέρες ngày दिन ימים днів أيام gün
    minuter minutter perc λεπτά phút मिनट דקות хвилин دقائق dakika timmar órát ώρες giờ घंटे שעות годин ساعات saat
    prosent százalék persen phần प्रतिशत אחוז відсотків بالمئة yüzde
    miljoen miljard miljoner miljarder millioner milliarder milionów miliardów milionů miliard milioane miliarde
    millió milliárd εκατομμύρια εκατ juta miliar triệu tỷ लाख करोड़ מיליון מיליארד мільйонів мільярдів
    مليون مليار milyon milyar
    kronor kroner złotych zł lei forint lira rupiah ringgit đồng रुपये שקל гривень دولار dolar dolarów
    semanas semaines settimane wochen weken veckor uger uker tygodni týdnů недель недели тижнів hafta
    minggu tuần
    millones milhões millions milioni миллионов миллиарда миллиардов milliards miliardi mil bin ribu
    nghìn ngàn
    سال روز ساعت دقیقه ماه هفته میلیون میلیارد تومان ریال درصد هزار
    دن گھنٹے منٹ ماہ ہفتے روپے ملین ارب کروڑ لاکھ فیصد
    বছর দিন ঘণ্টা মিনিট মাস সপ্তাহ টাকা কোটি লাখ শতাংশ হাজার
    vuotta päivää tuntia euroa prosenttia miljoonaa rokov dní hodín eur percent taon araw oras piso
    ساعة ساعات يوما يوم دقيقة دقائق شهر أشهر شهرا أسبوع أسابيع سنة عام ألف آلاف جنيه ريال درهم دينار
    महीने हफ्ते हजार हज़ार फीसदी
    वर्षे वर्षांनी दिवस तास मिनिटे महिने आठवडे टक्के कोटी लाख घण्टा मिनेट महिना रुपैयाँ करोड प्रतिशत
    mln mld tys miliony miliardy miliona miliarda tysięcy tysiące tysiąc miesięcy miesiące
    млн млрд тыс миллиона миллиард тысяч тысячи месяцев месяца мільйони мільйона мільярди мільярда
    тисяч тисячі місяців місяці гривні доларів євро μήνες μήνα εκατομμύριο δισ δισεκατομμύρια ευρώ
    månader miljon miljard
    millionen milliarden mio mrd tausend bilhões bilhão milhão ملايين مليارات آلاف liralık tháng
    سالہ ساله वर्षीय বছরের yaşında yaşındaki
    minutos minuti segundos secondi ore дні dny dnů дни години napos órás perces روزہ روزه দিনের dagars dages
    dagers päivän दिवसीय günlük saatlik yıllık aylık haftalık
    centímetros centimetros centimètres centimetri zentimeter centimeter centymetrów сантиметров
    metros mètres metri meter metrów метров kilómetros kilomètres chilometri kilometer kilometrów километров
    °""".split()
)
# Round 15: German millions and thousands ("10 Millionen Euro für Schulen"), Portuguese billions,
# Arabic's plurals of million, billion, thousand ("3 مليارات دولار"), Turkish "worth N lira",
# Vietnamese's month ("5 tháng", five months; "ngày 5 tháng 3", 5 March); the "N-year-old" of
# Urdu, Persian, Hindi, Bengali and Turkish ("5 سالہ بچی", a five-year-old girl; "12 yaşındaki
# çocuk"): an age, not a count; minutes, seconds and hours where they lacked, and days in the
# forms after a count and as adjectives of length ("3 дні жалоби", "3 روزہ دورہ", a three-day
# visit; "2 दिवसीय सम्मेलन", "2 günlük ziyaret", "3 dagars landssorg") (CLDR's unit names; the
# languages' grammars for the ages and lengths); centimetres, metres, kilometres; "°", a
# degree or Italian's ordinal ("3° giorno di sciopero").
# The last lines (round 13): Polish, Russian, Ukrainian, Greek and Swedish millions,
# billions, thousands, months and currencies in the forms after a count ("3 mln zł na
# remont", "5 млн рублей на ремонт", "3 μήνες φυλάκιση"), from their declension tables.
# Marathi's and Nepali's years, days, hours, minutes, months, weeks, percent, crores, lakhs
# and rupees (the last line) from CLDR's mr and ne unit and currency names.
# Sources of the weeks, thousands and millions added for Romance, Slavic, Turkish and
# Southeast Asian languages, and of every Persian, Urdu and Bengali unit: CLDR's unit
# display names (common/main/*.xml, "duration-week", "duration-day"…) and its currency names
# (toman, rial, rupee, taka); "millones", "milhões" as CLDR's compact decimal formats spell them.
# Units of one language that are nouns a list counts in another: Arabic's "شهر" (month)
# is Persian's city ("۱۰ شهر زیبای اروپا", ten beautiful cities of Europe; Persian's month is "ماه").
_COUNTED_IN = {"fa": frozenset({"شهر"})}
# Plural nouns that do not end in "s".
_IRREGULAR_PLURALS = frozenset(
    "people children men women mice geese feet teeth ideas data media criteria phenomena".split()
)

# A word's letters and the marks written on them (auditor.text.segment.MARKS).
_LETTERS = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*"
# Words join at hyphens, apostrophes and Catalan's middle dot ("pel·lícules", films).
_TOKEN = re.compile(
    rf"[$€£¥]?\d+(?:[,.:/]\d+)*(?:st\b|nd\b|rd\b|th\b|['’]?s\b|%|\+)?|{_LETTERS}(?:[-'’·]{_LETTERS})*|\S", re.U
)


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


# No list runs past this ("1001 Books You Must Read"): "Covid-19: 10,000 new cases" counts cases.
_MOST_ITEMS = 1001
# Words that may stand capitalised right before a count inside a headline: "Meet Our 10…",
# "Ranked: All 12…", "Why You Need These 5 Apps".
_COUNT_LEADS = frozenset(
    """the these those our my your his her their all top best every only just other another first last next
    final latest here are meet see try get watch read ranked over nearly almost about""".split()
)


def _named_number(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether the number at token ``i`` is part of a name: right after a capitalised word
    inside the headline and before a word in lower case ("Maroon 5 cancels shows",
    "Apollo 13 crew honoured"), not after a word that leads a count ("Meet Our 10 favorite…")."""
    if i < 2 or i + 1 >= len(tokens):
        return False
    prev, before, nxt = tokens[i - 1][0], tokens[i - 2][0], tokens[i + 1][0]
    return (prev[:1].isupper() and prev.isalpha() and prev.lower() not in _COUNT_LEADS
            and before not in CLAUSE_MARKS and before not in COMMAS and before not in ("(", "'", '"', "‘", "“")
            and nxt[:1].islower() and nxt.isalpha())


# Verbs of the third person singular that English headlines use most: right after a count and
# its plural noun they make the two a singular name ("Six Flags Closes 3 Parks", "Five Guys
# Opens in Paris", "Twenty One Pilots Announces Tour"), never a list's title.
# Not those that are plural nouns too ("7 Warning Signs", "250 Baby Names", "10 Best Buys",
# "5 New Hires", "10 Product Launches").
_EN_SINGULAR_VERBS = frozenset(
    """says announces opens closes unveils reveals confirms denies loses warns sues sells responds
    celebrates expands""".split()
)


def _singular_name(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether the English count at ``i`` and the capitalised word after it are a name that
    a singular verb follows (:data:`_EN_SINGULAR_VERBS`)."""
    if i + 2 >= len(tokens):
        return False
    noun, verb = tokens[i + 1][0], tokens[i + 2][0]
    return noun[:1].isupper() and noun.isalpha() and verb.lower() in _EN_SINGULAR_VERBS


# A count spelled out where words are not spaced, before a counter for kinds or picks:
# Chinese and Japanese numerals ("十大旅游城市", the ten great…; "七つの都市"), Korean native
# numbers ("다섯 가지 방법", five kinds of way; "일곱 곳", seven places).
_CJK_COUNT = lazy_pattern(r"(?<![一二三四五六七八九十百])([一二三四五六七八九十]{1,3})(?=" + "|".join(LIST_COUNTERS) + ")")
_KO_NATIVE = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
_KO_COUNT = lazy_pattern(r"(?<![가-힣])(" + "|".join(_KO_NATIVE) + r")\s?(?=가지|곳)")


def _spelled_count(headline: str, lang: str) -> tuple[int | None, bool]:
    """The count a Chinese, Japanese or Korean headline spells out before a list's counter
    (see :data:`_CJK_COUNT`), None when none does; and whether it is firm (the general
    classifier 个 needs a list word after it, see :func:`promise.general_count`)."""
    if lang in ("zh", "ja"):
        m = _CJK_COUNT().search(headline)
        if m and not headline.startswith(NOT_LIST_COUNTS, m.end()):
            from auditor.structure.markers import cjk_number

            value = cjk_number(m.group(1))
            # "十大…" (the ten great…) is a top ten; "三大股指" (the three major indexes) is news.
            if headline.startswith("大", m.end()) and (value or 0) < 10:
                return None, True
            if value is None or value < 2:
                return None, True
            if headline.startswith(GENERAL_COUNTERS, m.end()):
                extra, firm = general_count(headline)
                return (None, True) if extra is None else (value, firm)
            return value, True
    if lang == "ko":
        k = _KO_COUNT().search(headline)
        if k:
            return _KO_NATIVE[k.group(1)], True
    return None, True


# "Top-10", "Topp-10", "Топ-10", "Topp 10-lista": a top list's count, hyphens or not.
# A letter of an unspaced script may stand right before it ("ランキングTOP10").
_TOP_BEFORE = re.compile(r"(?<![a-zA-Z\u00c0-\u024f\u0370-\u052f])(?:top|topp|топ)[-\s]?$", re.I)


# Bengali writes a classifier glued to the count ("৫টি উপায়", five ways; "১০টা"): the
# count stands, and the noun after it tells what is counted (Bengali grammar's
# "নির্দেশক" টি/টা; "জন" counts people, as news does: "৫ জন নিহত").
_CLASSIFIERS = ("টি", "টা", "জন")


def _glued(headline: str, start: int, end: int) -> bool:
    """Whether the digits at ``start:end`` are part of a name: glued to a word ("Covid-19",
    "3-D", "B2B") or to a spaced script's letters ("9to5Mac", "1Password"); "Top-10" and
    "Топ-10" are counts, and so are Bengali counts with their classifier ("৫টি")."""
    if headline.startswith(_CLASSIFIERS, end) and not headline[start - 1 : start].isalpha():
        return False
    top_glued = bool(_TOP_BEFORE.search(headline[:start]))
    glued_before = start > 0 and headline[start - 1] in "-/#" and not top_glued
    glued_after = headline[end : end + 1] in ("-", "/") and headline[end + 1 : end + 2].strip() != "" and not top_glued
    glued_letter = any(
        c.isalpha() and ord(c) < 0x2E80 for c in (headline[start - 1 : start], headline[end : end + 1]) if c
    ) and not (top_glued and not headline[end : end + 1].isalpha())  # "TOP10", not "Top10x"
    return glued_letter or glued_before or glued_after


def _next_words(tokens: Sequence[tuple[str, int, int]], i: int, lang: str) -> list[str]:
    """The few tokens after the number at ``i``, "+" aside; Romanian counts from 20 take
    "de" before the noun ("20 de grade", "30 de ani"), which is skipped."""
    nxt = [t[0] for t in tokens[i + 1 : i + 5] if t[0] not in ("+",)]
    return nxt[1:] if lang == "ro" and nxt[:1] == ["de"] else nxt


def _proportion(nxt: Sequence[str], value: int) -> bool:
    """Whether the words after a number make it a share ("7 in 10", "3 out of 4") or part
    of a decimal or a time the tokens split ("3.5", "10:30")."""
    if nxt and nxt[0] in (".", ":") and len(nxt) > 1 and nxt[1][:1].isdigit():
        return True
    low = [t.lower() for t in nxt[:3]]
    if len(low) > 1 and low[0] in _SCORE_WORDS and low[1].isdecimal() and int(low[1]) <= value:
        return True  # a score: "3 a 1", "2 x 1", "3 à 0", "3 zu 1"
    rest = low[1:] if low[:1] and low[0] in _SHARE_ONE else low[2:] if tuple(low[:2]) in _SHARE_TWO else []
    return bool(rest) and rest[0].isdecimal() and int(rest[0]) > value


def _thousands_group(headline: str, tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether the number at ``i`` is the first group of one written with a space between its
    thousands, as French, the Nordic and the Slavic languages write it ("3 000 manifestants",
    "10 000 человек"; CLDR's grouping separator, a space or a no-break space)."""
    if i + 1 >= len(tokens) or not tokens[i][0].isdigit() or len(tokens[i][0]) > 3:
        return False
    nxt, gap = tokens[i + 1], headline[tokens[i][2]:tokens[i + 1][1]]
    return len(nxt[0]) == 3 and nxt[0].isdigit() and gap in (" ", "\u00a0", "\u202f")


def _share_base(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether the number at ``i`` is the whole of a share whose part came first ("3 em cada
    10 brasileiros", "1 Français sur 3", "7 out of 10"): read neither number as a count."""
    prev = [t[0].lower() for t in tokens[max(0, i - 4):i]]
    if not prev or not (prev[-1] in _SHARE_ONE or tuple(prev[-2:]) in _SHARE_TWO):
        return False
    part = prev[:-1] if prev[-1] in _SHARE_ONE else prev[:-2]
    return any(w[:1].isdigit() for w in part[-2:])


# Words between a match's two scores ("3 a 1", Brazil's "2 x 1", "3 à 0", "3 zu 1").
_SCORE_WORDS = frozenset("a x à zu".split())


# "7 in 10", "7 de cada 10", "4 em cada 10", "4 sur 10", "4 su 10", "7 von 10", "7 из 10",
# "7 na 10", "7 op de 10", "7 av 10": a share of people, in the languages we read.
_SHARE_ONE = frozenset("in sur su von из na av".split())
_SHARE_TWO = frozenset({("out", "of"), ("de", "cada"), ("em", "cada"), ("op", "de"), ("su", "ogni"), ("von", "je")})


def headline_number(headline: str, lang: str = "en") -> tuple[int | None, bool]:
    """The count ``headline`` promises and whether it means "at least" (``90+``).

    ``("The 10 Best Ways…")`` → ``(10, False)``; ``("90+ Costumes…")`` → ``(90, True)``;
    ``("How to retire early at 40")`` → ``(None, False)``.
    """
    number, at_least, _firm = headline_promise(headline, lang)
    return number, at_least


_EN_UNITS = {w: n for w, n in _WORDS["en"].items() if 1 <= n <= 9}
_EN_TENS = {w: n for w, n in _WORDS["en"].items() if n in (20, 30, 40, 50, 60, 70, 80, 90)}
_EN_DOZENS = {**_EN_UNITS, **{str(n): n for n in range(2, 10)}}
# Counts written in more than one word, as digits: "Twenty-Five" → 25, "a dozen" → 12,
# "two dozen" → 24, "half a dozen" → 6, "a baker's dozen" → 13, "50-Plus" → "50+".
# Built on first use: most headlines hold no hint of one (_COMPOUND_HINT).
@cache
def _en_compounds() -> tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]:
    return (
        (re.compile(r"\b(?:a|one)\s+baker['’]?s\s+dozen\b", re.I), "13"),
        (re.compile(r"\bhalf\s+a\s+dozen\b", re.I), "6"),
        (re.compile(r"\b(" + "|".join(_EN_DOZENS) + r")\s+dozen\b", re.I),
         lambda m: str(12 * _EN_DOZENS[m.group(1).lower()])),
        (re.compile(r"\ba\s+dozen\b", re.I), "12"),
        (re.compile(r"\b(" + "|".join(_EN_TENS) + r")[-\s](" + "|".join(_EN_UNITS) + r")\b", re.I),
         lambda m: str(_EN_TENS[m.group(1).lower()] + _EN_UNITS[m.group(2).lower()])),
        (re.compile(r"\b(\d{1,4})[-\s]plus\b", re.I), r"\1+"),
    )


# "A dozen" in the languages we read ("una docena de ciudades" → "12 ciudades").
_DOZENS = lazy_pattern(r"\b(?:una docena de|une douzaine de|ein dutzend|una dozzina di|uma dúzia de|een dozijn)\b", re.I)
# Only a headline with one of these may hold such a compound (most hold none).
_COMPOUND_HINT = re.compile(r"dozen|plus|ty[-\s]", re.I)
# A range of counts ("7-10 Cities", "5 to 7 Ways", "5 or 6 Things"): at least the lower.
_RANGE = re.compile(r"\b(\d{1,3})\s*(?:[-–—]|\s(?:to|or)\s)\s*(\d{1,3})\b(?![-/:.,]\d)")
# The same in words of the other languages we read ("5 a 7 ideas", "5 à 7 idées", "5 bis 7
# Übungen", "5 tot 7 ideeën", "od 5 do 7", "5 ila 7"), a "from" before it kept out ("Da 5 a
# 7 idee", "van 5 tot 7"): as their grammars join two counts, "to" and "or". Only before a
# word: "3 a 1" and "2 à 0" are scores, which end there or go on with a team's name, and
# the lower count is the higher's half or more (low_end), which scores' rarely are.
_RANGE_WORDS = """a à o ou bis oder tot of do lub albo до или ila veya hingga sampai atau đến tới hoặc""".split()
_RANGE_FROM = """de da von van od от dari từ""".split()
_WORD_RANGE = re.compile(
    rf"(?:\b(?:{'|'.join(_RANGE_FROM)})\s+)?(?<![\w.,:/-])(\d{{1,3}})\s+(?:{'|'.join(_RANGE_WORDS)})\s+(\d{{1,3}})"
    r"(?=\s+[^\W\d_])", re.I)


def in_digits(headline: str, lang: str) -> str:
    """``headline`` with counts written in several words, or as a range, put in digits
    (English word forms, dozens, and the two-word counts of :func:`_joined_numerals`): "A
    Dozen Cities" → "12 Cities", "7-10 Cities" → "7+ Cities", "On iki öneri" → "12 öneri"."""
    if (lang or "en").split("-")[0].lower() == "en" and _COMPOUND_HINT.search(headline):
        for pattern, repl in _en_compounds():
            headline = pattern.sub(repl, headline)

    low = headline.lower()
    if any(word in low for word in ("docena", "douzaine", "dutzend", "dozzina", "dúzia", "dozijn")):
        headline = _DOZENS().sub("12", headline)

    def low_end(m: re.Match[str]) -> str:
        lo, hi = int(m.group(1)), int(m.group(2))
        return f"{lo}+" if 3 <= lo < hi <= 2 * lo else m.group(0)

    headline = _RANGE.sub(low_end, headline)
    if (lang or "en").split("-")[0].lower() != "en":
        headline = _WORD_RANGE.sub(low_end, headline)
    return _joined_numerals(headline, (lang or "en").split("-")[0].lower())


# Counts above ten that Turkish, Indonesian and Malay, and Vietnamese write in two words, a
# ten and a unit ("on iki", twelve; "dua belas", twelve; "dua puluh lima", twenty-five;
# "mười hai", twelve; "hai mươi", twenty), as their grammars build them: put in digits, so the
# second word is not read as the counted noun nor the first alone as the count.
_TR_UNITS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9}
_TR_TENS = {"on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50}
_ID_UNITS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "lapan": 8,
             "sembilan": 9}
_VI_UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7,
             "tám": 8, "chín": 9}
_TR_JOINED = lazy_pattern(rf"(?<!\w)({'|'.join(_TR_TENS)})\s+({'|'.join(_TR_UNITS)})(?!\w)", re.I)
_ID_JOINED = lazy_pattern(rf"(?<!\w)({'|'.join(_ID_UNITS)})\s+(belas|puluh)(?:\s+({'|'.join(_ID_UNITS)}))?(?!\w)", re.I)
_VI_JOINED = lazy_pattern(rf"(?<!\w)(?:(mười)|({'|'.join(_VI_UNITS)})\s+mươi)(?:\s+({'|'.join(_VI_UNITS)}))?(?!\w)",
                          re.I)


def _joined_numerals(headline: str, lang: str) -> str:
    """``headline`` with a Turkish, Indonesian, Malay or Vietnamese count of two words in digits."""
    def unit(word: str | None, units: dict[str, int]) -> int:
        return units.get(word.lower().replace("i\u0307", "i"), 0) if word else 0

    if lang == "tr":
        return _TR_JOINED().sub(lambda m: str(_TR_TENS[m.group(1).lower()] + unit(m.group(2), _TR_UNITS)), headline)
    if lang in ("id", "ms"):
        return _ID_JOINED().sub(lambda m: str(unit(m.group(1), _ID_UNITS) * (10 if m.group(2).lower() == "puluh" else 1)
                                              + (10 if m.group(2).lower() == "belas" else unit(m.group(3), _ID_UNITS))),
                                headline)
    if lang == "vi":
        def vi(m: re.Match[str]) -> str:
            if m.group(1) and not m.group(3):
                return m.group(0)  # "mười" alone: ten, read as a guarded word
            tens = 10 if m.group(1) else 10 * unit(m.group(2), _VI_UNITS)
            return str(tens + unit(m.group(3), _VI_UNITS))
        return _VI_JOINED().sub(vi, headline)
    return headline


# Letters of the scripts one language (or one above all) writes, to read a headline in its
# own language when the page says none or a wrong one (Unicode's script blocks).
_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "el"), (0x0400, 0x04FF, "ru"), (0x0590, 0x05FF, "he"), (0x0600, 0x06FF, "ar"),
    (0x0900, 0x097F, "hi"), (0x0980, 0x09FF, "bn"), (0x0E00, 0x0E7F, "th"), (0x3040, 0x30FF, "ja"),
    (0x4E00, 0x9FFF, "zh"), (0xAC00, 0xD7AF, "ko"),
)
# Languages sharing those scripts, kept when the page declares them.
_SAME_SCRIPT = {"ru": {"ru", "uk", "bg", "sr", "mk", "be", "kk"}, "ar": {"ar", "fa", "ur", "ps", "ku"},
                "hi": {"hi", "mr", "ne"}, "zh": {"zh", "ja"}, "bn": {"bn", "as"}}
# Letters Persian and Urdu write that Arabic does not: Urdu's retroflexes and final yeh
# (ٹ ڈ ڑ ں ے ھ), then Persian's (پ چ ژ گ and its own kaf and yeh).
_URDU_LETTERS = frozenset("ٹڈڑںےھ")
_PERSIAN_LETTERS = frozenset("پچژگکی")


def _script_language(headline: str, lang: str) -> str:
    """``lang``, or the language of the non-Latin script most of ``headline``'s letters are
    written in when that is not ``lang``'s script ("۱۰ نکته…" on a page declared English)."""
    if headline.isascii():
        return lang
    counts: dict[str, int] = {}
    for ch in headline:
        if ch.isalpha():
            code = ord(ch)
            name = next((n for lo, hi, n in _SCRIPTS if lo <= code <= hi), "latin")
            counts[name] = counts.get(name, 0) + 1
    script = max(counts, key=counts.__getitem__, default="latin")
    if script == "zh" and "ja" in counts:
        script = "ja"  # kanji with kana
    if script == "latin" or lang in _SAME_SCRIPT.get(script, {script}):
        return lang
    if script == "ar":
        letters = set(headline)
        return "ur" if letters & _URDU_LETTERS else "fa" if letters & _PERSIAN_LETTERS else "ar"
    return script


def _normal(headline: str, lang: str) -> str:
    """``headline`` in NFC (a nukta or a Bengali "য়" typed either way reads the same),
    with Persian and Urdu written in their own kaf and yeh where a keyboard gave Arabic's."""
    if headline.isascii():
        return headline
    headline = unicodedata.normalize("NFC", headline)
    if lang in ("bg", "mk") and "-т" in headline:
        headline = _DEFINITE_NUMERAL().sub(r"\1", headline)
    return headline.translate(_FA_LETTERS) if lang in ("fa", "ur") else headline


_FA_LETTERS = str.maketrans({"ي": "ی", "ك": "ک"})
# Bulgarian and Macedonian join the definite article to a numeral written in digits ("5-те
# най-красиви плажа", the five most beautiful beaches; "10-те", "3-та"), as their grammars
# write it: the count itself, not a name glued to a word.
_DEFINITE_NUMERAL = lazy_pattern(r"(?<![\w-])(\d{1,3})-(?:те|та|то)(?!\w)")


def _guarded(tokens: Sequence[tuple[str, int, int]], i: int, lang: str) -> int | None:
    """A number word that is also a common word ("năm" five and year, "hét" seven and
    week, "نه" nine and no), read as a count only right before a list noun: a superlative
    is not enough ("A hét legjobb filmje", the week's best films)."""
    value = GUARDED_WORDS.get(lang, {}).get(tokens[i][0].lower())
    nxt = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
    if lang == "vi" and value is not None:  # "Bảy cuốn sách…" (seven books): a noun of two syllables
        return value if vietnamese_list([t[0].lower() for t in tokens[i + 1:i + 4]], nouns_only=True) else None
    return value if value is not None and nxt in LIST_NOUNS else None


def _word_value(tokens: Sequence[tuple[str, int, int]], i: int, lang: str, words: dict[str, int]) -> int | None:
    """The count the word at ``i`` spells, 0 for a number word that counts nothing here
    ("dozen" alone, a guarded word before no list noun); None for no number word."""
    low = tokens[i][0].lower()
    if lang == "bn" and low.endswith(_CLASSIFIERS[:2]) and low[:-2] in words:
        return words[low[:-2]]  # "পাঁচটি উপায়" (five ways)
    if low in GUARDED_WORDS.get(lang, ()):
        return _guarded(tokens, i, lang) or 0
    if low not in words:
        return None
    if low in ("dozen", "dutzend", "docena", "douzaine", "dozzina", "dozijn", "dúzia"):
        prev = tokens[i - 1][0].lower() if i else ""
        if prev == "half":
            return 6
        if prev and prev not in ("a", "ein", "una", "une", "un", "een", "uma"):
            return 0
    return words[low]


# Dutch heads a list with "5x" (five times): "5x de mooiste stranden", "10x lekker eten in
# Utrecht", "3x waarom…": at the head of the headline or of a clause, a list of that many.
# Not before a comparison, a rate or a run ("2x zoveel", "3x per week", "4x op rij", "2x
# sneller"): Dutch grammars' "keer"/"maal" with comparatives and "per".
_NL_TIMES = re.compile(r"(?:^|(?<=[:|–—]\s))(\d{1,3})[x×]\s+([^\W\d_]+)", re.I)
_NL_NOT_AFTER_TIMES = frozenset(
    """zoveel zo meer minder per op in achter raak sneller groter hoger duurder goedkoper beter
    vaker langer kleiner lager trager slechter zwaarder daags keer""".split()
)


def _dutch_times(headline: str) -> int | None:
    """The count of a Dutch list headed "5x …" (see :data:`_NL_TIMES`), None when none is."""
    m = _NL_TIMES.search(headline)
    if m is None or m.group(2).lower() in _NL_NOT_AFTER_TIMES:
        return None
    value = int(m.group(1))
    return value if 2 <= value <= _MOST_ITEMS else None


def headline_promise(headline: str, lang: str = "en") -> tuple[int | None, bool, bool]:
    """:func:`headline_number` and whether its words alone make it a list's count
    (:func:`promise.firm_promise`); a count that is not firm holds only when the body
    lists about that many."""
    if not headline:
        return None, False, True
    lang = _script_language(headline, (lang or "en").split("-")[0].lower())
    headline = in_digits(_normal(headline, lang), lang)
    if "+" in headline or "plus" in headline.lower():
        # "10 (+1) Places…", "Top 10 Films (+1 Bonus)": the count and a bonus, at least the count.
        headline = _BONUS().sub(r"\1+", headline)
    if lang == "nl" and (times := _dutch_times(headline)) is not None:
        return times, False, True
    spelled, firm = _spelled_count(headline, lang)
    if spelled is not None:
        return spelled, False, firm
    words = _WORDS.get(lang, _WORDS["en"])
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(headline)]
    for i, (tok, start, end) in enumerate(tokens):
        low = tok.lower()
        if tok[0].isdigit() or tok[0] in "$€£¥":
            value, plus = _digit_value(tok)
            if value is not None and (_glued(headline, start, end) or value > _MOST_ITEMS or _named_number(tokens, i)
                                      or (lang == "en" and _singular_name(tokens, i))):
                value = None
        elif (value := _word_value(tokens, i, lang, words)) is not None:
            plus = False
            if lang == "en" and _singular_name(tokens, i):
                continue  # "Six Flags Closes 3 Parks": read on
        else:
            continue
        if value is None or value < 2:
            continue
        prev = tokens[i - 1][0].lower() if i else ""
        nxt = _next_words(tokens, i, lang)
        if prev in _NOT_COUNT_BEFORE or (i and _month(prev, lang)):
            continue
        if nxt and ((nxt[0].lower() in _NOT_COUNT_AFTER and nxt[0].lower() not in _COUNTED_IN.get(lang, ()))
                    or _dated(nxt, lang)):
            continue
        if _proportion(nxt, value) or _share_base(tokens, i) or _thousands_group(headline, tokens, i):
            continue  # "3.5", "10:30" split oddly; "7 in 10 Americans support…": a share, not a count
        at_least = plus or bool(_AT_LEAST_BEFORE.search(headline[:start])) or bool(
            _AT_LEAST_AFTER.match(headline[end:])
        )
        extra = reads_as_list(tokens, i, lang, _is_plural, headline)
        if extra is not None:
            return value + extra, at_least, firm_promise(tokens, i, lang, _is_plural)
    return None, False, True


# Words a Chinese, Japanese or Korean headline names a list by, where English says "best" or
# "where to": recommended (おすすめ, 推荐), a ranking (ランキング, 排行榜), a roundup (まとめ as a
# noun, not the verb まとめる; 盘点, 合集, 大全, 모음, 총정리), hand-picked (厳選), must-go/-eat/-see
# (必去, 必吃, 必看), worth going to (가볼만한). Written unspaced, they are found inside the
# headline's runs. Not Korean 추천 alone: news nominates (후보 추천) with it.
_CJK_LIST_WORDS = {
    "ja": lazy_pattern(r"おすすめ|オススメ|ランキング|まとめ(?![らりるれろたてっよま])|厳選"),
    "zh": lazy_pattern(r"推荐|推薦|盘点|盤點|排行榜|合集|大全|必去|必吃|必看|必买"),
    "ko": lazy_pattern(r"모음|총정리|가볼\s?만한|베스트"),
}


def names_list(headline: str, lang: str = "en") -> bool:
    """Whether ``headline`` names a list without counting it ("These Halloween Workouts",
    "Estas son las marcas…", "Best books for young readers", "おすすめの京都の寺"): see
    :func:`promise.names_a_list`."""
    if not headline:
        return False
    lang = _script_language(headline, (lang or "en").split("-")[0].lower())
    if lang in _CJK_LIST_WORDS and _CJK_LIST_WORDS[lang]().search(headline):
        return True
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(_normal(headline, lang))]
    return names_a_list(tokens, lang, _is_plural)
