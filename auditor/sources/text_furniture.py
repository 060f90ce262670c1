"""Site furniture set as text between the story's paragraphs: a line that is only a label and
a link to another story ("Read also: <a>…</a>", the label inside the link or before it, in a
paragraph or a small heading), a media teaser ("VIDEO: <a>…</a>"), an ad slot's lone label
("Advertisement", "Anzeige") or its "story continues below" line, an ask to follow the
publisher's channel or join its newsletter, and a newsletter box whose button is a link.

Newsrooms' CMSs insert these mid-story (WordPress "inline related posts" plugins, Brazilian
and Indonesian newsrooms' "LEIA TAMBÉM" / "Baca juga" lines, Google Publisher Tag slots with
an "Advertisement" label, "Follow us on Google News" lines Google's Publisher Center suggests):
their words are not the story's, so word counts, readability and item lengths must not read
them. Each rule is told by structure (the paragraph is a label plus one link; its link leads
to a channel or a sign-up page) and words in many languages, never a site's class name.
"""

from __future__ import annotations

import re

from auditor.sources import chrome_vocabulary as vocab
from auditor.sources.chrome_facts import HEADING_TAGS, IMAGES, Element, Facts, Verdict
from auditor.sources.widgets import own_site
from auditor.text.lazyre import LazyPattern

# A line of furniture is short: a label and a headline, an ask and its link.
_LINE_CHARS = 300
# An ad slot's label and its "continues below" line.
_AD_LINE_CHARS = 80
# What sets a label off from the link's headline: "Read also: …", "VIDEO | …", "LEIA TAMBÉM – …".
_SEPARATORS = ":|–—-»›>•►▶→"
# Tags a line of furniture is set in.
_LINE_TAGS = frozenset({"p", "div", "span", "li", "section", "aside", "strong", "em", "b", "i"}) | HEADING_TAGS

# The line an ad slot leaves in the story: "Story continues below advertisement", "Article
# continues below", "Weiterlesen nach der Anzeige", "Artikel wird unter der Anzeige
# fortgesetzt", "La suite après la publicité", "Continúa después de la publicidad", "Continua
# após a publicidade", "Continua dopo la pubblicità", "Lees verder na de advertentie", "Dalsza
# część artykułu pod reklamą", "Продолжение после рекламы", "Haberin devamı reklamdan sonra",
# "Lanjutan artikel di bawah iklan", "Berita berlanjut setelah iklan", "Pokračování pod reklamou".
AD_CONTINUES = LazyPattern(
    r"^\W*(?:(?:the )?(?:story|article|text|content|post) continues (?:below|after)(?: (?:this |the )?(?:ad|advertisement))?"
    r"|continue reading (?:below|after)(?: the| this)? ?(?:ad(?:vertisement)?)?|advertisement[\s:–-]+(?:continue|scroll)[\w\s]*"
    r"|scroll (?:down )?to continue(?: with content)?|weiterlesen nach der anzeige|(?:der )?artikel (?:wird )?(?:unter|nach) der"
    r" (?:anzeige|werbung) (?:fortgesetzt|weiter)|la suite (?:après|de l['’]article après) (?:la|cette) publicit[ée]"
    r"|contin[úu]a (?:leyendo )?(?:despu[ée]s|debajo|tras) (?:de )?(?:la|el|del) (?:publicidad|anuncio)"
    r"|(?:a )?(?:mat[ée]ria|not[íi]cia|texto) continua (?:ap[óo]s|depois d[ao]) (?:a )?publicidade"
    r"|continua (?:ap[óo]s|depois d[ao]) (?:a )?publicidade|continua (?:a leggere )?dopo (?:la )?pubblicit[àa]"
    r"|(?:lees|tekst gaat) verder (?:na|onder) de advertentie|dalsza część (?:artykułu|tekstu) (?:pod|po) reklam\w*"
    r"|продолжение (?:статьи |материала )?(?:после|под) реклам\w*|haberin devamı reklamdan sonra|reklamdan sonra devam"
    r"|(?:lanjutan|berita|artikel) (?:artikel )?(?:di bawah|setelah) iklan|pokračování (?:článku )?(?:pod|po) reklam\w*"
    r"|cikk folytatása a hirdetés után|artikeln fortsätter (?:under|efter) annonsen|artikkelen fortsetter (?:under|etter)"
    r" annonsen)\W*$", re.I)

# The label of a media teaser: "VIDEO:", "WATCH:", "PHOTOS:", "GALLERY:", "LISTEN:",
# "PODCAST:", "Vídeo:", "Bildergalerie:", "Fotogalería:", "Galeria:", "Видео:", "Фото:",
# "视频：", "動画：", "영상:", "فيديو:", "वीडियो:", "Xem video:".
MEDIA_LABEL = LazyPattern(
    r"^\W*(?:(?:watch|listen|see)(?: now| more| the video| the photos)?|videos?|photos?|pictures|gallery|photo gallery"
    r"|podcast|audio|v[íi]deos?|vid[ée]os?|fotos?|bilder(?:galerie|strecke)?|galerie|galer[íi]a|fotogaler[íi]a"
    r"|fotogalerie|galleria|fotogallery|guarda|assista|mira|regarder|regardez|schauen sie|ansehen|zobacz wideo|wideo"
    r"|видео|фото(?:галерея)?|смотрите|視頻|视频|動画|影片|영상|동영상|فيديو|صور|वीडियो|xem video|izle|galeri)\s*$", re.I)

# A bare word that is a label only when a separator sets it off before a link to another page
# of the site: "MORE: <a>…</a>", "Más:", "Mehr:", "Więcej:", "Ещё:", "Suggested:", "Okuyun:".
MORE_LABEL = LazyPattern(
    r"^(?:more|also|suggested|recommended|m[áa]s|mais|mehr|plus|pi[ùu]|meer|więcej|ещ[её]|още|také|még|mer|myös"
    r"|okuyun|oku|baca|lihat|xem|もっと見る|더보기|更多"
    # "Read:" itself (The Washington Post's bracketed "[Read: …]" line), "Lesen:", "Lire :", "Leia:"
    r"|read|lesen|lire|leer|leia|leggi|lees|czytaj|читайте|читать|čtěte|olvasd|läs|les|læs|lue|citește)$", re.I)

# A sign-up line's label: "Sign up:", "Newsletter:", "Subscribe:", "Abonnieren:", "Inscrivez-vous :".
SIGNUP_LABEL = LazyPattern(
    r"^(?:sign up|subscribe|newsletters?|abonnieren|newsletter abonnieren|inscrivez-vous|s['’]inscrire|suscr[íi]bete"
    r"|assine|inscreva-se|iscriviti|zapisz się|подпишитесь|abone ol|berlangganan|đăng ký)$", re.I)
# A reading-time line: "Reading time: 4 minutes", "4 min read", "Lesezeit: 3 Min.", "Temps de lecture : 5 min",
# "Tiempo de lectura: 3 minutos", "Tempo de leitura: 1 minuto", "Tempo di lettura: 4 minuti", "Leestijd: 3
# minuten", "Czas czytania: 5 min", "Время чтения: 5 минут", "Okuma süresi: 3 dakika", "Waktu baca: 2 menit",
# "Thời gian đọc: 3 phút", "読了時間：約3分", "阅读时间：5分钟", "읽는 시간: 3분".
READING_TIME = LazyPattern(
    r"^\W*(?:(?:estimated )?reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura"
    r"|tempo di lettura|leestijd|czas czytania|время чтения|okuma süresi|waktu baca|lama membaca|thời gian đọc|読了時間"
    r"|阅读时间|閱讀時間|읽는 시간|زمن القراءة|وقت القراءة|पढ़ने का समय)\s*[:：]?\s*(?:ca\.|approx\.|约|約)?\s*\d+(?:[-–]\d+)?\s*\w*\.?\W*$"
    r"|^\W*\d+(?:[-–]\d+)?\s*(?:min(?:ute)?s?|minuten?|minutos?|minuti)\.?\s+(?:read|de lectura|de leitura|di lettura"
    r"|lesezeit|lezen|leestijd)\W*$", re.I)

# The label of a toggle that shows a video's or a podcast's transcript: "Show transcript",
# "Read the full transcript", "Video transcript", "Transkript anzeigen", "Transcription de la
# vidéo", "Ver transcripción", "Mostrar transcrição", "Trascrizione", "Transcriptie",
# "Transkrypcja", "Přepis videa", "Расшифровка", "Стенограмма", "Transkrip", "Dökümü göster",
# "文字起こし", "文字稿", "逐字稿", "스크립트", "النص الكامل", "ट्रांसक्रिप्ट".
TRANSCRIPT_LABEL = LazyPattern(
    r"transcri(?:pt|ption|pci[óo]n|[çc][ãa]o|zione|ptie|pció)s?\b|transkri(?:pt|ption|pce|p)\w*|transkrypcj\w*|trascrizione"
    r"|přepis|prepis|расшифровк|стенограмм|транскрипт|text (?:of|zum) (?:the )?(?:video|audio|podcast)"
    r"|texto (?:del|do) (?:v[íi]deo|audio|áudio|podcast)|döküm|文字起こし|書き起こし|文字稿|逐字稿|文字版|全文文字"
    r"|스크립트|대본|النص الكامل|نص (?:الفيديو|الحلقة)|ट्रांसक्रिप्ट", re.I)
# A transcript goes when the story outside it stands alone: on a page that is the
# transcript (a podcast's episode page) it is the text. As a comment thread's rule.
_STORY_OUTSIDE_TRANSCRIPT = 1000
# A toggle's label is a few words: "Read the full transcript of the interview".
_TOGGLE_LABEL_CHARS = 60
_TOGGLE_LABEL_WORDS = 8
# The mark drop_invisible leaves on the panel a transcript's button shows, before the button goes.
TRANSCRIPT_MARK = "data-auditor-transcript"

# A line naming a tool of the page that a script or a widget beside it serves, left in the
# story's text when the widget is gone: share it ("Share this article", "Diesen Artikel
# teilen", "Partager cet article", "Compartir este artículo", "Condividi questo articolo",
# "Deel dit artikel", "Udostępnij artykuł", "Поделиться статьей"), listen to it, with its
# running time ("Listen to this article 5 min", "Artikel anhören", "Écouter cet article",
# "Escuchar este artículo", "Ouvir esta notícia", "Ascolta l'articolo", "Posłuchaj artykułu",
# "Слушать статью"), or go to a recipe's card ("Jump to Recipe", "Print Recipe", "Zum Rezept",
# "Aller à la recette", "Ir a la receta", "Ir para a receita", "Vai alla ricetta").
TOOL_LINE = LazyPattern(
    r"^\W*(?:share (?:this|the) (?:article|story|post|page)|(?:diesen )?artikel teilen|partager (?:cet |l['’])article"
    r"|compartir (?:este |el )?art[íi]culo|compartilh(?:e|ar) (?:este|esta|o|a) (?:artigo|mat[ée]ria|not[íi]cia)"
    r"|condividi (?:questo |l['’])?articolo|deel dit artikel|udostępnij (?:ten )?artykuł|поделиться (?:этой )?статьей"
    r"|listen to (?:this|the) (?:article|story|post)|(?:artikel|beitrag) (?:anhören|vorlesen)|[ée]couter (?:cet |l['’])article"
    r"|escuchar (?:este |el )?art[íi]culo|ouvir (?:este|esta|o|a) (?:artigo|mat[ée]ria|not[íi]cia)"
    r"|ascolta (?:questo |l['’])?articolo|luister naar (?:dit|het) artikel|posłuchaj (?:tego )?artykułu|слушать статью"
    r"|(?:jump|skip|go) to (?:the )?recipe|print (?:the )?recipe|zum rezept(?: springen)?|rezept drucken"
    r"|aller [àa] la recette|imprimer la recette|ir (?:a|para) (?:la|a) receita|ir a la receta|imprimir (?:la )?receta"
    r"|vai alla ricetta|stampa (?:la )?ricetta|naar het recept|przejdź do przepisu)"
    r"(?:\W*(?:\d+(?:[:.]\d+)?\s*(?:min(?:ute)?s?|minuten?|minutos?|minuti|мин\w*)\.?|audio|\(\d+\W*\d*\)))?\W*$", re.I)
_TOOL_LINE_CHARS = 60
# The first words TOOL_LINE opens with: most short lines open otherwise (a match is ~5 µs).
_TOOL_OPENERS = frozenset({
    "share", "diesen", "artikel", "partager", "compartir", "compartilhe", "compartilhar", "condividi", "deel",
    "udostępnij", "поделиться", "listen", "beitrag", "écouter", "ecouter", "escuchar", "ouvir", "ascolta", "luister",
    "posłuchaj", "слушать", "jump", "skip", "go", "print", "zum", "rezept", "aller", "imprimer", "ir", "imprimir",
    "vai", "stampa", "naar", "przejdź"})


def _first_word(words: str) -> str:
    """The line's first word, lower case, without the marks around it."""
    first = words.split(None, 1)[0] if words else ""
    return first.strip("\"“”„«»'‘’()[]*•·-–—:.,!?►▶→»›").lower()

# Links to a channel only a publisher asks its readers to follow: its Google News
# publication page (Publisher Center's "Follow us on Google News" button), a WhatsApp channel,
# a Telegram channel, Google's "preferred source" link.
CHANNEL_HREF = LazyPattern(
    r"^(?:https?:)?//(?:news\.google\.com/(?:publications|s/|\?.*\bfollow)|(?:www\.)?whatsapp\.com/channel/"
    r"|(?:www\.)?t\.me/|telegram\.me/|google\.com/preferences/source)", re.I)
# The opening of an ask: "Click here to subscribe", "Klicken Sie hier", "Cliquez ici", "Haga clic
# aquí", "Clique aqui", "Clicca qui", "Kliknij tutaj", "Нажмите здесь", "Klik di sini", "Tıklayın".
CLICK_HERE = LazyPattern(
    r"^\W*(?:click here|tap here|klicken sie hier|hier klicken|cliquez ici|haga clic aqu[íi]|pulsa aqu[íi]|clique aqui"
    r"|clicca qui|klik hier|kliknij tutaj|нажмите (?:здесь|сюда)|klik di sini|buraya tıklayın|nhấn vào đây)\b", re.I)


def text_furniture(el: Element, facts: Facts) -> Verdict | None:
    """Why the short line or box ``el`` is the site's furniture set in the story's text,
    or None. Cheap for the story's paragraphs: only short elements are read."""
    if el.tag == "details" or el.get(TRANSCRIPT_MARK) is not None:
        return transcript(el, facts)
    text = facts.text.get(el, 0)
    if el.tag in _TOC_TAGS and text and _mostly_links(text, facts.link_text.get(el, 0)) and contents_list(el):
        return Verdict("nav", "a table of contents: links to places on this page")
    if not 0 < text <= _LINE_CHARS or el.tag not in _LINE_TAGS:
        return None
    links = facts.link_text.get(el, 0)
    if not links:
        return _ad_line(el, facts) if text <= _AD_LINE_CHARS else None
    if text - links <= _LABEL_CHARS + _AFTER_CHARS:
        found = _label_and_link(el, facts, text, links)
        if found is not None:
            return found
    return _ask(el, facts) if text <= _SIGNUP_LINE_CHARS else None


def transcript(el: Element, facts: Facts) -> Verdict | None:
    """A video's or a podcast's transcript behind a toggle: a ``<details>`` whose summary
    names a transcript ("Show transcript"), or the panel a button so labelled shows
    (marked by :func:`mark_transcript_panel`). The spoken words of the clip, open on a
    click: not the story's prose. A FAQ's ``<details>`` (a question over its answer) stays."""
    if el.tag == "details":
        summary = next(el.iter("summary"), None)
        label = " ".join((summary.text_content() or "").split()) if summary is not None else ""
        if not _transcript_label(label):
            return None
    else:
        label = el.get(TRANSCRIPT_MARK) or ""
    total = facts.text.get(facts.nodes[0], 0) if facts.nodes else 0
    outside = total - facts.text.get(el, 0) >= _STORY_OUTSIDE_TRANSCRIPT
    return Verdict("transcript", f"a transcript behind a toggle labelled {label[:30]!r}", sure=outside)


def _transcript_label(label: str) -> bool:
    """A toggle's label naming a transcript: a few words, no question (a FAQ's "Where can I
    read the transcript?" opens its answer)."""
    return 0 < len(label) <= _TOGGLE_LABEL_CHARS and len(label.split()) <= _TOGGLE_LABEL_WORDS \
        and not label.endswith(("?", "？", "؟")) and TRANSCRIPT_LABEL.search(label) is not None


def mark_transcript_panel(button: Element) -> bool:
    """Mark the panel ``button`` shows when it is labelled a transcript ("Show transcript",
    ``aria-controls`` naming the panel, or the box right after it), before the controls go;
    True when it did."""
    label = " ".join((button.text_content() or button.get("aria-label") or "").split())
    if not _transcript_label(label):
        return False
    ref = (button.get("aria-controls") or "").split()
    panel = None
    if ref:
        found = button.getroottree().getroot().xpath("//*[@id=$ref]", ref=ref[0])
        panel = found[0] if found else None
    elif button.get("aria-expanded") is not None:
        panel = button.getnext()
        while panel is not None and not isinstance(panel.tag, str):
            panel = panel.getnext()
    if panel is None or panel.tag in ("body", "article", "main", "html"):
        return False
    panel.set(TRANSCRIPT_MARK, label)
    return True


# A table of contents: a box or list of links, three or more, each to a place on this page
# ("#the-vote"), as Yoast's, Rank Math's and Easy Table of Contents' blocks and editors' hand-made
# lists set them, whatever they are called; its words are the headings' again.
_TOC_TAGS = frozenset({"div", "nav", "ul", "ol", "section", "aside"})
_TOC_LINKS = 3
_TOC_LINK_SHARE = 0.7
_TOC_LABEL_CHARS = 40
# The label over a table of contents: "Table of contents", "Contents", "In this article", "Jump
# to", "Inhaltsverzeichnis", "Inhalt", "Sommaire", "Table des matières", "Índice", "Contenido",
# "Conteúdo", "Indice", "Sommario", "Inhoud", "Inhoudsopgave", "Spis treści", "Obsah",
# "Содержание", "Зміст", "İçindekiler", "Daftar isi", "Mục lục", "目次", "目录", "目錄", "목차",
# "المحتويات", "विषय सूची".
TOC_LABEL = LazyPattern(
    r"^\W*(?:(?:table of )?contents|in this (?:article|post|guide|story)|jump to(?: section)?|on this page"
    r"|inhaltsverzeichnis|inhalt|inhalte|sommaire|table des matières|[íi]ndice|contenidos?|conte[úu]do|sommario"
    r"|inhoud(?:sopgave)?|spis treści|obsah|содержание|зміст|i̇çindekiler|içindekiler|daftar isi|mục lục"
    r"|目次|目录|目錄|목차|المحتويات|فهرس المحتويات|विषय सूची)\W*$", re.I)

# The first words TOC_LABEL opens with.
_TOC_OPENERS = frozenset({
    "table", "contents", "in", "jump", "on", "inhaltsverzeichnis", "inhalt", "inhalte", "sommaire", "índice", "indice",
    "contenido", "contenidos", "conteúdo", "conteudo", "sommario", "inhoud", "inhoudsopgave", "spis", "obsah",
    "содержание", "зміст", "içindekiler", "i̇çindekiler", "daftar", "mục", "目次", "目录", "目錄", "목차", "المحتويات",
    "فهرس", "विषय"})


def _mostly_links(text: int, links: int) -> bool:
    """Links and at most a label besides them ("Table of contents", a theme's own title)."""
    return links >= _TOC_LINK_SHARE * text or text - links <= _TOC_LABEL_CHARS


def contents_list(el: Element) -> bool:
    """Whether ``el`` holds three or more links and every one leads to a place on this
    page ("#…"): a table of contents."""
    found = 0
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if len(href) < 2 or href[0] != "#":
            return False
        found += 1
    return found >= _TOC_LINKS


def _ad_line(el: Element, facts: Facts) -> Verdict | None:
    """A line that is an ad slot's label alone, or says the story goes on below the ad; or
    the template's reading-time line."""
    if el.tag == "li" and not _short_list(el):
        return None  # a bullet of a list ("Marketing", "Reklama", "IT"): the list's, maybe an entry
    words = facts.words(el)
    if len(words) <= _TOC_LABEL_CHARS and _first_word(words) in _TOC_OPENERS and TOC_LABEL.match(words):
        after = el.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        if after is not None and after.tag in _TOC_TAGS and contents_list(after):
            return Verdict("nav", f"the label {words[:30]!r} of a table of contents")
    if (len(words) <= _AD_LABEL_CHARS and vocab.AD_LABEL.match(words)) or AD_CONTINUES.match(words):
        return Verdict("ad", f"an ad slot's line {words[:40]!r}")
    if len(words) <= _READING_TIME_CHARS and _DIGIT.search(words) and READING_TIME.match(words):  # "5 min read"
        return Verdict("control", f"a reading-time line {words[:40]!r}")
    if len(words) <= _TOOL_LINE_CHARS and _first_word(words) in _TOOL_OPENERS and TOOL_LINE.match(words):
        return Verdict("control", f"a line naming the page's tool {words[:40]!r}")
    return None


# The longest ad label: "Sponsored content", "Paid partnership", "Advertisement".
_AD_LABEL_CHARS = 30
# A reading-time line: "Estimated reading time: 12 minutes".
_READING_TIME_CHARS = 50
_DIGIT = LazyPattern(r"\d")


# A list of this many items at most may be the template's line of labels (a kicker's
# category link beside "Anzeige"); a longer one is the story's list.
_LABEL_LIST_ITEMS = 3


def _short_list(item: Element) -> bool:
    parent = item.getparent()
    return parent is None or sum(1 for child in parent if child.tag == "li") <= _LABEL_LIST_ITEMS


def _label_and_link(el: Element, facts: Facts, text: int, links: int) -> Verdict | None:
    """A line that is a "related" or media label and one or two links to other stories: the
    label before the link ("Read also: <a>…</a>", a bold "LEIA TAMBÉM" then the link) or
    inside it ("<a>Read also: …</a>"), in a paragraph or a small heading. Nothing follows the
    links but a stop, and a label inside the link is set off by a separator: "Read <a>more
    tips</a>" and "<a>Watch the mayor's speech</a>" are the story's."""
    if facts.holds(el, IMAGES):
        return None  # a picture beside the line: the card rules' (a picture link elsewhere keeps its error)
    anchors = [a for a in el.iter("a") if facts.text.get(a, 0)]
    if not anchors or len(anchors) > 2:
        return None
    before = _text_before(el)
    label = before.strip(_SEPARATORS + " ([")
    if text - links - len("".join(before.split())) > _AFTER_CHARS or len(before) > _LABEL_CHARS:
        return None
    if not label:  # the label inside the link, set off from the headline
        label = _split_label(" ".join((anchors[0].text_content() or "").split()))
        if not label:
            return None
    related = vocab.RELATED_LABEL.match(label)
    if related is not None and related.end() >= len(label):
        return Verdict("related", f"a line labelled {label[:30]!r} over a link")
    # A bare word is a label only when set off (a separator, bold or capitals), before a
    # link to another page of the site: "See <a>the report</a>." is a sentence.
    if not (_set_off(el, before) and all(_site_page(a, facts) for a in anchors)):
        return None
    if MEDIA_LABEL.match(label):
        return Verdict("related", f"a media teaser labelled {label[:30]!r}")
    if MORE_LABEL.match(label):
        return Verdict("related", f"a line labelled {label[:30]!r} over a link to the site's page")
    if SIGNUP_LABEL.match(label):
        return Verdict("newsletter", f"a line labelled {label[:30]!r} over a link to the site's sign-up")
    return None


_EMPHASIS = frozenset({"strong", "b", "em", "i", "span", "mark", "u"})


def _set_off(el: Element, before: str) -> bool:
    """The label before a line's link is set off from it: none (the label is inside the
    link, split at a separator), or it ends with a separator, is in capitals, or is a
    child element of its own ("<strong>LEIA TAMBÉM</strong> <a>…</a>")."""
    label = before.strip()
    if not label or label[-1] in _SEPARATORS or (label.isupper() and len(label) > 2):
        return True
    first = next(iter(el), None)
    return first is not None and not (el.text or "").strip() and first.tag in _EMPHASIS and first.tag != "a"


# What may follow the links of a label-and-link line: a stop, a closing bracket.
_AFTER_CHARS = 3
# A label before the link: "Read also:", "LEIA TAMBÉM", "Das könnte Sie auch interessieren:".
_LABEL_CHARS = 45


def _split_label(words: str) -> str:
    """The label opening a link's words, set off by a separator within the first 40
    characters ("Read also: Fifth Avenue closes" → "Read also"); "" when none."""
    for i, ch in enumerate(words[:40]):
        if ch in _SEPARATORS and (ch not in "-–>" or (i and words[i - 1] == " ")):
            return words[:i].strip(_SEPARATORS + " ([") if words[i + 1:].strip() else ""
    return ""


def _text_before(el: Element) -> str:
    """The words of ``el`` before its first link, spaces collapsed."""
    parts = [el.text or ""]
    for node in el.iterdescendants():
        if node.tag == "a":
            break
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        if node.tail:
            parts.append(node.tail)
        if sum(map(len, parts)) > 80:
            break
    return " ".join(" ".join(parts).split())


def _site_page(link: Element, facts: Facts) -> bool:
    return own_site((link.get("href") or "").strip(), facts.site_host)


def _ask(el: Element, facts: Facts) -> Verdict | None:
    """A line that asks the reader to follow the publisher's channel ("Follow us on Google
    News", "Join our WhatsApp channel") or to subscribe ("Click here to subscribe"), by the
    link it holds: a channel only a publisher asks readers to follow, or the site's own
    sign-up page under sign-up words."""
    if el.tag in HEADING_TAGS:
        return None
    hrefs = [(a.get("href") or "").strip() for a in el.iter("a")]
    channels = [h for h in hrefs if CHANNEL_HREF.match(h)]
    if channels:
        # Only a publisher links its Google News page; a Telegram or WhatsApp channel is
        # the publisher's when the line opens with the ask ("Officials urged residents to
        # follow the council's <a>channel</a>" is the story's).
        words = facts.words(el)
        ask = vocab.CHANNEL_ASK.search(words[:60])
        google = any("news.google." in h for h in channels)
        if ask is not None and (google or (ask.start() <= _ASK_START and len(words) <= _CHANNEL_LINE_CHARS)):
            return Verdict("social", f"an ask to follow the publisher's channel: {words[:40]!r}")
        return None
    if not any(vocab.SIGNUP_HREF.search(h) and own_site(h, facts.site_host) for h in hrefs):
        return None
    words = facts.words(el)
    if CLICK_HERE.match(words) or vocab.SIGNUP_WORDS.search(words[:_ASK_OPENING]) or vocab.APPEAL_HEADLINE.match(words):
        return Verdict("newsletter", f"an ask to sign up, linking the site's sign-up page: {words[:40]!r}")
    return None


# An ask to follow a channel is one short line ("Join our WhatsApp channel for breaking news").
_CHANNEL_LINE_CHARS = 100
# The ask opens the line: its verb within the first few characters ("» Follow us", "Join").
_ASK_START = 3
# Where a sign-up ask's words sit: the line's opening ("Sign up for our newsletter", "Get our
# free newsletter").
_ASK_OPENING = 30
# A sign-up line is a sentence or two.
_SIGNUP_LINE_CHARS = 200
