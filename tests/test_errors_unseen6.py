"""Errors on template shapes no tuning page has (round 13, trust20). Each shape is set into
the clean story of tests/widgetkit.py (whose own IM001 and LK016 must stay found) and says
where its markup comes from; each look-alike keeps its error.

- Video and podcast teaser stills by two clues of different kinds (sources/clip_clues.py):
  rounded and circled play signs as icon sets draw them, a link to the site's video pages,
  an episode's number, a still's file as players name it, a player's entry attribute.
- An empty heading in a teaser card: the card's unfilled title slot, not an editor's HD003.
- A singular rail label set as a heading (or a bare <div>) right before its box of picture
  links, and "you may also like" in more languages.
- Chrome in more languages and shapes: consent placeholders, newsletter pages and sign-ups,
  writers' boxes and bylines, share buttons a script drives, app stores, a page's own tools
  (pager, language switch, print, back to top, toolbar icons), channel asks, appeals and
  support platforms, catch-up TV sections, a social post's embed fallback.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

import widgetkit as kit
from auditor.api import audit
from auditor.sources.clip_clues import draws_play_sign

M = "https://media.dailyledger.example"
H = "https://www.dailyledger.example"

# --- play signs with rounded corners or on a disc ------------------------------------------
# Heroicons 2 "play" (solid 24): a triangle whose corners are "c" curves; Heroicons "play-circle"
# (solid 24): a disc, then the rounded triangle; Material Icons "play_circle_filled" (a circle of
# "C"/"s"/"S" curves, then "m-2 14.5v-9l6 4.5-6 4.5z") and "play_circle_outline" (triangle, then a
# ring of two circles); Bootstrap Icons "play-fill" (rounded corners by "c" and "a").
HEROICONS_PLAY = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="currentColor" class="w-6 h-6">'
                  '<path fill-rule="evenodd" d="M4.5 5.653c0-1.427 1.529-2.33 2.779-1.643l11.54 6.347c1.295.712 '
                  '1.295 2.573 0 3.286L7.28 19.99c-1.25.687-2.779-.217-2.779-1.643V5.653Z" clip-rule="evenodd"/></svg>')
HEROICONS_PLAY_CIRCLE = ('<svg viewBox="0 0 24 24" fill="currentColor"><path fill-rule="evenodd" d="M2.25 12c0-5.385 '
                         '4.365-9.75 9.75-9.75s9.75 4.365 9.75 9.75-4.365 9.75-9.75 9.75S2.25 17.385 2.25 12Zm14.024-.983a1.125 '
                         '1.125 0 0 1 0 1.966l-5.603 3.113A1.125 1.125 0 0 1 9 15.113V8.887c0-.857.921-1.4 1.671-.983l5.603 '
                         '3.113Z" clip-rule="evenodd"/></svg>')
MATERIAL_PLAY_CIRCLE = ('<svg viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 '
                        '2 12 2zm-2 14.5v-9l6 4.5-6 4.5z"/></svg>')
MATERIAL_PLAY_OUTLINE = ('<svg viewBox="0 0 24 24"><path d="M10 16.5l6-4.5-6-4.5v9zM12 2C6.48 2 2 6.48 2 12s4.48 10 10 '
                         '10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8z"/></svg>')
BOOTSTRAP_PLAY_FILL = ('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" viewBox="0 0 16 16">'
                       '<path d="m11.596 8.697-6.363 3.692c-.54.313-1.233-.066-1.233-.697V4.308c0-.63.692-1.01 '
                       '1.233-.696l6.363 3.692a.802.802 0 0 1 0 1.393"/></svg>')


def _svg(markup: str):
    return lxml_html.fromstring(f"<div>{markup}</div>").find(".//svg")


@pytest.mark.parametrize("svg", [HEROICONS_PLAY, HEROICONS_PLAY_CIRCLE, MATERIAL_PLAY_CIRCLE, MATERIAL_PLAY_OUTLINE],
                         ids=["heroicons", "heroicons-circle", "material-circle", "material-outline"])
def test_a_rounded_or_circled_play_sign_is_read(svg):
    assert draws_play_sign(_svg(svg))


# Not play signs: Heroicons "bookmark" (rounded top corners, five corners), Heroicons
# "chevron-right" (an open stroke), Material "info" (a disc and two bars), a rounded triangle
# pointing up (a warning sign's shape), Material "share" (three discs), a disc alone, a
# rounded play beside a second triangle (fast-forward) in one path.
@pytest.mark.parametrize("svg", [
    '<svg viewBox="0 0 24 24"><path d="M17.593 3.322c1.1.128 1.907 1.077 1.907 2.185V21L12 17.25 4.5 21V5.507c0-1.108.806'
    '-2.057 1.907-2.185a48.507 48.507 0 0 1 11.186 0Z"/></svg>',
    '<svg fill="none" stroke="currentColor" viewBox="0 0 24 24"><path d="m8.25 4.5 7.5 7.5-7.5 7.5"/></svg>',
    '<svg viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-6h2v6z'
    'm0-8h-2V7h2v2z"/></svg>',
    '<svg viewBox="0 0 24 24"><path d="M10.3 3.9c.8-1.3 2.6-1.3 3.4 0l7.9 13.6c.8 1.3-.2 3-1.7 3H4.1c-1.5 0-2.5-1.7-1.7-3z"/></svg>',
    '<svg viewBox="0 0 24 24"><path d="M18 16.08c-.76 0-1.44.3-1.96.77L8.91 12.7c.05-.23.09-.46.09-.7s-.04-.47-.09-.7l7.05'
    '-4.11c.54.5 1.25.81 2.04.81 1.66 0 3-1.34 3-3s-1.34-3-3-3-3 1.34-3 3c0 .24.04.47.09.7L8.04 9.81C7.5 9.31 6.79 9 6 9c'
    '-1.66 0-3 1.34-3 3s1.34 3 3 3c.79 0 1.5-.31 2.04-.81l7.12 4.16c-.05.21-.08.43-.08.65 0 1.61 1.31 2.92 2.92 2.92 1.61 0'
    ' 2.92-1.31 2.92-2.92s-1.31-2.92-2.92-2.92z"/></svg>',
    '<svg viewBox="0 0 24 24"><path d="M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z"/></svg>',
    '<svg viewBox="0 0 24 24"><path d="M4 5c0-1 1-1.5 2-1l6 7c.6.6.6 1.4 0 2l-6 7c-1 .5-2 0-2-1z'
    'M13 5c0-1 1-1.5 2-1l6 7c.6.6.6 1.4 0 2l-6 7c-1 .5-2 0-2-1z"/></svg>',
], ids=["bookmark", "chevron-stroke", "info", "warning-up", "share", "disc", "fast-forward"])
def test_other_rounded_icons_are_no_play_sign(svg):
    assert not draws_play_sign(_svg(svg))


# --- video and podcast teasers by two clues ------------------------------------------------
# Each a teaser box as templates set it beside a story, with two clues of different kinds:
# - a rounded play sign (Heroicons, as Tailwind themes put it over a still) and a link to the
#   site's "/tv/" section; Material's play_circle over a still in a promo carrying its
#   data-duration;
# - podcast tiles as Simplecast/Megaphone-fed themes and Beasley's tile-podcast write them: the
#   cover, "Ep. 12"/"Episode 12"/"Folge 12"/"Épisode 12"/"Odcinek 12"/"Выпуск 12"/"Bölüm 12"/
#   "第12話"/"12화", the episode's page under "/podcasts/" or its minutes;
# - a show's tile: "S2 E5" beside its running time "45 min" (streaming catalogues' badges);
# - a re-hosted YouTube still ("…-maxresdefault.jpg", as WordPress' featured-image-from-YouTube
#   plugins save it) beside a play sign; JW Player's poster ("/v2/media/AbCd1234/poster.jpg") and
#   thumbnail ("/thumbs/AbCd1234-720.jpg") served from the site's own CDN, beside data-duration;
#   Kaltura's "/thumbnail/entry_id/…" behind a "/live/" link;
# - a player's entry on the box: Kaltura's data-entry-id and data-entryid (its embeds'
#   entry_id; JW's data-mediaid is read alone already), Brightcove's data-account with data-player (its in-page embed's attributes),
#   a data-playlist-id, each beside a play sign or a running time.
TWO_CLUES = [
    ("heroicons-play-tv", f'<div class="t"><a href="{H}/tv/council-tonight"><img src="{M}/2024/03/c1.jpg">'
                          f'<span class="absolute">{HEROICONS_PLAY}</span></a></div>'),
    ("material-circle-duration",
     f'<div class="promo" data-duration="94"><div class="promo-image"><a href="{H}/news/council/2024/03/12/cyclists-react">'
     f'<img src="{M}/2024/03/c2.jpg"></a><div class="overlay">{MATERIAL_PLAY_CIRCLE}</div></div></div>'),
    ("podcast-ep", f'<div class="tile"><a href="{H}/podcasts/city-hour/12"><img src="{M}/2024/03/cover.jpg"></a>'
                   '<span class="ep">Ep. 12</span></div>'),
    ("podcast-episode-minutes", f'<div class="tile"><a href="{H}/shows/city-hour/12"><img src="{M}/2024/03/cover.jpg"></a>'
                                '<span>Episode 12</span><span>32 min</span></div>'),
    ("folge-de", f'<div class="kachel"><a href="{H}/podcasts/stadtgespraech/folge-12"><img src="{M}/2024/03/cover.jpg"></a>'
                 '<span>Folge 12</span></div>'),
    ("episode-fr", f'<div class="vignette"><a href="{H}/podcasts/le-conseil/12"><img src="{M}/2024/03/cover.jpg"></a>'
                   '<span>Épisode 12</span></div>'),
    ("odcinek-pl", f'<div class="kafel"><a href="{H}/podcasty/rada-miasta/12"><img src="{M}/2024/03/cover.jpg"></a>'
                   '<span>Odcinek 12</span></div>'),
    ("vypusk-ru", f'<div class="k"><a href="{H}/podkasty/sovet/12"><img src="{M}/2024/03/cover.jpg"></a>'
                  '<span>Выпуск 12</span></div>'),
    ("bolum-tr", f'<div class="k"><a href="{H}/news/meclis"><img src="{M}/2024/03/cover.jpg"></a>'
                 '<span>Bölüm 12</span><span>24 dk</span></div>'),
    ("wa-ja", f'<div class="k"><a href="{H}/podcast/12"><img src="{M}/2024/03/cover.jpg"></a><span>第12話</span></div>'),
    ("hwa-ko", f'<div class="k"><a href="{H}/news/12"><img src="{M}/2024/03/cover.jpg"></a><span>12화</span>'
               '<span>5분</span></div>'),
    ("season-episode", f'<div class="tile"><a href="{H}/shows/council"><img src="{M}/2024/03/show.jpg"></a>'
                       '<span>S2 E5</span><span>45 min</span></div>'),
    ("maxresdefault-play", f'<div class="t"><a href="{H}/news/bike-lanes"><img src="{M}/uploads/2024/03/'
                           f'dQw4w9WgXcQ-maxresdefault.jpg">{HEROICONS_PLAY}</a></div>'),
    ("jw-poster-duration", f'<div class="t" data-duration="151"><a href="{H}/news/bike-lanes">'
                           f'<img src="{M}/v2/media/AbCd1234/poster.jpg?width=720"></a></div>'),
    ("jw-thumb-duration", f'<div class="t"><a href="{H}/news/bike-lanes"><img src="{M}/thumbs/AbCd1234-720.jpg">'
                          '<span>2 min</span></a></div>'),
    ("kaltura-thumb-live", f'<div class="t"><a href="{H}/live/council"><img src="{M}/p/1234/sp/123400/thumbnail/'
                           'entry_id/1_abcd1234/width/640"></a></div>'),
    ("kaltura-entryid-play", f'<div class="t" data-entryid="1_abcd1234"><a href="{H}/news/bike-lanes">'
                             f'<img src="{M}/2024/03/s.jpg">{HEROICONS_PLAY}</a></div>'),
    ("kaltura-entry-duration", f'<div class="t" data-entry-id="1_abcd1234" data-duration="PT2M31S">'
                               f'<img src="{M}/2024/03/s.jpg"></div>'),
    ("brightcove-account-duration", f'<div class="t" data-account="1234567890001" data-player="default" '
                                    f'data-duration="94"><img src="{M}/2024/03/s.jpg"></div>'),
    ("playlist-play", f'<div class="t" data-playlist-id="5678"><a href="{H}/news/bike-lanes"><img src="{M}/2024/03/s.jpg">'
                      f'{MATERIAL_PLAY_OUTLINE}</a></div>'),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", TWO_CLUES, ids=[s[0] for s in TWO_CLUES])
def test_a_teaser_with_two_clues_is_the_templates(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


# One clue alone keeps its error (each is too common alone), and so does the story's own
# photo: a rounded play sign alone, an episode's number alone, a re-hosted YouTube still alone
# (a blog's illustration taken from a video), a Kaltura entry alone, a "/tv/" link alone; a
# captioned figure whose caption says "Ep. 12" (a caption's words are never read); a photo in
# a paragraph beside an episode number and a "/podcasts/" link (prose).
ONE_CLUE = [
    ("rounded-play-alone", f'<div class="t"><a href="{H}/news/bike-lanes"><img src="{M}/2024/03/lone.jpg">'
                           f'{HEROICONS_PLAY}</a></div>'),
    ("episode-alone", f'<div class="t"><a href="{H}/news/city-hour-12"><img src="{M}/2024/03/lone.jpg"></a>'
                      '<span>Folge 12</span></div>'),
    ("maxres-alone", f'<div class="t"><a href="{H}/news/bike-lanes"><img src="{M}/uploads/2024/03/lone-maxresdefault.jpg">'
                     '</a></div>'),
    ("entry-alone", f'<div class="t" data-entry-id="1_abcd1234"><a href="{H}/news/x"><img src="{M}/2024/03/lone.jpg"></a></div>'),
    ("tv-alone", f'<div class="t"><a href="{H}/tv/council"><img src="{M}/2024/03/lone.jpg"></a></div>'),
    # a site's stand-in picture named "default.jpg" is no YouTube still ("hqdefault.jpg" is)
    ("default-file-tv", f'<div class="t"><a href="{H}/tv/council"><img src="{M}/images/lone-default.jpg"></a></div>'),
    ("caption-says-episode", f'<figure><img src="{M}/2024/03/lone.jpg" data-entry-id="1_abcd1234">'
                             '<figcaption>Ep. 12: the council chamber on Tuesday.</figcaption></figure>'),
    ("prose-beside", f'<p>Hear more in Ep. 12 of our podcast, recorded the night of the vote with two council members '
                     f'and the transportation director. <a href="{H}/podcasts/city-hour/12">'
                     f'<img src="{M}/2024/03/lone.jpg"></a> Listen wherever you get your podcasts.</p>'),
]


@pytest.mark.parametrize("name,html", ONE_CLUE, ids=[s[0] for s in ONE_CLUE])
def test_one_clue_or_the_storys_photo_keeps_its_error(name, html):
    assert any("lone" in f for f in kit.im001_files(kit.page(html))), name


@pytest.mark.parametrize("name,html", ONE_CLUE, ids=[s[0] for s in ONE_CLUE])
def test_one_clue_leaves_the_storys_own_errors(name, html):
    story, _ = kit.errors_by_place(kit.page(html), f"{name}.html")
    assert story == {"IM001", "LK016"}


# --- an empty heading in a teaser card -----------------------------------------------------
# A card whose title slot a template left empty: WordPress themes' post cards ("<div
# class='post-card'><a><img></a><h3></h3></div>" when a post has no title), Jetpack's
# related posts ("<h4 class='jp-relatedposts-post-title'>", class-less in older themes), a
# Drupal view's teaser with an empty field wrapper, a Ghost card whose title sits inside the
# link around its picture ("<a class='post-card-image-link'><img><h2></h2></a>").
CARDS = [
    ("wp-card", f'<div class="post-card"><a href="{H}/news/bus-routes"><img src="{M}/2024/03/bus.jpg" '
                   'alt="A bus at a stop"></a><h3></h3></div>'),
    ("jetpack-old", f'<div class="rp"><div class="rp-item"><a href="{H}/news/bus-routes"><img src="{M}/2024/03/bus.jpg" '
                    f'alt="A bus"></a></div><h4><a href="{H}/news/bus-routes"></a></h4></div>'),
    ("drupal-view", f'<div class="views-row"><div><div><a href="{H}/node/123"><img src="{M}/2024/03/bus.jpg" '
                    'alt="A bus"></a></div></div><div><h2></h2></div></div>'),
    ("ghost-inside-link", f'<div class="pc"><a href="{H}/bus-routes/"><img src="{M}/2024/03/bus.jpg" alt="A bus">'
                          '<h2></h2></a></div>'),
    # a card whose picture is its link's CSS background (Tailwind and page-builder cards)
    ("background-card", f'<a class="card" href="{H}/news/bus-routes" style="background-image:url({M}/2024/03/bus.jpg)">'
                        '<h3></h3></a>'),
]


def _hd003(html: str) -> list[int]:
    result = audit(html.encode(), "page.html")
    assert result.error is None
    return [f.column for f in result.findings if f.rule == "HD003"]


@pytest.mark.parametrize("name,html", CARDS, ids=[c[0] for c in CARDS])
def test_an_empty_heading_in_a_teaser_card_is_the_templates(name, html):
    assert _hd003(kit.page(html)) == []


# An editor's empty heading stays an error: between the story's paragraphs, after the story's
# own figure, one holding the story's picture without alt, one beside a picture linked to its
# own full-size file (a lightbox's link, the story's photo).
EDITORS = [
    ("between-paragraphs", "<h3></h3>"),
    ("after-figure", f'<figure><img src="{M}/2024/03/f.jpg" alt="The chamber"></figure><h3> </h3>'),
    ("holding-picture", f'<div><h3><a href="{H}/news/x"><img src="{M}/2024/03/f.jpg"></a></h3></div>'),
    ("lightbox-link", f'<div class="wp-block-group"><a href="{M}/2024/03/f-full.jpg"><img src="{M}/2024/03/f.jpg" '
                      'alt="The chamber"></a><h3></h3></div>'),
    ("holding-empty-link", f'<h3><a href="{H}/news/x"></a></h3>'),
]


@pytest.mark.parametrize("name,html", EDITORS, ids=[c[0] for c in EDITORS])
def test_an_editors_empty_heading_keeps_its_error(name, html):
    assert len(_hd003(kit.page(html))) == 1


# --- rail labels ---------------------------------------------------------------------------
# A singular "recommended" set as a heading right before its box of picture links, as themes
# write their rails (Jetpack's "<h3 class='jp-relatedposts-headline'><em>Related</em></h3>"
# then its items; news themes' "<h4>Recomendado</h4><div class='grid'>…"), in the words of
# many languages; and "you may also like" where the shared vocabulary lacked it.
SINGULAR = ["Recomendado", "Recomendada", "Empfohlen", "Unsere Empfehlung", "Recommandé", "Consigliati", "Aanbevolen",
            "Önerilen", "Rekomendasi", "Đề xuất", "おすすめ", "추천", "推荐", "مقترحات", "अनुशंसित", "Рекомендации"]
ALSO_LIKE = ["Dit vind je ook leuk", "Może cię zainteresować", "Вам может быть интересно", "İlginizi çekebilir",
             "Anda mungkin suka", "Có thể bạn quan tâm", "你可能喜欢", "이런 기사도 있어요", "قد يعجبك",
             "आपको यह भी पसंद आ सकता है"]


def _rail(label: str, tag: str = "h4") -> str:
    items = "".join(f'<div class="i"><a href="{H}/news/{slug}"><img src="{M}/2024/03/{slug}.jpg"></a>'
                    f'<a href="{H}/news/{slug}">{title}</a></div>'
                    for slug, title in (("budget", "Council delays budget vote"), ("buses", "New bus routes begin")))
    return f'<{tag}>{label}</{tag}><div class="grid">{items}</div>'


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("label", SINGULAR + ALSO_LIKE)
def test_a_rail_label_heading_over_its_box_is_the_templates(label, where):
    kit.assert_only_storys_errors(kit.page(_rail(label), where), "rail.html")


# A singular label that opens the story's own section keeps its pictures: "Recomendado" as a
# heading over prose and the story's photo; a heading "Empfohlen" over one picture link (no
# rail); over links to another site (a shop's products, not the site's rail).
def test_a_singular_label_over_the_storys_section_keeps_its_errors():
    section = (f'<h3>Recomendado</h3><div><p>{"La ciudad recomienda usar casco en todas las rutas nuevas. " * 4}</p>'
               f'<a href="{H}/news/budget"><img src="{M}/2024/03/lone-a.jpg"></a>'
               f'<a href="{H}/news/buses"><img src="{M}/2024/03/lone-b.jpg"></a></div>')
    assert {"lone-a.jpg", "lone-b.jpg"} <= set(kit.im001_files(kit.page(section)))
    one = f'<h3>Empfohlen</h3><div><a href="{H}/news/budget"><img src="{M}/2024/03/lone-a.jpg"></a></div>'
    assert "lone-a.jpg" in kit.im001_files(kit.page(one))
    shop = (f'<h3>Empfohlen</h3><div><a href="https://shop.example/helm"><img src="{M}/2024/03/lone-a.jpg"></a>'
            f'<a href="https://shop.example/schloss"><img src="{M}/2024/03/lone-b.jpg"></a></div>')
    assert {"lone-a.jpg", "lone-b.jpg"} <= set(kit.im001_files(kit.page(shop)))


# The same rails with their label set as a bare <div> right before the box ("<div
# class='section-title'><span>Related</span></div><div class='grid'>…", as news themes' rail
# partials write it); a <div> that opens with the label and goes on is no label.
@pytest.mark.parametrize("label", ["Related", "Lesen Sie auch", "Recomendado", "おすすめ", "Вам может быть интересно"])
def test_a_div_label_over_its_rail_is_the_templates(label):
    kit.assert_only_storys_errors(kit.page(_rail(f"<span>{label}</span>", "div")), "rail.html")


def test_a_div_opening_with_a_label_word_is_no_label():
    box = (f'<div>Related: the council also voted on buses</div><div><a href="{H}/news/budget">'
           f'<img src="{M}/2024/03/lone-a.jpg"></a><a href="{H}/news/buses"><img src="{M}/2024/03/lone-b.jpg"></a></div>')
    assert {"lone-a.jpg", "lone-b.jpg"} <= set(kit.im001_files(kit.page(box)))


# --- more play signs, and a 16:9 box that is no clip -----------------------------------------
# lucide's current "play" (rounded by "a" arcs) and Phosphor's "Play" (regular weight), as
# React video cards import them; Tailwind's "aspect-video" utility sizes any 16:9 box (its
# docs' own example is a photo too): a story's uncaptioned photo in one keeps its error.
LUCIDE_PLAY = ('<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" class="lucide lucide-play"><path d="M5 5a2 2 0 0 1 '
               '3.008-1.728l11.997 6.998a2 2 0 0 1 .003 3.458l-12 7A2 2 0 0 1 5 19z"/></svg>')
PHOSPHOR_PLAY = ('<svg viewBox="0 0 256 256"><path d="M240,128a15.74,15.74,0,0,1-7.6,13.51L88.32,229.65a16,16,0,0,1-16.2.3'
                 'A15.86,15.86,0,0,1,64,216.13V39.87a15.86,15.86,0,0,1,8.12-13.82,16,16,0,0,1,16.2.3L232.4,114.49A15.74,'
                 '15.74,0,0,1,240,128Z"/></svg>')


@pytest.mark.parametrize("svg", [LUCIDE_PLAY, PHOSPHOR_PLAY], ids=["lucide", "phosphor"])
def test_lucide_and_phosphor_play_signs_are_read(svg):
    assert draws_play_sign(_svg(svg))


@pytest.mark.parametrize("box", ["relative aspect-video", "md:aspect-video overflow-hidden"])
def test_a_photo_in_a_16_by_9_box_keeps_its_error(box):
    assert "lone.jpg" in kit.im001_files(kit.page(f'<div class="{box}"><img src="{M}/2024/03/lone.jpg"></div>'))


# --- consent placeholders, sign-ups, writers' boxes, share scripts in more languages ---------
# A blocked embed's placeholder as consent tools write it in their translations (Borlabs,
# Complianz, Cookiebot, Didomi, Iubenda placeholders): a preview picture, the message, a button.
CONSENT = [
    "Ce contenu est bloqué car vous n'avez pas accepté les cookies.",
    "Per visualizzare questo contenuto devi accettare i cookie.",
    "Este contenido requiere aceptar las cookies de terceros.",
    "Para ver este conteúdo, aceite os cookies de marketing.",
    "Deze inhoud kan niet worden getoond omdat je geen cookies hebt geaccepteerd.",
    "Aby zobaczyć tę treść, zaakceptuj pliki cookie.",
    "Чтобы посмотреть видео, примите файлы cookie.",
    "Bu içeriği görmek için çerezleri kabul edin.",
    "このコンテンツを表示するには、Cookieを許可してください。",
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("message", CONSENT)
def test_a_consent_placeholder_is_the_templates(message, where):
    box = (f'<div class="cmplz-placeholder"><img src="{M}/static/embed-preview.png"><p>{message}</p>'
           '<button>OK</button></div>')
    kit.assert_only_storys_errors(kit.page(box, where), "consent.html")


# A story's photo whose caption tells of a consent wall (a story about cookies) is the story's.
@pytest.mark.parametrize("caption", ["Readers must accept cookies to view this content, the regulator found.",
                                     "Pour voir le contenu, acceptez les cookies, exige le site."])
def test_a_photo_captioned_about_cookies_keeps_its_error(caption):
    html = f'<figure><img src="{M}/2024/03/lone.jpg"><figcaption>{caption}</figcaption></figure>'
    assert "lone.jpg" in kit.im001_files(kit.page(html))


# A picture-only link to the newsletter's page in more languages ("/boletines/", "/boletim/",
# "/nieuwsbrief/", "/infolettre/", "/newsletter-anmeldung/"), and a sign-up form's box in
# Slovak, Hungarian, Swedish, Danish, Norwegian, Hebrew.
NEWSLETTER_PAGES = ["/boletines/", "/boletim/", "/nieuwsbrief/", "/infolettre/", "/newsletter-anmeldung/", "/rassylka/"]
SIGNUPS = ["Prihláste sa na odber noviniek", "Iratkozzon fel hírlevelünkre", "Prenumerera på vårt nyhetsbrev",
           "Tilmeld dig vores nyhedsbrev", "Meld deg på nyhetsbrevet", "הירשמו לניוזלטר שלנו"]


@pytest.mark.parametrize("path", NEWSLETTER_PAGES)
def test_a_picture_link_to_the_newsletter_page_is_the_templates(path):
    box = f'<div class="nl"><a href="{H}{path}"><img src="{M}/static/newsletter-banner.jpg"></a></div>'
    kit.assert_only_storys_errors(kit.page(box), "newsletter.html")


@pytest.mark.parametrize("label", SIGNUPS)
def test_a_signup_box_is_the_templates(label):
    box = (f'<div class="nb"><img src="{M}/static/envelope.png"><strong>{label}</strong><form>'
           '<input type="email" placeholder="E-mail"><button>OK</button></form></div>')
    kit.assert_only_storys_errors(kit.page(box), "signup.html")


# A story slug that ends in a newsletter's word keeps its picture's error ("/news/el-boletin-de-hoy").
def test_a_story_about_a_bulletin_keeps_its_error():
    box = f'<div><a href="{H}/news/2024/03/el-boletin-de-hoy"><img src="{M}/2024/03/lone.jpg"></a></div>'
    assert "lone.jpg" in kit.im001_files(kit.page(box))


# A writer's box under its label in Czech, Hungarian, Swedish, Danish/Norwegian, Finnish, Greek,
# Hebrew, Romanian, Ukrainian, Japanese (the face beside a short bio).
AUTHOR_LABELS = ["O autorovi", "A szerzőről", "Om författaren", "Om forfatteren", "Kirjoittajasta",
                 "Σχετικά με τον συγγραφέα", "על הכותב", "Despre autor", "Про автора", "著者について"]


@pytest.mark.parametrize("label", AUTHOR_LABELS)
def test_a_writers_box_is_the_templates(label):
    box = (f'<div class="ab"><img src="{M}/people/face.jpg"><div><strong>{label}</strong>'
           '<p>Jane Doe covers city hall.</p></div></div>')
    kit.assert_only_storys_errors(kit.page(box), "author.html")


# Share buttons a script drives, each an icon in a link that goes nowhere: sharer.js
# ("<a data-sharer='facebook'>", no href), themes' "<a href='#' data-share='whatsapp'>",
# an item carrying the network ("<li data-share='x'><a href='#'>"), WhatsApp's
# data-action="share/whatsapp/share" on a "#" link; under a label in many languages.
SHARE_SCRIPTS = [
    ("sharer-js", f'<div class="s"><a data-sharer="facebook" data-url="{H}/x"><img src="{M}/static/fb.png"></a>'
                  f'<a data-sharer="twitter" data-url="{H}/x"><img src="{M}/static/tw.png"></a></div>'),
    ("data-share", f'<div class="s"><span>Compartir</span><a href="#" data-share="facebook"><img src="{M}/static/fb.png"></a>'
                   f'<a href="#" data-share="whatsapp"><img src="{M}/static/wa.png"></a></div>'),
    ("item-data", f'<ul class="s"><li data-share="facebook"><a href="#"><img src="{M}/static/fb.png"></a></li>'
                  f'<li data-share="x"><a href="#"><img src="{M}/static/x.png"></a></li></ul>'),
    ("wa-action", f'<div class="s"><span>Paylaş</span><a href="#" data-action="share/whatsapp/share">'
                  f'<img src="{M}/static/wa.png"></a><a href="#" data-network="telegram"><img src="{M}/static/tg.png"></a></div>'),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", SHARE_SCRIPTS, ids=[s[0] for s in SHARE_SCRIPTS])
def test_share_buttons_a_script_drives_are_the_templates(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


# Not a share button: a story's link that goes nowhere around its icon-sized picture, with a
# data attribute naming no network ("data-share='true'", "data-network='local'").
def test_a_link_whose_data_names_no_network_keeps_its_error():
    html = (f'<div><a href="#" data-share="true"><img src="{M}/2024/03/lone-a.jpg"></a>'
            f'<a href="#" data-network="local"><img src="{M}/2024/03/lone-b.jpg"></a></div>')
    assert {"lone-a.jpg", "lone-b.jpg"} <= set(kit.im001_files(kit.page(html)))


# App stores more readers use (RuStore, Huawei's cloud address, Xiaomi's GetApps) for the
# site's app badges after the story, as for Apple's and Google's.
@pytest.mark.parametrize("href", ["https://www.rustore.ru/catalog/app/ru.dailyledger.app",
                                  "https://appgallery.cloud.huawei.com/ag/n/app/C10123",
                                  "https://global.app.mi.com/details?id=com.dailyledger"])
def test_an_app_badge_of_another_store_after_the_story_is_the_templates(href):
    box = f'<div class="apps"><a href="{href}"><img src="{M}/static/store-badge.png"></a></div>'
    kit.assert_only_storys_errors(kit.page(box, "end"), "app.html")


# --- a page's own tools as picture links ----------------------------------------------------
# Picture-only links serving the page: a paged story's arrows (WordPress' <!--nextpage--> pages
# "/slug/2/", "?page=3", "/page/3/", German "?seite=2"), a language switch's flags (Polylang's and
# WPML's switchers write hreflang on each link; a flag linking to "/de/", "/pt-br/"), the print
# version's icon ("?print=1", "?view=print", "/print/"), a back-to-top arrow to Underscores'
# "#page" wrapper; a toolbar's icon in a link that goes nowhere beside its label ("Escuchar",
# "Guardar") or calling a text-size script (onclick="fontSize(1)").
S = f"{H}/news/2024/03/bike-lanes-approved"
PAGE_TOOLS = [
    ("pager-slug", f'<div class="pg"><a href="{S}/2/"><img src="{M}/static/next.png"></a><span>1 / 3</span></div>'),
    ("pager-query", f'<div class="pg"><a href="{S}/?page=1"><img src="{M}/static/arrow-left.png"></a><span>2 / 5</span>'
                    f'<a href="{S}/?page=3"><img src="{M}/static/arrow-right.png"></a></div>'),
    ("pager-seite", f'<div class="pg"><a href="{S}/?seite=2"><img src="{M}/static/weiter.png"></a></div>'),
    ("pager-folder", f'<div class="pg"><a href="{H}/category/local/page/2/"><img src="{M}/static/more.png"></a></div>'),
    ("flags-hreflang", f'<div class="lang"><a href="{H}/es/noticias/carriles" hreflang="es"><img src="{M}/static/es.svg"></a>'
                       f'<a href="{H}/pt/noticias/ciclovias" hreflang="pt"><img src="{M}/static/pt.svg"></a></div>'),
    ("flags-roots", f'<div class="lang"><a href="{H}/en/"><img src="{M}/flags/gb.png"></a><a href="{H}/de/">'
                    f'<img src="{M}/flags/de.png"></a><a href="{H}/pt-br/"><img src="{M}/flags/br.png"></a></div>'),
    ("print-query", f'<div class="t"><a href="{S}/?print=1"><img src="{M}/static/printer.png"></a></div>'),
    ("print-view", f'<div class="t"><a href="{S}/?view=print"><img src="{M}/static/printer.png"></a></div>'),
    ("print-folder", f'<div class="t"><a href="{S}/print/"><img src="{M}/static/print.png"></a></div>'),
    ("top-page", f'<div class="t"><a href="#page"><img src="{M}/static/up.png"></a></div>'),
    ("label-beside-es", f'<div class="t"><a href="#"><img src="{M}/static/speaker.png"></a><span>Escuchar</span></div>'),
    ("label-beside-save", f'<div class="t"><a href="#"><img src="{M}/static/bookmark.png"></a><span>Guardar</span></div>'),
    ("onclick-font", f'<div class="t"><a href="#" onclick="fontSize(1)"><img src="{M}/static/a-plus.png"></a>'
                     f'<a href="#" onclick="fontSize(-1)"><img src="{M}/static/a-minus.png"></a></div>'),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", PAGE_TOOLS, ids=[t[0] for t in PAGE_TOOLS])
def test_a_pages_own_tool_is_the_templates(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


# Look-alikes that keep their errors: a photo linking to another site's page 2, to a story whose
# address ends in a date ("/2024-03/12/"), to the print version from inside a sentence, to
# "/en/" from a sentence; a link that goes nowhere beside a long line (not a tool's label).
KEPT = [
    ("other-site-page", f'<div><a href="https://forum.example.org/thread/881?page=2"><img src="{M}/2024/03/lone.jpg"></a></div>'),
    ("date-path", f'<div><a href="{H}/archive/2024-03/12/"><img src="{M}/2024/03/lone.jpg"></a></div>'),
    ("print-in-prose", f'<p>The council printed the full plan, which residents can pick up at city hall or read '
                       f'online in its printable form <a href="{S}/?print=1"><img src="{M}/2024/03/lone.jpg"></a> '
                       'before the open houses in May.</p>'),
    ("label-is-a-line", f'<div><a href="#"><img src="{M}/2024/03/lone.jpg"></a><span>The new lanes on Main Street '
                        'at dusk</span></div>'),
    ("wordpress-post-id", f'<div><a href="{H}/?p=123"><img src="{M}/2024/03/lone.jpg"></a></div>'),
    ("thumbnail-onclick", f'<div><a href="#" onclick="showThumbnail(3)"><img src="{M}/2024/03/lone.jpg"></a></div>'),
    ("zoom-onclick", f'<div><a href="#" onclick="zoomImage(2)"><img src="{M}/2024/03/lone.jpg"></a></div>'),
]


@pytest.mark.parametrize("name,html", KEPT, ids=[k[0] for k in KEPT])
def test_a_story_picture_like_a_page_tool_keeps_its_error(name, html):
    assert "lone.jpg" in kit.im001_files(kit.page(html)), name


# --- channel asks, appeals and bylines in more languages --------------------------------------
# A channel box whose ask is its link's one word right after the line ("<span>Recibe las
# noticias en tu WhatsApp</span><a>Únete</a>": the words run together in the box's text, so
# the ask was no word of its own); appeals in Turkish and Indonesian and the support platforms
# of other readers (Boosty, Patronite, Saweria, Trakteer, Apoia.se, Catarse); a byline's face
# beside "di Mario Rossi", "Szerző:", "Teksti:", "Yazan:", "Skrevet af", "Napisała",
# "Reportagem:", "Redacción:".
CHANNELS = [
    ("whatsapp-es", f'<div class="wa"><img src="{M}/static/whatsapp.png"><span>Recibe las noticias en tu WhatsApp</span>'
                    '<a href="https://whatsapp.com/channel/0029Va">Únete</a></div>'),
    ("whatsapp-pt", f'<div class="wa"><img src="{M}/static/whatsapp.png"><span>Receba as notícias no seu WhatsApp</span>'
                    '<a href="https://whatsapp.com/channel/0029Vb">Siga</a></div>'),
]
APPEALS = [
    ("destek-tr", f'<div class="d"><img src="{M}/static/heart.png"><strong>Bizi destekleyin</strong>'
                  f'<a href="{H}/destek/">Destek ol</a></div>'),
    ("dukung-id", f'<div class="d"><img src="{M}/static/heart.png"><strong>Dukung jurnalisme independen</strong>'
                  '<a href="https://saweria.co/dailyledger">Dukung</a></div>'),
    ("trakteer-id", f'<div class="d"><a href="https://trakteer.id/dailyledger"><img src="{M}/static/trakteer.png"></a></div>'),
    ("boosty-ru", f'<div class="d"><a href="https://boosty.to/dailyledger"><img src="{M}/static/boosty.png"></a></div>'),
    ("patronite-pl", f'<div class="d"><a href="https://patronite.pl/dailyledger"><img src="{M}/static/patronite.png"></a></div>'),
    ("apoiase-pt", f'<div class="d"><a href="https://apoia.se/dailyledger"><img src="{M}/static/apoia.png"></a></div>'),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", CHANNELS + APPEALS, ids=[c[0] for c in CHANNELS + APPEALS])
def test_a_channel_ask_or_appeal_is_the_templates(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


BYLINES = ["di Mario Rossi", "Szerző: Kovács Anna", "Teksti: Matti Virtanen", "Yazan: Ahmet Yılmaz",
           "Skrevet af Lars Hansen", "Skriven av Anna Svensson", "Napisała Anna Nowak", "Reportagem: João Silva",
           "Redacción: María López"]


@pytest.mark.parametrize("byline", BYLINES)
def test_a_bylines_face_is_the_templates(byline):
    box = (f'<div class="meta"><img src="{M}/people/face.jpg" width="48" height="48"><span>{byline}</span>'
           '<time>13.03.2024</time></div>')
    kit.assert_only_storys_errors(kit.page(box), "byline.html")


# A face beside a line that opens with "Di" and a name (an Italian surname, "Di Maio") is no
# byline: the quoted man's face stays the story's.
def test_a_face_beside_di_maio_keeps_its_error():
    box = (f'<div class="q"><img src="{M}/2024/03/lone.jpg" width="48" height="48"><span>Di Maio: «Basta rinvii»</span>'
           '</div>')
    assert "lone.jpg" in kit.im001_files(kit.page(box))


# Broadcasters' catch-up sections as the second clue beside a play sign or a running time:
# France Télévisions' "/replay/", ARD's and ZDF's "/mediathek/" and "/sendungen/", Yle's "/areena/",
# ČT's "/ivysilani/", RTVE's "/a-la-carta/", a show's "/episodes/"; minutes in Greek, Hindi, Thai.
CATCH_UP = [
    ("replay-fr", f'<div class="t"><a href="{H}/replay/journal-20h"><img src="{M}/2024/03/s.jpg">{HEROICONS_PLAY}</a></div>'),
    ("sendungen-de", f'<div class="t"><a href="{H}/sendungen/tagesthemen"><img src="{M}/2024/03/s.jpg"></a>'
                     '<span>28 Min.</span></div>'),
    ("areena-fi", f'<div class="t" data-duration="PT25M20S"><a href="{H}/areena/1-234"><img src="{M}/2024/03/s.jpg"></a></div>'),
    ("ivysilani-cs", f'<div class="t"><a href="{H}/ivysilani/udalosti"><img src="{M}/2024/03/s.jpg"></a><span>28 min</span></div>'),
    ("a-la-carta-es", f'<div class="t"><a href="{H}/a-la-carta/telediario/"><img src="{M}/2024/03/s.jpg"></a>'
                      '<span>32 min</span></div>'),
    ("episodes-el", f'<div class="t"><a href="{H}/episodes/12"><img src="{M}/2024/03/s.jpg"></a><span>45 λεπτά</span></div>'),
    ("minutes-hi", f'<div class="t"><a href="{H}/tv/samachar"><img src="{M}/2024/03/s.jpg"></a><span>12 मिनट</span></div>'),
    ("minutes-th", f'<div class="t"><a href="{H}/live/khao"><img src="{M}/2024/03/s.jpg"></a><span>15 นาที</span></div>'),
]


@pytest.mark.parametrize("name,html", CATCH_UP, ids=[c[0] for c in CATCH_UP])
def test_a_catch_up_teaser_is_the_templates(name, html):
    kit.assert_only_storys_errors(kit.page(html), f"{name}.html")


# --- a social post's embed fallback ------------------------------------------------------------
# The markup platforms' embed dialogs give, with a picture some CMSs render into it (a static
# fallback): X's blockquote.twitter-tweet, Facebook's div.fb-post around its
# blockquote.fb-xfbml-parse-ignore, TikTok's blockquote.tiktok-embed, Bluesky's
# blockquote.bluesky-embed, Reddit's blockquote.reddit-embed-bq. The platform's script replaces
# it with the post's frame: the picture is no story's picture. A photo right after the embed, or
# in a plain quotation, stays the story's.
EMBEDS = [
    ("tweet", '<blockquote class="twitter-tweet"><p lang="en">The vote is in! <a href="https://t.co/x">pic.twitter.com/x'
              '</a></p>&mdash; City Hall (@cityhall) <a href="https://twitter.com/cityhall/status/1">March 12, 2024</a>'
              '<img src="https://pbs.twimg.com/media/abc.jpg"></blockquote>'),
    ("facebook", '<div class="fb-post" data-href="https://www.facebook.com/cityhall/posts/1"><blockquote '
                 'cite="https://www.facebook.com/cityhall/posts/1" class="fb-xfbml-parse-ignore">'
                 '<img src="https://scontent.xx.fbcdn.net/abc.jpg"><p>Vote tonight</p></blockquote></div>'),
    ("tiktok", '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@city/video/1" data-video-id="1"><section>'
               '<img src="https://p16-sign.tiktokcdn.com/abc.jpeg"><a href="https://www.tiktok.com/@city">@city</a>'
               '</section></blockquote>'),
    ("bluesky", '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/1"><p>Vote!</p>'
                '<img src="https://cdn.bsky.app/img/feed_thumbnail/plain/abc.jpg"></blockquote>'),
]


@pytest.mark.parametrize("name,html", EMBEDS, ids=[e[0] for e in EMBEDS])
def test_a_social_embeds_fallback_picture_is_the_platforms(name, html):
    kit.assert_only_storys_errors(kit.page(html), f"{name}.html")


def test_a_photo_after_an_embed_or_in_a_quotation_keeps_its_error():
    after = EMBEDS[0][1] + f'<p><img src="{M}/2024/03/lone-a.jpg"></p>'
    quote = f'<blockquote><p>"We will build it," the mayor said.</p><img src="{M}/2024/03/lone-b.jpg"></blockquote>'
    assert {"lone-a.jpg", "lone-b.jpg"} <= set(kit.im001_files(kit.page(after + quote)))
