"""Charset names as pages write them, and the codecs that read them the way a browser does.

A page's ``<meta charset>`` label is read by the WHATWG Encoding Standard's table
(https://encoding.spec.whatwg.org/#names-and-labels), not by Python's codec names:
browsers read many labels as a superset of what they name, and pages rely on it.
"gb2312" pages hold GBK characters (朱镕基), "shift_jis" pages Windows-31J ones (①, 髙),
"euc-kr" pages UHC ones (똠), "iso-8859-9" pages Windows-1254 ones (€, “ ”); and some
labels browsers know Python does not ("windows-874", "x-sjis", "ks_c_5601-1989").
Each label maps to the codecs to try in turn, the first that reads every byte winning.
"""

from __future__ import annotations

import codecs
import re

from auditor.text.lazyre import lazy_pattern

# WHATWG encoding → the Python codecs that read it, then the labels that name it.
# ISO-8859-n pages often hold their Windows code page's extra characters (‘ ’ “ ” in
# 0x80–0x9F, which ISO-8859 reads as invisible C1 controls): the Windows code page is
# tried after the declared one (see decode_declared).
_TABLE: tuple[tuple[tuple[str, ...], str], ...] = (
    (("utf-8",), "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
    (("cp866",), "866 cp866 csibm866 ibm866"),
    (("iso8859-2", "cp1250"), "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 "
                              "iso_8859-2:1987 l2 latin2"),
    (("iso8859-3",), "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"),
    (("iso8859-4", "cp1257"), "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 "
                              "iso_8859-4:1988 l4 latin4"),
    (("iso8859-5", "cp1251"), "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 "
                              "iso_8859-5 iso_8859-5:1988"),
    (("iso8859-6", "cp1256"), "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 "
                              "iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 "
                              "iso_8859-6:1987"),
    (("iso8859-7", "cp1253"), "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 "
                              "iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek"),
    (("iso8859-8", "cp1255"), "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 "
                              "iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual csiso88598i "
                              "iso-8859-8-i logical"),
    (("iso8859-10",), "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"),
    (("iso8859-13", "cp1257"), "iso-8859-13 iso8859-13 iso885913"),
    (("iso8859-14",), "iso-8859-14 iso8859-14 iso885914"),
    (("iso8859-15", "cp1252"), "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"),
    (("iso8859-16",), "iso-8859-16"),
    (("koi8-r",), "cskoi8r koi koi8 koi8-r koi8_r"),
    (("koi8-u",), "koi8-ru koi8-u"),
    (("mac-roman",), "csmacintosh mac macintosh x-mac-roman"),
    (("cp874",), "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
    (("cp1250",), "cp1250 windows-1250 x-cp1250"),
    (("cp1251",), "cp1251 windows-1251 x-cp1251"),
    (("cp1252",), "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
                  "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"),
    (("cp1253",), "cp1253 windows-1253 x-cp1253"),
    (("cp1254",), "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 "
                  "iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"),
    (("cp1255",), "cp1255 windows-1255 x-cp1255"),
    (("cp1256",), "cp1256 windows-1256 x-cp1256"),
    (("cp1257",), "cp1257 windows-1257 x-cp1257"),
    (("cp1258",), "cp1258 windows-1258 x-cp1258"),
    (("mac-cyrillic",), "x-mac-cyrillic x-mac-ukrainian"),
    (("gb18030",), "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030"),
    (("big5hkscs", "cp950"), "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    (("euc_jp", "euc_jis_2004"), "cseucpkdfmtjapanese euc-jp x-euc-jp"),
    (("iso2022_jp",), "csiso2022jp iso-2022-jp"),
    (("cp932", "shift_jis_2004"), "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"),
    (("cp949",), "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 "
                 "ksc_5601 windows-949"),
    # A UTF-16 label in a page whose markup reads as ASCII: the bytes are not UTF-16
    # (a real UTF-16 page is recognised from its bytes first); browsers read UTF-8.
    (("utf-8",), "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff unicodefffe utf-16 utf-16be "
                 "utf-16le"),
)

_LABELS: dict[str, tuple[str, ...]] = {
    label: codecs_ for codecs_, labels in _TABLE for label in labels.split()
}


def codecs_for_label(label: str) -> tuple[str, ...] | None:
    """The codecs that read a page labelled ``label``, best first; None when no browser
    or Python codec knows the label (or it names a codec that cannot read a page)."""
    label = label.strip().lower()
    known = _LABELS.get(label)
    if known is not None:
        return known
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return ("utf-8",)
    return (name,) if name not in ("rot-13", "base64", "hex", "zlib", "bz2", "quopri", "uu") else None


# The legacy code pages pages in a language were written in before UTF-8, for pages
# that declare no charset but name their language (<html lang>): a short page gives a
# statistical detector too little to tell Polish in ISO-8859-2 from Welsh in ISO-8859-14,
# or Turkish in Windows-1254 from Icelandic in Windows-1252.
_LANGUAGE_CODECS: dict[str, tuple[str, ...]] = {}
for _codecs, _langs in (
    (("cp1251", "koi8-r"), "ru be bg mk sr"),
    (("cp1251", "koi8-u"), "uk"),
    (("cp1250", "iso8859-2"), "pl cs sk hu sl hr bs ro"),
    (("cp1254", "iso8859-9"), "tr az"),
    (("cp1253", "iso8859-7"), "el"),
    (("cp1255", "iso8859-8"), "he iw yi"),
    (("cp1256", "iso8859-6"), "ar fa ur"),
    (("cp1257", "iso8859-13"), "lt lv"),
    (("cp874",), "th"),
    (("cp1258",), "vi"),
    (("cp932", "euc_jp"), "ja"),
    (("gb18030", "big5hkscs"), "zh"),
    (("cp949",), "ko"),
):
    for _lang in _langs.split():
        _LANGUAGE_CODECS[_lang] = _codecs

# Chinese written in traditional characters: Big5 first.
_TRADITIONAL = ("tw", "hk", "mo", "hant")

_PAGE_LANG = lazy_pattern(
    rb"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})(?:[-_]([A-Za-z]+))?"""
    rb"""|<meta\b[^>]*?http-equiv\s*=\s*["']?content-language["']?[^>]*?content\s*=\s*["']?\s*"""
    rb"""([A-Za-z]{2,3})(?:[-_]([A-Za-z]+))?""",
    re.IGNORECASE,
)


def language_codecs(head: bytes) -> tuple[str, ...]:
    """The legacy codecs of the language the page names in ``head`` (its first bytes)."""
    match = _PAGE_LANG().search(head)
    if match is None:
        return ()
    lang = (match.group(1) or match.group(3)).decode("ascii").lower()
    region = (match.group(2) or match.group(4) or b"").decode("ascii").lower()
    found = _LANGUAGE_CODECS.get(lang, ())
    if lang == "zh" and region in _TRADITIONAL:
        return ("big5hkscs", "cp950", "gb18030")
    return found


# charset-normalizer's names for the languages it tells from the text, for a page that
# names none: its best reading's language picks among its plausible readings the same way.
_DETECTED: dict[str, str] = {
    "Russian": "ru", "Bulgarian": "bg", "Serbian": "sr", "Ukrainian": "uk", "Kazakh": "ru",
    "Polish": "pl", "Czech": "cs", "Slovak": "sk", "Hungarian": "hu", "Slovene": "sl", "Croatian": "hr",
    "Romanian": "ro", "Turkish": "tr", "Greek": "el", "Hebrew": "he", "Arabic": "ar", "Farsi": "fa",
    "Lithuanian": "lt", "Thai": "th", "Vietnamese": "vi", "Japanese": "ja", "Chinese": "zh", "Korean": "ko",
}


def detected_language_codecs(language: str) -> tuple[str, ...]:
    """The legacy codecs of a language as charset-normalizer names it ("Polish")."""
    code = _DETECTED.get(language)
    return _LANGUAGE_CODECS.get(code, ()) if code is not None else ()
