"""Words and phrases that name site chrome, in many languages, as data.

Class and id names are mostly English whatever the page's language, but publishers
also write them in their own (``teilen``, ``compartir``, ``galerie``); labels a reader
sees ("Lesen Sie auch", "Leia também", "関連記事") are always in the page's language.
Phrases are matched case-insensitively at the start of a label.
"""

from __future__ import annotations

import re

from auditor.text.controls import UNFOLD_PHRASES
from auditor.text.lazyre import LabelPattern, LazyPattern

# Class/id words (after splitting at "-", "_" and camelCase humps, neighbours glued
# up to five words) → kind of chrome. Kept to words a container of article text
# never carries.
CLASS_WORDS: dict[str, str] = {
    # share buttons, in the words publishers and share plugins use
    "share": "share", "shares": "share", "sharing": "share", "sharebar": "share",
    "sharetools": "share", "sharethis": "share", "addthis": "share", "addtoany": "share",
    "shariff": "share", "socialshare": "share", "sharedaddy": "share", "pinit": "share",
    "pinterest": "share", "tweetthis": "share", "clicktotweet": "share", "syndication": "share",
    "republish": "share", "teilen": "share", "partager": "share", "partage": "share",
    "compartir": "share", "compartilhar": "share", "condividi": "share", "delen": "share",
    "udostepnij": "share", "sdilet": "share", "bagikan": "share",
    # social profile links
    "social": "social", "socials": "social", "follow": "social", "followus": "social",
    "socialmedia": "social", "socialicons": "social", "sociallinks": "social",
    # who wrote it: bylines and author boxes
    "author": "author", "authors": "author", "byline": "author", "bylines": "author",
    "authorbio": "author", "authorbox": "author", "authorinfo": "author",
    "abouttheauthor": "author", "aboutauthor": "author", "bio": "author", "autor": "author",
    "auteur": "author", "autore": "author", "contributor": "author",
    "avatar": "author", "avatars": "author", "gravatar": "author",
    # a commenter's or writer's picture by other names ("c-user-pic", "userPhoto"); not
    # "profile-image", the lead picture of a profile story
    "userpic": "author", "userphoto": "author", "profilepic": "author",
    # recirculation
    "related": "related", "relatedposts": "related", "relatedstories": "related",
    "relacionados": "related", "relacionadas": "related", "relacionado": "related",
    "correlati": "related", "similaires": "related", "verwandte": "related",
    "lesensieauch": "related", "mehrzumthema": "related", "leiatambem": "related",
    "vejatambem": "related", "leatambien": "related", "lireaussi": "related",
    "leggianche": "related", "bacajuga": "related",
    "recommended": "recommended", "recommendations": "recommended",
    "recommendation": "recommended", "recirc": "recommended", "recirculation": "recommended",
    "outbrain": "recommended", "taboola": "recommended", "empfehlungen": "recommended",
    "morestories": "more-stories", "morefrom": "more-stories", "morenews": "more-stories",
    "moreat": "more-stories", "readmore": "read-more", "readnext": "read-more",
    "upnext": "read-more", "nextup": "read-more", "nextpost": "read-more",
    "nextstory": "read-more", "nextarticle": "read-more", "prevnext": "read-more",
    "postnavigation": "read-more", "postnav": "read-more",
    "alsolike": "also-like", "youmayalsolike": "also-like", "youmightalsolike": "also-like",
    "mostpopular": "popular", "popular": "popular", "mostread": "popular",
    "trending": "popular", "meistgelesen": "popular",
    # forms and boxes around the story
    "newsletter": "newsletter", "newsletters": "newsletter", "subscribe": "newsletter",
    "subscription": "newsletter", "signup": "newsletter", "optin": "newsletter",
    "ezine": "newsletter", "enewsletter": "newsletter", "mailinglist": "newsletter",
    "nieuwsbrief": "newsletter", "infolettre": "newsletter",
    "cookie": "cookie", "cookies": "cookie", "consent": "cookie", "gdpr": "cookie",
    "comment": "comments", "comments": "comments", "disqus": "comments",
    "kommentare": "comments", "commentaires": "comments", "comentarios": "comments",
    "commenti": "comments", "community": "comments", "forum": "comments", "forums": "comments",
    "sidebar": "sidebar", "rail": "sidebar",
    "ad": "ad", "ads": "ad", "advert": "ad", "adverts": "ad", "advertisement": "ad",
    "advertising": "ad", "adslot": "ad", "adunit": "ad", "adsbygoogle": "ad", "dfp": "ad",
    "gpt": "ad", "sponsored": "ad", "werbung": "ad", "anzeige": "ad", "publicidad": "ad",
    "publicite": "ad", "pubblicita": "ad",
    # ad slots and ad-block probes by other names, in other languages
    "adblock": "ad", "adblocker": "ad", "adsbox": "ad", "adbox": "ad", "adzone": "ad",
    "adbanner": "ad", "adcontainer": "ad", "adwrapper": "ad", "adsense": "ad",
    "advertorial": "ad", "reklama": "ad", "reklame": "ad",
    # the advertiser's box, a sponsor's logo ("sponsor" alone may title a note of the story)
    "advertiser": "ad", "advertisers": "ad", "sponsorlogo": "ad", "advertiserlogo": "ad",
    "publicidade": "ad", "anuncio": "ad", "anuncios": "ad",
    # appeals for money: the publisher's, never the story's
    "donate": "donate", "donation": "donate", "donations": "donate", "spenden": "donate",
    "donazioni": "donate", "donaciones": "donate", "doacao": "donate", "doacoes": "donate",
    "supportus": "donate",
    "promo": "promo", "promos": "promo", "promotion": "promo",
    "breadcrumb": "breadcrumb", "breadcrumbs": "breadcrumb",
    # the section's label linked above the headline ("kicker", "eyebrow")
    "kicker": "breadcrumb", "eyebrow": "breadcrumb",
    "tags": "tags", "tagcloud": "tags", "tagged": "tags", "postterms": "tags", "posttags": "tags",
    "catlinks": "tags", "taglinks": "tags",
    "navigation": "nav", "nav": "nav", "navbar": "nav", "menu": "nav", "pagination": "nav",
    "pager": "nav", "skiplink": "nav",
    "masthead": "header", "siteheader": "header", "globalheader": "header",
    "sitefooter": "footer", "globalfooter": "footer", "footer": "footer",
    "paywall": "paywall",
    # the article's toolbar: print, send, feedback, text size
    "toolbar": "tools", "toolbox": "tools", "articletools": "tools", "articlefunctions": "tools",
    "pagetools": "tools", "storytools": "tools", "posttools": "tools", "articletoolbar": "tools",
    # the publisher's legal notes: affiliate disclosures, terms, "not responsible for…"
    "disclaimer": "disclosure", "disclaimers": "disclosure", "disclosure": "disclosure",
    "disclosures": "disclosure",
    # Site-wide alerts above the story: "core-breaking-now", "news-ticker", "alert-bar".
    "breakingnews": "alert", "breakingnow": "alert", "ticker": "alert", "newsticker": "alert",
    "newsalert": "alert", "alertbar": "alert", "alertbanner": "alert", "sitealert": "alert",
    # boxes laid over the page or sliding in: pop-ups by their other names
    "interstitial": "dialog", "slidein": "dialog", "exitintent": "dialog", "popmake": "dialog",
    "modal": "dialog", "popup": "dialog", "popups": "dialog", "dialog": "dialog",
    "popover": "dialog", "popin": "dialog", "popinbox": "dialog",
    # Embedded media players: their poster frame is the player's, which names itself
    # ("player" alone is a footballer's profile card on a sports page: compounds only).
    "videoplayer": "player", "mediaplayer": "player", "audioplayer": "player", "jwplayer": "player",
    "videojs": "player", "vjs": "player", "brightcove": "player", "ytplayer": "player",
    "youtubeplayer": "player", "podcastplayer": "player", "inlinevideo": "player",
    # Buttons that scroll back up: "go-to-top", "back-to-top", "scrollToTop".
    "gototop": "control", "backtotop": "control", "totop": "control", "scrolltotop": "control",
    "scrolltop": "control", "jumptotop": "control", "topofpage": "control",
    # Button boxes of the template (like, comment count, media icons).
    # Judged only when text-less: a "btn" box inside a link is that link's label.
    "btn": "button", "btns": "button", "buttons": "button", "btngroup": "button",
    # An <img> styled as a backdrop ("hero-background__img"): decoration, not a picture
    # of the story. Judged on images only (see DECORATION_TAGS).
    "herobackground": "decoration", "backgroundimage": "decoration", "bgimage": "decoration",
    "backgroundimg": "decoration", "background": "decoration",
}

# Kinds a link, image, list item or paragraph may carry by its own class: a share
# button is an <a class="share-facebook">, a byline a <p class="byline">. Other kinds
# ("related", "tags"…) on such small elements are usually real text ("tag-line").
SMALL_ELEMENT_KINDS = frozenset({"share", "social", "author", "control", "button", "decoration", "disclosure"})
# A <figure> is a box too: one named as a player, an ad, a pop-up or an appeal is that.
FIGURE_KINDS = frozenset({"player", "ad", "dialog", "donate"})
# "background" names a backdrop picture, but a container called "background" may hold
# the story's background section: the decoration kind is judged on pictures only.
DECORATION_TAGS = frozenset({"img", "amp-img", "picture"})

# Where a text-less picture link goes when it is a button of the site: sign up,
# register, subscribe, join (a house ad after the story: "Create your account").
SIGNUP_HREF = LazyPattern(
    r"[/_-](?:sign[-_]?up|register|registration|subscribe|subscriptions?|newsletters?|join|feeds?|rss|atom"
    r"|account/create"
    # the newsletter's page in more languages and its sign-up ("/newsletter-anmeldung/", "/boletines/",
    # "/boletim/", "/nieuwsbrief/", "/infolettre/", "/rassylka/")
    r"|newsletters?-[a-z]+|boletin|boletines|boletim|boletins|nieuwsbrief|nieuwsbrieven|infolettres?|rassylka"
    r"|рассылка)"
    r"(?:[/?#.]|$)", re.I)
# Where a text-less picture link goes when it is the publisher's appeal for money: a
# donation page (a whole path segment or host), or a platform for supporting creators.
DONATE_HREF = LazyPattern(
    r"^(?:https?:)?//(?:donate|give|spenden)\.|/(?:donate|donations?|spenden|spende|doar|donar|don|faire-un-don"
    r"|support-us|supportus)(?:[/?#]|$)|//(?:www\.)?(?:patreon\.com|ko-fi\.com|buymeacoffee\.com|liberapay\.com"
    r"|opencollective\.com)/|paypal\.[a-z.]+/(?:donate|cgi-bin/webscr)", re.I)
# Pictures served by an avatar service or from a folder of avatars: the byline's face
# (Gravatar, "/avatars/123.png", Twitter's "/profile_images/", Tumblr's "avatar_…").
# Disqus's users' uploads ("c.disquscdn.com/uploads/users/…/avatar92.jpg"), a file named "avatar" and a size.
AVATAR_SRC = LazyPattern(r"(?:^|[/.])gravatar\.com/|/avatars?/|/profile_images/|/avatar_[^/]*$"
                         r"|(?:^|[/.])disquscdn\.com/uploads/users/|/avatar\d*\.(?:jpe?g|png|gif|webp)(?:[?#]|$)", re.I)
# A page about one writer: "/author/jane/", "/staff/jane-doe", Medium's "/@jane".
AUTHOR_HREF = LazyPattern(
    r"^(?:(?:https?:)?//[^/]+)?/(?:(?:author|authors|autor|autoren|auteur|auteurs|autore|autori|staff|writers?"
    r"|contributors?|journalists?|redakteur|profile|profiles"
    # the same folder in the languages of other newsrooms: Turkish "/yazar/", "/yazarlar/", "/muhabir/";
    # Indonesian "/penulis/", "/wartawan/"; Vietnamese "/tac-gia/"; Polish "/autorzy/"; Russian
    # "/avtor/", "/avtory/"; Nordic "/forfatter/", "/skribent/"; Korean and Japanese sites' "/reporter/"
    r"|yazar|yazarlar|muhabir|penulis|wartawan|tac-gia|tacgia|autorzy|avtor|avtory|forfatter|skribent"
    r"|reporters?)/[^/?#]+|@[\w.-]+)/?(?:[?#].*)?$", re.I)
# javascript: links that drive the browser rather than the story.
BROWSER_ACTION_HREF = LazyPattern(
    r"^\s*javascript\s*:\s*(?:void\s*\(?\s*0\s*\)?\s*;\s*)?(?:window\.|self\.|top\.)?"
    r"(?:history\.(?:back|go|forward)|print|close|scrollTo|scroll)\s*\(", re.I)
# In-page links back to the top of the page: "#top", "#page-top", "#backtotop".
# Also the page's outermost boxes themes name ("#page", "#wrapper", "#masthead" in Underscores-based
# themes) and "top" in other languages ("#inicio", "#topo", "#haut", "#oben", "#arriba", "#yukari").
TOP_FRAGMENT = LazyPattern(r"^#(?:(?:(?:page|site|back|go)[-_]?(?:to[-_]?)?)?top|page|wrapper|site|masthead|inicio|topo"
                           r"|haut|oben|arriba|yukari|atas|naverh)$", re.I)

# Words naming a picture carousel or slideshow.
GALLERY_WORDS = frozenset({
    "gallery", "galleries", "slideshow", "slideshows", "carousel", "slider", "lightbox",
    "swiper", "filmstrip", "thumbnails", "galerie", "bildergalerie", "fotogalerie",
    "galeria", "galleria", "diaporama", "diashow", "fotogaleria",
})

# Hidden until a script shows it. Whole class tokens only: "hidden-xs" hides on
# phones alone and Tailwind's "overflow-hidden" clips, neither hides the element.
HIDDEN_CLASSES = frozenset({"hidden", "is-hidden", "d-none", "hide", "u-hidden", "js-hidden",
                            "invisible", "display-none", "displaynone",
                            # shown only on paper
                            "print-only", "printonly", "visible-print", "show-for-print",
                            "visible-print-block", "visible-print-inline", "visible-print-inline-block",
                            "print-header", "print-footer", "print-logo"})
# A class that shows the element again from some screen width on ("hidden md:block",
# "d-none d-lg-flex", "visible-lg"): hidden on phones only, not hidden. Not on paper only
# (Tailwind's "hidden print:block", Bootstrap 3's "visible-print-block").
SHOWN_AT_BREAKPOINT = LazyPattern(
    r"^(?:(?!print:)[\w-]+:(?:block|flex|inline|inline-block|inline-flex|grid|table|contents|flow-root)"
    r"|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|inline-flex|grid|table)|visible-(?!print)[\w-]+)$"
)
HIDDEN_STYLE = LazyPattern(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)

# Links that post the page to a network: share buttons whatever their markup.
SHARE_HREF = LazyPattern(
    r"(?:facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed))|(?:twitter|x)\.com/(?:intent/|share\b)"
    r"|pinterest\.[a-z.]+/pin/create|linkedin\.com/(?:shareArticle|sharing/|cws/share)"
    r"|reddit\.com/submit|tumblr\.com/(?:share|widgets/share)|plus\.google\.com/share"
    r"|api\.whatsapp\.com/send|^whatsapp:|wa\.me/\?|t(?:elegram)?\.me/share|vk\.com/share"
    r"|line\.me/R/msg|social-plugins\.line\.me|getpocket\.com/(?:save|edit)"
    r"|flipboard\.com/bookmarklet|weibo\.com/share|b\.hatena\.ne\.jp/(?:entry|add)"
    r"|connect\.ok\.ru|digg\.com/submit|addtoany\.com/(?:share|add_to)|addthis\.com/bookmark"
    r"|xing\.com/(?:spi/)?share|^mailto:\?|^sms:\?"
    # the share kits of Korean, Chinese and Japanese pages: Band, QQ, Kakao Story, Naver; Viber
    r"|band\.us/plugin/share|connect\.qq\.com/widget/share|story\.kakao\.com/s(?:hare)?\b|share\.naver\.com/"
    r"|^viber://forward"
    # the bookmarking services of older blogs' share rows: Technorati's faves, Google's feed-by-e-mail
    r"|technorati\.com/faves|feedburner\.google\.com/fb/a/mailverify)",
    re.I,
)
# Hosts of social networks: a link there with no text is a profile icon.
SOCIAL_HOST = LazyPattern(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:facebook|twitter|x|instagram|pinterest|youtube|linkedin|tiktok"
    r"|tumblr|snapchat|threads|vk|weibo|flickr|medium|telegram|t|whatsapp|line|xing)\.(?:com|me|net|ru)"
    r"(?:/[^/?#]*){0,2}/?(?:[?#].*)?$"
    # profiles and channels on networks with other hosts' shapes: Bluesky, Mastodon, note, Ameba,
    # Dzen, Band, Messenger, Kakao and LINE channels, a Naver blog, Google News and WhatsApp
    # channels (a follow icon's targets on Japanese, Korean, Russian and European pages)
    r"|^(?:https?:)?//(?:www\.)?(?:bsky\.app/profile/[^/?#]+|mastodon\.(?:social|online)/@[^/?#]+|note\.com/[^/?#]+"
    r"|ameblo\.jp/[^/?#]+|(?:dzen\.ru|zen\.yandex\.ru)/(?:id/)?[^/?#]+|band\.us/(?:band/|@)[^/?#]+|m\.me/[^/?#]+"
    r"|pf\.kakao\.com/[^/?#]+|blog\.naver\.com/[^/?#]+|line\.me/R/ti/p/[^/?#]+|news\.google\.com/publications/[^/?#]+"
    r"|(?:www\.)?whatsapp\.com/channel/[^/?#]+"
    # XING's news pages and company pages ("xing.com/news/pages/ledger-1234"), OK's groups and
    # profiles, Zalo's official accounts (Vietnamese newsrooms' follow icons)
    r"|(?:www\.)?xing\.com/(?:news/pages|pages|companies)/[^/?#]+|(?:www\.)?ok\.ru/(?:group/|profile/)?[^/?#]+"
    r"|zalo\.me/[^/?#]+)/?(?:[?#].*)?$",
    re.I,
)

# A line asking a reader to follow the publisher's channel or get its app, beside an icon and
# a link there: "Join our WhatsApp channel", "Подписывайтесь на наш Telegram-канал", "Siga o
# canal", "Síguenos en", "Ikuti kami di", "Theo dõi", "Bizi takip edin", "フォローする", "팔로우",
# "关注我们", "تابعونا", "हमें फॉलो करें", "Download the app".
CHANNEL_ASK = LazyPattern(
    r"\b(?:join|follow|subscribe|download|get|install)\b|\b(?:folg|abonnier|suiv|rejoign|abonn|s[ií]gu|[uú]n[ei]t"
    r"|suscr[ií]b|sig[ao]|assin|baix|segu|iscriv|scaric|volg|abonneer|obserwuj|dołącz|subskryb|pobierz|takip|katıl"
    r"|abone|indir|ikuti|gabung|unduh|theo dõi|tham gia|tải)\w*|подпис|присоедин|следи|скача|フォロー|登録|ダウンロード"
    r"|팔로우|구독|다운로드|关注|關注|订阅|訂閱|下载|下載|加入|تابع|اشترك|انضم|حمل|फॉलो|सब्सक्राइब|जुड़|डाउनलोड"
    # listening to the publisher's podcast on an app: "Listen on Spotify", "Escúchalo en", "Écoutez", "Hören"
    r"|\b(?:listen|esc[uú]ch|[ée]cout|ascolt|ouv[ei]|hör|luister|słuchaj|dinle|dengar|nghe)\w*|слуша|聴|收听|收聽|듣기|استمع|सुन", re.I)
# A byline's opening, on the writer's card beside a face: "By Jane Doe", "Von", "Par", "Por",
# "Door", "Przez", "Автор:", "Yazar:", "Penulis:", "Oleh", "Tác giả:", "लेखक:", "بقلم", "作者：",
# "记者", "文：", "Reporter:", Korean "김철수 기자" (the name, then the word for reporter).
# "By" and its kin take a capitalised name ("By the river" opens a sentence).
BYLINE_LABEL = LazyPattern(
    r"^\W*(?:(?:(?:[Pp]ublicado|[Ee]scrito|[Pp]ubli[ée]|[ÉéEe]crit|[Ss]critto|[Pp]ubblicato|[Gg]eschrieben|[Vv]erfasst"
    r"|[Nn]apisane|[Oo]publikowane|[Pp]osted|[Ww]ritten|[Pp]ublished|[Dd]itulis|[Dd]iposting|[Vv]iết|[Đđ]ăng"
    # the others a health or news template credits beside their faces: "Medically reviewed by", "Fact checked
    # by", "Edited by", "Updated by", "Revisado por", "Geprüft von", "Vérifié par", "Sprawdzone przez"
    r"|(?:[Mm]edically\s+)?[Rr]eviewed|[Ff]act[- ]?[Cc]hecked|[Ee]dited|[Uu]pdated|[Rr]eported|[Rr]evisado|[Vv]erificado"
    r"|[Ee]ditado|[Aa]tualizado|[Aa]ctualizado|[Gg]eprüft|[Bb]earbeitet|[Aa]ktualisiert|[Vv]érifié|[Rr]elu|[Mm]is à jour"
    r"|[Rr]evisionato|[Vv]erificato|[Aa]ggiornato|[Ss]prawdzone|[Zz]redagowane|[Gg]econtroleerd|[Bb]ewerkt)"
    r"\s+(?:por|par|da|von|przez|by|oleh|bởi|door)"
    # a writer's word without its colon before a capitalised name ("Penulis Budi Santoso", "Yazar Ahmet
    # Yılmaz", "Tác giả Nguyễn Văn A", "Redakcja Anna Nowak") in the few words beside a face
    r"|[Pp]enulis|[Yy]azar|[Tt]ác giả|[Aa]utor|[Aa]utorka|[Rr]edakcja|[Ww]artawan|[Pp]hóng viên"
    r"|[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Pp]rzez|[Aa]v|[Aa]f|[Oo]leh|[Bb]ởi|di|[Ss]krevet a[fv]|[Ss]kriven av"
    r"|[Nn]apisał[a]?|[Нн]аписал[а]?)\s+(?!The\b|A\b|An\b)"
    r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ]"
    r"|(?i:author|autor|autorka|auteur|autore|автор|текст|yazar|muhabir|penulis|wartawan|reporter|tác giả|phóng viên"
    r"|लेखक|संवाददाता|بقلم|كتب|كتبت|المحرر"
    # Hungarian, Finnish, Turkish, Portuguese, Spanish, Nordic, Greek credits: "Szerző:", "Teksti:", "Yazan:",
    # "Reportagem:", "Texto:", "Redacción:", "Författare:", "Συντάκτης:"
    r"|szerző|teksti|kirjoittaja|yazan|reportagem|texto|redacción|redação|författare|forfatter|skribent|συντάκτης)"
    r"\s*[:：]\s*[^\W\d_]"
    r"|(?:作者|记者|記者|撰文|文|编辑|編輯)\s*[:：/／]|[가-힣]{2,4}\s?기자(?:\s|$|[^가-힣])"
    # Greek bylines in the genitive ("Του Γιώργου Παπαδόπουλου", "Της Μαρίας Παπά", "Των …") and
    # Hebrew "מאת" ("by"), as Greek and Israeli news sites print the writer over the story
    r"|(?:Του|Της|Των|ΤΟΥ|ΤΗΣ|ΤΩΝ)\s+[Α-ΩΆΈΉΊΌΎΏ]|מאת\s+[\u05d0-\u05ea])")
# A byline's Spanish or Portuguese "de" before the writer's name ("de María López"): read only
# in a byline's own element (a class or itemprop naming the author), since "de" opens many lines.
BYLINE_DE = LazyPattern(r"^\W*[Dd]e\s+[A-ZÀ-ÖØ-Þ][^\W\d_]+")
# A writer's label standing alone, without a colon, over the writer's name: WordPress's Post
# Author block prints its "byline" setting so ("<p class='wp-block-post-author__byline'>Penulis</p>"
# over "<p class='wp-block-post-author__name'>…"), as themes' author boxes print "<span>Yazar</span>"
# or "<h4>Tác giả</h4>" over a link to the name. Matched against that element's whole text.
WRITER_WORD = LazyPattern(
    r"(?:author|written by|published by|posted by|autor|autorin|autorka|autorzy|auteur|auteure|autore|autrice"
    r"|escrito por|publicado por|redacción|redação|redaktion|redazione|redactie|redakcja|redaktor|redaktør|texto|text"
    r"|tekst|teksti|penulis|wartawan|yazar|yazan|muhabir|tác giả|người viết|phóng viên|szerző|kirjoittaja|författare"
    r"|forfatter|skribent|reporter|journalist|dziennikarz|dziennikarka|автор|автори|текст|συντάκτης|συγγραφέας"
    r"|αρθρογράφος|כותב|כותבת|מאת|作者|著者|筆者|執筆者|記者|记者|撰文|기자|작성자|글|लेखक|लेखिका|संवाददाता|الكاتب"
    r"|كاتب|بقلم|المحرر|ผู้เขียน)\s*[:：]?", re.I)

# Singular rail labels that also open a sentence or a caption ("Recomendamos usar capacete",
# "Recomendado para você, o plano…", "Empfohlen wird…", "おすすめの…"): read only as a whole label
# over a box of picture links to the site's own pages (chrome._singular_rail, and as a heading or
# paragraph right before that box, chrome_facts._labelled_boxes). Portuguese "Recomendado para
# você", "Recomendamos", Spanish "Recomendado para ti", "Recomendado", "Recomendada", and the one
# word "recommended" in more languages: de "Empfohlen", "Unsere Empfehlung", fr "Recommandé",
# "Nos recommandations", it "Consigliato", "Ti consigliamo", nl "Aanbevolen", "Aanraders", cs
# "Doporučujeme", hu "Ajánló", "Ajánlott", fi "Suositeltu", sv "Rekommenderat", da/no "Anbefalet",
# "Anbefalt", el "Προτεινόμενα", tr "Önerilen", "Öneriler", "Sizin için seçtiklerimiz", id
# "Rekomendasi", vi "Đề xuất", "Gợi ý", ja "おすすめ", "オススメ", ko "추천", zh "推荐", "推薦",
# ar "مقترحات", "مقترح لك", "موصى به", he "מומלץ", hi "अनुशंसित", "सुझाव", ru "Рекомендации".
SINGULAR_RAIL_LABEL = LazyPattern(
    r"^\W*(?:recomendad[oa]s? para (?:voc[êe]|ti)|recomendamos|recomendad[oa]"
    r"|empfohlen|unsere empfehlung(?:en)?|recommand[ée]e?s?(?: pour vous)?|nos recommandations|consigliat[oi]"
    r"|ti consigliamo|aanbevolen|aanraders|doporučujeme|ajánló|ajánlott|suositeltu|suosittelemme|rekommenderat"
    r"|anbefal(?:et|t)|προτεινόμενα|önerilen(?:ler)?|öneriler|sizin için seçtiklerimiz|rekomendasi|đề xuất|gợi ý"
    r"|おすすめ|オススメ|추천|推荐|推薦|为你推荐|為你推薦|مقترحات|مقترح لك|موصى به|מומלץ|מומלצים|अनुशंसित|सुझाव"
    r"|рекомендации|рекомендовано)\W*$", re.I)

# Labels that head a box of links to other stories, or a paragraph that is one such
# link ("Read more: …", "Lesen Sie auch: …", "Baca juga: …").
RELATED_LABEL = LabelPattern(
    r"^\W*(?:"
    # en
    r"related(?: (?:articles?|posts?|stories|content|coverage|reading|news|links))?|read (?:also|more|next)"
    r"|more (?:from|stories|on|news|to read|in|like this)|you (?:may|might) (?:also )?(?:like|enjoy|be interested)"
    r"|recommended(?: for you)?|(?:most )?popular(?: stories| posts)?|most read|trending(?: now)?|up next"
    r"|see also|also (?:on|read)|don['’]t miss|next (?:post|story|article)|previous (?:post|story|article)"
    r"|top (?:stories|news|articles|picks)|latest (?:news|stories|articles|posts|headlines|videos)"
    r"|recent (?:posts|articles|stories|news)|editor['’]?s['’]? (?:picks?|choice)|more coverage|keep reading"
    r"|what to read next|in case you missed it|most (?:viewed|shared|commented|watched|emailed)"
    r"|around the web|from (?:the web|around the web|our partners)|(?:sponsored|promoted|partner) (?:stories|content|links|posts)"
    # de
    r"|lesen sie (?:auch|mehr)|auch interessant|mehr zum thema|weitere (?:artikel|nachrichten|themen)"
    r"|das könnte sie (?:auch )?interessieren|ähnliche artikel|verwandte artikel|meistgelesen|empfehlungen"
    r"|mehr aus|mehr zu|mehr(?=\s*[«»„“\"])|neueste artikel|top-artikel|meistgesehen"
    # fr
    r"|(?:à )?lire aussi|sur le même sujet|articles? similaires|vous aimerez aussi|à voir aussi"
    r"|les plus lus|le plus lu|articles? liés|dans la même rubrique|à découvrir"
    # es / pt / it / nl
    r"|lea también|lee también|te puede interesar|(?:también )?te (?:puede|podría) interesar"
    r"|noticias relacionadas|artículos relacionados|más leídas|ver también|relacionad[oa]s?"
    r"|más noticias|lo más (?:visto|leído)|últimas noticias|últimas notícias|mais vistas|ultime notizie"
    r"|più lett[ie]|populaire artikelen|meest gelezen"
    r"|leia (?:também|mais)|veja também|notícias relacionadas|matérias relacionadas|mais lidas"
    r"|você (?:também )?pode gostar|leggi anche|articoli correlati|(?:ti )?potrebbe interessarti"
    r"|i più letti|correlati|lees ook|gerelateerd|meer nieuws"
    # pl / cs / ru
    r"|czytaj (?:także|też|również)|zobacz (?:także|też)|powiązane|polecane|najczęściej czytane"
    r"|čtěte (?:také|též)|související|nejčtenější|читайте (?:также|еще|ещё)|похожие|по теме"
    r"|самое читаемое|рекомендуем|смотрите также"
    # ja / zh / ko / ar / th / id
    r"|関連記事|関連ニュース|こちらもおすすめ|あわせて読みたい|人気記事|おすすめ記事"
    r"|相关(?:阅读|文章|新闻)?|相關(?:閱讀|文章|新聞)?|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门|熱門"
    r"|관련\s?기사|추천\s?기사|많이 본"
    r"|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|ذات صلة|الأكثر قراءة"
    r"|ข่าวที่เกี่ยวข้อง|เรื่องที่เกี่ยวข้อง|baca juga|berita terkait|artikel terkait|terpopuler"
    # tr / vi / hi / uk / fa: "İlgili Haberler", "Tin liên quan", "यह भी पढ़ें", "Читайте також", "بیشتر بخوانید"
    r"|[iİ]lgili (?:haberler|haber|i̇çerikler|içerikler|yazılar)|benzer haberler|bunlar da ilginizi çekebilir"
    r"|(?:en )?çok okunan(?:lar)?|daha fazla haber|tin liên quan|bài liên quan|tin cùng chuyên mục|đọc thêm|xem thêm"
    r"|tin đọc nhiều|(?:यह|ये) भी पढ़ें|संबंधित (?:खबरें|ख़बरें|लेख)|सम्बंधित ख़बरें|और पढ़ें|читайте також|по темі"
    r"|بیشتر بخوانید|مطالب مرتبط|اخبار مرتبط"
    # more newsrooms' rails: ru/uk "Самое популярное", "Новости по теме", "Ещё по теме", "Другие новости",
    # pl "Przeczytaj także", "Polecamy", tr "Öne çıkanlar", id "Pilihan Redaksi", "Berita Lainnya", vi "Tin khác",
    # ar "أخبار ذات صلة", "قد يهمك", "اخترنا لك", ja "合わせて読みたい", "注目記事", ko "관련뉴스", "함께 볼만한 뉴스",
    # zh "猜你喜欢", "精彩推荐", es/pt/it/fr/de/nl "Te recomendamos", "Otras noticias", "Recomendados para você",
    # "Outras notícias", "Altre notizie", "À lire également", "Voir aussi", "Zum Thema", "Ook interessant"
    # the post navigation's labels: "Artículo anterior", "Nächster Artikel", "Article suivant", "Próximo
    # artigo", "Articolo precedente", "Vorig artikel", "Poprzedni artykuł", "Önceki haber", "Bài tiếp theo",
    # "Artikel sebelumnya", "次の記事", "이전 기사", "上一篇", "Следующая статья", "المقال التالي"
    r"|(?:artículo|noticia|entrada) (?:anterior|siguiente)|(?:nächster|vorheriger) (?:artikel|beitrag)"
    r"|(?:article|billet) (?:précédent|suivant)|(?:artigo|notícia|post) (?:anterior|seguinte)|próxim[oa] (?:artigo|notícia)"
    r"|articolo (?:precedente|successivo)|(?:vorig|volgend) (?:artikel|bericht)|(?:poprzedni|następny) (?:artykuł|wpis)"
    r"|(?:önceki|sonraki) (?:haber|yazı|makale)|bài (?:trước|tiếp theo|kế tiếp)|artikel (?:sebelumnya|selanjutnya)"
    r"|前の記事|次の記事|이전 기사|다음 기사|이전 글|다음 글|上一篇|下一篇|(?:предыдущая|следующая) (?:статья|новость)"
    r"|المقال (?:السابق|التالي)"
    r"|самое популярное|популярное|новости по теме|(?:ещ[её]|больше) по теме|другие новости|новини по темі"
    r"|przeczytaj (?:także|też|również)|polecamy|czytaj więcej|öne çıkanlar|pilihan redaksi|berita lainnya"
    r"|artikel lainnya|tin khác|أخبار ذات صلة|مقالات ذات صلة|أخبار متعلقة|قد يهمك|اخترنا لك|الأكثر مشاهدة"
    r"|合わせて読みたい|注目記事|最新記事|新着記事|관련\s?뉴스|인기\s?기사|함께 볼만한 뉴스|猜你喜欢|精彩推荐|更多新闻"
    r"|te recomendamos|otras noticias|recomendados(?: para (?:você|ti))?|outras notícias|altre notizie"
    r"|à lire également|voir aussi|zum thema|ook interessant"
    # "you may also like" where the lines above lack it: nl "Dit vind je ook leuk", pl "Może cię
    # zainteresować", cs "Mohlo by vás zajímat", ru "Вам может быть интересно", "Вам также может
    # понравиться", tr "İlginizi çekebilir", id "Anda mungkin suka", "Mungkin Anda suka", vi "Có thể
    # bạn quan tâm", "Bạn có thể quan tâm", zh "你可能喜欢", "你可能感兴趣", ko "이런 기사도 있어요",
    # ar "قد يعجبك", "ربما يعجبك", hi "आपको यह भी पसंद आ सकता है", "ये भी देखें"
    r"|dit vind je (?:ook )?leuk|misschien ook interessant|może (?:cię|was) (?:też |również |także )?zainteresować"
    r"|mohlo by vás (?:také )?zajímat|вам (?:может быть|будет) интересно|вам (?:также )?может понравиться"
    r"|ilginizi çekebilir|(?:anda )?mungkin (?:anda )?(?:juga )?(?:suka|tertarik)|có thể bạn (?:quan tâm|thích)"
    r"|bạn có thể (?:quan tâm|thích)|你可能(?:还)?(?:喜欢|感兴趣|會喜歡)|你可能也喜欢|이런 기사도 있어요"
    r"|قد يعجبك|ربما يعجبك|قد تعجبك|आपको (?:यह|ये) भी पसंद आ(?: सकता| सकती)?|(?:यह|ये) भी देखें"
    # "read also" in the languages the lines above lack: tr "Ayrıca okuyun", "Bunu da okuyun", sv "Läs också",
    # "Läs även", no/da "Les også", "Læs også", fi "Lue myös", cs "Přečtěte si (také)", sk "Prečítajte si",
    # hu "Olvassa el (ezt is)", "Ezt is olvassa el", ro "Citește și", bg "Прочетете още", "Вижте още", hr/sr/sl
    # "Pročitajte (i)", "Preberite še", el "Διαβάστε επίσης", uk "Читайте також" (above), he "קראו גם"
    r"|ayrıca (?:okuyun|bakınız|bakın)|bunu da okuyun|läs (?:också|även|mer)|les (?:også|mer)|læs (?:også|mere)"
    r"|lue (?:myös|lisää)|přečtěte si(?: také| též)?|prečítajte si(?: aj| tiež)?|olvassa el(?: ezt is)?|ezt is olvassa el"
    r"|citește și|citeste si|прочетете (?:още|също)|вижте (?:още|също)|pročitajte(?: i| još| također)?|preberite (?:še|tudi)"
    r"|διαβάστε (?:επίσης|ακόμη)|קראו גם"
    # rankings of the most read, as Japanese, Chinese and Korean portals head them: "アクセスランキング",
    # "人気ランキング", "排行榜", "热门排行", "阅读排行", "랭킹 뉴스", "많이 본 뉴스" (above)
    r"|(?:アクセス|人気|記事|ニュース)?ランキング|(?:热门|熱門|阅读|閱讀|点击|點擊)?排行榜?|(?:뉴스\s?)?랭킹(?:\s?뉴스)?"
    # the inline "read also" line of newsrooms in still more languages (body26): es "Leer más", sk "Čítajte aj",
    # hu "Kapcsolódó cikk", ro "Citește mai mult", "Vezi și", lt "Skaitykite taip pat", lv "Lasiet arī", et "Loe
    # ka", bg "Прочитайте също", tr "Devamını oku", id "Simak juga", "Baca selengkapnya", hi "इसे भी पढ़ें", zh
    # "关联阅读", en "Must read", "Continue reading", de "Siehe auch", "Weiterlesen", pt "Saiba mais", nl "Lees meer"
    r"|leer más|přečtěte si i|čítajte (?:aj|tiež)|kapcsolódó(?: cikkek?)?|citește mai mult|vezi și|διαβάστε ακόμα"
    r"|skaitykite (?:taip pat|daugiau)|lasiet (?:arī|vēl)|loe (?:ka|lisaks)|прочитайте (?:също|още)|devamını oku"
    r"|simak (?:juga|pula)|baca (?:selengkapnya|pula)|इसे भी पढ़ें|关联阅读|關聯閱讀|must read|continue reading"
    r"|siehe auch|saiba mais|lees meer|now read|weiterlesen"
    r")(?:\W|$)",
    re.I,
)

# The line over a sponsor's logo: "Presented by", "Sponsored by", "Präsentiert von".
SPONSOR_LABEL = LazyPattern(
    r"^\W*(?:presented by|sponsored by|brought to you by|in partnership with|in association with|powered by"
    r"|präsentiert von|unterstützt von|in zusammenarbeit mit|présenté par|sponsorisé par|en partenariat avec"
    r"|patrocinado por|presentado por|en colaboración con|apresentado por|em parceria com|presentato da"
    r"|sponsorizzato da|in collaborazione con|mogelijk gemaakt door"
    # a provider's "powered by" in more languages: "Con la tecnología de", "Impulsado por", "Propulsé par",
    # "Obsługiwane przez", "Drivs av", "Levert av"
    r"|con la tecnología de|impulsado por|propulsé par|obsługiwane przez|dostarczane przez|drivs av|levert av"
    # the partner box of a shopping showcase: "Ofrecido por", "In Kooperation mit"
    r"|paid partnership with|in collaboration with|offered by|ofrecido por|offert par|oferecido por|offerto da"
    r"|in kooperation mit|mit freundlicher unterstützung von|en collaboration avec"
    # in more languages: "При поддержке", "Партнёр", "Partnerem jest", "Sponsorluğunda", "Katkılarıyla",
    # "Didukung oleh", "Dipersembahkan oleh", "Tài trợ bởi", "Đồng hành cùng", "برعاية", "प्रायोजित",
    # "協賛", "赞助", "후원" (not "提供", "제공": a photo's credit, "写真提供", "사진 제공")
    r"|при поддержке|партн[её]р(?: проекта)?|partnerem (?:jest|projektu)|sponsorem jest|sponsorluğunda|katkılarıyla"
    r"|didukung oleh|dipersembahkan oleh|tài trợ bởi|đồng hành cùng|برعاية|بالتعاون مع|प्रायोजित|協賛|协办|赞助|贊助"
    r"|후원"
    # partners' and funders' boxes and paid content's labels: "Our partners", "With the support of",
    # "Co-funded by the European Union" (the EU's funding statement beside its flag, as funded newsrooms
    # must print it), "Con el apoyo de", "Gefördert von", "Avec le soutien de", "Con il sostegno di",
    # "Com o apoio de", "Sponsorowane przez", "Sponsorlu içerik", "Спонсор", "スポンサー", "Contenido
    # patrocinado", "Conteúdo patrocinado", "Publireportage", "Contenu sponsorisé", "Gesponsert"
    r"|our partners|(?:with the )?support(?:ed)? (?:of|by)|(?:co-?)?funded by|con el apoyo de|gefördert (?:von|durch)"
    r"|avec le soutien de|con il (?:sostegno|supporto) di|com o apoio d[aeo]|sponsorowane przez|sponsorlu(?: içerik)?"
    r"|спонсор(?: проекта)?|スポンサー|contenido patrocinado|conte[úu]do patrocinado|publireportage|contenu sponsoris[ée]"
    r"|gesponsert(?: von)?|partner content|paid content|sponsored content|treści sponsorowane|реклама"
    # the bare word over a strip of partners' or sponsors' logos, all the box says: "Partners", "Sponsoren",
    # "Nos partenaires", "Patrocinadores", "Parceiros", "Partnerzy", "İş ortaklarımız", "Mitra kami", "Đối tác",
    # "Партнёры", "Yhteistyökumppanit", "パートナー", "合作伙伴", "파트너"
    r"|(?:(?:our|unsere|nos|nuestros|nossos|i nostri|onze|naši|nasi) )?(?:partners?|sponsors?|sponsoren|partenaires"
    r"|patrocinadores|socios|parceiros|partnerzy|sponsorzy|partneři|partnerit|sponsorit|samarbetspartners?"
    r"|samarbeidspartnere|yhteistyökumppanit|sponsorlar|партн[её]ры|спонсоры)(?=\s*:?\s*$)"
    r"|(?:(?:iş )?ortaklarımız|mitra(?: kami)?|đối tác|パートナー|合作伙伴|合作夥伴|파트너(?:사)?)(?=\s*:?\s*$)"
    r"|med støtte fra)\b", re.I)

# The statement the EU's visibility rules have funded projects print beside its emblem (the flag),
# in the Union's languages as its official translations word it: "Co-funded by the European Union",
# "Cofinancé par l'Union européenne", "Kofinanziert von der Europäischen Union", "Financiado por la
# Unión Europea", "Finanziato dall'Unione europea", "Gefinancierd door de Europese Unie",
# "Współfinansowane przez Unię Europejską", "Spolufinancováno Evropskou unií", "Az Európai Unió
# társfinanszírozásával", "Cofinanțat de Uniunea Europeană", "Συγχρηματοδοτείται από την Ευρωπαϊκή
# Ένωση", "Medfinansieras av Europeiska unionen", "Euroopan unionin osarahoittama", "Съфинансирано от
# Европейския съюз", "Sufinancira Europska unija". Read lower-cased.
EU_FUNDED = LazyPattern(
    r"(?:co-?)?funded by the european union|(?:co)?financ[ée]e? par l['’]union europ[ée]enne"
    r"|(?:ko)?finanziert (?:von der|durch die) europ[äa]ischen union|gef[öo]rdert (?:von der|durch die) europ[äa]ischen union"
    r"|(?:co)?financiad[oa] por la uni[óo]n europea|(?:co)?finanziat[oa] dall['’]unione europea"
    r"|(?:co)?financiad[oa] pela uni[ãa]o europeia|(?:mede)?gefinancierd door de europese unie"
    r"|(?:współ)?finansowan[ey] (?:ze środków|przez) uni[ęe] europejsk|(?:spolu)?financov[áa]n[oáéý] evropskou uni"
    r"|(?:spolu)?financovan[éý] európskou úni|európai unió (?:társ)?finanszírozás|(?:co)?finanțat de uniunea europeană"
    r"|(?:συγ)?χρηματοδοτείται από την ευρωπαϊκή ένωση|(?:med)?finansier(?:as|et) av europeiska unionen"
    r"|(?:med)?finansieret af den europæiske union|euroopan unionin (?:osa)?rahoittama"
    r"|(?:съ)?финансиран[оа] от европейския съюз|(?:su)?financira europska unija")

# The heading of a writer's box: "About the author", "Über die Autorin", "Written by".
AUTHOR_LABEL = LazyPattern(
    r"^\W*(?:about the (?:author|writer|contributor)|written by|words by|author bio"
    r"|über (?:den autor|die autorin|die autoren)|zum autor|zur autorin|à propos de l['’]auteur|l['’]auteur"
    r"|sobre (?:el autor|la autora|o autor|a autora)|sull['’]autore|l['’]autore|over de (?:auteur|schrijver)"
    r"|o autorze|об авторе|作者について|关于作者|關於作者|작가 소개"
    # Turkish, Indonesian, Vietnamese, Arabic, Korean, Chinese, Japanese writers' boxes
    r"|yazar hakkında|tentang penulis|về tác giả|عن الكاتب|عن المؤلف|نبذة عن الكاتب|기자 (?:정보|소개)|필자 소개"
    r"|作者简介|作者簡介|この記事を書いた人|(?:著者|筆者)(?:プロフィール|紹介)|執筆者"
    # and in Czech, Slovak, Hungarian, the Nordic languages, Finnish, Greek, Hebrew, Romanian, Ukrainian
    # ("O autorovi", "A szerzőről", "Om författaren", "Om forfatteren", "Kirjoittajasta", "Σχετικά με τον
    # συγγραφέα", "על הכותב", "Despre autor", "Про автора", "著者について")
    r"|o autorovi|o autorce|a szerzőről|om (?:författaren|skribenten|forfatteren|skribenten)|(?:tietoa )?kirjoittajasta"
    r"|(?:σχετικά με τον|για τον) συγγραφέα|על (?:הכותב|הכותבת|המחבר)|despre autor|про автора|про авторку"
    r"|(?:著者|筆者)について)\b"
    r"|^\W*लेखक के बारे में", re.I)
# Words of a sign-up box around a form: "newsletter", "sign up", "subscribe", "inbox".
SIGNUP_WORDS = LazyPattern(
    r"newsletter|sign(?:ing)? up|subscribe|inbox|mailing list|abonnier|anmelden|s['’]abonner|inscri|suscr[ií]b"
    r"|assine|iscriviti|nieuwsbrief|zapisz się|подпис|メルマガ|订阅|訂閱|구독"
    # the list's name in more languages: "boletín", "lettre d'information", "рассылка", "bülten", "buletin",
    # "bản tin", "ニュースレター", "メールマガジン", "뉴스레터", "电子报", "النشرة", "न्यूज़लेटर"
    r"|bolet[ií]n|lettre d['’]information|infolettre|рассылк|b[üu]lten|buletin|kaydol|abone ol|berlangganan|bản tin"
    r"|đăng ký nhận|ニュースレター|メールマガジン|뉴스레터|电子报|電子報|简报|النشرة|न्यूज़लेटर|न्यूजलेटर"
    # Slovak, Czech, Hungarian, Swedish, Danish, Norwegian, Finnish, Romanian, Hebrew
    r"|na odber|k odběru|hírlevel|feliratkoz|nyhetsbrev|nyhedsbrev|uutiskirje|abonează-te|abonare|ניוזלטר", re.I)

# A follow button's name: "Follow", "Follow us", "Folgen", "Suivre @x".
FOLLOW_LABEL = LazyPattern(
    r"^\W*(?:follow|folgen|suivre|seguir|segui|volgen|obserwuj|подписаться|フォロー|关注|關注|팔로우)"
    r"(?: (?:us|me|@[\w.]+|on \w+))?\W*$", re.I)
# A link that counts comments: "2 comments", "Kommentare (4)"; a bare number only
# when it leads to the comments ("31" → "#comments"): else it is a footnote or a page.
COMMENT_COUNT = LazyPattern(
    r"^\W*(?:\d+\s*(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|comentários?"
    r"|commenti|reacties|komentarz[ey]?|komentarzy|yorum(?:lar)?|komentar|kommentarer|коммент(?:арий|ария|ариев)"
    r"|bình luận|コメント|댓글|条?评论|則?評論|تعليق(?:ات)?)|(?:comments?|kommentare|commentaires|comentarios|comentários"
    r"|commenti|reacties|komentarze|yorumlar|komentar|kommentarer|комментарии|bình luận|コメント|댓글|评论|評論|تعليقات)"
    r"\s*\(\d+\))\W*$",
    re.I)
COMMENT_NUMBER = LazyPattern(r"^\W*\d+\W*$")
COMMENTS_HREF = LazyPattern(r"[#/](?:comments?|respond|disqus_thread|discussion|kommentare|komentarze|yorumlar"
                           r"|comentarios|commentaires|commenti|reacties|kommentarer|binh-luan)(?:[/?#-]|$)", re.I)

# Accessible names of controls: buttons written as links ("Close gallery", "Next photo").
CONTROL_LABEL = LazyPattern(
    r"^\W*(?:close|open|prev(?:ious)?|next|back|toggle|expand|collapse|show (?:all|more)|view all"
    r"|play|pause|zoom|full ?screen|print|menu|search|skip|scroll|enlarge|magnify|ampliar|agrandir"
    r"|vergrößern|vergroessern|ingrandisci|ingrandire|powiększ|"
    r"schließen|weiter|zurück|fermer|suivant|précédent|cerrar|siguiente|anterior|fechar|próximo"
    r"|chiudi|successiv[oa]|precedente|закрыть|далее|назад|閉じる|次へ|前へ|关闭|關閉|下一[张張页頁]"
    r"|上一[张張页頁]|닫기|다음|이전"
    # the article's tools: print, e-mail, text size, listen
    r"|print(?:er[- ]friendly| this| article| page)?|drucken|imprimer|imprimir|stampa|afdrukken|drukuj|tisk"
    r"|печать|распечатать|طباعة|cetak|e-?mail(?: this| article)?|send (?:to|by)|envoyer|enviar|senden|invia"
    r"|font[- ]?size|text[- ]?size|schriftgr(?:ö|oe)(?:ß|ss)e|taille du texte|tamaño (?:de )?(?:la )?letra"
    r"|listen|vorlesen|anhören|écouter|escuchar|ouvir|ascolta"
    # a script that unfolds the rest of the page: the article's or its comments
    r"|continue reading|read (?:the )?(?:full|whole|rest)|load more|show comments|weiterlesen"
    r"|mehr (?:anzeigen|laden|lesen)|lire la suite|leer más|seguir leyendo|continua a leggere|leia mais"
    r"|continuar lendo|czytaj dalej|читать далее|続きを読む|阅读全文|閱讀全文|더\s?보기"
    # the same with the article named ("Artikel weiterlesen", "Den ganzen Artikel lesen"), "Verder lezen"
    r"|(?:den )?(?:ganzen )?artikel (?:weiter)?lesen|verder lezen"
    # the same unfolding in more languages: LiveJournal's and Bitrix's "Показать полностью/ещё",
    # "Развернуть", "Xem thêm", "Selengkapnya", "Devamını oku", "Lue lisää", "Läs mer"…
    r"|" + UNFOLD_PHRASES + r")\b",
    re.I,
)
# A share kit's and reading toolbar's buttons, all their name says (a name starting so may be a
# story's: "Copy of the resolution"): copy the link, print, save for later, listen, comment,
# in the languages CONTROL_LABEL lacks them ("Linki kopyala", "Salin tautan", "Sao chép liên kết",
# "Yazdır", "In bài viết", "Kaydet", "Simpan", "Lưu", "Сохранить", "Dinle", "Nghe", "Yorum yap",
# "Bình luận", "Komentuj", "Комментировать", "تعليق", "Hören", "نسخ الرابط").
TOOL_LABEL = LazyPattern(
    r"^\W*(?:copy(?: (?:the )?(?:link|url))?|link kopieren|copiar(?: (?:el )?enlace| link)?|copier(?: le lien)?|copia(?: il)? link"
    r"|(?:linki |bağlantıyı )?kopyala|(?:s)?kopiuj(?: link)?|(?:с)?копировать(?: ссылку)?|salin(?: tautan| link)?"
    r"|sao chép(?: liên kết| link)?|yazdır|in bài(?: viết)?|kaydet|simpan|lưu(?: bài(?: viết)?)?"
    r"|сохранить|save(?: for later| article| story)?|bookmark|speichern|merken|guardar|enregistrer|salva(?:r)?|opslaan"
    r"|dinle|dengarkan|nghe(?: bài| đọc)?|استمع|слушать|posłuchaj|luister|(?:an)?hören|ouvir|ascoltare"
    # copying the link and saving in Arabic, the text's size in the languages CONTROL_LABEL lacks it
    # ("Tamanho da fonte", "Dimensione testo", "Rozmiar czcionki", "Yazı boyutu", "Cỡ chữ", "Ukuran huruf",
    # "Размер шрифта", "حجم الخط")
    r"|نسخ الرابط|حفظ|tamanho d[ao] (?:fonte|letra|texto)|dimensione (?:del )?(?:testo|carattere)"
    r"|rozmiar (?:czcionki|tekstu)|yazı (?:boyutu|büyüklüğü)|cỡ chữ|ukuran (?:huruf|teks|font)"
    r"|размер (?:шрифта|текста)|حجم الخط"
    r"|comments?|kommentieren|kommentare?|commenter|comentar(?:ios)?|commenta(?:re)?|commenti|reageer|reacties|komentuj"
    r"|komentarze|комментировать|комментарии|yorum(?: yap|lar)?|bình luận|komentar(?:i)?|تعليق(?:ات)?"
    # a comment system's and a feed's buttons as script links: unfold ("Zobacz więcej", "Carregar mais",
    # "Visa fler", "Mutass többet", "Muat lebih banyak"), reply, like, report, fold, and a consent banner's
    # accept and reject, in the languages the lines above lack them
    r"|zobacz więcej|pokaż więcej|muat lebih banyak|lihat lebih banyak|carregar mais|ver mais|mostrar mais"
    r"|visa (?:fler|mer)|mutass (?:többet|még)|kommentar (?:schreiben|verfassen)|responder|répondre|rispondi|reply"
    r"|antworten|odpowiedz|yanıtla|trả lời|balas|ответить|like|gefällt mir|j['’]aime|me gusta|mi piace|curtir"
    r"|lubię to|beğen|thích|нравится|report(?: (?:this )?comment)?|melden|signaler|denunciar|segnala|zgłoś"
    r"|şikayet et|báo cáo|laporkan|пожаловаться|ausklappen|einklappen|aufklappen|zuklappen"
    r"|accept(?: all)?(?: cookies)?|reject(?: all)?|decline|(?:alle )?akzeptieren|ablehnen|(?:tout )?accepter|refuser"
    r"|aceptar(?: todo)?|rechazar|accetta(?: tutto)?|rifiuta|aceitar|rejeitar|akkoord|weigeren|zaakceptuj|odrzuć"
    r"|kabul et|reddet"
    r")\W*$", re.I)
# The same tools and a player's controls in languages written without spaces: found
# anywhere in a short name ("기사 인쇄하기", "自动播放开关", "文字サイズ変更").
CONTROL_LABEL_CJK = LazyPattern(
    r"인쇄|프린트|이메일|메일\s?보내기|스크랩|글자\s?크기|글씨\s?크기|글자\s?(?:확대|축소)|듣기|재생|정지|음소거"
    r"|印刷|打印|列印|字号|字號|字体大小|字體大小|文字サイズ|文字の大きさ|メール|邮件|郵件|朗读|朗讀|読み上げ"
    r"|播放|暂停|暫停|静音|靜音|音量|声音开关|聲音開關|开关|開關|收起|展开|展開|全屏|全螢幕|返回顶部|回到顶部"
    r"|พิมพ์|ฟัง"
    # unfolding the rest: Naver's and Tistory's "본문 더보기", "펼치기", "もっと見る", "展开全文", "อ่านต่อ"
    r"|더\s?보기|펼치기|접기|전체\s?보기|もっと見る|全文を表示|続きを表示|展开全文|查看全部|查看更多|显示更多|顯示更多"
    r"|อ่านต่อ|ดูเพิ่มเติม"
    # copying the link, saving, listening, commenting: "リンクをコピー", "복사", "复制链接", "保存", "저장",
    # "收藏", "ブックマーク", "聞く", "收听", "コメント", "댓글", "评论"
    r"|コピー|복사|复制|複製|保存|저장|收藏|ブックマーク|聞く|收听|收聽|コメント|댓글|评论|評論"
    # Hindi's words end in vowel signs, where "\b" finds no word's end: searched here
    r"|प्रिंट|सुनें|टिप्पणी|शेयर करें")
# A name that is only an arrow or a sign: a carousel's or text-size control ("<", "›", "A+").
CONTROL_SIGN = LazyPattern(r"^\s*(?:[<>‹›«»←→↑↓◀▶◁▷⟨⟩+\-–−]+|A\s*[+\-–−]|[+\-–−]\s*A)\s*$")
# What a javascript: link's code does when it is a tool of the page: print, mail,
# text size, bookmark, or a share pop-up.
TOOL_CODE = LazyPattern(r"print|e?mail|font|textsize|text_size|set_?size|change_?size|zoom|scrap|bookmark|favou?rite"
                        r"|speech|listen", re.I)
SHARE_CODE = LazyPattern(r"share|sns|facebook|twitter|kakao|weibo|pinterest|linkedin|whatsapp|telegram", re.I)
# The name of a picture link to a home page that says it is one: the site's logo.
HOME_LABEL = LazyPattern(
    r"\b(?:home ?page|home|startseite|accueil|inicio|portada|página inicial|pagina iniziale|strona główna"
    r"|главная)\b|首页|首頁|トップページ|ホーム|홈|หน้าแรก",
    re.I)
CONTROL_WORDS = frozenset({"btn", "button", "close", "toggle", "prev", "next", "icon", "control",
                           "controls", "arrow"})

# The visible name of a share button: "Share", "Auf Facebook teilen", "Partager sur X",
# "FB分享". Matched only on short link texts (five words at most).
SHARE_LABEL = LazyPattern(
    r"(?:\bshare\b|\bteilen\b|\bpartager\b|\bcompartir\b|\bcompartilhar\b|\bcondividi\b|\bdelen\b"
    r"|\bdela\b|udostępnij|sdílet|поделиться|シェア|分享|공유|مشاركة|แชร์|\bbagikan\b|\btweet\b|\bpin it\b"
    # Turkish, Vietnamese, Hindi, Polish, Ukrainian, Persian
    r"|paylaş|chia sẻ|शेयर|साझा करें|podziel się|поділитися|اشتراک|compartilhe"
    r"|\binshare\b)",
    re.I,
)

# A media player's own parts: a class naming a player (or its medium) together with
# one of its parts ("video-poster", "player-with-placeholder", "audio__play-button").
PLAYER_WORDS = frozenset({"player", "players", "video", "videos", "audio", "podcast", "vjs", "jwplayer"})
PLAYER_PARTS = frozenset({"placeholder", "poster", "playbutton", "playbtn", "playicon", "playlist",
                          # the still shown before it plays: "video-thumbnail", "video__preview"
                          "thumbnail", "thumb", "preview", "overlay", "still", "play",
                          # a teaser of the clip, its cover, a facade loading the player on click
                          "teaser", "cover", "splash", "facade"})
# A player's running time shown on its poster: "2:41", "(02:14)", "1:02:33"; with a play
# sign or a minutes word as a badge may write it: "▶ 1:02:33", "02:41 min".
_CLOCK = r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?"
PLAYER_DURATION = LazyPattern(rf"^{_CLOCK}$")
PLAYER_RUNNING_TIME = LazyPattern(rf"^[▶►▷]?\s*{_CLOCK}\s*(?:min\.?|mins|minutes?|minuten)?$", re.I)
# Items of schema.org whose picture is a player's poster frame or a recording's cover.
PLAYER_ITEMTYPE = LazyPattern(r"schema\.org/(?:VideoObject|AudioObject|MusicRecording|PodcastEpisode)\b", re.I)
# What a player says about itself when it cannot play: the box holding it and a
# picture is the player, the picture its poster ("Media playback is unsupported on
# your device", "Ihr Browser unterstützt dieses Video nicht").
PLAYER_MESSAGE = LazyPattern(
    r"media playback is (?:unsupported|not supported)|playback (?:is )?(?:unsupported|not supported)"
    r"|your (?:browser|device) (?:does not|doesn['’]t|cannot|can['’]t) (?:support|play)"
    r"|(?:enable|turn on|activate) javascript (?:to|in order to) (?:play|view|watch|see)"
    r"|this (?:video|audio|content) is (?:unavailable|not available)|video unavailable"
    r"|ihr browser unterstützt|unterstützt (?:ihr|dein) browser|votre navigateur ne (?:supporte|prend)"
    r"|(?:tu|su) navegador no (?:soporta|admite|es compatible)|seu navegador não (?:suporta|é compatível)"
    r"|il tuo browser non supporta|ваш браузер не поддерживает"
    r"|您的浏览器不支持|您的瀏覽器不支援|お使いのブラウザ(?:では|は).{0,10}(?:再生|対応)|브라우저(?:에서|가).{0,10}(?:재생|지원)",
    re.I)


# --- widgets set inside the story by vendors and CMS templates (see sources/widgets.py) ---

# A box's whole first line declaring it paid for: the label over an ad or a shopping
# showcase ("Anzeige", "Publicidad", "Advertisement", "Sponsored", "広告").
AD_LABEL = LabelPattern(
    r"^\W*(?:advertisement|advertising|advert|ad|sponsored(?: content| links?)?|paid (?:content|partnership|post)"
    r"|promoted(?: content| links?)?|partner content|anzeigen?|werbung|reklame|publicidad|publicidade|publicité"
    r"|publicite|pubblicità|pubblicita|annonce|advertentie|reklama|реклама|mainos|annons|広告|광고|广告|廣告"
    r"|إعلان|โฆษณา|iklan|hirdetés|reklám|reklam|gesponsert|gesponsord|patrocinado|sponsorisé|sponsorizzato|sponsorowane"
    r"|sponsrad|sponsoroitu|anuncio|anúncio|διαφήμιση|פרסומת|विज्ञापन|quảng cáo)\W*$", re.I)
# Pictures and links served by an ad server: the slot's creative, whatever its box. Not
# Amazon's affiliate image server (amazon-adsystem): bloggers show the products they
# write about with it, the story's pictures.
AD_HOST = LazyPattern(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com"
    r"|adnxs\.com|criteo\.(?:com|net)|adform\.net|smartadserver\.com|serving-sys\.com"
    r"|flashtalking\.com|adsrvr\.org|teads\.tv|rubiconproject\.com|pubmatic\.com|moatads\.com"
    r"|taboola\.com|outbrain\.com|zemanta\.com|revcontent\.com|mgid\.com|plista\.com|ligatus\.com)(?:[/:?#]|$)",
    re.I)
# Pictures a video platform serves: a player's poster frame or an embed's thumbnail
# (YouTube, Vimeo, JW Player, Brightcove, Dailymotion, Kaltura, Mux, Wistia).
VIDEO_POSTER_SRC = LazyPattern(
    r"^(?:https?:)?//(?:i\d?\.ytimg\.com|img\.youtube\.com|i\.vimeocdn\.com|(?:cdn|assets|content)\.jwplayer\.com"
    r"|content\.jwplatform\.com|[\w.-]*\.boltdns\.net|[\w.-]*brightcove[\w.-]*\.(?:com|net)|[\w.-]*\.dmcdn\.net"
    r"|cfvod\.kaltura\.com|[\w.-]*\.kaltura\.com/p/|image\.mux\.com|(?:embed-ssl|fast)\.wistia\.(?:com|net)"
    # and the stills of Vidyard, VideoPress, Bunny Stream ("vz-….b-cdn.net/…/thumbnail.jpg"),
    # Cloudflare Stream, api.video, Rumble and vumbnail (Vimeo's stills by number)
    r"|play\.vidyard\.com|videos\.files\.wordpress\.com|vz-[\w-]+\.b-cdn\.net|[\w-]+\.cloudflarestream\.com"
    r"|videodelivery\.net|vod\.api\.video|[\w-]+\.rmbl\.ws|vumbnail\.com)/",
    re.I)
# Attributes by which players and their script-loaded facades carry the clip they
# play: "data-video-id", "data-mediaid", "data-youtube-id", Brightcove's "data-video-id".
VIDEO_ATTR = LazyPattern(r"^data-(?:video|youtube|yt|vimeo|jw|brightcove|dailymotion|podcast|episode)"
                        r"(?:[-_]?(?:id|src|url|config|options|setup|embed))?$"
                        r"|^data-(?:media|player)[-_]?(?:id|src|url)$", re.I)
# Stores a text-less app badge leads to.
APP_STORE_HREF = LazyPattern(
    r"^(?:https?:)?//(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com/store|appgallery\.huawei\.com"
    r"|apps\.microsoft\.com|www\.microsoft\.com/store|galaxystore\.samsung\.com"
    # the stores of more readers: RuStore, Huawei's cloud address, Xiaomi's GetApps
    r"|(?:apps\.|www\.)?rustore\.ru/(?:app|catalog)|appgallery\.cloud\.huawei\.com|global\.app\.mi\.com)", re.I)
# A line offering the publisher's own app: "Get our app", "Unsere App", "Notre application".
APP_PROMO_LABEL = LazyPattern(
    r"\bour app\b|\b(?:get|download|install) (?:the|our)(?: [\w-]+){0,3} app\b|\bunsere[rn]? app\b|\bnotre app"
    r"|\bnuestra app\b|\bla nostra app\b|\bnossa app\b|\bonze app\b|\bscarica l['’]app|\bdescarga (?:la|nuestra) app"
    r"|\bt[ée]l[ée]charge[rz]? (?:l['’]|notre )app"
    # the app offered in more languages: "nuestra aplicación", "baixe o aplicativo", "uygulamamızı
    # indirin", "pobierz aplikację", "скачайте приложение", "unduh aplikasi", "tải ứng dụng",
    # "アプリをダウンロード", "앱 다운로드", "下载客户端", "حمل تطبيق", "ऐप डाउनलोड"
    r"|\bnuestra aplicaci[oó]n|\b(?:baixe|descarg\w*|descarreg\w*)(?: o| a| la)?(?: nossa| nuestra)? (?:aplicativo|aplicaci[oó]n|app)\b"
    r"|\bnosso aplicativo|uygulama(?:mız|mızı|yı)|\b(?:pobierz|ściągnij) (?:naszą )?aplikacj|nasz(?:ą|ej) aplikacj"
    r"|(?:скачайте|скачать|установите) (?:наше |нашу )?приложение|наше приложение|\b(?:unduh|download) aplikasi"
    r"|aplikasi (?:kami|resmi)|tải ứng dụng|ứng dụng (?:của chúng tôi|báo)|アプリ(?:を|の)?(?:ダウンロード|インストール)"
    r"|公式アプリ|앱\s?(?:다운로드|설치|다운)|下载(?:我们的)?(?:客户端|app|应用)|下載(?:客戶端|app|應用)"
    r"|(?:حمل|حمّل|نزّل|نزل) (?:ال)?تطبيق|تطبيقنا|ऐप डाउनलोड|हमारा ऐप", re.I)
# The name of a publisher's call to give, join or subscribe: a button, not a sentence.
APPEAL_LABEL = LazyPattern(
    r"^\W*(?:donate(?: now| today)?|give(?: now| today)|support (?:us|our (?:journalism|newsroom|work)|the \w+)"
    r"|become a (?:member|supporter|subscriber|patron|friend)|contribute(?: now)?|make a (?:donation|contribution|gift)"
    r"|subscribe(?: now| today| for free)?|join(?: us| now| today)|sign up(?: now| today| for free| here)?"
    r"|(?:jetzt )?(?:spenden|unterstützen|abonnieren|mitglied werden|anmelden|abo abschließen|kostenlos (?:abonnieren|anmelden))"
    r"|jetzt (?:kostenlos )?(?:testen|abonnieren|anmelden)"
    r"|faire un don|je (?:fais un don|soutiens|m['’]abonne|m['’]inscris)|soutenez(?:-nous)?|abonnez-vous|s['’]abonner"
    r"|(?:haz una )?donaci[oó]n|dona(?:r)?(?: ahora| ya)?|hazte (?:socio|socia|miembro|suscriptor)|suscr[ií]bete"
    r"|ap[oó]yanos|colabora(?: con nosotros)?|dona ora|sostienici|abbonati(?: ora)?|iscriviti|doe(?: agora)?|apoie"
    r"|assine(?: já| agora)?|doneer(?: nu)?|steun ons|word lid|abonneer|wesprzyj(?: nas)?|zostań patronem|subskrybuj"
    r"|поддержать|подписаться|寄付する|捐款|赞助|후원하기"
    # a free account or sign-up the publisher asks for (a login or registration wall), in more
    # languages: "Register", "Create an account", "Regístrate", "Cadastre-se", "Registrieren",
    # "S'inscrire", "Registrati", "Zarejestruj się", "Зарегистрироваться", "Kaydol", "Üye ol",
    # "Abone ol", "Daftar", "Berlangganan", "Đăng ký", "登録する", "会員登録", "구독하기",
    # "회원가입", "订阅", "注册", "اشترك", "سجل الآن", "सब्सक्राइब करें", "रजिस्टर करें"
    r"|register(?: now| for free| here)?|create (?:an |a |your )?(?:free )?account|reg[ií]strate(?: gratis)?|registrarme"
    r"|cadastre-se|inscreva-se|(?:jetzt )?registrieren|s['’]inscrire|inscrivez-vous|registrati|zarejestruj się"
    r"|zapisz się|зарегистрироваться|оформить подписку|kaydol|üye ol|abone ol|daftar(?: sekarang)?|berlangganan"
    r"|đăng ký(?: ngay)?|(?:今すぐ|無料)?(?:会員)?登録(?:する)?|購読する|구독(?:하기)?|회원\s?가입|(?:立即)?(?:订阅|訂閱|注册|註冊)"
    r"|اشترك(?: الآن)?|سجل(?: الآن)?|सब्सक्राइब करें|रजिस्टर करें|सदस्यता लें"
    # a login wall's button: "Log in", "Se connecter", "Iniciar sesión", "Entrar", "Accedi", "Zaloguj się",
    # "Войти", "Giriş yap", "Masuk", "Đăng nhập", "ログイン", "로그인", "登录", "تسجيل الدخول"
    r"|log ?in|sign ?in|se connecter|connectez-vous|inici(?:ar|a) sesión|entrar|faça login|accedi|inloggen"
    r"|zaloguj się|войти|giriş yap|masuk|đăng nhập|ログイン|로그인|登录|登入|تسجيل الدخول|लॉग इन(?: करें)?)\W*$", re.I)
# What a placeholder says before a reader lets a third party's embed load: its
# picture is a preview of someone else's content, shown by the consent tool.
CONSENT_MESSAGE = LazyPattern(
    r"externe[rn]? inhalt|external content|contenu externe|contenido externo|contenuto esterno|conteúdo externo"
    r"|externe inhoud|(?:inhalt|inhalte) (?:laden|anzeigen|entsperren)|load (?:the )?(?:content|embed|video|post)"
    r"|(?:ich bin damit einverstanden|i agree|j['’]accepte|acepto|accetto), (?:dass|that|que|che)"
    r"|charger le contenu|cargar (?:el )?contenido|carica (?:il )?contenuto", re.I)
# schema.org types of the template's parts: a comment, an ad block, a side bar.
SCHEMA_KINDS = {"comment": "comments", "usercomments": "comments", "wpadblock": "ad", "wpsidebar": "sidebar",
                "wpfooter": "footer", "wpheader": "header", "sitenavigationelement": "nav"}
# Inline style of a box laid over the page (a pop-up, a sticky bar): never the story's text.
OVERLAY_STYLE = LazyPattern(r"(?:^|;)\s*position\s*:\s*fixed\b", re.I)

# Services a reader gives or pledges through: a link there is the publisher's appeal.
DONATION_SERVICE_HREF = LazyPattern(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:patreon\.com|ko-fi\.com|buymeacoffee\.com|liberapay\.com|opencollective\.com"
    r"|donorbox\.org|givebutter\.com|classy\.org|fundraiseup\.com|actblue\.com|steadyhq\.com|tipeee\.com"
    r"|paypal\.me|memberful\.com|flattr\.com"
    # the platforms of other languages' readers: Boosty (ru), Patronite and Zrzutka (pl), Saweria,
    # Trakteer and SociaBuzz (id), Apoia.se and Catarse (pt-BR), Darujme (cs)
    r"|boosty\.to|patronite\.pl|zrzutka\.pl|saweria\.co|trakteer\.id|sociabuzz\.com|apoia\.se|catarse\.me"
    r"|darujme\.cz)/|paypal\.[a-z.]+/(?:donate|cgi-bin/webscr)", re.I)
# The opening line of an appeal to give or join: "Support independent journalism",
# "Unterstützen Sie unabhängigen Journalismus", "Soutenez notre journalisme".
APPEAL_HEADLINE = LazyPattern(
    r"^\W*(?:(?:please )?(?:support|fund) (?:us\b|our (?:journalism|reporting|work|newsroom)"
    r"|(?:independent|local|quality|nonprofit|non-profit|fact-based|public[- ]interest)(?: \w+)? (?:journalism|news|media|reporting))"
    r"|donate (?:now|today|to us|to the)|make a (?:donation|contribution|gift)|become a (?:member|supporter|patron)"
    r"|(?:help )?keep (?:our |the )?(?:journalism|reporting|news) (?:free|independent|going)"
    r"|unterstützen sie (?:uns|unabhängigen|unseren|unsere|guten|den)|jetzt (?:spenden|unterstützen|mitglied werden)"
    r"|werden sie (?:mitglied|unterstützer)|soutenez(?:-nous| notre| le| l['’]information)|faites un don"
    r"|apoya (?:el|nuestro|a|al) periodismo|apoya nuestro|hazte (?:socio|miembro)|haz una donación"
    r"|sostieni (?:il|l['’]|la|questo|noi)|fai una donazione|apoie (?:o|nosso)|faça uma doação"
    r"|steun (?:ons|onafhankelijke)|wesprzyj (?:nas|niezależne)|поддержите"
    # Turkish, Indonesian, Vietnamese, Czech, Japanese, Korean, Chinese, Arabic, Hindi appeals
    r"|bizi destekleyin|bağımsız gazeteciliği destekle|dukung (?:kami|jurnalisme)|ủng hộ (?:chúng tôi|báo)"
    r"|podpořte (?:nás|nezávislou)|ご支援(?:を|の)|支援をお願い|후원(?:하기|해 주세요)|支持我们|支持我們|ادعمنا"
    r"|हमारा समर्थन करें)", re.I)
# A price on a shopping card: "49,90 €", "$25", "£19.99", "EUR 12".
PRICE = LazyPattern(r"(?:[$€£¥]\s?\d|\d(?:[.,]\d{1,2})?\s?(?:€|\$|£|eur\b|usd\b|chf\b|zł|kr\b)|\b(?:eur|usd|chf)\s?\d)", re.I)
# The name of a player's start button: "Play", "Video abspielen", "Lire la vidéo", "再生".
PLAY_LABEL = LazyPattern(
    r"^\W*(?:play|watch(?: the)? video|play video|video (?:abspielen|starten|ansehen)|abspielen|wiedergabe"
    r"|reproducir|ver (?:el )?v[ií]deo|lire(?: la vid[ée]o)?|regarder la vid[ée]o|riproduci|guarda(?: il)? video"
    r"|assistir|reproduzir|afspelen|odtwórz|воспроизвести|смотреть видео|再生|播放|재생)\b", re.I)
# The name of the button that closes a pop-up: "Close", "×", "Nein, danke", "Non merci".
CLOSE_LABEL = LazyPattern(
    r"^\W*(?:close|dismiss|schlie(?:ß|ss)en|fermer|cerrar|chiudi|fechar|sluiten|zamknij|закрыть|閉じる|关闭|關閉|닫기"
    r"|no,? thanks|nein,? danke|non,? merci|no,? gracias|no,? grazie|maybe later|später|plus tard|más tarde)\b"
    r"|^\s*[×✕✖╳xX]\s*$", re.I)
# Words of an appeal to give, join or subscribe, anywhere in a small closable box.
APPEAL_WORDS = LazyPattern(
    r"donat|\bdonar|\bdon\b|spende|support (?:us|our)|unterstütz|soutenez|soutien|apoy[ae]|sostien|apoie|member|mitglied"
    r"|socio|abonn|subscri|suscri|assin|newsletter|contribut|beitrag", re.I)
# A shopping card's button: "Buy now", "Zum Shop", "Vedi offerta", "Ver precio", "Check price".
SHOP_BUTTON = LazyPattern(
    r"^\W*(?:buy(?: it)?(?: now| here| on [\w.]+| at [\w.]+)?|shop(?: now| it)?|(?:check|see|view) (?:price|deal|offer)s?"
    r"|get (?:it|the deal|deal)|add to (?:cart|basket)|(?:jetzt )?kaufen|zum (?:shop|angebot|händler)|zum produkt"
    r"|(?:jetzt )?bestellen|acheter|voir (?:le prix|l['’]offre)|comprar(?: ahora| ya)?|ver (?:precio|oferta)"
    r"|compra(?: ora)?|acquista(?: ora)?|vedi (?:offerta|prezzo)|scopri l['’]offerta|comprar agora|ver pre[cç]o"
    r"|koop nu|bekijk (?:prijs|aanbieding)|kup teraz|sprawdź cenę)\W*$", re.I)
# Where a picture-only link of the site's own goes when it is the publisher's appeal:
# its membership, contribution or subscription pages.
APPEAL_PATH = LazyPattern(
    r"/(?:contribute|contributions?|membership|members?|become-a-member|support|unterstuetzen|unterstützen"
    r"|unterstuetzer|soutenir|soutenez-nous|apoyar|apoya|hazte-socio|sostienici|sostieni|apoie|abo|abos|abonnement"
    r"|abonnieren|abonnez-vous|suscripcion|suscribete|abbonamenti|abbonati|assine|lidmaatschap|steun-ons)(?:[/?#.-]|$)"
    # the subscription shop in more languages, a whole folder ("assinatura-de-contrato" is a story's
    # slug): Spanish, Portuguese, Polish, Russian, Turkish, Indonesian (not "premium" or "plus": a
    # paid story's own address sits under them)
    r"|/(?:suscripciones|suscribirse|assinatura|assinaturas|assinar|prenumerata|prenumeruj|podpiska|abonelik"
    r"|abone-ol|langganan|berlangganan)(?:[/?#]|$)",
    re.I)
# The host of a publisher's subscription shop: "abo.site.de", "checkout.site.com",
# "suscripciones.site.es", "assinatura.site.com.br", "prenumerata.site.pl".
SUBSCRIPTION_HOST = LazyPattern(r"^(?:https?:)?//(?:abo|aboshop|abonnement|abonnements|checkout|subscribe|subscriptions"
                               r"|suscripciones|suscripcion|assinatura|assine|prenumerata|podpiska|abonelik|langganan)\.",
                               re.I)
# Where the publisher's own services live, a whole folder: its e-paper (the printed edition
# online: "/epaper", "/e-paper", US papers' "/e-edition", "/todays-paper", German "/e-zeitung",
# "/digitale-ausgabe", Portuguese "/edicao-digital", Spanish "/edicion-impresa", French
# "/journal-numerique", Italian "/edizione-digitale", Turkish "/e-gazete", Indonesian
# "/koran-digital") and its news-tip form ("/tips", "/send-us-a-tip", "/newstip", German
# "/leserreporter", "/hinweis-geben", Portuguese "/envie-sua-noticia", Spanish
# "/envia-tu-denuncia", Italian "/segnalazioni", Polish "/wyslij-newsa", Turkish
# "/haber-ihbar", Indonesian "/kirim-berita", Russian "/soobshchit-novost"). A picture-only link
# there, or an icon beside a short link there, is the template's promo.
SERVICE_PATH = LazyPattern(
    r"/(?:e-?paper|e-?papers|e-?edition|e-?editions|todays-paper|digital-edition|print-edition|replica"
    r"|e-?zeitung|digitale?-ausgabe|zeitung-digital|edicao-digital|edicao-impressa|edici[oó]n-impresa"
    r"|edicion-digital|journal-numerique|edition-numerique|edizione-digitale|edicola-digitale|e-?gazete"
    r"|koran-digital|e-?koran"
    r"|tips?|news-?tips?|send-(?:us-)?(?:a-)?(?:news-)?tips?|submit-(?:a-)?(?:news-)?tips?|tip-?line|tip-us"
    r"|leserreporter|hinweis-geben|hinweisgeber|envie-sua-(?:noticia|denuncia)|envia-tu-(?:noticia|denuncia)"
    r"|segnalazioni|segnala-(?:una-)?notizia|wyslij-newsa?|haber-ihbar|kirim-berita|soobshchit-novost)(?:[/?#.]|$)",
    re.I)
# The host of a publisher's e-paper: "epaper.site.de", "e-paper.site.com", "eedition.site.com".
SERVICE_HOST = LazyPattern(r"^(?:https?:)?//(?:e-?paper|e-?edition|e-?zeitung|e-?gazete|e-?koran|replica)\.", re.I)
# Attributes by which pop-up scripts find their boxes: "data-popup-id", "data-modal".
POPUP_ATTR = LazyPattern(r"^data-(?:popup|modal|pum|dialog|overlay)(?:[-_][\w-]+)?$", re.I)
# The path of a page that plays a clip: "/video/…", "/videos/…", "/mediathek/…", "/watch?v=".
VIDEO_PAGE_PATH = LazyPattern(r"^(?:(?:https?:)?//[^/]+)?/(?:[\w-]+/)?(?:videos?|mediathek|watch|videoplayer)(?:[/?#]|$)",
                             re.I)
# Classes of a play icon laid over a poster ("icon-play", "play-icon", "fa-play").
PLAY_ICON_WORDS = frozenset({"play", "playicon", "playbutton", "playbtn", "iconplay", "btnplay"})
# Frames of video and audio players: a picture beside one is its placeholder or poster.
PLAYER_FRAME_SRC = LazyPattern(
    r"//(?:[\w-]+\.)*(?:youtube(?:-nocookie)?\.com/embed|player\.vimeo\.com|players\.brightcove\.net"
    r"|(?:cdn|content)\.jw(?:player|platform)\.com/players|dailymotion\.com/(?:embed|player)|geo\.dailymotion\.com"
    r"|player\.glomex\.com|kaltura\.com/p/|fast\.wistia\.(?:net|com)/embed|player\.twitch\.tv|facebook\.com/plugins/video"
    r"|streamable\.com/[eo]/|open\.spotify\.com/embed|embed\.podcasts\.apple\.com|w\.soundcloud\.com/player"
    r"|player\.simplecast\.com|podigee\.(?:io|com)|omny\.fm|megaphone\.fm|art19\.com|buzzsprout\.com"
    r"|iframe\.mediadelivery\.net|player\.mux\.com|embed\.ted\.com|video\.[\w-]+\.\w+/embed)", re.I)
PLAYER_FRAME_TITLE = LazyPattern(r"\b(?:video|player|podcast|audio|youtube|vimeo)\b", re.I)
# An affiliate disclosure: the one paragraph a shopping showcase may carry.
AFFILIATE_NOTE = LazyPattern(
    r"commission|provision|affiliate|partnerlink|werbelink|comisi[oó]n|commissione|commissie|prowizj"
    r"|we (?:may )?earn|verdienen (?:wir|eine)|rémunér", re.I)
# Classes of a close icon ("modal-close", "icon-close", "btn-dismiss").
CLOSE_ICON_WORDS = frozenset({"close", "closebutton", "closebtn", "btnclose", "iconclose", "dismiss", "closeicon"})
# A class word glued from a player's name and one of its parts ("videoteaser", "videoposter").
PLAYER_GLUED = frozenset(w + p for w in ("video", "player", "audio", "podcast", "clip") for p in PLAYER_PARTS)
# The start of a class word naming an appeal for money ("spendenbox", "donationBanner").
APPEAL_CLASS_PREFIXES = ("donat", "spende", "donazion", "donacion", "doacao", "fundrais", "crowdfund")
# Accepting cookies, as consent placeholders ask it: fr, it, es, pt, nl, pl, de, ru, tr, id, vi, ja, ko, zh.
_ACCEPT_COOKIES = (r"accept(?:er|ez|é|ée?s)? (?:les |tous les )?cookies|accett(?:are|a|i) (?:i )?cookie"
                   r"|acept(?:ar|a|e|es) (?:las |todas las )?cookies|aceit(?:ar|a|e) (?:os |todos os )?cookies"
                   r"|cookies (?:hebt |heeft |hebben )?(?:geaccepteerd|accepteren)|accepteer (?:de |alle )?cookies"
                   r"|(?:za)?akceptuj(?:esz|ować)? (?:wszystkie )?pliki cookie|cookies? (?:akzeptieren|zustimmen)"
                   r"|akzeptieren sie (?:die |alle )?cookies|(?:принять|примите|принимаете) (?:файлы )?cookie"
                   r"|çerezleri kabul|(?:terima|menerima|setujui) (?:semua )?cookie|chấp nhận cookie"
                   r"|(?:クッキー|cookie)を(?:許可|受け入れ|有効)|쿠키(?:를|에)? ?(?:허용|수락|동의)|(?:接受|允许|同意)\s?cookie")
# What the placeholder unblocks: the content, the embed, the video.
_CONTENT_WORDS = (r"contenu|contenuto|contenido|conteúdo|inhoud|treść|treści|inhalt|содержимое|контент|içeri[kğ]|konten"
                  r"|nội dung|コンテンツ|콘텐츠|内容|vid[ée]o|vídeo|wideo|видео|embed")
# A cookie banner's message: its picture is the banner's logo, not the story's.
COOKIE_MESSAGE = LazyPattern(
    r"we use cookies|this (?:site|website) uses cookies|wir (?:verwenden|nutzen) cookies"
    r"|diese (?:website|webseite|seite) (?:verwendet|nutzt) cookies|nous utilisons des cookies"
    r"|ce site utilise des cookies|utilizamos cookies|este sitio (?:web )?utiliza cookies|utilizziamo (?:i )?cookie"
    r"|questo sito utilizza (?:i )?cookie|usamos cookies|este site utiliza cookies|wij gebruiken cookies"
    r"|używamy plików cookie|мы используем (?:файлы )?cookie"
    # with the partners the banner names, and the site as its subject, in more languages: "Wir und unsere
    # Partner verwenden Cookies", "We and our 842 partners use cookies", "Ta strona korzysta z plików cookie",
    # "Deze website maakt gebruik van cookies", "Bu site çerezler kullanır", "Situs ini menggunakan cookie"
    r"|(?:we|wir|nous) (?:and|und|et) (?:our|unsere|nos) (?:\d+ )?partners? (?:use|store|verwenden|nutzen|speichern|utilisons)"
    r"|ta strona (?:korzysta z|używa|wykorzystuje) (?:plików )?cookie|deze (?:web)?site (?:gebruikt|maakt gebruik van) cookies"
    r"|(?:este|esta) (?:sitio|site|página|portal)(?: web)? (?:usa|utiliza) cookies|questo sito(?: web)? usa (?:i )?cookie"
    r"|bu (?:site|web sitesi) çerez|situs (?:web )?ini menggunakan cookie|trang web (?:này )?sử dụng cookie"
    r"|(?:сайт|веб-сайт) использует (?:файлы )?cookie|(?:当サイト|このサイト)(?:で)?は(?:cookie|クッキー)"
    # a blocked embed's placeholder: "Please accept marketing-cookies to watch this video" (Cookiebot
    # embeds), "Click to accept marketing cookies and enable this content" (Complianz)
    r"|accept[\w\s,-]{0,40}cookies?[\w\s,-]{0,20}(?:to (?:watch|view|see|load|display|play|enable)|and (?:enable|load|view|"
    r"see|watch) this)"
    # the same placeholder in more languages: accepting cookies and the content it unblocks, either
    # order, within a line ("Ce contenu est bloqué car vous n'avez pas accepté les cookies", "Per
    # visualizzare questo contenuto devi accettare i cookie", "Este contenido requiere aceptar las
    # cookies", "Aby zobaczyć tę treść, zaakceptuj pliki cookie", "Deze inhoud … cookies geaccepteerd")
    rf"|(?:{_ACCEPT_COOKIES})[^.!?]{{0,80}}(?:{_CONTENT_WORDS})|(?:{_CONTENT_WORDS})[^.!?]{{0,120}}(?:{_ACCEPT_COOKIES})",
    re.I)
# The heading of a comment thread as templates write it: "3 thoughts on “…”", "12 Kommentare",
# "Leave a Reply", "One response to …".
COMMENTS_HEADING = LazyPattern(
    r"^\W*(?:\d+ (?:comments?|kommentare?|commentaires?|comentarios?|comentários|commenti|reacties|komentarz[ey]?"
    r"|antworten|réponses|respuestas|respostas|risposte)\W*$"
    r"|(?:\d+|one|two|three|ein|eine|un|une|uno|una|um|uma|een) (?:thoughts?|responses?|replies|comments?|kommentare?"
    r"|antworten|commentaires?|réponses?|comentarios?|respuestas?|comentários|respostas|commenti|risposte|reacties)"
    r" (?:on|to|zu|sur|à|en|a|em|para|su|a|op) [\"“„«‘'‚]"
    r"|leave a (?:reply|comment)|schreibe einen kommentar|laisser un commentaire|deja un comentario"
    r"|deixe um comentário|lascia un commento|laat een reactie achter|dodaj komentarz"
    # the thread's heading in more languages: a count and the word for comments either way round
    # ("Yorumlar (3)", "3 yorum", "Комментарии (3)", "3 комментария", "댓글 3", "评论 (3)", "コメント (3)",
    # "Bình luận (3)", "التعليقات (3)", "टिप्पणियाँ (3)"), and the form's call ("Yorum yap", "Napisz
    # komentarz", "Оставить комментарий", "Deja tu comentario", "Kommentar schreiben", "发表评论")
    r"|(?:\d+\s*)?(?:yorum(?:lar)?|komentarz[eya]?|komentarzy|коммент(?:арии|ариев|ария|арий)|댓글|评论|評論|コメント"
    r"|comentarios|comentários|commenti|commentaires|kommentare|reacties|komentar|bình luận|(?:ال)?تعليقات|تعليق"
    r"|टिप्पणियाँ|टिप्पणियां|टिप्पणी)\s*(?:\(\d+\)|\d+)?\W*$"
    r"|yorum yap|napisz komentarz|оставить комментарий|написать комментарий|deja (?:tu|un) comentario"
    r"|kommentar schreiben|deixe (?:seu|o seu) comentário|tulis komentar|viết bình luận|أضف تعليق|اترك تعليق"
    r"|टिप्पणी करें|댓글 쓰기|发表评论|發表評論|コメントを書く)",
    re.I)
# An accessible name saying a box is a clip: "Video: How the curbs work", "Vídeo", "動画".
VIDEO_NAME = LazyPattern(r"^\W*(?:video|vídeo|vidéo|видео|動画|视频|影片|동영상|podcast|audio)\b", re.I)
