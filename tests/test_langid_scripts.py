"""Languages named by their script (Thai, Greek, Hangul, kana, Han, Tamil…), by letters
only one language of a script writes (Cyrillic, Devanagari's "है", Hebrew without
Yiddish's ligatures) and Vietnamese by its stacked marks: a page declaring English, or
nothing, is measured in its own language; a right declaration is never overruled; an
English page quoting foreign names stays English."""

from __future__ import annotations

import pytest

from auditor.model import FileResult
from auditor.text.langid import NAMES, effective_language, identify
from test_languages_fa_ur_bn import audited as audited_page


SAMPLES: dict[str, str] = {
    "th": "ประเทศไทยมีสถานที่ท่องเที่ยวที่สวยงามมากมาย นักท่องเที่ยวจากทั่วโลกเดินทางมาเพื่อชมวัดและชายหาดทุกปี",
    "lo": "ປະເທດລາວມີສະຖານທີ່ທ່ອງທ່ຽວທີ່ສວຍງາມຫຼາຍ ນັກທ່ອງທ່ຽວມາຈາກທົ່ວໂລກເພື່ອຊົມວັດ",
    "km": "ប្រទេសកម្ពុជាមានប្រាសាទអង្គរវត្តដ៏ល្បីល្បាញ ភ្ញៀវទេសចរមកពីគ្រប់ទិសទីជារៀងរាល់ឆ្នាំ",
    "my": "မြန်မာနိုင်ငံတွင် လှပသော ဘုရားစေတီများ အများအပြား ရှိသည်။ နှစ်စဉ် ခရီးသွားများ လာရောက်ကြသည်။",
    "ka": "საქართველო ლამაზი ქვეყანაა, სადაც ბევრი ტურისტი ჩამოდის ყოველწლიურად ძველი ქალაქების სანახავად.",
    "hy": "Հայաստանը գեղեցիկ երկիր է, որտեղ ամեն տարի շատ զբոսաշրջիկներ են գալիս հին եկեղեցիները տեսնելու։",
    "el": "Η Ελλάδα είναι μια όμορφη χώρα με πολλά νησιά και αρχαία μνημεία που επισκέπτονται κάθε χρόνο.",
    "he": "ישראל היא מדינה קטנה עם היסטוריה עשירה, ומדי שנה מגיעים אליה תיירים רבים מכל העולם.",
    "ko": "한국은 아름다운 나라입니다. 매년 많은 관광객이 서울과 부산을 방문하여 궁궐과 시장을 구경합니다.",
    "ja": "日本は美しい国です。毎年たくさんの観光客が東京や京都を訪れて、古いお寺や神社を見学します。",
    "zh": "中国是一个历史悠久的国家，每年都有很多游客来到北京和上海旅游，参观古老的寺庙和博物馆。",
    "hi": "भारत एक सुंदर देश है। हर साल बहुत से पर्यटक दिल्ली और मुंबई आते हैं और पुराने मंदिर देखते हैं।",
    "ta": "தமிழ்நாடு இந்தியாவின் ஒரு அழகான மாநிலம். ஒவ்வொரு ஆண்டும் பல சுற்றுலாப் பயணிகள் கோயில்களைப் பார்க்க வருகிறார்கள்.",
    "ru": "Россия — самая большая страна в мире. Каждый год сюда приезжают туристы, чтобы увидеть этот город и музеи.",
    "uk": "Україна — велика країна в Європі. Щороку сюди приїжджають туристи, щоб побачити Київ і його старі церкви.",
    "bg": "България е красива страна. Всяка година много туристи идват, за да видят морето, планините и къщите в "
          "старите градове. Пътят към върха е дълъг, но гледката си заслужава.",
    "vi": "Việt Nam là một đất nước xinh đẹp với nhiều danh lam thắng cảnh nổi tiếng. Hằng năm có rất nhiều khách "
          "du lịch đến thăm Hà Nội và Thành phố Hồ Chí Minh để thưởng thức ẩm thực.",
}
# Latin-script languages without our function words, told by letters only they write.
LATIN: dict[str, str] = {
    "pl": "Polska jest pięknym krajem, w którym co roku turyści odwiedzają Kraków, Gdańsk i Łódź. Życie w małych "
          "miastach płynie spokojnie, a ludzie chętnie częstują gości zupą i pierogami.",
    "tr": "Türkiye çok güzel bir ülkedir ve her yıl milyonlarca turist İstanbul'u ziyaret ediyor. Şehrin tarihi "
          "camileri, çarşıları ve boğazı görmeye değer; akşamları insanlar sahilde yürüyüş yapıyor.",
    "cs": "Česká republika je krásná země, kterou každý rok navštíví mnoho turistů. Přijíždějí do Prahy, aby viděli "
          "starý most, hrad a kostely, a večer ochutnávají české pivo v hospodách.",
    "hu": "Magyarország gyönyörű ország, ahová minden évben sok turista érkezik. A főváros hídjai, fürdői és "
          "múzeumai különösen népszerűek, és az emberek szívesen töltik az estét a Duna-parton.",
    "ro": "România este o țară frumoasă, pe care în fiecare an o vizitează mulți turiști. Ei vin să vadă "
          "mănăstirile din Bucovina, castelele din Transilvania și plajele de la Marea Neagră.",
}
# Languages of a script whose language we do not tell: the declaration decides.
UNTOLD: dict[str, str] = {
    # Maithili in Devanagari: its copula "अछि"/"छथि" is neither Hindi's, Marathi's nor Nepali's.
    "mai": "मिथिला एक प्राचीन क्षेत्र अछि। एतय बहुत रास पर्यटक आबैत छथि आ मंदिर सभ देखैत छथि।",
    # Kyrgyz in Cyrillic: ө ү ң, and none of Kazakh's ә ұ қ ғ.
    "ky": "Кыргызстан тоолуу өлкө. Ар жылы көптөгөн туристтер Ысык-Көлгө келишет жана тоолордо эс алышат.",
    # Yiddish in Hebrew letters: its ligatures װ ײ.
    "yi": "דער \u05f2דישער שר\u05f2בער האָט געשריבן \u05f0עגן דעם לעבן אין שטעטל און \u05f0עגן די מענטשן ד\u05f2ערע.",
    # Yoruba: ẹ and ọ are in Vietnamese's block, the horns ơ ư are not Yoruba's.
    "yo": "Ọjọ́ ìbí mi ni ọ̀la. Ẹ káàbọ̀ sí ilé wa, ẹ jọ̀wọ́ ẹ jókòó kí ẹ sì jẹun pẹ̀lú wa lónìí.",
}
ENGLISH = (
    "The city council voted on Tuesday to close the old bridge for repairs, and drivers will have to use "
    "the ring road until the end of the year. The mayor said that the work was overdue because inspectors "
    "had found cracks in two of the pillars, but shopkeepers fear that they will lose customers while it is shut."
)
# English prose naming people and places in their own scripts and marks.
QUOTING = [
    ENGLISH + " The engineer, Nguyễn Thị Minh Khai, grew up in Hà Nội and studied in Đà Nẵng.",
    ENGLISH + " The bridge was designed after one in Tokyo (東京), which locals call 東京の橋.",
    ENGLISH + " A visitor from Athens (Αθήνα) and one from Moscow (Москва) took the last tour.",
    ENGLISH + " Its sister bridge in Bangkok is called สะพานพระราม on the signs, and ในหลวง opened it.",
]


def long(text: str, n: int = 6) -> list[str]:
    return [text] * n


@pytest.mark.parametrize(("lang", "text"), SAMPLES.items())
def test_the_script_or_its_letters_name_the_language(lang: str, text: str) -> None:
    assert identify(long(text))[0] == lang
    assert lang in NAMES


@pytest.mark.parametrize(("lang", "text"), LATIN.items())
def test_a_latin_language_is_told_by_its_own_letters(lang: str, text: str) -> None:
    assert identify(long(text))[0] == lang


def test_english_naming_places_in_those_languages_stays_english() -> None:
    text = ENGLISH + " They toured Łódź, Kraków, Brașov, Győr, Šumperk, Ústí, Iğdır and Eskişehir by train."
    assert identify(long(text, 2))[0] == "en"


@pytest.mark.parametrize(("lang", "text"), UNTOLD.items())
def test_a_language_the_letters_cannot_tell_is_not_named(lang: str, text: str) -> None:
    assert identify(long(text))[0] is None


@pytest.mark.parametrize("text", QUOTING)
def test_english_quoting_foreign_names_stays_english(text: str) -> None:
    assert identify(long(text, 2))[0] == "en"


@pytest.mark.parametrize("lang", ["th", "ja", "zh", "ko"])
def test_a_short_text_in_an_unspaced_script_is_read_by_its_letters(lang: str) -> None:
    # Few space-separated "words", but hundreds of letters.
    text = SAMPLES[lang]
    assert identify([text] * 5)[0] == lang
    assert identify([text[:30]])[0] is None


def test_chinese_naming_a_japanese_brand_is_not_japanese() -> None:
    name = "他们最喜欢的是无印良品的产品，还有一家叫做「ほっとの家」的小店。"
    # Once in a long text: Chinese; often: neither, the declaration decides.
    assert identify([*long(SAMPLES["zh"], 12), name])[0] == "zh"
    assert identify(long(SAMPLES["zh"] + name))[0] is None
    assert effective_language("zh", None, None, "en") == "zh"


def test_hebrew_quoting_yiddish_keeps_the_declaration() -> None:
    # Yiddish's ligature in a quoted word: the script's language is not told.
    assert identify(long(SAMPLES["he"] + " \u05f2\u05f2\u05f2"))[0] is None


@pytest.mark.parametrize(
    ("declared", "detected", "effective"),
    [
        ("en", "th", "th"),  # a template's English on a Thai article
        (None, "ko", "ko"),
        ("el", "el", "el"),
        ("zh-CN", "ja", "ja"),  # kana decide
        ("ja", "zh", "zh"),
        ("ru", "uk", "uk"),
        ("mr", None, "mr"),  # Devanagari without "है": the declaration stands
        ("sr", None, "sr"),
        ("pa", "ur", "pa"),  # Punjabi in Shahmukhi reads as Urdu
        ("th", "en", "en"),  # a Thai template on an English article
        ("en", "pl", "pl"),
        ("sk", "cs", "sk"),  # a language we cannot tell is kept
    ],
)
def test_the_script_overrules_a_wrong_declaration_only(declared: str | None, detected: str | None,
                                                      effective: str) -> None:
    assert effective_language(declared, detected, None, "en") == effective


def audited(body: str, lang: str | None) -> FileResult:
    return audited_page("Title", body, lang)


def paragraphs(text: str, n: int = 6) -> str:
    return "".join(f"<p>{text}</p>" for _ in range(n))


@pytest.mark.parametrize("lang", ["th", "ja", "ko", "el", "vi", "ru"])
@pytest.mark.parametrize("declared", [None, "en"])
def test_a_page_declared_wrongly_or_not_at_all_is_measured_in_its_language(lang: str, declared: str | None) -> None:
    result = audited(paragraphs(SAMPLES[lang]), declared)
    assert result.document is not None and result.document.lang == lang
    assert ("MT010" in {f.rule for f in result.findings}) == (declared == "en")


@pytest.mark.parametrize("lang", ["th", "ja", "ko", "el", "vi", "ru"])
def test_a_page_declared_rightly_keeps_it_untold(lang: str) -> None:
    result = audited(paragraphs(SAMPLES[lang]), lang)
    assert result.document is not None and result.document.lang == lang
    assert "MT010" not in {f.rule for f in result.findings}


@pytest.mark.parametrize("text", QUOTING)
def test_an_english_page_quoting_names_is_english(text: str) -> None:
    result = audited(paragraphs(text, 3), "en")
    assert result.document is not None and result.document.lang == "en"
    assert "MT010" not in {f.rule for f in result.findings}
