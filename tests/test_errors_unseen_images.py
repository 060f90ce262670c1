"""Image errors (IM001, IM012) on shapes no tuning page has, set into the clean story of
tests/widgetkit.py (whose own IM001 and LK016 must stay found), and look-alikes that keep
their error. Each group says where its markup comes from.
"""

from __future__ import annotations

import pytest

import widgetkit as kit
from auditor.api import audit

M = "https://media.dailyledger.example"
H = "https://www.dailyledger.example"

# A play or listen button in the story's own box, among its paragraphs and photos: the
# text-to-speech plugins' shortcode buttons written into the content (the Text To Speech
# TTS plugin's ``[tta_listen_btn]``), the Guardian's ListenToArticleButton
# (guardian/dotcom-rendering), a clip's click-to-play button holding its still. The
# button's box is the story, not a player: the story's pictures stay the story's.
LISTEN = [
    ("listen-button-named-play", f'<button class="listen-btn" aria-label="Play"><img src="{H}/img/speaker.svg"></button>'),
    ("click-to-play-button-with-its-still",
     f'<button class="media-play" type="button"><img src="{M}/2024/03/clipstill.jpg">'
     '<span class="sr-only">Play video: Bike lanes explained</span></button>'),
    ("listen-button-with-words", '<button type="button" class="tta__listen">Play</button>'),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", LISTEN, ids=[s[0] for s in LISTEN])
def test_a_play_button_in_the_storys_box_leaves_its_photos_the_storys(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


# Beacons pasted into a story without a size (a CMS's noscript fallback copied with the
# story, or the script's written <img> saved with the page): IVW's SZM tag
# (``document.write("<img src=\"http://….ivwbox.de/cgi-bin/ivw/CP/…")``, German publishers'
# templates), Adobe Analytics' noscript image request (``…/b/ss/RSID/1/H.25--NS/0``, often on
# the site's own "smetrics." host), Matomo's image tracker (``matomo.php?idsite=1&rec=1``,
# Matomo's tracking-code snippet), Gemius, Webtrends' DCSIMG, Google Ads' and Floodlight's
# conversion tags, VK's, Reddit's, Quora's, AdRoll's and X's retargeting pixels.
BEACONS = [
    "https://ledger.ivwbox.de/cgi-bin/ivw/CP/news;?r=&amp;d=123",
    "https://de.ioam.de/tx.io?st=ledger&amp;cp=news",
    "https://smetrics.dailyledger.example/b/ss/ledgerprod/1/H.25--NS/0",
    "https://ledger.112.2o7.net/b/ss/ledgerprod/1/H.14--NS/0",
    "https://stats.dailyledger.example/matomo.php?idsite=3&amp;rec=1",
    "//stats.dailyledger.example/piwik.php?idsite=3&amp;rec=1",
    "https://gapl.hit.gemius.pl/_123/redot.gif?id=abc",
    "https://statse.webtrendslive.com/dcs123/njs.gif?dcsuri=/nojavascript&amp;WT.js=No",
    "https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123/?guid=ON&amp;script=0",
    "https://ad.doubleclick.net/ddm/activity/src=123;type=x;cat=y;ord=1?",
    "https://vk.com/rtrg?p=VK-RTRG-123",
    "https://alb.reddit.com/rp.gif?ts=1&amp;id=t2_x&amp;event=PageVisit",
    "https://q.quora.com/_/ad/abc/pixel?tag=ViewContent&amp;noscript=1",
    "https://d.adroll.com/cm/g/out",
    "https://t.co/i/adsct?txn_id=o1&amp;p_id=Twitter",
    "https://c.statcounter.com/123/0/abc/1/",
]


@pytest.mark.parametrize("src", BEACONS)
def test_a_beacon_pasted_without_a_size_is_no_picture(src):
    kit.assert_only_storys_errors(kit.page(f'<p><img src="{src}"></p>'), "beacon.html")


# Story photos whose address only looks like a collector's.
BEACON_LOOKALIKES = [
    f"{M}/2024/03/visitor-counter.jpg",
    f"{M}/collections/2024/03/stats-office.jpg",
    f"{M}/2024/03/vk-headquarters.jpg",
    "https://pbs.twimg.com/media/Fabc.jpg",
    f"{M}/b/2024/03/ss-crossing.jpg",
]


@pytest.mark.parametrize("src", BEACON_LOOKALIKES)
def test_a_photo_at_a_collector_like_address_keeps_its_error(src):
    story, off = kit.errors_by_place(kit.page(f'<figure><img src="{src}"><figcaption>Main Street</figcaption></figure>'), "photo.html")
    assert [rule for rule, place in off if place == src.replace("&amp;", "&")] == ["IM001"], off


# A picture whose address only a loader's attribute of its own name holds: Flickity's
# lazy cells (``data-flickity-lazyload``, metafizzy/flickity's lazyload docs), Splide's
# (``data-splide-lazy``, ``data-splide-lazy-srcset``), Ezoic's rewritten images
# (``data-ezsrc``), Optimole's (``data-opt-src``), WP Rocket's lazy backgrounds
# (``data-bg``), Lazy Load XT's ``data-original-set``; and a client-side template's
# picture, unrendered, its address bound by the framework (Vue's ``:src``, Angular's
# ``[src]``, AngularJS's ``ng-src``, Alpine's ``x-bind:src``).
LOADED = [
    ("flickity", f'<div class="carousel-cell"><img class="carousel-cell-image" data-flickity-lazyload="{M}/2024/03/fl.jpg" alt="Lane"></div>'),
    ("flickity-srcset", f'<div class="carousel-cell"><img data-flickity-lazyload-srcset="{M}/2024/03/fl-720.jpg 720w, '
     f'{M}/2024/03/fl-1440.jpg 1440w" data-flickity-lazyload-src="{M}/2024/03/fl-1440.jpg" alt="Lane"></div>'),
    ("splide", f'<ul class="splide__list"><li class="splide__slide"><img data-splide-lazy="{M}/2024/03/sp.jpg" alt="Lane"></li></ul>'),
    ("ezoic", f'<p><img data-ezsrc="{M}/2024/03/ez.jpg" alt="Lane" class="ezlazyload"></p>'),
    ("optimole", f'<p><img data-opt-src="{M}/2024/03/opt.jpg" src="data:image/svg+xml;base64,PHN2Zz4=" alt="Lane"></p>'),
    ("rocket-bg", f'<p><img data-bg="{M}/2024/03/bg.jpg" alt="Lane" class="rocket-lazyload"></p>'),
    ("original-set", f'<p><img data-original-set="{M}/2024/03/dos.jpg" alt="Lane"></p>'),
    ("vue", '<p><img :src="item.image" :alt="item.title" v-if="item"></p>'),
    ("vue-long", '<p><img v-bind:src="item.image"></p>'),
    ("angular", '<p><img [src]="item.image" [alt]="item.title"></p>'),
    ("angularjs", '<p><img ng-src="{{item.image}}"></p>'),
    ("alpine", '<p><img x-bind:src="item.image"></p>'),
]


@pytest.mark.parametrize("name,html", LOADED, ids=[s[0] for s in LOADED])
def test_a_loaders_or_templates_picture_has_its_source(name, html):
    kit.assert_only_storys_errors(kit.page(html, "end"), f"{name}.html")


@pytest.mark.parametrize("html,named", [
    ('<figure><img alt="The plan"><figcaption>The plan</figcaption></figure>', "The plan"),
    ('<figure><img src="" alt="The plan"><figcaption>The plan</figcaption></figure>', "The plan"),
    ('<figure><img data-caption="The plan" alt="The plan"><figcaption>The plan</figcaption></figure>', "The plan"),
    ('<figure><img class="lazyload" alt="The plan" data-placeholder-image="/img/ph.jpg"></figure>', "The plan"),
], ids=["none", "empty", "a-data-attribute-of-words", "a-placeholder-only"])
def test_a_picture_without_any_source_keeps_its_error(html, named):
    story, off = kit.errors_by_place(kit.page(html, "end"), "nosrc.html")
    assert ("IM012", named) in off, off


def test_a_loaders_address_names_the_picture_without_alt():
    story, off = kit.errors_by_place(kit.page(f'<p><img data-flickity-lazyload="{M}/2024/03/flx.jpg"></p>', "end"), "flx.html")
    assert ("IM001", f"{M}/2024/03/flx.jpg") in off, off


# A picture-only link to a clip on a video or audio platform, written as a still the
# platform plays: YouTube's short links (the share menu's "youtu.be/ID"), Vimeo's numbered
# clips, Dailymotion ("dai.ly/…"), TikTok's video pages, Twitch recordings, Facebook's
# "fb.watch/…", SoundCloud tracks. And the podcast apps' "Listen on" badges: a badge file
# (Apple's "US_UK_Apple_Podcasts_Listen_Badge_RGB.svg", Spotify's
# "spotify-podcast-badge-blk-grn-165x40.svg", as publishers' podcast pages write them:
# ``<a href="https://podcasts.apple.com/us/podcast/…"><img class="podcast--subscribe-button"
# src="…/US_UK_Apple_Podcasts_Listen_Badge_RGB.svg"></a><a href="https://www.google.com/podcasts?feed=…">``),
# or a row of two apps or more under a "Listen on" line.
CLIPS = [
    ("youtu-be", f'<p><a href="https://youtu.be/ogfYd705cRs"><img src="{M}/2024/03/ytbe.jpg"></a></p>'),
    ("vimeo", f'<p><a href="https://vimeo.com/123456789"><img src="{M}/2024/03/vim.jpg"></a></p>'),
    ("vimeo-channel", f'<p><a href="https://vimeo.com/channels/staffpicks/123456789"><img src="{M}/2024/03/vim2.jpg"></a></p>'),
    ("dailymotion", f'<p><a href="https://www.dailymotion.com/video/x8abcd"><img src="{M}/v/dm1.jpg"></a></p>'),
    ("dai-ly", f'<div><a href="https://dai.ly/x8abcd"><img src="{M}/v/dm2.jpg"></a></div>'),
    ("tiktok", f'<p><a href="https://www.tiktok.com/@ledger/video/7312345678901234567"><img src="{M}/v/tt1.jpg"></a></p>'),
    ("twitch", f'<p><a href="https://www.twitch.tv/videos/1234567"><img src="{M}/v/tw1.jpg"></a></p>'),
    ("fb-watch", f'<p><a href="https://fb.watch/abcDEF/"><img src="{M}/v/fb1.jpg"></a></p>'),
    ("soundcloud-track", f'<p><a href="https://soundcloud.com/ledger/ep-42-the-vote"><img src="{M}/2024/03/sc-art.jpg"></a></p>'),
    # a lightbox opening the player itself (GLightbox's and lity's video links: the embed address)
    ("youtube-nocookie-embed", f'<p><a href="https://www.youtube-nocookie.com/embed/Ga6RYejo6Hk" class="glightbox">'
     f'<img src="{M}/v/g1.jpg"></a></p>'),
    ("vimeo-player", f'<p><a href="https://player.vimeo.com/video/115041822" class="lightbox"><img src="{M}/v/g2.jpg"></a></p>'),
    ("apple-podcasts-badge",
     f'<p><a href="https://podcasts.apple.com/us/podcast/the-ledger/id123"><img class="podcast--subscribe-button" '
     f'src="{H}/wp-content/uploads/2019/05/US_UK_Apple_Podcasts_Listen_Badge_RGB.svg"></a> '
     f'<a href="https://www.google.com/podcasts?feed=aHR0cHM6Ly9"><img src="{H}/wp-content/uploads/2019/05/google-podcasts.png"></a></p>'),
    ("spotify-badge-alone", f'<p><a href="https://open.spotify.com/show/abc"><img src="{H}/img/spotify-podcast-badge-blk-grn-165x40.svg"></a></p>'),
    ("listen-on-row", f'<div class="podcast-links"><span>Listen on</span><a href="https://podcasts.apple.com/us/podcast/id1">'
     f'<img src="{H}/img/apple.png"></a><a href="https://overcast.fm/itunes1"><img src="{H}/img/overcast.png"></a></div>'),
]


@pytest.mark.parametrize("name,html", CLIPS, ids=[s[0] for s in CLIPS])
def test_a_still_linking_a_platforms_clip_or_a_podcast_badge_is_no_story_picture(name, html):
    kit.assert_only_storys_errors(kit.page(html), f"{name}.html")


# The story's own pictures beside them: a captioned still the story shows, a show's cover
# art in a roundup of podcasts linking its one app, a channel's page (no clip), a
# SoundCloud playlist.
CLIP_LOOKALIKES = [
    ("captioned-still-to-youtu-be", f'<figure><a href="https://youtu.be/ogfYd705cRs"><img src="{M}/2024/03/cap-yt.jpg"></a>'
     "<figcaption>The council's livestream, Tuesday night</figcaption></figure>", "cap-yt.jpg"),
    ("podcast-cover-in-a-roundup", '<h3>3. The Daily Ledger Podcast</h3><p><a href="https://podcasts.apple.com/us/podcast/id777">'
     f'<img src="{M}/2024/03/ledger-podcast-cover.jpg"></a></p>', "ledger-podcast-cover.jpg"),
    ("vimeo-profile", f'<p><a href="https://vimeo.com/ledgerfilms"><img src="{M}/2024/03/films.jpg"></a></p>', "films.jpg"),
    ("soundcloud-set", f'<p><a href="https://soundcloud.com/ledger/sets/season-2"><img src="{M}/2024/03/season2.jpg"></a></p>',
     "season2.jpg"),
]


@pytest.mark.parametrize("name,html,named", CLIP_LOOKALIKES, ids=[s[0] for s in CLIP_LOOKALIKES])
def test_a_story_picture_linking_a_platform_keeps_its_error(name, html, named):
    story, off = kit.errors_by_place(kit.page(html), f"{name}.html")
    assert any(rule == "IM001" and place.endswith(named) for rule, place in off), off


# Pictures shown only on paper: Tailwind's "hidden print:block" (hidden on screen, the
# print variant shows it), Bootstrap 3's "visible-print-block"/"-inline" (its print
# utilities), beside Bootstrap 4's "d-none d-print-block"; a screen reader meets none.
# Shown again at a screen width ("hidden md:block", "visible-lg-block") they stay pictures.
@pytest.mark.parametrize("html", [
    f'<div class="hidden print:block"><img src="{H}/img/print-mast.png"></div>',
    f'<img class="visible-print-block" src="{H}/img/qr-code.png">',
    f'<p class="visible-print-inline"><img src="{H}/img/qr-code2.png"></p>',
    f'<div class="d-none d-print-block"><img src="{H}/img/ledger-print.png"></div>',
], ids=["tailwind", "bootstrap3-block", "bootstrap3-inline", "bootstrap4"])
def test_a_picture_shown_only_on_paper_is_no_screen_picture(html):
    kit.assert_only_storys_errors(kit.page(html), "print.html")


@pytest.mark.parametrize("html", [
    f'<figure class="hidden md:block"><img src="{M}/2024/03/wide.jpg"><figcaption>Main Street</figcaption></figure>',
    f'<figure class="hidden-xs visible-lg-block"><img src="{M}/2024/03/wide.jpg"><figcaption>Main Street</figcaption></figure>',
], ids=["tailwind-md", "bootstrap3-lg"])
def test_a_picture_shown_at_a_screen_width_keeps_its_error(html):
    story, off = kit.errors_by_place(kit.page(html), "wide.html")
    assert ("IM001", f"{M}/2024/03/wide.jpg") in off, off


# A consent tool's placeholder for a blocked embed, its picture the preview: Complianz's
# ("Click to accept marketing cookies and enable this content", its placeholder image in
# ``data-placeholder-image``), Cookiebot's opt-out box ("Please accept marketing-cookies to
# watch this video", MEOM/meom-cookiebot-embed). A story photo whose caption speaks of
# cookies keeps its error.
@pytest.mark.parametrize("html", [
    f'<div class="cmplz-placeholder-parent"><img class="cmplz-placeholder-element cmplz-image" '
    f'data-placeholder-image="{H}/wp-content/uploads/complianz/placeholders/youtube.jpg" '
    f'src="{H}/wp-content/uploads/complianz/placeholders/youtube.jpg"><div class="cmplz-blocked-content-notice">'
    "Click to accept marketing cookies and enable this content</div></div>",
    f'<div class="cookieconsent-optout-marketing"><img src="{M}/v/optout.jpg"><p>Please '
    '<a href="javascript:Cookiebot.renew()">accept marketing-cookies</a> to watch this video.</p></div>',
], ids=["complianz", "cookiebot"])
def test_a_consent_placeholders_preview_is_no_story_picture(html):
    kit.assert_only_storys_errors(kit.page(html), "consent.html")


def test_a_photo_captioned_about_cookies_keeps_its_error():
    html = (f'<figure><img src="{M}/2024/03/bakery.jpg"><figcaption>Residents accept cookies from the bakery on Main '
            "Street</figcaption></figure>")
    story, off = kit.errors_by_place(kit.page(html), "bakery.html")
    assert ("IM001", f"{M}/2024/03/bakery.jpg") in off, off


# Video teasers to the site's own clip pages named in ways the folder rules missed: a
# page named by the clip's number, as the German public broadcasters write them
# ("…/kinderkliniken-ueberlastung-rs-virus-video-100.html" at zdf.de, "…/videos/making-of-
# wendezeit-video-100.html" at daserste.de: yt-dlp's extractor tests), video-on-demand
# and web-TV folders ("/vod/…", "/webtv/…", Polish "/wideo/…") and hosts ("v.site",
# "webtv.site"); a still beside an icon font's play glyph ("<i class='fa fa-play-circle-o'>"
# in a video gallery's thumbnail, Bootstrap Icons' "bi-play-fill", Material's "play_arrow").
TEASER_HREFS = ["/nachrichten/politik/radwege-video-100.html", "/unterhaltung/videos/radwege-video-1234567.html",
                "/vod/20240312-bike", "/wideo/radwege-123", "https://webtv.dailyledger.example/bike-lanes-123",
                "https://v.dailyledger.example/2024/bike"]


@pytest.mark.parametrize("shape", ["bare", "titled", "captioned"])
@pytest.mark.parametrize("href", TEASER_HREFS)
def test_a_teaser_to_the_sites_clip_page_is_no_story_picture(href, shape):
    img = f'<img src="{M}/img/teaser.jpg">'
    html = {"bare": f'<p><a href="{href}">{img}</a></p>',
            "titled": f'<div class="teaser"><a href="{href}">{img}<span>Radwege: Der Plan</span></a></div>',
            "captioned": f'<figure><a href="{href}">{img}</a><figcaption>Der Plan, erklärt</figcaption></figure>'}[shape]
    kit.assert_only_storys_errors(kit.page(html), "teaser.html")


@pytest.mark.parametrize("icon", ['<i class="fa fa-play-circle-o"></i>', '<i class="bi bi-play-fill"></i>',
                                  '<span class="glyphicon glyphicon-play"></span>',
                                  '<span class="material-icons">play_arrow</span>'],
                         ids=["font-awesome", "bootstrap-icons", "glyphicon", "material"])
def test_a_still_beside_an_icon_fonts_play_glyph_is_a_teasers(icon):
    html = f'<p><a href="/news/2024/03/x"><img src="{M}/img/if.jpg">{icon}</a></p>'
    kit.assert_only_storys_errors(kit.page(html), "icon.html")


@pytest.mark.parametrize("html,named", [
    (f'<p><a href="/music/best-music-video-2024.html"><img src="{M}/2024/03/bmv.jpg"></a></p>', "bmv.jpg"),
    (f'<p><a href="/news/2024/03/video-games-library"><img src="{M}/2024/03/vgl.jpg"></a></p>', "vgl.jpg"),
    (f'<p><a href="/movies/2024/03/dune-review"><img src="{M}/2024/03/dune.jpg"></a></p>', "dune.jpg"),
    (f'<p><a href="https://vr.dailyledger.example/2024/bike"><img src="{M}/2024/03/vr.jpg"></a></p>', "vr.jpg"),
    (f'<h3>2. The camera</h3><p><img src="{M}/2024/03/cam.jpg"><i class="fa fa-video-camera"></i></p>', "cam.jpg"),
    (f'<p><a href="/news/2024/03/x"><img src="{M}/2024/03/fa.jpg"><i class="fa fa-external-link"></i></a></p>', "fa.jpg"),
], ids=["a-year-after-video", "video-games-story", "film-review", "vr-host", "entry-under-a-heading", "another-icon"])
def test_a_story_picture_near_clip_words_keeps_its_error(html, named):
    story, off = kit.errors_by_place(kit.page(html), "kept.html")
    assert any(rule == "IM001" and place.endswith(named) for rule, place in off), off


# A small box named a clip's or a player's frame around one uncaptioned picture: the
# poster a player script replaces in server-rendered pages ("lead-video", "videoBox",
# "featured-video", "embedded-video", "playerContainer", "player-wrapper", "vid-container"),
# and a teaser typed a clip's by its class, modifiers included:
# CoreMedia's blueprint ("cm-teaser cm-teaser--video", its play mark
# "cm-teaser--video__play" beside the picture), BEM teasers ("teaser teaser--video",
# "card--video"), WordPress's post-format class ("format-video"), "video-card",
# "hasVideo", "vid-thumb"; markers of a clip the icon rules missed: a BEM-modified icon
# ("icon icon--video"), a play sign alone in an overlay, an icon component's data-icon.
TYPED = [
    *[(f"poster-in-{c}", f'<div class="{c}"><img src="{M}/img/z.jpg"></div>')
      for c in ["lead-video", "videoBox", "featured-video", "embedded-video", "playerContainer", "player-wrapper",
                "vid-container", "video-inline", "article-video"]],
    ("uncaptioned-figure-named-video", f'<figure class="video"><img src="{M}/img/fv.jpg"></figure>'),
    ("titled-video-card", f'<div class="video-card"><a href="/news/2024/03/x"><img src="{M}/img/vc.jpg"> Bike lanes, '
     "explained</a></div>"),
    ("coremedia", f'<div class="cm-teaser cm-teaser--video cm-teaser--plain"><img src="{M}/v/cm.jpg">'
     '<div class="cm-teaser--video__play"></div></div>'),
    *[(f"class-{c}", f'<div class="{c}"><a href="/news/2024/03/x"><img src="{M}/img/k.jpg"></a></div>')
      for c in ["teaser teaser--video", "card card--video", "post format-video", "video-card", "hasVideo", "vid-thumb",
                "c-video", "video__image"]],
    ("icon-modifier", f'<div class="thumb"><a href="/news/2024/03/y"><img src="{M}/img/i7.jpg"><span class="icon icon--video">'
     "</span></a></div>"),
    ("play-sign-overlay", f'<div class="thumb"><a href="/news/2024/03/y"><img src="{M}/img/i10.jpg"><div class="overlay">'
     "<span>▶</span></div></a></div>"),
    ("data-icon", f'<div class="thumb"><a href="/news/2024/03/y"><img src="{M}/img/i11.jpg"><span class="media-icon" '
     'data-icon="play"></span></a></div>'),
]


@pytest.mark.parametrize("name,html", TYPED, ids=[s[0] for s in TYPED])
def test_a_teaser_typed_or_marked_a_clips_is_no_story_picture(name, html):
    kit.assert_only_storys_errors(kit.page(html), f"{name}.html")


TYPED_LOOKALIKES = [
    ("video-games-box", f'<div class="video-games"><a href="/news/2024/03/x"><img src="{M}/2024/03/vg1.jpg"></a></div>'),
    ("photo-video-gallery", f'<div class="photo-video-gallery"><a href="/news/2024/03/x"><img src="{M}/2024/03/vg1.jpg"></a>'
     "</div>"),
    ("entry-under-its-heading", f'<div class="video-card"><h3>4. The council channel</h3><a href="https://council.example.gov/tv">'
     f'<img src="{M}/2024/03/vg1.jpg"></a></div>'),
    ("footballers-card", f'<div class="player-card"><img src="{M}/2024/03/vg1.jpg"><span>J. Smith, 9</span></div>'),
    ("box-score", f'<div class="player-box"><img src="{M}/2024/03/vg1.jpg"></div>'),
    ("film-poster", f'<div class="poster-image"><img src="{M}/2024/03/vg1.jpg"></div>'),
    ("box-with-prose", f'<div class="has-video"><a href="/news/2024/03/x"><img src="{M}/2024/03/vg1.jpg"></a><p>The council '
     "streams every meeting on its own channel, and residents can watch the archive of past votes there.</p></div>"),
    ("captioned", f'<figure class="video-card"><a href="/news/2024/03/x"><img src="{M}/2024/03/vg1.jpg"></a>'
     "<figcaption>Main Street at dawn</figcaption></figure>"),
]


@pytest.mark.parametrize("name,html", TYPED_LOOKALIKES, ids=[s[0] for s in TYPED_LOOKALIKES])
def test_a_story_picture_in_a_clip_named_box_keeps_its_error(name, html):
    story, off = kit.errors_by_place(kit.page(html), f"{name}.html")
    assert ("IM001", f"{M}/2024/03/vg1.jpg") in off, off


# A still carrying its clip's file or labelled a clip outside a <figure>: a picture or box
# holding the clip's stream (``data-mp4``, ``data-hls="….m3u8"``, a DASH ``.mpd``), a box
# whose test id or module names a clip's component (``data-testid="video-card"``,
# ``data-module="VideoTeaser"``), a picture titled as the control that plays it ("Play
# video"), a paragraph of a label and the picture's link ("<p><strong>WATCH:</strong>
# <a><img></a></p>"), WordPress's classic caption box (``<div class="wp-caption"><img>
# <p class="wp-caption-text">…``, the [caption] shortcode's HTML4 output) whose caption opens
# "Video:"; and one icon of an SVG sprite (``<img src="/assets/icons.svg#clock">``, SVG stacks).
LABELLED = [
    ("data-mp4-on-the-box", f'<div class="media" data-mp4="{M}/v/a.mp4"><img src="{M}/v/a.jpg"></div>'),
    ("data-hls-on-the-picture", f'<p><img src="{M}/v/b.jpg" data-hls="{M}/v/b.m3u8"></p>'),
    ("dash-manifest", f'<div class="media" data-manifest="{M}/v/c.mpd?token=1"><img src="{M}/v/c.jpg"></div>'),
    ("test-id", f'<div data-testid="video-card"><a href="/news/2024/03/x"><img src="{M}/v/d.jpg"></a><span>Bike lanes</span></div>'),
    ("module-name", f'<div data-module="VideoTeaser"><a href="/news/2024/03/x"><img src="{M}/v/e.jpg"></a></div>'),
    ("titled-play-video", f'<p><a href="/news/2024/03/x"><img src="{M}/v/i.jpg" title="Play video"></a></p>'),
    ("watch-label-paragraph", f'<p><strong>WATCH:</strong> <a href="/news/2024/03/x"><img src="{M}/v/e.jpg"></a></p>'),
    ("video-label-paragraph", f'<p><em>Video:</em><br><a href="/news/2024/03/x"><img src="{M}/v/f.jpg"></a></p>'),
    ("wp-classic-caption", f'<div id="attachment_12" class="wp-caption aligncenter"><img src="{M}/v/h.jpg">'
     '<p class="wp-caption-text">Video: The plan, explained</p></div>'),
    ("svg-sprite-icon", f'<p class="meta"><img src="{H}/assets/icons.svg#clock"> 5 min read</p>'),
]


@pytest.mark.parametrize("name,html", LABELLED, ids=[s[0] for s in LABELLED])
def test_a_still_carrying_or_labelled_its_clip_is_no_story_picture(name, html):
    kit.assert_only_storys_errors(kit.page(html), f"{name}.html")


LABELLED_LOOKALIKES = [
    ("games-label", f'<p><strong>Video games:</strong> <a href="/news/2024/03/x"><img src="{M}/2024/03/lb.jpg"></a></p>'),
    ("watch-in-a-sentence", f'<p>Watch how the lanes work: <a href="/news/2024/03/x"><img src="{M}/2024/03/lb.jpg"></a> the '
     "curbs separate cyclists from traffic along the whole of Main Street.</p>"),
    ("classic-caption-about-games", f'<div class="wp-caption"><img src="{M}/2024/03/lb.jpg"><p class="wp-caption-text">Video '
     "games at the library</p></div>"),
    ("module-of-photos", f'<div data-module="PhotoGallery"><a href="/news/2024/03/x"><img src="{M}/2024/03/lb.jpg"></a></div>'),
    ("data-type-player", f'<div data-type="player"><img src="{M}/2024/03/lb.jpg"></div>'),
    ("whole-svg-chart", f'<figure><img src="{M}/2024/03/lb.svg"><figcaption>Crashes by street</figcaption></figure>'),
]


@pytest.mark.parametrize("name,html", LABELLED_LOOKALIKES, ids=[s[0] for s in LABELLED_LOOKALIKES])
def test_a_story_picture_labelled_otherwise_keeps_its_error(name, html):
    story, off = kit.errors_by_place(kit.page(html), f"{name}.html")
    assert any(rule == "IM001" and "/2024/03/lb." in place for rule, place in off), off


def test_a_story_picture_titled_otherwise_is_named_by_its_title():
    # Not a clip's still (its title names no control): the story's picture, named by its
    # title alone, which a screen reader reads (accname); IM013's warning, not IM001's error.
    result = audit(kit.page(f'<p><img src="{M}/2024/03/lb.jpg" title="Apple Watch Series 9"></p>').encode(),
                   "product-titled.html")
    found = {(f.rule, f.level) for f in result.findings if "/2024/03/lb." in (f.excerpt or "")}
    assert found == {("IM013", "warning")}, found


# Icons beside a link or over a photo: a site's favicon in a link preview or a source line
# (Ghost's bookmark card, ``<img class="kg-bookmark-icon" src="…/favicon.ico">`` as
# importers write it without alt; Google's and DuckDuckGo's favicon services), a lightbox's
# zoom or full-screen icon laid over the photo it opens, a newsletter's logo beside its name
# in an embedded-post card (Substack's ``embedded-post-publication-logo``), and Amazon
# Associates' impression pixel after a product link, pasted without its size.
ICONS = [
    ("ghost-bookmark-icon", '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" '
     'href="https://council.example.gov/plan"><div class="kg-bookmark-content"><div class="kg-bookmark-title">The plan</div>'
     '<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://council.example.gov/favicon.ico">'
     '<span class="kg-bookmark-author">City Council</span></div></div></a></figure>'),
    ("google-favicon-service", '<p>Source: <a href="https://council.example.gov/plan"><img '
     'src="https://www.google.com/s2/favicons?domain=council.example.gov"> council.example.gov</a></p>'),
    ("duckduckgo-favicon", '<p><a href="https://council.example.gov/plan"><img '
     'src="https://icons.duckduckgo.com/ip3/council.example.gov.ico"> The plan</a></p>'),
    ("apple-touch-icon", '<p><a href="https://council.example.gov/plan"><img '
     'src="https://council.example.gov/apple-touch-icon-180x180.png"> The plan</a></p>'),
    ("zoom-icon-over-its-photo", f'<figure><a href="{M}/2024/03/z-full.jpg" class="lightbox"><img src="{M}/2024/03/z.jpg" '
     f'alt="Main Street"><img class="zoom-icon" src="{H}/assets/icons/zoom.png"></a><figcaption>Main Street</figcaption></figure>'),
    ("expand-icon-file", f'<div class="photo"><img src="{M}/2024/03/ex.jpg" alt="Main Street"><img src="{H}/img/icon-expand.svg">'
     "</div>"),
    ("substack-embedded-post-logo", '<div class="embedded-post-wrap"><a class="embedded-post" href="https://cityhall.substack.com/p/x">'
     '<div class="embedded-post-header"><img class="embedded-post-publication-logo" src="https://substackcdn.com/image/fetch/'
     'w_56/logo.png"><span class="embedded-post-publication-name">City Hall Notes</span></div><div class="embedded-post-title">'
     "The lanes, explained</div></a></div>"),
    ("amazon-impression-pixel", '<p><a href="https://www.amazon.com/dp/B0ABC?tag=ledger-20">Kryptonite lock</a><img '
     'src="//ir-na.amazon-adsystem.com/e/ir?t=ledger-20&amp;l=am2&amp;o=1&amp;a=B0ABC" style="border:none !important"></p>'),
]


@pytest.mark.parametrize("name,html", ICONS, ids=[s[0] for s in ICONS])
def test_an_icon_beside_a_link_or_over_a_photo_is_no_story_picture(name, html):
    kit.assert_only_storys_errors(kit.page(html), f"{name}.html")


ICON_LOOKALIKES = [
    ("captioned-favicon", f'<figure><img src="{M}/2024/03/favicon-redesign.png"><figcaption>The new icon</figcaption></figure>',
     "favicon-redesign.png"),
    ("zoom-icon-alone-in-its-link", f'<p><a href="{M}/2024/03/z-full.jpg"><img src="{H}/assets/icons/zoom.png"></a></p>',
     "zoom.png"),
    ("amazon-product-photo", '<p><a href="https://www.amazon.com/dp/B0ABC?tag=ledger-20"><img '
     'src="https://m.media-amazon.com/images/I/71abc.jpg"></a></p>', "71abc.jpg"),
    ("another-sites-logo-alone-in-its-link", '<p><a href="https://cityhall.example/"><img src="https://cityhall.example/logo.png">'
     "</a></p>", "logo.png"),
]


@pytest.mark.parametrize("name,html,named", ICON_LOOKALIKES, ids=[s[0] for s in ICON_LOOKALIKES])
def test_a_picture_like_an_icon_keeps_its_error(name, html, named):
    story, off = kit.errors_by_place(kit.page(html), f"{name}.html")
    assert any(rule == "IM001" and place.endswith(named) for rule, place in off), off


# Pictures that show no picture: a loading animation left in the page ("ajax-loader.gif",
# a theme's "spinner.svg"), a lazy loader's empty inline SVG holding the picture's shape
# ("data:image/svg+xml,%3Csvg … viewBox='0 0 800 600'%3E%3C/svg%3E", WP Rocket's and
# Perfmatters' stand-in) with no loader attribute left naming the picture.
EMPTY_SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20800%20600'%3E%3C/svg%3E"


@pytest.mark.parametrize("src", [
    f"{H}/img/ajax-loader.gif", f"{H}/assets/spinner.gif", f"{H}/img/preloader.svg", EMPTY_SVG,
    "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA4MDAgNjAwIj48L3N2Zz4=",
], ids=["ajax-loader", "spinner", "preloader", "empty-svg", "empty-svg-base64"])
def test_a_picture_that_shows_none_is_no_picture(src):
    kit.assert_only_storys_errors(kit.page(f'<p><img src="{src}"></p>', "end"), "none.html")


@pytest.mark.parametrize("html,named", [
    (f'<figure><img src="{M}/2024/03/loader.png"><figcaption>The new wheel loader</figcaption></figure>', "loader.png"),
    (f'<figure><img src="{M}/2024/03/wheel-loader.jpg"><figcaption>The new wheel loader</figcaption></figure>',
     "wheel-loader.jpg"),
    ("<figure><img src=\"data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3Cpath%20d='M0%200h8v6z'/%3E"
     "%3C/svg%3E\"><figcaption>Crashes by street</figcaption></figure>", "…"),
    (f'<figure><img src="{EMPTY_SVG}" data-lazy-src="{M}/2024/03/lazy9.jpg"><figcaption>Main Street</figcaption></figure>',
     "lazy9.jpg"),
], ids=["loader-machine-png", "wheel-loader", "inline-chart", "empty-svg-before-its-picture"])
def test_a_picture_that_shows_one_keeps_its_error(html, named):
    story, off = kit.errors_by_place(kit.page(html, "end"), "shows.html")
    assert any(rule == "IM001" and place.endswith(named) for rule, place in off), off


# Follow banners to the publisher's channel on the aggregators and messengers of other
# markets: Naver's press channel and Kakao's (Korean publishers' "네이버 구독" banners), Dzen
# (Russian publishers' "Подписывайтесь на наш канал в Дзен"), Apple News's channel, MSN's
# source page, SmartNews, an OK.ru group, WhatsApp channels, Telegram. A story photo linking
# one story there keeps its error.
@pytest.mark.parametrize("href", [
    "https://media.naver.com/press/001", "https://pf.kakao.com/_xabc", "https://dzen.ru/ledger", "https://zen.yandex.ru/ledger",
    "https://apple.news/TabcDEF", "https://www.msn.com/en-us/channel/source/The%20Ledger/sr-vid-abc",
    "https://www.smartnews.com/en/publisher/ledger", "https://ok.ru/group/5555", "https://whatsapp.com/channel/0029VaABC",
    "https://t.me/ledgernews",
])
def test_a_follow_banner_to_the_publishers_channel_is_no_story_picture(href):
    html = f'<p><a href="{href}"><img src="{H}/wp-content/uploads/2023/05/follow-banner.png"></a></p>'
    kit.assert_only_storys_errors(kit.page(html), "follow.html")


@pytest.mark.parametrize("href", ["https://dzen.ru/a/ZAbcDEF", "https://apple.news/AbcDEF",
                                  "https://n.news.naver.com/article/001/0014567890"])
def test_a_photo_linking_a_story_on_an_aggregator_keeps_its_error(href):
    html = f'<p><a href="{href}"><img src="{M}/2024/03/agg.jpg"></a></p>'
    story, off = kit.errors_by_place(kit.page(html), "agg.html")
    assert ("IM001", f"{M}/2024/03/agg.jpg") in off, off


# A divider drawn as a picture: an uploaded "divider.png" or "separator-line.gif", or any
# picture declared as a thin line ("width=700 height=6", "width:600px;height:4px"; Medium's
# and newsletters' separators, judged noise on a tuning page: "nobody is misled"). A
# panorama, a banner-shaped photo, a photo of a wall called "divider" keep their error.
@pytest.mark.parametrize("img", [
    f'<img src="{H}/wp-content/uploads/2023/01/divider.png">',
    f'<img src="{M}/img/separator-line.gif">',
    f'<img src="{M}/img/section-break.svg">',
    f'<img src="{M}/2024/03/1abc.png" width="700" height="6">',
    f'<img src="{M}/2024/03/1abd.png" width="600" height="1">',
    f'<img src="{M}/2024/03/2abc.png" style="width:600px;height:4px">',
], ids=["divider", "separator", "section-break", "thin-by-attributes", "one-pixel-line", "thin-by-style"])
def test_a_divider_drawn_as_a_picture_is_no_picture(img):
    kit.assert_only_storys_errors(kit.page(f"<p>{img}</p>"), "divider.html")


@pytest.mark.parametrize("img,named", [
    (f'<img src="{M}/2024/03/pano.jpg" width="3000" height="500">', "pano.jpg"),
    (f'<img src="{M}/2024/03/banner-story.jpg" width="728" height="90">', "banner-story.jpg"),
    (f'<img src="{M}/2024/03/divider-wall.jpg">', "divider-wall.jpg"),
    (f'<img src="{M}/2024/03/chart.png" width="700" height="60">', "chart.png"),
    (f'<img src="{M}/2024/03/auto-height.jpg" width="570" height="0">', "auto-height.jpg"),  # CNET: 0 is "auto"
], ids=["panorama", "banner-shaped", "photo-of-a-divider-wall", "wide-chart", "zero-height-is-auto"])
def test_a_wide_photo_keeps_its_error(img, named):
    story, off = kit.errors_by_place(kit.page(f"<figure>{img}<figcaption>Main Street</figcaption></figure>"), "wide.html")
    assert any(rule == "IM001" and place.endswith(named) for rule, place in off), off


# Pinned (no change here): an alt written empty, as a bare attribute or in capitals, marks a
# picture decorative and is no error; a <picture> whose <source>s offer the formats is one
# picture, reported once when its <img> has no alt; lazy loaders' pictures without alt
# (lazysizes' data-src over a base64 GIF, lozad, WordPress's native loading=lazy, next/image's
# responsive markup with its <noscript> copy) keep their error, named by their real file.
@pytest.mark.parametrize("img", [
    f'<img alt src="{M}/2024/03/bare.jpg">', f'<img ALT="" SRC="{M}/2024/03/upper.jpg">',
    f'<picture><source type="image/avif" srcset="{M}/2024/03/pc.avif"><source type="image/webp" srcset="{M}/2024/03/pc.webp">'
    f'<img src="{M}/2024/03/pc.jpg" alt="The lane"></picture>',
], ids=["bare-alt", "capitals", "picture-with-alt"])
def test_a_described_or_decorative_picture_is_no_error(img):
    story, off = kit.errors_by_place(kit.page(f"<figure>{img}<figcaption>Main Street</figcaption></figure>"), "alt.html")
    assert [f for f in off if f[0] == "IM001"] == [], off


@pytest.mark.parametrize("img,named", [
    (f'<picture><source type="image/webp" srcset="{M}/2024/03/pn.webp"><img src="{M}/2024/03/pn.jpg"></picture>', "pn.jpg"),
    (f'<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" '
     f'data-src="{M}/2024/03/lz.jpg">', "lz.jpg"),
    (f'<img class="lozad" data-src="{M}/2024/03/lozad.jpg">', "lozad.jpg"),
    (f'<img loading="lazy" decoding="async" width="1024" height="683" src="{M}/2024/03/native-1024x683.jpg">',
     "native-1024x683.jpg"),
    ('<span style="box-sizing:border-box;display:block;position:relative"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP'
     '///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" decoding="async" data-nimg="responsive" style="position:absolute;top:0;left:0;'
     'width:0;height:0;min-width:100%;max-width:100%;min-height:100%;max-height:100%"><noscript><img sizes="100vw" '
     f'src="{M}/_next/image?url=%2Fimg%2Fnext1.jpg&amp;w=1200&amp;q=75" decoding="async" data-nimg="responsive" '
     'loading="lazy"></noscript></span>', "next1.jpg"),
], ids=["picture-without-alt", "lazysizes", "lozad", "wordpress-native-lazy", "next-image"])
def test_a_lazy_or_sourced_picture_without_alt_keeps_its_error(img, named):
    story, off = kit.errors_by_place(kit.page(f"<figure>{img}<figcaption>Main Street</figcaption></figure>"), "lazy.html")
    hits = [place for rule, place in off if rule == "IM001"]
    assert len(hits) == 1 and named in hits[0], off


# A clip's label in the scripts the vocabulary lacked: a "Video" badge on a still, a caption
# opening "Videó:", a box labelled "ভিডিও", in Hungarian, Bengali, Tamil, Urdu, Persian,
# Japanese (katakana), Marathi, Telugu, Kannada, Malayalam, Gujarati, Punjabi; a video page
# in a pinyin or romaji folder ("/shipin/…", "/douga/…").
WORDS = ["Videó", "ভিডিও", "வீடியோ", "ویڈیو", "ویدئو", "ビデオ", "व्हिडिओ", "వీడియో", "ವಿಡಿಯೋ", "വീഡിയോ", "વીડિયો", "ਵੀਡੀਓ"]


@pytest.mark.parametrize("word", WORDS)
def test_a_clips_badge_or_caption_label_in_more_scripts(word):
    badge = f'<div class="thumb"><img src="{M}/v/badge.jpg"><span class="badge">{word}</span></div>'
    caption = f'<figure><img src="{M}/v/cap.jpg"><figcaption>{word}: 2024</figcaption></figure>'
    for html in (badge, caption):
        kit.assert_only_storys_errors(kit.page(html), "label.html")


@pytest.mark.parametrize("href", ["/news/shipin/2024/bike-123", "/douga/20240312-bike"])
def test_a_video_page_in_a_pinyin_or_romaji_folder(href):
    kit.assert_only_storys_errors(kit.page(f'<p><a href="{href}"><img src="{M}/v/pin.jpg"></a></p>'), "pinyin.html")


# An episode's teaser: its cover beside a control named to listen, in a dozen languages
# (podcast players' "Listen", "Escuchar", "Écouter", "Jetzt anhören", "Ascolta", "Ouvir",
# "Luister", "Слушать", "聴く", "收听", "듣기"), a <button> or a link's title. A paragraph that
# asks the reader to listen, in prose, leaves its box's photo the story's.
LISTEN_WORDS = ["Listen", "Listen now", "Escuchar", "Écouter", "Jetzt anhören", "Ascolta", "Ouvir", "Luister", "Слушать", "聴く",
                "收听", "듣기"]


@pytest.mark.parametrize("word", LISTEN_WORDS)
def test_a_cover_beside_a_listen_control_is_an_episodes_teaser(word):
    for html in (f'<div class="ep"><img src="{M}/pod/ep.jpg"><button aria-label="{word}"></button></div>',
                 f'<div class="ep"><a href="/podcast/ep1"><img src="{M}/pod/el.jpg"></a><a href="/podcast/ep1" title="{word}"></a></div>'):
        kit.assert_only_storys_errors(kit.page(html), "listen.html")


def test_a_photo_beside_prose_asking_to_listen_keeps_its_error():
    html = (f'<div class="box"><img src="{M}/2024/03/lp.jpg"><p>Listen to the residents: they asked for the lanes for years, '
            "and the council finally voted for them on Tuesday night after hours of comment.</p></div>")
    story, off = kit.errors_by_place(kit.page(html), "prose.html")
    assert ("IM001", f"{M}/2024/03/lp.jpg") in off, off


@pytest.mark.parametrize("html", [
    f'<p><img src="{M}/2024/03/loop.gif" data-mp4="{M}/2024/03/loop.mp4"></p>',
    f'<div class="gif" data-mp4="{M}/2024/03/loop.mp4"><img src="{M}/2024/03/loop.gif"></div>',
], ids=["on-the-picture", "on-its-box"])
def test_a_gif_with_its_video_copy_keeps_its_error(html):
    """A GIF served as a lighter video loop (data-mp4) is the story's animated picture."""
    story, off = kit.errors_by_place(kit.page(html), "gif.html")
    assert ("IM001", f"{M}/2024/03/loop.gif") in off, off


@pytest.mark.parametrize("html", [
    '<div class="zoom-view"><img id="zoom-img"></div>',  # a lightbox's or zoom's slot a script fills
    '<div class="player"><img class="poster-slot" src=""></div>',
], ids=["no-src", "empty-src"])
def test_a_scripts_empty_slot_is_no_picture(html):
    """No source, no alt, no caption: a browser shows nothing, a screen reader meets nothing."""
    kit.assert_only_storys_errors(kit.page(html, "end"), "slot.html")


# An icon the site serves from its icons' folder, beside a few words: a clock beside "5 min
# read", an info sign, a weather symbol. All a link holds, its missing alt is the link's
# missing name and stays; a writer's upload named "…-icon" and another site's icon folder
# stay the story's.
@pytest.mark.parametrize("html", [
    '<p class="meta"><img src="/static/icons/clock.svg"> 5 min read</p>',
    f'<div class="note"><img src="{H}/assets/icons/info.png"><span>Updated March 13</span></div>',
    f'<div class="weather"><img src="{H}/img/weather/icons/sunny.png"><span>72°</span></div>',
], ids=["clock", "info", "weather"])
def test_an_icon_from_the_sites_icon_folder_is_no_story_picture(html):
    kit.assert_only_storys_errors(kit.page(html), "icon.html")


@pytest.mark.parametrize("html,named", [
    (f'<h3>2. Citymapper</h3><p><img src="{M}/2024/03/citymapper-icon.png"></p><p>The best app for planning a ride across town, '
     "with live data for every bike lane.</p>", "citymapper-icon.png"),
    ('<figure><img src="https://council.example.gov/icons/plan-map.png"><figcaption>The plan</figcaption></figure>', "plan-map.png"),
    (f'<p>The plan: <a href="https://council.example.gov/plan.pdf"><img src="{H}/assets/icons/pdf.png"></a></p>', "pdf.png"),
], ids=["an-apps-icon-upload", "another-sites-icon-folder", "all-a-link-holds"])
def test_an_icon_like_story_picture_keeps_its_error(html, named):
    story, off = kit.errors_by_place(kit.page(html), "icon-kept.html")
    assert any(rule == "IM001" and place.endswith(named) for rule, place in off), off


# A small box labelled for clips in the plurals and scripts the label lacked ("Meer video's",
# "Další videa", "Lisää videoita", "Fler videor", "Flere videoer", "Videolar", "更多视频"),
# its one picture linked: a video teaser. A box labelled for something else keeps its error.
@pytest.mark.parametrize("label", ["Meer video's", "Další videa", "Lisää videoita", "Fler videor", "Flere videoer",
                                   "Daha fazla videolar", "更多视频", "Videolar"])
def test_a_box_labelled_for_clips_in_more_languages(label):
    html = (f'<div class="box"><p><strong>{label}</strong></p><a href="/news/2024/03/y"><img src="{M}/v/l.jpg"></a>'
            '<p><a href="/news/2024/03/y">Fifth Avenue closes for the works</a></p></div>')
    kit.assert_only_storys_errors(kit.page(html), "label.html")


def test_a_box_labelled_for_photos_keeps_its_error():
    html = (f'<div class="box"><p><strong>Meer foto\'s</strong></p><a href="/news/2024/03/y"><img src="{M}/2024/03/l.jpg"></a>'
            '<p><a href="/news/2024/03/y">Fifth Avenue closes for the works</a></p></div>')
    story, off = kit.errors_by_place(kit.page(html), "label.html")
    assert ("IM001", f"{M}/2024/03/l.jpg") in off, off


# An ad slot labelled in the languages the label lacked (Hungarian "Hirdetés", German
# "Gesponsert", Portuguese and Spanish "Patrocinado", French "Sponsorisé", Italian
# "Sponsorizzato", Polish "Sponsorowane", Turkish "Reklam", Greek, Hebrew, Hindi, Vietnamese):
# its creative is the advertiser's picture, not the story's.
@pytest.mark.parametrize("label", ["Hirdetés", "Gesponsert", "Patrocinado", "Sponsorisé", "Sponsorizzato", "Sponsorowane",
                                   "Reklam", "Διαφήμιση", "פרסומת", "विज्ञापन", "Quảng cáo"])
def test_an_ad_slot_labelled_in_more_languages(label):
    html = (f'<div class="slot"><span class="lbl">{label}</span><a href="https://ads.example-network.com/click?id=1">'
            '<img src="https://cdn.example-network.com/cr/1.jpg"></a></div>')
    kit.assert_only_storys_errors(kit.page(html), "ad.html")


# A consent tool's placeholder for a blocked embed, in the languages of the tools: Borlabs
# Cookie's ("Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube."
# and its "Video laden" button), its French, Spanish, Italian, Portuguese and Dutch texts,
# Embed Privacy's ("Klicken Sie hier, um Inhalte von YouTube anzuzeigen"). A captioned photo
# whose caption names a platform and privacy, a classic caption box, a box with a heading
# keep their error.
BLOCKERS = [
    ("Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.", "Video laden"),
    ("En cargando el vídeo, aceptas la política de privacidad de YouTube.", "Cargar vídeo"),
    ("En chargeant la vidéo, vous acceptez la politique de confidentialité de YouTube.", "Charger la vidéo"),
    ("Caricando il video, accetti l'informativa sulla privacy di YouTube.", "Carica video"),
    ("Ao carregar o vídeo, você aceita a política de privacidade do YouTube.", "Carregar vídeo"),
    ("Door de video te laden, gaat u akkoord met het privacybeleid van YouTube.", "Video laden"),
    ("Klicken Sie hier, um Inhalte von YouTube anzuzeigen.", "Inhalte von YouTube immer anzeigen"),
]


@pytest.mark.parametrize("message,button", BLOCKERS, ids=[b[1] + str(i) for i, b in enumerate(BLOCKERS)])
def test_a_blocked_embeds_placeholder_is_no_story_picture(message, button):
    html = (f'<div class="blocker"><img class="thumb" src="{H}/wp-content/cache/embeds/yt.jpg"><p>{message}</p>'
            f'<a class="btn" href="#" role="button">{button}</a></div>')
    kit.assert_only_storys_errors(kit.page(html), "blocker.html")


@pytest.mark.parametrize("html", [
    f'<figure><img src="{M}/2024/03/bl.jpg"><figcaption>Facebook asks users to accept its new privacy terms before they can '
    "load the app</figcaption></figure>",
    f'<div class="wp-caption"><img src="{M}/2024/03/bl.jpg"><p class="wp-caption-text">Facebook asks users to accept its new '
    "privacy terms; click to read them</p></div>",
    f'<div class="box"><h3>Privacy on YouTube</h3><img src="{M}/2024/03/bl.jpg"><p>Click the settings to accept or refuse '
    "the new terms.</p></div>",
], ids=["figure-caption", "classic-caption", "box-with-a-heading"])
def test_a_photo_about_a_platforms_privacy_keeps_its_error(html):
    story, off = kit.errors_by_place(kit.page(html), "privacy.html")
    assert ("IM001", f"{M}/2024/03/bl.jpg") in off, off


# Spacers under the names old table layouts and ad servers gave them ("empty.gif",
# "clear.png", "1px.gif", "space.gif"), no script replacing them; a photo whose file only
# starts so keeps its error. (A one-letter GIF such as "t.gif" is read by its size alone:
# tests/test_chrome_tools.py keeps one sized by style a picture.)
@pytest.mark.parametrize("name", ["empty.gif", "clear.png", "trans.png", "1px.gif", "space.gif", "null.gif", "invisible.gif"])
def test_a_spacer_under_another_name_is_no_picture(name):
    kit.assert_only_storys_errors(kit.page(f'<p><img src="{H}/images/{name}"></p>'), "spacer.html")


@pytest.mark.parametrize("name", ["empty-lot.jpg", "clear-sky.png", "space.jpg", "c.png"])
def test_a_photo_named_like_a_spacer_keeps_its_error(name):
    story, off = kit.errors_by_place(kit.page(f'<figure><img src="{M}/2024/03/{name}"><figcaption>Main Street</figcaption></figure>'),
                         "photo.html")
    assert ("IM001", f"{M}/2024/03/{name}") in off, off


# An uncaptioned picture, all its link holds, filed under the site's clips
# ("/images/video/2024/03/…jpg", "/videos/…", "/clips/…"): a video teaser's still. Captioned,
# beside words in its link, or a GIF, it stays the story's.
@pytest.mark.parametrize("src", [f"{M}/images/video/2024/03/x.jpg", f"{M}/videos/2024/03/y.jpg", f"{M}/clips/2024/z.jpg"])
def test_a_linked_still_filed_under_clips_is_a_teasers(src):
    kit.assert_only_storys_errors(kit.page(f'<p><a href="/news/2024/03/x"><img src="{src}"></a></p>'), "filed.html")


@pytest.mark.parametrize("html,named", [
    (f'<figure><a href="/news/2024/03/x"><img src="{M}/images/video/2024/03/c.jpg"></a><figcaption>Main Street</figcaption>'
     "</figure>", "c.jpg"),
    (f'<p><a href="/news/2024/03/x"><img src="{M}/images/video/2024/03/w.jpg"> Main Street reopens</a></p>', "w.jpg"),
    (f'<p><a href="/news/2024/03/x"><img src="{M}/videos/2024/03/loop.gif"></a></p>', "loop.gif"),
    (f'<p><img src="{M}/images/video/2024/03/alone.jpg"></p>', "alone.jpg"),
], ids=["captioned", "link-with-words", "gif", "not-linked"])
def test_a_story_picture_filed_under_clips_keeps_its_error(html, named):
    story, off = kit.errors_by_place(kit.page(html), "filed-kept.html")
    assert any(rule == "IM001" and place.endswith(named) for rule, place in off), off


def test_a_listen_button_in_a_short_storys_box_leaves_its_photo():
    """A brief of two paragraphs and a photo, its text-to-speech button among them: the
    box is the story's, its photo keeps its IM001."""
    html = (f'<div class="brief"><button type="button" aria-label="Listen to this article">Listen</button><p>The council voted '
            "7-2 on Tuesday to build the lanes.</p><p>Work starts in May.</p>"
            f'<p><img src="{M}/2024/03/brief.jpg"></p></div>')
    story, off = kit.errors_by_place(kit.page(html), "brief.html")
    assert ("IM001", f"{M}/2024/03/brief.jpg") in off, off


def test_a_play_button_in_a_briefs_box_leaves_the_photo_in_its_paragraph():
    """A brief of two paragraphs, a play button among them and a photo in a paragraph of its
    own: the photo is the story's (a player's poster never sits in a paragraph below it)."""
    html = ('<div class="brief"><button type="button" aria-label="Play">Play</button><p>The council voted 7-2 on Tuesday to '
            "build the lanes along Main Street and Fifth Avenue.</p><p>Work starts in May, and the first segment should "
            f'open before the end of the summer.</p><p><img src="{M}/2024/03/brief2.jpg"></p></div>')
    story, off = kit.errors_by_place(kit.page(html), "brief2.html")
    assert ("IM001", f"{M}/2024/03/brief2.jpg") in off, off


# A play icon drawn from an SVG sprite, named only by its symbol (``<svg class="icon"><use
# xlink:href="#icon-play">``, SVG-sprite icon systems) over a teaser's still; a sprite's
# other symbols ("#playground", "#replay", Google Play's badge) mark no clip.
@pytest.mark.parametrize("ref", ["#icon-play", "#play", "#play-circle", "#ico_play"])
def test_a_stills_sprite_play_symbol_marks_a_teaser(ref):
    html = f'<div class="thumb"><a href="/news/2024/03/x"><img src="{M}/img/sv.jpg"><svg class="icon"><use xlink:href="{ref}"></use></svg></a></div>'
    kit.assert_only_storys_errors(kit.page(html), "sprite.html")


@pytest.mark.parametrize("ref", ["#icon-playground", "#replay", "#google-play"])
def test_another_sprite_symbol_leaves_the_photo_the_storys(ref):
    html = (f'<div class="thumb"><a href="/news/2024/03/x"><img src="{M}/2024/03/sp.jpg"><svg class="icon"><use xlink:href="{ref}">'
            "</use></svg></a></div>")
    story, off = kit.errors_by_place(kit.page(html), "sprite-kept.html")
    assert ("IM001", f"{M}/2024/03/sp.jpg") in off, off
