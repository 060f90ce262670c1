"""Warnings and infos in other languages, second round: Greek's question mark ends a
sentence, the page's language read from its text in more languages, MT004 naming the
language it reads, and length rules that do not count words by spaces where there are none.
Every article here was written for these tests."""

from __future__ import annotations

from auditor.model import Paragraph
from auditor.text.segment import split_sentences
from test_warnings_languages import article, rules_on


def _sentences(text: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences([Paragraph(text=text, line=1, column=1)], lang)]


# --- Greek: ";" is the question mark ---------------------------------------------------------

EL_QUESTIONS = ("Τι σημαίνει η νέα αύξηση για τα νοικοκυριά; Πόσο θα πληρώσουμε τον χειμώνα; "
                "Η κυβέρνηση απαντά ότι θα δώσει επίδομα.")


def test_greek_question_mark_ends_a_sentence() -> None:
    assert _sentences(EL_QUESTIONS, "el") == [
        "Τι σημαίνει η νέα αύξηση για τα νοικοκυριά;", "Πόσο θα πληρώσουμε τον χειμώνα;",
        "Η κυβέρνηση απαντά ότι θα δώσει επίδομα."]


def test_greek_question_after_a_latin_word_ends_in_greek() -> None:
    # A Greek question closing on a brand or acronym: the letter before ";" is Latin.
    text = "Ποιος κερδίζει από το AI; Οι μεγάλες εταιρείες, λένε οι αναλυτές."
    assert len(_sentences(text, "el")) == 2


def test_a_semicolon_elsewhere_joins_clauses() -> None:
    assert len(_sentences("Prices rose again; The minister said nothing.", "en")) == 1
    assert len(_sentences("Les prix montent; Le ministre se tait.", "fr")) == 1
    # Greek's ";" followed by a lower-case word is inside the sentence, as "?" is.
    assert len(_sentences("Θα έρθεις; ρώτησε η μητέρα του.", "el")) == 1


def test_rd011_reads_greek_questions_ending_on_latin_words_as_sentences() -> None:
    # Eight short questions, each closing on a product name: one "sentence" of 70 words
    # while ";" after a Latin letter was not read as Greek's question mark.
    question = "Ποιο κινητό τηλέφωνο αξίζει να αγοράσετε φέτος, το iPhone; "
    paragraph = question * 8 + "Η απάντηση εξαρτάται από τον προϋπολογισμό σας."
    page = article("el", "Ποιο κινητό να αγοράσω", "Ποιο κινητό να αγοράσω φέτος", f"<p>{paragraph}</p><p>{EL_QUESTIONS}</p>")
    assert "RD011" not in rules_on(page)


# --- MT004: the example lang is the language the page is read in -----------------------------

ZH_PARAGRAPHS = (
    "<p>北京市气象台今天上午发布暴雪黄色预警，预计今天夜间到明天白天，本市大部分地区将出现中到大雪，"
    "局部地区有暴雪。气象专家表示，这是今年入冬以来最强的一次降雪过程，积雪深度可能超过十厘米。</p>"
    "<p>交通部门表示，多条高速公路已经开始除雪作业，部分路段可能临时封闭。地铁运营公司宣布，"
    "明天早高峰将增加列车班次，并延长末班车运营时间，方便市民出行。</p>"
    "<p>教育部门提醒各中小学校，做好校园安全检查工作。专家建议，老人和儿童应尽量减少外出，"
    "驾车出行的市民要控制车速，保持安全距离，注意防寒保暖。</p>"
)


def _no_lang(title: str, headline: str, body: str) -> str:
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><article><h1>{headline}</h1>{body}</article></body></html>")


def _message(html: str, rule: str) -> str:
    from auditor.api import audit, default_settings

    result = audit(html.encode("utf-8"), "a.html", default_settings())
    return next(f.message for f in result.findings if f.rule == rule)


def test_mt004_suggests_the_language_the_text_reads_as() -> None:
    page = _no_lang("北京发布暴雪预警", "北京今天发布暴雪预警", ZH_PARAGRAPHS)
    message = _message(page, "MT004")
    assert 'lang="zh"' in message and 'lang="en"' not in message


def test_mt004_still_suggests_english_on_an_english_page() -> None:
    body = "<p>" + "The city council voted on Tuesday to extend the bus lanes along the river road. " * 8 + "</p>"
    assert 'lang="en"' in _message(_no_lang("Bus lanes", "Council extends bus lanes", body), "MT004")


# --- The page's language from its text: more Cyrillic and Devanagari languages, Swedish, Indonesian

import pytest  # noqa: E402

from auditor.text.langid import NAMES, identify  # noqa: E402

TOLD: dict[str, str] = {
    "sr": "Србија је лепа земља. Сваке године много туриста долази у Београд да види тврђаву, "
          "а увече иду у ћевабџинице и шетају поред реке. Град је познат по ноћном животу.",
    "mk": "Македонија е мала земја со многу езера. Секоја година туристите доаѓаат во Охрид, "
          "каде што ја гледаат старата тврдина и пијат кафе покрај езерото. Ѕидовите се стари.",
    "be": "Беларусь мае шмат лясоў і азёраў. Кожны год турысты прыязджаюць у Мінск, "
          "каб убачыць стары горад і пагуляць па набярэжнай. Увечары яны ходзяць у тэатр.",
    "kk": "Қазақстан үлкен әрі бай ел. Жыл сайын көптеген туристер Алматыға келеді, "
          "олар таулардағы көлдерді көріп, ұлттық тағамдардың дәмін татады. Қала өте әдемі.",
    "mr": "महाराष्ट्र हे भारतातील एक मोठे राज्य आहे. दरवर्षी अनेक पर्यटक मुंबई आणि पुण्याला भेट देतात. "
          "पुण्याच्या किल्ल्यांचा इतिहास खूप जुना आहे आणि शहराच्या मध्यभागी मोठी बाजारपेठ आहे.",
    "ne": "नेपाल हिमालयको काखमा रहेको सुन्दर देश हो। हरेक वर्ष धेरै पर्यटकहरू काठमाडौं आउँछन्। "
          "उनीहरू पुराना मन्दिरहरू हेर्छन् र पहाडमा पदयात्रा गर्छन्। यहाँको खाना पनि मीठो छ।",
    "hi": "भारत एक विशाल देश है। हर साल बहुत से पर्यटक दिल्ली आते हैं और पुराने किले देखते हैं। "
          "शहर का खाना भी बहुत स्वादिष्ट है और बाज़ार रात तक खुले रहते हैं।",
    "sv": "Kommunen beslutade i tisdags att stänga den gamla bron för reparationer, och bilister måste "
          "använda ringvägen till slutet av året. Borgmästaren sade att arbetet var nödvändigt eftersom "
          "inspektörer hade hittat sprickor i två av pelarna, men handlarna i centrum är oroliga för att de "
          "kommer att förlora kunder så länge bron är stängd.",
    "id": "Pemerintah kota memutuskan pada hari Selasa untuk menutup jembatan tua itu untuk perbaikan, dan "
          "pengendara harus menggunakan jalan lingkar sampai akhir tahun. Wali kota mengatakan bahwa pekerjaan "
          "tersebut sangat dibutuhkan karena para pemeriksa telah menemukan retakan pada dua tiang, tetapi "
          "pedagang di pusat kota khawatir mereka akan kehilangan pelanggan selama jembatan ditutup.",
}


@pytest.mark.parametrize(("lang", "text"), TOLD.items())
def test_the_text_names_the_language(lang: str, text: str) -> None:
    assert identify([text] * 4)[0] == lang
    assert NAMES[lang]


def test_hindi_saying_some_is_still_hindi() -> None:
    # "कुछ" (some) ends in छ, Nepali's copula: it is no Nepali sentence end.
    hi = ("कुछ लोग कहते हैं कि शहर बदल गया है। कुछ दुकानें बंद हो गई हैं और कुछ नई खुली हैं। "
          "फिर भी कुछ पुराने बाज़ार आज भी वैसे ही हैं।")
    assert identify([hi] * 6)[0] == "hi"


def test_russian_and_bulgarian_are_still_told_apart_from_the_new_ones() -> None:
    ru = ("Город решил закрыть старый мост на ремонт, и водителям придётся ездить по кольцевой дороге "
          "до конца года. Мэр сказал, что эти работы были необходимы, потому что инспекторы нашли трещины.")
    bg = ("Общината реши да затвори стария мост за ремонт и шофьорите ще трябва да карат по околовръстния "
          "път до края на годината. Кметът каза, че работата е наложителна, защото са открити пукнатини.")
    assert identify([ru] * 4)[0] == "ru"
    assert identify([bg] * 4)[0] == "bg"


def test_a_theme_default_lang_en_over_indonesian_prose_is_not_measured_as_english() -> None:
    # An English reading-ease formula on Indonesian words (long, many syllables) is no measure.
    body = "".join(f"<p>{TOLD['id']}</p>" for _ in range(4))
    page = article("en", "Jembatan tua ditutup", "Jembatan tua ditutup untuk perbaikan", body)
    from auditor.api import audit, default_settings

    result = audit(page.encode("utf-8"), "a.html", default_settings())
    assert "RD001" not in [f.rule for f in result.findings]
    assert "MT010" in [f.rule for f in result.findings]  # the declaration is wrong: told, naming Indonesian
    assert "Indonesian" in next(f.message for f in result.findings if f.rule == "MT010")


# --- JSON metrics: a reading ease only where a formula is calibrated for the language -------

def _metrics(lang: str, body: str) -> dict[str, object]:
    from auditor.api import audit, default_settings

    page = article(lang, "x", "Eine Überschrift für den Test", body)
    return dict(audit(page.encode("utf-8"), "a.html", default_settings()).metrics)


RU_BODY = "".join(
    "<p>Городской совет во вторник решил закрыть старый мост на ремонт, и водителям придётся ездить "
    "по кольцевой дороге до конца года. Мэр сказал, что эти работы давно были нужны.</p>" for _ in range(4))
DE_BODY = "".join(
    "<p>Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu schließen, und die "
    "Autofahrer müssen bis zum Jahresende die Ringstraße nehmen. Die Bürgermeisterin sagte, die Arbeiten "
    "seien dringend nötig.</p>" for _ in range(4))
EN_BODY = "".join(
    "<p>The city council voted on Tuesday to close the old bridge for repairs, and drivers will use the "
    "ring road until the end of the year. The mayor said the work was overdue.</p>" for _ in range(4))


def test_metrics_print_no_english_reading_ease_for_russian() -> None:
    m = _metrics("ru", RU_BODY)
    assert m["words"] and m["flesch_reading_ease"] is None and m["reading_ease_formula"] is None
    assert m["flesch_kincaid_grade"] is None


def test_metrics_name_the_formula_where_there_is_one() -> None:
    de = _metrics("de", DE_BODY)
    assert isinstance(de["flesch_reading_ease"], float) and de["reading_ease_formula"] == "Amstad"
    assert de["flesch_kincaid_grade"] is None  # an English grade formula
    en = _metrics("en", EN_BODY)
    assert en["reading_ease_formula"] == "Flesch" and isinstance(en["flesch_kincaid_grade"], float)


# --- Scripts written without spaces: no count of words by spaces ---------------------------------

ZH_ITEMS = ["早起喝一杯温水", "每天散步三十分钟", "少吃油炸食品", "保证充足睡眠", "保持好心情"]
ZH_ITEM_BODY = ("专家表示，这个习惯可以帮助身体更好地适应季节变化。很多人忽视了这个简单的习惯，但它对健康的影响非常大。"
                "研究发现，坚持一个月以后，大多数人的精神状态都有明显改善，免疫力也提高了。")
ZH_INTRO = ("<p>冬天到了，很多人容易感冒、失眠、情绪低落。其实，只要在日常生活中注意一些小细节，"
            "就能让身体更健康。下面这五个好习惯，医生推荐大家坚持下去。</p>")


def _zh_list(intro: str) -> str:
    items = "".join(f"<h2>{i}. {t}</h2><p>{ZH_ITEM_BODY}</p>" for i, t in enumerate(ZH_ITEMS, 1))
    return article("zh-CN", "冬季养生的5个好习惯", "冬季养生的5个好习惯", intro + items + "<p>总之，健康的生活方式需要长期坚持。</p>")


def test_ls011_reads_a_chinese_introduction_as_one() -> None:
    # Three sentences of 70 characters before item 1: "9 words" when runs between commas are words.
    assert "LS011" not in rules_on(_zh_list(ZH_INTRO))


def test_ls011_still_tells_a_chinese_list_with_no_introduction() -> None:
    assert "LS011" in rules_on(_zh_list(""))


# --- Figure captions written as paragraphs are not bare lines -----------------------------------

def test_figure_labels_in_several_languages() -> None:
    from auditor.text.figure_labels import is_figure_label

    for caption in ("Figure 1: ggplot2 barchart with default font sizes.", "Abb. 3: Pegelstand am Montag",
                    "Tabla 2. Resultados por región", "Рис. 4 — Схема моста", "图1 北京的降雪量", "Şekil 2: Köprü",
                    "Kuva 5. Silta talvella", "Table 12-3: Costs"):
        assert is_figure_label(caption), caption
    for prose in ("Figure 1 shows how the plot looks.", "Figures of speech are fun.", "Tabelle", "图表显示降雪量"):
        assert not is_figure_label(prose), prose


def test_figure_captions_under_pictures_do_not_count_as_bare_lines() -> None:
    # A tutorial's pictures each with a centred "Figure N: …" paragraph under it (a theme
    # writing its caption as a <p>, not a <figcaption>).
    from auditor.api import audit, default_settings
    from auditor.engine.scoring import fragment_counts

    prose = ("<p>The plot below shows the default font sizes of the example data, which we created in the "
             "previous section of this tutorial with a few lines of code.</p>")
    body = "".join(f'<p><img src="f{i}.png" alt="plot {i}"></p><p><em><strong>Figure {i}: Font Size {i}.</strong></em></p>{prose}'
                   for i in range(1, 6))
    doc = audit(article("en", "Plots", "Change font sizes of plots", body).encode(), "a.html", default_settings()).document
    assert doc is not None
    assert fragment_counts(doc) == (0, 10)


# --- Length rules in languages with long words, and where words are not spaced -------------------
# Sentence and paragraph lengths are counted in words: a compounding or agglutinative language
# (German, Dutch, Finnish, Turkish) says in fewer, longer words what English says in more, so
# its plain news prose must stay clear of every length and reading rule.

LONG_WORDS = {
    "de": ("Der Stadtrat hat am Dienstag beschlossen, die marode Eisenbahnbrücke für Instandsetzungsarbeiten zu sperren. "
           "Berufspendlerinnen und Berufspendler müssen bis Jahresende Umleitungsstrecken nutzen. "
           "Die Oberbürgermeisterin sagte, die Sanierungsmaßnahmen seien unumgänglich. "),
    "nl": ("De gemeenteraad heeft dinsdag besloten de spoorwegbrug voor onderhoudswerkzaamheden af te sluiten. "
           "Forensen moeten tot het einde van het jaar de omleidingsroute gebruiken. "
           "De burgemeester zei dat de herstelwerkzaamheden onvermijdelijk waren. "),
    "fi": ("Kaupunginvaltuusto päätti tiistaina sulkea vanhan rautatiesillan korjaustöiden ajaksi. "
           "Työmatkalaisten on käytettävä kiertotietä vuoden loppuun asti. "
           "Pormestarin mukaan korjaustyöt olivat välttämättömiä. "),
    "tr": ("Belediye meclisi salı günü eski demiryolu köprüsünün onarım çalışmaları nedeniyle kapatılmasına karar verdi. "
           "Sürücüler yıl sonuna kadar çevre yolunu kullanmak zorunda kalacak. "
           "Belediye başkanı çalışmaların kaçınılmaz olduğunu söyledi. "),
}
LENGTH_RULES = {"RD001", "RD003", "RD004", "RD005", "RD011", "HD008", "LS007", "LS008", "LS011"}


@pytest.mark.parametrize(("lang", "text"), LONG_WORDS.items())
def test_plain_news_in_long_word_languages_draws_no_length_finding(lang: str, text: str) -> None:
    body = "".join(f"<p>{text}</p>" for _ in range(8))
    found = set(rules_on(article(lang, "x", " ".join(text.split()[:7]), body)))
    assert not found & LENGTH_RULES, found & LENGTH_RULES


UNSPACED_TEXT = {
    "ja": ("東京都心では七日朝から雪が強まり、気象庁によると午前十時までに十センチの積雪を観測した。"
           "首都圏の鉄道各線では運転の見合わせや遅れが相次いでいる。気象庁は、路面の凍結による交通障害に注意するよう呼びかけている。"),
    "th": ("กรุงเทพมหานครมีฝนตกหนักตั้งแต่เช้า ถนนหลายสายมีน้ำท่วมขัง ประชาชนจำนวนมากต้องเดินทางไปทำงานสายกว่าปกติ "
           "กรมอุตุนิยมวิทยาคาดว่าฝนจะตกต่อเนื่องไปจนถึงช่วงค่ำ และขอให้ประชาชนติดตามข่าวสารอย่างใกล้ชิด"),
}


@pytest.mark.parametrize(("lang", "text"), UNSPACED_TEXT.items())
def test_a_long_unspaced_article_is_not_measured_in_space_delimited_words(lang: str, text: str) -> None:
    # One paragraph of twelve runs of this text: a "sentence" here is a paragraph and a
    # "word" a phrase, so no length rule may judge it.
    found = set(rules_on(article(lang, "x", text[:20], f"<p>{text * 12}</p><p>{text}</p>")))
    assert not found & LENGTH_RULES, found & LENGTH_RULES


# --- German ordinals: "am 3. Oktober" ends no sentence -------------------------------------------

def test_german_ordinals_before_months_and_after_articles_end_no_sentence() -> None:
    assert len(_sentences("Am 3. Oktober 1990 wurde Deutschland wiedervereinigt. Das war ein Feiertag.", "de")) == 2
    assert len(_sentences("Er spielt in der 2. Bundesliga und wurde am 24. Dezember geboren.", "de")) == 1
    assert len(_sentences("Die Kirche stammt aus dem 19. Jahrhundert. Sie wurde renoviert.", "de")) == 2
    # A number ending a sentence still ends it.
    assert len(_sentences("Das Spiel endete im Jahr 2019. Dann kam die Pause.", "de")) == 2
    assert len(_sentences("Er landete auf Platz 3. Dann kam der Regen.", "de")) == 2
    # Only German: an English "3. October" is not written, a list's "2. Then" ends.
    assert len(_sentences("Step 2. Then add the flour.", "en")) == 2


# --- Closing quotes as other languages write them ---------------------------------------------

def test_german_and_french_closing_quotes_end_the_sentence_they_close() -> None:
    # German „…“ and »…«: the stop inside the quote ends the sentence; read as one sentence
    # before, two quoted statements and the text after them ran together.
    assert _sentences("„Die Preise sind niedrig.“ Und das, während die Kosten steigen.", "de") == [
        "„Die Preise sind niedrig.“", "Und das, während die Kosten steigen."]
    assert len(_sentences("»Das ist bizarr.« Die Forscher staunten.", "de")) == 2
    assert len(_sentences("Il a dit «Bonjour.» Puis il est parti.", "fr")) == 2
    # A quote that goes on after its comma is still one sentence.
    assert len(_sentences("„Wir kommen“, sagte er, „aber später.“", "de")) == 1


def test_danish_and_norwegian_are_read_as_neither_english_nor_swedish() -> None:
    # Their function words ("at", "for", "i", "de") matched English's; with no rival they read
    # as English (and took its formulas and word lists). Swedish's words now compete, and
    # Danish's and Norwegian's own (tests/test_warnings_languages3.py): three sentences hold
    # too few of the words only Danish or only Bokmål writes to name either. Norwegian's
    # words together ("å", "hadde": neither Danish's nor Swedish's) name the Bokmål text
    # Bokmål, as it is (tests/test_langid_drafts.py); the Danish one stays unnamed.
    da = ("Byrådet besluttede tirsdag at lukke den gamle bro for reparationer, og bilister må bruge ringvejen "
          "indtil slutningen af året. Borgmesteren sagde, at arbejdet var nødvendigt, fordi inspektører havde "
          "fundet revner i to af søjlerne, men butiksejerne i centrum er bekymrede for, at de vil miste kunder.")
    nb = ("Bystyret vedtok tirsdag å stenge den gamle brua for reparasjoner, og bilister må bruke ringveien til "
          "slutten av året. Ordføreren sa at arbeidet var nødvendig fordi inspektører hadde funnet sprekker i to "
          "av pilarene, men butikkeierne i sentrum er bekymret for at de vil miste kunder så lenge brua er stengt.")
    assert identify([da] * 3)[0] is None
    assert identify([nb] * 3)[0] == "nb"


def test_reading_time_of_chinese_counts_characters() -> None:
    # ~250 characters of Chinese: about a minute at 255 a minute; counted in tokens between
    # punctuation (~30) it was a few seconds.
    from auditor.api import audit, default_settings

    result = audit(_zh_list(ZH_INTRO).encode("utf-8"), "a.html", default_settings())
    # Characters read: punctuation is none (test_warnings_languages5), nor is there Latin text here.
    chars = sum(sum(map(str.isalnum, p.text)) for p in result.document.paragraphs)  # type: ignore[union-attr]
    # IReST's 255 a minute aloud, at English's silent/IReST ratio (238/228: tests/test_warnings_languages3.py)
    assert result.metrics["reading_time_s"] == round(chars / (255 * 238 / 228) * 60)
    assert 40 <= int(result.metrics["reading_time_s"]) <= 200  # type: ignore[call-overload]
