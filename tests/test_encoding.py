from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from auditor.sources import SourceError
from auditor.sources.encoding import declared_charset, decode

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pages"
GERMAN = "Grüße aus Köln: schöne Straße, Äpfel und Öl für alle."


def test_utf8_without_bom():
    assert decode(GERMAN.encode("utf-8")) == GERMAN


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_bom_wins(codec):
    data = GERMAN.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode(data) == GERMAN


def test_bomless_utf16_is_text_not_binary():
    assert decode("plain words here".encode("utf-16-le")) == "plain words here"


def test_declared_charset_beats_utf8_guess():
    html = '<html><head><meta charset="windows-1252"></head><body>café – “quoted”</body></html>'
    assert "café – “quoted”" in decode(html.encode("cp1252"), html=True)


@pytest.mark.parametrize("declared", ["windows-1251", "iso-8859-1", "gb2312"])
def test_a_stale_declaration_on_utf8_bytes_is_read_as_utf8(declared):
    # Saved copies keep the live page's <meta charset> after being re-encoded to UTF-8
    # (corpus pages from pikabu.ru, elmundo.es): valid multi-byte UTF-8 wins.
    html = f'<html><head><meta charset="{declared}"></head><body>7 интересных наблюдений · también · 记忆</body></html>'
    assert "7 интересных наблюдений · también · 记忆" in decode(html.encode("utf-8"), html=True)


def test_http_equiv_latin1_means_cp1252():
    head = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    assert declared_charset(head) == "cp1252"
    assert decode(head + b"\x93smart\x94", html=True).endswith("“smart”")


def test_declared_charset_ignored_for_plain_text():
    data = '<meta charset="koi8-r"> naïve'.encode("utf-8")
    assert decode(data) == '<meta charset="koi8-r"> naïve'


def test_unnamed_input_honours_the_charset_only_when_it_sniffs_as_html():
    # Standard input has no extension: the same sniff that picks the parser decides
    # whether the page's <meta charset> applies.
    from auditor.sources import SourceOptions
    from auditor.sources.load import load

    page = '<!DOCTYPE html>\n<html><head><meta charset="koi8-r"></head><body><p>Привет, мир</p></body></html>'
    doc = load(page.encode("koi8-r"), "-", SourceOptions())
    assert doc.format == "html" and doc.paragraphs[0].text == "Привет, мир"
    draft = '<!-- auditor-disable LK001 -->\n# Café notes\n\nWe wrote <meta charset="koi8-r"> in a code sample.\n'
    doc = load(draft.encode("utf-8"), "-", SourceOptions())
    assert doc.format == "markdown" and doc.headline == "Café notes"


def test_lying_utf8_declaration_falls_back_to_detection():
    data = ('<meta charset="utf-8"><p>' + GERMAN * 3 + "</p>").encode("cp1252")
    assert GERMAN in decode(data, html=True)


def test_legacy_single_byte_text_is_detected():
    text = "Привет, как дела? Это проверка кодировки текста на русском языке."
    assert decode(text.encode("cp1251")) == text


def test_empty_file():
    with pytest.raises(SourceError, match="empty file"):
        decode(b"")


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(0, 32)) * 50])
def test_binary_is_refused(data):
    with pytest.raises(SourceError, match="binary file"):
        decode(data)


@pytest.mark.parametrize(
    ("page", "word"),
    [
        ("telegraph-zimbabwe-coup", "£"),
        ("toptal-10-python-mistakes", "’"),
        ("nytimes-sudan-sanctions", "中文"),
        ("vox-delhi-air-pollution", "“"),
    ],
)
def test_corpus_pages_without_declared_charset(page, word):
    # These four declare no charset in their first 4 KB; they are UTF-8 and must not
    # come out as Latin-1 mojibake ("Â£", "â€™").
    path = CORPUS / f"{page}.html"
    if not path.exists():
        pytest.skip("../shared/corpus not present")
    data = path.read_bytes()
    assert declared_charset(data) is None
    text = decode(data, html=True)
    assert word in text
    assert "â€" not in text and "Â£" not in text


def test_one_page_is_decoded_once_however_many_readers_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser, the structured-data reader and the space-run finder decode the
    same bytes of a page: the second ask is the first answer (kept by identity)."""
    import auditor.sources.encoding as encoding

    calls = []
    real = encoding._decode

    def counted(data: bytes, html: bool) -> str:
        calls.append(html)
        return real(data, html)

    monkeypatch.setattr(encoding, "_decode", counted)
    page = "<p>café</p>".encode("utf-8")
    first = encoding.decode(page, html=True)
    assert encoding.decode(page, html=True) is first and calls == [True]
    encoding.decode(page, html=False)  # asked differently: decoded again
    encoding.decode(bytes(bytearray(page)), html=False)  # equal bytes, another object: decoded again
    assert calls == [True, False, False]


@pytest.mark.parametrize("bad", ["\x00", "\x08", "\x0b", "\x0c", "\x1f", "\ufffe", "\uffff", "\ud800", "\udfff"])
@pytest.mark.parametrize("around", [("<p>a", "b</p>"), ("<p>ä", "€</p>"), ("<p>語", "𝄞</p>")])
def test_xml_safe_blanks_what_lxml_refuses_in_place(bad: str, around: tuple[str, str]) -> None:
    from auditor.sources.encoding import xml_safe

    text = around[0] + bad + "\t\n\r" + around[1]
    assert xml_safe(text) == around[0] + " \t\n\r" + around[1]


def test_xml_safe_returns_clean_text_itself() -> None:
    from auditor.sources.encoding import xml_safe

    for text in ("<p>plain</p>\n", "<p>çà 語 𝄞 \x7f\x85</p>"):
        assert xml_safe(text) is text


@pytest.mark.parametrize("data, utf8_kept", [
    ("<p>Caf\u00e9 \u2014 na\u00efve</p>".encode(), True),  # undeclared UTF-8
    (b'<meta charset="utf-8"><p>Stra\xc3\x9fe</p>', True),  # declared UTF-8
    (b'<meta charset="iso-8859-1"><p>Stra\xc3\x9fe</p>', True),  # a stale declaration on UTF-8
    (b"<p>plain ASCII</p>", True),
    (b'<meta charset="windows-1252"><p>Caf\xe9</p>', False),  # decoded from another charset
    (codecs.BOM_UTF8 + "<p>Caf\u00e9</p>".encode(), False),  # the BOM is not the text's
    ("<p>Caf\u00e9</p>".encode("utf-16"), False),
])
def test_a_page_decoded_as_utf8_keeps_its_bytes_as_its_utf8(data: bytes, utf8_kept: bool) -> None:
    """The parser hands libxml2 the page's UTF-8: the bytes a page was decoded from as strict
    UTF-8 are that, and are not encoded again; any other decoding encodes the text."""
    from auditor.sources.encoding import utf8

    text = decode(data, html=True)
    assert (utf8(text) is data) is utf8_kept
    assert utf8(text) == text.encode("utf-8")
