"""The density guess on pages with no markup saying "this is the article": text set
with <br>s, a story split over blocks built alike, a story whose header sits in a
sibling block, a column of teasers beside a short story."""

from __future__ import annotations

import lxml.html

from auditor.sources.body import find_body

SENTENCE = "This sentence is real article prose, with enough words to count for a reader. "
PROSE = "<p>" + SENTENCE * 4 + "</p>"


def document(body: str, title: str = "A page") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head><title>{title}</title></head><body>{body}</body></html>")


def found(root: lxml.html.HtmlElement) -> tuple[str | None, str]:
    body, how = find_body(root, None)
    return body.get("id"), how


def test_text_set_with_line_breaks_outvotes_a_small_paragraph_box() -> None:
    # Older CMSes set the whole story as text between <br>s in one <div>, no <p>.
    story = "<br><br>".join(SENTENCE * 3 for _ in range(8))
    root = document(f'<div id="rating"><p>{SENTENCE}</p><p>{SENTENCE}</p></div>'
                    f'<div id="story"><h2>Results</h2>{story}</div>')
    assert found(root) == ("story", "density")


def test_short_lines_between_breaks_do_not_vote() -> None:
    # An address block or a list of links set with <br>s is no story.
    lines = "<br>".join(f"Line {i}" for i in range(20))
    root = document(f'<div id="address">{lines}</div><div id="story">{PROSE * 3}</div>')
    assert found(root) == ("story", "density")


def test_steps_in_boxes_built_alike_are_one_story() -> None:
    # A how-to: each step in its own box, a related-reading box between two of them;
    # the longest step alone is not the article.
    steps = "".join(f'<div class="mod step"><div class="content"><span>Step {i}</span>{PROSE}</div></div>'
                    for i in range(1, 6))
    lead = f'<div class="mod step"><div class="content lead">{PROSE * 2}</div></div>'
    root = document(f'<div id="article">{lead}<div class="aside-box"><a href="/x">Other reading</a></div>'
                    f'{steps}</div><div id="footer"><p>{SENTENCE}</p></div>')
    assert found(root) == ("article", "density")


def test_one_long_block_among_unlike_boxes_stays_as_found() -> None:
    root = document(f'<div id="outer"><div id="story" class="post">{PROSE * 5}</div>'
                    f'<div class="teaser"><p>{SENTENCE}</p></div><div class="teaser"><p>{SENTENCE}</p></div></div>')
    assert found(root) == ("story", "density")


def test_header_block_built_like_the_text_block_joins_it() -> None:
    # The CMS's header template (headline, lead picture) and body template share a class.
    header = '<div class="col1_article"><h1>Seven blogs worth reading</h1><img src="lead.jpg"></div>'
    text = f'<div class="col1_article"><div>{PROSE * 3}</div></div>'
    root = document(f'<div id="sidebar"><p>{SENTENCE}</p></div><div id="column">{header}{text}</div>',
                    title="Seven blogs worth reading | Articles")
    assert found(root) == ("column", "density")


def test_a_promo_box_with_its_own_h1_is_not_the_story_header() -> None:
    # Built like the post, with an <h1> the page's title does not name: a template promo.
    promo = '<div class="post"><h1>Watch my videos on YouTube</h1><div>My channels</div></div>'
    story = f'<div class="post" id="story">{PROSE * 3}</div>'
    root = document(f'<div id="column">{promo}{story}</div>', title="Three odd places in Berlin")
    assert found(root)[0] == "story"


def test_story_under_the_headline_beats_a_column_of_teasers() -> None:
    # Many short teaser paragraphs outvote a four-paragraph story; the box under the
    # headline holds more reading text, so it is the article.
    teasers = "".join(f'<p><a href="/t{i}">Teaser title {i}</a> <span>{SENTENCE}</span></p>' for i in range(14))
    root = document(f'<div id="left"><h1>Browser gets the fastest script engine</h1>{PROSE}<div>{PROSE}</div>'
                    f'<div>{PROSE}</div><div>{PROSE}</div></div>'
                    f'<div id="right"><div id="tabs">{teasers}</div></div>')
    assert found(root) == ("left", "headline")
