"""Listicles in unspaced scripts with no count in the headline, and entry markers left over
(round 15, wave 2, lists32). Each case fails on 7085bca unless it says it is a guard. Small
articles read end to end through ``audit``.

1. Chinese, Japanese and Thai entries under a headline with no count ("おすすめの京都の寺",
   "北京必去景点推荐"): the sections' share of the body was counted in tokens, and a
   Japanese paragraph is two or three tokens (the runs between its commas), so six
   entries under an English or romanised lead were a tenth of the body and no list.
   Unspaced text is now measured as the score measures it (characters or letters to a
   word by reading rate). The shape: a WordPress post of H2 place names each over a
   paragraph (Gutenberg's heading and paragraph blocks, as Japanese travel blogs and
   Chinese CMS exports write them).
"""

from __future__ import annotations

import pytest

from test_listicle_languages import doc_of

PLACES = {
    "ja": ["金閣寺", "清水寺", "銀閣寺", "東寺", "龍安寺", "南禅寺"],
    "zh": ["故宫博物院", "天坛公园", "颐和园", "长城", "南锣鼓巷", "北海公园"],
    "th": ["วัดพระแก้ว", "วัดอรุณ", "ตลาดน้ำดำเนินสะดวก", "เกาะพีพี", "ดอยสุเทพ", "เขาใหญ่"],
}
PROSE = {
    "ja": "室町時代に建てられた寺で、池に映る姿が美しいことで知られています。",
    "zh": "明清两代的皇家宫殿，是世界上现存规模最大的木质结构建筑群。",
    "th": "สถานที่แห่งนี้มีนักท่องเที่ยวมาเยือนจำนวนมากตลอดทั้งปี",
}
UNCOUNTED = {"ja": "おすすめの京都の寺", "zh": "北京必去景点推荐", "th": "สถานที่ท่องเที่ยวยอดนิยมในประเทศไทย"}
COUNTED = {"ja": "京都のおすすめの寺6選", "zh": "北京必去的6个景点", "th": "6 สถานที่ท่องเที่ยวยอดนิยมในประเทศไทย"}


def places(lang: str, numbered: bool, prose: str | None = None) -> str:
    return "".join(f"<h2>{f'{n}. ' if numbered else ''}{name}</h2><p>{prose or PROSE[lang]}</p>"
                   for n, name in enumerate(PLACES[lang], 1))


@pytest.mark.parametrize("lang", ["ja", "zh", "th"])
def test_unspaced_entries_under_a_headline_with_no_count(lang: str) -> None:
    document = doc_of(UNCOUNTED[lang], places(lang, numbered=False), lang)
    assert [i.title for i in document.items] == PLACES[lang]


@pytest.mark.parametrize("lang", ["ja", "zh", "th"])
@pytest.mark.parametrize("numbered", [True, False])
def test_guard_counted_and_numbered_entries_stay_found(lang: str, numbered: bool) -> None:
    """Guard (passes on the base too): a count in the headline, or numbers on the entries."""
    document = doc_of(COUNTED[lang], places(lang, numbered), lang)
    assert document.listicle is not None and (document.listicle.found, document.listicle.verdict) == (6, "kept")
    document = doc_of(UNCOUNTED[lang], places(lang, numbered=True), lang)
    assert [i.title for i in document.items] == PLACES[lang]


def test_guard_a_one_line_entry_is_still_too_short_a_share() -> None:
    """Guard: six entries of a few characters each under a longer lead are no list, as six
    English entries of five words each under it are not (the measure is a reading-time one,
    not a more generous bar)."""
    document = doc_of("北京必去景点推荐", places("zh", numbered=False, prose="值得一去。"), "zh")
    assert document.items == ()
    english = "".join(f"<h2>{n}</h2><p>A palace of the Joseon era.</p>" for n in "ABCDEF")
    assert doc_of("Places to see in Seoul", english).items == ()


def test_word_equivalents_reuse_the_score_s_reading_rates() -> None:
    from auditor.engine.scoring import CHARS_PER_WORD
    from auditor.text.readability import word_equivalents
    from auditor.text.segment import word_count

    ja = PROSE["ja"]
    assert word_equivalents(ja) == round(sum(map(str.isalnum, ja)) / CHARS_PER_WORD["ja"])
    zh = PROSE["zh"]
    assert word_equivalents(zh) == round(sum(map(str.isalnum, zh)) / CHARS_PER_WORD["zh"])
    th = PROSE["th"]
    assert word_equivalents(th) == round(sum(map(str.isalnum, th)) / CHARS_PER_WORD["th"])
    assert word_equivalents("iPhone 15で撮影した写真") == round(sum(map(str.isalnum, "で撮影した写真")) / CHARS_PER_WORD["ja"]) + 2
    for spaced in ("A palace of the Joseon era.", "조선 시대의 궁궐로 서울을 대표하는 관광지입니다.", "Это место круглый год."):
        assert word_equivalents(spaced) == word_count(spaced)


# ---------------------------------------------------------------- 2. marker leftovers

from test_listicle_unseen16 import HEADLINES, NAMES, TXT  # noqa: E402

CITIES = ["Amsterdam", "Berlin", "Copenhagen", "Dublin", "Edinburgh"]
LINE = "a city of canals, museums and late dinners by the water."


def lettered_lines(lead: str = "") -> str:
    """An A-to-Z guide's entries pasted as lines of one paragraph (a Classic-editor post,
    TinyMCE's Shift+Enter between lines: one <p>, <br> between the lines)."""
    return "<p>" + lead + "<br>".join(f"{c}. {n} – {LINE}" for c, n in zip("ABCDE", CITIES)) + "</p>"


@pytest.mark.parametrize("lead", ["", "Our picks:<br>"])
def test_lettered_lines_in_one_paragraph(lead: str) -> None:
    document = doc_of("5 cities for a weekend", lettered_lines(lead))
    assert document.listicle is not None and (document.listicle.found, document.listicle.verdict) == (5, "kept")
    assert [i.number for i in document.items] == [1, 2, 3, 4, 5]
    assert [i.title.split(" – ")[0] for i in document.items] == CITIES


@pytest.mark.parametrize("line", ["{c}) {n} – {t}", "{c}. {n}<br>{t}", "{c}. {n}"])
def test_lettered_lines_of_other_shapes(line: str) -> None:
    """"A) …" as bracketed; each title on its line and its text on the next; names alone."""
    body = "<p>" + "<br>".join(line.format(c=c, n=n, t=LINE) for c, n in zip("ABCDE", CITIES)) + "</p>"
    document = doc_of("5 cities for a weekend", body)
    assert [i.number for i in document.items] == [1, 2, 3, 4, 5]


def test_guard_faq_and_quiz_letters_are_no_entries() -> None:
    """Guard (passes on the base too): an FAQ's "Q. …<br>A. …" and a quiz's options, which
    start again at "A" under each question, are no list; nor is a line opening with an initial."""
    faq = "".join(f"<p>Q. Is {n} worth a visit in winter?<br>A. Yes, it is {LINE}</p>" for n in CITIES)
    assert doc_of("Travel questions answered", faq).items == ()
    quiz = ("<p>Which city has the most canals?<br>A. Amsterdam<br>B. Berlin<br>C. Copenhagen<br>D. Dublin</p>"
            "<p>Which capital is furthest north?<br>A. Oslo<br>B. Helsinki<br>C. Reykjavik</p>")
    assert doc_of("Quiz: how well do you know Europe?", quiz).items == ()
    assert doc_of("Notes", "<p>A. Smith wrote the report.<br>It was long.<br>B. Jones disagreed.</p>").items == ()


def test_guard_letters_out_of_order_are_not_cut() -> None:
    """Guard: lines lettered C, A, B (a table of options, a ranking by grade) are no run."""
    from auditor.sources.html.walk import _pieces

    text = "C. Copenhagen is cold.\nA. Amsterdam is wet.\nB. Berlin is big."
    brs = [text.index("\n"), text.rindex("\n")]
    assert _pieces(text, brs) == [(0, len(text))]


ARABIC = "٠١٢٣٤٥٦٧٨٩"


@pytest.mark.parametrize(("lang", "marker"), [
    # Turkish "No: 1" (numara), as ranking posts and forms write it.
    ("tr", "No: {n} {t}"), ("tr", "No:{n} - {t}"),
    # Greek "Νο.1" in Greek letters (capital Nu, omicron), as a Greek keyboard types it.
    ("el", "Νο.{n} {t}"), ("el", "Νο. {n}: {t}"),
    # The Arabic decimal separator (U+066B) typed as the stop after an Arabic-Indic figure.
    ("ar", lambda n, t: f"{ARABIC[n]}٫ {t}"),
])
def test_number_signs_and_stops_of_other_keyboards(lang: str, marker: object) -> None:
    make = marker if callable(marker) else (lambda n, t: str(marker).format(n=n, t=t))
    body = "".join(f"<h2>{make(n, NAMES[lang][n - 1])}</h2><p>{TXT[lang]}</p>" for n in range(1, 6))
    document = doc_of(HEADLINES[lang], body, lang)
    assert document.listicle is not None and (document.listicle.found, document.listicle.verdict) == (5, "kept")
    assert [i.number for i in document.items] == [1, 2, 3, 4, 5]
    assert [i.title for i in document.items] == NAMES[lang][:5]


@pytest.mark.parametrize("lang", ["tr", "ar"])
def test_numbered_lines_with_those_signs_in_one_paragraph(lang: str) -> None:
    make = (lambda n, t: f"No: {n} {t}") if lang == "tr" else (lambda n, t: f"{ARABIC[n]}٫ {t}")
    body = "<p>" + "<br>".join(f"{make(n, NAMES[lang][n - 1])}: {TXT[lang]}" for n in range(1, 6)) + "</p>"
    document = doc_of(HEADLINES[lang], body, lang)
    assert [i.number for i in document.items] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(("text", "number"), [
    ("١٫٥ مليون زائر سنويا", None),  # 1.5 million visitors a year: a decimal
    ("٢٠٢٤٫ عام", None),  # a year
    ("No: I do not think so", None),
    ("No: 3 Pamukkale", 3),
    ("Νο.2 Σαντορίνη", 2),
    ("٣٫ برج العرب", 3),
])
def test_guard_decimals_and_answers_are_no_markers(text: str, number: int | None) -> None:
    from auditor.structure.markers import parse_marker

    mk = parse_marker(text)
    assert (mk.number if mk else None) == number


# ---------------------------------------------------------------- 3. title lines in CJK

# "【金閣寺】" over its paragraph: Japanese and Chinese bloggers set an entry's name in lenticular
# brackets on a line of its own (Ameba and Hatena blog editors, WeChat posts pasted into a
# CMS), no heading and no bold. Its paragraph was two tokens long and ended in "。", not
# ".": no title line had text enough under it, and "6選" found none.
@pytest.mark.parametrize("lang", ["ja", "zh"])
@pytest.mark.parametrize("counted", [True, False])
def test_bracketed_title_lines_over_unspaced_paragraphs(lang: str, counted: bool) -> None:
    body = "".join(f"<p>【{name}】</p><p>{PROSE[lang]}{PROSE[lang]}</p>" for name in PLACES[lang])
    document = doc_of((COUNTED if counted else UNCOUNTED)[lang], body, lang)
    assert len(document.items) == 6 and document.items[1].title.strip("【】") == PLACES[lang][1]


def test_guard_unspaced_sentences_are_no_title_lines() -> None:
    """Guard: one-sentence paragraphs ending in "。" over others are prose, no title lines."""
    body = "".join(f"<p>{name}は京都にある。</p><p>{PROSE['ja']}{PROSE['ja']}</p>" for name in PLACES["ja"])
    assert doc_of(UNCOUNTED["ja"], body, "ja").items == ()


# ---------------------------------------------------------------- 4. CJK headlines naming a list

# "おすすめの京都の寺" (recommended Kyoto temples), "北京必去景点推荐" (Beijing's must-go sights,
# recommended), "서울 가볼만한 곳 모음" (a roundup of places worth going to in Seoul) name a list
# as "The best temples in Kyoto" does: a bulleted list of entries or pictures each over a
# paragraph are then its entries (Gutenberg list block with bold names; image blocks each
# over a paragraph block).
NAMED = {"ja": "おすすめの京都の寺", "zh": "北京必去景点推荐", "ko": "서울 가볼만한 곳 모음"}
PLACES["ko"] = ["경복궁", "남산타워", "북촌한옥마을", "명동", "인사동", "동대문"]
PROSE["ko"] = TXT["ko"]


@pytest.mark.parametrize("lang", ["ja", "zh", "ko"])
def test_a_bulleted_list_under_a_cjk_headline_naming_a_list(lang: str) -> None:
    body = "<ul>" + "".join(f"<li><strong>{n}</strong>：{n}{PROSE[lang]}</li>" for n in PLACES[lang][:4]) + "</ul>"
    document = doc_of(NAMED[lang], body, lang)
    assert len(document.items) == 4


@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_pictures_over_paragraphs_under_a_cjk_headline_naming_a_list(lang: str) -> None:
    body = "".join(f"<figure><img src='/img/{k}.jpg' alt='{n}'></figure><p>{n}{PROSE[lang]}</p>"
                   for k, n in enumerate(PLACES[lang][:4]))
    document = doc_of(NAMED[lang], body, lang)
    assert len(document.items) == 4


@pytest.mark.parametrize(("headline", "named"), [
    ("政府、経済対策をまとめる", False),  # the verb まとめる (to compile): news
    ("首相が辞任を表明", False),
    ("국민의힘, 공관위원장 추천", False),  # nominates: news
    ("京都の寺まとめ", True),
    ("2024年おすすめランキング", True),
])
def test_guard_cjk_list_words(headline: str, named: bool) -> None:
    """Guard (the news ones pass on the base too)."""
    from auditor.structure.numbers import names_list

    lang = "ko" if headline[0] == "국" else "ja"
    assert names_list(headline, lang) is named


def test_guard_a_news_story_with_bullets_is_no_list() -> None:
    """Guard: a Japanese news story's bulleted summary under a headline that names no list."""
    body = "<ul>" + "".join(f"<li>{n}{PROSE['ja']}</li>" for n in PLACES["ja"][:4]) + "</ul>"
    assert doc_of("政府、経済対策をまとめる", body, "ja").items == ()


# ---------------------------------------------------------------- 5. bold leads with no space after

# "<p><b>金閣寺：</b>室町時代…</p>": Chinese and Japanese write no space after a bold run-in
# title (WeChat's editor and Japanese WordPress posts bold the name and its full-width
# colon). A bold lead followed by a letter was read as a drop cap ("<b>T</b>he…") and the
# entries went unseen.
@pytest.mark.parametrize("lang", ["ja", "zh"])
@pytest.mark.parametrize("counted", [True, False])
def test_bold_leads_with_a_full_width_colon_and_no_space(lang: str, counted: bool) -> None:
    body = "".join(f"<p><b>{n}：</b>{n}{PROSE[lang]}</p>" for n in PLACES[lang])
    document = doc_of((COUNTED if counted else NAMED)[lang], body, lang)
    assert [i.title.rstrip("：") for i in document.items] == PLACES[lang]


def test_guard_a_drop_cap_is_no_bold_lead() -> None:
    """Guard (passes on the base too): a big first letter opens the word it belongs to."""
    body = "".join(f"<p><span style='font-size:300%'><b>T</b></span>he temple {n} stands by a pond in the hills "
                   f"and is visited by many.</p>" for n in "ABCDEF")
    document = doc_of("Temples of Kyoto", body)
    assert not any(p.lead for p in document.paragraphs)


def test_guard_a_chinese_news_story_with_uneven_sections_is_no_list() -> None:
    """Guard (passes on the base too): a news story's subheads over one to four paragraphs
    each are a story's sections, measured in word equivalents as in words."""
    paras = ["国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二，增速比上半年有所回落。",
             "分析人士认为，消费需求仍然偏弱，房地产投资继续下降，出口增长面临外部环境的不确定性。",
             "多位经济学家表示，四季度稳增长政策有望进一步加码，财政支出可能加快。",
             "央行近期下调了存款准备金率，释放长期资金约五千亿元，市场流动性保持合理充裕。"]
    heads = ["总体情况", "消费", "投资", "出口", "政策展望"]
    body = "".join(f"<h2>{h}</h2>" + "".join(f"<p>{paras[(i + j) % 4]}{h}</p>" for j in range(n))
                   for i, (h, n) in enumerate(zip(heads, [1, 3, 2, 4, 1])))
    assert doc_of("前三季度经济数据公布", body, "zh").items == ()
