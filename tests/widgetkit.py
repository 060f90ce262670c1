"""Third-party and CMS widgets set inside an article's body, for the article-or-chrome
tests (tests/test_chrome_widgets.py).

Each widget is written the way vendors and CMS templates emit it (shopping and affiliate
showcases, content recommendations, video and podcast players, donation and membership
appeals, sign-up boxes, app badges, follow boxes, comment threads, consent placeholders,
author cards, ad slots), in several languages where it carries words, with neutral
class names where real sites use hashed or house names: the judge must tell it by its
structure, roles, hosts and words, not by a vendor's class. The widget's pictures lack
their alt, as they do on the live page, so a widget the judge misses shows as an error.

Each is set into one clean story, in its middle and after its last paragraph. The story
has its own defects that must stay found whatever widget sits beside them: a photo with
no alt (IM001) and a picture-only link with no name (LK016).
``python tests/widgetkit.py DIR`` writes the pages out for ``auditor check --explain-body``.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.api import audit
from auditor.model import Finding

HOST = "dailyledger.example"
HEADLINE = "City Council Approves 14 Miles of Protected Bike Lanes"
# The story's own pictures: the first has no alt (a defect to report), the second is
# described, the third is a picture-only link to the full-size file with no name.
STORY_PHOTO_NO_ALT = "council-vote-night.jpg"
STORY_PHOTO_LINKED = "main-street-plan.jpg"
STORY_LINK = "https://council.example.gov/agenda/2024-03-12"

_PARAS = (
    "The city council voted 7-2 on Tuesday night to build 14 miles of protected bike lanes over the next "
    "three years, the largest expansion of the network since it was first drawn up in 2011.",
    f'The vote came after more than four hours of public comment. <a href="{STORY_LINK}">The full agenda and '
    "the staff report</a> are posted on the council's site for anyone who wants to read the detail.",
    "The first segments will run along Main Street and Fifth Avenue, where the city recorded 212 crashes "
    "involving cyclists between 2019 and 2023. Concrete curbs will replace the painted buffers on both.",
    "Transportation director Alicia Gomez said the curbs would cut the number of cars parking in the lanes, "
    "a complaint that dominated the city's survey last autumn and filled two evenings of hearings.",
    "About $22 million of the $38 million cost comes from a federal grant awarded in January. The rest will be "
    "drawn from the city's transportation fund, which is financed by a surcharge on downtown parking.",
    "Council member Tom Reyes, who voted against the plan, said the city should repair its roads first. "
    "\"We have potholes older than some of these bike lanes,\" he told the chamber before the vote.",
    "Design work begins this summer, and construction on Main Street is set to start in spring 2025. "
    "Businesses along the route will be consulted on loading zones before the designs are final.",
    "Residents can comment on the designs at three open houses in May, and the transportation department "
    "says it will publish every comment it receives along with its answers before the council votes again.",
)


def story_parts() -> list[str]:
    """The story's blocks in order: paragraphs, a photo without alt after the second, a
    picture-only link without a name after the fifth."""
    p = [f"<p>{t}</p>" for t in _PARAS]
    photo = (f'<figure><img src="https://media.{HOST}/2024/03/{STORY_PHOTO_NO_ALT}" width="1200" height="800">'
             "<figcaption>Council members during Tuesday's vote. Photo: John Smith</figcaption></figure>")
    linked = (f'<p><a href="https://media.{HOST}/2024/03/{STORY_PHOTO_LINKED}">'
              f'<img src="https://media.{HOST}/2024/03/{STORY_PHOTO_LINKED}" alt="" width="1200" height="800"></a></p>')
    return p[:2] + [photo] + p[2:5] + [linked] + p[5:]


def page(widget: str, where: str = "middle") -> str:
    """The story with ``widget`` set in its middle (after the fourth paragraph) or after its end."""
    parts = story_parts()
    if where == "middle":
        parts.insert(5, widget)
    else:
        parts.append(widget)
    url = f"https://{HOST}/news/2024/03/bike-lanes-approved/"
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE} | The Daily Ledger</title>'
            f'<meta name="description" content="The $38 million plan passed 7-2 after four hours of public comment.">'
            f'<link rel="canonical" href="{url}"><meta property="og:url" content="{url}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>'
            f'<main><article><h1>{HEADLINE}</h1><p class="byline">By Jane Doe, March 13, 2024</p>'
            f'<div class="article-body">{"".join(parts)}</div></article></main></body></html>')


@dataclass(frozen=True)
class Widget:
    name: str
    html: str
    note: str  # what it is, as a newsroom would call it
    # Where it is set. An unlabelled feed of picture links to other sites is told from a
    # roundup of products only beside the story, not between its paragraphs.
    places: tuple[str, ...] = ("middle", "end")


def _products(host: str, names: list[tuple[str, str]], cta: str) -> str:
    return "".join(
        f'<div class="pb-item"><a href="https://www.{host}/dp/{i}?tag=ledger-21" rel="sponsored nofollow" target="_blank">'
        f'<img src="https://m.media-{host.split(".")[0]}.example/images/{i}.jpg" alt="{name}"></a>'
        f'<p class="pb-name">{name}</p><p class="pb-price">{price}</p>'
        f'<a class="pb-cta" href="https://www.{host}/dp/{i}?tag=ledger-21" rel="sponsored nofollow">{cta}</a></div>'
        for i, (name, price) in enumerate(names))


WIDGETS: list[Widget] = [
    # --- shopping and affiliate showcases: the advertiser's or partner's logo ------------
    Widget("shop-it-partner-logo",
           '<div class="box-prodotti"><div class="box-prodotti__head"><span>In collaborazione con</span>'
           '<img class="box-prodotti__brand" src="https://static.example.it/partner/shop-logo.png" width="90" height="24"></div>'
           f'<div class="box-prodotti__list">{_products("shop.it", [("Friggitrice ad aria", "89,99 €"), ("Bollitore elettrico", "34,90 €"), ("Tostapane", "29,99 €")], "Vedi offerta")}</div></div>',
           "advertiser logo in an Italian shopping showcase"),
    Widget("shop-de-anzeige",
           '<div class="produktbox"><div class="produktbox__kopf"><span class="produktbox__label">Anzeige</span>'
           '<img src="https://img.example.de/haendler/versand-logo.svg" width="80" height="20"></div>'
           f'{_products("versand.de", [("Kaffeevollautomat", "499 €"), ("Milchaufschäumer", "59 €")], "Zum Shop")}</div>',
           "a box the publisher labels an advertisement (Anzeige), with the retailer's logo"),
    Widget("deal-callout-membership-logo",
           '<div class="deal-card"><div class="deal-card__img"><a href="https://www.shop.example/dp/B07?tag=ledger-20">'
           '<img src="https://images.shop.example/I/21Exs._SL160_.jpg" alt="Folding helmet" width="97" height="160"></a></div>'
           '<div class="deal-card__inner"><a href="https://www.shop.example/dp/B07?tag=ledger-20">Folding helmet</a>'
           '<div class="deal-card__meta"><div class="deal-card__price"><a href="https://www.shop.example/dp/B07?tag=ledger-20">$59.00</a></div>'
           '<div class="deal-card__badge"><a href="https://www.shop.example/tryfree/?tag=ledger-20"><img class="deal-card__member-logo" '
           'src="https://www.dailyledger.example/img/shop-member_h375.png" width="200"></a></div>'
           '<div><a href="https://www.shop.example/dp/B07?tag=ledger-20">Available from Shop</a></div></div></div>'
           '<a class="deal-card__buy" href="https://www.shop.example/dp/B07?tag=ledger-20">Buy Now</a></div>',
           "a deal card: the retailer's membership logo beside the product and its price"),
    Widget("merchant-logo-wrapper",
           '<div class="ofr">' + "".join(
               f'<div class="ofr__card"><a href="https://www.shop.example/{i}" rel="sponsored"><img src="https://img.shop.example/{i}.jpg" alt="{n}"></a>'
               f'<span class="ofr__price">€ {p}</span><div class="ofr__merchant"><img src="https://img.shop.example/m/{i}7.png"></div></div>'
               for i, (n, p) in enumerate((("Fahrradschloss", "19,99"), ("Rücklicht", "12,49")))) + "</div>",
           "offer cards whose shop's mark sits in a box named for the merchant"),
    Widget("showcase-with-disclosure",
           '<div class="deals"><div class="deals__head"><img src="https://img.example-shop.it/advertisers/bikeshop.svg"><span>Deals of the week</span></div>'
           + "".join(f'<div class="deals__item"><a href="https://www.bikeshop.example/{i}" rel="sponsored"><img src="https://img.bikeshop.example/{i}.jpg" alt="{n}"></a>'
                     f'<span>{n}</span><span>${p}</span></div>' for i, (n, p) in enumerate((("Helmet", "59"), ("Lock", "35"))))
           + "<p>We may earn a commission when you buy through these links, at no extra cost to you.</p></div>",
           "a deals box with an affiliate disclosure and the advertiser's logo"),
    Widget("sponsor-logo-class",
           '<div class="c-box"><span>Shopping-Tipps</span><img class="c-box__sponsor-logo" src="https://img.example.de/p/77.png"></div>',
           "a logo whose class names it a sponsor's"),
    Widget("shop-es-publicidad",
           '<section class="modulo-compras"><p class="modulo-compras__aviso">Publicidad</p>'
           '<div class="modulo-compras__marca"><span>Ofrecido por</span> <img src="https://estaticos.example.es/marcas/tienda.png"></div>'
           f'{_products("tienda.es", [("Casco de bicicleta", "39,95 €"), ("Luz delantera", "19,99 €")], "Comprar")}</section>',
           "a showcase labelled Publicidad, offered by a retailer (its logo)"),
    Widget("shop-en-sponsored-by",
           '<div class="commerce-module"><h4 class="commerce-module__title">Shop the story</h4>'
           '<div class="commerce-module__partner"><span>Sponsored by</span><img src="https://cdn.example.com/partners/bikeshop-logo.png"></div>'
           f'{_products("bikeshop.com", [("Folding lock", "$49"), ("Rear light", "$25"), ("Panniers", "$89")], "Buy now")}</div>',
           "a shop-the-story box sponsored by a retailer: its logo"),
    Widget("ad-slot-labelled",
           '<div class="slot-7"><span class="slot-7__label">Advertisement</span>'
           '<a href="https://adclick.g.doubleclick.net/pcs/click?xai=AKAOj" target="_blank">'
           '<img src="https://tpc.googlesyndication.com/simgad/1234567890" width="300" height="250"></a></div>',
           "an ad slot filled by an ad server"),
    Widget("ad-aria-label",
           '<section aria-label="Anzeige" class="b-72"><a href="https://ads.example-network.com/c?id=9">'
           '<img src="https://ads.example-network.com/banner/9.gif" width="300" height="250"></a></section>',
           "a banner in a box the page names an advertisement"),
    # --- content recommendations -------------------------------------------------------
    Widget("recs-you-may-like",
           '<div class="rw" data-widget-id="below-article-thumbs"><div class="rw__head"><span class="rw__title">You May Like</span>'
           '<a class="rw__attribution" href="https://recs.example-network.com/what-is?src=widget" rel="nofollow">'
           '<img src="https://cdn.example-network.com/attribution-logo.png"></a></div><div class="rw__items">'
           + "".join(
               f'<a class="rw__item" href="https://{site}.example/{slug}?utm_source=recs&amp;utm_medium=referral" target="_blank" rel="nofollow">'
               f'<img class="rw__thumb" src="https://images.example-network.com/thumb/{slug}.jpg">'
               f'<span class="rw__headline">{title}</span><span class="rw__branding">{site.title()} | Sponsored</span></a>'
               for site, slug, title in (("healthbuzz", "knee-pain", "Doctors Are Stunned By This Simple Knee Trick"),
                                         ("moneydaily", "mortgage", "Homeowners Under 70 Can Now Claim This Benefit"),
                                         ("travelpix", "beaches", "The 20 Most Beautiful Beaches You Have Never Heard Of"),
                                         ("gadgetnow", "earbuds", "These New Earbuds Are Selling Out Fast")))
           + "</div></div>",
           "a content-recommendation feed of sponsored links with its vendor's logo"),
    Widget("recs-das-koennte",
           '<div class="feed-x"><p class="feed-x__hd">Das könnte Sie auch interessieren</p><ul>'
           + "".join(
               f'<li><a href="https://www.{site}.example/{slug}"><img src="https://img.example-network.com/{slug}.jpg">'
               f'<span>{title}</span></a><span class="feed-x__src">Anzeige · {site}</span></li>'
               for site, slug, title in (("gartenwelt", "rasen", "So wird Ihr Rasen im Frühling wieder grün"),
                                         ("reiseziel", "ostsee", "Die zehn schönsten Strände an der Ostsee"),
                                         ("finanzen", "rente", "Rente: Diese Regel kennen die wenigsten")))
           + "</ul></div>",
           "a German recommendation widget of paid links"),
    Widget("recs-paid-content",
           '<div class="x-f"><div class="x-f__h">Paid Content</div>'
           + "".join(
               f'<div class="x-f__c"><a href="https://{site}.example/{slug}?utm_source=feed&amp;utm_campaign=cpc" rel="nofollow">'
               f'<img src="https://img.example-network.com/{slug}.jpg"></a><a href="https://{site}.example/{slug}?utm_source=feed">{title}</a>'
               f'<span>{site}</span></div>'
               for site, slug, title in (("solarsaver", "roof", "Why Homeowners Are Rushing to Install This"),
                                         ("wordgame", "play", "If You Own a Computer, This Game Is a Must"),
                                         ("dental", "implants", "The Cost of Dental Implants May Surprise You")))
           + '<div class="x-f__by">Promoted by <img src="https://img.example-network.com/logo-small.png"></div></div>',
           "a paid-content feed with its vendor's 'Promoted by' logo"),
    Widget("recs-unlabelled-feed",
           '<div class="rf">'
           + "".join(
               f'<a class="rf__i" href="https://{site}.example/{slug}?utm_source=recs&amp;utm_medium=referral" target="_blank">'
               f'<img src="https://img.example-network.com/{slug}.jpg"><span>{title}</span><span>{site}</span></a>'
               for site, slug, title in (("solarsaver", "roof", "Why Homeowners Are Rushing to Install This"),
                                         ("wordgame", "play", "If You Own a Computer, This Game Is a Must"),
                                         ("dental", "implants", "The Cost of Dental Implants May Surprise You")))
           + "</div>",
           "an unlabelled feed of picture links to other sites, tracked as referrals", places=("end",)),
    # --- video and podcast players: the poster frame ------------------------------------
    Widget("videojs-poster",
           '<div class="video-js vjs-fluid vjs-big-play-centered" data-setup="{}"><video class="vjs-tech" preload="none" '
           'poster="https://media.dailyledger.example/video/posters/lanes.jpg"><source src="https://media.dailyledger.example/video/lanes.mp4" type="video/mp4"></video>'
           '<div class="vjs-poster"><img src="https://media.dailyledger.example/video/posters/lanes.jpg"></div></div>',
           "a Video.js player's poster"),
    Widget("jw-preview",
           '<div class="embed-wrap" data-mediaid="Xk3Lq9ab"><div id="botr_Xk3Lq9ab_div">'
           '<img src="https://cdn.jwplayer.com/v2/media/Xk3Lq9ab/poster.jpg?width=720"></div></div>',
           "a JW Player embed's pre-rendered poster"),
    Widget("brightcove-fallback",
           '<div class="media-wrap"><video-js data-account="1234567890" data-player="default" data-embed="default" '
           'data-video-id="6345678901112" controls></video-js>'
           '<img src="https://cf-images.us-east-1.prod.boltdns.net/v1/static/1234567890/abc/1280x720/match/image.jpg"></div>',
           "a Brightcove player with its still"),
    Widget("youtube-facade",
           '<div class="yt-facade" data-id="dQw4w9WgXcQ"><img src="https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" loading="lazy">'
           '<button class="yt-facade__play" aria-label="Play video: How the new curbs work"></button></div>',
           "a lite YouTube embed: the thumbnail before the player loads"),
    Widget("video-teaser-placeholder",
           '<div class="media-teaser" data-video-id="vid-88231"><div class="media-teaser__img">'
           '<img src="https://media.dailyledger.example/teaser/88231.jpg"></div><span class="media-teaser__time">02:14</span>'
           '<button aria-label="Video abspielen: So funktionieren die neuen Radwege"></button></div>',
           "a video teaser's placeholder picture; the player gives its own label"),
    Widget("video-poster-element",
           '<div class="clip"><video controls preload="none" poster="https://media.dailyledger.example/clip.jpg">'
           '<source src="https://media.dailyledger.example/clip.mp4" type="video/mp4">'
           '<img src="https://media.dailyledger.example/clip.jpg"></video></div>',
           "a <video>'s fallback picture for browsers without video"),
    Widget("podcast-episode",
           '<div class="episode"><img src="https://media.dailyledger.example/podcast/city-desk-cover.jpg" width="120" height="120">'
           '<div class="episode__meta"><strong>City Desk</strong> · Episode 112: Bike lanes and budgets</div>'
           '<audio controls preload="none" src="https://media.dailyledger.example/podcast/112.mp3"></audio></div>',
           "a podcast player's cover art"),
    Widget("videojs-aria-player",
           '<div class="c-m8" role="region" aria-label="Video Player" tabindex="-1">'
           '<div class="c-m8__poster"><img src="https://media.dailyledger.example/v/lanes-explainer.jpg"></div>'
           '<div class="c-m8__title">How the new curbs work</div></div>',
           "a player that names itself (Video.js and JW Player say aria-label=\"Video Player\")"),
    Widget("video-teaser-duration",
           '<div class="tz"><a href="https://www.dailyledger.example/video/2024/03/curbs-explained/">'
           '<img src="https://media.dailyledger.example/v/curbs-explained-640.jpg"><span class="tz__duration">2:41</span>'
           "<span>Curbs, explained</span></a></div>",
           "a video teaser: a linked still with the clip's running time"),
    Widget("video-itemprop",
           '<div class="m-4" itemprop="video" itemscope><meta itemprop="name" content="Bike lanes">'
           '<img src="https://media.dailyledger.example/v/lanes-still.jpg"></div>',
           "a video's box marked itemprop=video: its still"),
    Widget("video-cover-class",
           '<div class="video-cover"><img src="https://media.dailyledger.example/v/cover-881.jpg"></div>',
           "a video's cover picture, the player loading on click"),
    Widget("donation-popup-neutral",
           '<div class="pm-7 pm-7--center"><div class="pm-7__inner">'
           '<img src="https://www.dailyledger.example/static/appeal/jar.png">'
           "<h3>Support independent local journalism</h3><p>Give what you can today.</p></div></div>",
           "a donation pop-up whose button a script draws"),
    Widget("donation-popup-fr",
           '<div class="fenetre-don"><img src="https://www.dailyledger.example/static/appel/don.png">'
           "<h3>Soutenez notre journalisme indépendant</h3><p>Faites un don déductible des impôts.</p>"
           '<a href="https://donorbox.org/dailyledger">Je fais un don</a></div>',
           "a French donation pop-up leading to a donation service"),
    Widget("donation-steady-de",
           '<div class="unterstuetzer-box"><img src="https://www.dailyledger.example/static/team.jpg">'
           "<p>Guter Journalismus kostet Geld. Unterstützen Sie uns mit einem Abo.</p>"
           '<a href="https://steadyhq.com/de/dailyledger/plans">Jetzt unterstützen</a></div>',
           "a German membership appeal leading to a membership platform"),
    Widget("shop-merchant-logos",
           '<div class="vetrina">' + "".join(
               f'<div class="vetrina__card"><a href="https://www.{m}.example/p/{i}?aff=ledger" rel="sponsored nofollow">'
               f'<img src="https://img.example-shop.it/p/{i}.jpg" alt="{n}"><span>{n}</span></a>'
               f'<span class="vetrina__price">{p}</span><img class="vetrina__merchant" src="https://img.example-shop.it/merchants/{m}-logo.png"></div>'
               for i, (n, p, m) in enumerate((("Casco da bici", "49,90 €", "bikeshop"), ("Luce posteriore", "14,99 €", "negozio"),
                                              ("Lucchetto", "29,00 €", "bikeshop")))) + "</div>",
           "a shopping showcase whose cards carry each merchant's logo"),
    Widget("video-play-button",
           '<div class="c-41"><div class="c-41__img"><img src="https://media.dailyledger.example/v/88231-16x9.jpg"></div>'
           '<button class="c-41__btn" aria-label="Video abspielen"><svg viewBox="0 0 24 24"><path d="M8 5v14l11-7z"/></svg></button></div>',
           "a video teaser whose only sign is its play button (a <button>, named)"),
    Widget("video-play-link",
           '<div class="q2"><img src="https://media.dailyledger.example/v/88232.jpg">'
           '<a href="#" class="q2__go" role="button" aria-label="Reproducir vídeo: así serán los nuevos carriles"></a></div>',
           "a video placeholder with a play control written as a link"),
    Widget("donation-popup-close",
           '<div class="x7"><button class="x7__x" aria-label="Schließen">×</button>'
           '<img src="https://www.dailyledger.example/static/appeal/redaktion.jpg">'
           "<p>Liebe Leserin, lieber Leser, unabhängiger Journalismus braucht Ihre Unterstützung. Mit einer Spende helfen Sie uns.</p>"
           "</div>",
           "a donation pop-up that closes, its button drawn by a script"),
    Widget("shop-showcase-header-logo",
           '<div class="sc"><div class="sc__top"><img class="sc__brand" src="https://img.example-shop.it/merchants/negozio.svg">'
           '<span>Le offerte del giorno</span></div><div class="sc__row">' + "".join(
               f'<div class="sc__item"><a href="https://www.negozio.example/p/{i}" rel="sponsored nofollow">'
               f'<img src="https://img.example-shop.it/p/{i}.jpg" alt="{n}"></a><span>{n}</span><span>{p}</span></div>'
               for i, (n, p) in enumerate((("Borraccia", "9,90 €"), ("Guanti", "19,90 €"), ("Campanello", "5,50 €"))))
           + "</div></div>",
           "a shopping showcase whose header carries the advertiser's logo"),
    Widget("video-play-icon",
           '<div class="t5"><img src="https://media.dailyledger.example/v/t5-88233.jpg"><span class="t5__icon icon-play"></span>'
           '<span class="t5__title">Watch: the vote in 90 seconds</span></div>',
           "a video teaser: a still with a play icon laid over it"),
    Widget("video-page-link",
           '<p><a href="https://www.dailyledger.example/video/2024/03/curbs-in-90-seconds/">'
           '<img src="https://media.dailyledger.example/v/curbs-90-640.jpg"></a></p>',
           "a picture link to the site's video page: a video teaser"),
    Widget("video-teaser-titled-link",
           '<div class="rel-v"><a href="https://video.dailyledger.example/2024/03/curbs-explained-88235">'
           '<img src="https://media.dailyledger.example/v/88235-16x9.jpg"><span>Curbs, explained in 90 seconds</span></a></div>',
           "a titled picture link to the site's video pages"),
    Widget("video-aria-named",
           '<div class="k7" aria-label="Video: How the new curbs work"><img src="https://media.dailyledger.example/v/k7-still.jpg"></div>',
           "a box the page names as a video, with its still"),
    Widget("video-data-type",
           '<div class="k8" data-type="video" data-id="88236"><img src="https://media.dailyledger.example/v/k8-still.jpg">'
           '<span class="k8__len">1:12</span></div>',
           "a box typed as a video by its data attribute, with its still"),
    Widget("amp-youtube-placeholder",
           '<amp-youtube data-videoid="dQw4w9WgXcQ" layout="responsive" width="480" height="270">'
           '<amp-img src="https://media.dailyledger.example/v/yt-poster.jpg" placeholder layout="fill"></amp-img></amp-youtube>',
           "AMP's YouTube player with its placeholder picture"),
    Widget("video-frame-placeholder",
           '<div class="emb"><img class="emb__ph" src="https://media.dailyledger.example/v/placeholder-88234.jpg">'
           '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video player" loading="lazy"></iframe></div>',
           "a placeholder picture beside the player's frame, which gives its own label"),
    Widget("video-glued-class",
           '<div class="videoteaser"><img src="https://media.dailyledger.example/v/vt-1.jpg"></div>',
           "a video teaser whose class is one glued word"),
    # --- appeals for money and sign-ups ------------------------------------------------
    Widget("donation-glued-class",
           '<div class="spendenbox"><img src="https://www.dailyledger.example/static/spenden.jpg"><p>Jeder Euro hilft.</p></div>',
           "a donation box whose class is one glued word"),
    Widget("donation-popup-close-span",
           '<div class="lyr"><span class="lyr__close">×</span><img src="https://www.dailyledger.example/static/appeal/lyr.jpg">'
           "<p>Your donation keeps local news free. Can you give today?</p></div>",
           "a donation pop-up closed by an icon"),
    Widget("paypal-donate-form",
           '<div class="side-appeal"><img src="https://www.dailyledger.example/static/appeal/coffee.png">'
           '<form action="https://www.paypal.com/donate" method="post" target="_top"><input type="hidden" name="hosted_button_id" value="X7">'
           '<input type="image" src="https://www.paypalobjects.com/en_US/i/btn/btn_donateCC_LG.gif" name="submit"></form></div>',
           "a PayPal donate button beside the appeal's picture"),
    Widget("appeal-banner-link",
           '<div class="b9"><a href="https://www.dailyledger.example/support/?utm_source=article">'
           '<img src="https://www.dailyledger.example/static/appeal/banner-728.png"></a></div>',
           "a banner linking to the publisher's support page"),
    Widget("donation-service-banner",
           '<p><a href="https://donorbox.org/dailyledger-spring"><img src="https://www.dailyledger.example/static/spring-drive.png"></a></p>',
           "a banner linking to the publisher's fundraiser on a donation service"),
    Widget("popup-data-attr",
           '<div class="b-2" data-popup-id="4412"><img src="https://www.dailyledger.example/static/appeal/leser.jpg">'
           "<p>Liebe Leserinnen und Leser, wir brauchen Sie.</p></div>",
           "a box a pop-up script opens"),
    Widget("appeal-button-de",
           '<div class="n3"><img src="https://www.dailyledger.example/static/appeal/n3.jpg"><p>Ohne Sie geht es nicht.</p>'
           "<button type=\"button\">Jetzt spenden</button></div>",
           "an appeal whose button is a <button>"),
    Widget("donation-popup-de",
           '<div class="ov ov--appeal" style="position:fixed;inset:0;z-index:9999"><div class="ov__box">'
           '<img src="https://www.dailyledger.example/static/appeal/newsroom.jpg">'
           '<h3>Unterstützen Sie unabhängigen Journalismus</h3><p>Mit einem kleinen Beitrag helfen Sie uns.</p>'
           '<a class="ov__cta" href="https://www.dailyledger.example/unterstuetzen/">Jetzt unterstützen</a>'
           '<a class="ov__later" href="#">Später</a></div></div>',
           "a donation pop-up over the page"),
    Widget("donation-box-en",
           '<div class="appeal-7"><img src="https://www.dailyledger.example/static/appeal/reporters.png">'
           '<p><strong>Support our journalism.</strong> Local reporting costs money. Readers like you keep it free for everyone.</p>'
           '<a href="https://support.dailyledger.example/contribute?ref=article">Donate</a></div>',
           "a donation appeal set into the story"),
    Widget("donation-box-es",
           '<div class="caja-apoyo"><img src="https://www.dailyledger.example/static/apoyo.jpg">'
           '<p>El periodismo independiente necesita tu apoyo.</p>'
           '<a href="https://www.dailyledger.example/hazte-socio/">Hazte socio</a></div>',
           "a membership appeal in Spanish"),
    Widget("appeal-epic-en",
           '<div class="ep"><img src="https://www.dailyledger.example/static/appeal/epic.png">'
           "<p><strong>Before you go:</strong> the Daily Ledger is a nonprofit newsroom, and more than 3,000 readers "
           "support our reporting each month so it stays free for everyone in the city to read.</p>"
           "<p>We do not answer to shareholders or a billionaire owner. Our only obligation is to you, and to the "
           "facts, and that is what lets us spend months on the stories that matter.</p>"
           "<p>Every contribution, however big or small, keeps it going. It takes only a minute to give.</p>"
           '<a href="https://www.dailyledger.example/donate/?source=epic">Support the Ledger</a></div>',
           "a long appeal ('epic') after the story, with its picture"),
    Widget("subscribe-box-de",
           '<div class="abo-teaser"><img src="https://www.dailyledger.example/static/abo/digital.png">'
           '<p>Lesen Sie alle Artikel ohne Werbung.</p><a href="https://abo.dailyledger.example/angebote?ref=artikel">Jetzt abonnieren</a></div>',
           "a subscription offer"),
    Widget("newsletter-box-noform",
           '<div class="nl-7"><img src="https://www.dailyledger.example/static/nl/morning.png">'
           '<h3>The Morning Ledger</h3><p>The day\'s news in your inbox before 7am.</p>'
           '<a href="https://www.dailyledger.example/newsletters/morning/">Sign up</a></div>',
           "a newsletter teaser whose form a script adds"),
    # --- app, follow, comments, consent, author ----------------------------------------
    Widget("app-badges",
           '<div class="get-app"><p>Get the Daily Ledger app</p>'
           '<a href="https://apps.apple.com/us/app/daily-ledger/id123456789"><img src="https://www.dailyledger.example/img/badge-app-store.svg"></a>'
           '<a href="https://play.google.com/store/apps/details?id=com.dailyledger.app"><img src="https://www.dailyledger.example/img/badge-google-play.png"></a></div>',
           "app-store badges"),
    Widget("follow-box",
           '<div class="fb-7"><p>Folgen Sie uns</p>'
           '<a href="https://www.instagram.com/dailyledger/"><img src="https://www.dailyledger.example/img/ig.png"></a>'
           '<a href="https://www.facebook.com/dailyledger"><img src="https://www.dailyledger.example/img/fb.png"></a></div>',
           "a social follow box"),
    Widget("comments-schema",
           '<section class="talk"><h2>3 comments</h2>'
           + "".join(
               f'<div class="talk__item" itemscope itemtype="https://schema.org/Comment"><img class="talk__pic" src="https://www.dailyledger.example/u/{u}.jpg">'
               f'<span itemprop="author">{n}</span><p itemprop="text">{t}</p></div>'
               for u, n, t in (("11", "Pat", "Finally! The Main Street stretch is terrifying at rush hour."),
                               ("12", "Sam", "Fix the potholes first, as Reyes said."),
                               ("13", "Lee", "Curbs work. Look at what Montreal did.")))
           + "</section>",
           "a comment thread: the commenters' pictures"),
    Widget("comments-template-heading",
           '<div class="c-area"><h3>3 thoughts on “City Council Approves 14 Miles of Protected Bike Lanes”</h3><ol class="c-l">'
           + "".join(f'<li><div class="c-b"><img src="https://www.dailyledger.example/u/{u}.jpg" width="48" height="48"><cite>{n}</cite>'
                     f"<p>{t}</p></div></li>" for u, n, t in (("a1", "Pat", "Finally some good news for everyone who rides to work on Main Street."),
                                                            ("a2", "Sam", "Fix the potholes first, as Reyes said. The lanes can wait another year."),
                                                            ("a3", "Lee", "Curbs work: look at what Montreal did with theirs a decade ago.")))
           + "</ol></div>",
           "a comment thread under the template's heading: the commenters' pictures"),
    Widget("cookie-banner-neutral",
           '<div class="b-cc"><img src="https://www.dailyledger.example/img/brand-mark.png" width="40" height="40">'
           "<p>Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.</p>"
           "<button>Akzeptieren</button><button>Einstellungen</button></div>",
           "a cookie banner with the site's mark"),
    Widget("consent-placeholder-de",
           '<div class="ext-embed"><img src="https://www.dailyledger.example/img/embed-preview/instagram-post.jpg">'
           '<p>Externer Inhalt: Hier finden Sie einen Inhalt von Instagram. Mit einem Klick laden Sie ihn.</p>'
           '<a href="#" class="ext-embed__load">Inhalt laden</a></div>',
           "a consent placeholder for an embed: its preview picture"),
    Widget("author-card-neutral",
           '<div class="p-9"><img src="https://www.dailyledger.example/team/jane-doe-sq.jpg" width="96" height="96">'
           '<div><a href="https://www.dailyledger.example/author/jane-doe/">Jane Doe</a>'
           "<p>Jane covers city hall and transportation. Before joining the Ledger she reported for the Courier.</p></div></div>",
           "an author card: a face, a name linking to the writer's page, a short bio"),
    Widget("author-card-de",
           '<div class="profil"><img src="https://www.dailyledger.example/team/jane-doe.jpg" width="96" height="96">'
           '<div><p>Über die Autorin</p><p>Jane Doe schreibt seit 2015 über Verkehr und Stadtplanung.</p></div></div>',
           "an author card whose label follows the picture"),
]


# The story's own parts that look like widgets: each holds a picture without alt (its
# file name given) that must still be reported (IM001), whatever the widget rules say.
@dataclass(frozen=True)
class Lookalike:
    name: str
    html: str
    picture: str  # the file name of the story's picture that has no alt
    note: str


LOOKALIKES: list[Lookalike] = [
    Lookalike("affiliate-product",
              '<div class="product"><img src="https://media.dailyledger.example/reviews/folding-lock.jpg" width="600" height="400">'
              "<h3>The folding lock we use</h3><p>After six months on a city bike it still opens smoothly, and at 1.2 kg "
              "it fits in a pannier without complaint.</p>"
              '<a rel="sponsored nofollow" href="https://www.bikeshop.example/dp/lock?tag=ledger-21">Buy it at Bikeshop</a></div>',
              "folding-lock.jpg", "a product the story reviews, with an affiliate link"),
    Lookalike("affiliate-image-server",
              '<figure><a href="https://www.amazon.example/dp/B00GSN?tag=ledger-20" rel="nofollow">'
              '<img src="//ws-na.amazon-adsystem.com/widgets/q?ASIN=B00GSN&amp;Format=_SL250_&amp;ID=AsinImage"></a></figure>',
              "q?ASIN=B00GSN", "a product picture from Amazon's affiliate image server, in the story"),
    Lookalike("plan-comparison-logo",
              '<div class="plans"><div class="plan"><img src="https://media.dailyledger.example/logos/citybike-share-logo.png">'
              '<h3>City Bike Share</h3><p>$15 a month</p></div><div class="plan"><img src="https://media.dailyledger.example/logos/pedal-co.png" alt="Pedal Co.">'
              "<h3>Pedal Co.</h3><p>$12 a month</p></div></div>",
              "citybike-share-logo.png", "the logos of the services the story compares, with their prices"),
    Lookalike("how-to-help",
              '<div class="box"><h3>How to help</h3><img src="https://media.dailyledger.example/2024/03/volunteers.jpg">'
              '<p>Support local businesses along the route during construction.</p></div>',
              "volunteers.jpg", "a how-to-help box of the story"),
    # (It carried data-video-id="229104249" until trust6: a box carrying a clip's id is the
    # player's, its picture the poster the player paints over; the real page it was drawn
    # from holds a Kaltura player's thumbnail. Without a clip, a frame, a control or a
    # vendor, a captioned still in a box named "clip" stays the story's.)
    Lookalike("captioned-video-teaser",
              '<figure class="clip-inline"><div class="clip"><div class="clip__content">'
              '<img src="https://media.dailyledger.example/v/vote-recap-w1200.jpg"></div></div>'
              "<figcaption>The vote, recapped in two minutes</figcaption></figure>",
              "vote-recap-w1200.jpg", "a captioned still the story shows: its picture is the story's"),
    Lookalike("clip-list-item",
              '<div class="clip-item"><h3>2. The Fifth Avenue ride</h3><img src="https://media.dailyledger.example/v/fifth-ave-ride.jpg">'
              '<iframe src="https://player.vimeo.com/video/123456" title="Fifth Avenue ride"></iframe></div>',
              "fifth-ave-ride.jpg", "an item of the story: a heading, its picture and the clip"),
    Lookalike("section-two-responses",
              '<section class="s2"><h3>Two responses to the plan</h3><img src="https://media.dailyledger.example/2024/03/rally.jpg">'
              "<p>Supporters rallied outside; opponents filed a petition.</p></section>",
              "rally.jpg", "a section of the story whose heading reads like a comment count"),
    Lookalike("fundraiser-story-section",
              '<div class="sec"><h3>The bike co-op that lends</h3><img src="https://media.dailyledger.example/2024/03/coop.jpg">'
              "<p>The Fifth Avenue bike co-op lends bikes to anyone with a library card, and it is raising money to double "
              "its fleet before the new lanes open next spring.</p><p>Members can support the fundraiser on its site or by "
              "volunteering at the Saturday repair clinic, which fixed more than 400 bikes last year.</p>"
              '<a href="https://www.bikecoop.example/donate">Donate</a></div>',
              "coop.jpg", "a section of the story about a fundraiser, linking to the charity"),
    Lookalike("expert-box",
              '<div class="expert"><img src="https://media.dailyledger.example/2024/03/prof-lin.jpg" width="200" height="200">'
              '<p><a href="https://www.university.example/staff/mei-lin">Mei Lin</a> studies street design at the university.</p></div>',
              "prof-lin.jpg", "a person the story presents, linking to her staff page elsewhere"),
    Lookalike("captioned-video-still",
              '<figure><img src="https://cdn.jwplayer.com/v2/media/Xk3Lq9ab/poster.jpg">'
              "<figcaption>A still from the council's livestream of Tuesday's vote.</figcaption></figure>",
              "poster.jpg", "a video still the story shows and captions"),
    Lookalike("sponsor-in-caption",
              '<div class="photo"><img src="https://media.dailyledger.example/2024/03/mural.jpg" width="900" height="600">'
              "<p class=\"caption\">Sponsored by the arts council, the new mural lines the lane.</p></div>",
              "mural.jpg", "a photo whose caption names a sponsor"),
    Lookalike("charity-how-to-help",
              '<div class="box"><img src="https://media.dailyledger.example/2024/03/food-bank.jpg" width="600" height="400">'
              "<p>The food bank on Fifth Avenue needs volunteers.</p>"
              '<a href="https://www.foodbank.example/donate">Donate</a></div>',
              "food-bank.jpg", "a how-to-help box leading to a charity, not to the publisher"),
    Lookalike("app-under-review",
              '<div class="item"><h3>CycleMaps</h3><p>The best route planner we tried: it knows every protected lane in the '
              "city and warns you before a painted one ends in traffic.</p><p>"
              '<a href="https://apps.apple.com/us/app/cyclemaps/id987654321"><img src="https://media.dailyledger.example/badges/cyclemaps-ios.png"></a></p></div>',
              "cyclemaps-ios.png", "an app the story recommends, with its store badge"),
    Lookalike("song-with-audio",
              '<div class="track"><h3>"Ride On", by The Lanes</h3><img src="https://media.dailyledger.example/music/ride-on-cover.jpg" width="300" height="300">'
              '<audio controls src="https://media.dailyledger.example/music/ride-on.mp3"></audio></div>',
              "ride-on-cover.jpg", "a song the story presents, its cover and a clip"),
    Lookalike("labelled-figure",
              '<figure aria-label="Cyclists at the Main Street crossing"><img src="https://media.dailyledger.example/2024/03/crossing.jpg"></figure>',
              "crossing.jpg", "a story photo in a figure named by aria-label"),
]


# Widgets holding much of a short page's text (a video page's description, a long appeal):
# kept for their text, their pictures still go. Set after a story of one paragraph.
LONG_TEXT = ("The council's vote, the four hours of public comment before it and what the lanes will change on "
             "Main Street and Fifth Avenue, explained by our transportation reporter in two minutes. ")
HEAVY_WIDGETS: list[Widget] = [
    Widget("video-page-player",
           '<div class="video-player-box"><div class="vp-poster"><img src="https://media.dailyledger.example/v/poster-main.jpg"></div>'
           f"<h2>Bike lanes, explained</h2><p>{LONG_TEXT}</p><p>{LONG_TEXT}</p></div>",
           "a video page's player with its description: its poster"),
    Widget("long-donation-modal",
           '<div class="appeal" role="dialog" aria-label="Support us"><img src="https://www.dailyledger.example/static/appeal/long.jpg">'
           "<h2>Before you go</h2>"
           + "<p>Local reporting like this takes time and money, and we do not put it behind a paywall, because we "
             "believe everyone in the city deserves to know what the council decides in their name.</p>" * 2
           + "</div>",
           "a long donation appeal in a dialog"),
]


def short_page(widget: str) -> str:
    """A story of one paragraph and its photo without alt, then ``widget``."""
    url = f"https://{HOST}/video/2024/03/bike-lanes-explained/"
    photo = (f'<figure><img src="https://media.{HOST}/2024/03/{STORY_PHOTO_NO_ALT}" width="1200" height="800">'
             "<figcaption>Council members during Tuesday's vote.</figcaption></figure>")
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title>'
            f'<link rel="canonical" href="{url}"></head><body><main><article><h1>{HEADLINE}</h1>'
            f'<div class="article-body"><p>{_PARAS[0]}</p>{photo}{widget}</div></article></main></body></html>')


if __name__ == "__main__":  # write the pages out to read them with `auditor check --explain-body`
    import sys
    from pathlib import Path

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "widget-pages")
    out.mkdir(parents=True, exist_ok=True)
    for w in WIDGETS:
        for where in w.places:
            (out / f"{w.name}-{where}.html").write_text(page(w.html, where), encoding="utf-8")
    for look in LOOKALIKES:
        (out / f"story-{look.name}.html").write_text(page(look.html), encoding="utf-8")
    (out / "story-alone.html").write_text(page(""), encoding="utf-8")
    print(f"{sum(len(w.places) for w in WIDGETS) + len(LOOKALIKES) + 1} pages in {out}/")


def places(finding: Finding) -> list[str]:
    """Where a finding is: its own excerpt and its related locations'."""
    return [finding.excerpt or ""] + [r.excerpt or "" for r in finding.related or ()]


def storys(place: str) -> bool:
    """True when ``place`` is one of the story's own two defects (its pictures)."""
    return STORY_PHOTO_NO_ALT in place or STORY_PHOTO_LINKED in place


def errors_by_place(html: str, name: str) -> tuple[set[str], list[tuple[str, str]]]:
    """The error rules found on the story's own defects, and the errors found elsewhere."""
    result = audit(html.encode(), name)
    assert result.error is None
    story: set[str] = set()
    off: list[tuple[str, str]] = []
    for f in result.findings:
        if f.level == "error":
            if all(storys(p) for p in places(f)):
                story.add(f.rule)
            else:
                off += [(f.rule, p) for p in places(f) if not storys(p)]
    return story, off


def assert_only_storys_errors(html: str, name: str) -> None:
    """The page's errors are the story's own two (IM001, LK016) and none elsewhere: whatever
    ``html`` set beside the story raised no error of its own, and hid none of the story's."""
    story, off = errors_by_place(html, name)
    assert story == {"IM001", "LK016"} and off == [], (name, story, off)


def im001_places(html: str) -> list[tuple[int, int]]:
    """(line, column) of every picture IM001 reports on ``html``, related places included."""
    result = audit(html.encode(), "page.html")
    assert result.error is None, result.error
    places: list[tuple[int, int]] = []
    for f in result.findings:
        if f.rule == "IM001":
            places += [(f.line, f.column)] + [(r.line, r.column) for r in f.related]
    return places


def im001_files(html: str) -> list[str]:
    """The file names of the pictures IM001 reports (:func:`page` writes its page on one line)."""
    names = []
    for line, column in im001_places(html):
        assert line == 1
        tag = html[column - 1:].split(">", 1)[0]
        names.append(tag.split('src="', 1)[1].split('"', 1)[0].rsplit("/", 1)[-1])
    return names
