"""Warnings, infos and metrics in other languages, third round: Chinese and Japanese full
stops end sentences, reading time in Thai, Lao, Khmer and Burmese counted from letters,
Danish and Norwegian (Bokmål, Nynorsk) named apart from Swedish, and RD008's pronoun
subjects in each language. Every article here was written for these tests."""

from __future__ import annotations

from typing import Any

from auditor.model import Paragraph
from auditor.text.langid import identify
from auditor.text.segment import split_sentences, words
from test_warnings_languages import article


def _sentences(text: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences([Paragraph(text=text, line=1, column=1)], lang)]


def _audit(html: str) -> Any:
    from auditor.api import audit, default_settings

    return audit(html.encode("utf-8"), "a.html", default_settings())


# --- Chinese and Japanese: 。！？ end sentences ------------------------------------------------

ZH = ("北京市气象台今天上午发布暴雪黄色预警，本市大部分地区将出现中到大雪。气象专家表示，这是今年入冬以来"
      "最强的一次降雪过程！市民明天出门要注意什么？交通部门提醒大家尽量乘坐公共交通。")


def test_chinese_full_stops_end_sentences() -> None:
    assert _sentences(ZH, "zh") == [
        "北京市气象台今天上午发布暴雪黄色预警，本市大部分地区将出现中到大雪。",
        "气象专家表示，这是今年入冬以来最强的一次降雪过程！",
        "市民明天出门要注意什么？",
        "交通部门提醒大家尽量乘坐公共交通。",
    ]


def test_a_closing_quote_stays_with_the_sentence_it_ends() -> None:
    assert _sentences("他说：“我不认为它会有任何不同。”他认为这只是传说。", "zh") == [
        "他说：“我不认为它会有任何不同。”", "他认为这只是传说。"]


def test_japanese_goes_on_after_a_quotation_or_title_closing_on_a_stop() -> None:
    # The quotative と and a title's case particle continue the sentence the quotation is in.
    text = "彼は「明日は行きます。」と言った。大賞はテレビ番組「チコちゃんに叱られる！」が受賞した。東京は晴れです。"
    assert _sentences(text, "ja") == [
        "彼は「明日は行きます。」と言った。", "大賞はテレビ番組「チコちゃんに叱られる！」が受賞した。", "東京は晴れです。"]


def test_an_ascii_question_mark_between_han_characters_is_left_alone() -> None:
    # A character lost to a wrong encoding ("巴兹?奥尔德林", Buzz Aldrin) is not a question.
    assert len(_sentences("图注：巴兹?奥尔德林可能是第二个在月球上行走的人。", "zh")) == 1


def test_a_chinese_quotation_in_an_english_paragraph_ends_where_it_ends() -> None:
    assert _sentences("The sign read 请勿吸烟。 Nobody obeyed it.", "en") == ["The sign read 请勿吸烟。", "Nobody obeyed it."]


def test_a_cjk_paragraphs_words_are_its_sentences_words() -> None:
    # split_sentences hands each paragraph's joined sentence words to the word memo.
    text = ZH + "他说：“好。”然后走了。"
    joined = [w for s in split_sentences([Paragraph(text=text, line=1, column=1)], "zh") for w in s.words]
    assert joined == words(text)


def test_the_sentence_metric_counts_chinese_sentences() -> None:
    body = f"<p>{ZH}</p><p>{ZH}</p><p>{ZH}</p>"
    result = _audit(article("zh-CN", "北京发布暴雪预警", "北京今天发布暴雪预警", body))
    assert result.metrics["sentences"] == 12


# --- Thai, Lao, Khmer, Burmese: reading time from letters --------------------------------------

TH = ("กรุงเทพมหานครประกาศเตือนประชาชนให้ระวังฝนตกหนักในช่วงสัปดาห์นี้ ซึ่งอาจทำให้เกิดน้ำท่วมขังในหลายพื้นที่ "
      "เจ้าหน้าที่ได้เตรียมเครื่องสูบน้ำไว้ตามจุดเสี่ยงแล้ว และขอให้ผู้ขับขี่รถยนต์ใช้ความระมัดระวังเป็นพิเศษ "
      "กรมอุตุนิยมวิทยาคาดว่าฝนจะตกต่อเนื่องไปจนถึงปลายเดือน ประชาชนควรติดตามข่าวสารอย่างใกล้ชิด")


def test_thai_reading_time_counts_letters_not_phrases() -> None:
    # Nine phrases between spaces read as nine "words" (two seconds); ~220 letters at
    # ~920 a minute are ~14 seconds a paragraph. Vowel and tone marks are not letters.
    body = "".join(f"<p>{TH}</p>" for _ in range(4))
    result = _audit(article("th", "เตือนฝนตกหนัก", "กรุงเทพฯ เตือนฝนตกหนักสัปดาห์นี้", body))
    letters = 4 * sum(ch.isalnum() for ch in TH)
    assert letters < 4 * len(TH.replace(" ", ""))  # the marks are left out
    assert result.metrics["reading_time_s"] == round(letters / (882 * 238 / 228) * 60)
    assert result.metrics["reading_time_s"] > 30


def test_german_reading_time_at_germans_rate() -> None:
    # German says as much in fewer, longer words: IReST's readers read 179 of them a minute
    # where English readers read 228, so 238 silent English words are ~187 German ones.
    text = "Der Stadtrat beschloss am Dienstag, die alte Brücke bis zum Jahresende für Reparaturen zu sperren. " * 10
    result = _audit(article("de", "Brücke gesperrt", "Alte Brücke wird gesperrt", f"<p>{text}</p>"))
    words_read = 150  # 15 words a sentence, ten sentences
    assert result.metrics["reading_time_s"] == round(words_read / (238 * 179 / 228) * 60)


def test_english_reading_time_still_counts_words() -> None:
    text = "The council voted on Tuesday to close the old bridge for repairs until the end of the year. " * 10
    result = _audit(article("en", "Bridge closes", "Bridge closes for repairs", f"<p>{text}</p>"))
    # ~180 words of prose at 238 a minute
    assert 40 <= result.metrics["reading_time_s"] <= 50


# --- Danish, Norwegian Bokmål and Nynorsk, Swedish -----------------------------------------------

DA = ("Regeringen har i dag fremlagt et nyt forslag om skat, som skal gøre det lettere for familier med børn at få "
      "enderne til at mødes. Ifølge finansministeren vil omkring en million danskere få flere penge mellem hænderne "
      "fra næste år. Det er ikke nok, siger oppositionen, som mener at forslaget kun hjælper dem, der i forvejen "
      "har meget. Hvad der sker nu, er uklart. Partierne skal mødes igen efter weekenden, og så vil vi se, om der "
      "kan findes et flertal. Mange kommuner har også bedt om flere penge til ældreplejen, men de har endnu ikke "
      "fået noget svar. Jeg tror ikke, at det bliver let, siger en af forhandlerne til avisen.")
NB = ("Regjeringen har i dag lagt fram et nytt forslag om skatt, som skal gjøre det lettere for familier med barn å "
      "få endene til å møtes. Ifølge finansministeren vil rundt en million nordmenn få mer penger mellom hendene "
      "fra neste år. Det er ikke nok, sier opposisjonen, som mener at forslaget bare hjelper dem som fra før "
      "har mye. Hva som skjer nå, er uklart. Partiene skal møtes igjen etter helgen, og da vil vi se om det "
      "kan finnes et flertall. Mange kommuner har også bedt om mer penger til eldreomsorgen, men de har ennå ikke "
      "fått noe svar. Jeg tror ikke at det blir lett, sier en av forhandlerne til avisen.")
NN = ("Regjeringa har i dag lagt fram eit nytt forslag om skatt, som skal gjere det lettare for familiar med born å "
      "få endane til å møtast. Ifølgje finansministeren vil rundt ein million nordmenn få meir pengar mellom hendene "
      "frå neste år. Det er ikkje nok, seier opposisjonen, som meiner at forslaget berre hjelper dei som frå før "
      "har mykje. Kva som skjer no, er uklart. Partia skal møtast igjen etter helga, og då vil vi sjå om det "
      "kan finnast eit fleirtal. Mange kommunar har også bede om meir pengar til eldreomsorga, men dei har enno ikkje "
      "fått noko svar. Eg trur ikkje at det blir lett, seier ein av forhandlarane til avisa.")
SV = ("Regeringen har i dag lagt fram ett nytt förslag om skatt, som ska göra det lättare för familjer med barn att "
      "få pengarna att räcka. Enligt finansministern kommer omkring en miljon svenskar att få mer pengar i plånboken "
      "från nästa år. Det är inte tillräckligt, säger oppositionen, som menar att förslaget bara hjälper dem som redan "
      "har mycket. Vad som händer nu är oklart. Partierna ska träffas igen efter helgen, och då får vi se om det "
      "finns en majoritet. Många kommuner har också bett om mer pengar till äldreomsorgen, men de har ännu inte "
      "fått något svar. Jag tror inte att det blir lätt, säger en av förhandlarna till tidningen.")


def test_danish_norwegian_and_swedish_are_told_apart() -> None:
    # All four read as Swedish while it was the only Nordic profile.
    assert identify([DA])[0] == "da"
    assert identify([NB])[0] == "nb"
    assert identify([NN])[0] == "nn"
    assert identify([SV])[0] == "sv"


def test_a_nordic_text_with_too_few_words_of_its_own_is_not_named() -> None:
    # Only the shared words ("og", "i", "det", "er", "som", "på"): the group, not the language.
    shared = ("Det er som en by i en by, og det er der vi har det. Han har en hund som er med på det "
              "meste, og de er ute om morgenen og om kvelden. ") * 3
    assert identify([shared])[0] is None


def test_latin_filler_is_not_read_as_danish() -> None:
    # "sit" is Danish's, "et" and "ut" Norwegian's: a single word of its own many times is not enough.
    lorem = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
             "labore et dolore magna aliqua, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo. ") * 6
    assert identify([lorem])[0] is None


def test_mt004_names_danish_on_a_page_without_lang() -> None:
    page = ('<!doctype html><html><head><meta charset="utf-8"><title>Nyt skatteforslag</title></head>'
            f"<body><article><h1>Regeringen fremlægger nyt skatteforslag</h1><p>{DA}</p><p>{DA}</p></article></body></html>")
    message = next(f.message for f in _audit(page).findings if f.rule == "MT004")
    assert 'lang="da"' in message and 'lang="sv"' not in message


def test_a_page_declaring_norwegian_keeps_it() -> None:
    # "no" (Norwegian, either written form) is not overruled by the written form the text reads as.
    from auditor.text.langid import effective_language

    assert effective_language("no", "nn", None, "en") == "no"


# --- RD008: each language's pronoun subjects may repeat -------------------------------------------


def _rd008(text: str, lang: str) -> list[Any]:
    from test_rules_readability import make_doc, run

    return run("RD008", make_doc(text, lang=lang))  # type: ignore[no-any-return]


def test_rd008_lets_german_pronoun_subjects_repeat() -> None:
    pronouns = "Sie lief los. Sie fiel hart hin. Sie stand wieder auf. Sie gewann das Rennen."
    assert _rd008(pronouns, "de") == []
    articles = "Die Rebellen hissten Fahnen. Die Armee griff an. Die Ältesten blieben stumm. Die Kämpfe gingen weiter."
    hits = _rd008(articles, "de")
    assert len(hits) == 1 and hits[0].data["word"] == "Die"


def test_rd008_pronouns_are_the_page_languages() -> None:
    # French "Il" repeats in narrative; in an English article it is a name's start, and flagged.
    text = "Il pleuvait fort. Il faisait froid dehors. Il a couru vite. Il a gagné la course."
    assert _rd008(text, "fr") == []
    assert len(_rd008(text, "en")) == 1
    assert _rd008("She ran. She fell down hard. She got up again. She won the race.", "en") == []


# --- Georgian: a sentence opens on a letter Unicode calls lower case -----------------------------

KA = ("საქართველოს მთავრობამ დღეს ახალი კანონპროექტი წარადგინა. მინისტრის თქმით, ცვლილებები მომავალი "
      "წლიდან ამოქმედდება. ოპოზიცია პროექტს აკრიტიკებს და ამბობს, რომ მოქალაქეებს არავინ ჰკითხა. ")


def test_georgian_sentences_end_at_their_full_stops() -> None:
    # Mkhedruli letters are lower case to Unicode (Mtavruli capitals only title all-caps
    # text), so the next word's "lower case" joined every sentence into one.
    assert len(_sentences(KA.strip(), "ka")) == 3
    # Other scripts still go on after a stop before a lower-case word ("approx. ten").
    assert len(_sentences("It costs approx. ten euros. Nobody minds.", "en")) == 2


def test_rd011_does_not_read_a_georgian_paragraph_as_one_sentence() -> None:
    from test_warnings_languages import rules_on

    page = article("ka", "ახალი კანონპროექტი", "მთავრობამ ახალი კანონპროექტი წარადგინა", f"<p>{KA * 4}</p><p>{KA}</p>")
    assert "RD011" not in rules_on(page)


def test_one_scandinavian_language_does_not_overrule_another() -> None:
    # Told apart by a handful of words: a page's own lang="nb" stands against Danish-looking
    # text, while a template's wrong lang="en" gives way to it.
    from auditor.text.langid import effective_language

    assert effective_language("nb", "da", None, "en") == "nb"
    assert effective_language("sv", "nn", None, "en") == "sv"
    assert effective_language("en", "da", None, "en") == "da"


def test_burmese_and_khmer_full_stops_end_sentences() -> None:
    my = "မြို့တော်တွင် ယနေ့ မိုးသည်းထန်စွာ ရွာသွန်းခဲ့သည်။ လမ်းများ ရေလွှမ်းမိုးခဲ့သည်။"
    km = "ភ្លៀងបានធ្លាក់យ៉ាងខ្លាំងនៅរាជធានីភ្នំពេញកាលពីម្សិលមិញ។ ផ្លូវជាច្រើនត្រូវលិចទឹក។"
    assert len(_sentences(my, "my")) == 2
    assert len(_sentences(km, "km")) == 2


# --- English abbreviations that are words elsewhere --------------------------------------------


def test_a_word_that_is_an_english_abbreviation_ends_a_sentence_in_its_own_language() -> None:
    # "no." never ended a sentence ("No. 5"): a Spanish "dijo que no." ran into the next one.
    assert len(_sentences("Le preguntaron si iba a dimitir y dijo que no. El presidente guardó silencio.", "es")) == 2
    assert len(_sentences("Gli ho chiesto se veniva e ha detto di no. Poi è partito.", "it")) == 2
    assert len(_sentences("Pasamos el día cerca del mar. Luego volvimos a casa.", "es")) == 2
    assert len(_sentences("Il en a vendu sept. Les autres sont restés au dépôt.", "fr")) == 2
    # Before a number each is still the abbreviation, and in English always.
    assert len(_sentences("Vive en la calle No. 5 de Monterrey.", "es")) == 1
    assert len(_sentences("Il est né le 3 sept. 2019 à Paris.", "fr")) == 1
    assert len(_sentences("He said no. Then he left for No. 10 Downing Street.", "en")) == 1


# --- A script's full stop typed as its ASCII look-alike -----------------------------------------


def test_armenian_full_stop_typed_as_a_colon_ends_a_sentence() -> None:
    hy = ("Կառավարությունը այսօր նոր օրինագիծ է ներկայացրել: Նախարարի խոսքով՝ փոփոխությունները "
          "կուժի մեջ կմտնեն հաջորդ տարվանից: Ընդդիմությունը քննադատում է նախագիծը:")
    assert len(_sentences(hy, "hy")) == 3
    assert len(_sentences("Note: The meeting starts at noon.", "en")) == 1


def test_danda_typed_as_a_vertical_bar_ends_a_sentence() -> None:
    hi = "दिल्ली में आज भारी बारिश हुई | कई सड़कों पर पानी भर गया| लोग परेशान रहे।"
    assert len(_sentences(hi, "hi")) == 3
    assert len(_sentences("Revenue | Cost | Profit were all reported.", "en")) == 1


def test_scandinavian_polish_and_russian_abbreviations_end_no_sentence() -> None:
    # English's list read "kl." and "bl.a." as ends: "kl. 14" is a time, "ul." a street.
    assert len(_sentences("Mødet begynder kl. 14 i rådhuset. Alle er velkomne.", "da")) == 2
    assert len(_sentences("Det gäller bl.a. Stockholm och Göteborg. Beslutet kom i går.", "sv")) == 2
    assert len(_sentences("Møtet er f.eks. 14. mai. Alle er velkomne.", "nb")) == 2
    assert len(_sentences("Spotkanie odbędzie się przy ul. Marszałkowskiej. Wstęp wolny.", "pl")) == 2
    assert len(_sentences("Он живет на ул. Ленина в центре. Это удобно.", "ru")) == 2


def test_english_with_words_danish_also_writes_stays_english() -> None:
    # "for", "at", "over", "have", "her" are Danish and Norwegian too: their profiles must not
    # take English's share (a deals page read as no language while they competed).
    en = ("Save 40 percent on headphones for Prime Day. Over at Amazon, i found deals for kitchen gear, "
          "for outdoor lights and for smart plugs. Have a look at over 30 picks for under 50 dollars: "
          "for example a blender for 29 dollars, a lamp for 19 and a set of knives at 35. Deals end at "
          "midnight, so have your list ready. Over the weekend the prices for TVs drop, and at 7 a.m. "
          "more deals go live for her and for him. ") * 2
    lang, confidence = identify([en])
    assert lang == "en" and confidence > 0.85
