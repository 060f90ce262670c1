"""The headline's promise on headlines nobody here has seen (round 13, wave 3): a sixth set,
written from each language's newsroom and magazine habits (not from any page or fixture set),
aimed at what the fifth set left: Dutch predicate adjectives after the counted noun ("3
luchthavens dicht"), Hungarian present verbs and Finnish past verbs after the noun, Hindi and
Bengali verbs after a list noun, and English lists led by an "-ing" adjective ("12
Mouthwatering Street Foods"), with lists and news both ways in each, and a few more languages.

Each language block is one headline a line; a list's line is "count | headline".
``headline_promise`` gives (count, "at least", firm)."""

from __future__ import annotations

import pytest

from test_listicle_promise4 import (  # the same "count|headline" blocks and assertions
    _lists, _news, assert_firm_promise, assert_new_set, assert_no_firm_promise, firm as _firm)

_LISTS = {
    "nl": """
        7 | 7 tips voor een opgeruimd huis
        10 | De 10 mooiste stranden van Zeeland
        5 | 5 redenen om Gent te bezoeken
        8 | 8 dingen die je nog niet wist over koffie
        6 | 6 fouten die je maakt bij het afwassen
        12 | 12 leuke uitjes voor de herfstvakantie
        9 | 9 boeken die je deze zomer moet lezen
        4 | 4 open tuinen die je moet zien
        """,
    "hu": """
        7 | 7 tipp a nyugodt reggelekhez
        10 | A 10 legszebb magyar vár
        5 | 5 ok, amiért érdemes Pécsre utazni
        8 | 8 dolog, amit nem tudtál a teáról
        6 | 6 hiba, amit mindenki elkövet edzés közben
        12 | 12 könnyű recept hétköznapokra
        """,
    "fi": """
        7 | 7 vinkkiä rauhalliseen aamuun
        10 | 10 Suomen kauneinta järveä
        5 | 5 syytä matkustaa Lappiin talvella
        8 | 8 asiaa, joita et tiennyt teestä
        6 | 6 virhettä, jotka teet salilla
        12 | 12 herkullista joulureseptiä
        """,
    "hi": """
        7 | नींद सुधारने के 7 तरीके
        10 | भारत की 10 सबसे खूबसूरत जगहें
        5 | 5 कारण जिनसे आपको योग करना चाहिए
        8 | 8 चीजें जो आप कॉफी के बारे में नहीं जानते
        6 | वजन घटाने के 6 आसान उपाय
        12 | 12 स्वादिष्ट नाश्ते की रेसिपी
        """,
    "bn": """
        7 | ভালো ঘুমের 7টি উপায়
        10 | বাংলাদেশের 10টি সুন্দর জায়গা
        5 | 5টি কারণে আপনার চা খাওয়া উচিত
        8 | ওজন কমানোর 8টি সহজ টিপস
        6 | 6টি ভুল যা সবাই করে
        """,
    "en": """
        12 | 12 Mouthwatering Street Foods You Have to Try in Bangkok
        10 | 10 Amazing Places to Visit Before You Die
        8 | 8 Stunning Beaches in Portugal
        7 | 7 Refreshing Summer Drinks
        9 | 9 Relaxing Weekend Getaways From London
        6 | 6 Surprising Benefits of Green Tea
        15 | 15 Charming Villages in the Cotswolds
        5 | 5 Inspiring Books for New Managers
        11 | 11 Exciting Board Games for Families
        20 | 20 Breathtaking Hikes in Colorado
        """,
    "de": """
        7 | 7 überraschende Fakten über Kaffee
        10 | Die 10 schönsten Strände Europas
        """,
    "sv": """
        7 | 7 tips för bättre sömn
        10 | 10 vackraste stränderna i Sverige
        """,
    "id": """
        7 | 7 Cara Tidur Lebih Nyenyak
        10 | 10 Pantai Terindah di Bali
        """,
}

_NEWS = {
    "nl": """
        3 luchthavens dicht door storm
        Twee bruggen over de Maas dicht na aanvaring
        5 scholen gesloten vanwege hitte
        4 pretparken weer open na lockdown
        3 liften in station kapot
        2 wegen afgesloten na ongeluk
        6 winkels in centrum dicht na inbraken
        10 gemeenten zonder stroom
        3 treinen uitgevallen door storing
        """,
    "hu": """
        A 3 legnagyobb bank emeli a kamatot
        5 kórház bezár a nyáron
        3 iskola nem nyit ki szeptemberben
        2 minisztérium költözik a Várba
        4 bolt zár be a belvárosban
        A 2 legnagyobb párt támogatja a javaslatot
        6 település marad áram nélkül
        """,
    "fi": """
        3 virhettä johti onnettomuuteen
        5 koulua suljettiin hometta vuoksi
        2 yritystä irtisanoi työntekijöitä
        4 kuntaa yhdistyi vuodenvaihteessa
        3 miestä pidätettiin Helsingissä
        6 junaa myöhästyi lumimyräkän takia
        3 pankkia nosti korkoja
        2 sairaalaa lopettivat päivystyksen
        """,
    "hi": """
        5 स्कूल बंद हुए बाढ़ के कारण
        3 बैंकों ने ब्याज दरें बढ़ाईं
        4 राज्यों में भारी बारिश का अलर्ट जारी
        10 गांव बाढ़ की चपेट में आए
        2 अस्पतालों को नोटिस जारी
        6 ट्रेनें रद्द हुईं
        3 कारण बताए गए हादसे के
        """,
    "bn": """
        5টি স্কুল বন্ধ ঘোষণা করা হয়েছে
        3টি ব্যাংক সুদের হার বাড়াল
        4টি জেলায় বন্যা পরিস্থিতির অবনতি
        2টি ট্রেন লাইনচ্যুত হয়েছে
        6টি দোকানে আগুন লেগেছে
        """,
    "en": """
        3 Downing Street Aides Resign
        10 Downing Street Staff Test Positive
        5 Reading Schools Close After Flooding
        2 Hastings Councillors Suspended
        3 Sterling Bonds Fall in Value
        """,
    "de": """
        3 Flughäfen wegen Sturm geschlossen
        5 Schulen bleiben zu
        """,
    "sv": """
        3 skolor stängda efter stormen
        """,
    "id": """
        3 Bandara Ditutup Akibat Badai
        """,
}


_MORE_LISTS = {
    "hu": """
        9 | 9 könyv, amit idén el kell olvasnod
        4 | A 4 legjobb budapesti kávézó
        """,
    "fi": """
        9 | 9 kaunista kesäkohdetta Suomessa
        5 | 5 syytä miksi kannattaa juosta
        """,
    "hi": """
        9 | 9 फिल्में जो आपको जरूर देखनी चाहिए
        7 | 7 चीजें जो हमने इस साल सीखीं
        """,
    "bn": """
        9 | 9টি বই যা আপনার পড়া উচিত
        """,
    "id": """
        8 | 8 Kuliner Terenak di Bandung
        """,
    "en": """
        7 | 7 Fascinating Street Art Tours in Lisbon
        10 | 10 Breathtaking Road Trips Across Europe
        """,
    "es": """
        7 | 7 consejos para dormir mejor
        """,
    "pt": """
        10 | As 10 praias mais bonitas do Brasil
        """,
    "it": """
        5 | 5 libri da leggere quest'estate
        """,
}

_MORE_NEWS = {
    "hu": """
        2 nagy áruház támogatja a sztrájkot
        3 egyetem indul a pályázaton
        """,
    "fi": """
        2 kuntaa päätti yhdistyä
        4 tehdasta sulki ovensa
        5 lentoa peruttiin sumun takia
        """,
    "hi": """
        5 किताबें चोरी हो गईं
        4 उपाय लागू किए गए प्रदूषण पर
        """,
    "bn": """
        3টি কারণ জানিয়েছে পুলিশ
        5টি বই নিষিদ্ধ করেছে সরকার
        """,
    "en": """
        4 Ealing Street Shops Robbed
        """,
    "es": """
        3 aeropuertos cerrados por la tormenta
        """,
    "pt": """
        5 escolas fecham por causa do calor
        """,
    "it": """
        3 ospedali chiusi per lo sciopero
        """,
    "nl": """
        3 zwembaden in Utrecht dicht wegens personeelstekort
        2 kerncentrales weer open
        """,
}

LISTS = _lists(_LISTS) + _lists(_MORE_LISTS)
NEWS = _news(_NEWS) + _news(_MORE_NEWS)


@pytest.mark.parametrize(("lang", "headline", "count"), LISTS)
def test_a_list_headline_is_a_firm_promise_of_its_count(lang: str, headline: str, count: str) -> None:
    assert_firm_promise(lang, headline, count)


@pytest.mark.parametrize(("lang", "headline"), NEWS)
def test_a_news_headline_promises_no_firm_list(lang: str, headline: str) -> None:
    assert_no_firm_promise(lang, headline)


@pytest.mark.parametrize(("lang", "headline"), NEWS)
def test_no_news_story_is_told_its_list_is_missing(lang: str, headline: str) -> None:
    from test_listicle_languages import assert_no_list_told_missing, story

    assert_no_list_told_missing(headline, story(), lang)


def test_the_set_is_new_and_covers_the_languages() -> None:
    assert_new_set(6, LISTS, NEWS, 120)
    assert {"nl", "hu", "fi", "hi", "bn", "en"} <= {lang for lang, _h, _c in LISTS} & {lang for lang, _h in NEWS}


# ---------------------------------------------------------------- each wave-3 rule, both ways

@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("hu", "A 3 legnagyobb bank emeli a kamatot", False),  # "-i" before the object's article
    ("hu", "2 minisztérium költözik a Várba", False),  # an "-ik" verb
    ("hu", "A 3 legnagyobb bank emelte a kamatot", False),  # the definite past
    ("hu", "A 10 legjobb torta receptje", True),
    ("hu", "A 10 legszebb magyar vár", True),
    ("hu", "7 tipp a nyugodt reggelekhez", True),  # a noun before "a" is no verb
    ("fi", "3 virhettä johti onnettomuuteen", False),  # past "-i" after the partitive noun
    ("fi", "6 junaa myöhästyivät lumimyräkän takia", False),
    ("fi", "3 suurinta pankkia nosti korkoja", False),  # after a superlative and its noun
    ("fi", "5 syytä miksi kannattaa juosta", True),  # a question word ends in "-i" too
    ("fi", "8 ideaa äitienpäivälahjaksi", True),  # and the translative "-ksi"
    ("fi", "10 Suomen kauneinta järveä", True),
    ("hi", "3 कारण बताए गए हादसे के", False),  # the passive's auxiliary
    ("hi", "7 चीजें जो हमने इस साल सीखीं", True),  # a relative's clause: a title
    ("hi", "3 सबसे बड़े बैंकों ने ब्याज दरें बढ़ाईं", False),  # "ने", a past verb's agent
    ("bn", "3টি কারণ জানিয়েছে পুলিশ", False),  # Bengali's perfect
    ("bn", "৭টি উপায়ে ভালো ঘুমান", True),  # not its plain past's "-লো": "ভালো" (good) ends so
    ("bn", "9টি বই যা আপনার পড়া উচিত", True),
])
def test_a_verb_after_the_noun_is_news_unless_a_relative_opens_it(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("headline", "firm"), [
    ("12 Mouthwatering Street Foods", True),  # a long "-ing" word is an adjective
    ("9 Breathtaking Road Trips", True),
    ("6 Charming Street Cafés in Paris", True),
    ("10 Downing Street Staff Test Positive", False),  # a short one names a street
    ("3 Kettering Road Homes Flooded", False),
])
def test_an_ing_adjective_before_a_street_word_is_no_address(headline: str, firm: bool) -> None:
    assert _firm("en", headline) is firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("id", "10 Pantai Terindah di Bali", True),  # "ter-" on an appeal adjective: a superlative
    ("id", "3 Pantai Terendam Banjir", False),  # "ter-" on a verb: an event
    ("fi", "12 herkullista joulureseptiä", True),
    ("fi", "12 herkullista joulureseptiä poistettiin", False),
])
def test_superlatives_and_appeal_in_indonesian_and_finnish(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("sv", "De 3 största bankerna höjer räntan", False),  # a present after the definite plural
    ("da", "De 3 største bankerne hæver renten", False),
    ("no", "De 4 største bankene setter opp renten", False),
    ("sv", "De 10 bästa böckerna att läsa i sommar", True),
    ("sv", "De 5 vackraste stränderna under sommaren", True),  # a preposition ends in "-er"
    ("da", "De 7 bedste restauranter i København", True),
])
def test_a_nordic_present_after_the_definite_plural_is_news(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm
