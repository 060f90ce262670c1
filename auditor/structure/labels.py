"""Labels that tell a listicle's sections apart: the frame around the list (an
introduction, a conclusion, how a guide picked), additions after it ("Bonus", "Update"),
a closing paragraph, slides between entries ("Video: …") and picture captions. Item
detection (:mod:`auditor.structure.listicle`) reads them; they hold no logic.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from auditor.text.lazyre import lazy_pattern

# A FAQ section's numbered questions are not the listicle's items.
FAQ = re.compile(
    r"\bFAQs?\b|frequently asked questions|häufige fragen|häufig gestellte fragen|preguntas frecuentes"
    r"|questions fréquentes|foire aux questions|domande frequenti|perguntas frequentes|veelgestelde vragen"
    r"|często zadawane pytania|vanliga frågor|ofte stillede spørgsmål|ofte stilte spørsmål|často kladené otázky"
    r"|întrebări frecvente|gyakori kérdések|sıkça sorulan sorular|pertanyaan yang sering diajukan"
    r"|câu hỏi thường gặp|часто задаваемые вопросы|поширені запитання", re.I)


# Section headings that frame a list rather than belong to it.
FRAME = lazy_pattern(
    r"^\W*(?:conclusions?|final thoughts?|final words?|the bottom line|bottom line|wrap[- ]?up|in summary|summary"
    r"|key takeaways?|takeaways?|the verdict|verdict|faqs?|frequently asked questions|sources|references"
    r"|introduction|intro|overview|about the author|comments?|share this|sign up|newsletter"
    r"|fazit|zusammenfassung|schlussfolgerung|conclusión|conclusion|conclusione|conclusão|conclusie|en résumé"
    # How a guide chose its picks and how to choose among them, before or after the picks.
    r"|final verdict|how we (?:picked|pick|chose|choose|tested|test|selected|select|ranked|rank|rated|rate|found)"
    r"|why (?:you should )?trust us|(?:our )?methodology|what to look for|how to (?:choose|pick)"
    r"|buying guide|buyer'?s guide|(?:our picks )?at a glance|so haben wir|kaufberatung|auswahlkriterien"
    r"|worauf (?:sie|du|man) achten|cómo elegimos|cómo elegir|qué buscar|guía de compra|comment (?:nous avons|on a) choisi"
    r"|comment choisir|guide d'achat"
    # The same frames in more languages: conclusions, questions, a newsletter's sign-up and
    # the related-reading boxes templates print between or after the entries.
    r"|en conclusion|pour conclure|le mot de la fin|in conclusione|in sintesi|para concluir|em resumo"
    r"|considerações finais|reflexiones finales|tot slot|samenvatting|podsumowanie|wnioski|sammanfattning"
    r"|slutsats|konklusion|konklusjon|závěr|concluzie|összegzés|yhteenveto|sonuç|kesimpulan|kết luận"
    r"|häufig gestellte fragen|foire aux questions|domande frequenti|perguntas frequentes|veelgestelde vragen"
    r"|często zadawane pytania|vanliga frågor|sıkça sorulan sorular"
    r"|(?:[^\s\d]+\s+){0,5}(?:newsletter|newslettera|boletín|nieuwsbrief|nyhetsbrev|nyhedsbrev|infolettre"
    r"|hírlevél|bülten)\W*$"
    r"|das könnte sie auch interessieren|también te puede interesar|quizás te interese|à lire aussi|a lire aussi"
    r"|à lire également|leia também|veja também|lees ook|lees meer|przeczytaj (?:również|też|także)"
    r"|zobacz (?:też|także|również)|läs också|läs mer|les også|læs også|čtěte také|citește și|baca juga"
    r"|xem thêm|ayrıca oku|bunlar da ilginizi çekebilir"
    # Introductions, conclusions and questions in non-Latin scripts (lists31), as their posts
    # head them over and after the entries: Japanese "はじめに"/"まとめ", Chinese "前言"/"总结",
    # Korean "들어가며"/"마무리", Russian "Введение"/"Заключение", Arabic "مقدمة"/"الخلاصة"…
    r"|はじめに|まとめ|おわりに|最後に|よくある質問|前言|引言|总结|總結|结语|結語|结论|結論|小结|小結|写在最后"
    r"|寫在最後|常见问题|常見問題|들어가며|마무리|마치며|결론|요약|서론|자주 묻는 질문"
    r"|введение|заключение|выводы?|итоги?|подв[её]дем итоги|часто задаваемые вопросы|вступ|висновки?|підсумки?"
    r"|въведение|εισαγωγή|συμπεράσματα|συμπέρασμα|επίλογος|συχνές ερωτήσεις"
    r"|ال?مقدمة|ال?خاتمة|ال?خلاصة|الأسئلة الشائعة|مقدمه|جمع[\u200c ]?بندی|نتیجه[\u200c ]?گیری|سوالات متداول"
    r"|تعارف|خلاصہ|परिचय|निष्कर्ष|सारांश|ভূমিকা|উপসংহার|সারসংক্ষেপ|บทนำ|สรุป|คำถามที่พบบ่อย|מבוא|סיכום"
    r"|שאלות נפוצות|giriş|giới thiệu|tổng kết|câu hỏi thường gặp|pendahuluan|penutup)\b",
    re.I,
)


# The frames whose numbered points are the page's own notes, never its entries.
METHOD = lazy_pattern(
    r"^\W*(?:how we (?:picked|pick|chose|choose|tested|test|selected|select|ranked|rank|rated|rate|found)"
    r"|why (?:you should )?trust us|(?:our )?methodology|key takeaways?|takeaways?|tl;?dr|in (?:brief|short)"
    r"|at a glance|sources|references|notes|footnotes|so haben wir|cómo elegimos|comment (?:nous avons|on a) choisi"
    r"|quellen|fuentes|références|fonti|bronnen|timeline|chronology|zeitleiste|chronologie|cronología)\W*$", re.I)


# Labels that open additions after the promised list: reader suggestions, bonus picks,
# honourable mentions, an update. Items after them are extras, not the list's own.
EXTRAS = lazy_pattern(
    r"^\W*(?:update[ds]?|bonus|extras?|honou?rable mentions?|also[- ]rans?|reader(?:s'?)? suggestions"
    r"|also (?:consider|great|good|tested|worth (?:a look|considering))|others? (?:we tested|to consider|worth)"
    r"|other (?:options|picks|products|models)|runners?[- ]up|the competition|what else we tested"
    r"|auch gut|ebenfalls empfehlenswert|weitere empfehlungen|también (?:recomendamos|probamos)|à considérer aussi"
    r"|suggestions from (?:the |our )?readers|nachtrag|ergänzung|actualización|mise à jour|aggiornamento"
    r"|atualização|lobende erwähnungen?|ehrenvolle erwähnungen?|menci(?:ón|ones) (?:de honor|honoríficas?|especiales?)"
    r"|mentions? (?:honorables?|spéciales?)|menzion[ei] (?:d'onore|speciali)|menç(?:ão|ões) honrosas?"
    r"|eervolle vermeldingen?|wyróżnienia|hedersomnämnanden?|hæderlige omtaler"
    # Round 15 (lists30): the bonus and "also good" labels of the same languages.
    r"|b[ôó]nus|zugabe|extra's|ekstra|auch empfehlenswert|también (?:interesantes?|destacad[oa]s)"
    r"|(?:à voir|à découvrir) aussi|anche (?:da considerare|interessanti)|também (?:recomendamos|vale a pena)"
    r"|ook (?:goed|het overwegen waard)|(?:även|också) bra|også (?:godt|gode|bra)|hederlige omtaler"
    r"|warte uwagi|również polecamy)\b",
    re.I,
)


# A paragraph that turns from the last item to the whole list: it closes the article.
CLOSING = re.compile(
    r"^\W*(?:in conclusion|to conclude|to sum (?:it )?up|in summary|in short|all in all|overall,|the bottom line"
    r"|bottom line|final(?:ly)?,? (?:thoughts|words)|so there you have it|there you have it|that'?s (?:it|all)"
    r"|but most importantly|most importantly|honou?rable mentions?|hopefully|happy \w+ing|which (?:one|of these)"
    r"|what(?:'s| is) your favou?rite|zum schluss|fazit|abschließend|en resumen|en conclusión|para terminar"
    r"|en conclusion|pour conclure|en bref|in conclusione|per concludere|em resumo|concluindo|tot slot)\b",
    re.I,
)


# Labels of slides a slideshow puts between its entries: a video, a gallery, an ad.
MEDIA_LABEL = lazy_pattern(
    r"^\W*(?:video|watch|photos?|gallery|slideshow|sponsored|advertisement|anzeige|werbung|vídeo|galería"
    r"|galerie|publicidad|publicité)\s*[:|–—-]\s*\S",
    re.I,
)


CAPTION = lazy_pattern(r"^\W*(?:photo|image|picture|foto|bild|credit|source|quelle|fuente|via)\b", re.I)


# A shop's line under a product's name: its price, or a button to buy it ("$29.99 at
# Amazon", "Buy now", "Check price", "Jetzt kaufen", "Voir le prix", "Comprar"). It
# belongs to the entry above it; it is neither an entry's title nor its text.
_PRICE = r"(?:[$€£¥₹]|US\$|CHF|R\$)\s?\d[\d.,]*|\d[\d.,]*\s?(?:[€$£¥円元₽]|eur(?:o|os)?\b|usd\b|dollars?\b|kr\b)"
SHOP_LINE = lazy_pattern(
    rf"{_PRICE}|^\W*(?:(?:buy|shop|order|get|see|view|check|compare)(?=\W*$|\s+(?:it|now|on|at|from|here|the deal|deal"
    r"|price|prices|the price|this|them|online)\b)|add to (?:cart|basket)|kaufen|jetzt kaufen|bestellen"
    r"|zum (?:angebot|shop|produkt)|preis|acheter|voir (?:le prix|l'offre|l’offre|sur)|commander|comprar|ver (?:precio|oferta|preço)"
    r"|acquista|vedi (?:prezzo|offerta)|kopen|bekijk|bestel|購入|購买|购买|今すぐ|価格をチェック)\b",
    re.I,
)
# A shop's line is a few words: a sentence that names a price is the entry's text.
_SHOP_LINE_WORDS = 10


def shop_line(text: str) -> bool:
    """Whether ``text`` is a shop's line under a product (see :data:`SHOP_LINE`)."""
    # At most one part past the bound is split off: a paragraph's words are not all listed.
    return 0 < len(text.split(None, _SHOP_LINE_WORDS)) <= _SHOP_LINE_WORDS and SHOP_LINE().search(text) is not None


# A product card's verdict lists, opening with their label: "Pros", "What we like", "Vorteile",
# "Ventajas", "Avantages", "Prós", "Pregi", "Voordelen", "Zalety", "メリット", "장점", "优点"…
PROS_CONS = lazy_pattern(
    r"^\W*(?:pros|cons|pluses|minuses|the good|the bad|what we (?:like|liked|love|don'?t like|didn'?t like)"
    r"|we (?:like|liked|don'?t like)|reasons to (?:buy|avoid)|vorteile|nachteile|pro|contra|ventajas|desventajas"
    r"|pros y contras|avantages|inconv[ée]nients|points? forts?|points? faibles?|pr[óo]s|contras|pontos (?:positivos"
    r"|negativos)|pregi|difetti|voordelen|nadelen|f[öo]rdelar|nackdelar|fordele|ulemper|zalety|wady|plusy|minusy"
    r"|artılar|eksiler|メリット|デメリット|장점|단점|优点|缺点|優點|缺點)\b",
    re.I,
)


# Labels a page sets before a note, a tip or a link, not an entry's title ("Editor's note:",
# "Editor's Tip:", "More:", "See also:"); the whole title, a colon after it aside.
NOTE_LABEL = lazy_pattern(
    r"(?:update|note|editor['’]?s (?:note|tip)|disclosure|disclaimer|tip|pro tip|quick tip|more|see also|also|related"
    r"|read more|p\.?s\.?|hinweis|anmerkung|tipp|mehr|nota|más|plus|aussi|astuce|conseil|consejo|dica)\s*:?$",
    re.I,
)


# A product's name and its price on one line, an explicit mark between them: "Ember Mug
# 2, $130", "Kindle Paperwhite ($25)", "Theragun Mini – 199 € bei Otto".
_PRICED_NAME = lazy_pattern(rf"^\s*(?P<name>[^\W\d_][^$€£¥₹]*?)\s*(?:,|\(|[–—:-](?=\s))\s*(?=(?:{_PRICE}))")
# Words that stand before a price without naming a product ("Price: $20", "Now: $15").
_PRICE_WORDS = lazy_pattern(
    r"^(?:price|prices|cost|msrp|rrp|from|now|was|sale|deal|only|just|preis|ab|nur|prix|à partir de|precio|desde"
    r"|prezzo|preço|a partir de)$", re.I)


def priced_name(text: str) -> str | None:
    """The product's name of a shop's line that opens with one ("Ember Mug 2, $130" →
    "Ember Mug 2"); None for a line of price or button alone ("$29.99 at Amazon",
    "Price: $20")."""
    m = _PRICED_NAME().match(text)
    if m is None or not shop_line(text):
        return None
    name = m.group("name").strip()
    if not 1 <= len(name.split()) <= 8 or _PRICE_WORDS().match(name) or SHOP_LINE().search(name):
        return None
    return name


def template_labels(texts: Counter[str]) -> set[str]:
    """Heading texts (counted, normalised) a template repeats under the items ("Pros and
    Cons", "Pricing"): three times or more, or twice when only one or two texts are
    doubled. Three or more titles each shown twice are a second copy of the list's titles
    (a carousel, a contents box of headings, a summary at a glance), not labels."""
    doubled = [t for t, n in texts.items() if n == 2]
    return {t for t, n in texts.items() if n >= 3 or (n == 2 and len(doubled) < 3)}


def label_keys(texts: Sequence[str], over_list: Callable[[int], bool]) -> list[str]:
    """Each heading's text as a template's label reads, normalised. A heading over a
    bulleted list alone that adds a few words to the name of the heading before it
    ("Lisbon Pros", "Lisbon Cons" after "Lisbon", as review templates print ``{name}
    Pros``) reads as "{} pros", so the words it adds repeat under every entry like any
    label's (:func:`template_labels`). ``over_list(n)``: whether heading ``n``'s section
    is a list and nothing else; a variant's own entry ("Paris Kettle Mini" over its text) is
    no label."""
    out: list[str] = []
    base = ""
    for n, text in enumerate(texts):
        low = " ".join(text.split()).casefold()
        if base and low != base and (low.startswith(base + " ") or low.endswith(" " + base)) and over_list(n):
            rest = low[len(base) + 1:] if low.startswith(base + " ") else low[: -len(base) - 1]
            if 1 <= len(rest.split()) <= _NAMED_LABEL_WORDS:
                out.append(f"{{}} {rest}" if low.startswith(base) else f"{rest} {{}}")
                continue
        base = low
        out.append(low)
    return out


# The words a label adds to its entry's name: "Pros", "at a glance", "price and availability".
_NAMED_LABEL_WORDS = 3


def question_frame(texts: Sequence[str]) -> tuple[int, int]:
    """How many titles at the start and at the end of a run are questions framing entries
    that are not ("Why go in winter?" over seven places, FAQ questions after them): the
    questions only at the ends, the titles between them none and more than they are."""
    asks = [t.rstrip().endswith(("?", "？", "¿")) for t in texts]
    head = next((n for n, a in enumerate(asks) if not a), len(asks))
    tail = next((n for n, a in enumerate(reversed(asks)) if not a), len(asks))
    middle = asks[head:len(asks) - tail]
    if not head + tail or any(middle) or len(middle) < 3 or len(middle) <= head + tail:
        return 0, 0
    return head, tail
