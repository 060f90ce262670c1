"""Paragraphs that are a line of the page's furniture rather than the story's prose, told
where the walk meets them (their links stay links, their pictures' credits stay credits):

- a picture's credit (or caption and credit) set as a paragraph of its own under the picture
  ("<p><em>Photo: Jane Doe/Reuters</em></p>", "Foto: dpa", "Crédit photo : AFP", "Bild:
  Keystone", "圖片來源：中央社"), as block editors write it when the theme shows no caption
  (a Paragraph block under an Image block) and as newsrooms' templates put a credit ``<p>``
  in the picture's box: the picture's credit, which the image rules read, not the story's words;
- a line that is a glyph and a link and nothing else ("► <a>…</a>", "→ <a>Read more</a>",
  "» <a>Mehr zum Thema</a>"): a pointer set between paragraphs (a teaser, a shop button, a
  "more" link), whose link the link rules still check but whose words are no sentence; so is a
  line that is one short link within the page ("<a href='#recipe'>Jump to Recipe</a>");
- the publisher's notes about the page, not the story: that it was first published elsewhere
  (the republishing line The Conversation's and wire partners' terms ask for: "This article was
  originally published on …", "Dieser Artikel erschien zuerst bei …", "Cet article est republié
  à partir de …"), and the affiliate disclosure the FTC's endorsement guides (and the EU's
  consumer rules) ask for above the links ("We may earn a commission…", "Dieser Artikel enthält
  Affiliate-Links…"). Their links stay links.
"""

from __future__ import annotations

from typing import Any

import re

from auditor.sources.html.text import text_of
from auditor.text.credits import split_credit, starts_like_credit
from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement

# A credit line is short: "Photo: Nelson Almeida/AFP/Getty Images"; a caption with its credit
# a sentence or two.
_CREDIT_CHARS = 120
_CAPTION_CHARS = 300
# A credit line is a label and a name or two ("Photos by Shardayyy/Flickr Creative Commons,
# Google, and Venmo"); alone, with no picture beside it (the lead picture's, outside the body),
# fewer still.
_CREDIT_WORDS = 12
_CAPTION_CREDIT_WORDS = 8
_LONE_CREDIT_WORDS = 10
# The boxes climbed from a paragraph to find the picture set right before it.
_BOX_DEPTH = 3
# Glyphs that point at a link: arrows, triangles, guillemets, a bullet.
GLYPHS = frozenset("►▶▸▹▷➤➜➔➙➛→⇒⟶»›•·◆◇■□▪●○✓✔☛👉")
# The words of a pointer's link: a headline or a button's label.
_POINTER_CHARS = 160


def picture_line(el: Element, text: str, picture: Element | None) -> tuple[str | None, str, bool] | None:
    """``(caption, credit, under)`` when paragraph ``el`` (its text ``text``) is the credit
    of a picture, or its caption closed by a credit: set right under ``picture`` (the last
    picture the walk met: in the same box, or in the box just before; ``under`` is then True),
    or, a credit alone ("Photo: Jane Doe/Reuters"), anywhere. None for the story's sentences."""
    if len(text) > _CAPTION_CHARS:
        return None
    # Most paragraphs open with no credit word and hold no credit's mark (":", "|", "by", "©").
    first = text[:_STEM_CHARS].lower().startswith(_CREDIT_STEMS) and starts_like_credit(text)
    if not first and not (picture is not None and any(map(text.__contains__, _CREDIT_MARKS))):
        return None
    near = picture is not None and _under(el, picture)
    if not (first or near):
        return None
    found = split_credit(text)
    if found is None:
        return None
    caption, credit = found
    if caption is None:
        # A credit first: "Photo: …", "Courtesy of …", "Quelle: …". Alone it must be short,
        # a label and a name ("Source: the mayor's office said on Tuesday that…" is a sentence).
        words = len(text.split())
        if len(text) > _CREDIT_CHARS or not first or words > (_CREDIT_WORDS if near else _LONE_CREDIT_WORDS):
            return None
        return None, credit, near
    # A caption closed by its credit: the credit is a name or two, no sentence of its own
    # ("Our favourite segment. Credit: the city's map, which shows it runs…" is an entry's prose).
    if not near or len(credit.split()) > _CAPTION_CREDIT_WORDS or ". " in credit.rstrip(". "):
        return None
    return caption, credit, True


# What the picture and credit words of auditor.text.credits open with, and the marks a credit
# sets after its label (a cheap test before the vocabulary's patterns).
_CREDIT_STEMS = ("photo", "image", "picture", "pic", "illustration", "graphic", "foto", "bild", "imagen", "imagem",
                 "immagin", "credit", "courtesy", "source", "quelle", "fuente", "fonte", "crédit", "copyright",
                 "圖片", "图片", "照片", "写真", "사진", "來源", "来源", "出典", "출처", "攝影", "摄影", "撮影")
_STEM_CHARS = 12
_CREDIT_MARKS = (":", "：", "|", " by ", "©", " – ", " — ")


def _under(el: Element, picture: Element) -> bool:
    """Whether ``el`` is set right under ``picture``: the element before it (or before the
    box it opens, up to ``_BOX_DEPTH`` boxes up) is or holds the picture, or they share a
    figure."""
    node = el
    for _ in range(_BOX_DEPTH):
        before = _previous(node)
        if before is not None:
            return before is picture or any(a is before for a in picture.iterancestors())
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return False  # the box's own words stand before the line
        if parent.tag == "figure":
            return any(a is parent for a in picture.iterancestors())
        node = parent
    return False


def _previous(el: Element) -> Element | None:
    """The element before ``el`` among its siblings, comments skipped; None when text
    stands between (the box's own words) or none is."""
    node = el.getprevious()
    while node is not None and not isinstance(node.tag, str):
        node = node.getprevious()
    return None if node is None or (node.tail or "").strip() else node


def pointer_line(el: Element, text: str) -> bool:
    """Whether paragraph ``el`` is a glyph and one or two links and nothing else ("► <a>
    Fifth Avenue closes</a>", "<a>Mehr zum Thema</a> »"): its words are the links'."""
    if len(text) > _POINTER_CHARS or not text or (text[0] not in GLYPHS and text[-1] not in GLYPHS):
        return False
    links = [a for a in el.iter("a") if a.get("href")]
    if not links or len(links) > 2:
        return False
    rest = text
    for a in links:
        words = text_of(a)
        if not words or words not in rest:
            return False
        rest = rest.replace(words, "", 1)
    return not any(ch.isalnum() for ch in rest)


def in_page_jump(el: Element, text: str) -> bool:
    """Whether paragraph ``el`` is one short link to a place on the page and nothing else
    ("<a href='#recipe'>Jump to Recipe</a>", "<a href='#comparison'>Skip to the list</a>")."""
    if len(text) > _JUMP_CHARS or len(text.split()) > _JUMP_WORDS:
        return False
    links = list(el.iter("a"))
    if len(links) != 1:
        return False
    href = (links[0].get("href") or "").strip()
    return len(href) > 1 and href.startswith("#") and text_of(links[0]) == text


_JUMP_WORDS = 6
_JUMP_CHARS = 60

# The note that the page republishes a story: "This article was originally published on The
# Conversation", "Originally published on Live Science", "A version of this story first appeared
# in …", "This story originally appeared on Fox News", "Dieser Artikel erschien zuerst bei/auf …",
# "Der Beitrag erschien zuerst …", "Cet article a été publié initialement sur …", "Cet article est
# republié à partir de …", "Este artículo fue publicado originalmente en …", "Este artigo foi
# publicado originalmente …", "Questo articolo è stato pubblicato originariamente su …", "Dit artikel
# verscheen eerder op …", "Artykuł ukazał się pierwotnie …", "Статья впервые опубликована …".
REPUBLISHED = LazyPattern(
    r"^\W*(?:(?:(?:this|a version of this|an earlier version of this) (?:article|story|post|piece|essay) "
    r"(?:was |is )?(?:originally|first) (?:published|appeared|ran|posted)|(?:originally|first) (?:published|appeared|posted)"
    r" (?:on|in|at|by)(?!\s*\d)|this (?:article|story) is republished from)"
    r"|(?:dieser|der) (?:artikel|beitrag|text) (?:ist |erschien )?(?:zuerst|ursprünglich|erstmals)"
    r"|cet article (?:a été (?:initialement |d['’]abord )?publié|est republié|est paru)"
    r"|(?:este|el) art[íi]culo (?:fue|se) publicó? (?:originalmente|primero)|(?:este|el) art[íi]culo fue publicado"
    r" (?:originalmente|por primera vez)|(?:este|o) artigo foi (?:publicado )?(?:originalmente|primeiro)"
    r"|questo articolo è stato (?:pubblicato )?(?:originariamente|originalmente|inizialmente)"
    r"|dit artikel (?:verscheen|is eerder verschenen)|artykuł (?:ukazał się |został opublikowany )?pierwotnie"
    r"|стать[яи] (?:впервые|изначально) опубликован)", re.I)
# An affiliate disclosure names the commission and speaks of this page, its links or its
# publisher ("we", "our", "this post"): a story's sentence about affiliate links ("The FTC said
# influencers must disclose…") does neither.
_COMMISSION = LazyPattern(
    r"affiliat\w*[- ]?(?:links?|partner|program|relationship)|(?:a|small|une|eine|kleine|una|uma|een|piccola) (?:small )?"
    r"(?:commission|provision|comisi[oó]n|comiss[ãa]o|commissione|commissie)|commission (?:on|from|for|when|if)"
    r"|werbelinks?|partnerlinks?|liens? (?:d['’])?affili|enlaces? (?:de )?afiliad|links? (?:de )?afiliad"
    r"|link (?:di )?affiliazione|linki afiliacyjn|prowizj|партн[её]рск\w* ссылк", re.I)
# Lower-case words without one of which _COMMISSION cannot match.
_COMMISSION_NEEDLES = ("commission", "affiliat", "provision", "comisi", "comiss", "partnerlink", "werbelink", "afiliad",
                       "affili", "prowizj", "партн")
_OURS = LazyPattern(
    r"\b(?:we|our|us|i|my|this (?:article|post|page|story|guide|list)|(?:these|the) links(?: (?:on|in) this)?|wir|uns|unser\w*"
    r"|dieser (?:artikel|beitrag|seite)|diese[rn]? (?:links|seite)|nous|notre|nos|cet article|cette page|nosotros|nuestr[oa]s?"
    r"|este art[íi]culo|esta p[áa]gina|nós|nosso|nossa|este artigo|noi|nostr[oaie]|questo articolo|wij|ons|onze"
    r"|dit artikel|my|nasz\w*|ten artykuł|мы|наш\w*|эта статья)\b", re.I)
_DISCLOSURE_CHARS = 400
_FIRST_SENTENCE_CHARS = 250
# The first sentence, or a label and the sentence after it ("Disclosure: ZDNet may earn…").
_FIRST_SENTENCE = LazyPattern(r"^(?:\W*\w+\s*:\s*)?.*?[.!?](?=\s|$)", re.S)


def notice_line(text: str) -> str | None:
    """What publisher's note paragraph ``text`` is ("republished", "disclosure"), or None."""
    if len(text) > _DISCLOSURE_CHARS:
        return None
    opener = _opener(text)
    if opener in _REPUBLISHED_OPENERS and REPUBLISHED.match(text):
        return "republished"
    # The disclosure opens the paragraph: its first sentence says it ("As a recurring feature, our
    # team combs the Web… Mental Floss has affiliate relationships…" is the list's introduction).
    lowered = text[:_FIRST_SENTENCE_CHARS].lower()  # the commission is named in the first sentence
    if any(map(lowered.__contains__, _COMMISSION_NEEDLES)):  # most paragraphs name none (a search is ~0.2 ms)
        opening = _FIRST_SENTENCE.match(text)
        first = opening.group(0) if opening is not None else text
        if _COMMISSION.search(first) and _OURS.search(text) and _EARNS.search(text):
            return "disclosure"
    if len(text) <= _SIGNUP_CHARS and opener in _SIGNUP_OPENERS and SIGNUP_ASK.match(text) \
            and SIGNUP_OBJECT.search(text):
        return "newsletter"
    return None


def _opener(text: str) -> str:
    """The paragraph's first word, lower case, without the marks before it."""
    words = text.lstrip(" *-–—\"“„«»'‘(").split(None, 1)
    return words[0].lower() if words else ""


# The first words REPUBLISHED and SIGNUP_ASK open with: most paragraphs open otherwise, and each
# match is ~5-10 µs.
_REPUBLISHED_OPENERS = frozenset({
    "this", "a", "an", "originally", "first", "dieser", "der", "cet", "este", "el", "o", "questo", "dit", "artykuł",
    "статья", "статьи"})
_SIGNUP_OPENERS = frozenset({
    "sign", "subscribe", "register", "opt", "join", "get", "jetzt", "abonnieren", "melden", "abonniere", "melde",
    "inscrivez-vous", "abonnez-vous", "inscris-toi", "abonne-toi", "suscríbete", "suscribete", "suscríbase",
    "suscribase", "regístrate", "registrate", "inscríbete", "inscribete", "assine", "inscreva-se", "cadastre-se",
    "iscriviti", "schrijf", "abonneer", "meld", "zapisz", "подпишитесь"})


# The publisher's ask to subscribe, opening a short paragraph: "Sign up for our free newsletter",
# "Subscribe to our show on Apple Podcasts", "Get our morning briefing in your inbox", "Join our
# mailing list", "Abonnieren Sie unseren Newsletter", "Melden Sie sich für unseren Newsletter an",
# "Inscrivez-vous à notre newsletter", "Abonnez-vous à notre lettre", "Suscríbete a nuestro
# boletín", "Assine a nossa newsletter", "Inscreva-se na newsletter", "Iscriviti alla nostra
# newsletter", "Schrijf je in voor onze nieuwsbrief", "Zapisz się do naszego newslettera",
# "Подпишитесь на нашу рассылку".
SIGNUP_ASK = LazyPattern(
    r"^\W*(?:(?:sign up|subscribe|register|opt in|join)(?: now| today| here)?(?: for| to)? (?:our|the \w+(?:'s)?|my)"
    r"|get (?:our|the \w+(?:'s)?) (?:free |daily |weekly |morning |evening )*(?:newsletter|briefing|digest|email)"
    r"|(?:jetzt )?(?:abonnieren sie|melden sie sich|abonniere|melde dich)(?: jetzt| hier| kostenlos)* (?:unseren|den|für unseren|zu unserem|zum)"
    r"|(?:inscrivez-vous|abonnez-vous|inscris-toi|abonne-toi) (?:à|a|gratuitement à) (?:notre|la|nos)"
    r"|(?:suscr[íi]bete|suscr[íi]base|reg[íi]strate|inscr[íi]bete) (?:a|en|gratis a) (?:nuestr[oa]s?|la|el)"
    r"|(?:assine|inscreva-se|cadastre-se) (?:a |na |no |em )?(?:nossa|nosso|a|o)|iscriviti (?:alla|alle|a|gratis alla) (?:nostra|newsletter)"
    r"|(?:schrijf je in|abonneer je|meld je aan) (?:voor|op) (?:onze|de|ons)|zapisz się (?:do|na) (?:nasz|newsletter)"
    r"|подпишитесь на (?:нашу|наш|рассылку))", re.I)
_SIGNUP_CHARS = 200
# What a publisher's ask signs the reader up for: its newsletter, briefing, podcast or show, alerts
# ("Sign up for the city's free bike training" is the story's advice).
SIGNUP_OBJECT = LazyPattern(
    r"newsletter|briefing|digest|inbox|e-?mail|mailing list|podcast|\bshow\b|bulletin|alerts|nieuwsbrief|bolet[íi]n"
    r"|lettre|infolettre|rassegna|рассылк|newsletters?|notifica|benachrichtigung|postfach|courriel|correo|caixa de entrada",
    re.I)


# What a disclosure says the links do: earn, receive, get paid, a commission or a share.
_EARNS = LazyPattern(
    r"earn|receive|get (?:paid|a)|paid|commission|erhalten|verdienen|bekommen|percev|touch|reçoi|recib|gan(?:ar|amos)"
    r"|receb|ganh|ricev|guadagn|ontvang|verdien|otrzym|zarabi|получ", re.I)
