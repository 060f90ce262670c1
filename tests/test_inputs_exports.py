"""Drafts as editors export them from their word processors and note apps, read as an editor
reads them: the headline, the standfirst, the headings' levels, the list's entries, and no
error on the export's own furniture (comment anchors, footnote links, empty spacer
paragraphs, span soup, Docs' redirect links).

Each export's markup follows what the tool writes (cited beside it); the article text is ours.
A word processor keeps <h1> for "Heading 1" and writes the document's "Title" style as a
classed paragraph sized by a class rule in the export's own ``<style>``: read as the headline
(``sources/html/doc_title.py``), and so is a first line set in a title's size by hand where
no <h1> is. Tests marked "fails on base" failed before it; the rest pin
shapes that read right already, and the guards keep the look-alikes out (a site's
``<p class="title">`` teaser beside a real <h1>, a title class with no title's size, a title
paragraph after the text).
"""

from __future__ import annotations

import pytest

from auditor.api import FileResult, audit
from auditor.model import Document

HEADLINE = "7 Ways to Keep Vegetables Through the Winter"
SUBTITLE = "Our grandmothers knew how, and you need no cellar"
INTRO = "Each of these ways was tried by our grandmothers and suits a small kitchen. Most need nothing but a shelf."
ENTRIES = (("Dry the apples", "Slice them thin and dry them on a rack by the stove for two days."),
           ("Freeze the berries", "Spread them on a tray first so they do not stick together in the bag."),
           ("Pickle the cucumbers", "Salt, water, dill and garlic are all you need for a crock of them."),
           ("Ferment the cabbage", "Shred it fine, salt it and press it hard into a crock under brine."),
           ("Store roots in sand", "Carrots and beets keep for months in a box of damp sand in a cold room."),
           ("Make jam", "Cook the fruit with sugar until a drop of it sets on a cold plate."),
           ("Dry the herbs", "Hang them upside down in bunches in an airy place, then crumble them into jars."))


def audited(html: str, path: str = "export.html") -> FileResult:
    result = audit(html.encode("utf-8"), path)
    assert result.error is None and result.document is not None, result.error
    return result


def rules(result: FileResult, level: str | None = None) -> set[str]:
    return {f.rule for f in result.findings if level is None or f.level == level}


def assert_reads_the_draft(result: FileResult, level: int = 2) -> Document:
    """The headline read, the subtitle not a section heading, the sections at their level,
    seven entries numbered 1-7 and promised 7."""
    doc = result.document
    assert doc is not None
    assert doc.headline == HEADLINE
    assert "HL001" not in rules(result)
    assert not any(h.text == SUBTITLE for h in doc.headings)
    sections = [h for h in doc.headings if h.text != HEADLINE]
    assert [h.level for h in sections] == [level] * len(ENTRIES)
    assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.found) == (7, 7)
    assert [i.number for i in doc.items] == list(range(1, 8))
    assert [i.title for i in doc.items] == [t for t, _ in ENTRIES]
    assert not any(p.text == HEADLINE for p in doc.paragraphs)  # the headline is no paragraph of the text
    return doc


# ---------------------------------------------------------------- Google Docs

# Google Docs, File > Download > Web page (.html, zipped): no <title> and no lang; one class per
# distinct format (c0…cN) in the head's <style>, the named styles as classes of their own
# (``.title{…font-size:26pt…}``, ``.subtitle{…font-size:15pt…}``) and tag rules for the headings;
# the "Title" paragraph ``<p class="c3 title" id="h.…">``; every run a <span class="cN">; an
# empty line ``<p class="c2"><span class="c0"></span></p>``; a comment's anchor
# ``<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>`` with the comment at the end, a
# footnote's ``<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>`` with the note after an <hr>;
# links through Google's redirect (``https://www.google.com/url?q=…&sa=D&source=editors``).
DOCS_CSS = (
    "@import url(https://themes.googleusercontent.com/fonts/css?kit=abc123);ol{margin:0;padding:0}"
    "table td,table th{padding:0}.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;"
    'font-size:11pt;font-family:"Arial";font-style:normal}.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;'
    "orphans:2;widows:2;text-align:left;height:11pt}.c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;"
    "orphans:2;widows:2;text-align:left}.c4{color:#000000;font-weight:400;text-decoration:none;"
    'vertical-align:baseline;font-size:26pt;font-family:"Arial";font-style:normal}.c6{color:#666666;'
    'font-weight:400;text-decoration:none;vertical-align:baseline;font-size:15pt;font-family:"Arial";'
    "font-style:normal}.c8{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}"
    ".c10{color:#1155cc;text-decoration:underline}"
    '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;'
    "page-break-after:avoid;orphans:2;widows:2;text-align:left}"
    '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";'
    "line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
    'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
    'h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15}'
    'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15}')


def google_docs(heading: str = "h2", title: str = '<p class="c3 title" id="h.gjdgxs"><span class="c4">{t}</span></p>',
                css: str = DOCS_CSS, before: str = "") -> str:
    out = [f'<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
           f'<style type="text/css">{css}</style></head><body class="c8 doc-content">{before}',
           title.format(t=HEADLINE),
           f'<p class="c3 subtitle" id="h.30j0zll"><span class="c6">{SUBTITLE}</span></p>',
           '<p class="c2"><span class="c0"></span></p>',
           f'<p class="c3"><span class="c0">{INTRO}</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>\n']
    for n, (name, text) in enumerate(ENTRIES, 1):
        out.append(f'<{heading} class="c3" id="h.s{n}"><span class="c0">{n}. {name}</span></{heading}>'
                   f'<p class="c3"><span class="c0">{text}</span>')
        if n == 1:
            out.append('<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>')
        if n == 2:
            out.append(' Read <a class="c10" href="https://www.google.com/url?q=https://www.example.org/berries'
                       '&amp;sa=D&amp;source=editors&amp;ust=1700000000000000&amp;usg=AOvVaw0abc">the guide</a>.')
        out.append('</p><p class="c2"><span class="c0"></span></p>\n')
    out.append('<hr class="c7"><div><p class="c3"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c0">&nbsp;A wire '
               'rack lets the air reach both sides.</span></p></div><div class="c9"><p class="c3"><a href="#cmnt_ref1" '
               'id="cmnt1">[a]</a><span class="c0">Check with Ana whether this is true.</span></p></div></body></html>')
    return "".join(out)


def test_google_docs_title_style_is_the_headline() -> None:
    # Fails on base: no <h1>, so HL001 (an error) said the draft had no headline.
    result = audited(google_docs())
    doc = assert_reads_the_draft(result)
    assert (doc.headline_line, doc.headline_column) == (1, google_docs().index('<p class="c3 title"') + 1)
    # The Title style is the document's H1 (as the .docx reader reads Word's Title): no HD001.
    assert "HD001" not in rules(result)
    assert [(h.level, h.text) for h in doc.headings][:2] == [(1, HEADLINE), (2, "1. Dry the apples")]


def test_google_docs_picture_and_empty_lines_before_the_title() -> None:
    # An empty line and a picture above the title (Docs wraps each image in a clipping span:
    # ``<span style="overflow: hidden; display: inline-block; …"><img alt="" src="images/image1.jpg"
    # title="">``): no text, the title is still the body's first (fails on base).
    picture = ('<p class="c2"><span class="c0"></span></p><p class="c3"><span style="overflow: hidden; display: '
               'inline-block; margin: 0.00px 0.00px; border: 0.00px solid #000000; width: 624.00px; height: 416.00px;">'
               '<img alt="Apples drying on a rack" src="images/image1.jpg" style="width: 624.00px; height: 416.00px;" '
               'title=""></span></p>')
    assert_reads_the_draft(audited(google_docs(before=picture)))


def test_google_docs_subtitle_style_is_the_standfirst() -> None:
    # Fails on base: the subtitle was a paragraph like any other.
    doc = audited(google_docs()).document
    assert doc is not None and doc.standfirst is not None and doc.standfirst.text == SUBTITLE


def test_google_docs_title_over_heading_1_sections() -> None:
    # Fails on base: the first "Heading 1" section ("1. Dry the apples") was taken for the headline.
    # Under the Title's H1 they are more H1s: HD001 asks to make each of them an H2.
    result = audited(google_docs(heading="h1"))
    doc = assert_reads_the_draft(result, level=1)
    assert [f.line for f in result.findings if f.rule == "HD001"] == [h.line for h in doc.headings if h.text != HEADLINE]


def test_google_docs_furniture_raises_no_error() -> None:
    # Comment anchors, footnote links, spacers and redirect links are the export's, not the
    # story's: no error, so a good draft passes the default gate (--fail-on error).
    result = audited(google_docs())
    assert rules(result, "error") == set()


# A word processor's export is a draft: its head (no <title>, no lang in Docs; Word's document
# properties) is not what will be published, the CMS writes the page's head as it renders the
# post's title as its H1. So the page-metadata rules (MT004 "no language", an error; title and
# description lengths) and HD001's "no H1" judge it as the fragment of a CMS body it will become.
# Fails on base: MT004 failed the default gate on every clean Docs export.
@pytest.mark.parametrize("shape", ["doc-content body", "fonts import", "lists' classes"])
def test_a_google_docs_export_is_a_draft_its_head_the_cms_s(shape: str) -> None:
    html = google_docs()
    if shape != "doc-content body":
        html = html.replace('class="c8 doc-content"', 'class="c8"')
    if shape == "lists' classes":
        html = html.replace("@import url(https://themes.googleusercontent.com/fonts/css?kit=abc123);",
                            "ol.lst-kix_list_1-0{list-style-type:none}")
    result = audited(html)
    assert result.document is not None and result.document.meta.made_by == "Google Docs"
    assert not {r for r in rules(result) if r.startswith("MT")} and "meta" not in result.scores


def test_a_site_page_without_a_language_is_still_told() -> None:
    # A guard: the same article as a site's page (its own <title>, no word processor's marks)
    # keeps MT004, an error: the page readers and crawlers get has no language.
    html = (f"<html><head><meta charset=utf-8><meta name=generator content='WordPress 6.4'><title>{HEADLINE}</title>"
            f"</head><body><article><h1>{HEADLINE}</h1>" + _fragment("") + "</article></body></html>")
    result = audited(html)
    assert result.document is not None and result.document.meta.made_by is None
    assert "MT004" in rules(result, "error")


def test_google_docs_inline_title_run_over_a_plain_paragraph_class() -> None:
    # Older exports size the run, not the paragraph (``<p class="c3 title"><span class="c4">`` with
    # .c4 26pt and no .title rule): the walk reads the run's size as the paragraph's.
    css = DOCS_CSS.replace(".title{", ".title-unused{")
    assert_reads_the_draft(audited(google_docs(css=css)))


def published_docs() -> str:
    """Google Docs, File > Share > Publish to the web: Google's page around the document, the
    document's name in <title> and og:title and again in the banner, "Updated automatically every
    5 minutes", the document's own <style> and markup inside ``#contents``, and the footer's
    "Published using Google Docs – Report abuse – Learn more". Comments are not published."""
    g = google_docs()
    inner = g[g.index('<body class="c8 doc-content">') + len('<body class="c8 doc-content">'):g.index('<div class="c9">')]
    css = g[g.index("<style"):g.index("</style>") + 8]
    return ('<!DOCTYPE html>\n<html>\n<head><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta charset="utf-8">\n<title>{HEADLINE}</title>\n<meta property="og:title" content="{HEADLINE}">'
            '<meta property="og:type" content="article">\n</head>\n<body>\n<div id="banners"><div id="publish-banner">'
            f'<div id="title-banner" class="title-banner">{HEADLINE}</div><div id="interval"><span class="interval-text">'
            'Updated automatically every 5 minutes</span></div></div></div>\n'
            f'<div id="contents">{css}\n<div class="doc-content">{inner}</div></div>\n'
            '<div id="footer"><a href="https://docs.google.com/document/u/0/">Published using Google Docs</a>'
            '<span class="dash">–</span><a href="https://support.google.com/docs/answer/183965">Report abuse</a>'
            '<span class="dash">–</span><a href="https://support.google.com/docs/">Learn more</a></div>\n</body>\n</html>\n')


def test_a_published_google_doc() -> None:
    # Fails on base: the headline was the <title>'s (at its line) and the Title paragraph a line of
    # the text; the banner's copy of the name and the footer are Google's.
    html = published_docs()
    result = audited(html, "pub.html")
    doc = assert_reads_the_draft(result)
    assert doc.headline_line == html.split("\n").index(next(x for x in html.split("\n") if 'class="c3 title"' in x)) + 1
    # Published, the page is Google's, its head too: no draft, a missing language stays told.
    assert rules(result, "error") <= {"MT004"}


# ---------------------------------------------------------------- Word

# Word, File > Save as > Web Page, Filtered (*.htm): the styles in the head wrapped in an HTML
# comment (``p.MsoTitle, li.MsoTitle, div.MsoTitle {…font-size:28.0pt…}``), the document's
# Title property as <title>, "Heading 1/2" as <h1>/<h2>, the text ``<p class=MsoNormal>``, an
# empty line ``<p class=MsoNormal>&nbsp;</p>``; a comment's anchor ``<a class=msocomanchor
# href="#_msocom_1">[AN1]</a>`` and its text under ``<hr class=msocomoff>`` in a
# ``<span class=MsoCommentReference>``; a footnote ``<a href="#_ftn1" name="_ftnref1"><span
# class=MsoFootnoteReference>[1]</span></a>`` with ``<p class=MsoFootnoteText>`` at the end.
WORD_CSS = """<!--
 /* Font Definitions */
 @font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0in;
	margin-bottom:8.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
h1
	{mso-style-link:"Heading 1 Char";
	margin-top:12.0pt;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
h2
	{mso-style-link:"Heading 2 Char";
	margin-top:2.0pt;
	font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-link:"Title Char";
	margin:0in;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
	{mso-style-link:"Subtitle Char";
	margin-top:0in;
	margin-bottom:8.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	color:#5A5A5A;
	letter-spacing:.75pt;}
span.MsoCommentReference
	{font-size:8.0pt;}
p.MsoCommentText, li.MsoCommentText, div.MsoCommentText
	{font-size:10.0pt;
	font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
	{page:WordSection1;}
-->"""


def word(heading: str = "h2", title: str = HEADLINE) -> str:
    out = ['<html>\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
           '<meta name=Generator content="Microsoft Word 15 (filtered)">\n'
           f"<title>{title}</title>\n<style>\n{WORD_CSS}\n</style>\n</head>\n"
           "<body lang=EN-US style='word-wrap:break-word'>\n<div class=WordSection1>\n",
           f"<p class=MsoTitle>{HEADLINE}</p>\n<p class=MsoSubtitle>{SUBTITLE}</p>\n<p class=MsoNormal>&nbsp;</p>\n",
           f"<p class=MsoNormal>{INTRO}<a class=msocomanchor id=\"_anchor_1\" href=\"#_msocom_1\" "
           'language=JavaScript name="_msoanchor_1">[AN1]</a><span class=MsoCommentReference>&nbsp;</span></p>\n']
    for n, (name, text) in enumerate(ENTRIES, 1):
        out.append(f"<{heading}>{n}. {name}</{heading}>\n<p class=MsoNormal><span lang=EN-GB>{text}</span>")
        if n == 1:
            out.append('<a href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span '
                       "style='font-size:11.0pt;line-height:107%;font-family:\"Calibri\",sans-serif'>[1]</span></span></a>")
        out.append("</p>\n<p class=MsoNormal>&nbsp;</p>\n")
    out.append("</div>\n<div><br clear=all>\n<hr align=left size=1 width=\"33%\">\n<div id=ftn1>\n<p class=MsoFootnoteText>"
               '<a href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> A wire rack '
               "lets the air reach both sides.</p>\n</div>\n</div>\n<div>\n<hr class=msocomoff align=left size=1 "
               'width="33%">\n<div>\n<div id="_com_1" class=msocomtxt language=JavaScript><a name="_msocom_1"></a>\n'
               '<p class=MsoCommentText><span class=MsoCommentReference>&nbsp;<a href="#_msoanchor_1" '
               "class=msocomoff>[AN1]</a></span>Check this with Ana.</p>\n</div>\n</div>\n</div>\n</body>\n</html>\n")
    return "".join(out)


def test_word_title_style_is_the_headline() -> None:
    # Fails on base: no <h1>; the <title> stood in for the headline, and the Title paragraph was
    # read as a line of the text.
    result = audited(word())
    doc = assert_reads_the_draft(result)
    assert doc.headline_line == word().split("\n").index(f"<p class=MsoTitle>{HEADLINE}</p>") + 1
    assert "HD001" not in rules(result)
    assert doc.standfirst is not None and doc.standfirst.text == SUBTITLE


def test_word_title_over_heading_1_sections() -> None:
    # Fails on base: the <title> names the document, no "Heading 1" section reads like it, so
    # the first section was taken for the headline.
    assert_reads_the_draft(audited(word(heading="h1")), level=1)


def test_word_title_property_left_as_the_file_s_name() -> None:
    # Word fills <title> from the document's Title property, often the file's first words or
    # nothing like the title: the Title paragraph is still the headline (fails on base).
    assert_reads_the_draft(audited(word(heading="h1", title="Draft v3 final")), level=1)


def test_word_furniture_raises_no_error() -> None:
    result = audited(word())
    assert rules(result, "error") == set()
    # Word's generator marks the export a draft: its document properties in <title> are no SEO
    # title to judge (MT rules), the CMS writes the head.
    assert result.document is not None and result.document.meta.made_by == "Microsoft Word"
    assert not {r for r in rules(result) if r.startswith("MT")}


def _word_entries(body: str) -> str:
    w = word()
    return w[:w.index("<h2>1.")] + body + w[w.index("</div>\n<div><br clear=all>"):]


def test_word_numbered_list_paragraphs() -> None:
    # Word's numbered list, filtered: ``<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in'>1.<span
    # style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span><b>Title</b></p>``, Middle and Last after it.
    def kind(n: int) -> str:
        return "CxSpFirst" if n == 1 else "CxSpLast" if n == len(ENTRIES) else "CxSpMiddle"
    body = "".join(f"<p class=MsoListParagraph{kind(n)} style='text-indent:-.25in'>{n}.<span style='font:7.0pt "
                   f"\"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><b>{name}</b></p>\n<p class=MsoNormal>{text}</p>\n"
                   for n, (name, text) in enumerate(ENTRIES, 1))
    result = audited(_word_entries(body))
    doc = result.document
    assert doc is not None and doc.headline == HEADLINE and "HL001" not in rules(result)
    assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.found) == (7, 7)
    assert [i.title for i in doc.items] == [t for t, _ in ENTRIES]
    assert rules(result, "error") == set()


def test_word_web_page_not_filtered() -> None:
    # Word's full "Save as Web Page": list numbers in downlevel-revealed conditional comments
    # (``<![if !supportLists]>…<![endif]>``), ``<o:p></o:p>`` in every paragraph, an empty line
    # ``<p class=MsoNormal><o:p>&nbsp;</o:p></p>``.
    body = "".join(f"<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'>"
                   "<![if !supportLists]><span style='mso-fareast-font-family:Calibri'><span style='mso-list:Ignore'>"
                   f"{n}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
                   f"<![endif]><b>{name}<o:p></o:p></b></p>\n<p class=MsoNormal>{text}<o:p></o:p></p>\n"
                   "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" for n, (name, text) in enumerate(ENTRIES, 1))
    result = audited(_word_entries(body))
    doc = result.document
    assert doc is not None and doc.headline == HEADLINE
    assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.found) == (7, 7)
    assert not any("<![" in p.text or "supportLists" in p.text for p in doc.paragraphs)
    assert rules(result, "error") == set()


def test_word_title_in_its_bordered_box() -> None:
    # Word 2007-2010's Title style draws a rule under it: the export wraps the paragraph in
    # ``<div style='mso-element:para-border-div;border:none;border-bottom:solid #4F81BD 1.0pt'>`` (fails on base).
    html = word(heading="h1", title="Document1").replace(
        f"<p class=MsoTitle>{HEADLINE}</p>", "<div style='mso-element:para-border-div;border:none;border-bottom:solid "
        f"#4F81BD 1.0pt;padding:0in 0in 4.0pt 0in'>\n<p class=MsoTitle>{HEADLINE}</p>\n</div>")
    assert_reads_the_draft(audited(html), level=1)


# ---------------------------------------------------------------- LibreOffice

# LibreOffice Writer, File > Save As > HTML Document: a <style> of tag and class rules, the
# document's styles by name (``p.title``; with a script's suffix where its fonts differ by
# script, ``title-western``), "Heading 1/2" as ``<h1 class="western">``/``<h2 class="western">``,
# the text ``<p style="margin-bottom: 0.25cm; line-height: 115%">``; the "Title" style is 28pt bold
# centred (sw/source/core/doc/DocumentStylePoolManager.cxx, RES_POOLCOLL_DOC_TITLE).
def libreoffice(cls: str) -> str:
    out = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<html>\n<head>\n'
           '\t<meta http-equiv="content-type" content="text/html; charset=utf-8"/>\n\t<title></title>\n'
           '\t<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/>\n\t<style type="text/css">\n'
           "\t\t@page { size: 21cm 29.7cm; margin: 2cm }\n"
           "\t\tp { line-height: 115%; margin-bottom: 0.25cm; background: transparent }\n"
           "\t\th2 { margin-top: 0.35cm; margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }\n"
           '\t\th2.western { font-family: "Liberation Serif", serif; font-size: 18pt; font-weight: bold }\n'
           f'\t\tp.{cls} {{ font-family: "Liberation Sans", sans-serif; font-size: 28pt; font-weight: bold; '
           "text-align: center }\n"
           '\t\tp.subtitle-western { font-size: 18pt; text-align: center }\n'
           '\t</style>\n</head>\n<body lang="en-GB" link="#000080" vlink="#800000" dir="ltr">',
           f'<p class="{cls}">{HEADLINE}</p>\n<p class="subtitle-western">{SUBTITLE}</p>\n'
           f'<p style="line-height: 100%; margin-bottom: 0cm">{INTRO}</p>\n']
    for n, (name, text) in enumerate(ENTRIES, 1):
        out.append(f'<h2 class="western">{n}. {name}</h2>\n<p style="line-height: 100%; margin-bottom: 0cm">{text}</p>\n'
                   '<p style="line-height: 100%; margin-bottom: 0cm"><br/>\n\n</p>\n')
    return "".join(out) + "</body>\n</html>\n"


@pytest.mark.parametrize("cls", ["title", "title-western"])
def test_libreoffice_title_style_is_the_headline(cls: str) -> None:
    # Fails on base: no <h1>, an empty <title>: HL001.
    result = audited(libreoffice(cls))
    doc = assert_reads_the_draft(result)
    assert doc.standfirst is not None and doc.standfirst.text == SUBTITLE
    assert "HL001" not in rules(result)
    assert doc.meta.made_by == "LibreOffice" and rules(result, "error") == set()


# ---------------------------------------------------------------- Notion

# Notion, Export > HTML: the page's title ``<header><h1 class="page-title">`` above
# ``<div class="page-body">`` in ``<article class="page sans">``; headings ``<h2 id="…" class="">``,
# paragraphs ``<p id="…" class="">``, empty blocks ``<p id="…" class=""></p>``. Pinned: read right on base.
def notion() -> str:
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
           f"<title>{HEADLINE}</title><style>html{{-webkit-print-color-adjust:exact}}.page-title{{font-size:2.5rem;"
           "font-weight:700}</style></head><body><article id=\"a1b2\" class=\"page sans\"><header>"
           f'<h1 class="page-title">{HEADLINE}</h1><p class="page-description">{SUBTITLE}</p></header>'
           f'<div class="page-body"><p id="p0" class="">{INTRO}</p><p id="p00" class=""></p>']
    for n, (name, text) in enumerate(ENTRIES, 1):
        out.append(f'<h2 id="h{n}" class="">{n}. {name}</h2><p id="p{n}" class="">{text}</p>')
    return "".join(out) + "</div></article></body></html>"


def test_notion_export() -> None:
    result = audited(notion())
    assert_reads_the_draft(result)
    assert rules(result, "error") <= {"MT004"}


# ---------------------------------------------------------------- Markdown

def test_markdown_download_from_google_docs() -> None:
    # Google Docs, File > Download > Markdown (.md): the Title style as "# ", headings one level
    # down each ("## "), the subtitle as a line of its own. Pinned: read right on base.
    lines = [f"# {HEADLINE}", "", SUBTITLE, "", INTRO, ""]
    for n, (name, text) in enumerate(ENTRIES, 1):
        lines += [f"## {n}. {name}", "", text, ""]
    result = audited("\n".join(lines), "draft.md")
    doc = result.document
    assert doc is not None and doc.headline == HEADLINE and "HL001" not in rules(result)
    assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.found) == (7, 7)


# ---------------------------------------------------------------- a title set large by hand

# Many writers never pick the Title style: they type the headline on the first line and make it
# big and bold. Docs writes the run's format as a class (``<p class="c3"><span class="c9">`` with
# ``.c9{font-weight:700;font-size:20pt}``), Word as the run's style (``<p class=MsoNormal><b><span
# style='font-size:20.0pt'>``).
BIG_RUN = ".c9{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:20pt;font-family:\"Arial\"}"


def test_google_docs_first_line_set_large_by_hand() -> None:
    # Fails on base: HL001.
    result = audited(google_docs(css=DOCS_CSS + BIG_RUN, title='<p class="c3"><span class="c9">{t}</span></p>'))
    doc = assert_reads_the_draft(result)
    # A large line is no heading, but a draft's H1 is the template's (it renders the post's
    # title so), as a CMS body fragment's is: no HD001.
    assert doc.meta.made_by == "Google Docs" and "HD001" not in rules(result)


def test_word_first_line_set_large_by_hand() -> None:
    # Fails on base: HL001 (Word left <title> empty).
    html = word(title="").replace(f"<p class=MsoTitle>{HEADLINE}</p>", "<p class=MsoNormal><b><span style='font-size:"
                                  f"20.0pt;line-height:107%'>{HEADLINE}</span></b></p>")
    assert_reads_the_draft(audited(html))


def _fragment(first: str) -> str:
    return first + f"<p>{INTRO}</p>" + "".join(f"<h2>{n}. {a}</h2><p>{b}</p>" for n, (a, b) in enumerate(ENTRIES, 1))


@pytest.mark.parametrize("first", [
    f'<p style="font-size:1.5em">{INTRO}</p>',  # a lede set large: a sentence
    '<p><b>Updated March 3, 2024</b></p>',  # bold, not a title's size
    '<p class="lead" style="font-size:24px">Our grandmothers knew how</p>',  # a dek's class
])
def test_a_large_first_line_that_is_no_title_is_no_headline(first: str) -> None:
    # Guards: HL001 keeps firing on a CMS body fragment with no headline.
    assert "HL001" in rules(audited(_fragment(first), "body.html"))


def test_a_large_first_line_the_page_s_titles_do_not_name_is_no_headline() -> None:
    # A guard: a page with a <title> and no <h1> opening on a large label: the <title> stands in.
    html = f"<html lang=en><head><title>{HEADLINE}</title></head><body>" + _fragment(
        '<p><span style="font-size:22px">Members only</span></p>') + "</body></html>"
    doc = audited(html).document
    assert doc is not None and doc.headline == HEADLINE and any(p.text == "Members only" for p in doc.paragraphs)


# ---------------------------------------------------------------- review marks

def test_google_docs_comment_anchors_are_no_words_of_the_title() -> None:
    # Fails on base: "[b]" stuck to the headline and "[c]" to the first entry's title.
    html = google_docs(title='<p class="c3 title" id="h.gjdgxs"><span class="c4">{t}</span>'
                             '<sup><a href="#cmnt2" id="cmnt_ref2">[b]</a></sup></p>')
    html = html.replace("1. Dry the apples</span>", '1. Dry the apples</span><sup><a href="#cmnt3" id="cmnt_ref3">[c]</a></sup>')
    assert_reads_the_draft(audited(html))


def test_google_docs_comments_are_no_paragraphs_of_the_story() -> None:
    # Fails on base: the reviewer's note ("[a]Check with Ana…") was read as the story's last
    # paragraph. The footnote is the writer's: it stays.
    html = google_docs().replace("Check with Ana whether this is true.</span></p>",
                                 'Check with Ana whether this is true.</span></p><p class="c3"><span class="c0">'
                                 "She says it is, for apples at least.</span></p>")
    doc = audited(html).document
    assert doc is not None
    texts = [p.text for p in doc.paragraphs]
    assert not any("Ana" in t for t in texts) and not any("[a]" in t for t in texts)
    assert any("A wire rack lets the air reach both sides" in t for t in texts)
    assert any(t.startswith("Slice them thin") and t.endswith("[1]") for t in texts)  # a marker in the text stays


def test_word_comment_anchor_and_heading_footnote_mark() -> None:
    # Fails on base: "[AN2]" in the headline and "[1]" in an entry's title.
    html = word().replace(f"<p class=MsoTitle>{HEADLINE}</p>",
                          f'<p class=MsoTitle>{HEADLINE}<a class=msocomanchor id="_anchor_2" href="#_msocom_2" '
                          'language=JavaScript name="_msoanchor_2">[AN2]</a></p>')
    html = html.replace("<h2>3. Pickle the cucumbers</h2>", '<h2>3. Pickle the cucumbers<a href="#_ftn2" name="_ftnref2" '
                        'title=""><span class=MsoFootnoteReference>[2]</span></a></h2>')
    assert_reads_the_draft(audited(html))


def test_other_bracketed_links_stay() -> None:
    # Guards: a site's footnote marker in a heading (Wikipedia's "#cite_note-1", a Markdown
    # converter's "#fn1") and a link to a section named "[a]" are not an export's marks.
    for href in ("#cite_note-1", "#fn1", "#section-a"):
        html = google_docs().replace("1. Dry the apples</span>", f'1. Dry the apples</span><sup><a href="{href}">[1]</a></sup>')
        doc = audited(html).document
        assert doc is not None and any(h.text == "1. Dry the apples[1]" for h in doc.headings), href


# ---------------------------------------------------------------- guards

def test_a_teaser_classed_title_beside_the_page_s_h1_stays_a_paragraph() -> None:
    # A site's page whose body opens with a large ``<p class="title">`` teaser (a related story)
    # before its own <h1>, which the page's titles point at: the <h1> is the headline.
    teaser = '<p class="c3 title"><span class="c4">Read next: how to build a root cellar</span></p>'
    html = google_docs(title="<h1>{t}</h1>", before=teaser).replace(
        "<head>", f"<head><title>{HEADLINE} | The Kitchen</title>")
    doc = audited(html).document
    assert doc is not None and doc.headline == HEADLINE
    assert any(p.text.startswith("Read next") for p in doc.paragraphs)


def test_an_h1_before_the_title_paragraph_stays_the_headline() -> None:
    html = google_docs(before=f"<h1>{HEADLINE}</h1>", title='<p class="c3 title"><span class="c4">Ledger kitchen</span></p>')
    doc = audited(html).document
    assert doc is not None and doc.headline == HEADLINE


def test_a_title_class_not_set_as_a_title_is_no_headline() -> None:
    # The class named title but sized as the text (11pt): nothing on the page sets it apart.
    css = DOCS_CSS.replace("font-size:26pt;padding-bottom:3pt", "font-size:11pt;padding-bottom:3pt")
    result = audited(google_docs(css=css, title='<p class="c3 title"><span class="c0">{t}</span></p>'))
    assert "HL001" in rules(result)


def test_a_title_paragraph_after_the_text_is_no_headline() -> None:
    result = audited(google_docs(before=f'<p class="c3"><span class="c0">{INTRO}</span></p>'))
    assert "HL001" in rules(result)


def test_a_long_title_classed_paragraph_is_no_headline() -> None:
    long = " ".join([HEADLINE] * 4)
    result = audited(google_docs(title=f'<p class="c3 title"><span class="c4">{long}</span></p>'))
    assert "HL001" in rules(result)


def test_a_subtitle_first_is_no_headline() -> None:
    result = audited(google_docs(title='<p class="c3 subtitle"><span class="c4">{t}</span></p>'))
    assert "HL001" in rules(result)
