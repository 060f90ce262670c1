"""Warnings and infos on small articles in languages other than English: a rule that
cannot judge a language's text stays silent there rather than guessing."""

from __future__ import annotations

import pytest

from auditor.api import audit, default_settings
from rulekit import rule_hits
from test_rules_images import doc, img


def rules_on(html: str) -> list[str]:
    result = audit(html.encode("utf-8"), "a.html", default_settings())
    return [f.rule for f in result.findings]


def article(lang: str, title: str, headline: str, body: str) -> str:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><article><h1>{headline}</h1>{body}</article></body></html>")


JA_BODY = (
    "<p>東京都心では七日朝から雪が強まり、気象庁によると午前十時までに十センチの積雪を観測した。"
    "首都圏の鉄道各線では運転の見合わせや遅れが相次いでいる。</p>"
    "<p>気象庁は、路面の凍結による交通障害に注意するよう呼びかけている。雪は夜にかけて降り続く見込みだ。</p>"
)


# --- HL011: words shared by a title and a headline written without spaces ------------------


def test_hl011_reads_japanese_title_and_headline_by_their_characters() -> None:
    # The title and the headline share 大雪 (heavy snow), 東京 (Tokyo) and 交通 (traffic), but
    # neither has a space between words: split on spaces and punctuation they share no "word".
    page = article("ja", "大雪で交通機関が混乱　東京 | 日本ニュース", "東京で記録的な大雪、首都圏の交通に大きな乱れ", JA_BODY)
    assert "HL011" not in rules_on(page)


def test_hl011_still_fires_on_a_japanese_title_about_something_else() -> None:
    page = article("ja", "会社概要 | 日本ニュース", "東京で記録的な大雪、首都圏の交通に大きな乱れ", JA_BODY)
    assert "HL011" in rules_on(page)


def test_hl011_shared_grammar_endings_are_not_shared_words() -> None:
    # Only hiragana in common ("した", "の"): no content word is shared.
    page = article("ja", "会社をご紹介しました", "東京で大雪が降りました", JA_BODY)
    assert "HL011" in rules_on(page)


def test_hl011_reads_thai_and_chinese_runs_by_their_characters() -> None:
    zh_body = "<p>北京市气象台今天发布暴雪预警，预计夜间降雪将持续。市民出行请注意安全。</p>"
    assert "HL011" not in rules_on(article("zh", "北京暴雪预警 交通受阻", "北京今天发布暴雪预警", zh_body))
    th_body = "<p>กรุงเทพมหานครมีฝนตกหนักตั้งแต่เช้า ถนนหลายสายมีน้ำท่วมขัง</p>"
    assert "HL011" not in rules_on(article("th", "ฝนตกหนักในกรุงเทพมหานคร", "กรุงเทพมหานครฝนตกหนัก น้ำท่วมหลายจุด", th_body))


# --- HL009 / HD-heading punctuation: ";" is Greek's question mark --------------------------


EL_BODY = ("<p>Οι τιμές του ηλεκτρικού ρεύματος αυξήθηκαν ξανά αυτόν τον μήνα. Η κυβέρνηση εξετάζει νέα μέτρα "
           "στήριξης για τα νοικοκυριά.</p><p>Οι ειδικοί λένε ότι οι λογαριασμοί θα μείνουν υψηλοί μέχρι την άνοιξη.</p>")


def test_hl009_leaves_a_greek_question_alone() -> None:
    # "Why are electricity prices rising?" ends with Greek's question mark, the ";" of U+037E
    # folded by NFC: neither the ASCII nor the Greek code point is a stray semicolon.
    for mark in (";", "\u037e"):
        headline = f"Γιατί ανεβαίνουν οι τιμές του ρεύματος{mark}"
        assert "HL009" not in rules_on(article("el", headline, headline, EL_BODY))


def test_hl009_still_reports_a_semicolon_after_latin_text() -> None:
    headline = "Electricity prices rise again this winter;"
    assert "HL009" in rules_on(article("en", headline, headline, EL_BODY))


def test_heading_punctuation_leaves_a_greek_question_alone() -> None:
    from auditor.checks.headline import ending_punctuation

    assert ending_punctuation("Τι σημαίνει αυτό για τους καταναλωτές;", [".", ";", ","], []) is None
    assert ending_punctuation("What it means for you;", [".", ";", ","], []) == ";"


# --- RD011 / RD004: Vietnamese spaces its syllables, not its words -------------------------


# One plain news sentence of 74 spaced syllables (49 words: "giao thông", "thành phố",
# "khí tượng" are one word each): long, but not past RD011's 55 words.
VI_SENTENCE = (
    "Sáng nay, mưa lớn kéo dài từ đêm qua khiến nhiều tuyến phố trung tâm thành phố Hà Nội bị ngập sâu, "
    "giao thông tại các nút giao chính như Nguyễn Trãi, Láng Hạ và Kim Mã bị ùn tắc kéo dài nhiều giờ, "
    "trong khi Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết mưa sẽ tiếp tục đến hết ngày mai "
    "và người dân nên hạn chế ra đường."
)


def test_rd011_counts_vietnamese_words_not_syllables() -> None:
    assert len(VI_SENTENCE.split()) > 55 * 1.1  # past the limit when every syllable counts as a word
    page = article("vi", "Hà Nội mưa lớn", "Hà Nội mưa lớn, nhiều tuyến phố ngập sâu",
                   f"<p>{VI_SENTENCE}</p><p>Người dân được khuyên ở nhà.</p>")
    assert "RD011" not in rules_on(page)


def test_rd011_still_reports_a_vietnamese_sentence_that_runs_on() -> None:
    run_on = VI_SENTENCE.rstrip(".") + ", " + VI_SENTENCE[0].lower() + VI_SENTENCE[1:]
    page = article("vi", "Hà Nội mưa lớn", "Hà Nội mưa lớn, nhiều tuyến phố ngập sâu",
                   f"<p>{run_on}</p><p>Người dân được khuyên ở nhà.</p>")
    assert "RD011" in rules_on(page)


def test_rd004_counts_vietnamese_paragraphs_in_words() -> None:
    # Three of the sentences: 222 syllables, 147 words, under RD004's 175.
    paragraph = " ".join([VI_SENTENCE] * 3)
    assert len(paragraph.split()) > 175 * 1.05
    page = article("vi", "Hà Nội mưa lớn", "Hà Nội mưa lớn, nhiều tuyến phố ngập sâu",
                   f"<p>{paragraph}</p><p>Người dân được khuyên ở nhà.</p><p>Mưa sẽ tạnh vào thứ Năm.</p>")
    assert "RD004" not in rules_on(page)
    longer = " ".join([VI_SENTENCE] * 5)  # 370 syllables, 245 words: long in any count
    page = article("vi", "Hà Nội mưa lớn", "Hà Nội mưa lớn, nhiều tuyến phố ngập sâu",
                   f"<p>{longer}</p><p>Người dân được khuyên ở nhà.</p><p>Mưa sẽ tạnh vào thứ Năm.</p>")
    assert "RD004" in rules_on(page)


# --- RD011: full stops the sentence splitter does not know ---------------------------------


HY = ("Երևանում այսօր առավոտից ուժեղ ձյուն է տեղում։ Քաղաքի մի շարք փողոցներում երթևեկությունը դժվարացել է։ "
      "Օդերևութաբանները կանխատեսում են, որ ձյունը կշարունակվի մինչև երեկո։ ")
AM = ("በአዲስ አበባ ዛሬ ጠዋት ከባድ ዝናብ ዘነበ። በበርካታ መንገዶች ላይ የትራፊክ መጨናነቅ ተፈጥሯል። "
      "የሜትሮሎጂ ባለሙያዎች ዝናቡ እስከ ምሽት ድረስ እንደሚቀጥል ተናግረዋል። ")
EL = ("Οι τιμές του ρεύματος αυξήθηκαν ξανά αυτόν τον μήνα και οι καταναλωτές ανησυχούν για τον χειμώνα; "
      "Η κυβέρνηση εξετάζει νέα μέτρα στήριξης για τα νοικοκυριά που δυσκολεύονται να πληρώσουν; ")


@pytest.mark.parametrize("lang, sentences", [("hy", HY), ("am", AM), ("el", EL)])
def test_rd011_reads_armenian_ethiopic_and_greek_sentence_ends(lang: str, sentences: str) -> None:
    # Three paragraphs' worth of short sentences ending in ։ (Armenian), ። (Ethiopic) or
    # Greek's ";": read as one sentence they ran to 60+ "words".
    paragraph = sentences * 3
    assert len(paragraph.split()) > 55 * 1.1
    page = article(lang, "x", " ".join(sentences.split()[:5]), f"<p>{paragraph}</p><p>{sentences}</p>")
    assert "RD011" not in rules_on(page)


def test_rd011_still_reports_a_long_armenian_sentence() -> None:
    # The same words joined by commas: one sentence of 66 words.
    run_on = HY.replace("։ ", ", ").strip().rstrip(",") + ", "
    paragraph = (run_on * 3).rstrip(", ") + "։"
    page = article("hy", "x", " ".join(HY.split()[:5]), f"<p>{paragraph}</p><p>{HY}</p>")
    assert "RD011" in rules_on(page)


# --- RD001: a formula calibrated for Latin-script languages -------------------------------


def test_rd001_leaves_armenian_declared_as_english_alone() -> None:
    # A theme's default lang="en-US" over Armenian prose the language guesser cannot name:
    # Flesch's English coefficients on Armenian words are a guess, not a reading ease.
    # Its sentences, run together by the splitter, averaged 145 "words": a score of -23.
    page = article("en-US", "x", " ".join(HY.split()[:5]), f"<p>{HY * 12}</p><p>{HY}</p>")
    assert "RD001" not in rules_on(page)


def test_rd001_still_reads_english_prose() -> None:
    sentence = ("The multibillion-dollar infrastructure initiative, characterised by considerable geopolitical "
                "complexity, has precipitated unprecedented insurgent mobilisation across the province, and "
                "provincial administrators have repeatedly characterised the deteriorating security environment "
                "as fundamentally unmanageable. ")
    page = article("en", "x", "Infrastructure and insurgency in the province", f"<p>{sentence * 2}</p>" * 3)
    assert "RD001" in rules_on(page)


# --- IM005 (text.length): a short alt text in CJK characters -------------------------------


def test_im005_judges_a_cjk_alt_by_its_width() -> None:
    # "Scene of the heavy snow in Tokyo": 8 characters that say what 25 Latin ones would.
    assert rule_hits("IM005", doc([img(alt="東京の大雪の様子")])) == []
    assert rule_hits("IM005", doc([img(alt="서울의 폭설 현장")])) == []


def test_im005_still_reports_a_short_alt_in_any_script() -> None:
    (hit,) = rule_hits("IM005", doc([img(alt="写真")]))  # "photo"
    assert hit.data["length"] == 2 and hit.data["min"] == 5  # the minimum told in the alt's own characters
    (hit,) = rule_hits("IM005", doc([img(alt="Flag")]))
    assert hit.data["min"] == 10


def test_long_text_is_still_judged_in_characters() -> None:
    # HD005 and IM006 (long) count characters: a CJK alt of 120 characters is not "long" by width.
    assert rule_hits("IM006", doc([img(alt="東京の大雪の様子" * 15)])) == []


# --- HD005 (text.length): characters as a reader sees them --------------------------------


HI_HEADING = ("दिल्ली में भारी बारिश से कई इलाकों में जलभराव, मौसम विभाग ने अगले दो दिनों के लिए चेतावनी जारी की, "
              "लोगों से घर पर रहने की अपील")
HI_BODY = "<p>दिल्ली में सोमवार सुबह से भारी बारिश हो रही है। कई इलाकों में पानी भर गया है और यातायात धीमा है।</p>"


def test_hd005_does_not_count_combining_marks_as_characters() -> None:
    heading = HI_HEADING[:113]  # 113 code points, 14 of them vowel signs and nasal marks set on a letter: 99 characters
    assert len(heading) > 100
    page = article("hi", "बारिश", "दिल्ली में भारी बारिश", f"{HI_BODY}<h2>{heading}</h2>{HI_BODY}")
    assert "HD005" not in rules_on(page)
    page = article("hi", "बारिश", "दिल्ली में भारी बारिश", f"{HI_BODY}<h2>{HI_HEADING}</h2>{HI_BODY}")  # 111 characters
    assert "HD005" in rules_on(page)


def test_hl011_reads_korean_words_with_their_particles() -> None:
    # 서울에 / 서울 (Seoul), 폭설 / 폭설로 (heavy snow), 교통이 / 교통 (traffic): the same
    # words with a particle glued on; split on spaces they share none.
    ko_body = "<p>서울에 밤사이 많은 눈이 내려 출근길 교통이 크게 혼잡했다. 기상청은 오후까지 눈이 계속될 것으로 내다봤다.</p>"
    page = article("ko", "서울 폭설로 교통 대란 - 뉴스", "서울에 폭설…교통이 마비됐다", ko_body)
    assert "HL011" not in rules_on(page)
    page = article("ko", "회사 소개 - 뉴스", "서울에 폭설…교통이 마비됐다", ko_body)
    assert "HL011" in rules_on(page)
