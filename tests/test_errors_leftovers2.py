"""Errors left over after round 10's second wave (issue 9: an error must be an objective
defect on pages nobody has seen; a right finding stays found), each with its look-alike.

- IM001 on a story's photo beside a "Watch video" or "Play" button. widgets.mark_button
  (run in drop_invisible, before the chrome judge's Facts exist) marks the button's box a
  player's, whose picture is then the poster, unless the box is the story's. It counted
  only the box's own <p> children, so a story whose paragraphs sit in <div>s lost its
  photos' IM001. The box is the story's when it holds the story's prose at any depth: the
  reading overlays already gives a "Watch" button (two paragraphs of sentences anywhere,
  or a run of sentences of a story's length). A player's card (a title, a running time, a
  sentence about the clip) stays a player's, and so does one whose clip's JSON-LD sits in
  it: the buttons are read before the scripts go, and a script's text is no prose.
- The chrome judge reading a site's own "/visit/<slug>" or "/out/<slug>" section as cloaked
  affiliate redirects. LK011 learnt (trust13, checks/links.py) that the prefix is a
  section of the site's own pages when the page lives under it, the story links to the
  section's index or deeper, or (under "visit" and "out") a slug sits under a category;
  widgets.affiliate_redirect, which the chrome judge asks of a box's links (a product box's
  shop link, not a teaser's), did not, so a rail of teasers to "/visit/louvre/" beside a
  "/visit/" link was kept as a roundup's entries. The decision now lives in
  widgets.affiliate_redirect alone (links.urls.cloaked_affiliate passes LK011's page
  address and links through); the chrome judge gives it the body's links to the site
  (the page's own address went with the head).
"""

from __future__ import annotations

import pytest

import widgetkit as kit
from auditor.links.urls import cloaked_affiliate
from auditor.sources.widgets import affiliate_redirect
from test_chrome_entries import BLURBS, NAMES, TEASERS, _all, _asides, _texts, doc_of, page

_M = "https://media.dailyledger.example/2024/03/"
_RUN1 = ("The first segment opened on Monday morning, and riders were out before seven. Shop owners "
         "along the route said the new curbs made their deliveries harder.")
_RUN2 = ("Traffic engineers will count cyclists and cars at six points along the route for a year. "
         "The results go to the council in the spring.")
_RUN3 = "The second segment, from the station to the river, is due to open in the autumn."


# --- IM001: a play button in a box of the story's prose at any depth --------------------------

@pytest.mark.parametrize("box", [
    f'<div class="story"><button type="button">Watch video</button><div class="para"><p>{_RUN1}</p></div>'
    f'<div class="para"><p>{_RUN2}</p></div><div class="para"><p>{_RUN3}</p></div><img src="{_M}segment.jpg"></div>',
    f'<div class="story"><button type="button">Play</button><div class="body"><p>{_RUN1}</p><p>{_RUN2}</p></div>'
    f'<figure><img src="{_M}segment.jpg"></figure></div>',
    f'<section><iframe src="https://www.youtube.com/embed/abc123" title="YouTube video player"></iframe>'
    f'<div><div><p>{_RUN1}</p></div><div><p>{_RUN2}</p></div></div><img src="{_M}segment.jpg"></section>',
], ids=["watch-video-paragraphs-in-divs", "play-paragraphs-in-a-wrapper", "player-frame-beside-wrapped-prose"])
def test_a_play_button_in_a_box_of_the_storys_prose_leaves_its_photo_reported(box):
    assert "segment.jpg" in kit.im001_files(kit.page(box))


@pytest.mark.parametrize("box", [
    f'<div class="video-card"><img src="{_M}poster.jpg"><div class="meta"><h3>Riding the new lanes</h3>'
    '<span class="duration">2:31</span><p>Our reporter rides the first segment on opening day.</p></div>'
    '<button type="button">Watch video</button></div>',
    f'<div class="clip"><div class="thumb"><img src="{_M}poster.jpg"></div><button type="button">Play</button>'
    '<div class="caption"><p>Our reporter rode the first segment of the protected lanes on opening day.</p></div></div>',
], ids=["title-duration-sentence", "one-wrapped-sentence"])
def test_a_play_button_in_a_players_card_still_makes_its_picture_the_poster(box):
    assert "poster.jpg" not in kit.im001_files(kit.page(box))


_CLIP_LD = ('<script type="application/ld+json">{"@type": "Thing", "name": "Riding the new lanes", "description": '
            '"Our reporter rides the first segment of the protected lanes on opening day. She talks to cyclists, shop '
            'owners and a traffic engineer about what changes for the people who use Main Street every day. The '
            'second segment opens in the autumn."}</script>')


@pytest.mark.parametrize("button", ["Play", "Watch"])
def test_a_clips_json_ld_in_a_players_card_is_no_prose(button):
    # The buttons are read before drop_invisible strips the scripts: the card's JSON-LD
    # description is no story prose, and its picture stays the poster.
    box = (f'<div class="card"><img src="{_M}poster.jpg"><button type="button">{button}</button>{_CLIP_LD}'
           "<p>Riding the new lanes</p></div>")
    assert "poster.jpg" not in kit.im001_files(kit.page(box))


# --- The chrome judge and LK011: one reading of a site's own "/visit/" or "/out/" section ----

_H = "https://mag.example"


@pytest.mark.parametrize(("href", "page_url", "site_hrefs", "redirect"), [
    ("/visit/louvre/", f"{_H}/visit/paris/things-to-do/", [], False),  # the page lives in the section
    ("/out/jazz-cafe/", "", ["/out/"], False),  # the story links to the section's index
    ("/visit/louvre/", "", ["/visit/paris/museums/free-sundays/"], False),  # deeper than a redirect goes
    (f"{_H}/visit/france/paris/", "", [], False),  # a category path under "visit"
    ("/visit/nordvpn/", "", [], True),
    ("/out/ember-mug", f"{_H}/reviews/best-mugs/", ["/reviews/mugs/2024/best-travel-mugs/"], True),
    ("/recommends/mugs/ember-mug/", "", ["/reviews/mugs/2024/best-travel-mugs/"], True),
    ("/visit/nordvpn/", "", ["/visit/expressvpn/"], True),  # two redirects side by side
], ids=["page-in-the-section", "sections-index", "deeper-into-the-section", "category-path", "visit-slug",
        "out-slug-on-a-review", "cloakers-category", "two-redirects"])
def test_lk011_and_the_chrome_judge_read_a_redirect_prefix_alike(href, page_url, site_hrefs, redirect):
    assert affiliate_redirect(href, page_url, site_hrefs) is redirect
    assert cloaked_affiliate(href, page_url, site_hrefs) is redirect


def _rail(hrefs: list[str], more: str = "") -> str:
    # A related rail (the chrome judge drops it unless entries keep it): cards of pages of
    # the site's, each a linked title over a line of text.
    cards = "".join(f"<div class='related-post'><h4><a href='{h}'>{t}</a></h4><p>{b}</p></div>"
                    for h, t, b in zip(hrefs, TEASERS, BLURBS))
    return f"<div class='related-posts'>{cards}{more}</div>"


_SLUGS = ["louvre", "orsay", "pompidou", "rodin"]


@pytest.mark.parametrize("rail", [
    _rail([f"/visit/{s}/" for s in _SLUGS], "<p><a href='/visit/'>See all places to visit</a></p>"),
    _rail([f"/out/{s}/" for s in _SLUGS], "<p><a href='/out/paris/this-week/best-gigs/'>This week's gigs</a></p>"),
    _rail([f"{_H}/visit/paris/{s}/" for s in _SLUGS]),
], ids=["visit-beside-its-index", "out-beside-a-deeper-page", "visit-under-a-category"])
def test_teasers_of_the_sites_own_section_stay_dropped(rail):
    doc = doc_of(page(_all(_asides) + rail))
    assert [i.title for i in doc.items] == NAMES
    assert not any(t in _texts(doc) for t in TEASERS)


def test_product_boxes_through_visit_redirects_stay_entries():
    # No sign of a section: "/visit/<slug>/" side by side are a cloaker's redirects, each
    # box a name over its line of text, as before.
    doc = doc_of(page(_all(_asides) + _rail([f"/visit/{s}/" for s in _SLUGS])))
    assert all(t in _texts(doc) for t in TEASERS)
