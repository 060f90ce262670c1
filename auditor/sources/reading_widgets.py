"""Widgets that show a live reading beside a small picture: a weather box (a condition's icon
beside "18°C"), a live score (two clubs' crests around "2 - 1"), a market ticker (a company's
logo or an arrow beside "+0.8 %"). Sites set them by a story from a feed; their pictures are the
feed's icons, never the story's (tests/test_errors_unseen7.py).

Told by what they show, not by a vendor's class: a box of few words, no prose, no heading, no
caption, whose words hold a reading, and whose pictures are each an icon (declared small, or
named for a weather condition, a crest, a logo, an arrow). A story's photo is large or
captioned, and sits by prose.
"""

from __future__ import annotations

import re

from auditor.sources.chrome_facts import (EMBEDS, FIGCAPTIONS, FORMS, HEADINGS, LINKS, Element, Facts, Verdict,
                                          _holds_prose, captioned, picture_address, word_set)
from auditor.text.lazyre import LazyPattern

# A widget's box says little: a city and its temperature, two clubs and a score, a few quotes.
_READING_TEXT = 160
# How far up from a picture its widget's box is looked for (a crest's cell, the match's row).
_DEPTH = 3
# The most an icon declares on a side (a crest, a weather symbol, a ticker's logo).
_ICON_SIDE = 100

# A temperature ("18°C", "-3 °F", "18°", "21℃"), a score between two sides ("2 - 1", "2:1", "3–0"),
# a market's change ("+0,8 %", "−1.25%", "▲ 0.4%").
_TEMPERATURE = LazyPattern(r"-?\d{1,3}(?:[.,]\d)?\s?(?:°\s?[CFcf]?|℃|℉)")
_SCORE = LazyPattern(r"(?<![\d.:/-])\d{1,3}\s?[-:–]\s?\d{1,3}(?![\d.:/-])")
_CHANGE = LazyPattern(r"(?:[+−-]|[▲▼△▽]\s?)\d{1,4}(?:[.,]\d{1,3})?\s?%")
# What a live score's box says beside the score: a match's state in the languages of sport pages.
_MATCH_STATE = LazyPattern(r"\b(?:vs?|ft|ht|final|full[- ]time|half[- ]time|live|en vivo|en directo|ao vivo|finalizado"
                           r"|terminado|fin|mi-temps|endstand|halbzeit|abpfiff|live-ticker|fine|finale|intervallo"
                           r"|einde|rust|koniec|przerwa|maç sonu|devre arası|canlı|kết thúc|trực tiếp|berakhir"
                           r"|babak|матч|завершен|перерыв)\b|\d{1,3}['’]|終了|試合|경기 종료|종료|完场|結束|انتهت|مباشر",
                           re.I)
# Files and classes of a feed's icons: weather conditions (OpenWeatherMap's "10d.png", "partly-cloudy.svg",
# "wsymbol_0002_sunny_intervals.png") and their folders in several languages; clubs' crests, logos,
# flags; a ticker's arrows.
_WEATHER_ICON = LazyPattern(r"(?:^|/)\d{2}[dn](?:@\dx)?\.(?:png|svg|gif|webp)$|(?<![a-z])(?:weather|wetter|meteo|tiempo"
                            r"|clima|tempo|hava|cuaca|pogoda|погод|wx|sunny|sun|cloudy|clouds?|rain|showers?|snow|storm"
                            r"|thunder\w*|drizzle|overcast|fog|mist|clear[-_]?(?:day|night|sky)|wsymbol)(?![a-z])|天気|날씨|天气",
                            re.I)
_CREST_ICON = LazyPattern(r"(?<![a-z])(?:crests?|logos?|badges?|emblems?|escudos?|wappen|stemma|embleem|flags?|bandera"
                          r"|flagge|drapeau|bandiera|teams?|clubs?|equipos?|icons?|arrows?|trend|up|down)(?![a-z])", re.I)


def reading_icon(el: Element, facts: Facts) -> bool:
    """True when picture ``el`` (no alt, uncaptioned) is a feed's icon in a reading widget
    (see the module docstring)."""
    if captioned(el):
        return False
    box = el.getparent()
    for _ in range(_DEPTH):
        while box is not None and box.tag in ("span", "picture", "source", "noscript", "i", "b", "strong") \
                or box is not None and box.tag == "a" and not facts.text.get(box, 0):
            box = box.getparent()  # a link holding only the icon is no box; one holding the reading is
        if box is None or box.tag in ("body", "article", "main"):
            return False
        size = facts.text.get(box, 0)
        if size > _READING_TEXT:
            return False
        if size:
            kind = _reading(box)
            if kind:
                key = ("reading", box)
                if key not in facts.boxes:  # once per box, before its first icon goes
                    facts.boxes[key] = _WIDGET if _widget_box(box, facts, kind) else None
                return facts.boxes[key] is _WIDGET
        box = box.getparent()
    return False


_WIDGET = Verdict("promo", "")
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")  # facts.boxes' note on a reading widget's box


def _reading(box: Element) -> str:
    """The kind of reading ``box``'s words show: "weather", "score", "market", or ""."""
    text = " ".join(" ".join(box.itertext()).split())  # a span's words apart from the next span's
    if _TEMPERATURE.search(text):
        return "weather"
    if _CHANGE.search(text):
        return "market"
    if _SCORE.search(text) and _MATCH_STATE.search(text):
        return "score"
    return ""


def _widget_box(box: Element, facts: Facts, kind: str) -> bool:
    """True when ``box`` is a reading widget of ``kind``: no prose, heading or caption, and
    each of its one to four pictures an icon of that kind."""
    if _holds_prose(box, facts, 1) or facts.holds(box, FIGCAPTIONS) \
            or facts.holds(box, HEADINGS) and any((h.text_content() or "").strip() for h in box.iter(*_HEADING_TAGS)):
        return False  # an empty heading is the widget's title slot, left unfilled
    pictures = list(box.iter("img", "amp-img"))
    if not 0 < len(pictures) <= 4 or kind == "score" and len(pictures) < 2:
        return False  # a score's box shows both sides' crests
    return all(_icon(img, box, kind) for img in pictures)


def _icon(img: Element, box: Element, kind: str) -> bool:
    sides = [img.get("width") or "", img.get("height") or ""]
    if any(side.strip().isdecimal() and int(side) > _ICON_SIDE for side in sides):
        return False
    if all(side.strip().isdecimal() for side in sides):
        return True
    pattern = _WEATHER_ICON if kind == "weather" else _CREST_ICON
    address = picture_address(img).split("?", 1)[0]
    return any(pattern.search(named) for named in (address, img.get("class") or "", " ".join(word_set(box))) if named)


# Pictures a widget shows as icons: a weather condition's, a rating's stars, a crest, an arrow.
_RATING_ICON = LazyPattern(r"(?<![a-z])(?:stars?|rating|ratings|estrellas?|sterne?|[ée]toiles?|stelle|sterren)(?![a-z])",
                           re.I)
# A widget's list of links: at least two, and all but a few of its characters theirs.
_LIST_LINKS = 2
_LINKS_SHARE = 0.9


def empty_title_slot(heading: Element, facts: Facts) -> Verdict | None:
    """An empty heading (no words, picture or name: its template's title slot left unfilled)
    in a small box, a few levels up, without prose, that holds a widget's content: a reading
    (a temperature, a score, a market's change, a poll's shares, a countdown, a quiz's step), only icons (pictures declared small or named
    for a weather condition, a rating's stars, a crest; an icon font's empty <i>), a form (a
    sign-up, a poll), a player's frame or a close button (widgets.BUTTON_MARK), or only links
    (a sidebar's list, share buttons, a table of contents). An editor's empty heading sits
    among the story's paragraphs, over its photo or its prose: HD003 reports it."""
    from auditor.sources.widgets import BUTTON_MARK

    if facts.holds(heading, EMBEDS) or heading.get("aria-label") or heading.get("title"):
        return None
    box = heading.getparent()
    for _ in range(_DEPTH):
        if box is None or box.tag in ("body", "article", "main", "html") or facts.text.get(box, 0) > _READING_TEXT \
                or _holds_prose(box, facts, 1):
            return None
        if facts.holds(box, FORMS) or box.get(BUTTON_MARK):
            return _TITLE_SLOT
        if facts.text.get(box, 0) and (_reading(box) or _tally(box)):
            return _TITLE_SLOT
        pictures = list(box.iter("img", "amp-img"))
        if pictures and all(_icon_picture(p) for p in pictures) or not pictures and _icon_font(box) \
                or _link_list(box, facts):
            return _TITLE_SLOT
        box = box.getparent()
    return None


# What a poll's, a countdown's or a quiz's box shows under its title slot (WP-Polls' and Crowdsignal's
# results "Yes 62% … 1,204 votes"; countdown plugins' "12 days 04 hours 33 min" or "12 : 04 : 33";
# quiz plugins' "Question 1 of 5"), in the languages of their translations.
_PERCENT = LazyPattern(r"\d{1,3}(?:[.,]\d{1,2})?\s?%")
_COUNTDOWN_UNIT = LazyPattern(r"(?<![^\W\d_])(?:days?|hours?|hrs?|mins?|minutes?|secs?|seconds?|tage?|stunden?|std"
                              r"|minuten?|sekunden?|jours?|heures?|secondes?|d[ií]as?|horas?|minutos?|segundos?|giorni"
                              r"|ore|minuti|secondi|dagen|uren|minuten|seconden|dni|godzin\w*|minut\w*|sekund\w*|gün"
                              r"|saat|dakika|saniye|hari|jam|menit|detik|дн\w*|час\w*|минут\w*|секунд\w*)(?![^\W\d_])"
                              r"|[日時分秒天]|시간|분|초", re.I)
_CLOCK_RUN = LazyPattern(r"\d{1,3}\s?:\s?\d{2}\s?:\s?\d{2}")
_QUIZ_STEP = LazyPattern(r"(?<![^\W\d_])(?:question|frage|pregunta|pergunta|domanda|vraag|pytanie|soru|câu hỏi"
                         r"|pertanyaan|вопрос|step|schritt|paso|passo|étape|etap|adım|bước|langkah|шаг|stap)"
                         r"\s*\d{1,3}\s*(?:of|von|de|di|van|z|/|из|dari|trên|sur|su)\s*\d{1,3}", re.I)
# A review box's verdict under its title slot: "8.5/10", "4.5 out of 5", "4 von 5", "17 sur 20".
_SCORE_OF = LazyPattern(r"(?<![\d.,])\d{1,3}(?:[.,]\d)?\s*(?:/|out of|von|sur|de|su|z|из|üzerinden|dari)\s*"
                        r"(?:5|10|20|100)(?![\d.,])", re.I)
_VOTES = LazyPattern(r"\d[\d.,]*\s*(?:votes?|stimmen|votos?|voti|stemmen|głos\w*|oy|suara|голос\w*)(?![^\W\d_])", re.I)
_COUNTDOWN_UNITS = 3


def _tally(box: Element) -> bool:
    """True when ``box``'s words are a poll's results (two shares or more, or a count of votes),
    a countdown (three units or a running clock), a quiz's or a form's step ("Question 1 of 5",
    "Step 2/6") or a review's score ("8.5/10")."""
    text = " ".join(" ".join(box.itertext()).split())
    if len(_PERCENT.findall(text)) >= 2 or _VOTES.search(text) or _QUIZ_STEP.search(text) or _CLOCK_RUN.search(text) \
            or _SCORE_OF.search(text):
        return True
    return sum(1 for m in _COUNTDOWN_UNIT.finditer(text) if text[:m.start()].rstrip()[-1:].isdigit()) >= _COUNTDOWN_UNITS


_TITLE_SLOT = Verdict("promo", "an empty heading in a small box of a widget's content (a reading, icons, a form, a "
                               "player, links): its template's title slot, left unfilled")


def _icon_picture(picture: Element) -> bool:
    sides = [picture.get("width") or "", picture.get("height") or ""]
    if all(side.strip().isdecimal() for side in sides):
        return all(int(side) <= _ICON_SIDE for side in sides)
    address = picture_address(picture).split("?", 1)[0].rsplit("/", 1)[-1]
    return bool(_WEATHER_ICON.search(address) or _RATING_ICON.search(address))


def _icon_font(box: Element) -> bool:
    """An icon font's glyph: an <i> with a class and no words ("<i class='fa fa-sun'>")."""
    return any(i.get("class") and not (i.text_content() or "").strip() for i in box.iter("i"))


def _link_list(box: Element, facts: Facts) -> bool:
    """True when ``box``'s words are those of two or more links, each to the site's own pages,
    to a part of the page or to a network's share endpoint (a sidebar widget's list, a table of
    contents, share buttons under an unfilled title). An editor's list of sources links elsewhere."""
    from auditor.sources import chrome_vocabulary as vocab
    from auditor.sources.widgets import own_site

    text = facts.text.get(box, 0)
    if facts.holds(box, LINKS) < _LIST_LINKS or not text or facts.link_text.get(box, 0) < _LINKS_SHARE * text:
        return False
    for link in box.iter("a"):
        href = (link.get("href") or "").strip()
        if not (href.startswith("#") or own_site(href, facts.site_host) or vocab.SHARE_HREF.search(href)):
            return False
    return True
