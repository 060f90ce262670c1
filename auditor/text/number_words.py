"""Number words per language ("seven" → 7), shared by the headline reader and the
rules that read counts in running text ("these five tips")."""

from __future__ import annotations

# Number words 1–20, tens and a few extras per language. Ambiguous words are left
# out on purpose: "one"/"un"/"ein" (articles), Dutch "een", Italian "tre" is fine.
NUMBER_WORDS: dict[str, dict[str, int]] = {
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
    "ru": {
        "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
        "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15,
        "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "сто": 100,
        "тринадцать": 13, "четырнадцать": 14, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    },
    "pl": {
        "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8,
        "dziewięć": 9, "dziesięć": 10, "jedenaście": 11, "dwanaście": 12, "piętnaście": 15,
        "dwadzieścia": 20, "trzydzieści": 30, "sto": 100,
        "trzynaście": 13, "czternaście": 14, "szesnaście": 16, "siedemnaście": 17, "osiemnaście": 18,
        "czterdzieści": 40, "pięćdziesiąt": 50,
    },
    "cs": {
        "dva": 2, "dvě": 2, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6, "sedm": 7, "osm": 8,
        "devět": 9, "deset": 10, "jedenáct": 11, "dvanáct": 12, "patnáct": 15, "dvacet": 20, "sto": 100,
        "třináct": 13, "čtrnáct": 14, "šestnáct": 16, "sedmnáct": 17, "osmnáct": 18, "třicet": 30, "padesát": 50,
    },
    "id": {
        "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
        "sembilan": 9, "sepuluh": 10, "seratus": 100, "sebelas": 11,
    },
    # Left out as ambiguous: Hungarian "hét" (also "week"), Romanian "nouă" (also "new"),
    # Hebrew "שני" (also "second"), Arabic "ست" (also "lady"), Hindi "दो" (also "give");
    # Vietnamese entirely ("năm" is five and year, "ba" three and father).
    "ms": {
        "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "lapan": 8,
        "sembilan": 9, "sepuluh": 10, "seratus": 100,
    },
    "sv": {
        "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
        "elva": 11, "tolv": 12, "femton": 15, "tjugo": 20, "hundra": 100,
        "tretton": 13, "fjorton": 14, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "trettio": 30,
    },
    "da": {
        "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10,
        "elleve": 11, "tolv": 12, "femten": 15, "tyve": 20, "hundrede": 100,
        "tretten": 13, "fjorten": 14, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tredive": 30,
    },
    "no": {
        "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9,
        "ti": 10, "elleve": 11, "tolv": 12, "femten": 15, "tjue": 20, "hundre": 100,
        "tretten": 13, "fjorten": 14, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tretti": 30,
    },
    "ro": {
        "doi": 2, "două": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6, "șapte": 7, "opt": 8,
        "zece": 10, "doisprezece": 12, "douăzeci": 20, "sută": 100,
        "unsprezece": 11, "douăsprezece": 12, "treisprezece": 13, "paisprezece": 14, "cincisprezece": 15,
        "șaisprezece": 16, "șaptesprezece": 17, "optsprezece": 18, "nouăsprezece": 19, "treizeci": 30,
        "patruzeci": 40, "cincizeci": 50,
        "şase": 6, "şapte": 7, "şaisprezece": 16, "şaptesprezece": 17,  # the cedilla many keyboards type
    },
    "hu": {
        "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "nyolc": 8, "kilenc": 9,
        "tíz": 10, "tizenkét": 12, "húsz": 20, "száz": 100,
        "tizenegy": 11, "tizenhárom": 13, "tizennégy": 14, "tizenöt": 15, "harminc": 30, "ötven": 50,
    },
    "el": {
        "δύο": 2, "τρία": 3, "τρεις": 3, "τέσσερα": 4, "τέσσερις": 4, "πέντε": 5, "έξι": 6,
        "επτά": 7, "εφτά": 7, "οκτώ": 8, "οχτώ": 8, "εννέα": 9, "εννιά": 9, "δέκα": 10,
        "δώδεκα": 12, "είκοσι": 20, "εκατό": 100,
    },
    "uk": {
        "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "п’ять": 5, "шість": 6, "сім": 7,
        "вісім": 8, "дев'ять": 9, "дев’ять": 9, "десять": 10, "дванадцять": 12, "двадцять": 20, "сто": 100,
        "одинадцять": 11, "тринадцять": 13, "чотирнадцять": 14, "п'ятнадцять": 15, "п’ятнадцять": 15,
        "шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18, "тридцять": 30,
    },
    # Finnish (round 15), as Wiktionary's "Finnish numerals" spell them; "kuusi" (six, and a
    # spruce) is guarded.
    "fi": {
        "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "seitsemän": 7, "kahdeksan": 8, "yhdeksän": 9,
        "kymmenen": 10, "yksitoista": 11, "kaksitoista": 12, "viisitoista": 15, "kaksikymmentä": 20, "sata": 100,
    },
    "tr": {
        "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
        "on": 10, "yirmi": 20, "yüz": 100,
    },
    "he": {
        "שניים": 2, "שתיים": 2, "שלושה": 3, "שלוש": 3, "ארבעה": 4, "ארבע": 4, "חמישה": 5, "חמש": 5,
        "שישה": 6, "שש": 6, "שבעה": 7, "שבע": 7, "שמונה": 8, "תשעה": 9, "תשע": 9, "עשרה": 10, "עשר": 10,
    },
    "ar": {
        "اثنان": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6,
        "سبعة": 7, "سبع": 7, "ثمانية": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
    },
    "hi": {
        "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10,
        "बारह": 12, "पंद्रह": 15, "बीस": 20,
    },
    # Marathi and Nepali, written in the same script: their number words as their grammars
    # and Wiktionary's "Marathi numerals" / "Nepali numerals" tables spell them; the ones
    # Hindi shares (तीन, चार, सात, आठ) stand here too. Each of the three reads all three (below).
    "mr": {
        "दोन": 2, "तीन": 3, "चार": 4, "पाच": 5, "सहा": 6, "सात": 7, "आठ": 8, "नऊ": 9, "दहा": 10,
        "अकरा": 11, "बारा": 12, "पंधरा": 15, "वीस": 20, "पन्नास": 50,
    },
    "ne": {
        "दुई": 2, "तीन": 3, "चार": 4, "पाँच": 5, "सात": 7, "आठ": 8, "नौ": 9, "दश": 10, "दस": 10,
        "एघार": 11, "बाह्र": 12, "पन्ध्र": 15, "बीस": 20, "पचास": 50,
    },
    # Round 14: Croatian (and Bosnian), Serbian in both scripts, Slovak, Bulgarian, Catalan,
    # Tagalog (with the linker "-ng" a count takes before its noun: "limang paraan", five ways)
    # and Swahili (after its noun: "njia tano"), as Wiktionary's numeral tables of those
    # languages spell them; the words that are also common words are in GUARDED_WORDS.
    "hr": {
        "dva": 2, "dvije": 2, "tri": 3, "četiri": 4, "pet": 5, "šest": 6, "sedam": 7, "osam": 8,
        "devet": 9, "deset": 10, "jedanaest": 11, "dvanaest": 12, "petnaest": 15, "dvadeset": 20,
    },
    "sr": {
        "dva": 2, "dve": 2, "tri": 3, "četiri": 4, "pet": 5, "šest": 6, "sedam": 7, "osam": 8,
        "devet": 9, "deset": 10, "dvanaest": 12, "petnaest": 15, "dvadeset": 20,
        "два": 2, "две": 2, "три": 3, "четири": 4, "пет": 5, "шест": 6, "седам": 7, "осам": 8,
        "девет": 9, "десет": 10, "дванаест": 12, "петнаест": 15, "двадесет": 20,
    },
    "sk": {
        "dva": 2, "dve": 2, "tri": 3, "štyri": 4, "päť": 5, "šesť": 6, "sedem": 7, "osem": 8,
        "deväť": 9, "desať": 10, "dvanásť": 12, "pätnásť": 15, "dvadsať": 20, "sto": 100,
    },
    "bg": {
        "два": 2, "две": 2, "три": 3, "четири": 4, "пет": 5, "шест": 6, "седем": 7, "осем": 8,
        "девет": 9, "десет": 10, "дванадесет": 12, "петнадесет": 15, "двадесет": 20, "сто": 100,
    },
    "ca": {
        "dos": 2, "dues": 2, "tres": 3, "quatre": 4, "cinc": 5, "sis": 6, "vuit": 8, "onze": 11,
        "dotze": 12, "quinze": 15, "vint": 20, "cent": 100,
    },
    "tl": {
        "dalawa": 2, "dalawang": 2, "tatlo": 3, "tatlong": 3, "apat": 4, "lima": 5, "limang": 5, "anim": 6,
        "pito": 7, "pitong": 7, "walo": 8, "walong": 8, "siyam": 9, "sampu": 10, "sampung": 10,
    },
    "sw": {  # with the class prefixes 2 to 5 and 8 agree by ("mambo matano", "vitabu vitano", "watu watano")
        "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9, "kumi": 10,
        "mawili": 2, "viwili": 2, "wawili": 2, "matatu": 3, "vitatu": 3, "watatu": 3, "manne": 4, "vinne": 4,
        "wanne": 4, "matano": 5, "vitano": 5, "watano": 5, "manane": 8, "vinane": 8, "wanane": 8,
    },
    # Persian, Urdu and Bengali as spaCy's lex_attrs (spacy/lang/{fa,ur,bn}/lex_attrs.py) and
    # Humanizer's number-to-words tests (Localisation/fa) spell them; the words that are also
    # common words are in GUARDED_WORDS.
    "fa": {
        "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "هفت": 7, "هشت": 8, "یازده": 11, "دوازده": 12,
        "سیزده": 13, "چهارده": 14, "پانزده": 15, "شانزده": 16, "هفده": 17, "هجده": 18, "نوزده": 19,
        "بیست": 20, "چهل": 40, "پنجاه": 50, "صد": 100,
    },
    "ur": {
        "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "دس": 10, "گیارہ": 11,
        "بارہ": 12, "پندرہ": 15, "بیس": 20, "پچاس": 50,
    },
    "bn": {
        "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "দশ": 10,
        "এগারো": 11, "বারো": 12, "পনেরো": 15, "বিশ": 20, "পঞ্চাশ": 50,
    },
}

# Number words that are also everyday words, read in a headline only right before a list
# noun ("hét dolog", seven things; not "egy hét", one week): Hungarian "hét"
# (week), Romanian "nouă" (new), Catalan "set" (thirst), "nou" (new), "deu" (owes), Croatian
# and Serbian "sto" (a table), Hebrew "שני" (second, Monday), Arabic "ست" (lady), Hindi
# "दो" and Urdu "دو" (give), Nepali "छ" (is), Persian "نه" (no), "ده" (village), "شش" (lung), "سی" (the letter
# C), Urdu "نو" (new), "سو" (sleep), Bengali "নয়" (is not), and every Vietnamese one ("năm"
# five and year, "ba" three and father). Vietnamese as its grammars count (một, hai, ba…).
# Italian "sei" (you are: "Sei pronto?") and Turkish "altı" (its underside, "masanın altı")
# stay in NUMBER_WORDS for counts in running text ("queste sei cose"), guarded in headlines.
GUARDED_WORDS: dict[str, dict[str, int]] = {
    "it": {"sei": 6},
    "tr": {"altı": 6},
    "hu": {"hét": 7},
    "ro": {"nouă": 9},
    "he": {"שני": 2},
    "ar": {"ست": 6},
    "hi": {"दो": 2},
    "ne": {"छ": 6},  # Nepali six is also "is" ("राम्रो छ", it is good)
    "fa": {"نه": 9, "ده": 10, "شش": 6, "سی": 30},
    "ur": {"دو": 2, "نو": 9, "سو": 100},
    "bn": {"নয়": 9},
    "ca": {"set": 7, "nou": 9, "deu": 10},  # also thirst, new, owes
    "hr": {"sto": 100},  # also a table ("sto" in Serbian and Bosnian)
    "sr": {"sto": 100},
    "fi": {"kuusi": 6},  # also a spruce
    "vi": {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10},
}

# Hindi, Marathi and Nepali share a script, and pages declare one for another (or English,
# when the headline's script names Hindi): each reads the number words of all three, which
# do not collide, and guards the ones that are also common words.
_DEVANAGARI = {**NUMBER_WORDS["ne"], **NUMBER_WORDS["mr"], **NUMBER_WORDS["hi"]}
_DEVANAGARI_GUARDED = {**GUARDED_WORDS["ne"], **GUARDED_WORDS["hi"]}
for _lang in ("hi", "mr", "ne"):
    NUMBER_WORDS[_lang], GUARDED_WORDS[_lang] = _DEVANAGARI, _DEVANAGARI_GUARDED

# Other codes pages declare for the same languages: Norwegian Bokmål and Nynorsk, and the
# old codes for Hebrew and Indonesian that some CMSs still print.
for _alias, _lang in (("nb", "no"), ("nn", "no"), ("iw", "he"), ("in", "id"), ("bs", "hr")):
    NUMBER_WORDS[_alias] = NUMBER_WORDS[_lang]


def number_words(lang: str) -> dict[str, int]:
    """The number words of ``lang`` (English when we have none for it)."""
    return NUMBER_WORDS.get((lang or "en").split("-")[0].lower(), NUMBER_WORDS["en"])


# Chinese and Japanese numerals up to ninety-nine ("七" 7, "十二" 12, "二十" 20) and Korean's
# native numbers before a counter ("다섯 가지", five kinds), for counts written without digits
# where words are not spaced.
_CJK_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
KO_NATIVE = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}


def unspaced_value(numeral: str) -> int | None:
    """The value of ``numeral``: digits, a Chinese or Japanese numeral under a hundred, or a
    Korean native number (:data:`KO_NATIVE`); None when it is none of them."""
    if numeral.isdecimal():
        return int(numeral)
    if numeral in KO_NATIVE:
        return KO_NATIVE[numeral]
    tens, ten, units = numeral.partition("十")
    if not ten:
        return _CJK_DIGITS.get(numeral) if len(numeral) == 1 else None
    high = _CJK_DIGITS.get(tens, 0) if tens else 1
    low = _CJK_DIGITS.get(units, 0) if units else 0
    if (tens and not high) or (units and not low) or len(tens) > 1 or len(units) > 1:
        return None
    return high * 10 + low


# Counters and classifiers a count takes before its noun where words are not spaced ("5つの
# 方法", "7个方法", "5種類", "10選", "十大", "7가지 방법", "10곳", "책 5권"), as the Chinese,
# Japanese and Korean grammars list them: kinds, picks, pieces, places, shops, works, dishes.
UNSPACED_COUNTERS = ("種類", "カ条", "か条", "ヶ条", "箇条", "作品", "道菜", "件事", "つ", "個", "个", "种", "種", "選",
                     "家", "部", "本", "冊", "款", "招", "条", "條", "件", "道", "首", "品", "軒", "大", "项", "項",
                     "가지", "선", "곳", "권", "편", "개")
