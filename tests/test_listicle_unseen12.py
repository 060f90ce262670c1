"""Entry titles set bold or large only by the page's own class rules (round 14, wave 2): hosted
editors and document exports write every line with a class and put the weight and size in a
``<style>`` block of the page, not on the line: Wix's rich text (``<p class="font_2">``, the theme's
"Heading 2" font in the head), Google Docs' "Publish to the web" and HTML download
(``<p class="c3"><span class="c5">`` with ``.c5{font-weight:700}``), Word's "Save as Web Page"
(``p.EntryTitle, li.EntryTitle, div.EntryTitle {…font-weight:bold}``), and pages saved with their
stylesheets inlined (SingleFile and browsers' "save as one file") from Squarespace's rich text
(``<p class="sqsrte-large">``, "Paragraph 1"). A class-bold or class-large line reads as an
inline-bold or inline-large one does. Each case fails on 152c2c3 unless it says it is a guard;
the guards keep the look-alikes out (a theme's bold or large text class, rules for some screens
or some boxes only, print styles, a later rule that sets the text plain). Small articles read
end to end through ``audit``; the habit's source is cited beside each."""

from __future__ import annotations

from auditor.api import FileResult, audit, default_settings
from auditor.model import Document
from test_listicle_languages import BODY

SETTINGS = default_settings()
HEADLINE = "5 Takeaways From The Third Republican Debate"
NEWS = "The Third Republican Debate Turned Into A Brawl Over Ukraine"
# Titles of the length a newsroom writes takeaways in: too long and too many to pass as short lines alone.
TITLES = ("Biden Stays Focused On Trump, Not The Other Candidates", "Republicans Did Not Pile On Against Biden",
          "Nobody Wanted To Talk About The Economy Tonight", "The Moderators Lost Control Of The Stage Early",
          "Ramaswamy Isn't Making Any Friends")
# A short line inside two entries (a pull quote, a video's call), no title: plain paragraphs
# alone cannot tell these from the titles, the titles' weight or size does.
ASIDES = ("“Israel needs nobody’s permission tonight”", "", "Watch the full exchange below", "", "")


def audited(css: str, body: str, headline: str = HEADLINE, media: str = "") -> FileResult:
    attr = f' media="{media}"' if media else ""
    html = (f"<html lang=en><head><title>t</title><style{attr}>{css}</style></head><body><article>"
            f"<h1>{headline}</h1><p>{BODY}</p>{body}</article></body></html>")
    result = audit(html.encode(), "page.html", SETTINGS)
    assert result.error is None and result.document is not None
    return result


def page(css: str, body: str, headline: str = HEADLINE, media: str = "") -> Document:
    document = audited(css, body, headline, media).document
    assert document is not None
    return document


def titles_of(doc: Document) -> list[str]:
    return [item.title or item.heading for item in doc.items]


def entries(title: str, text: str, titles: tuple[str, ...] = TITLES) -> str:
    """Each entry: its title line (``title`` with {t}), text, an aside in some, text; ``text``
    with {t} is a line of text."""
    return "".join(title.format(t=t) + text.format(t=BODY) + (text.format(t=a) if a else "") + text.format(t=BODY)
                   for t, a in zip(titles, ASIDES))


# ---------------------------------------------------------------- Wix

# Wix's rich text element: each line a `<p class="font_N wixui-rich-text__text">`, the theme's
# text styles (`font_2` "Heading 2", `font_8` "Paragraph 2") set in the page's head with the
# `font` shorthand, the weight normal and the size alone setting the title apart.
WIX_CSS = (".font_2{font:normal normal normal 28px/1.4em playfairdisplay-bold,serif;color:#1c1c1c}"
           ".font_8{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif;color:#3d3d3d}")
WIX_TITLE = '<p class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">{t}</span></p>'
WIX_TEXT = '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">{t}</span></p>'


def wix(css: str = WIX_CSS, headline: str = HEADLINE) -> Document:
    return page(css, '<div data-testid="richTextElement" class="wixui-rich-text">'
                + entries(WIX_TITLE, WIX_TEXT) + "</div>", headline)


def test_wix_titles_set_apart_by_the_theme_s_heading_font() -> None:
    assert titles_of(wix()) == list(TITLES)


def test_plain_short_lines_stay_unread_as_titles() -> None:
    # A guard: without the rules, the same page's lines are all plain: its asides stand among
    # the titles as they did (7 lines, no list kept).
    doc = wix(css="")
    assert len(doc.items) != 5 and not any(p.lead for p in doc.paragraphs)


def test_a_theme_whose_text_class_is_large_sets_nothing_apart() -> None:
    # A guard: a theme setting every paragraph of the post large (its text class holds the body's
    # text) sets nothing apart; the titles' class, plain, none either.
    css = ".font_2{font:normal normal normal 16px/1.4em serif}.font_8{font:normal normal normal 24px/1.6em serif}"
    doc = wix(css=css)
    assert len(doc.items) != 5 and not any(p.lead for p in doc.paragraphs)


def test_a_post_written_all_in_a_bold_class_has_no_titles() -> None:
    # A guard: a writer who set the whole post in the "Heading 2" style sets nothing apart.
    body = "".join(WIX_TITLE.format(t=f"Day {n} began early. {BODY}") for n in range(1, 7))
    doc = page(WIX_CSS, body, "Our Week in Portugal Was Wonderful")
    assert doc.items == () and not any(p.lead for p in doc.paragraphs)


# ---------------------------------------------------------------- Google Docs

# Google Docs' "Publish to the web" and File > Download > Web page: every line a
# `<p class="c3"><span class="c5">`, one class per distinct run format in the head's `<style>`
# (`.c5{…font-weight:700…}` for the bold title's run, `.c0{…font-weight:400…}` for the text's).
DOCS_CSS = (".c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;"
            "font-family:\"Arial\";font-style:normal}.c5{color:#000000;font-weight:700;text-decoration:none;"
            "vertical-align:baseline;font-size:11pt;font-family:\"Arial\";font-style:normal}"
            ".c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}")
DOCS_TITLE = '<p class="c3"><span class="c5">{t}</span></p>'
DOCS_TEXT = '<p class="c3"><span class="c0">{t}</span></p>'


def docs(css: str = DOCS_CSS, media: str = "") -> Document:
    return page(css, entries(DOCS_TITLE, DOCS_TEXT), media=media)


def test_docs_titles_bold_by_their_run_s_class() -> None:
    assert titles_of(docs()) == list(TITLES)


def test_docs_titles_large_by_their_paragraph_s_class() -> None:
    # A title paragraph's class sized in points (`.c7{font-size:16pt}`), its run plain.
    body = entries('<p class="c7"><span class="c0">{t}</span></p>', DOCS_TEXT)
    doc = page(DOCS_CSS + ".c7{padding-top:20pt;font-size:16pt;line-height:1.15}", body)
    assert titles_of(doc) == list(TITLES)


def test_a_rule_for_some_screens_or_some_boxes_sets_nothing_apart() -> None:
    # Guards: a rule inside a screen width's query, one for the class inside another box, one for
    # a state, and a stylesheet for print apply to some views only.
    plain = DOCS_CSS.replace("font-weight:700", "font-weight:400")
    for css in (plain + "@media (min-width: 768px){.c5{font-weight:700}}", plain + ".doc-content .c5{font-weight:700}",
                plain + ".c5:hover{font-weight:700}", plain + "@supports (display:grid){.c5{font-weight:700}}"):
        assert len(docs(css).items) != 5, css
    assert len(docs(DOCS_CSS, media="print").items) != 5


def test_a_rule_for_every_screen_counts() -> None:
    plain = DOCS_CSS.replace("font-weight:700", "font-weight:400")
    assert titles_of(docs(plain + "@media screen{.c5{font-weight:bold}}")) == list(TITLES)


def test_a_later_rule_setting_the_class_plain_wins() -> None:
    # A guard: CSS's cascade, the later of two rules of one class.
    assert len(docs(DOCS_CSS + ".c5{font-weight:normal}").items) != 5


def test_a_small_size_class_sets_nothing_apart() -> None:
    # A guard: a run classed in a body text size (12pt, 20px) is no title.
    plain = DOCS_CSS.replace("font-weight:700", "font-weight:400")
    for size in ("12pt", "20px", "1.1em"):
        assert len(docs(plain + f".c5{{font-size:{size}}}").items) != 5, size


# ---------------------------------------------------------------- Word

# Word's "Save as Web Page, Filtered": the document's styles in the head's `<style>`, wrapped in an
# HTML comment, a custom paragraph style as `p.Name, li.Name, div.Name {…}`; every paragraph
# `<p class=MsoNormal>` or its style's class, the document's title `<p class=MsoTitle>`.
WORD_CSS = """<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0in;
	margin-right:0in;
	margin-bottom:8.0pt;
	margin-left:0in;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{margin:0in;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;}
p.EntryTitle, li.EntryTitle, div.EntryTitle
	{mso-style-name:"Entry Title";
	margin-top:12.0pt;
	margin-right:0in;
	margin-bottom:4.0pt;
	margin-left:0in;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	font-weight:bold;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
	{page:WordSection1;}
-->"""


def test_word_titles_in_a_bold_paragraph_style() -> None:
    body = ('<div class=WordSection1>' + entries("<p class=EntryTitle>{t}</p>", "<p class=MsoNormal>{t}</p>")
            + "</div>")
    assert titles_of(page(WORD_CSS, body)) == list(TITLES)


def test_word_titles_in_the_title_style() -> None:
    # A writer who set each entry's title in Word's Title style (28pt).
    body = entries("<p class=MsoTitle>{t}</p>", "<p class=MsoNormal>{t}</p>")
    assert titles_of(page(WORD_CSS, body)) == list(TITLES)


def test_word_s_tag_and_class_rule_is_its_tag_s_only() -> None:
    # A guard: `p.EntryTitle` says nothing of a span of that class.
    body = entries("<p class=MsoNormal><span class=EntryTitle>{t}</span></p>", "<p class=MsoNormal>{t}</p>")
    assert len(page(WORD_CSS.replace("p.EntryTitle, li.EntryTitle, div.EntryTitle", "p.EntryTitle"), body).items) != 5


# ---------------------------------------------------------------- Squarespace

# Squarespace 7.1's rich text: paragraph styles as classes, "Paragraph 1" `<p class="sqsrte-large"
# style="white-space:pre-wrap;">`, "Paragraph 2" a bare `<p>`; the site's stylesheet sizes them
# (here as a page saved with its stylesheets inlined, SingleFile's way).
SQS_CSS = "p{font-size:1rem}.sqsrte-large{font-size:1.5rem;line-height:1.4}.sqsrte-small{font-size:.85rem}"


def test_squarespace_titles_in_the_large_paragraph_style() -> None:
    body = ('<div class="sqs-html-content">' + entries('<p class="sqsrte-large" style="white-space:pre-wrap;">{t}</p>',
                                                       '<p style="white-space:pre-wrap;">{t}</p>') + "</div>")
    assert titles_of(page(SQS_CSS, body)) == list(TITLES)


# ---------------------------------------------------------------- WordPress's size presets

# The block editor's paragraph with a preset size (Paragraph block, Typography > Size "L"):
# `<p class="has-large-font-size">`, sized by the global styles WordPress prints inline
# (`global-styles-inline-css`): the preset a custom property on `body` (5.9-6.0) or `:root`
# (6.1 and on, fluid: `clamp(22.041px, …, 36px)`), the class `font-size: var(--…) !important`.
WP_CSS = ("body{--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;"
          "--wp--preset--font-size--large: 36px;--wp--preset--font-size--x-large: 42px;}"
          ".has-small-font-size{font-size: var(--wp--preset--font-size--small) !important;}"
          ".has-medium-font-size{font-size: var(--wp--preset--font-size--medium) !important;}"
          ".has-large-font-size{font-size: var(--wp--preset--font-size--large) !important;}"
          ".has-x-large-font-size{font-size: var(--wp--preset--font-size--x-large) !important;}")
WP_FLUID_CSS = (":root{--wp--preset--font-size--medium: clamp(14px, 0.875rem + ((1vw - 3.2px) * 0.469), 20px);"
                "--wp--preset--font-size--large: clamp(22.041px, 1.378rem + ((1vw - 3.2px) * 1.586), 36px);}"
                ".has-medium-font-size{font-size: var(--wp--preset--font-size--medium) !important;}"
                ".has-large-font-size{font-size: var(--wp--preset--font-size--large) !important;}")


def test_wordpress_paragraphs_in_the_large_preset() -> None:
    for css in (WP_CSS, WP_FLUID_CSS):
        doc = page(css, entries('<p class="has-large-font-size">{t}</p>', "<p>{t}</p>"))
        assert titles_of(doc) == list(TITLES), css[:40]


def test_wordpress_s_medium_preset_sets_nothing_apart() -> None:
    # A guard: "M" (20px, fluid 14-20px) is the text's size.
    for css in (WP_CSS, WP_FLUID_CSS):
        assert len(page(css, entries('<p class="has-medium-font-size">{t}</p>', "<p>{t}</p>")).items) != 5


def test_a_preset_set_otherwise_in_some_box_gives_no_size() -> None:
    # A guard: a variable declared again in a text's size (a theme's block style) may be either.
    css = WP_CSS + ".is-style-compact{--wp--preset--font-size--large: 18px}"
    assert len(page(css, entries('<p class="has-large-font-size">{t}</p>', "<p>{t}</p>")).items) != 5


def test_a_preset_declared_twice_in_title_sizes_is_a_title_s() -> None:
    # The theme's and WordPress's own presets both in the head (36px, and a fluid 22-36px).
    doc = page(WP_CSS + WP_FLUID_CSS, entries('<p class="has-large-font-size">{t}</p>', "<p>{t}</p>"))
    assert titles_of(doc) == list(TITLES)


# ---------------------------------------------------------------- a paragraph's own style, and news

def test_a_paragraph_in_a_title_size_by_its_own_style() -> None:
    # Old editors and pasted text size the whole paragraph (`<p style="font-size:24px">`), as a
    # span all over it does.
    doc = page("", entries('<p style="font-size:24px">{t}</p>', "<p>{t}</p>"))
    assert titles_of(doc) == list(TITLES)


def test_every_paragraph_in_a_title_size_by_its_own_style_sets_nothing_apart() -> None:
    # A guard: text pasted in 14pt, every paragraph styled so, reads as the same text unstyled.
    plain = page("", entries("<p>{t}</p>", "<p>{t}</p>"))
    sized = page("", entries('<p style="font-size:14pt">{t}</p>', '<p style="font-size:14pt">{t}</p>'))
    assert len(sized.items) == len(plain.items) != 5


def test_news_with_bold_pull_quotes_by_class_is_told_no_list() -> None:
    # A guard: a news story's pull quotes, bold and large by their class (a newsroom's
    # `.pullquote__quote{font-size:1.875rem;font-weight:700}`), promise and make no list.
    css = ".pullquote__quote{color:#000;font-size:1.875rem;font-weight:700;line-height:2.5rem}"
    body = "".join(f"<p>{BODY}</p><p>{BODY}</p><p class=\"pullquote__quote\">“{q}”</p>"
                   for q in ("We will not back down", "This is about the border", "Nobody trusts Washington"))
    result = audited(css, body, NEWS)
    assert result.document is not None and result.document.listicle is not None
    assert result.document.listicle.verdict == "not-a-listicle"
    assert not [f.rule for f in result.findings if f.rule.startswith("LS")]


def test_pull_quotes_bold_by_class_read_bold() -> None:
    # The same story's pull quotes read as bold lines, as inline bold ones are: no list for it.
    css = ".pullquote__quote{color:#000;font-size:1.875rem;font-weight:700;line-height:2.5rem}"
    body = "".join(f"<p>{BODY}</p><p class=\"pullquote__quote\">“{q}”</p>" for q in ("We will not back down", "No"))
    doc = page(css, body, NEWS)
    assert [p.lead == len(p.text) for p in doc.paragraphs if p.lead].count(True) == 2 and doc.items == ()


# ---------------------------------------------------------------- the rules read

def test_the_class_rules_read() -> None:
    from auditor.sources.page_css import class_fonts

    fonts = class_fonts([WORD_CSS])
    assert fonts is not None
    assert fonts.emphasis("p", ["EntryTitle"]) and fonts.emphasis("p", ["MsoTitle"])
    assert not fonts.emphasis("p", ["MsoNormal"]) and not fonts.emphasis("span", ["EntryTitle"])
    wix_fonts = class_fonts([WIX_CSS])
    assert wix_fonts is not None and wix_fonts.emphasis("p", ["font_2", "wixui-rich-text__text"])
    assert not wix_fonts.emphasis("p", ["font_8"])
    # A tag's rule over a class's alone; the later of two equal ones.
    both = class_fonts([".t{font-weight:700} p.t{font-weight:400} .u{font-weight:400}", ".u{font-weight:bold}"])
    assert both is not None and not both.emphasis("p", ["t"]) and both.emphasis("span", ["t"])
    assert both.emphasis("p", ["u"])
    assert class_fonts([".a{font-weight:400;font-size:12px} .b .c{font-weight:700}"]) is None
    # A stray brace in one block leaves the next block's screen-width rule inside its query.
    assert class_fonts([".a{color:red}}", "@media (min-width:768px){.x{font-weight:700}}"]) is None
