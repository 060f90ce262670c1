"""Widgets of vendors and CMS templates set inside an article's body (tests/widgetkit.py):
shopping showcases and their partners' logos, recommendation feeds, players and their
posters, appeals to give or subscribe, sign-up boxes, app badges, follow boxes, comment
threads, consent placeholders, author cards, ad slots.

On each page (a) no error lands on the widget: every error is one of the story's own
two defects, (b) those two defects are still reported, (c) the story's text and link
are all read. And the story's own parts that look like widgets keep their defects."""

from __future__ import annotations

import pytest

import widgetkit as kit
from auditor.api import audit

STORY_DEFECTS = (kit.STORY_PHOTO_NO_ALT, kit.STORY_PHOTO_LINKED)


def _places(finding) -> list[str]:
    """The excerpt of a finding and of every place grouped under it."""
    return [finding.excerpt or ""] + [r.excerpt or "" for r in finding.related or ()]


def _audit(html: str, name: str):
    result = audit(html.encode(), name)
    assert result.error is None and result.document is not None
    return result


PLACED = [(w, where) for w in kit.WIDGETS for where in w.places]


@pytest.mark.parametrize("widget,where", PLACED, ids=[f"{w.name}-{where}" for w, where in PLACED])
def test_no_error_lands_on_the_widget(widget, where):
    result = _audit(kit.page(widget.html, where), f"{widget.name}-{where}.html")
    found = set()
    for f in result.findings:
        if f.level != "error":
            continue
        for place in _places(f):
            assert any(d in place for d in STORY_DEFECTS), f"{widget.note}: {f.rule} on {place}"
            found.add(f.rule)
    assert found == {"IM001", "LK016"}, f"{widget.note}: the story's own defects went unreported ({found})"
    doc = result.document
    text = " ".join(p.text for p in doc.paragraphs)
    for para in kit._PARAS:
        assert para.split("<a")[0][:60] in text, f"{widget.note}: paragraph lost"
    assert any(link.href == kit.STORY_LINK for link in doc.links), f"{widget.note}: the story's link lost"


@pytest.mark.parametrize("look", kit.LOOKALIKES, ids=[x.name for x in kit.LOOKALIKES])
def test_the_storys_lookalikes_keep_their_defects(look):
    result = _audit(kit.page(look.html), f"story-{look.name}.html")
    missing = [place for f in result.findings if f.rule == "IM001" for place in _places(f)]
    assert any(look.picture in place for place in missing), f"{look.note}: its picture without alt went unreported"
    assert any(kit.STORY_PHOTO_NO_ALT in place for place in missing)


def test_a_deal_pages_retailer_badges_go_and_its_products_stay():
    """bgr's Black Friday deals: each product card carries the retailer's membership logo
    (a link to its free trial, no alt): the advertiser's, dropped; the products' own
    pictures (no alt either) are the story's and stay reported."""
    from chromekit import corpus

    doc = corpus("corpus", "bgr-10-black-friday-apple-deals")
    srcs = [i.src or "" for i in doc.images]
    assert not any("amazon-prime" in s for s in srcs)
    assert sum("images-na.ssl-images-amazon.com" in s for s in srcs) >= 10
    assert not any("tryprimefree" in (link.href or "") for link in doc.links)


@pytest.mark.parametrize("widget", kit.HEAVY_WIDGETS, ids=[w.name for w in kit.HEAVY_WIDGETS])
def test_a_widget_kept_for_its_text_loses_its_picture(widget):
    result = _audit(kit.short_page(widget.html), f"{widget.name}.html")
    places = [place for f in result.findings if f.level == "error" for place in _places(f)]
    assert places and all(kit.STORY_PHOTO_NO_ALT in p for p in places), f"{widget.note}: {places}"


def test_consent_message_prefilter_answers_as_the_patterns_do():
    """_consent_message skips the consent and cookie searches on texts lacking their
    words: each alternative of the patterns, in any case, must still match."""
    from auditor.sources import chrome_vocabulary as vocab
    from auditor.sources.widgets import _consent_message

    texts = ["Externer Inhalt", "externen Inhalt", "Externe Inhalt", "External content", "Contenu externe",
             "Contenido externo", "Contenuto esterno", "Conteúdo externo", "Externe inhoud", "Inhalte laden",
             "Inhalt anzeigen", "Inhalte entsperren", "Load the video", "Load content", "Load embed", "Load post",
             "Ich bin damit einverstanden, dass", "I agree, that", "J'accepte, que", "J’accepte, que",
             "Acepto, que", "Accetto, che", "Charger le contenu", "Cargar el contenido", "Cargar contenido",
             "Carica il contenuto", "We use cookies", "This website uses cookies", "Wir nutzen Cookies",
             "Nous utilisons des cookies", "Utilizziamo i cookie", "Мы используем файлы cookie",
             "Używamy plików cookie", "A photo of a cat", "Loading", "Download the app", "Cookie recipes",
             # non-ASCII texts, and letters re.I takes for ASCII ones: dotted İ and dotless ı for "i",
             # long ſ for "s", the Kelvin sign for "k"
             "Bu içeriği görmek için çerezleri kabul edin", "このコンテンツを見るにはクッキーを許可してください",
             "이 콘텐츠를 보려면 쿠키를 허용하세요",
             "Aby zobaczyć tę treść, zaakceptuj pliki cookie", "Externer İnhalt", "EXTERNER İNHALT", "Externer ınhalt",
             "We uſe cookies", "We use coo\u212aies", "Ich bin damit einverſtanden, dass", "Ladeſ Bild: Ünser İnhalt",
             "Café, crème brûlée", "Photo : Hélène Dupont"]
    for text in texts + [t.upper() for t in texts] + [f"Photo: {t.lower()} here" for t in texts]:
        expected = vocab.CONSENT_MESSAGE.search(text) or vocab.COOKIE_MESSAGE.search(text)
        found = _consent_message(text)
        assert (found and found.group(0)) == (expected and expected.group(0)), text


def test_a_buttons_names_are_split_only_when_the_icon_hint_finds_a_word_asked_about():
    # mark_button splits a control's class/id into words only when _ICON_HINT finds
    # "play", "close" or "dismiss" in them: every word it asks about must hold one.
    from auditor.sources import chrome_vocabulary as vocab
    from auditor.sources.widgets import _ICON_HINT

    for word in vocab.PLAY_ICON_WORDS | {"close", "dismiss"}:
        assert _ICON_HINT.search(word), word
