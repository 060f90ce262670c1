"""Persian, Urdu and Bengali pages (and Arabic's, which share Persian's and Urdu's script):
the language is told from the letters each writes (CLDR's exemplar characters), so a
Persian page declared English or Arabic is measured as Persian; and the headline's counted
noun is found whatever digits the count is written in ("۱۰ نکته", "১০টি উপায়", "๑๐ ที่")."""

from __future__ import annotations

import pytest

from auditor.api import Settings, audit
from auditor.config import CliRuleOptions, Config, effective_rules
from auditor.model import Document, FileResult
from auditor.text.langid import effective_language, identify

DEFAULT = Settings(rules=effective_rules(Config(), None, CliRuleOptions()))

FA = ("این مقاله درباره بهترین روش‌های خواب بهتر است. پژوهشگران می‌گویند که خواب کافی برای سلامت "
      "بدن و ذهن ضروری است و کمبود آن می‌تواند به بیماری‌های گوناگون منجر شود. در ادامه چند نکته ساده "
      "را می‌خوانید که به شما کمک می‌کند شب‌ها آرام‌تر بخوابید و صبح با انرژی بیشتری بیدار شوید.")
UR = ("یہ مضمون بہتر نیند کے طریقوں کے بارے میں ہے۔ محققین کا کہنا ہے کہ جسم اور دماغ کی صحت کے لیے "
      "کافی نیند ضروری ہے اور اس کی کمی کئی بیماریوں کا سبب بن سکتی ہے۔ آگے آپ چند آسان مشورے پڑھیں "
      "گے جو آپ کو رات کو پرسکون سونے میں مدد دیں گے۔")
AR = ("هذه المقالة عن أفضل طرق النوم الجيد. يقول الباحثون إن النوم الكافي ضروري لصحة الجسم والعقل، "
      "وإن قلته قد تؤدي إلى أمراض مختلفة. فيما يلي بعض النصائح البسيطة التي تساعدك على النوم بهدوء "
      "في الليل والاستيقاظ بنشاط في الصباح.")
BN = ("এই প্রবন্ধটি ভালো ঘুমের উপায় নিয়ে। গবেষকরা বলেন যে শরীর ও মনের স্বাস্থ্যের জন্য পর্যাপ্ত ঘুম "
      "জরুরি এবং এর অভাবে নানা রোগ হতে পারে। নিচে কয়েকটি সহজ পরামর্শ পড়ুন যা আপনাকে রাতে "
      "শান্তভাবে ঘুমাতে সাহায্য করবে।")
# Pashto (ښ ړ څ ې…) and Assamese (ৰ ৱ) share the scripts: neither is told as Persian,
# Urdu, Arabic or Bengali.
PS = ("دا مقاله د ښه خوب د لارو په اړه ده. څېړونکي وايي چې د بدن او ذهن د روغتیا لپاره کافي خوب "
      "اړین دی او د هغه کمښت کولی شي بېلابېلو ناروغیو ته لار هواره کړي.")
AS = ("এই প্ৰবন্ধটো ভাল টোপনিৰ উপায়ৰ বিষয়ে। গৱেষকসকলে কয় যে শৰীৰ আৰু মনৰ স্বাস্থ্যৰ বাবে পৰ্যাপ্ত "
      "টোপনি প্ৰয়োজনীয় আৰু ইয়াৰ অভাৱত নানা ৰোগ হ'ব পাৰে।")
EN = ("This article is about the best ways to sleep better, and it says that the body and the mind "
      "need enough sleep, which is why we wrote it for you with some simple tips to follow.")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (FA, "fa"),
        (FA.replace("ی", "ي").replace("ک", "ك"), "fa"),  # a keyboard's Arabic kaf and yeh: پ چ ژ گ tell it
        (UR, "ur"),
        (AR, "ar"),
        (AR + " وقال متحدث باسم شركة گوگل إن الخدمة ستعود قريبا.", "ar"),  # a foreign name's گ
        (BN, "bn"),
    ],
)
def test_the_letters_tell_the_language(text: str, lang: str) -> None:
    assert identify([text] * 3)[0] == lang


@pytest.mark.parametrize("text", [PS, AS])
def test_another_language_of_the_script_is_not_told(text: str) -> None:
    assert identify([text] * 3)[0] is None


def test_a_quotation_in_persian_leaves_english_prose_english() -> None:
    assert identify([EN * 3, FA[:150]])[0] == "en"


@pytest.mark.parametrize(
    ("declared", "detected", "effective"),
    [
        ("ar", "fa", "fa"),  # a Persian page declared Arabic is read as Persian
        ("en", "ur", "ur"),  # a template's English on an Urdu page
        (None, "bn", "bn"),
        ("pa", "ur", "pa"),  # Punjabi's Shahmukhi writes Urdu's letters: the declaration stands
        ("as", None, "as"),
    ],
)
def test_the_letters_overrule_a_wrong_declaration_only(declared: str | None, detected: str | None,
                                                       effective: str) -> None:
    assert effective_language(declared, detected, None, "en") == effective


def audited(h1: str, body: str, lang: str | None) -> FileResult:
    attr = f" lang={lang}" if lang else ""
    html = (f"<html{attr}><head><title>t</title></head><body><article><h1>{h1}</h1>"
            f"{body}</article></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.error is None and result.document is not None
    return result


def doc_of(h1: str, body: str, lang: str | None) -> Document:
    document = audited(h1, body, lang).document
    assert document is not None
    return document


def paragraphs(text: str, n: int = 6) -> str:
    return "".join(f"<p>{text}</p>" for _ in range(n))


@pytest.mark.parametrize(("text", "lang"), [(FA, "fa"), (UR, "ur"), (BN, "bn"), (AR, "ar")])
@pytest.mark.parametrize("declared", [None, "en"])
def test_a_page_in_the_language_is_measured_in_it(text: str, lang: str, declared: str | None) -> None:
    result = audited("عنوان", paragraphs(text), declared)
    assert result.document is not None and result.document.lang == lang
    rules = {f.rule for f in result.findings}
    # English's reading-ease formula says nothing about these languages.
    assert "RD001" not in rules
    assert ("MT010" in rules) == (declared == "en")


@pytest.mark.parametrize(("text", "lang"), [(FA, "fa"), (UR, "ur"), (BN, "bn"), (AR, "ar")])
def test_a_page_declared_rightly_is_not_told(text: str, lang: str) -> None:
    result = audited("عنوان", paragraphs(text), lang)
    assert result.document is not None and result.document.lang == lang
    assert "MT010" not in {f.rule for f in result.findings}


def test_a_persian_page_declared_arabic_is_persian() -> None:
    result = audited("عنوان", paragraphs(FA), "ar")
    assert result.document is not None and result.document.lang == "fa"
    hit = next(f for f in result.findings if f.rule == "MT010")
    assert "Persian" in hit.message


ITEM = "<h2>{n}. {name}</h2><p>{text}</p>"


def numbered(text: str, count: int) -> str:
    return "".join(ITEM.format(n=n, name=f"مورد {n}", text=text) for n in range(1, count + 1))


@pytest.mark.parametrize(
    ("headline", "text", "lang", "noun"),
    [
        ("۱۰ نکته برای خواب بهتر", FA, "fa", "نکته"),  # Extended Arabic-Indic digits
        ("١٠ طرق لتحسين نومك", AR, "ar", "طرق"),  # Arabic-Indic digits
        ("۱۰ طریقے بہتر نیند کے لیے", UR, "ur", "طریقے"),
        ("ঘুম ভালো করার ১০টি উপায়", BN, "bn", "উপায়"),  # Bengali digits with their classifier
        ("১০ উপায় ভালো ঘুমের", BN, "bn", "উপায়"),
        ("१० तरीके बेहतर नींद के लिए", FA, "hi", "तरीके"),  # Devanagari digits
        ("๑๐ ที่เที่ยว ในเชียงใหม่", FA, "th", "ที่เที่ยว"),  # Thai digits
        ("１０ Ways to Sleep Better", EN, "en", "Ways"),  # full-width digits
    ],
)
def test_the_counted_noun_is_found_after_any_digits(headline: str, text: str, lang: str, noun: str) -> None:
    doc = doc_of(headline, f"<p>{text}</p>" + numbered(text, 10), lang)
    assert doc.headline_number == 10
    assert doc.listicle is not None and doc.listicle.noun == noun


def test_an_intro_counting_the_headline_noun_otherwise_is_told_in_persian_digits() -> None:
    intro = "<p>در این مطلب ۷ نکته مهم را برای خواب بهتر با هم مرور می‌کنیم و هر کدام را شرح می‌دهیم.</p>"
    result = audited("۱۰ نکته برای خواب بهتر", intro + numbered(FA, 10), "fa")
    hits = [f for f in result.findings if f.rule == "LS006"]
    assert [h.excerpt for h in hits] == ["۷ نکته"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("এই প্রবন্ধটি ভালো ঘুমের উপায় নিয়ে", 6),  # vowel signs and virama inside Bengali words
        ("यह लेख बेहतर नींद के तरीकों के बारे में है", 10),
        ("این مقاله درباره بهترین روش‌های خواب", 6),  # the zero-width non-joiner inside a Persian word
    ],
)
def test_a_word_keeps_the_marks_on_its_letters(text: str, count: int) -> None:
    from auditor.text.segment import word_count

    assert word_count(text) == count


@pytest.mark.parametrize(("text", "lang"), [(UR, "ur"), (BN, "bn"), (AR + " هل تنام جيدا؟ نعم.", "ar"),
                                            ("यह पहला वाक्य है। यह दूसरा वाक्य है। और तीसरा।", "hi")])
def test_sentences_end_at_the_scripts_own_stops(text: str, lang: str) -> None:
    from auditor.model import Paragraph
    from auditor.text.segment import split_sentences

    sentences = split_sentences([Paragraph(text=text, line=1)], lang)
    assert len(sentences) == 3 + (lang == "ar") * 2


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("आज सुबह शहर के बड़े बाज़ार में लोगों की भारी भीड़ देखी गई।", "hi"),
        ("আজ সকালে শহরের বড় বাজারে মানুষের প্রচুর ভিড় দেখা গেছে।", "bn"),
    ],
)
def test_a_paragraph_of_short_sentences_is_no_long_sentence(sentence: str, lang: str) -> None:
    # Four sentences of ~11 words: read as one of ~70 shattered words, RD011 called it too long.
    result = audited("शीर्षक", paragraphs(" ".join([sentence] * 4)), lang)
    assert "RD011" not in {f.rule for f in result.findings}


def test_the_counted_noun_of_a_persian_headline_on_a_page_declared_english() -> None:
    # Too little text to tell the page's language: the headline's own script decides, as
    # it does for its promise (the English plural test found no noun in "۱۰ نکته").
    body = "".join(f"<h2>{n}. مورد {n}</h2><p>متن کوتاه</p>" for n in range(1, 11))
    doc = doc_of("۱۰ نکته برای خواب بهتر", body, "en")
    assert doc.lang == "en" and doc.listicle is not None and doc.listicle.noun == "نکته"
