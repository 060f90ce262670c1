"""Every way a real saved page arrives, read as an editor reads it.

Pages come from many hands before auditor sees them: legacy charsets declared (or not,
or wrongly), byte-order marks, browsers' "Save page as" (Chrome's ``saved from url``
comment and ``<base href>``, its view-source tab), SingleFile, wget mirrors, the
Wayback Machine's replay with its toolbar, XHTML with an XML prolog, framesets, lazy
loaders' picture markup, classic Mac line endings, stray NULs, pages kept as ``.txt``.
Each test builds a small article in one shape and asserts what an editor would see:
the headline, the body's words, the pictures and their alts, the list count, and where
they are (line:column in the file).

The markup of each shape follows its producer's documented output (cited beside it);
the article text is ours, written for these tests.
"""

from __future__ import annotations

import base64
import codecs
import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.api import audit
from auditor.model import Document, FileResult

# ----------------------------------------------------------------------- the article

# One small listicle per language: headline, five item titles, a paragraph, an alt.
ARTICLES: dict[str, tuple[str, tuple[str, ...], str, str]] = {
    "en": ("5 Ways to Keep Vegetables Through the Winter",
           ("Dry the apples", "Freeze the berries", "Pickle the cucumbers", "Ferment the cabbage",
            "Store roots in the cellar"),
           "Each of these ways was tried by our grandmothers and suits a small kitchen.",
           "Apples drying on a balcony"),
    "ru": ("5 способов сохранить урожай зимой",
           ("Сушка яблок", "Заморозка ягод", "Соление огурцов", "Квашение капусты", "Хранение в погребе"),
           "Каждый из этих способов проверен бабушками и подходит для небольшой кухни.",
           "Яблоки сушатся на балконе"),
    "ja": ("冬に野菜を保存する5つの方法",
           ("干し野菜を作る", "冷凍する", "塩漬けにする", "ぬか漬けにする", "土に埋める"),
           "どの方法も小さな台所で簡単に試すことができます。家族みんなで楽しめます。",
           "ベランダで干した大根"),
    "zh": ("冬季保存蔬菜的5种方法",
           ("晒干蔬菜", "冷冻保存", "腌制咸菜", "制作泡菜", "地窖储藏"),
           "这些方法都经过长辈的检验，适合在小厨房里尝试。全家人都可以参与。",
           "阳台上晾晒的萝卜"),
    "zh-TW": ("冬季保存蔬菜的5種方法",
              ("曬乾蔬菜", "冷凍保存", "醃製鹹菜", "製作泡菜", "地窖儲藏"),
              "這些方法都經過長輩的檢驗，適合在小廚房裡嘗試。全家人都可以參與。",
              "陽台上晾曬的蘿蔔"),
    "ko": ("겨울에 채소를 보관하는 5가지 방법",
           ("채소 말리기", "냉동 보관", "소금에 절이기", "김치 담그기", "땅에 묻기"),
           "이 방법들은 모두 작은 부엌에서 쉽게 해 볼 수 있습니다. 온 가족이 함께 즐길 수 있습니다.",
           "베란다에서 말린 무"),
    "pl": ("5 sposobów na przechowywanie warzyw zimą",
           ("Suszenie jabłek", "Mrożenie jagód", "Kiszenie ogórków", "Kiszenie kapusty",
            "Przechowywanie w piwnicy"),
           "Każdy z tych sposobów sprawdziły nasze babcie; pasuje do małej kuchni. Źdźbło, żółć, gęślą.",
           "Jabłka suszone na balkonie"),
    "cs": ("5 způsobů, jak uchovat zeleninu v zimě",
           ("Sušení jablek", "Mražení bobulí", "Nakládání okurek", "Kysané zelí", "Uložení ve sklepě"),
           "Každý z těchto způsobů vyzkoušely naše babičky. Příliš žluťoučký kůň úpěl ďábelské ódy.",
           "Jablka sušená na balkóně"),
    "el": ("5 τρόποι να διατηρήσετε τα λαχανικά τον χειμώνα",
           ("Αποξήρανση μήλων", "Κατάψυξη μούρων", "Τουρσί αγγουριών", "Ξινολάχανο", "Αποθήκευση στο κελάρι"),
           "Κάθε ένας από αυτούς τους τρόπους έχει δοκιμαστεί από τις γιαγιάδες μας και ταιριάζει σε μικρή κουζίνα.",
           "Μήλα που στεγνώνουν στο μπαλκόνι"),
    "tr": ("Kışın sebzeleri saklamanın 5 yolu",
           ("Elma kurutmak", "Meyveleri dondurmak", "Salatalık turşusu", "Lahana turşusu", "Kilerde saklamak"),
           "Bu yolların her biri büyükannelerimiz tarafından denendi ve küçük bir mutfağa uygundur. Işık, şişe.",
           "Balkonda kurutulan elmalar"),
    "ar": ("5 طرق لحفظ الخضروات في الشتاء",
           ("تجفيف التفاح", "تجميد التوت", "تخليل الخيار", "تخليل الملفوف", "التخزين في القبو"),
           "جربت جداتنا كل طريقة من هذه الطرق وهي تناسب المطبخ الصغير. يمكن للعائلة كلها المشاركة.",
           "تفاح يجفف على الشرفة"),
    "th": ("5 วิธีเก็บรักษาผักในฤดูหนาว",
           ("ตากผักให้แห้ง", "แช่แข็ง", "ดองเกลือ", "ทำผักดอง", "เก็บในห้องใต้ดิน"),
           "ทุกวิธีได้รับการทดลองโดยคุณยายของเรา และเหมาะกับครัวขนาดเล็ก ทั้งครอบครัวสามารถช่วยกันได้",
           "แอปเปิ้ลตากแห้งบนระเบียง"),
}


def article(lang: str, head: str = "", *, picture: str | None = None, body_start: str = "",
            body_end: str = "", extra: str = "", doctype: str = "<!DOCTYPE html>\n",
            html_tag: str | None = None) -> str:
    """A whole page: the language's listicle inside <article>, ``head`` in <head>,
    ``extra`` appended to the first paragraph, ``picture`` in place of the <img>."""
    headline, items, para, alt = ARTICLES[lang]
    img = picture if picture is not None else f'<img src="/img/apples.jpg" alt="{alt}" width="800" height="600">'
    sections = "\n".join(f"<h2>{i}. {title}</h2>\n<p>{para}</p>" for i, title in enumerate(items, 1))
    opening = html_tag if html_tag is not None else f'<html lang="{lang}">'
    return (f"{doctype}{opening}\n<head>\n{head}\n<title>{headline}</title>\n</head>\n<body>\n{body_start}"
            f"<article>\n<h1>{headline}</h1>\n<p>{para}{extra}</p>\n"
            f"<figure>{img}<figcaption>{alt}</figcaption></figure>\n{sections}\n</article>\n{body_end}"
            "</body>\n</html>\n")


def read(data: bytes | str, path: str = "page.html") -> Document:
    result = audit(data.encode("utf-8") if isinstance(data, str) else data, path)
    assert result.error is None, result.error
    assert result.document is not None
    return result.document


def assert_reads_the_article(doc: Document, lang: str, extra: str = "") -> None:
    """What an editor sees: the headline, the body's words, the one picture and its alt,
    five items under a headline promising five."""
    headline, items, para, alt = ARTICLES[lang]
    assert doc.headline == headline
    assert doc.paragraphs[0].text == para + extra
    assert [p.text for p in doc.paragraphs[1:]] == [para] * 5
    assert [(image.src, image.alt) for image in doc.images] == [("/img/apples.jpg", alt)]
    assert doc.listicle is not None
    assert (doc.listicle.promised, doc.listicle.found) == (5, 5)
    assert [item.title for item in doc.items] == list(items)


def findings(result: FileResult, rule: str) -> list[tuple[int, int]]:
    return [(f.line, f.column) for f in result.findings if f.rule == rule]


# ------------------------------------------------------------------------ encodings
# Each language in the legacy code pages its sites used (W3Techs' character-encoding
# survey lists them all still in use), declared the three ways pages declare them.
# Pinned: these read right before this set was written.

LEGACY = [
    ("ru", "windows-1251", "cp1251"), ("ru", "koi8-r", "koi8-r"), ("ja", "shift_jis", "shift_jis"),
    ("ja", "euc-jp", "euc_jp"), ("zh", "gb2312", "gb2312"), ("zh", "gbk", "gbk"), ("zh", "gb18030", "gb18030"),
    ("zh-TW", "big5", "big5"), ("ko", "euc-kr", "euc_kr"), ("pl", "iso-8859-2", "iso8859-2"),
    ("cs", "windows-1250", "cp1250"), ("el", "iso-8859-7", "iso8859-7"), ("tr", "iso-8859-9", "iso8859-9"),
    ("ar", "windows-1256", "cp1256"), ("th", "tis-620", "tis-620"),
]


@pytest.mark.parametrize(("lang", "label", "codec"), LEGACY)
@pytest.mark.parametrize("form", ["meta", "http-equiv", "xml"])
def test_a_declared_legacy_charset_is_read(lang: str, label: str, codec: str, form: str) -> None:
    if form == "meta":
        page = article(lang, f'<meta charset="{label}">')
    elif form == "http-equiv":
        page = article(lang, f'<meta http-equiv="Content-Type" content="text/html; charset={label}">')
    else:  # XHTML 1.0 with its prolog naming the encoding (W3C XHTML 1.0 §C.1)
        page = f'<?xml version="1.0" encoding="{label}"?>\n' + article(
            lang, doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
            html_tag=f'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{lang}" lang="{lang}">')
    assert_reads_the_article(read(page.encode(codec)), lang)


# Browsers read a label as the WHATWG Encoding Standard says, often a superset of what
# it names (https://encoding.spec.whatwg.org/#names-and-labels), and pages hold the
# superset's characters: 朱镕基 (GBK) under "gb2312", ① and 髙 (Windows-31J) under
# "shift_jis", 똠 (UHC) under "euc-kr", € (CP950) under "big5", € and curly quotes
# (Windows-1254) under "iso-8859-9". Fail on main: each came out with "�".
@pytest.mark.parametrize(("lang", "label", "codec", "extra"), [
    ("zh", "gb2312", "gbk", " 朱镕基和张喆"),
    ("ja", "shift_jis", "cp932", " ①髙橋㈱"),
    ("ja", "euc-jp", "euc_jis_2004", " ①"),
    ("ko", "euc-kr", "cp949", " 똠방각하"),
    ("ko", "ks_c_5601-1987", "cp949", " 똠방각하"),
    ("zh-TW", "big5", "cp950", " €"),
    ("zh-TW", "big5", "big5hkscs", " 恒"),
    ("tr", "iso-8859-9", "cp1254", " € “tamam”"),
])
def test_a_charset_label_is_read_as_browsers_read_it(lang: str, label: str, codec: str, extra: str) -> None:
    page = article(lang, f'<meta charset="{label}">', extra=extra)
    assert_reads_the_article(read(page.encode(codec)), lang, extra)


# Labels browsers know and Python's codec registry does not. Fail on main: none was
# recognised (the detector happened to read most of these pages right; a page it
# cannot read needs its label).
@pytest.mark.parametrize(("lang", "label", "codec"), [
    ("th", "windows-874", "cp874"), ("th", "iso-8859-11", "cp874"), ("ja", "x-sjis", "cp932"),
    ("ja", "windows-31j", "cp932"), ("ko", "ks_c_5601-1989", "cp949"), ("ru", "x-cp1251", "cp1251"),
    ("ru", "koi8", "koi8-r"), ("zh", "x-gbk", "gbk"), ("zh", "csgb2312", "gbk"),
])
def test_labels_only_browsers_know(lang: str, label: str, codec: str) -> None:
    from auditor.sources.encoding import declared_charset

    page = article(lang, f'<meta http-equiv="Content-Type" content="text/html; charset={label}">')
    assert declared_charset(page.encode(codec)) is not None
    assert_reads_the_article(read(page.encode(codec)), lang)


# ISO-8859-n declared, Windows code page written: Polish and Czech editors on
# Windows-1250 saved pages their templates labelled ISO-8859-2; the bytes 0x80–0x9F
# (quotes, ś, ź, š, ž) are C1 controls in ISO-8859 and letters in Windows. Fail on main.
@pytest.mark.parametrize(("lang", "label", "codec", "extra"), [
    ("pl", "iso-8859-2", "cp1250", " „Świetnie”"),
    ("cs", "iso-8859-2", "cp1250", " “Šťastný”"),
    ("el", "iso-8859-7", "cp1253", " “εντάξει”"),
])
def test_an_iso_8859_label_over_windows_bytes(lang: str, label: str, codec: str, extra: str) -> None:
    page = article(lang, f'<meta charset="{label}">', extra=extra)
    assert_reads_the_article(read(page.encode(codec)), lang, extra)


def test_the_declaration_after_the_first_kilobytes_of_head() -> None:
    # A theme's inline critical CSS before the <meta> (WordPress themes print wp_head
    # styles early): the declaration sits 8 KB in. Fails on main: the label was not
    # looked for past 4 KB, and the detector, finding ISO-8859-7 itself, dropped the quotes.
    style = "<style>" + "".join(f".c{i}{{margin:{i}px}}\n" for i in range(400)) + "</style>"
    page = article("el", style + '\n<meta charset="iso-8859-7">', extra=" “εντάξει”")
    data = page.encode("cp1253")
    assert data.index(b"charset=") > 4096
    assert_reads_the_article(read(data), "el", " “εντάξει”")


def test_a_commented_out_declaration_is_not_the_page_s() -> None:
    # A hand-kept template: the old <meta> commented out above the one in force. Browsers'
    # prescan skips comments (WHATWG "prescan a byte stream to determine its encoding").
    # Fails on main: the commented-out label was read, and the quotes lost.
    page = article("el", '<!-- <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"> -->\n'
                   '<!--[if lt IE 9]><meta charset="iso-8859-15"><![endif]-->\n<meta charset="windows-1253">',
                   extra=" “εντάξει”")
    assert_reads_the_article(read(page.encode("cp1253")), "el", " “εντάξει”")


def test_a_charset_named_only_in_the_body_is_not_the_page_s() -> None:
    # A tutorial quoting <meta charset="koi8-r"> in its text: the page itself is UTF-8.
    page = article("ru", extra=' Пример: &lt;meta charset="koi8-r"&gt; <code><meta charset="koi8-r"></code>')
    doc = read(page.encode("utf-8"))
    assert doc.headline == ARTICLES["ru"][0]


# No declaration at all, in a legacy code page: the detector reads most; a short
# Polish, Czech or Turkish page gave it too little (Polish came out as Welsh ISO-8859-14,
# Turkish as Windows-1252: "Kýþýn"). The page's <html lang> names the language (else
# the detector's own reading of the text does), whose code pages win among the readings
# the detector finds plausible. Fail on main: pl, cs and tr, with or without lang.
@pytest.mark.parametrize(("lang", "codec"), [
    ("pl", "iso8859-2"), ("cs", "iso8859-2"), ("tr", "iso8859-9"), ("pl", "cp1250"), ("cs", "cp1250"),
    ("ru", "cp1251"), ("ru", "koi8-r"), ("ja", "shift_jis"), ("ja", "euc_jp"), ("zh", "gbk"),
    ("zh-TW", "big5"), ("ko", "euc_kr"), ("el", "iso8859-7"), ("ar", "cp1256"), ("th", "tis-620"),
])
@pytest.mark.parametrize("named", [True, False])
def test_no_declaration_in_a_legacy_charset(lang: str, codec: str, named: bool) -> None:
    page = article(lang, html_tag=None if named else "<html>")
    assert_reads_the_article(read(page.encode(codec)), lang)


@pytest.mark.parametrize(("text", "codec"), [
    ("Grüße aus Köln: schöne Straße, Äpfel und Öl für alle. Übermorgen früh.", "cp1252"),
    ("Ça coûte très cher, mais l’été à Noël reste féerique; où êtes-vous?", "cp1252"),
    ("¿Dónde está el niño? Mañana comeremos piñas y jamón en Logroño.", "cp1252"),
])
def test_western_pages_without_a_declaration_stay_western(text: str, codec: str) -> None:
    # Guard: the detector's language steers only among the code pages of languages
    # that had their own; German, French and Spanish read as before.
    page = f"<!DOCTYPE html><html><head><title>5 Notes</title></head><body><article><h1>5 Notes</h1><p>{text}</p></article></body></html>"
    assert read(page.encode(codec)).paragraphs[0].text == text


@pytest.mark.parametrize(("lang", "codec"), [
    ("ru", "cp1251"), ("pl", "iso8859-2"), ("cs", "cp1250"), ("tr", "cp1254"), ("el", "cp1253"),
    ("ja", "shift_jis"), ("zh", "gbk"), ("ko", "cp949"), ("th", "cp874"), ("ar", "cp1256"),
])
def test_a_utf8_label_on_legacy_bytes(lang: str, codec: str) -> None:
    # A template that prints <meta charset="utf-8"> over a database still in its old
    # code page: hardly a sequence is valid UTF-8, so the bytes are read for what they
    # are. Fail on main for pl and tr (the detector's Welsh and Icelandic readings);
    # the others pinned.
    assert_reads_the_article(read(article(lang, '<meta charset="utf-8">').encode(codec)), lang)


@pytest.mark.parametrize("lang_attr", ["pl", "en", "tr"])
def test_a_template_s_language_does_not_override_a_plain_reading(lang_attr: str) -> None:
    # Guard: a Russian page in Windows-1251 whose template says lang="pl" (or "en", the
    # usual default): Polish code pages read it as nonsense the detector rejects, so it
    # stays Russian.
    page = article("ru", html_tag=f'<html lang="{lang_attr}">')
    assert_reads_the_article(read(page.encode("cp1251")), "ru")


# Byte-order marks win over everything (WHATWG "decode": BOM sniffing comes first).
@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be-bom", "utf-32"])
def test_a_byte_order_mark_wins(codec: str) -> None:
    page = article("ru", '<meta charset="windows-1251">')  # a stale label beside the BOM
    data = (codecs.BOM_UTF16_BE + page.encode("utf-16-be")) if codec == "utf-16-be-bom" else page.encode(codec)
    assert_reads_the_article(read(data), "ru")


@pytest.mark.parametrize("lang", ["pl", "ru", "zh"])
def test_a_page_re_encoded_to_utf8_keeping_its_old_label(lang: str) -> None:
    # Fixture sets store pages as UTF-8 and keep the live page's
    # <meta http-equiv ... charset=iso-8859-1>: valid UTF-8 wins.
    page = article(lang, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    assert_reads_the_article(read(page.encode("utf-8")), lang)


def test_a_utf8_page_with_a_few_broken_bytes_stays_utf8() -> None:
    # A CMS cut a string inside a character (the first byte of "б" and its tail lost), and
    # a Windows-1252 quote was pasted in. Fails on main: the page was refused ("no text
    # encoding fits").
    page = article("ru", '<meta charset="utf-8">', extra=" Конец.")
    data = page.encode("utf-8").replace(" Конец.".encode(), b" \xd0\x9a\xd0\xbe\xd0 \x93\xd0\xb5\xd1\x86.", 1)
    doc = read(data)
    headline, _, para, _ = ARTICLES["ru"]
    assert doc.headline == headline
    assert doc.paragraphs[0].text.startswith(para + " Ко")
    assert "\ufffd" in doc.paragraphs[0].text
    assert [p.text for p in doc.paragraphs[1:]] == [para] * 5


def test_stray_nul_bytes_do_not_refuse_a_page() -> None:
    # A scraper's leftover NULs inside a page (browsers read each as U+FFFD). Fails on
    # main: "binary file, not text (NUL bytes)".
    page = article("en", '<meta charset="utf-8">', extra=" The end.")
    data = page.encode("utf-8").replace(b" The end.", b" The\x00end.").replace(b"</html>", b"</html>\x00\x00")
    doc = read(data)
    assert doc.headline == ARTICLES["en"][0]
    assert doc.paragraphs[0].text == ARTICLES["en"][2] + " The end."
    assert doc.listicle is not None and doc.listicle.found == 5


@pytest.mark.parametrize(("name", "fmt"), [("draft.md", "markdown"), ("draft.txt", "text")])
def test_a_stray_nul_in_a_draft_reads_as_a_replacement_character(name: str, fmt: str) -> None:
    # Fails on main: both refused as binary. CommonMark reads NUL as U+FFFD.
    draft = "Three Ways to Rest\n\nSleep well\x00 tonight, and walk in the morning.\n"
    doc = read(draft, name)
    assert doc.format == fmt
    assert doc.paragraphs[-1].text == "Sleep well\ufffd tonight, and walk in the morning."


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40,
    b"%PDF-1.4\n" + bytes(2000) + b"stream",
    b"PK\x03\x04" + bytes(range(256)) * 20,
])
def test_binary_files_are_still_refused_in_one_line(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(data)
    run = subprocess.run([sys.executable, "-m", "auditor.cli", "check", "--no-config", "--no-cache", str(path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    errors = [line for line in run.stderr.splitlines() if "binary file" in line]
    assert len(errors) == 1 and "photo.html" in errors[0]


# ------------------------------------------------------------------- line endings

def _source_position(page: str, needle: str) -> tuple[int, int]:
    """Line and column (1-based) of ``needle`` as an editor counts them (CR, LF, CRLF)."""
    at = page.index(needle)
    lines = re.split(r"\r\n|\r|\n", page[:at])
    return len(lines), len(lines[-1]) + 1


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_and_column_follow_the_file_s_line_endings(newline: str) -> None:
    # Classic Mac OS line endings (CR alone) still come out of old CMS exports and
    # FTP transfers; CRLF out of every Windows editor. Fails on main for CR: the whole
    # page was line 1.
    page = article("en", '<meta charset="utf-8">', picture='<img src="/img/apples.jpg">').replace("\n", newline)
    result = audit(page.encode("utf-8"), "page.html")
    doc = result.document
    assert doc is not None and doc.headline == ARTICLES["en"][0]
    assert (doc.headline_line, doc.headline_column) == _source_position(page, "<h1>")
    assert (doc.images[0].line, doc.images[0].column) == _source_position(page, "<img")
    assert [(h.line, h.column) for h in doc.headings[1:]] == [
        _source_position(page, f"<h2>{i}.") for i in range(1, 6)]
    assert findings(result, "IM001") == [_source_position(page, "<img")]


def test_cr_line_endings_past_libxml2_s_line_counter() -> None:
    # libxml2 stops counting lines at 65,535: a page with a long inline script before
    # the article, saved with CR endings, still points at the right lines. Pinned for
    # LF by earlier work; fails on main with CR.
    script = "<script>\n" + "var a = 1;\n" * 70000 + "</script>"
    page = article("en", '<meta charset="utf-8">\n' + script, picture='<img src="/img/apples.jpg">').replace("\n", "\r")
    result = audit(page.encode("utf-8"), "page.html")
    doc = result.document
    assert doc is not None
    assert (doc.headline_line, doc.headline_column) == _source_position(page, "<h1>")
    assert findings(result, "IM001") == [_source_position(page, "<img")]


def test_a_very_long_single_line_page_keeps_its_columns() -> None:
    # Minified output (WP Rocket, Cloudflare's "Auto Minify"): one line, 300 KB.
    filler = "".join(f'<div class="promo-{i}" data-x="{i}"></div>' for i in range(6000))
    page = article("en", '<meta charset="utf-8">' + "<style>" + "a{b:c}" * 2000 + "</style>",
                   body_start=f"<div hidden>{filler}</div>",
                   picture='<img src="/img/apples.jpg">').replace("\n", "")
    result = audit(page.encode("utf-8"), "page.html")
    doc = result.document
    assert doc is not None and doc.headline == ARTICLES["en"][0]
    assert (doc.headline_line, doc.headline_column) == (1, page.index("<h1>") + 1)
    assert findings(result, "IM001") == [(1, page.index("<img") + 1)]
    assert doc.listicle is not None and doc.listicle.found == 5


# ---------------------------------------------------------------- names and formats

@pytest.mark.parametrize("name", ["page.txt", "page", "article.php", "index.html?p=12", "page.aspx"])
def test_a_web_page_under_any_name_is_read_as_html(name: str) -> None:
    # Fixture sets keep pages as .txt; wget mirrors keep the server's name (index.php,
    # "index.html?p=12"). Fails on main for .txt: the markup was read as plain text, the
    # headline "<title>5 Ways…</title>".
    doc = read(article("en", '<meta charset="utf-8">'), name)
    assert doc.format == "html"
    assert_reads_the_article(doc, "en")


@pytest.mark.parametrize("name", ["page.txt", "page"])
def test_a_page_kept_under_a_line_of_its_own(name: str) -> None:
    # Corpora of saved pages put the crawl's address above the markup (CleanEval's
    # "URL: …" line). Fails on main: read as plain text.
    page = "URL: https://www.example.com/food/keep-vegetables/\n" + article("en", '<meta charset="utf-8">')
    doc = read(page, name)
    assert doc.format == "html"
    assert_reads_the_article(doc, "en")
    assert doc.headline_line == _source_position(page, "<h1>")[0]


def test_a_legacy_page_saved_as_txt_honours_its_charset() -> None:
    page = article("ru", '<meta charset="koi8-r">')
    assert_reads_the_article(read(page.encode("koi8-r"), "page.txt"), "ru")


def test_a_plain_text_draft_named_txt_stays_text() -> None:
    # Guard: prose that mentions a tag is not a page.
    draft = ("5 Ways to Keep Vegetables Through the Winter\n\nUse the <br> tag sparingly, our editor says.\n\n"
             "1. Dry the apples\n\nEach way was tried by our grandmothers.\n")
    doc = read(draft, "draft.txt")
    assert doc.format == "text" and doc.headline == "5 Ways to Keep Vegetables Through the Winter"


def test_a_draft_that_names_the_html_tag_stays_text() -> None:
    # Guard: "<html>" inside a sentence is not a page's start.
    draft = ("How we rebuilt the site\n\nWe moved every <html> template to one layout, and the "
             "<!DOCTYPE html> line went first.\n")
    assert read(draft, "notes").format == "text"


def test_markdown_with_a_bom_and_crlf_front_matter() -> None:
    # Notepad and Word save UTF-8 with a BOM and CRLF; Hugo and Jekyll read the front matter.
    headline, items, para, alt = ARTICLES["en"]
    md = (f'---\r\ntitle: "{headline}"\r\ndescription: Five old ways to keep a harvest.\r\n---\r\n\r\n'
          f"{para}\r\n\r\n![{alt}](/img/apples.jpg)\r\n\r\n"
          + "".join(f"## {i}. {t}\r\n\r\n{para}\r\n\r\n" for i, t in enumerate(items, 1)))
    for name in ("draft.md", "draft"):
        doc = read(codecs.BOM_UTF8 + md.encode("utf-8"), name)
        assert doc.format == "markdown"
        assert doc.headline == headline and doc.meta.description == "Five old ways to keep a harvest."
        assert [(i.src, i.alt) for i in doc.images] == [("/img/apples.jpg", alt)]
        assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.found) == (5, 5)
        assert doc.items[0].line == md.replace("\r\n", "\n").split("\n").index("## 1. Dry the apples") + 1


# ------------------------------------------------------------- saved by browsers/tools

def test_chrome_save_page_as_complete() -> None:
    # Chrome's "Webpage, Complete": a "saved from url" mark of the web (the IE-era
    # comment Chrome still writes), a <meta http-equiv> naming the saved encoding, the
    # page's <base href>, pictures moved to "<name>_files/". Pinned.
    page = article("en", '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
                   '<base href="https://www.example.com/food/keep-vegetables/">',
                   picture=f'<img src="./Keep Vegetables_files/apples.jpg" alt="{ARTICLES["en"][3]}">',
                   doctype="<!DOCTYPE html>\n<!-- saved from url=(0045)https://www.example.com/food/keep-vegetables/ -->\n")
    doc = read(page)
    assert doc.headline == ARTICLES["en"][0]
    assert [i.alt for i in doc.images] == [ARTICLES["en"][3]]
    assert doc.listicle is not None and doc.listicle.found == 5


def test_singlefile_inlined_page() -> None:
    # SingleFile (github.com/gildas-lormeau/SingleFile): its comment after <head>,
    # styles inlined, pictures as data: URIs. Pinned.
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 200).decode()
    page = article("en", '<meta charset="utf-8">\n<!--\n Page saved with SingleFile \n url: '
                   'https://www.example.com/food/keep-vegetables/ \n saved date: Mon Dec 07 2026 -->\n'
                   "<style>" + "body{margin:0}.x{color:red}" * 300 + "</style>",
                   picture=f'<img src="data:image/png;base64,{png}" alt="{ARTICLES["en"][3]}">')
    doc = read(page)
    assert doc.headline == ARTICLES["en"][0]
    assert [(i.src or "")[:22] for i in doc.images] == ["data:image/png;base64,"]
    assert [i.alt for i in doc.images] == [ARTICLES["en"][3]]
    assert doc.listicle is not None and doc.listicle.found == 5


def test_wget_mirror() -> None:
    # wget --mirror --convert-links --adjust-extension: links and pictures relative to
    # the saved file. Pinned.
    page = article("en", '<meta charset="utf-8">',
                   picture=f'<img src="../../wp-content/uploads/2019/03/apples-800x600.jpg" alt="{ARTICLES["en"][3]}">',
                   extra=' See <a href="../../food/index.html">more food</a>.')
    doc = read(page, "www.example.com/food/keep-vegetables/index.html")
    assert doc.headline == ARTICLES["en"][0]
    assert [i.alt for i in doc.images] == [ARTICLES["en"][3]]
    assert [link.href for link in doc.links] == ["../../food/index.html"]


def test_httrack_mirror() -> None:
    # HTTrack Website Copier: its "Mirrored from" comment and its own <meta> (between
    # "Added by HTTrack" comments) before <head>, naming the charset the server sent.
    # Pinned.
    page = article("ru", html_tag=(
        '<html lang="ru">\n\n<!-- Mirrored from www.example.com/food/keep/ by HTTrack Website Copier/3.x '
        "[XR&CO'2014], Mon, 07 Dec 2026 10:00:00 GMT -->\n<!-- Added by HTTrack --><meta http-equiv=\"content-type\" "
        'content="text/html;charset=windows-1251" /><!-- /Added by HTTrack -->'))
    assert_reads_the_article(read(page.encode("cp1251")), "ru")


# The Wayback Machine's replay: its scripts in <head>, its toolbar inserted after
# <body> (the BEGIN/END WAYBACK TOOLBAR INSERT comments, #wm-ipp-base hidden until its
# script shows it), addresses rewritten to /web/<timestamp>im_/…, its closing comment.
WAYBACK_HEAD = """<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript" src="https://web.archive.org/_static/js/bundle-playback.js?v=1B2M2Y8A" charset="utf-8"></script>
<script type="text/javascript">__wm.init("https://web.archive.org/web");</script>
<link rel="stylesheet" type="text/css" href="https://web.archive.org/_static/css/banner-styles.css?v=S1zqJCYt" />
<!-- End Wayback Rewrite JS Include -->"""
WAYBACK_TOOLBAR = """<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside">
  <div id="wm-logo" style="float:left;width:110px;padding-top:12px;">
    <a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine" style="width:100px" border="0" /></a>
  </div>
  <div class="c">
    <form target="_top" style="display:inline;"><input type="text" name="url" value="https://www.example.com/food/keep-vegetables/" /><button type="submit" id="wmtb">Go</button></form>
    <span class="label"><a href="/web/20190312081530*/https://www.example.com/food/keep-vegetables/">14 captures</a></span>
    <table class="c" id="wm-nav-table"><tbody><tr>
      <td class="b"><a href="/web/20181201/https://www.example.com/" title="01 Dec 2018">DEC</a></td>
      <td class="c" title="You are here: 08:15:30 Mar 12, 2019">MAR</td>
    </tr><tr><td class="b">Previous capture</td><td class="c">12</td><td class="f">Next capture</td></tr></tbody></table>
  </div>
  <div class="r" style="float:right;">
    <a id="wm-tb-close" href="#close" onclick="__wm.ex(event);return false;"><img src="/_static/images/toolbar/close.png" /></a>
    <a href="/web/20190312081530/http://faq.web.archive.org/"><img src="/_static/images/toolbar/help.png" /></a>
  </div>
</div>
</div>
</div>
<!-- END WAYBACK TOOLBAR INSERT -->
"""


def test_wayback_machine_replay() -> None:
    # The toolbar is the archive's chrome, not the article: none of its pictures, links
    # or words is audited. Pinned.
    alt = ARTICLES["en"][3]
    page = article("en", '<meta charset="utf-8">\n' + WAYBACK_HEAD, body_start=WAYBACK_TOOLBAR,
                   picture=f'<img src="/web/20190312081530im_/https://www.example.com/img/apples.jpg" alt="{alt}">')
    page += ("<!--\n     FILE ARCHIVED ON 08:15:30 Mar 12, 2019 AND RETRIEVED FROM THE\n"
             "     INTERNET ARCHIVE ON 10:02:11 Dec 07, 2026.\n-->\n")
    result = audit(page.encode("utf-8"), "page.html")
    doc = result.document
    assert doc is not None and doc.headline == ARTICLES["en"][0]
    assert [i.alt for i in doc.images] == [alt]
    assert doc.links == ()
    assert not any("capture" in p.text for p in doc.paragraphs)
    assert findings(result, "IM001") == [] and findings(result, "LK016") == []
    assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.found) == (5, 5)


def test_wayback_replay_links_are_judged_by_their_original_address() -> None:
    # The replay rewrites every address, the canonical too, to web.archive.org's copy:
    # a link to another site stays outbound, one to the page's own site internal.
    # Fails on main: every link was on web.archive.org, so "internal".
    links = (' Read <a href="https://web.archive.org/web/20190312081530/http://www.othersite.org/study">the study</a>'
             ' and <a href="/web/20190312081530/https://www.example.com/food/">more food</a>.')
    page = article("en", '<meta charset="utf-8">\n<link rel="canonical" '
                   'href="https://web.archive.org/web/20190312081530/https://www.example.com/food/keep/">',
                   extra=links)
    doc = read(page)
    assert [(link.text, link.internal) for link in doc.links] == [("the study", False), ("more food", True)]


def _mhtml(page: bytes, *, part_type: str = "text/html", boundary: str = "----MultipartBoundary--aB3dE5",
           first: str = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example.com/food/\r\n") -> bytes:
    # RFC 2557 MHTML as Chrome's "Webpage, Single File" writes it (its "From: <Saved by
    # Blink>" and Snapshot-Content-Location headers; the page quoted-printable, the
    # pictures base64), or as Internet Explorer's .mht does (a charset on the part).
    import quopri

    return ((first + "Subject: =?utf-8?Q?5_Ways?=\r\nDate: Mon, 7 Dec 2026 10:00:00 -0000\r\n"
             f'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n'
             f'\tboundary="{boundary}"\r\n\r\n\r\n--{boundary}\r\nContent-Type: {part_type}\r\n'
             "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://www.example.com/food/\r\n\r\n"
             ).encode("ascii") + quopri.encodestring(page) + (
             f"\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Location: https://www.example.com/img/apples.jpg\r\n\r\n"
             + base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(200)).decode("ascii")
             + f"\r\n--{boundary}--\r\n").encode("ascii"))


@pytest.mark.parametrize("name", ["page.mhtml", "page.mht", "page"])
def test_a_page_saved_as_mhtml(name: str) -> None:
    # Fails on main: the MIME headers were read as a plain-text article ("From: <Saved
    # by Blink>" its headline). Lines are counted in the page the file holds.
    page = article("ru", '<meta charset="utf-8">', picture='<img src="/img/apples.jpg">')
    result = audit(_mhtml(page.replace("\n", "\r\n").encode("utf-8")), name)
    doc = result.document
    assert doc is not None and doc.format == "html"
    assert doc.headline == ARTICLES["ru"][0] and doc.paragraphs[0].text == ARTICLES["ru"][2]
    assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.found) == (5, 5)
    assert findings(result, "IM001") == [_source_position(page, "<img")]


def test_an_mhtml_file_without_its_page_gets_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.mhtml"
    path.write_bytes(_mhtml(b"", part_type="image/png"))
    run = subprocess.run([sys.executable, "-m", "auditor.cli", "check", "--no-config", "--no-cache", str(path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert [line for line in run.stderr.splitlines() if "cut.mhtml" in line and "no HTML page" in line]


def test_an_internet_explorer_mht_with_the_charset_on_its_part() -> None:
    page = article("ru")  # no <meta charset>: the part's Content-Type names it
    data = _mhtml(page.encode("cp1251"), part_type='text/html; charset="windows-1251"',
                  first="From: <Saved by Windows Internet Explorer 8>\r\n")
    assert_reads_the_article(read(data, "page.mht"), "ru")


def test_a_mail_that_is_not_a_saved_page_stays_text() -> None:
    # Guard: a plain e-mail saved as text has headers but no multipart/related page.
    mail = ("From: Editor <desk@example.com>\nSubject: 5 Ways to Keep Vegetables\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\nPlease read the draft before noon.\n")
    doc = read(mail, "note.txt")
    assert doc.format == "text"


@pytest.mark.parametrize("name", ["page.html", "page"])
def test_a_gzip_compressed_page(name: str) -> None:
    # curl without --compressed, or a scraper keeping the body as sent with
    # "Content-Encoding: gzip": the file is the compressed page. Fails on main: refused
    # as binary.
    import gzip

    page = article("ru", '<meta charset="windows-1251">')
    assert_reads_the_article(read(gzip.compress(page.encode("cp1251")), name), "ru")


def test_a_gzip_bomb_and_a_broken_gzip_get_one_line_errors(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "bomb.html").write_bytes(gzip.compress(b"<p>" + b"x" * 17_000_000))
    (tmp_path / "broken.html").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (tmp_path / "good.html").write_bytes(article("en", '<meta charset="utf-8">').encode("utf-8"))
    run = subprocess.run([sys.executable, "-m", "auditor.cli", "check", "--no-config", "--no-cache", "--format", "json",
                          *(str(tmp_path / n) for n in ("bomb.html", "broken.html", "good.html"))],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    errors = [f["error"] for f in json.loads(run.stdout)["files"]]
    assert "over the 16 MB limit once decompressed" in errors[0]
    assert "does not decompress" in errors[1]
    assert errors[2] is None
    lines = [line for line in run.stderr.splitlines() if "gzip" in line]
    assert len(lines) == 2 and "bomb.html: " in lines[0] and "broken.html: " in lines[1]


def test_a_safari_web_archive() -> None:
    # Safari's File > Save As > Web Archive: a binary property list holding the page's
    # bytes and the name of their encoding. Fails on main: refused as binary.
    import plistlib

    page = article("ja")  # no <meta charset>: the archive names the encoding
    archive = plistlib.dumps({"WebMainResource": {
        "WebResourceData": page.encode("shift_jis"), "WebResourceMIMEType": "text/html",
        "WebResourceTextEncodingName": "Shift_JIS", "WebResourceURL": "https://www.example.com/food/",
        "WebResourceFrameName": ""}, "WebSubresources": []}, fmt=plistlib.FMT_BINARY)
    assert_reads_the_article(read(archive, "page.webarchive"), "ja")


def _chrome_view_source(page: str) -> str:
    # Blink's HTMLViewSourceDocument: one table row per line, the line number in an
    # empty cell's value, the line's markup escaped (and coloured in spans) beside it.
    rows = "".join(
        f'<tr><td class="line-number" value="{n}"></td><td class="line-content">'
        + re.sub(r"(&lt;/?\w+)", r'<span class="html-tag">\1</span>', html.escape(line, quote=False))
        + "</td></tr>"
        for n, line in enumerate(page.split("\n"), 1))
    return ('<html><head><meta name="color-scheme" content="light dark"></head><body>'
            '<div class="line-gutter-backdrop"></div><form autocomplete="off"><label class="line-wrap-control">'
            f'Line wrap<input type="checkbox"></label></form><table><tbody>{rows}</tbody></table></body></html>')


def _firefox_view_source(page: str) -> str:
    # Firefox's viewer: the source in <pre id="line1">, a <span id="lineN"> at each line.
    lines = page.split("\n")
    body = html.escape(lines[0], quote=False) + "".join(
        f'\n<span id="line{n}"></span>{html.escape(line, quote=False)}' for n, line in enumerate(lines[1:], 2))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>view-source:https://www.example.com/food/'
            '</title></head><body id="viewsource" class="highlight wrap" style="tab-size: 4">'
            f'<pre id="line1">{body}</pre></body></html>')


@pytest.mark.parametrize("wrap", [_chrome_view_source, _firefox_view_source])
def test_a_saved_view_source_tab_is_read_as_the_page_it_shows(wrap: object) -> None:
    # Chrome names it "view-source_https___….html". Fails on main: the headline was
    # missing and the escaped markup read as paragraphs.
    page = article("en", '<meta charset="utf-8">', picture='<img src="/img/apples.jpg">')
    assert callable(wrap)
    result = audit(wrap(page).encode("utf-8"), "view-source_https___www.example.com_food_.html")
    doc = result.document
    assert doc is not None and doc.headline == ARTICLES["en"][0]
    assert doc.paragraphs[0].text == ARTICLES["en"][2]
    assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.found) == (5, 5)
    # Positions are the viewer's line numbers: the page's own lines.
    assert findings(result, "IM001") == [_source_position(page, "<img")]


def test_a_page_about_view_source_is_not_unwrapped() -> None:
    # Guard: an article that shows a table of code lines is still that article.
    code = "<table><tr><td class=\"line-content\">&lt;p&gt;hello&lt;/p&gt;</td></tr></table>"
    doc = read(article("en", '<meta charset="utf-8">', extra=code))
    assert doc.headline == ARTICLES["en"][0] and doc.listicle is not None and doc.listicle.found == 5


def test_xhtml_served_as_xml() -> None:
    # application/xhtml+xml with the XML prolog and namespace (W3C XHTML 1.0 §C),
    # self-closed empty elements. Pinned.
    alt = ARTICLES["en"][3]
    page = ('<?xml version="1.0" encoding="UTF-8"?>\n' + article(
        "en", '<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8" />',
        picture=f'<img src="/img/apples.jpg" alt="{alt}" width="800" height="600" />',
        doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
        html_tag='<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">'))
    for name in ("page.xhtml", "page.html"):
        doc = read(page, name)
        assert_reads_the_article(doc, "en")
        assert (doc.headline_line, doc.headline_column) == _source_position(page, "<h1>")


def test_xhtml_self_closed_elements() -> None:
    # XHTML writes every empty element self-closed, script and anchors too
    # (<script src="…" />, <a id="top"/>, <div class="clear"/>): an HTML reader that
    # opened them would swallow the title or make the article a link. Pinned.
    page = ('<?xml version="1.0" encoding="UTF-8"?>\n' + article(
        "en", '<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8" />\n'
              '<script type="text/javascript" src="/js/site.js" />\n<link rel="stylesheet" href="/a.css" />',
        doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
        html_tag='<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">')).replace(
        "<h1>", '<a id="top"/><div class="clear"/><h1>')
    doc = read(page, "page.xhtml")
    assert_reads_the_article(doc, "en")
    assert doc.meta.title == ARTICLES["en"][0] and doc.links == ()


def test_a_frameset_page_s_noframes_article() -> None:
    # HTML 4.01 Frameset: the article a reader without frames (and a crawler) gets is
    # the <noframes> content. Fails on main: libxml2 kept it as raw text, no body.
    inner = article("en", '<meta charset="utf-8">')
    body = inner[inner.index("<article>"):inner.index("</article>") + len("</article>")]
    page = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">\n<html lang="en"><head>'
            f'<meta charset="utf-8"><title>{ARTICLES["en"][0]}</title></head>\n<frameset cols="20%,80%">\n'
            '<frame src="menu.html" name="menu">\n<frame src="main.html" name="main">\n'
            f"<NOFRAMES>\n<body>\n{body}\n</body>\n</NOFRAMES>\n</frameset>\n</html>\n")
    doc = read(page)
    assert_reads_the_article(doc, "en")
    assert (doc.headline_line, doc.headline_column) == _source_position(page, "<h1>")


def test_a_frameset_with_only_a_browser_notice() -> None:
    # Guard: nothing to audit but a notice; no crash, no list found.
    page = ('<html><head><title>Our site</title></head><frameset rows="80,*"><frame src="top.html">'
            "<frame src=\"main.html\"><noframes><p>Your browser does not support frames.</p></noframes>"
            "</frameset></html>")
    doc = read(page)
    assert doc.listicle is not None and doc.listicle.found == 0
    assert [p.text for p in doc.paragraphs] in ([], ["Your browser does not support frames."])


# --------------------------------------------------------------------- lazy pictures
# Pinned: each reads as one picture with its address and alt.

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20800%20600'%3E%3C/svg%3E"
ALT = ARTICLES["en"][3]
LAZY = {
    # lazysizes (github.com/aFarkas/lazysizes README): data-src, class "lazyload"
    "data-src": (f'<img src="{GIF}" data-src="/img/apples.jpg" class="lazyload" alt="{ALT}">', "/img/apples.jpg"),
    # WP Rocket's LazyLoad: data-lazy-src, an SVG stand-in, a <noscript> twin
    "data-lazy-src + noscript": (
        f'<img src="{SVG}" data-lazy-src="/img/apples.jpg" alt="{ALT}" width="800" height="600">'
        f'<noscript><img src="/img/apples.jpg" alt="{ALT}" width="800" height="600"></noscript>',
        "/img/apples.jpg"),
    # WordPress core since 5.5: responsive srcset, native loading="lazy"
    "srcset only": (f'<img srcset="/img/apples-400.jpg 400w, /img/apples-800.jpg 800w" '
                    f'sizes="(max-width: 800px) 100vw, 800px" alt="{ALT}">', "/img/apples-800.jpg"),
    "data-srcset": (f'<img src="{GIF}" data-srcset="/img/apples-400.jpg 400w, /img/apples-800.jpg 800w" '
                    f'alt="{ALT}">', "/img/apples-800.jpg"),
    "noscript twin": (f'<img class="lazy" data-src="/img/apples.jpg" alt="{ALT}">'
                      f'<noscript><img src="/img/apples.jpg" alt="{ALT}"></noscript>', "/img/apples.jpg"),
    "noscript only": (f'<noscript><img src="/img/apples.jpg" alt="{ALT}"></noscript>', "/img/apples.jpg"),
    # AMP (amp.dev/documentation/components/amp-img): alt on amp-img, a <noscript> fallback
    "amp-img": (f'<amp-img src="/img/apples.jpg" width="800" height="600" layout="responsive" alt="{ALT}">'
                f'<noscript><img src="/img/apples.jpg" width="800" height="600" alt="{ALT}"></noscript>'
                "</amp-img>", "/img/apples.jpg"),
    # AMP's WebP pattern (amp.dev, amp-img "Example: Specifying a fallback image"): an
    # amp-img with a fallback amp-img inside, one picture; the noscript twin without alt
    "amp-img fallback": (f'<amp-img src="/img/apples.jpg" width="800" height="600" layout="responsive" alt="{ALT}">'
                         '<amp-img fallback src="/img/apples.webp" width="800" height="600" layout="responsive">'
                         "</amp-img></amp-img>", "/img/apples.jpg"),
    "amp-img, noscript twin without alt": (
        f'<amp-img src="/img/apples.jpg" width="800" height="600" layout="responsive" alt="{ALT}">'
        '<noscript><img src="/img/apples.jpg" width="800" height="600"></noscript></amp-img>', "/img/apples.jpg"),
    # <picture> (HTML Living Standard §4.8.1): sources first, the <img> last
    "picture": (f'<picture><source srcset="/img/apples.webp" type="image/webp">'
                f'<img src="/img/apples.jpg" alt="{ALT}"></picture>', "/img/apples.jpg"),
    "picture lazy": (f'<picture><source data-srcset="/img/apples.webp" type="image/webp">'
                     f'<img src="{GIF}" data-src="/img/apples.jpg" alt="{ALT}"></picture>', "/img/apples.jpg"),
    # NitroPack: nitro-lazy-src, an SVG data: URI stand-in in src (fails on main: the
    # stand-in was taken for the picture)
    "nitro-lazy-src": (f'<img nitro-lazy-src="/img/apples.jpg" class="nitro-lazy" nitro-lazy-empty '
                       f'src="{SVG}" alt="{ALT}">', "/img/apples.jpg"),
    # jQuery Lazy Load: data-original
    "data-original": (f'<img src="{GIF}" data-original="/img/apples.jpg" alt="{ALT}">', "/img/apples.jpg"),
}


@pytest.mark.parametrize("shape", sorted(LAZY))
def test_a_lazy_picture_is_one_picture_with_its_alt(shape: str) -> None:
    markup, src = LAZY[shape]
    result = audit(article("en", '<meta charset="utf-8">', picture=markup).encode("utf-8"), "page.html")
    doc = result.document
    assert doc is not None
    assert [(i.src, i.alt) for i in doc.images] == [(src, ALT)]
    assert not [f for f in result.findings if f.rule.startswith("IM") and f.level == "error"]
    assert doc.listicle is not None and doc.listicle.found == 5


def test_a_lazy_picture_without_alt_is_one_finding_not_two() -> None:
    # Guard: the swapped-in <img> has no alt (its loader keeps the stand-in's
    # attributes); the <noscript> twin is the same picture: one IM001, at the <img>.
    page = article("en", '<meta charset="utf-8">', picture=(
        f'<img class="lazyload" src="{GIF}" data-src="/img/apples.jpg">'
        f'<noscript><img src="/img/apples.jpg"></noscript>'))
    result = audit(page.encode("utf-8"), "page.html")
    assert findings(result, "IM001") == [_source_position(page, '<img class="lazyload"')]


def test_amp_img_without_alt_is_found() -> None:
    # Guard: AMP's own picture without alt is a picture without alt.
    page = article("en", '<meta charset="utf-8">',
                   picture='<amp-img src="/img/apples.jpg" width="800" height="600" layout="responsive"></amp-img>')
    result = audit(page.encode("utf-8"), "page.html")
    assert findings(result, "IM001") == [_source_position(page, "<amp-img")]


def test_a_picture_of_sources_only_renders_nothing_and_is_not_a_finding() -> None:
    # <picture> with <source>s and no <img> shows nothing in a browser (the <img> is
    # what renders): there is no picture for an editor to describe. Pinned.
    page = article("en", '<meta charset="utf-8">', picture=(
        '<picture><source srcset="/img/apples.webp" type="image/webp">'
        '<source srcset="/img/apples.jpg" type="image/jpeg"></picture>'))
    result = audit(page.encode("utf-8"), "page.html")
    assert result.document is not None and result.document.images == ()
    assert findings(result, "IM001") == []


def test_the_json_names_every_shape_s_file(tmp_path: Path) -> None:
    # A batch of shapes through the CLI: every file read, none failed, exit by findings.
    files = {
        "cr.html": article("en", '<meta charset="utf-8">').replace("\n", "\r").encode("utf-8"),
        "koi8.txt": article("ru", '<meta charset="koi8-r">').encode("koi8-r"),
        "nul.html": article("en").encode("utf-8").replace(b"<p>", b"<p>\x00", 1),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    run = subprocess.run([sys.executable, "-m", "auditor.cli", "check", "--no-config", "--no-cache",
                          "--format", "json", *(str(tmp_path / n) for n in sorted(files))],
                         capture_output=True, text=True, timeout=120)
    out = json.loads(run.stdout)
    assert [f["error"] for f in out["files"]] == [None, None, None]
    assert {f["headline"] for f in out["files"]} == {ARTICLES["en"][0], ARTICLES["ru"][0]}
