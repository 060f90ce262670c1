"""Listicles in non-Latin scripts and regional habits (round 15, lists31). Each case fails on
bced4b8 unless it says it is a guard. Small articles read end to end through ``audit``, in the
shapes those newsrooms' and bloggers' editors produce.

1. Entry markers: "TOP1" / "NO.1" (Chinese and Korean ranking posts, Baidu Baijiahao and
   Naver blog habits), a label glued to its number ("方法1：", "ポイント1：", "STEP1", the
   point boxes of Japanese WordPress themes such as AFFINGER and JIN), "其一：", "第一个：",
   "第1天：" (itineraries), "【第一名】", "その一", Thai "อันดับ 1" (rank 1, as Sanook and
   Kapook number countdowns), a danda after the number ("१।", "১।": Bengali and Hindi
   typists' list stop), Urdu's full stop ("۱۔"), "नंबर 1:", ordinal words ("첫째,",
   "أولاً:", "Во-первых,", "Πρώτον,", "Birincisi:").
2. LS009 reading circled (①…⑤), Chinese (一、…十、), Roman (I.…X.) numerals and the keycap
   ten (🔟 after 9️⃣) as one style each: they were told mixed.
3. Numbered lines pasted into one paragraph as Chinese and Japanese editors paste them
   ("1、故宫<br>2、天坛…", "①…<br>②…", a WeChat article copied into a CMS).
4. A rank alone over the title ("<h2>第1位</h2><h3>東京タワー</h3>", a crown picture with
   alt "1位" before the title, as Japanese ranking boxes draw it).
"""

from __future__ import annotations

import pytest

from auditor.structure.markers import bare_number, parse_marker
from test_listicle_languages import audited, doc_of

# Prose of each language, two sentences: an entry's body.
TXT = {
    "ja": "この場所は一年中多くの観光客が訪れる人気のスポットで、近くには食事ができる店もたくさんあります。"
          "季節ごとに違った景色を楽しめるのも魅力です。",
    "zh": "这里一年四季都有很多游客前来参观，附近还有许多餐厅和商店。每个季节都能欣赏到不同的风景，非常值得一去。",
    "ko": "이곳은 일년 내내 많은 관광객이 찾는 인기 명소로, 근처에는 식사를 할 수 있는 가게도 많습니다. "
          "계절마다 다른 풍경을 즐길 수 있는 것도 매력입니다.",
    "ar": "يزور هذا المكان عدد كبير من السياح على مدار العام، وتوجد بالقرب منه مطاعم ومتاجر كثيرة. "
          "ويمكن الاستمتاع بمناظر مختلفة في كل فصل من فصول السنة.",
    "ur": "یہ جگہ سارا سال بہت سے سیاحوں کی میزبانی کرتی ہے اور اس کے قریب بہت سے ریستوران اور دکانیں ہیں۔ "
          "ہر موسم میں یہاں مختلف مناظر سے لطف اندوز ہوا جا سکتا ہے۔",
    "hi": "यह जगह पूरे साल बहुत से पर्यटकों को आकर्षित करती है और इसके पास कई रेस्तरां और दुकानें हैं। "
          "हर मौसम में यहां अलग-अलग नज़ारों का आनंद लिया जा सकता है।",
    "bn": "এই জায়গাটি সারা বছর অনেক পর্যটককে আকর্ষণ করে এবং এর কাছে অনেক রেস্তোরাঁ ও দোকান রয়েছে। "
          "প্রতিটি ঋতুতে এখানে ভিন্ন ভিন্ন দৃশ্য উপভোগ করা যায়।",
    "th": "สถานที่แห่งนี้มีนักท่องเที่ยวมาเยือนจำนวนมากตลอดทั้งปี และมีร้านอาหารและร้านค้ามากมายอยู่ใกล้ๆ "
          "ในแต่ละฤดูกาลสามารถชมทิวทัศน์ที่แตกต่างกันได้",
    "el": "Αυτό το μέρος δέχεται πολλούς επισκέπτες όλο το χρόνο και κοντά του υπάρχουν πολλά εστιατόρια. "
          "Σε κάθε εποχή μπορείτε να απολαύσετε διαφορετική θέα.",
    "ru": "Это место круглый год посещает множество туристов, а рядом находится немало ресторанов и магазинов. "
          "В каждое время года здесь можно увидеть разные пейзажи.",
    "tr": "Bu yer yıl boyunca çok sayıda turist tarafından ziyaret ediliyor ve yakınında birçok restoran bulunuyor. "
          "Her mevsim farklı manzaraların tadını çıkarabilirsiniz.",
    "en": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
          "et dolore magna aliqua, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo.",
}
NAMES = {
    "ja": ["東京タワー", "浅草寺", "上野公園", "明治神宮", "築地市場"],
    "zh": ["故宫博物院", "天坛公园", "颐和园", "长城", "南锣鼓巷", "北海公园", "景山公园", "798艺术区", "圆明园", "什刹海"],
    "ko": ["경복궁", "남산타워", "북촌한옥마을", "명동", "인사동"],
    "ar": ["برج خليفة", "دبي مول", "نخلة جميرا", "برج العرب", "سوق الذهب"],
    "ur": ["بادشاہی مسجد", "شالامار باغ", "مینار پاکستان", "لاہور قلعہ", "انارکلی بازار"],
    "hi": ["ताज महल", "लाल किला", "कुतुब मीनार", "इंडिया गेट", "हवा महल"],
    "bn": ["সুন্দরবন", "কক্সবাজার", "সেন্ট মার্টিন", "শ্রীমঙ্গল", "রাঙামাটি"],
    "th": ["วัดพระแก้ว", "วัดอรุณ", "ตลาดน้ำดำเนินสะดวก", "เกาะพีพี", "ดอยสุเทพ"],
    "el": ["Ακρόπολη", "Σαντορίνη", "Μετέωρα", "Δελφοί", "Μύκονος"],
    "ru": ["Красная площадь", "Эрмитаж", "Петергоф", "Байкал", "Казанский кремль"],
    "tr": ["Ayasofya", "Kapadokya", "Pamukkale", "Efes", "Topkapı Sarayı"],
    "en": ["Alpha", "Bravo", "Charlie", "Delta", "Echo"],
}
HEADLINES = {
    "ja": "東京のおすすめ観光スポット5選", "zh": "北京必去的5个景点", "ko": "서울에서 꼭 가봐야 할 명소 5곳",
    "ar": "أفضل ٥ أماكن سياحية في دبي", "ur": "لاہور کے ۵ مشہور مقامات", "hi": "भारत के ५ प्रसिद्ध पर्यटन स्थल",
    "bn": "বাংলাদেশের ৫টি দর্শনীয় স্থান", "th": "5 สถานที่ท่องเที่ยวยอดนิยมในประเทศไทย",
    "el": "Τα 5 καλύτερα μέρη της Ελλάδας", "ru": "5 мест, которые стоит посетить", "tr": "Türkiye'de görülmesi gereken 5 yer",
    "en": "5 places to see this spring",
}
ZH_NUMERALS = "一二三四五六七八九十"
DEVANAGARI, BENGALI, PERSIAN = "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "۰۱۲۳۴۵۶۷۸۹"


def native(digits: str, n: int) -> str:
    return "".join(digits[int(c)] for c in str(n))


def headed(lang: str, marker: object, count: int = 5, tag: str = "h2") -> str:
    """``count`` entries, each a heading ``marker(n, name)`` over two paragraphs."""
    make = marker if callable(marker) else (lambda n, t: str(marker).format(n=n, t=t))
    return "".join(f"<{tag}>{make(n, NAMES[lang][n - 1])}</{tag}><p>{TXT[lang]}</p><p>{TXT[lang]}</p>"
                   for n in range(1, count + 1))


def read(lang: str, body: str, headline: str | None = None) -> tuple[int | None, int, str, list[int | None], list[str]]:
    """(promised, found, verdict, item numbers, item titles) of a page."""
    document = doc_of(headline or HEADLINES[lang], body, lang)
    assert document.listicle is not None
    lst = document.listicle
    return lst.promised, lst.found, lst.verdict, [i.number for i in document.items], [i.title for i in document.items]


def assert_numbered_list(lang: str, body: str, count: int = 5, headline: str | None = None) -> None:
    promised, found, verdict, numbers, titles = read(lang, body, headline)
    assert (promised, found, verdict) == (count, count, "kept")
    assert numbers == list(range(1, count + 1))
    assert titles == NAMES[lang][:count]


# ---------------------------------------------------------------- 1. entry markers

# "TOP1 故宫", "NO.1 故宫": a heading opening with a count-like "TOP1" was read as a list's
# title and dropped; the entries fell back to the paragraphs under them (Korean lost two).
@pytest.mark.parametrize("lang", ["zh", "ja", "ko"])
@pytest.mark.parametrize("marker", ["TOP{n} {t}", "Top{n}：{t}", "NO.{n} {t}", "TOP {n}. {t}"])
def test_top_and_no_ranks(lang: str, marker: str) -> None:
    assert_numbered_list(lang, headed(lang, marker))


@pytest.mark.parametrize(("lang", "marker"), [
    ("zh", "方法{n}：{t}"), ("zh", "步骤{n}、{t}"), ("ja", "ポイント{n}：{t}"), ("ja", "STEP{n} {t}"),
    ("ja", "Point{n} {t}"), ("ja", "POINT.{n} {t}"), ("ja", "コツ{n}　{t}"),
])
def test_a_label_glued_to_its_number(lang: str, marker: str) -> None:
    assert_numbered_list(lang, headed(lang, marker))


@pytest.mark.parametrize(("lang", "marker"), [
    ("zh", lambda n, t: f"其{ZH_NUMERALS[n - 1]}：{t}"),
    ("zh", lambda n, t: f"其{ZH_NUMERALS[n - 1]}，{t}"),
    ("zh", lambda n, t: f"第{ZH_NUMERALS[n - 1]}个：{t}"),
    ("zh", lambda n, t: f"第{ZH_NUMERALS[n - 1]}，{t}"),
    ("zh", "第{n}站：{t}"),  # a route's stops
    ("zh", lambda n, t: f"【第{ZH_NUMERALS[n - 1]}名】{t}"),
    ("ja", lambda n, t: f"その{ZH_NUMERALS[n - 1]} {t}"),
])
def test_chinese_and_japanese_ordinals(lang: str, marker: object) -> None:
    assert_numbered_list(lang, headed(lang, marker))


@pytest.mark.parametrize(("lang", "marker"), [
    ("th", "อันดับ {n} {t}"), ("th", "อันดับที่ {n}: {t}"), ("th", "ข้อ {n}. {t}"),
    ("hi", "नंबर {n}: {t}"), ("hi", "नंबर {n} - {t}"),
    ("hi", lambda n, t: f"{native(DEVANAGARI, n)}। {t}"), ("bn", lambda n, t: f"{native(BENGALI, n)}। {t}"),
    ("ur", lambda n, t: f"{native(PERSIAN, n)}۔ {t}"),
])
def test_thai_indic_and_urdu_markers(lang: str, marker: object) -> None:
    assert_numbered_list(lang, headed(lang, marker))


ORDINALS = {
    "ko": ["첫째, ", "둘째, ", "셋째, ", "넷째, ", "다섯째, "],
    "ar": ["أولاً: ", "ثانياً: ", "ثالثاً: ", "رابعاً: ", "خامساً: "],
    "ru": ["Во-первых, ", "Во-вторых, ", "В-третьих, ", "В-четвёртых, ", "В-пятых, "],
    "el": ["Πρώτον, ", "Δεύτερον, ", "Τρίτον, ", "Τέταρτον, ", "Πέμπτον, "],
    "tr": ["Birincisi: ", "İkincisi: ", "Üçüncüsü: ", "Dördüncüsü: ", "Beşincisi: "],
}


@pytest.mark.parametrize("lang", sorted(ORDINALS))
def test_ordinal_words_of_other_scripts(lang: str) -> None:
    assert_numbered_list(lang, headed(lang, lambda n, t: ORDINALS[lang][n - 1] + t))


# Greek ranks write the ordinal's ending after the figure ("1ο", "1η θέση": 1st place, as Greek
# news sites' "Τα 10 καλύτερα…" countdowns do); Vietnamese and Indonesian posts write "number"
# before it ("Số 1.", "Nomor 1.").
@pytest.mark.parametrize(("lang", "marker"), [("el", "{n}ο {t}"), ("el", "{n}η θέση: {t}"), ("el", "{n}ος {t}")])
def test_greek_ordinal_endings(lang: str, marker: str) -> None:
    assert_numbered_list(lang, headed(lang, marker))


@pytest.mark.parametrize(("text", "number", "title"), [("Số 1. Vịnh Hạ Long", 1, "Vịnh Hạ Long"),
                                                       ("Nomor 2. Candi Borobudur", 2, "Candi Borobudur")])
def test_number_words_before_the_number(text: str, number: int, title: str) -> None:
    found = parse_marker(text, plain=True)
    assert found is not None and (found.number, found.title) == (number, title)


def test_a_chinese_entry_named_with_a_figure() -> None:
    # "8、798艺术区": the ideographic comma before a figure was read as "8, 798" and item 8 lost.
    assert_numbered_list("zh", headed("zh", "{n}、{t}", 10), 10, "北京必去的十大景点")


@pytest.mark.parametrize(("text", "number", "title"), [
    ("TOP7 Apple iPhone 7 Plus, GSM Unlocked", 7, "Apple iPhone 7 Plus, GSM Unlocked"),  # not "iPhone 7" under a label
    ("TOP9 Beats Solo3 Wireless Headphones", 9, "Beats Solo3 Wireless Headphones"),
    ("其九：3-D Body Scanners", 9, "3-D Body Scanners"),  # a full-width colon writes no decimal
])
def test_a_title_holding_a_figure_keeps_its_marker(text: str, number: int, title: str) -> None:
    found = parse_marker(text, plain=True)
    assert found is not None and (found.number, found.title) == (number, title)


# ---------------------------------------------------------------- guards: no marker

@pytest.mark.parametrize("text", [
    "Windows10 review", "iPhone15 review", "COVID19 cases", "Day 3 was hard", "Step 3 Remove the cover",
    "Top 10 places to visit", "3、4月の旅行", "1、2、3の順に", "2、2024年的变化", "第5天", "位", "第1.5版",
])
def test_guard_figures_and_prose_are_no_markers(text: str) -> None:
    assert parse_marker(text, plain=True) is None and parse_marker(text) is None


@pytest.mark.parametrize("text", ["第一，我们要注意安全", "其一，这是一个问题", "Во-первых, это важно", "첫째, 우리는 알아야 한다"])
def test_guard_an_ordinal_and_a_comma_open_prose_paragraphs(text: str) -> None:
    # As "First, …" does: a marker only in a title.
    assert parse_marker(text) is None
    found = parse_marker(text, plain=True)
    assert found is not None and found.number == 1


def test_guard_a_spaced_top_heading_after_the_list_is_no_entry() -> None:
    body = headed("en", "{n}. {t}", 4) + f"<h2>Top 10 places to visit in Japan</h2><p>{TXT['en']}</p>"
    promised, found, verdict, _numbers, _titles = read("en", body, "5 places to see this spring")
    assert (promised, found, verdict) == (5, 4, "mismatch")


# ---------------------------------------------------------------- 2. LS009 and numeral styles

def ls_rules(lang: str, body: str, headline: str | None = None) -> set[str]:
    result = audited(headline or HEADLINES[lang], body, lang)
    return {f.rule for f in result.findings if f.rule.startswith("LS")}


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"


@pytest.mark.parametrize(("lang", "marker"), [
    ("ja", lambda n, t: f"{CIRCLED[n - 1]}{t}"),
    ("ja", lambda n, t: f"{'❶❷❸❹❺'[n - 1]} {t}"),
    ("zh", lambda n, t: f"{ZH_NUMERALS[n - 1]}、{t}"),
    ("zh", lambda n, t: f"（{ZH_NUMERALS[n - 1]}）{t}"),
    ("en", lambda n, t: f"{['I', 'II', 'III', 'IV', 'V'][n - 1]}. {t}"),
])
def test_one_numeral_style_is_not_told_mixed(lang: str, marker: object) -> None:
    body = headed(lang, marker)
    assert read(lang, body)[:4] == (5, 5, "kept", [1, 2, 3, 4, 5])
    assert "LS009" not in ls_rules(lang, body)


def test_twelve_circled_and_ten_keycaps_are_one_style() -> None:
    names = [f"Place {k}" for k in range(12)]
    body = "".join(f"<h2>{CIRCLED[k]} {names[k]}</h2><p>{TXT['en']}</p>" for k in range(12))
    assert "LS009" not in ls_rules("en", body, "12 places to see this spring")
    caps = [f"{k}\ufe0f\u20e3" for k in range(1, 10)] + ["\U0001F51F"]
    body = "".join(f"<h2>{caps[k]} {names[k]}</h2><p>{TXT['en']}</p>" for k in range(10))
    assert "LS009" not in ls_rules("en", body, "10 places to see this spring")


def test_guard_mixed_styles_are_still_told() -> None:
    marks = ["①", "2.", "③", "④", "⑤"]
    rules = ls_rules("ja", headed("ja", lambda n, t: f"{marks[n - 1]} {t}"))
    assert "LS009" in rules
    marks = ["I.", "II.", "3.", "IV.", "V."]
    assert "LS009" in ls_rules("en", headed("en", lambda n, t: f"{marks[n - 1]} {t}"))


def test_the_usual_no_style_is_named_as_written() -> None:
    marks = ["No. 1", "No. 2", "#3", "No. 4", "No. 5"]
    result = audited(HEADLINES["en"], headed("en", lambda n, t: f"{marks[n - 1]} {t}"))
    messages = [f.message for f in result.findings if f.rule == "LS009"]
    assert messages and '"No. 1"' in messages[0] and "1o." not in messages[0]


# ---------------------------------------------------------------- 3. numbered lines in one paragraph

@pytest.mark.parametrize(("lang", "marker"), [
    ("zh", "{n}、{t}"), ("zh", lambda n, t: f"{ZH_NUMERALS[n - 1]}、{t}"), ("ja", lambda n, t: f"{CIRCLED[n - 1]}{t}"),
    ("ja", lambda n, t: f"{chr(0xFF10 + n)}．{t}"), ("bn", lambda n, t: f"{native(BENGALI, n)}। {t}"),
    ("ur", lambda n, t: f"{native(PERSIAN, n)}۔ {t}"),
])
def test_numbered_lines_pasted_into_one_paragraph(lang: str, marker: object) -> None:
    make = marker if callable(marker) else (lambda n, t: str(marker).format(n=n, t=t))
    body = "<p>" + "<br>".join(make(n, NAMES[lang][n - 1]) for n in range(1, 6)) + f"</p><p>{TXT[lang]}</p>"
    promised, found, verdict, numbers, _titles = read(lang, body)
    assert (promised, found, verdict, numbers) == (5, 5, "kept", [1, 2, 3, 4, 5])


def test_guard_two_numbered_lines_are_no_list() -> None:
    body = f"<p>1、{NAMES['zh'][0]}<br>2、{NAMES['zh'][1]}<br>{TXT['zh']}</p><p>{TXT['zh']}</p>"
    document = doc_of("北京的故宫和天坛", body, "zh")
    assert document.listicle is not None and document.listicle.verdict == "not-a-listicle"


# ---------------------------------------------------------------- 4. a rank alone over the title

@pytest.mark.parametrize("lang", ["ja", "zh", "ko"])
@pytest.mark.parametrize("rank", ["<h2>第{n}位</h2>", "<h2>{n}위</h2>", "<div class='rank'><h2>TOP{n}</h2></div>",
                                  "<h3><img src='/img/crown{n}.png' alt='{n}位'>{t}</h3>"])
def test_a_rank_alone_numbers_the_title_after_it(lang: str, rank: str) -> None:
    def entry(n: int) -> str:
        title = NAMES[lang][n - 1]
        head = rank.format(n=n, t=title) + ("" if "{t}" in rank else f"<h3>{title}</h3>")
        return f"{head}<p>{TXT[lang]}</p><p>{TXT[lang]}</p>"

    promised, found, verdict, numbers, titles = read(lang, "".join(entry(n) for n in range(1, 6)))
    assert (promised, found, verdict, numbers) == (5, 5, "kept", [1, 2, 3, 4, 5])
    assert all(t.endswith(name) for t, name in zip(titles, NAMES[lang]))


@pytest.mark.parametrize(("text", "number"), [("第1位", 1), ("1位", 1), ("3위", 3), ("TOP2", 2), ("NO.4", 4),
                                              ("【5】", 5), ("⑫", 12), ("2019", None), ("第5天", None), ("1位：", None)])
def test_bare_ranks(text: str, number: int | None) -> None:
    assert bare_number(text) == number


def test_guard_rank_headings_that_do_not_count_stay_headings() -> None:
    # Two ranks (a "1位" and "3位" in a story's subheads) badge nothing: the badges must count 1..N.
    body = "".join(f"<h2>{r}</h2><h3>{NAMES['ja'][k]}</h3><p>{TXT['ja']}</p>" for k, r in enumerate(["1位", "3位"]))
    document = doc_of("東京の観光スポット", body, "ja")
    assert not any(i.number for i in document.items)


# ---------------------------------------------------------------- 5. prose without spaces

# A template's title box over its prose ("<div class='ranking-title'>…</div><p>…</p>", the
# ranking boxes of Japanese WordPress themes; any page builder's text widget): Chinese and
# Japanese prose has no spaces between words, and was read as one "word", no prose; the titles
# went unread and no entry was found.
@pytest.mark.parametrize("lang", ["ja", "zh"])
@pytest.mark.parametrize("box", ['<div class="ranking-title">{t}</div>', '<div class="ranking-title"><b>{t}</b></div>',
                                 '<div class="ranking-box"><div class="ranking-title">{t}</div><p>{x}</p></div>'])
def test_title_boxes_over_unspaced_prose(lang: str, box: str) -> None:
    body = "".join(box.format(t=NAMES[lang][k], x=TXT[lang]) + ("" if "{x}" in box else f"<p>{TXT[lang]}</p>")
                   for k in range(5))
    promised, found, verdict, _numbers, titles = read(lang, body)
    assert (promised, found, verdict) == (5, 5, "kept") and titles == NAMES[lang][:5]


@pytest.mark.parametrize(("text", "prose"), [
    ("この場所は一年中多くの観光客が訪れる人気のスポットです。", True),
    ("这里一年四季都有很多游客前来参观，附近还有许多餐厅和商店，非常值得一去", True),
    ("東京のおすすめ観光スポット", False),  # a title
    ("雞蛋較春節後淡季少百萬顆 通路多為中高價產品", False),  # a teaser's link: a headline, no sentence
    ("大宗物資降稅再延至6月底 財部估3個月稅損近97億", False),
])
def test_unspaced_prose_is_told_from_titles(text: str, prose: bool) -> None:
    from auditor.sources.html.titles import reads_like_prose

    assert reads_like_prose(text) is prose


@pytest.mark.parametrize(("text", "caps"), [("PICTURE BOOKS", True), ("ΑΚΡΟΠΟΛΗ", True), ("ÉTÉ", True), ("SSD比較", True),
                                            ("東京タワー", False), ("برج خليفة", False), ("ताज महल", False), ("Lisbon", False)])
def test_capitals_need_cased_letters(text: str, caps: bool) -> None:
    # A script without case is not set in capitals: "東京タワー".upper() is itself, and every
    # short paragraph in those scripts was read as an ALL-CAPS title (or a group's label).
    from auditor.structure.blocks import all_caps

    assert all_caps(text) is caps


# ---------------------------------------------------------------- 6. ranking tables

def ranking_table(lang: str, ranks: list[str]) -> str:
    rows = "".join(f"<tr><td>{r}</td><td>{NAMES[lang][k]}</td><td>{TXT[lang][:30]}</td></tr>" for k, r in enumerate(ranks))
    return f"<table><thead><tr><th>順位</th><th>名前</th><th>特徴</th></tr></thead><tbody>{rows}</tbody></table><p>{TXT[lang]}</p>"


# Japanese, Chinese and Korean ranking tables write the rank in its first cell as "1位",
# "第1名", "1위" (a ranking site's "順位" column), not the bare "1" a ranking table was read by.
@pytest.mark.parametrize(("lang", "rank"), [("ja", "{n}位"), ("zh", "第{n}名"), ("ko", "{n}위"), ("ja", "第{n}位")])
def test_a_ranking_table_of_ranks(lang: str, rank: str) -> None:
    assert_numbered_list(lang, ranking_table(lang, [rank.format(n=n) for n in range(1, 6)]))


def test_guard_a_standings_table_with_tied_ranks_is_no_list() -> None:
    document = doc_of("東京のおすすめ観光スポット5選", ranking_table("ja", ["1位", "2位", "2位", "4位", "5位"]), "ja")
    assert document.listicle is not None and document.listicle.found != 5


# ---------------------------------------------------------------- 7. the podium's medals

# Ranking posts mark the first three with medals and number the rest ("🥇 東京タワー" …
# "🥉 上野公園", "4位 明治神宮"; Japanese, Korean and Chinese ranking blogs, and roundups
# anywhere): two entries were found of five (LS001, an error) and the medals told mixed.
MEDALS = ["\U0001F947", "\U0001F948", "\U0001F949"]


@pytest.mark.parametrize(("lang", "medal", "rest"), [("ja", "{m} {t}", "{n}位 {t}"), ("ja", "{m}{n}位 {t}", "{n}位 {t}"),
                                                     ("ko", "{m} {t}", "{n}위 {t}"), ("en", "{m} {t}", "{n}. {t}")])
def test_medals_over_the_podium(lang: str, medal: str, rest: str) -> None:
    body = headed(lang, lambda n, t: (medal if n <= 3 else rest).format(m=MEDALS[min(n, 3) - 1], n=n, t=t))
    assert_numbered_list(lang, body)
    assert "LS009" not in ls_rules(lang, body)


def test_a_roundup_s_medal_badges() -> None:
    labels = ["Best overall: ", "Runner-up: ", "Budget pick: "]
    body = headed("en", lambda n, t: f"{MEDALS[n - 1]} {labels[n - 1]}{t}", 3)
    promised, found, verdict, numbers, _titles = read("en", body, "The 3 best walks in Wales")
    assert (promised, found, verdict, numbers) == (3, 3, "kept", [1, 2, 3])


def test_guard_a_mixed_style_after_the_podium_is_still_told() -> None:
    marks = ["{m} {t}", "{m} {t}", "{m} {t}", "4位 {t}", "5. {t}"]
    body = headed("ja", lambda n, t: marks[n - 1].format(m=MEDALS[min(n, 3) - 1], t=t))
    assert "LS009" in ls_rules("ja", body)


# ---------------------------------------------------------------- 8. introductions and conclusions

# Posts head their introduction and conclusion as they head the entries (Japanese blogs'
# "はじめに" … "まとめ", Chinese "前言" … "总结", Russian "Введение" … "Заключение"): over five
# unnumbered entries, seven headings were read and the promise left unknown.
FRAMES = {"ja": ("はじめに", "まとめ"), "zh": ("前言", "总结"), "ko": ("들어가며", "마무리"), "ru": ("Введение", "Заключение"),
          "el": ("Εισαγωγή", "Συμπέρασμα"), "ar": ("مقدمة", "الخلاصة"), "hi": ("परिचय", "निष्कर्ष"), "th": ("บทนำ", "สรุป")}


@pytest.mark.parametrize("lang", sorted(FRAMES))
def test_an_introduction_and_a_conclusion_frame_the_entries(lang: str) -> None:
    intro, outro = FRAMES[lang]
    body = (f"<h2>{intro}</h2><p>{TXT[lang]}</p>" + "".join(f"<h2>{t}</h2><p>{t} {TXT[lang]}</p>" for t in NAMES[lang][:5])
            + f"<h2>{outro}</h2><p>{TXT[lang]}</p>")
    promised, found, verdict, _numbers, titles = read(lang, body)
    assert (promised, found, verdict) == (5, 5, "kept") and titles == NAMES[lang][:5]


def test_guard_a_word_that_opens_a_frame_s_name_is_no_frame() -> None:
    # "まとめサイト" (a digest site) is a name, not "まとめ" (summary).
    from auditor.structure.labels import FRAME

    assert FRAME().match("まとめ") and FRAME().match("Заключение") and not FRAME().match("まとめサイト")
