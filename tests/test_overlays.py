"""Players and pop-ups the widget rules missed (auditor/sources/overlays.py), written as
publishing stacks write them: captioned players with a play control (NYT-style React and
Arc XP players), embed blocks typed as video (WordPress, Drupal), schema.org video items
holding a description, boxes holding the player's address until a click, pictures whose own lazy
address is the player's frame or that carry their clip, AMP placeholders, lite-youtube in a
captioned figure, player vendors' boxes (Kaltura, JW), captioned figures typed as video or
showing an SVG play icon or a running time, proxied video stills, <dialog>, pop-up
libraries' hiding classes and modifiers (Magnific Popup, OptinMonster), glued class words,
closable appeals in Thai, captioned stills linked to the site's video page (NYT's /video/,
the Guardian's /world/video/, CNN's /videos/, the BBC's /news/av/, Spiegel's -vid- pages),
stills of the VideoObject a page declares in JSON-LD or microdata, stills beside a button
named "Watch" or "動画を再生". Each is set into the clean story of tests/widgetkit.py, whose own
defects must stay found; the story's look-alikes keep their picture's IM001."""

from __future__ import annotations

import pytest

import widgetkit as kit
from auditor.api import audit

M = "https://media.dailyledger.example"
H = "https://www.dailyledger.example"
CAPTION = ("Manhole fires are a fact of life in the city, where an aging network of cables runs beneath the "
           "streets. Here is what causes them and what the utility is doing about it.")

WIDGETS = [
    ("captioned-player-play-span",
     f'<figure class="media video embedded" data-videoid="100000004587460" role="group"><div class="video-container">'
     f'<div class="thumb"><img src="{M}/images/clip02-videoLarge.jpg"></div><span class="video-play-button"></span></div>'
     f'<figcaption class="caption"><span class="caption-text">{CAPTION}</span></figcaption></figure>'),
    ("captioned-react-player",
     f'<div class="css-1a48zt4"><figure class="css-1e0a7ta" aria-label="media" role="group"><div class="react-vhs-container">'
     f'<div class="react-vhs-cover"><img class="css-1m50asq" src="{M}/images/clip03-videoSixteenByNine.jpg">'
     f'<button class="css-p1" aria-label="Play Video"></button></div></div><figcaption><span>{CAPTION}</span></figcaption>'
     "</figure></div>"),
    ("captioned-arc-player",
     f'<figure class="video-figure"><div class="video-wrapper" data-uuid="0a1b2c3d-1111" data-video-type="arc">'
     f'<img class="video-poster-image" src="{M}/arc/clip06-poster.jpg"><button aria-label="Play video">▶</button></div>'
     f"<figcaption>{CAPTION}</figcaption></figure>"),
    ("wp-embed-lazy-youtube",
     '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">'
     f'<div class="lyte-wrapper"><div class="lyMe"><div class="lyte"><img class="tumb" src="{H}/wp-content/plugins/lyte/thumb.jpg">'
     '</div></div></div></div><figcaption class="wp-element-caption">The council vote, from the city channel</figcaption></figure>'),
    ("drupal-remote-video",
     '<div class="media media--type-remote-video media--view-mode-default"><div class="field field--name-field-media-oembed-video">'
     f'<img class="media-oembed-thumbnail" src="{H}/sites/default/files/oembed_thumbnails/clip14.jpg">'
     f'<iframe src="{H}/media/oembed?url=https%3A//www.youtube.com/watch%3Fv%3Dx" title="Bike lanes"></iframe></div></div>'),
    ("video-object-with-description",
     f'<figure class="media video" itemscope itemtype="http://schema.org/VideoObject"><div class="video-container">'
     f'<img src="{M}/images/v1-videoLarge.jpg"></div><figcaption class="caption"><p>{CAPTION}</p></figcaption></figure>'),
    ("video-object-box-with-paragraph",
     f'<div class="media video" itemscope itemtype="https://schema.org/VideoObject"><img src="{M}/images/v2-videoLarge.jpg">'
     f'<p class="caption">{CAPTION}</p></div>'),
    ("player-address-on-click",
     f'<div class="emb-4" data-embed="https://www.youtube.com/embed/dQw4w9WgXcQ"><img src="{M}/v/v5.jpg"></div>'),
    ("dialog-element",
     f'<dialog class="b-4"><img src="{H}/static/d20.png"><p>Before you go.</p></dialog>'),
    ("magnific-hidden",
     f'<div id="appeal-44" class="white-box mfp-hide"><img src="{H}/static/appeal/d23.png"><p>We need your help to keep reporting.</p></div>'),
    ("popup-as-modifier",
     f'<div id="om-abc124-holder"><div class="Campaign CampaignType--popup" id="om-abc124"><div class="Close"></div>'
     f'<img src="{H}/om/d28.png"><p>Join 20,000 readers</p></div></div>'),
    ("glued-simplemodal",
     '<div id="simplemodal-container"><a class="modalCloseImg" title="Close"></a><div class="simplemodal-wrap">'
     '<img src="https://c2.staticflickr.com/2/1799/d30_o.png"></div></div>'),
    # lazy-load plugins' placeholder for a player's iframe: the picture's own lazy address is the frame
    ("lazy-img-holding-a-frame",
     '<img class="raw-htm-embed" data-src="https://www.youtube.com/embed/lJuHMpxaSU8" height="150" width="150">'),
    ("lazy-img-holding-a-vimeo-frame",
     '<p><img class="lazy" data-lazy-src="https://player.vimeo.com/video/76979871" '
     'src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>'),
    # a poster carrying its clip's id, a box carrying it in Dailymotion's attribute
    ("poster-carrying-its-clip", f'<div class="embed-x"><img class="yt-thumb" data-youtube-id="dQw4w9WgXcQ" src="{M}/t/v41.jpg"></div>'),
    ("dailymotion-video-id", f'<div class="dailymotion-cpe" video-id="x7tgad0"><img src="{M}/t/v42.jpg"></div>'),
    # AMP: a placeholder shown until the embed loads
    ("amp-iframe-placeholder",
     '<amp-iframe width="600" height="338" layout="responsive" sandbox="allow-scripts allow-same-origin" '
     'src="https://players.brightcove.net/123/default_default/index.html?videoId=6">'
     f'<amp-img layout="fill" src="{M}/t/v43.jpg" placeholder></amp-img></amp-iframe>'),
    # lite-youtube in a captioned figure; vendors' own boxes (Kaltura, JW's legacy "botr_" embed)
    ("captioned-lite-youtube",
     f'<figure><lite-youtube videoid="ogfYd705cRs"><img src="{M}/t/v44.jpg"></lite-youtube><figcaption>{CAPTION}</figcaption></figure>'),
    ("kaltura-player-box",
     '<figure id="video-229104249" class="video-inline"><div class="player_container player_kaltura">'
     f'<div class="video video-kaltura"><img class="video-kaltura__thumbnail" src="{M}/t/v45.jpg">'
     '<div class="video-kaltura__title">Corona in Hamburg</div><div id="kaltura_player_fwid3"></div></div></div>'
     "<figcaption>Corona in Hamburg</figcaption></figure>"),
    ("jw-legacy-embed", f'<div id="botr_Xk29Lm_Abcd_div"><img src="{M}/t/v46.jpg"></div>'),
    # a captioned figure typed as video by its CMS; one whose poster shows an SVG play icon or the running time
    ("figure-typed-video",
     f'<figure class="media" data-media-action="modal" data-type="video"><div><img src="{M}/t/v47.jpg"></div>'
     f"<figcaption>{CAPTION}</figcaption></figure>"),
    ("captioned-poster-svg-play",
     f'<figure class="media"><div class="media-inner"><img src="{M}/t/v48.jpg"><svg class="icon icon-play" viewBox="0 0 10 10">'
     f'<path d="M0 0L10 5 0 10z"/></svg></div><figcaption>{CAPTION}</figcaption></figure>'),
    ("captioned-poster-running-time",
     f'<figure class="media"><div><img src="{M}/t/v49.jpg"><span class="duration">2:41</span></div>'
     f"<figcaption>{CAPTION}</figcaption></figure>"),
    # a video platform's still served through the site's image proxy
    ("proxied-youtube-still", f'<div class="yt"><img src="{H}/cdn-cgi/image/w=800/https://i.ytimg.com/vi/xyz/hqdefault.jpg"></div>'),
    # video teasers without a caption: a running time, an ISO duration, a "Video" badge or icon beside the still
    ("teaser-running-time", f'<div class="media"><img src="{M}/t/v50.jpg"><span class="duration">2:41</span></div>'),
    ("teaser-iso-duration", f'<div class="thumb"><img src="{M}/t/v51.jpg"><time datetime="PT2M41S">2:41</time></div>'),
    ("teaser-video-icon", f'<div class="thumb"><img src="{M}/t/v52.jpg"><span class="icon video-icon"></span></div>'),
    ("captioned-video-badge",
     f'<figure><div class="m"><img src="{M}/t/v53.jpg"><span class="label">Video</span></div><figcaption>{CAPTION}</figcaption></figure>'),
    ("captioned-watch-overlay",
     f'<figure class="media" data-media-action="modal"><div class="image"><img src="{M}/t/v54.jpg">'
     f'<span class="media-action-overlay">Watch</span></div><figcaption>{CAPTION}</figcaption></figure>'),
    ("captioned-running-time-in-minutes",
     f'<figure><div><img src="{M}/t/v55.jpg"><span class="badge">02:41 min</span></div><figcaption>{CAPTION}</figcaption></figure>'),
    # privacy tools' click-to-load boxes for YouTube (Embed Privacy, Borlabs)
    ("embed-privacy-youtube",
     f'<div class="embed-privacy-container is-disabled embed-youtube"><div class="embed-privacy-overlay"><img src="{M}/t/v56.jpg">'
     "</div></div>"),
    # a box standing for a video page (schema.org itemid, a data-* address), a box named a player's part
    ("figure-itemid-video-page",
     f'<figure class="media video embedded" itemprop="associatedMedia" itemscope itemid="{H}/video/nyregion/100000004587460/x.html" '
     f'role="group"><div class="image"><img src="{M}/t/v57.jpg"></div><figcaption>{CAPTION}</figcaption></figure>'),
    ("figure-canonical-video-page",
     f'<figure class="element element-video" data-canonical-url="{H}/world/video/2016/jul/11/manhole-fires">'
     f'<div class="gu-video-wrapper"><img src="{M}/t/v58.jpg"></div><figcaption>{CAPTION}</figcaption></figure>'),
    ("youtube-media-atom",
     '<figure class="element element-atom"><gu-atom data-atom-type="media"><div class="youtube-media-atom">'
     f'<div class="youtube-media-atom__overlay"><img class="youtube-media-atom__image" src="{M}/t/v59.jpg"></div></div></gu-atom>'
     f"<figcaption>{CAPTION}</figcaption></figure>"),
    ("bem-video-thumbnail-wrapper", f'<div class="media__video--thumbnail-wrapper"><img class="media__image" src="{M}/t/v60.jpg"></div>'),
    ("captioned-video-container",
     f'<figure class="video"><div class="video-container"><img src="{M}/t/v61-videoSixteenByNine.jpg"></div>'
     f"<figcaption>{CAPTION}</figcaption></figure>"),
    # a captioned still judged with its link to the site's video page (NYT's "/video/…", the
    # Guardian's "/world/video/…", CNN's "/videos/…", BBC's "/news/av/…", "/watch?v=…", "/v/…")
    ("captioned-still-in-a-video-page-link",
     f'<figure class="media"><a href="/video/us/100000009381234/bike-lanes-explained.html"><img src="{M}/v/t70.jpg">'
     "</a><figcaption>Bike lanes, explained in two minutes</figcaption></figure>"),
    ("captioned-still-section-video-link",
     f'<figure><a href="{H}/world/video/2024/mar/12/bike-lanes-council-vote-video"><img src="{M}/v/t71.jpg"></a>'
     "<figcaption>The vote, from the chamber</figcaption></figure>"),
    ("video-page-link-around-a-captioned-still",
     f'<a href="{H}/videos/us/2024/03/12/bike-lanes-council-vote"><figure><img src="{M}/v/t72.jpg">'
     "<figcaption>Watch: the council vote in 90 seconds</figcaption></figure></a>"),
    ("captioned-still-beside-a-play-link",
     f'<figure><img src="{M}/v/t73.jpg"><a class="play" href="/watch?v=Xk29LmAbcd"></a>'
     "<figcaption>Cyclists try the new lanes</figcaption></figure>"),
    ("captioned-still-av-page",
     f'<figure><a href="/news/av/uk-68512345"><img src="{M}/v/t74.jpg"></a>'
     "<figcaption>How the lanes will work</figcaption></figure>"),
    ("captioned-still-short-v-path",
     f'<figure><a href="/v/8812"><img src="{M}/v/t75.jpg"></a><figcaption>Les pistes cyclables</figcaption></figure>'),
    ("captioned-still-beside-a-video-page-link",
     f'<div class="teaser"><figure><img src="{M}/v/t83.jpg"><figcaption>Die Abstimmung im Rat</figcaption></figure>'
     '<a href="https://www.dailyledger.example/video/radwege-abstimmung-vid-12345.html">Zum Video</a></div>'),
    ("captioned-still-linked-to-a-video-subdomain",
     f'<figure><a href="https://video.dailyledger.example/2024/03/bike-lanes-4471"><img src="{M}/v/t86.jpg"></a>'
     "<figcaption>The vote, from the chamber</figcaption></figure>"),
    ("still-beside-a-dutch-play-button",
     f'<div class="poster"><img src="{M}/v/t87.jpg"><button title="Bekijk de video"></button></div>'),
    # the still of a video the page declares in JSON-LD (a list of thumbnails, a CDN size
    # parameter on the page's copy) or in microdata
    ("still-of-a-declared-video",
     '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",'
     '"headline":"x","video":{"@type":"VideoObject","name":"Bike lanes","uploadDate":"2024-03-12",'
     f'"thumbnailUrl":["{M}/v/2024/03/t76-16x9.jpg","{M}/v/2024/03/t76-4x3.jpg"]}}}}]}}</script>'
     f'<div class="lead-media"><img src="{M}/v/2024/03/t76-16x9.jpg?w=1200"></div>'),
    ("still-of-a-declared-video-by-id",
     '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",'
     f'"headline":"x","image":"{M}/2024/03/lead.jpg"}},{{"@type":"ImageObject","@id":"#still","contentUrl":"{M}/v/t84.jpg"}},'
     '{"@type":"VideoObject","name":"Bike lanes","thumbnail":{"@id":"#still"}}]}'
     f'</script><div class="lead-media"><img src="{M}/v/t84.jpg"></div>'),
    ("still-of-a-microdata-video",
     f'<div itemscope itemtype="https://schema.org/VideoObject" class="vid-meta"><meta itemprop="name" content="Bike lanes">'
     f'<link itemprop="thumbnailUrl" href="{M}/v/t77.jpg"></div><div class="lead-media"><img src="{M}/v/t77.jpg"></div>'),
    # a still beside a button named to play, in words the shared label list lacks
    ("still-beside-a-watch-button", f'<div class="poster"><img src="{M}/v/t78.jpg"><button aria-label="Watch"></button></div>'),
    ("still-beside-a-japanese-play-button",
     f'<div class="poster"><img src="{M}/v/t79.jpg"><button title="動画を再生"></button></div>'),
    ("still-beside-a-spanish-play-button",
     f'<div class="poster"><img src="{M}/v/t80.jpg"><button aria-label="Ver vídeo"></button></div>'),
    ("still-beside-a-labelled-play-span",
     f'<div class="poster"><img src="{M}/v/t81.jpg"><span role="button" aria-label="Video abspielen"></span></div>'),
    ("linked-still-beside-a-labelled-play-span",
     f'<div class="poster"><a href="/news/2024/03/x"><img src="{M}/v/t85.jpg"></a><span role="button" aria-label="Watch"></span></div>'),
    ("still-beside-a-french-play-link",
     f'<div class="poster"><img src="{M}/v/t82.jpg"><a href="#" title="Lire la vidéo"></a></div>'),
    ("closable-thai-appeal",
     '<div class="box-38"><a href="#" class="x">×</a><img src="https://c2.staticflickr.com/2/1799/d39_o.png">'
     "<p>สนับสนุนประชาไท ร่วมบริจาค</p></div>"),
]

LOOKALIKES = [
    ("story-photo-caption-video-link",
     f'<figure><img src="{M}/2024/03/keep07.jpg"><figcaption>Cyclists on Main Street on Tuesday. '
     '<a href="https://www.youtube.com/watch?v=x">Watch the video</a></figcaption></figure>', "keep07.jpg"),
    ("photo-with-a-new-badge", f'<div class="thumb"><img src="{M}/2024/03/keep32.jpg"><span class="badge">New</span></div>',
     "keep32.jpg"),
    ("photo-with-the-time-of-day",
     f'<div class="thumb"><img src="{M}/2024/03/keep33.jpg"><time datetime="2024-03-12T21:41">9:41</time></div>', "keep33.jpg"),
    ("clip-item-with-its-heading",
     f'<div class="clip-item"><h3>2. The Fifth Avenue ride</h3><img src="{M}/2024/03/keep34.jpg"><span class="duration">2:41</span>'
     "</div>", "keep34.jpg"),
    ("image-object-itemid",
     f'<figure itemprop="associatedMedia" itemscope itemid="{M}/2024/03/keep41.jpg" itemtype="http://schema.org/ImageObject">'
     f'<img src="{M}/2024/03/keep41.jpg"><figcaption>Main Street</figcaption></figure>', "keep41.jpg"),
    ("photo-in-a-media-box", f'<div class="media__image-wrapper"><img src="{M}/2024/03/keep43.jpg"></div>', "keep43.jpg"),
    ("gallery-thumb-view-badge", f'<div class="thumb"><img src="{M}/2024/03/keep45.jpg"><span class="label">Ver</span></div>',
     "keep45.jpg"),
    ("photo-on-a-video-section-page",
     f'<figure data-url="{H}/video/2024/03/bike-lanes/"><img src="{M}/2024/03/keep46.jpg"><figcaption>Main Street</figcaption>'
     "</figure>", "keep46.jpg"),
    # names alone do not make a player: no control, no clip, no frame, no vendor
    ("captioned-still-no-control",
     f'<figure class="video-inline"><div class="video-box"><img src="{M}/v/keep08.jpg"></div>'
     "<figcaption>The vote, recapped in two minutes</figcaption></figure>", "keep08.jpg"),
    ("running-time-in-the-caption",
     f'<figure class="media"><img src="{M}/v/keep15.jpg"><figcaption>The fire at <span>2:41</span> a.m. on Tuesday'
     "</figcaption></figure>", "keep15.jpg"),
    ("photo-data-src-is-a-photo",
     f'<p><img data-src="{M}/2024/03/keep16.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>', "keep16.jpg"),
    ("media-library-id-on-a-photo",
     f'<figure data-media-id="5512"><img data-media-id="5512" src="{M}/2024/03/keep17.jpg"><figcaption>Main Street'
     "</figcaption></figure>", "keep17.jpg"),
    ("youtube-named-box-with-prose",
     f'<div class="youtube-box"><img src="{M}/2024/03/keep18.jpg"><p>Cyclists on the new lanes, filmed for our '
     "channel on Tuesday morning. The lanes open to everyone next week, with a ribbon cutting at noon.</p></div>",
     "keep18.jpg"),
    ("photo-whose-name-says-player",
     f"<figure><img src=\"{M}/2024/03/keep19-player.jpg\"><figcaption>The team's best player, on Sunday</figcaption></figure>",
     "keep19-player.jpg"),
    ("popup-image-opener",
     f'<figure class="wp-block-image"><a class="popup-image" href="{M}/2024/03/keep09-full.jpg"><img src="{M}/2024/03/keep09.jpg"></a>'
     "<figcaption>Main Street at rush hour</figcaption></figure>", "keep09.jpg"),
    ("data-attribute-to-a-page",
     f'<div class="photo" data-href="{H}/news/2024/03/other-story/"><img src="{M}/2024/03/keep13.jpg"></div>', "keep13.jpg"),
    ("multimodal-map",
     f'<div class="multimodal-map"><img src="{M}/2024/03/keep14.jpg"><p>Bus, bike and tram lines after 2025.</p></div>',
     "keep14.jpg"),
    ("thai-story-photo",
     f'<figure><img src="{M}/2024/03/keep11.jpg"><figcaption>ผู้สนับสนุนโครงการทางจักรยาน</figcaption></figure>', "keep11.jpg"),
    # a story photo beside a video, a gallery or a video word: its picture is the story's
    ("caption-links-to-a-video-page",
     f'<figure><img src="{M}/2024/03/keep50.jpg"><figcaption>Council members on Tuesday. '
     '<a href="/video/2024/03/council-vote-123">Watch the vote</a></figcaption></figure>', "keep50.jpg"),
    ("captioned-photo-linked-to-a-gallery",
     f'<figure><a href="/gallery/2024/03/bike-lanes-in-pictures/"><img src="{M}/2024/03/keep51.jpg"></a>'
     "<figcaption>Bike lanes, in pictures</figcaption></figure>", "keep51.jpg"),
    ("captioned-photo-linked-to-a-videos-story",
     f'<figure><a href="/news/2024/03/videos-show-cyclists-at-risk/"><img src="{M}/2024/03/keep52.jpg"></a>'
     "<figcaption>Footage of the crossing</figcaption></figure>", "keep52.jpg"),
    ("captioned-photo-linked-with-a-version",
     f'<figure><a href="/news/2024/03/other-story/?v=2"><img src="{M}/2024/03/keep53.jpg"></a>'
     "<figcaption>Main Street</figcaption></figure>", "keep53.jpg"),
    ("captioned-photo-linked-to-another-sites-video",
     f'<figure><a href="https://www.othernews.example/video/2024/03/x"><img src="{M}/2024/03/keep54.jpg"></a>'
     "<figcaption>Main Street</figcaption></figure>", "keep54.jpg"),
    ("captioned-photo-before-a-video-story-paragraph",
     f'<div class="photo-block"><figure><img src="{M}/2024/03/keep58.jpg"><figcaption>Council members on Tuesday'
     '</figcaption></figure><p>The council also heard from residents, and we filmed the evening. '
     '<a href="/video/2024/03/council-vote-123">Watch the vote</a> in full on our video page.</p></div>', "keep58.jpg"),
    ("captioned-photo-linked-to-its-file-in-a-videos-folder",
     f'<figure><a href="/uploads/videos/keep62-full.jpg"><img src="{M}/2024/03/keep62.jpg"></a>'
     "<figcaption>Main Street at dawn</figcaption></figure>", "keep62.jpg"),
    ("photo-matching-an-articles-thumbnail",
     '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x",'
     f'"thumbnailUrl":"{M}/2024/03/keep55.jpg","video":{{"@type":"VideoObject","thumbnailUrl":"{M}/v/other.jpg"}}}}</script>'
     f'<div class="lead-media"><img src="{M}/2024/03/keep55.jpg"></div>', "keep55.jpg"),
    ("photo-declared-as-the-article-image-and-a-video-still",
     '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",'
     '"headline":"x","image":{"@id":"https://www.dailyledger.example/#primaryimage"}},{"@type":"ImageObject",'
     f'"@id":"https://www.dailyledger.example/#primaryimage","url":"{M}/2024/03/keep61.jpg"}},'
     '{"@type":"VideoObject","name":"Bike lanes","thumbnail":{"@id":"https://www.dailyledger.example/#primaryimage"}}]}'
     f'</script><div class="lead-media"><img src="{M}/2024/03/keep61.jpg"></div>', "keep61.jpg"),
    ("photo-beside-a-zoom-button",
     f'<div class="poster"><img src="{M}/2024/03/keep56.jpg"><button aria-label="Vergrößern"></button></div>', "keep56.jpg"),
    ("photo-beside-a-watch-later-button",
     f'<div class="poster"><img src="{M}/2024/03/keep57.jpg"><button aria-label="Watchlist"></button></div>', "keep57.jpg"),
    ("story-image-block",
     f'<figure class="wp-block-image size-large"><img src="{M}/2024/03/keep12.jpg" width="1200" height="800">'
     "<figcaption>Council members after the vote.</figcaption></figure>", "keep12.jpg"),
]


def _places(finding) -> list[str]:
    return [finding.excerpt or ""] + [r.excerpt or "" for r in finding.related or ()]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", WIDGETS, ids=[w[0] for w in WIDGETS])
def test_no_error_lands_on_the_player_or_pop_up(name, html, where):
    result = audit(kit.page(html, where).encode(), f"{name}-{where}.html")
    assert result.error is None
    found = set()
    for f in result.findings:
        if f.level == "error":
            for place in _places(f):
                assert kit.STORY_PHOTO_NO_ALT in place or kit.STORY_PHOTO_LINKED in place, f"{name}: {f.rule} on {place}"
            found.add(f.rule)
    assert found == {"IM001", "LK016"}


@pytest.mark.parametrize("name,html,picture", LOOKALIKES, ids=[x[0] for x in LOOKALIKES])
def test_the_storys_lookalikes_keep_their_missing_alt(name, html, picture):
    result = audit(kit.page(html).encode(), f"story-{name}.html")
    missing = [place for f in result.findings if f.rule == "IM001" for place in _places(f)]
    assert any(picture in place for place in missing), f"{name}: its picture without alt went unreported"
    assert any(kit.STORY_PHOTO_NO_ALT in place for place in missing)


def test_the_still_of_a_video_declared_in_the_head_goes():
    ld = ('<script type="application/ld+json">{"@type":"VideoObject","name":"Bike lanes",'
          f'"thumbnail":{{"@type":"ImageObject","url":"{M}/v/t90.jpg"}}}}</script></head>')
    html = kit.page(f'<div class="lead-media"><img src="{M}/v/t90.jpg"></div>').replace("</head>", ld, 1)
    result = audit(html.encode(), "declared-still.html")
    assert not [f for f in result.findings if f.rule == "IM001" and "t90.jpg" in (f.excerpt or "")]
    assert [f for f in result.findings if f.rule == "IM001" and kit.STORY_PHOTO_NO_ALT in (f.excerpt or "")]


@pytest.mark.parametrize("html", [
    f'<figure><a href="/video/2024/03/x-1"><img alt="Cyclists on Main Street" src="{M}/v/keep60.jpg"></a>'
    "<figcaption>The vote</figcaption></figure>",
    f'<div class="poster"><img alt="Cyclists on Main Street" src="{M}/v/keep60.jpg"><button aria-label="Watch"></button></div>',
])
def test_a_described_picture_stays_in_the_story(html):
    from auditor.sources import SourceOptions
    from auditor.sources.html import parse_html

    doc = parse_html(kit.page(html), "described.html", SourceOptions())
    assert any("keep60.jpg" in (img.src or "") for img in doc.images)
