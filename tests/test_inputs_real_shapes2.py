"""More ways a real saved page arrives (second set; the first is test_inputs_real_shapes.py).

XHTML whose elements carry a namespace prefix (``<h:html xmlns:h="http://www.w3.org/1999/xhtml">``,
``<h:body>``, ``<h:p>``: what XSLT and other XML tools write when the XHTML namespace is
bound to a prefix, as the W3C's "XHTML namespace" examples in Namespaces in XML 1.0 §6.1
do), an archive.today snapshot (its toolbar in ``div#HEADER``, the page in ``div#CONTENT``
with its styles inlined and its classes gone, addresses rewritten to ``archive.ph/o/…``),
Firefox's Reader View saved with "Save Page As" (its ``reader-header`` with the domain,
credits and estimated reading time over ``#readability-page-1``), and a feed item's HTML
saved alone (an RSS ``<description>``'s markup, no ``<html>`` or ``<head>``).

Each builds the first set's small article in that shape and asserts what an editor sees:
the headline, the body's words, the picture and its alt, the list count, and where they are.
"""

from __future__ import annotations

import re

import pytest

from auditor.api import audit
from test_inputs_real_shapes import ARTICLES, article, assert_reads_the_article, findings, read

XHTML_NS = "http://www.w3.org/1999/xhtml"
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")


def prefixed(page: str, prefix: str) -> str:
    """``page`` with every element written with ``prefix`` and the prefix bound to XHTML's
    namespace on the root (the DOCTYPE and the prolog stay)."""
    body = page[page.index("<html"):]
    body = _TAG.sub(lambda m: f"<{m.group(1)}{prefix}:{m.group(2)}", body)
    body = body.replace(f"<{prefix}:html", f'<{prefix}:html xmlns:{prefix}="{XHTML_NS}"', 1)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body


def _position(page: str, needle: str) -> tuple[int, int]:
    at = page.index(needle)
    return page.count("\n", 0, at) + 1, at - (page.rfind("\n", 0, at) + 1) + 1


# --------------------------------------------------------------- XHTML with a prefix


@pytest.mark.parametrize(("lang", "prefix"), [("en", "h"), ("ru", "html"), ("ja", "xhtml"), ("en", "x")])
def test_xhtml_with_a_namespace_prefix_is_read_as_the_page(lang: str, prefix: str) -> None:
    # Fails on main: libxml2's HTML parser read "h:h1", "h:p" as unknown elements: no
    # headline (HL001, an error), no paragraphs, the title not read.
    page = prefixed(article(lang, '<meta charset="utf-8" />'), prefix)
    for name in ("page.xhtml", "page.html"):
        result = audit(page.encode("utf-8"), name)
        assert result.document is not None
        assert_reads_the_article(result.document, lang)
        assert result.document.meta.title == ARTICLES[lang][0] and result.document.lang == lang
        # Every position stays where the file has it.
        assert (result.document.headline_line, result.document.headline_column) == _position(page, f"<{prefix}:h1>")
        assert result.document.images[0].line == _position(page, f"<{prefix}:img")[0]
        assert findings(result, "HL001") == []


def test_an_unprefixed_picture_without_alt_is_still_found_at_its_place() -> None:
    page = prefixed(article("en", '<meta charset="utf-8" />', picture='<img src="/img/apples.jpg" />'), "h")
    result = audit(page.encode("utf-8"), "page.xhtml")
    assert findings(result, "IM001") == [_position(page, "<h:img")]


def test_other_namespaces_prefixes_are_left_as_they_were() -> None:
    # Guard: a page binding "h" to another vocabulary, and an inline SVG with its own
    # prefix, are read as before (only the prefix bound to XHTML's namespace is taken off).
    page = article("en", '<meta charset="utf-8">',
                   html_tag='<html lang="en" xmlns:h="http://example.org/hotel" xmlns:og="http://ogp.me/ns#">',
                   extra=' <h:price>120</h:price> <svg:svg xmlns:svg="http://www.w3.org/2000/svg"></svg:svg>')
    doc = read(page)
    assert doc.headline == ARTICLES["en"][0] and doc.listicle is not None and doc.listicle.found == 5
    assert doc.paragraphs[0].text.startswith(ARTICLES["en"][2])


# --------------------------------------------------------------- archive.today


ARCHIVE_HEADER = """<div id="HEADER" style="overflow-x:hidden;min-width:1028px"><table style="width:1028px;font-size:10px" border="0" cellspacing="0" cellpadding="0"><tr>
<td rowspan="2" style="width:110px"><a style="text-decoration:none" href="https://archive.ph/"><img style="width:100px;height:55px;border:0" src="https://archive.ph/static/logo.png"></a></td>
<td style="font-weight:bold">webpage capture</td>
<td><form action="https://archive.ph/submit/"><input type="text" name="url" value="https://www.example.com/food/keep-vegetables/"><input type="submit" value="save"></form></td>
<td>Saved from <a href="https://www.example.com/food/keep-vegetables/">https://www.example.com/food/keep-vegetables/</a></td>
<td><a href="https://archive.ph/https://www.example.com/food/keep-vegetables/">history</a> <a href="https://archive.ph/AbCdE/image">Webpage Screenshot</a> <a href="https://archive.ph/download/AbCdE.zip">download .zip</a> <a href="https://archive.ph/abuse">report bug or abuse</a></td>
</tr><tr><td style="font-size:9px">archived 7 Dec 2026 10:02:11 UTC</td><td>All snapshots from host <a href="https://archive.ph/www.example.com">www.example.com</a></td></tr></table></div>
"""


def _archived(page: str) -> str:
    """``page`` as archive.today serves its snapshot: classes gone, every element's style
    inlined, the toolbar before the page in #CONTENT."""
    body = page[page.index("<article>"):page.index("</article>") + len("</article>")]
    body = re.sub(r"<(h1|h2|p|figure|figcaption)>", r'<\1 style="margin:0 0 12px 0;color:#222">', body)
    head = page[:page.index("<body>")]
    return (head + '<body><center>' + ARCHIVE_HEADER + '<div id="CONTENT" style="position:relative;width:1024px">'
            '<div id="SOLID" style="width:1024px;background-color:#ffffff">' + body + "</div></div></center></body></html>")


def test_an_archive_today_snapshot_reads_as_the_page_it_keeps() -> None:
    # The toolbar is the archive's: its logo (no alt), its links and its "archived …" line
    # are not the article's. Pinned.
    page = _archived(article("en", '<meta charset="utf-8">'))
    result = audit(page.encode("utf-8"), "snapshot.html")
    doc = result.document
    assert doc is not None
    assert_reads_the_article(doc, "en")
    assert doc.links == () and not any("archived" in p.text or "capture" in p.text for p in doc.paragraphs)
    assert findings(result, "IM001") == [] and findings(result, "LK016") == []


# --------------------------------------------------------------- Firefox Reader View


READER_HEADER = """<div class="container"><div class="header reader-header reader-show-element">
<a class="domain reader-domain" href="https://www.example.com/food/keep-vegetables/">example.com</a>
<div class="domain-border"></div>
<h1 class="reader-title">{headline}</h1>
<div class="credits reader-credits">Anna Novak</div>
<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time">2–3 minutes</div></div>
</div><hr><div class="content"><div class="mozilla-reader-content"><div id="readability-page-1" class="page"><div>
"""


@pytest.mark.parametrize("lang", ["en", "pl", "ar"])
def test_firefox_reader_view_saved_as_a_page(lang: str) -> None:
    # Reader View's page (toolkit/components/reader/AboutReader.sys.mjs builds it): the
    # headline in h1.reader-title, the original's own h1 dropped by Readability, the
    # domain link, credits and reading time in its header. Pinned.
    headline, items, para, alt = ARTICLES[lang]
    sections = "\n".join(f"<h2>{i}. {title}</h2>\n<p>{para}</p>" for i, title in enumerate(items, 1))
    page = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="content-type" content="text/html; '
            f'charset=UTF-8">\n<title>{headline}</title>\n<link rel="stylesheet" href="chrome://global/skin/'
            f'aboutReader.css" type="text/css"></head>\n<body class="light sans-serif loaded">\n'
            + READER_HEADER.format(headline=headline)
            + f'<p>{para}</p>\n<figure><img src="/img/apples.jpg" alt="{alt}" width="800" height="600">'
            f"<figcaption>{alt}</figcaption></figure>\n{sections}\n</div></div></div></div>\n"
            '<div class="reader-message"></div></div>\n</body></html>\n')
    doc = read(page)
    assert_reads_the_article(doc, lang)
    assert not any("minutes" in p.text or "Anna Novak" == p.text for p in doc.paragraphs)


# --------------------------------------------------------------- a feed item's HTML


def test_a_feed_item_s_html_saved_alone() -> None:
    # An RSS 2.0 <description> (or Atom <content type="html">) holds the article's markup
    # without <html>, <head> or <title>: the headline is its first heading. Pinned.
    headline, items, para, alt = ARTICLES["en"]
    sections = "".join(f"<h2>{i}. {title}</h2><p>{para}</p>" for i, title in enumerate(items, 1))
    fragment = (f"<h1>{headline}</h1><p>{para}</p><p><img src=\"/img/apples.jpg\" alt=\"{alt}\"></p>{sections}"
                '<p>The post <a href="https://www.example.com/food/keep-vegetables/">5 Ways</a> appeared first on '
                '<a href="https://www.example.com">Example Kitchen</a>.</p>')
    doc = read(fragment, "item.html")
    assert doc.headline == headline
    assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.found) == (5, 5)
    assert [i.alt for i in doc.images] == [alt]


# --------------------------------------------------------------- office exports


def _gdocs(lang: str, every_ol_starts: bool = False) -> str:
    """Google Docs' "Download → Web page (.html, zipped)": no <title> but the file's, classes
    c1…cN, a numbered list cut into one ``<ol start="N">`` per entry by the paragraphs
    between them, numbered by the stylesheet's counter (reset on the first ``<ol>``, the one
    with the ``start`` class; list-style none), each entry a heading inside its ``<li>``
    (the export's flat, restarted ``<ol>``s are the quirk converters such as dexblack/gdochtml2html
    note: "ol tags are not nested inside li tags")."""
    headline, items, para, _alt = ARTICLES[lang]
    css = ('ol.lst-kix_m1-0{list-style-type:none}.lst-kix_m1-0>li{counter-increment:lst-ctn-kix_m1-0}'
           '.lst-kix_m1-0>li:before{content:"" counter(lst-ctn-kix_m1-0,decimal) ". "}'
           "ol.lst-kix_m1-0.start{counter-reset:lst-ctn-kix_m1-0 0}.c1{padding-top:0pt}.c2{font-size:11pt}")
    out = [f'<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
           f'{css}</style></head><body class="c5 doc-content"><h1 class="c3" id="h.t1"><span>{headline}</span></h1>',
           f'<p class="c1"><span class="c2">{para}</span></p>']
    for n, title in enumerate(items, 1):
        start = " start" if n == 1 or every_ol_starts else ""
        out.append(f'<ol class="c6 lst-kix_m1-0{start}" start="{n}"><li class="c1 li-bullet-0">'
                   f'<h2 id="h.i{n}" style="display:inline"><span class="c8">{title}</span></h2></li></ol>\n'
                   f'<p class="c1"><span class="c2">{para}</span></p>\n')
    return "".join(out) + "</body></html>"


@pytest.mark.parametrize("lang", ["en", "pl", "ja"])
def test_a_google_docs_export_s_numbered_entries(lang: str) -> None:
    # Fails on main: the counter's reset on the first <ol> was read as reaching only that
    # <ol>'s own items, so the other six entries counted "1." to "6." among themselves and
    # LS004 (an error) said entry 1 repeated a number. CSS scopes a counter to the resetting
    # element and its following siblings: a browser shows 1 to 5.
    result = audit(_gdocs(lang).encode("utf-8"), "export.html")
    doc = result.document
    assert doc is not None and doc.headline == ARTICLES[lang][0]
    assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.found) == (5, 5)
    assert [i.number for i in doc.items] == [1, 2, 3, 4, 5]
    assert [i.title for i in doc.items] == list(ARTICLES[lang][1])
    assert findings(result, "LS004") == [] and findings(result, "LS003") == []


def test_a_counter_reset_on_every_box_still_counts_each_box_alone() -> None:
    # Guard: where every <ol> resets the counter, a browser shows "1." on each entry; no
    # sequence is drawn across them (the list's own start attributes still number them).
    result = audit(_gdocs("en", every_ol_starts=True).encode("utf-8"), "export.html")
    doc = result.document
    assert doc is not None and doc.listicle is not None and doc.listicle.found == 5
    assert not any(h.text.startswith(("2.", "3.")) for h in doc.headings)


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>{headline}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties><o:Author>Anna Novak</o:Author></o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
-->
</style>
</head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<div class=WordSection1>
<h1>{headline}<o:p></o:p></h1>
<p class=MsoNormal>{para}<o:p></o:p></p>
"""


@pytest.mark.parametrize("as_headings", [True, False])
def test_a_word_document_saved_as_a_web_page(as_headings: bool) -> None:
    # Word's "Save as → Web Page": the Office namespaces, <o:p> in every paragraph, and the
    # numbers of a numbered list written by Word inside <![if !supportLists]> … <![endif]>
    # (mso-list styles), on headings or on list paragraphs (MsoListParagraphCxSp…). Pinned.
    headline, items, para, _alt = ARTICLES["en"]
    parts = [WORD_HEAD.format(headline=headline, para=para)]
    for n, title in enumerate(items, 1):
        number = (f"<![if !supportLists]><span style='mso-list:Ignore'>{n}.<span style='font:7.0pt "
                  "\"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>")
        if as_headings:
            parts.append(f"<h2 style='margin-left:18.0pt;mso-list:l0 level1 lfo1'>{number}{title}<o:p></o:p></h2>\n"
                         f"<p class=MsoNormal>{para}<o:p></o:p></p>\n")
        else:
            parts.append(f"<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level1 lfo1'>{number}"
                         f"<b>{title}.</b> {para}<o:p></o:p></p>\n")
    page = "".join(parts) + "</div>\n</body>\n</html>\n"
    result = audit(page.encode("cp1252"), "draft.htm")
    doc = result.document
    assert doc is not None and doc.headline == headline and doc.lang == "en"
    assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.found) == (5, 5)
    assert [i.title.rstrip(".") for i in doc.items] == list(items)
    assert findings(result, "LS004") == [] and findings(result, "HL001") == []
