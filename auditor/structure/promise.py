"""Whether a number in a headline is a listicle's promise or a quantity in a news story.

A headline promises a list when it reads as a noun phrase that the number quantifies:
"7 ways to…", "Top 10…", "These 6 celebrities…", "The 10 best…", "Erfolgreiche Tweets:
12 Twitter-Nutzer…". It does not when the number counts the subject of a clause ("Three
cases of plague diagnosed in China", "Two more gunned down", "31 dead in attack"), or a
quantity somewhere inside a sentence ("Twitter Lite launches in 11 countries", "20 grados").

The decision is grammatical, not per page: where the number stands (leading the headline
or a clause, after a determiner or "top"), what follows it (a plural noun, a superlative, a
known list noun) and whether a news verb follows the noun phrase before any relative or
infinitive ("that…", "to…") would turn it into a title.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.structure.headline_words import (
    AND_OTHERS, APPEAL_ADJECTIVES, CLAUSE_VERBS, CLOSURE_FOLLOWERS, CLOSURE_STATES, CLOSURE_VERBS, COUNTED_NOUNS,
    DETERMINERS, EXPLAIN_WORDS, FA_SUPERLATIVE, IN_WORDS, INSTITUTION_NOUNS, IRREGULAR_PARTICIPLES, KEY_ADJECTIVES,
    LIST_NOUNS, NEWS_WORDS, PL_MOVERS, PL_NEWS_DESTINATIONS, POINT_NOUNS, SECTION_LABEL_PHRASES, SECTION_LABELS,
    SPORT_POINT_VERBS, STATIVE_VERBS, STOPPERS, SUPERLATIVES, SW_LIST_NOUNS, TIME_ACCUSATIVES, TITLE_PARTICIPLES,
)
from auditor.text.number_words import NUMBER_WORDS

Token = tuple[str, int, int]

# Scripts written without spaces: a number there promises only at the head of a clause,
# or with a counter word for kinds or picks right after it: "5つの方法" (five ways),
# "おすすめ10選" (ten picks), "5个方法", "十大", "5가지 방법" (five kinds of way), "10선".
# Counters for people, days or events ("3人", "5日", "2件") are quantities in news.
UNSPACED = frozenset({"zh", "ja", "ko", "th"})
LIST_COUNTERS = ("つ", "選", "カ条", "か条", "ヶ条", "箇条", "个", "個", "种", "種", "大", "招", "款", "件事",
                 "가지", "선", "곳",
                 # Counters for kinds of thing a list names: shops (軒), books (冊, 本), products (品),
                 # songs (曲, 首), works (作品), dishes (道菜). Not 点: hours in Chinese news
                 # ("下午3点"). 个, 個, つ, 곳, 本, 軒, 家, 部 count news's things too (firms, laws):
                 # see GENERAL_COUNTERS, read first.
                 "軒", "冊", "本", "品", "曲", "首", "作品", "道菜")
# The general classifiers (个, 個, Japanese つ, Korean 곳 for places) count anything,
# countries, people, storms and sites in news as well ("美国对5个国家实施制裁", sanctions on five
# countries; "3个人在事故中死亡"; "2つの台風が接近"; "전국 5곳에서 화재"): a list only with a
# list noun, a roundup word or the reader in the headline ("5个方法", "10个让你更健康的习惯",
# "必去的10个地方", "서울 맛집 10곳"); news words make news; else the body decides. Nouns and
# words as the Chinese, Japanese and Korean entries of Wiktionary's translation tables of way,
# tip, reason, habit, place, suggestion, secret, step, benefit, sign, detail, thing, mistake,
# restaurant, destination, recipe, fact, game, app, principle, feature, symptom, condition,
# difference, word, lodging; died, injured, fire, arrested, confirmed (cases), missing.
GENERAL_COUNTERS = ("个", "個", "つ", "곳", "本", "軒",  # 本: bottles, films, home runs; 軒: houses, shops
                    # 家 counts restaurants and shops in lists, firms and banks in news ("必吃的5家餐厅",
                    # "3家银行宣布降息"); Korean 권 books and 편 films or episodes, and volumes or
                    # articles in news ("책 10권", "드라마 6편").
                    "家", "권", "편",
                    # 部 counts films and series, and laws and departments in news ("3部新法律").
                    "部",
                    # 座 counts cities, mountains and bridges, in lists and news alike ("值得一去的10座城市",
                    # "3座城市发布暴雨预警"). Round 15.
                    "座")
_CJK_LIST_WORDS = ("方法", "办法", "技巧", "妙招", "窍门", "理由", "原因", "习惯", "習慣", "地方", "建议", "秘诀", "步骤",
                   "好处", "迹象", "细节", "事情", "东西", "误区", "要点", "景点", "技能", "问题", "問題", "コツ", "ポイント",
                   "ヒント", "アイデア", "秘訣", "特徴", "理由", "方法", "ルール", "法則", "ステップ", "質問", "名言", "こと",
                   "もの", "你", "必", "推荐", "盘点", "值得", "最", "おすすめ", "必見", "べき", "たい",
                   "맛집", "여행지", "추천", "가볼", "꼭", "베스트", "명소", "방법", "이유", "습관", "카페",
                   "食谱", "菜谱", "窍门", "知识", "秘密", "错误", "游戏", "应用", "原则", "特点", "症状", "信号", "征兆",
                   "事实", "条件", "メリット", "注意点", "サイン", "症状", "要素", "言葉", "違い",
                   "장소", "관광지", "데이트", "핫플", "숙소",
                   # Stretches, mistakes, advice, recipes, spots, items; "not to be missed", moves
                   # (exercises); Korean "good to (read, visit…)" and "if you miss it".
                   "ストレッチ", "失敗", "アドバイス", "レシピ", "スポット", "アイテム", "グッズ", "見逃せない",
                   "动作", "좋은", "놓치면", "읽을", "읽기", "볼만한", "错过", "好看", "经典",
                   "适合",  # suitable for ("10部适合全家看的电影", ten films for the whole family)
                   "가장")  # Korean "most" ("가장 아름다운 도시 10곳", the ten most beautiful cities)
_CJK_NEWS_WORDS = ("死亡", "受伤", "遇难", "被捕", "确诊", "感染", "失踪", "身亡", "丧生", "遇害", "制裁", "けが", "負傷",
                   "피해", "被害", "受灾",  # damage (the hardest-hit areas)
                   "逮捕", "不明", "全焼", "焼失", "死傷", "사망", "부상", "화재", "체포", "확진", "숨져", "실종",
                   # fined, announced, went bankrupt or closed: what news tells of firms (家)
                   "罚款", "被罚", "宣布", "破产", "倒闭", "关闭",
                   # cut or raised (rates), closed for business, service halted, classes or
                   # clinics suspended, museums or shops shut, flights cancelled (round 14:
                   # "中国最大的3家银行下调利率", "県内最大の3つの病院が休診", "서울 인기 맛집 5곳 폐업")
                   "下调", "上调", "降息", "加息", "停业", "停运", "停课", "闭馆", "闭店", "休業", "休診", "閉店",
                   "閉館", "休館", "休校", "運休", "欠航", "폐업", "휴교", "휴업", "결항", "폐점",
                   "利上げ", "利下げ", "금리 인상", "금리 인하")  # not "인상" alone: "인상적인" (impressive)


def general_count(headline: str) -> tuple[int | None, bool]:
    """How a count before the general classifier reads in ``headline``: (0 or None as
    :func:`reads_as_list` answers, whether firm). The words may stand before the count
    ("夏に食べたい5つの果物", five fruits you will want to eat in summer)."""
    if any(w in headline for w in _CJK_NEWS_WORDS):
        return None, True
    return 0, any(w in headline for w in _CJK_LIST_WORDS)


# Japanese "N の" + a list noun: "10の方法" (ten ways), "5つの理由" is a counter already.
_JA_OF_NOUNS = tuple(f"の{w}" for w in "方法 理由 習慣 コツ ポイント ルール ヒント アイデア 秘訣 特徴 法則 名言 質問 ステップ"
                     " こと 事 もの".split())  # "知っておきたい10のこと" (ten things to know)
# Thai writes a count before a classifier or unit, words unspaced and phrases spaced
# ("5 คน เสียชีวิต", five people died). A unit or a classifier of people or cases after the
# count is a quantity: years, months, days, hours, minutes, times, baht, thousands, millions,
# people (คน), cases (ราย), bodies (ศพ), percent (Wiktionary's "Thai classifiers" and CLDR's
# Thai unit names). Words of news anywhere after it make news (died, killed, injured,
# arrested, infected, missing); a list noun right after it makes a list firm (ways, tips,
# places to visit or eat, places, reasons, things, ranks, points, menus, shops, ideas,
# benefits, films, series, songs, books, foods, poses, signs, symptoms, habits).
_TH_UNITS = ("ปี", "เดือน", "วัน", "ชั่วโมง", "นาที", "ครั้ง", "บาท", "พัน", "หมื่น", "แสน", "ล้าน", "คน", "ราย",
             "ศพ", "เปอร์เซ็นต์", "องศา", "กิโล")
_TH_NEWS = ("ตาย", "ดับ", "เสียชีวิต", "บาดเจ็บ", "เจ็บ", "จับกุม", "ถูกจับ", "ติดเชื้อ", "สูญหาย")
_TH_LIST_NOUNS = ("วิธี", "เคล็ดลับ", "ที่เที่ยว", "ที่กิน", "สถานที่", "เหตุผล", "สิ่ง", "อันดับ", "ข้อ", "เมนู",
                  "ร้าน",
                  "ไอเดีย", "ประโยชน์", "ทริค", "เทคนิค", "หนัง", "ซีรีส์", "เพลง", "หนังสือ", "อาหาร", "ท่า",
                  "สัญญาณ", "อาการ", "นิสัย")


# Thai's words of a roundup or recommendation right before the count ("แนะนำ", recommend;
# "รวม", gather: "รวม 10 ที่เที่ยว"), as a guide's headline opens.
_TH_PICKS = frozenset({"แนะนำ", "รวม"})


def _thai_count(headline: str, end: int) -> int | None:
    """How the count ending at ``end`` of a Thai headline reads (see :data:`_TH_UNITS`)."""
    after = headline[end:].lstrip()
    if after.startswith(_TH_UNITS):
        return None
    if after.startswith(_TH_LIST_NOUNS):
        return 0  # before news words: "อันดับ" (rank) holds "ดับ" (die)
    if any(w in after for w in _TH_NEWS):
        return None
    return 0 if headline[end : end + 1].isspace() else None


# A counter then a unit of time or a percentage point: a quantity, not kinds of thing.
NOT_LIST_COUNTS = ("个月", "个小时", "个星期", "个工作日", "个交易日", "个季度", "个百分点", "個月", "個小時", "個百分點",
                   "部门", "部門", "部委", "部分", "部队", "部隊",  # departments, ministries, parts, troops
                   "本塁打")  # home runs
# "ベスト10", "トップ5", "베스트 10", "TOP10": "top" in those scripts.
TOPS = ("ベスト", "トップ", "베스트", "톱", "top", "best")
# The Arabic question mark and the Devanagari danda end a clause as "?" and "." do.
CLAUSE_MARKS = frozenset({":", "|", "–", "—", "-", "!", "?", ".", "(", "：", "｜", "！", "？", "。", "、", "؟", "।",
                          # a label in brackets before the headline ("[PHOTOS] 10…", "【保存版】", "[Ảnh] 10…")
                          "]", "】", "」"})
# Commas, Latin and Arabic: a pause inside a clause ("Man, 45, charged", "۳ کشته، ۵ زخمی").
COMMAS = frozenset({",", ";", "،", "؛"})
_LEADERS = frozenset(
    """the top these those here are our my your his her their all best worst over more than
    at least nearly almost about just only die der das los las les le la il i gli de het os
    as els unsere meine topp топ टॉप टप טופ أفضل τα οι cele cei
    meet see discover
    estos estas estes son sont sind sono são zijn dit deze ce voici voilà ecco
    confira veja conheça descubra descubre conoce découvrez scopri entdecken
    ini inilah berikut deretan sederet daftar вот oto işte
    what which quels quelles quel quelle cuáles cuales quais quali welche wat jakie какие які
    poznaj zobacz sprawdź odkryj узнайте смотрите посмотрите дізнайтеся ontdek bekijk upptäck simak""".split()
)
# Presentatives and copulas ("Estos son los 10…", "Voici les 10…", "Das sind die 10…") and
# the imperatives a magazine opens a list with ("Confira os 10…", "Découvrez les 5…", "Meet
# the 10…", "Poznaj 5 trików…") lead a count as "Here are the" does; so does the question
# a list answers ("Quels sont les 10…", "What are the 10…", "Jakie są…").


def _word(tok: str) -> bool:
    return tok[:1].isalpha()


# Polish and Ukrainian form every superlative with a prefix, "naj-" and "най-"
# ("najpiękniejszych", the most beautiful; "найпоширеніших", the most common), as their
# grammars give it.
_SUPERLATIVE_PREFIX = {"pl": ("naj",), "uk": ("най",), "cs": ("nej",), "sk": ("naj",), "hu": ("leg",),
                       "hr": ("naj",), "bs": ("naj",), "sl": ("naj",), "sr": ("нај", "naj"), "bg": ("най-",)}
# Czech and Slovak do the same ("nejkrásnějších", "najlepších"), Croatian, Bosnian, Slovenian
# and Serbian in either script with "naj-"/"нај-" ("najljepših", "најлепших"), Bulgarian with
# "най-" and a hyphen ("най-красивите"), and Hungarian with "leg-" ("legszebb", most
# beautiful), but for its words that begin so and rank nothing (at least, at most, lately,
# legend, let them be), and "at least" and "at most" in the others ("co najmniej 5 domów", at
# least five houses).
_NOT_SUPERLATIVE = frozenset(
    "legalább legfeljebb legutóbb legutóbbi legenda legendás legendák legyenek najmniej najwyżej najmenej najviac "
    "nejméně найменше najmanje najviše најмање највише най-малко най-много laatste".split())
# Swedish forms them with the suffix "-aste" ("vackraste", "viktigaste", "roligaste"), Finnish
# with "-in" ("kauneinta", the most beautiful, in the partitive a count takes), Dutch with
# "-ste" ("mooiste", "grootste", "lekkerste"; past six letters: not "eerste", first; not
# "laatste", last).
_SUPERLATIVE_SUFFIX = {"sv": ("aste",), "fi": ("inta", "intä"), "nl": ("ste",)}


def superlative(low: str, lang: str) -> bool:
    """Whether word ``low`` is a superlative: one of :data:`SUPERLATIVES`, a Persian one
    by its suffix ("محبوب‌ترین", the most popular), a Polish or Ukrainian one by its prefix."""
    if low in SUPERLATIVES or (lang == "fa" and len(low) > 5 and low.endswith(FA_SUPERLATIVE)):
        return True
    prefix, suffix = _SUPERLATIVE_PREFIX.get(lang), _SUPERLATIVE_SUFFIX.get(lang)
    if lang in ("id", "ms") and low.startswith("ter") and (low[3:] in APPEAL_ADJECTIVES or low[3:] in _ID_RANKED):
        return True  # "terindah", "terenak": "ter-" on an adjective ("10 Pantai Terindah di Bali")
    return (prefix is not None and len(low) > 7 and low.startswith(prefix) and low not in _NOT_SUPERLATIVE) \
        or (suffix is not None and len(low) > 6 and low.endswith(suffix) and low not in _NOT_SUPERLATIVE)


# Indonesian and Malay adjectives a ranking puts "ter-" on (biggest, cheapest, dearest,
# best-selling, fastest, highest, richest, longest, smallest, oldest, newest, largest,
# strongest, safest, healthiest, most sophisticated, most luxurious), as their grammars and
# Wiktionary's entries give them; "ter-" on verbs is an accident ("terbakar", burned).
_ID_RANKED = frozenset(
    """besar murah mahal laris cepat tinggi kaya panjang kecil tua baru luas kuat aman sehat canggih mewah""".split()
)


# "Nine of the best hiking trails", "10 of our favourite reads": a pick from a ranked set.
_OF_THE = frozenset("the our my your their his her".split())
_OF_THE_BEST = SUPERLATIVES | frozenset(
    """most finest latest newest oldest richest largest smallest fastest highest strangest weirdest
    oddest prettiest cutest funniest scariest""".split()
)


def _of_the_best(tokens: Sequence[Token], i: int, lang: str, is_plural: object) -> bool:
    """Whether the count at ``i`` opens "of the best…" or "of our favourite…", then a
    plural noun: the count picks a list's entries."""
    assert callable(is_plural)
    words = [t[0].lower() for t in tokens[i + 1:i + 8]]
    if lang in _OF_THE_ROMANCE:
        return _romance_of_the_most(words, lang)
    return len(words) > 3 and words[0] == "of" and words[1] in _OF_THE \
        and (words[2] in _OF_THE_BEST or words[2] in OPEN_SUPERLATIVES) \
        and any(is_plural(w, lang) for w in words[3:7] if _word(w))


# The Romance "of the" and "most" ("7 de los restaurantes más bonitos de Madrid", "5 des plus
# beaux villages de France", "5 dei borghi più belli d'Italia", "5 dos lugares mais bonitos"),
# as their grammars form the superlative with the article and "more".
_OF_THE_ROMANCE = {"es": ("de los", "de las"), "pt": ("dos", "das"), "fr": ("des",),
                   "it": ("dei", "degli", "delle"), "ca": ("dels", "de les")}
_ROMANCE_MORE = frozenset("más mais plus più més".split())


def _romance_of_the_most(words: Sequence[str], lang: str) -> bool:
    """Whether ``words`` after a count open "of the" (:data:`_OF_THE_ROMANCE`) and grade
    what follows with "most" or a superlative within four words: a pick from a ranked set."""
    for of_the in _OF_THE_ROMANCE[lang]:
        n = len(of_the.split())
        if " ".join(words[:n]) == of_the:
            rest = words[n:n + 5]
            return any((w in _ROMANCE_MORE and k + 1 < len(rest) and _word(rest[k + 1])) or superlative(w, lang)
                       for k, w in enumerate(rest[:4]))
    return False


def _ranked_before(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether a superlative stands right before the count, as Persian, Arabic, Urdu and
    Turkish put it ("بهترین ۱۰ فیلم", the best 10 films; "En güzel 10 plaj")."""
    prev = tokens[i - 1][0].lower() if i else ""
    return superlative(prev, lang) or (lang == "tr" and _turkish_most(tokens, i))


def _turkish_most(tokens: Sequence[Token], i: int) -> bool:
    """Whether Turkish's "en" (most) stands two or three words before the count ("En güzel
    10 plaj", "en çok satan 10 kitabı", the 10 best-selling books), not "en az" or "en
    fazla" (at least, at most: "en az 5 kişi")."""
    words = [t[0].lower() for t in tokens[max(0, i - 3):i]]
    at = next((k for k, w in enumerate(words) if w == "en"), None)
    return at is not None and at < len(words) - 1 and words[at + 1] not in ("az", "fazla")


# Turkish addresses its reader by the second person plural's endings, on a possessive or a
# participle before the count ("Cildiniz için 7 doğal maske", for your skin; "Evde
# yapabileceğiniz 10 tarif", ten recipes you can make at home; "bilmeniz gereken"), as
# Turkish grammars give them; not the sea's "-deniz" (Akdeniz, Karadeniz).
_TR_YOUR = ("iniz", "ınız", "unuz", "ünüz", "eniz", "anız",
            # and in the genitive ("hissetmenizin 8 nedeni", the 8 reasons you feel)
            "inizin", "ınızın", "unuzun", "ünüzün", "enizin", "anızın",
            # the accusative and dative ("Cildinizi koruyacak 5 doğal maske", five masks that
            # will protect your skin; "sağlığınıza", to your health)
            "inizi", "ınızı", "unuzu", "ünüzü", "inize", "ınıza", "unuza", "ünüze")


# The passive future participles of a guide's verbs before the count ("gidilecek 8 rota",
# eight routes to go; "gezilecek", to tour; "görülecek", to see; "izlenecek", to watch;
# "okunacak", to read; "yenecek", to eat; "denenecek", to try; "dinlenecek", to hear), as
# Turkish grammars form them: what the reader will do, as the infinitives of _READER_WORDS.
_TR_GUIDE_PARTICIPLES = frozenset(
    "gezilecek gidilecek görülecek izlenecek okunacak yenecek denenecek dinlenecek".split()
)


def _turkish_reader(tokens: Sequence[Token], i: int) -> bool:
    """Whether a word before the count at ``i`` speaks to the Turkish reader (:data:`_TR_YOUR`)
    or names what the reader will do (:data:`_TR_GUIDE_PARTICIPLES`)."""
    return any((len(w) > 6 and w.lower().endswith(_TR_YOUR) and not w.lower().endswith("deniz"))
               or w.lower() in _TR_GUIDE_PARTICIPLES for w, _s, _e in tokens[:i])


def leads(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` starts the headline or a clause, leaders ("The", "Top") aside."""
    j = i - 1
    while j >= 0 and tokens[j][0].lower() in _LEADERS:
        j -= 1
    return j < 0 or tokens[j][0] in CLAUSE_MARKS


# Stoppers of other languages that are English words too: "7 climbers die on Everest"
# ("die", German's article), "pour", "per", "um".
_NOT_EN_STOPPERS = frozenset("die pour per um".split())
# And Vietnamese syllables: "du" (du lịch, travel; du khách, tourist), "to" (big), "che" (cover).
_NOT_STOPPERS = {"en": _NOT_EN_STOPPERS, "vi": frozenset("du to che".split())}


def _phrase(tokens: Sequence[Token], i: int, lang: str = "") -> list[str]:
    """The words after token ``i`` up to the first stopper or clause mark, numbers skipped."""
    stoppers = STOPPERS - _NOT_STOPPERS.get(lang, frozenset())
    out: list[str] = []
    prev_end = tokens[i][2]
    for tok, start, end in tokens[i + 1 : i + 9]:
        low = tok.lower()
        glued, prev_end = start == prev_end, end
        if tok == "-" and glued:
            continue  # "Top-10-Liste": a hyphen inside a compound
        if tok in CLAUSE_MARKS or tok in COMMAS or low in stoppers:
            break
        if _word(tok):
            out.append(low)
    return out


def _clause_verb(phrase: Sequence[str], is_plural: object) -> bool:
    """Whether a verb follows the first plural noun of ``phrase`` ("restaurants open")."""
    assert callable(is_plural)
    for n, w in enumerate(phrase[:-1]):
        if is_plural(w, "en"):
            return phrase[n + 1] in CLAUSE_VERBS
    return False


def participle_clause(phrase: Sequence[str], is_plural: object) -> bool:
    """Whether a past participle follows the first plural noun of ``phrase`` ("homes
    destroyed", "flights cancelled", "cars stolen") after a noun that names no list and
    no superlative ("5 Myths Debunked", "Best Movies Ranked" are titles). A news clause or
    a list's title ("20 Animals Photographed in the Wild"): only the body can tell."""
    assert callable(is_plural)
    for n, w in enumerate(phrase[:-1]):
        if is_plural(w, "en"):
            after = phrase[n + 1]
            participle = (len(after) > 4 and after.endswith("ed")) or after in IRREGULAR_PARTICIPLES
            listy = w in LIST_NOUNS or any(x in SUPERLATIVES for x in phrase[:n])
            return participle and after not in TITLE_PARTICIPLES and not listy
    return False


# Words that may follow a counted plural noun without being its verb: prepositions,
# conjunctions, articles, adverbs of place and time, and adjectives set after a noun ("5
# Shows Similar to…", "3 Seats Left"). Any other word there is read as the clause's verb.
_NOT_VERBS = frozenset(
    """of in on at from with without within under over near around across by like about after
    before since during than as into onto between among against per vs versus via off up down
    and or nor but plus the a an this that all both each ever ago now today yet still again
    left alive ahead away apart together abroad overseas worldwide nationwide online
    similar available ready perfect ideal suitable fit galore aplenty old young long tall wide
    deep high strong everyone everybody anyone anybody someone somebody nobody one""".split()
)


def verb_clause(tokens: Sequence[Token], i: int, is_plural: object) -> bool:
    """Whether the English count at ``i`` is the subject of a clause: a plural noun that
    names no list, then a word that can only be its verb ("5 Tory MPs call for…", "4
    teenagers rescue dog"). News, or a list's title whose body is its list ("8 Celebrities
    Share Their Routines"): only the body can tell. A list noun ("5 Things Experts Say"),
    a relative ("7 Celebrities Who…"), a second noun ("10 Foods Dietitians Avoid") or a
    determiner or "top" before the count ("These 5 Stars Share…") keep the title."""
    assert callable(is_plural)
    prev = tokens[i - 1][0].lower() if i else ""
    if prev in DETERMINERS or prev in _ARTICLES_BEFORE or _after_top(tokens, i):
        return False
    phrase = _phrase(tokens, i)
    for n, w in enumerate(phrase[:4]):
        if w in SUPERLATIVES or w in LIST_NOUNS or _names_list_noun(w, "en"):
            return False
        if is_plural(w, "en"):
            after = phrase[n + 1] if n + 1 < len(phrase) else ""
            return bool(after) and after.isalpha() and after not in _NOT_VERBS \
                and not is_plural(after, "en") and not after.endswith(("ing", "ly", "ed")) \
                and not _proper_noun(tokens, i, after) and not _named_relative(tokens, i, w)
    return False


# Verbs a title's reduced relative ends with after a person's name, beside any "-ed": "7
# Books Bill Gates Recommends", "10 Restaurants Anthony Bourdain Loved", "5 Songs Adele Wrote".
_RELATIVE_VERBS = frozenset(
    """loves likes hates recommends swears uses wears eats drinks reads owns wants needs picks
    made wrote said ate wore drove chose built""".split()
)
# What may follow that verb to the headline's end: "…Swears By", "…Wrote About Exes".
_RELATIVE_TAILS = frozenset("by about for most in on at from during before after".split())


def _named_relative(tokens: Sequence[Token], i: int, noun: str) -> bool:
    """Whether the plural ``noun`` after the count at ``i`` is followed by a name of two or
    three capitalised words and a verb of :data:`_RELATIVE_VERBS` or in "-ed" that ends the
    headline or comes before a preposition: a reduced relative ("10 Restaurants Anthony
    Bourdain Loved", the restaurants he loved), not the noun's own verb ("5 Tory MPs Call
    for…", "2 Firms Win Big Contracts": the word after the name is no such verb)."""
    words = [t[0] for t in tokens[i + 1:]]
    at = next((k for k, t in enumerate(words) if t.lower() == noun), None)
    if at is None:
        return False
    for size in (2, 3):
        name, rest = words[at + 1:at + 1 + size], words[at + 1 + size:]
        if len(name) < size or not rest or not all(x[:1].isupper() and x.isalpha() for x in name):
            continue
        verb = rest[0].lower()
        if (verb in _RELATIVE_VERBS or (len(verb) > 4 and verb.endswith("ed"))) \
                and (len(rest) == 1 or rest[1].lower() in _RELATIVE_TAILS):
            return True
    return False


def _proper_noun(tokens: Sequence[Token], i: int, low: str) -> bool:
    """Whether ``low``, after the count at ``i``, is capitalised in a headline written in
    sentence case: a name ("5 restaurants Anthony Bourdain loved"), no verb. In title case
    every word is capitalised and nothing tells."""
    words = [t[0] for t in tokens if _word(t[0]) and len(t[0]) > 3]
    sentence_case = any(w[:1].islower() for w in words)
    return sentence_case and any(t[0].lower() == low and t[0][:1].isupper() for t in tokens[i + 1:])


def _counts_named_list(tokens: Sequence[Token], i: int, lang: str, is_plural: object) -> bool:
    """Whether the number at token ``i``, with no noun after it, counts a list the words
    before it name: "Best books of 2023: 10 we loved", "Our favourite podcasts — all 12
    of them" (the count opening a clause, or "all N of them")."""
    nxt = [t[0].lower() for t in tokens[i + 1:i + 3]]
    prev = tokens[i - 1][0].lower() if i else ""
    counts = (leads(tokens, i) and i > 0 and bool(nxt) and nxt[0] in STOPPERS) \
        or (prev == "all" and nxt == ["of", "them"])
    return counts and names_a_list(tokens[:i], lang, is_plural)


_TOP_WORDS = frozenset("top topp топ टॉप टप טופ".split())  # "टप": Nepali's spelling


def _after_top(tokens: Sequence[Token], i: int) -> bool:
    """Whether "top" stands right before the number at ``i``, a hyphen between or not."""
    j = i - 1 if i and tokens[i - 1][0] != "-" else i - 2
    return j >= 0 and tokens[j][0].lower() in _TOP_WORDS


def reads_as_list(
    tokens: Sequence[Token], i: int, lang: str, is_plural: object, headline: str
) -> int | None:
    """None when the number at token ``i`` does not read as a list's count; else how
    many items the headline adds to it (1 for "X and 4 other takeaways", else 0).

    ``is_plural(word, lang)`` is the caller's plural test, passed in to keep one."""
    assert callable(is_plural)
    end = tokens[i][2]
    told = _by_counter(tokens, i, lang, headline)
    if told is not None:
        return told[0]
    if _swahili_list(tokens, i, lang):
        return 0  # "Njia 5 za kupunguza uzito" (five ways to lose weight)
    phrase = _phrase(tokens, i, lang)
    if any(w in NEWS_WORDS for w in phrase):
        return None  # "Three Cases of Plague Diagnosed in China", "31 dead in attack"
    if lang == "en" and _clause_verb(phrase, is_plural):
        return None  # "Two new restaurants open downtown"
    if _of_the_best(tokens, i, lang, is_plural):
        return 0  # "Nine of the best hiking trails in Scotland"
    head = [w for w in phrase if w not in ("more", "other", "others", "new")]
    if not head or head == ["of", "them"]:
        if _after_top(tokens, i):
            return 0  # "Top 10: the films of the year", "Topp-10 – årets filmer"
        return 0 if _counts_named_list(tokens, i, lang, is_plural) else None
    prev = tokens[i - 1][0].lower() if i else ""
    content = head[:4]
    # A German or Dutch compound ending in a list noun ("Geschenkideen") is one too.
    listy = any(w in LIST_NOUNS or _names_list_noun(w, lang) for w in content) or superlative(phrase[0], lang)
    plural = any(is_plural(w, lang) for w in content)
    if lang in UNSPACED:
        return 0 if (leads(tokens, i) and headline[end : end + 1].isspace()) or listy else None
    if prev in AND_OTHERS[0] and phrase[0] in AND_OTHERS[1] and plural:
        return 1  # four others and the headline's own subject
    if _points_frame(tokens, i):
        return 0  # "Entenda em 8 pontos a reforma tributária"
    if leads(tokens, i) or prev in DETERMINERS or _ranked_before(tokens, i, lang):
        return 0 if plural or listy else None
    if _closing_count(tokens, i, lang, prev):
        return 0
    return 0 if listy and plural else None


# Vietnamese verbs of causing and the reader, after which "bị" is what befalls the reader
# ("7 sai lầm khiến bạn bị béo", seven mistakes that make you fat), not the counted things.
_VI_CAUSE = frozenset("khiến làm bạn giúp gây".split())


def _swahili_list(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the Swahili count at ``i`` follows a list noun heading its clause, as Swahili
    sets a count after its noun (:data:`SW_LIST_NOUNS`: "Njia 5 za…", "Mambo 10 ya kufahamu").
    News counts people and things the same way ("Watu 5 wafariki", five people die): no list
    noun, no count read."""
    return lang == "sw" and i > 0 and tokens[i - 1][0].lower() in SW_LIST_NOUNS and leads(tokens, i - 1)


# Swahili news gives its verb a subject's prefix and, in the passive, ends it in "-wa"
# ("Sababu 3 za ajali zatajwa", three causes of the crash named; "wakamatwa", arrested;
# "zaharibiwa", destroyed), as Swahili grammars give them; the infinitive's "ku-" ("kunywa",
# to drink) and the reader's "u-" ("unapaswa", you should) begin otherwise.
_SW_SUBJECT_PREFIXES = ("wa", "za", "ya", "vya", "vi", "li", "ki")


def _swahili_passive(w: str) -> bool:
    return len(w) >= 7 and w.startswith(_SW_SUBJECT_PREFIXES) and w.endswith("wa")


def _by_counter(tokens: Sequence[Token], i: int, lang: str, headline: str) -> tuple[int | None] | None:
    """What the counter or frame right around the count at ``i`` says, as a one-tuple of
    :func:`reads_as_list`'s answer; None when they say nothing and the words decide."""
    end = tokens[i][2]
    if headline.startswith(NOT_LIST_COUNTS, end):
        return (None,)  # "3个月后" (three months on), "上涨3个百分点" (three points up)
    if headline.startswith(GENERAL_COUNTERS, end):
        return (general_count(headline)[0],)
    if headline.startswith(LIST_COUNTERS, end) or (lang == "ja" and headline.startswith(_JA_OF_NOUNS, end)):
        return (0,)
    if 0 < i < len(tokens) - 1 and i >= 2 and tokens[i - 2][0] in ("(", "（") and tokens[i + 1][0] in (")", "）") \
            and tokens[i - 1][0].lower() in ("top", "all"):
        return (0,)  # "The Best Laptops for Students (Top 9)", "Every Pixar Movie, Ranked (All 27)"
    if lang in UNSPACED and headline[: tokens[i][1]].rstrip().lower().endswith(TOPS):
        return (0,)
    if lang == "th":
        return (_thai_count(headline, end),)
    return None


# Genitives before a count in Hindi and Urdu ("भारत के 10 शहर", India's 10 cities).
_GENITIVES = frozenset("के की का کے کی کا".split())


def _closing_count(tokens: Sequence[Token], i: int, lang: str, prev: str) -> bool:
    """Whether, in a language that puts modifiers before the noun, the count and its noun
    close the headline after a participle or genitive: "İstanbul'da yapılacak 10 mekan"
    (ten places to go), "भारत के 10 शहर", "ঢাকার ৫ রেস্তোরাঁ". A title's noun phrase, or news
    ("Türkiye'de 5 yeni vaka"): not firm, so only the body's list makes it a promise."""
    if lang not in ("tr", "hi", "ur", "bn") or (lang != "tr" and prev not in _GENITIVES
                                                  and not (lang == "bn" and prev.endswith("র"))):
        return False
    words = 0
    for tok, _start, _end in tokens[i + 1:]:
        if tok in CLAUSE_MARKS or tok in COMMAS or tok.lower() in STOPPERS:
            break
        if not _word(tok):
            return False
        words += 1
    return 1 <= words <= 3


# A headline may name a list without counting it: "Get in the Spooky Spirit With These
# Halloween Workouts", "Estas son las marcas que…", "The best film scenes of 2014", "Here
# are the top AI certifications". A demonstrative, or a superlative opening a clause, before
# a plural noun phrase: then three parallel entries already make a list (five without it).
OPEN_DETERMINERS = frozenset(
    """these those diese dieser diesen estas estos esas esos ces questi queste estes""".split()
)
OPEN_SUPERLATIVES = frozenset(
    """best top greatest favorite favourite besten liebsten schönsten mejores meilleurs meilleures
    migliori melhores must-have must-haves must-see must-read
    funniest cutest weirdest wildest craziest prettiest coolest scariest tastiest""".split()
)
# Nouns for gifts and picks that name a list by themselves in the languages we read
# ("Regalos para…", "Stocking Stuffers Under $25").
_GIFT_NOUNS = frozenset(
    """gifts presents stuffers regalos presentes cadeaux cadeaus regali geschenke""".split()
)
# "What to buy…", "Where to eat in…", "Things to do in…": a guide's list of picks.
_GUIDE_PHRASES = (
    ("what", "to", "buy"), ("what", "to", "give"), ("what", "to", "get"), ("where", "to", "eat"),
    ("where", "to", "stay"), ("where", "to", "drink"), ("where", "to", "shop"), ("things", "to", "do"),
    ("places", "to", "visit"), ("places", "to", "eat"), ("places", "to", "go"),
)
# List nouns that name a list by themselves ("Hairstyles for New Year's Eve", "Gift ideas
# for…"), all but the words news and essays use for anything ("things", "questions", "stories").
_GENERIC_NOUNS = frozenset(
    """things questions stories moments facts findings lessons rules items signs observations principles
    trends dinge fragen cosas choses cose coisas dingen""".split()
) | COUNTED_NOUNS
# German list nouns that close a compound ("Geschenkideen", "Reisetipps"): the compound names a list.
_COMPOUND_TAILS = ("tipps", "ideen", "rezepte", "tricks", "geschenke")
# Dutch compounds the same way ("Cadeautips", "Kerstideeën").
_DUTCH_TAILS = ("tips", "ideeën", "cadeaus", "recepten")


def _names_list_noun(low: str, lang: str) -> bool:
    """Whether word ``low`` is a list noun that names a list alone: one of
    :data:`LIST_NOUNS` (not a generic one), the last part of a hyphenated compound
    ("beauty-tipps", "last-minute-gifts"), or in German a compound ending in one."""
    last = low.rsplit("-", 1)[-1]
    if last in LIST_NOUNS and last not in _GENERIC_NOUNS:
        return True
    if last in _GIFT_NOUNS:
        return True
    tails = {"de": _COMPOUND_TAILS, "nl": _DUTCH_TAILS}.get(lang, ())
    return len(low) > 6 and bool(tails) and low.endswith(tails)


# What follows a list noun used as a verb: an object or a particle.
_VERB_OBJECTS = frozenset("a an the in up out down off back on his her its their our my your this that".split())
# "These are the …", "Estas son las …": the copula and an article before the noun phrase.
_COPULAS = frozenset("are is sind son sont sono são".split())
_ARTICLES = frozenset("the die los las les i le gli os as".split())


def names_a_list(tokens: Sequence[Token], lang: str, is_plural: object) -> bool:
    """Whether the headline (``tokens``, numbers included) names a list it does not count:
    a demonstrative anywhere, or a superlative at the head of a clause, before a plural
    noun phrase with no news verb in it ("These Halloween Workouts", "Best books for young
    readers"; not "Those who died", not "the best original song" inside a clause)."""
    assert callable(is_plural)
    words = [t[0].lower() for t in tokens]
    for i in range(len(words) - 2):
        if tuple(words[i:i + 3]) in _GUIDE_PHRASES and (i == 0 or leads(tokens, i)):
            return True  # "Where to Eat in Lisbon", "Gift Guide: What to Buy…"
    for i, (tok, _start, _end) in enumerate(tokens):
        low = tok.lower()
        prev = tokens[i - 1][0].lower() if i else ""
        if _names_list_noun(low, lang) or (low == "guide" and prev == "gift"):  # "Beauty-Tipps", "Gift Guide"
            after = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
            if after not in _VERB_OBJECTS:  # "as priest steps in", "places a bet": a verb
                return True
            continue
        if low in OPEN_DETERMINERS:
            j = i
            if j + 1 < len(tokens) and tokens[j + 1][0].lower() in _COPULAS:
                j += 1
            if j + 1 < len(tokens) and tokens[j + 1][0].lower() in _ARTICLES:
                j += 1
        elif low in OPEN_SUPERLATIVES and leads(tokens, i):
            j = i
        else:
            continue
        phrase = _phrase(tokens, j)[:4]
        if phrase and not any(w in NEWS_WORDS for w in phrase) and any(is_plural(w, lang) for w in phrase):
            return True
    return False


# An article right before the number makes a title of what follows: "Die 5 …", "Los 10 …".
_ARTICLES_BEFORE = frozenset("the die der das den los las les le la il i gli de het os as cele cei els".split())
# Romanian sets "cele"/"cei" before a count ("Cele 5 orașe…", the five cities), as its grammars give it;
# Catalan "els" ("Els 5 millors restaurants…").


# Counts that are part of a name a story or a series takes as its title ("Seven Wonders of
# the Modern World", one wonder a week; "The Twelve Days of Christmas"; "Die sieben
# Weltwunder"): the count and the noun, as the names stand in the languages we read. A list
# may take the name too ("The 7 Deadly Sins of Marketing"): the body decides.
_NAMED_SETS = frozenset({
    (7, "wonders"), (7, "seas"), (10, "commandments"), (7, "dwarfs"), (3, "musketeers"), (4, "horsemen"),
    (12, "apostles"), (3, "wise"), (7, "deadly"), (12, "days"), (7, "samurai"), (7, "sisters"),
    (7, "weltwunder"), (7, "wunder"), (10, "gebote"), (7, "todsünden"), (7, "zwerge"),
    (7, "maravillas"), (10, "mandamientos"), (7, "pecados"), (7, "enanitos"), (7, "maravilhas"),
    (7, "merveilles"), (10, "commandements"), (7, "péchés"), (7, "nains"), (7, "meraviglie"),
    (10, "comandamenti"), (7, "peccati"), (7, "nani"), (7, "wereldwonderen"), (10, "geboden"),
    (7, "hoofdzonden"), (7, "cudów"), (10, "przykazań"), (7, "grzechów"), (7, "krasnoludków"),
    (7, "чудес"), (10, "заповедей"), (7, "грехов"), (7, "harikası"), (7, "keajaiban"),
})


# The kinds of street an English address names after its number ("10 Downing Street", "1600
# Pennsylvania Avenue", "221 Baker Street"), as postal style guides abbreviate them.
_STREET_WORDS = frozenset(
    """street st avenue ave road rd lane boulevard blvd drive square terrace crescent parkway highway""".split()
)
# Adjectives a list puts before a street word that is part of its noun ("7 Amazing Street
# Foods", "10 Epic Road Trips"): no street's name.
_STREET_FOOD_ADJECTIVES = frozenset(
    """new old amazing epic great best top scenic classic iconic famous historic hidden secret easy fun
    quick cheap free safe local favorite favourite essential ultimate perfect beautiful tasty delicious
    cool weird strange crazy wild legendary underrated budget simple stunning charming exciting relaxing
    inspiring tempting""".split()
)


# Endings only adjectives take in English: "Delicious", "Colorful", "Affordable", "Creative",
# "Tastiest"; "-ing" only on long words ("Mouthwatering", "Breathtaking"): short ones end
# street and town names ("Downing Street", "Reading", "Ealing", "Kettering").
_ADJECTIVE_ENDS = ("ous", "ful", "able", "ible", "less", "iest")


def _list_adjective(word: str) -> bool:
    """Whether ``word`` before a street word is a list's adjective: one of
    :data:`_STREET_FOOD_ADJECTIVES` or a word with an adjective's ending (-ive past six letters)."""
    low = word.lower()
    return low in _STREET_FOOD_ADJECTIVES or (len(low) > 5 and low.endswith(_ADJECTIVE_ENDS)) \
        or (len(low) > 6 and low.endswith("ive")) or (len(low) >= 10 and low.endswith("ing"))


def _street_address(tokens: Sequence[Token], i: int) -> bool:
    """Whether the English number at token ``i`` may be a house number: one or two
    capitalised words, no list's adjective, then a kind of street (:data:`_STREET_WORDS`):
    "10 Downing Street Responds…" names a street, or a list of its shops: the body decides."""
    words = [t[0] for t in tokens[i + 1:i + 4]]
    for n in (1, 2):
        if n < len(words) and words[n].lower().rstrip(".") in _STREET_WORDS and words[n][:1].isupper() \
                and all(w[:1].isupper() and w.isalpha() and not _list_adjective(w) for w in words[:n]):
            return True
    return False


def _named_set(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the count at ``i`` and the word after it are a name of :data:`_NAMED_SETS`."""
    tok = tokens[i][0].lower().rstrip("+")
    value = int(tok) if tok.isdecimal() else NUMBER_WORDS.get(lang, {}).get(tok, NUMBER_WORDS["en"].get(tok))
    nxt = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
    return value is not None and (value, nxt) in _NAMED_SETS


# Turkish ends a news clause with its verb, past or present ("Kar nedeniyle 4 yol kapandı",
# four roads closed; "…kapanıyor"); a list's title ends with its noun. The endings as Turkish
# grammars give them, on a last word long enough to be a verb; not the future's "-ecek",
# which makes nouns too ("yiyecek", food; "içecek", drink).
_TR_VERB_ENDS = ("dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "yor", "mış", "miş", "muş", "müş")
# Arabic and Persian open news with the event's verbal noun before its count ("إغلاق 4 طرق",
# closure of four roads; "مقتل 3 أشخاص"; "دستگیری ۵ متهم", arrest of five accused): the
# translation tables of Wiktionary's closure, cancellation, killing, injury, arrest, death,
# evacuation, recording (of cases).
_EVENT_NOUNS_FIRST = frozenset(
    """إغلاق إلغاء مقتل إصابة اعتقال وفاة إجلاء تسجيل توقيف ضبط دستگیری بازداشت کشته لغو تعطیلی""".split()
)


def _turkish_warning(tokens: Sequence[Token], i: int) -> bool:
    """Whether a Turkish count at ``i``, after "these" or before a list noun, tells what its
    things do to the reader, addressed by the second person plural's possessive in any case
    (:data:`_TR_YOUR`: "Bu 5 hata cildinizi mahvediyor", these five mistakes ruin your skin):
    a list's claim in the present, not news of an event."""
    prev = tokens[i - 1][0].lower() if i else ""
    listed = prev in DETERMINERS or (i + 1 < len(tokens) and tokens[i + 1][0].lower() in LIST_NOUNS)
    return listed and any(len(w) > 6 and any(y in w.lower() for y in _TR_YOUR[:6]) and not w.lower().endswith("deniz")
                          for w, _s, _e in tokens[i + 1:-1])


def _ends_in_news(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the headline around the count at ``i`` reads as news by its verb or opening
    (:data:`_TR_VERB_ENDS`, :data:`_EVENT_NOUNS_FIRST`)."""
    if lang == "tr":
        last = tokens[-1][0].lower() if len(tokens) > i + 1 else ""
        return len(last) >= 6 and last.isalpha() and last.endswith(_TR_VERB_ENDS) and not _turkish_warning(tokens, i)
    if lang == "fa" and len(tokens) > i + 2 and _persian_past(tokens[-1][0]) \
            and not any(t[0] in _READER_WORDS for t in tokens):  # "۱۰ کتاب که باید خواند": must read
        return True  # "۱۲ ایده در مسابقه برنده شدند" (won), "۶ خانه در سیل تخریب شد"
    if lang in ("ar", "fa"):
        return i > 0 and tokens[0][0] in _EVENT_NOUNS_FIRST
    return False


# Persian closes news with its verb in the past, "-ند" in the third person plural ("شدند",
# "کردند") or the singular a count of things takes ("شد", "کرد", "رفت", "داد"), as its
# grammars conjugate them; a title ends with a noun or speaks to the reader ("بخوانید").
_FA_PAST = frozenset("شد کرد رفت داد گرفت آمد".split())


def _persian_past(last: str) -> bool:
    return last in _FA_PAST or (len(last) >= 4 and last.endswith("ند") and not last.endswith("مند"))


def firm_promise(tokens: Sequence[Token], i: int, lang: str, is_plural: object) -> bool:
    """Whether the number at token ``i``, read as a list's count by :func:`reads_as_list`,
    says so by its words alone. Outside English any word after a leading number reads as
    the counted noun, so "5 rumah terbakar" (five houses burned) reads as a list: there the
    count is firm only with a list cue (a list noun or superlative after it, "top", a
    determiner or article before it, a headline naming a list); else it is a promise only
    when the body lists about that many (see :func:`auditor.structure.finish.finish`)."""
    if lang not in UNSPACED and (_enumerated(tokens, i, lang) or _named_set(tokens, i, lang)
                                 or _ends_in_news(tokens, i, lang)):
        return False
    if lang == "en":
        # English reads plural nouns and verbs; a participle after the noun ("50 homes
        # destroyed", "20 animals photographed") is news or a title: the body decides.
        # A finite verb after it ("5 Tory MPs call for…") makes a clause the same way.
        phrase = _phrase(tokens, i, lang)
        # "These 6 celebrities started out as waiters": a determiner or "top" names a list
        # whatever the participle after its noun says.
        named = _names_by_determiner(tokens, i)
        if not named and (participle_clause(phrase, is_plural) or _people_fragment(tokens, i)):
            return False
        if (named and _institutions_act(tokens, i, lang)) or _participle_after_comma(tokens, i, lang):
            return False  # "These 3 Countries Ban TikTok", "The 3 suspects, arrested in Texas"
        if verb_clause(tokens, i, is_plural) or _news_state(phrase) or _after_verb(tokens, i, named) \
                or (not named and (_agents_to_act(tokens, i) or _street_address(tokens, i))):
            return False
        # A count of a hundred or more is a quantity in news ("1,000 Jobs at Risk", "100
        # Homes Without Power"); a list that long says so ("100 Best Books", "317 Jokes").
        return not _hundreds(tokens[i][0]) or _list_cue(tokens, i, lang, is_plural)
    if lang == "th":
        # "10 วิธี…" (ten ways); "แนะนำ 5 คาเฟ่…" (five cafés recommended), "รวม 10…" (a roundup of ten)
        return i + 1 < len(tokens) and (tokens[i + 1][0].startswith(_TH_LIST_NOUNS) or (i > 0 and tokens[i - 1][0] in _TH_PICKS))
    if lang in UNSPACED:
        rest = "".join(t[0] for t in tokens[i + 1:])
        # unspaced scripts read counters; the general one needs a list word
        return not rest.startswith(GENERAL_COUNTERS) or general_count("".join(t[0] for t in tokens))[1]
    if _swahili_list(tokens, i, lang):
        return not any(_swahili_passive(t[0].lower()) for t in tokens[i + 1:])  # "Njia 5 za…"
    return _list_cue(tokens, i, lang, is_plural)


# Words an English list's count may follow inside its headline without a verb before it:
# "Start Your Day With 5 Breakfast Ideas", "Gifts for 10 Types of Dads".
_EN_BEFORE_LIST = frozenset("with in for from of on by about like including and plus or to".split())


# Verbs that present a list rather than tell of an event: "Experts Share 7 Tips for Better
# Sleep", "Dermatologists Reveal 5 Mistakes…", "Doctors Recommend 4 Habits…".
_PRESENTING = frozenset(
    """share shares reveal reveals offer offers give gives list lists suggest suggests recommend
    recommends explain explains swear swears pick picks""".split()
)


def _after_verb(tokens: Sequence[Token], i: int, named: bool) -> bool:
    """Whether the English count at ``i`` stands inside a clause after its verb, the
    subject before it: "Trump Names 3 New Cabinet Picks", "Netflix Adds 10 New Shows". News
    or a list's title: the body decides. Not after a determiner, an article, a leader
    ("Here Are 10…", "Meet 5…"), a superlative or a preposition (:data:`_EN_BEFORE_LIST`)."""
    if named or i < 2 or leads(tokens, i):
        return False
    prev = tokens[i - 1][0].lower()
    return prev.isalpha() and prev not in _EN_BEFORE_LIST and prev not in _ARTICLES_BEFORE \
        and prev not in _PRESENTING \
        and prev not in _LEADERS and prev not in SUPERLATIVES and prev not in _COUNT_LEADS \
        and tokens[i - 2][0] not in CLAUSE_MARKS


# Words that may stand before a count inside a headline ("Why You Need These 5 Apps",
# "Ranked: All 12…", "Meet Our 10…"), as numbers._COUNT_LEADS reads them.
_COUNT_LEADS = frozenset(
    """all every only just other another first last next final latest here are meet see try get
    watch read ranked over nearly almost about need""".split()
)


# "One" in the languages we read (left out of the number words: it is their article too).
_ONE_WORDS = frozenset("one un une ein eine uno una um uma een один одна jeden jedna bir satu một".split())
# "And" in the same languages, which join two counts as a comma does.
_AND_WORDS = frozenset("and und y et e en i и ve dan và".split())
# "And" words that are other words in the other languages: Dutch "en" is Spanish's and
# French's "in" ("8 destinos para viajar en 2025"), Polish "i" is Italian's "the".
_AND_ONLY_IN = {"en": frozenset({"nl", "af"}), "i": frozenset({"pl", "cs", "sk", "hr", "sr", "sl", "bs", "ca"})}


def _and_word(low: str, lang: str) -> bool:
    """Whether ``low`` is "and" in ``lang`` (:data:`_AND_WORDS`, :data:`_AND_ONLY_IN`)."""
    return low in _AND_WORDS and lang in _AND_ONLY_IN.get(low, (lang,))


def _enumerated(tokens: Sequence[Token], i: int, lang: str = "en") -> bool:
    """Whether the count at ``i`` and its noun are followed, before any clause mark, by a
    comma or "and" and another count: counts of different things side by side, as news
    gives a toll or a tally ("3 Killed, 5 Injured", "2 Dogs, 1 Cat Rescued", "Two Brothers,
    One Dream", "3 muertos y 5 heridos"). A list counts one kind of thing: the body decides."""
    for k in range(i + 1, min(len(tokens) - 1, i + 6)):
        tok = tokens[k][0]
        if tok in CLAUSE_MARKS:
            return False
        if tok in COMMAS or _and_word(tok.lower(), lang):
            nxt = tokens[k + 1][0].lower()
            return nxt[:1].isdecimal() or nxt in _ONE_WORDS or any(nxt in w for w in NUMBER_WORDS.values())
    return False


def _names_by_determiner(tokens: Sequence[Token], i: int) -> bool:
    """Whether a determiner ("these", "our") or "top" stands right before the count at ``i``."""
    prev = tokens[i - 1][0].lower() if i else ""
    return prev in DETERMINERS or _after_top(tokens, i)


# People news counts in a headline with no verb: "6 Candidates in Race for Mayor", "3
# Finalists for Police Chief Job", "2 Former Officers in Court". The roles of wire stories
# (candidates, suspects, officers, victims…), as their style guides' examples name them.
_PEOPLE_NOUNS = frozenset(
    """candidates finalists nominees contenders applicants suspects defendants inmates prisoners
    officers deputies troopers cops firefighters soldiers troops workers employees residents
    passengers drivers pilots miners students teens teenagers children kids men women people
    patients victims survivors hikers climbers tourists migrants protesters protestors lawmakers
    senators officials jurors""".split()
)
# What makes a title of people counted ("10 Women Who Changed History", "5 Students to
# Watch", "7 Kids You Should Know"): a relative, an infinitive, the reader, "of the".
_PEOPLE_TITLE_WORDS = frozenset(
    "who whom whose which that to you your you'll you’ll we our i how why worth every ever of".split()
)


def _people_fragment(tokens: Sequence[Token], i: int) -> bool:
    """Whether the English count at ``i`` counts people in a news fragment: a role of
    :data:`_PEOPLE_NOUNS` (after at most two adjectives), and nothing after it that makes a
    title of them (:data:`_PEOPLE_TITLE_WORDS`, a list noun, a superlative). The body's
    list decides, as for a news clause."""
    if i and (tokens[i - 1][0].lower() in _ARTICLES_BEFORE):
        return False
    words = [t[0].lower() for t in tokens[i + 1:]]
    for n, w in enumerate(words[:3]):
        if w in _PEOPLE_NOUNS:
            rest = words[n + 1:]
            return not any(x in _PEOPLE_TITLE_WORDS or x in LIST_NOUNS or x in SUPERLATIVES for x in rest)
        if not w.isalpha() or w in LIST_NOUNS or w in SUPERLATIVES or w in OPEN_SUPERLATIVES:
            return False
    return False


# Those news counts as agents of an event to come ("4 Companies to Pay $1M Fine", "3
# Schools to Close", "2 Airlines to Cut Flights"): people above, and firms, shops, schools,
# places and teams, as wire style guides' examples name them.
_AGENT_NOUNS = _PEOPLE_NOUNS | frozenset(
    """companies firms banks lenders insurers airlines carriers retailers stores shops chains brands
    automakers carmakers manufacturers factories plants mines schools universities colleges
    hospitals clinics states countries nations cities towns counties districts teams clubs players
    unions agencies ministers mps""".split()
)
# What a reader does with counted people or firms in a list's title ("4 Companies to Watch",
# "10 People to Follow", "7 Startups to Invest In"): the infinitives of a guide.
_READER_VERBS = frozenset(
    """watch know follow try buy read see visit avoid consider hire meet invest back bet root admire
    remember thank love trust support emulate copy learn call contact book check keep
    celebrate honor honour inspire live retire move work study travel relocate stay go explore shop
    ski surf hike spend""".split()
)
# A preposition the infinitive leaves at the headline's end ("5 States to Retire In", "10
# Companies to Work For"): the counted are where or for whom the reader acts, a guide's list.
_STRANDED = frozenset("in to at on for with from by".split())


def _agents_to_act(tokens: Sequence[Token], i: int) -> bool:
    """Whether the English count at ``i`` counts people or firms (:data:`_AGENT_NOUNS`,
    after at most two adjectives) followed by "to" and a verb no reader does with them
    (:data:`_READER_VERBS`): a headline's future, "4 Companies to Pay $1M Fine" — news, or
    a title only the body confirms. "5 Players to Watch" stays a list."""
    words = [t[0].lower() for t in tokens[i + 1:i + 7]]
    for n, w in enumerate(words[:3]):
        if w in _AGENT_NOUNS:
            if n + 3 < len(words) and words[n + 3] in _STRANDED and (n + 4 == len(words) or not words[n + 4].isalpha()):
                return False  # "5 Companies to Work For (in 2025)"
            return n + 2 < len(words) and words[n + 1] == "to" and words[n + 2].isalpha() \
                and words[n + 2] not in _READER_VERBS
        if not w.isalpha() or w in LIST_NOUNS or w in SUPERLATIVES:
            return False
    return False


# Where news leaves the people or places it counts: "3 Teens in Custody", "2 Officers on
# Leave", "5 Schools on Lockdown", "10 Homes Without Power", "3 Students in Critical
# Condition". Read as pairs: alone these words title lists too ("10 Lockdown Recipes").
_NEWS_STATES = frozenset({
    ("in", "custody"), ("on", "leave"), ("on", "lockdown"), ("in", "lockdown"), ("without", "power"),
    ("without", "water"), ("without", "heat"), ("in", "critical"), ("in", "serious"), ("in", "stable"),
    ("in", "hospital"), ("in", "jail"), ("behind", "bars"), ("in", "quarantine"), ("on", "strike"),
})


# "Without" and what a storm or a strike leaves places without, in the languages we read
# (water, power, electricity, light, current, heating, gas, classes), as Wiktionary's
# translation tables give them: "Os 3 bairros sem água", "Die 4 Dörfer ohne Strom", "Τα 4
# νησιά χωρίς νερό". Not what a recipe or a trip goes without ("10 recetas sin gluten").
_WITHOUT = frozenset("sin sem sans senza ohne zonder χωρίς sense fără bez без utan uden uten ilman tanpa".split())
_WITHOUT_WHAT = frozenset(
    """agua luz electricidad corriente calefacción gas clases água energia eletricidade aulas
    eau électricité courant chauffage cours acqua luce corrente elettricità riscaldamento lezioni
    wasser strom heizung unterricht water stroom elektriciteit verwarming νερό ρεύμα ηλεκτρικό
    aigua llum electricitat corrent apă curent electricitate wody prądu ogrzewania gazu
    воды света электричества отопления газа води світла електрики опалення vatten ström el vand
    strøm vann vettä sähköä air listrik""".split()
)


def _news_state(phrase: Sequence[str]) -> bool:
    """Whether the count's noun phrase leaves the counted in a state news reports (see
    :data:`_NEWS_STATES`, English; :data:`_WITHOUT`), or ties them to an event with "after" in any language we
    read ("3 Teens Held After Chase", "… tras el temporal"), with no list noun or superlative
    before it: then only the body confirms a list."""
    for n, w in enumerate(phrase):
        if w in LIST_NOUNS or w in SUPERLATIVES:
            return False
        nxt = phrase[n + 1] if n + 1 < len(phrase) else ""
        if (w, nxt) in _NEWS_STATES or (w in _AFTER and n > 0):
            return True
    return _without_state(phrase)


def _without_state(phrase: Sequence[str]) -> bool:
    """Whether the count's noun phrase, holding no list noun, leaves the counted without
    water, power or classes (:data:`_WITHOUT`), or on alert, on strike or in quarantine
    (:data:`_ON_ALERT`); Greek's article is no list's determiner there."""
    for n, w in enumerate(phrase[:4]):
        if w in LIST_NOUNS:
            return False
        nxt = phrase[n + 1] if n + 1 < len(phrase) else ""
        if (w in _WITHOUT and nxt in _WITHOUT_WHAT) or (w in _IN_STATE and nxt in _ON_ALERT):
            return True
    return False


# Alert, strike and quarantine after "in"/"on" in the languages we read ("Τα 5 νοσοκομεία σε
# επιφυλακή", "Cele 5 spitale, în alertă", "Los 3 hospitales en alerta"), as Wiktionary's
# translation tables give them: a state news puts places and people in.
_IN_STATE = frozenset("en em in σε în w в у op na".split())
_ON_ALERT = frozenset(
    """alerta alerte allerta alertă επιφυλακή συναγερμό alarm huelga greve grève sciopero grevă απεργία vaga
    staking strajku забастовке страйку cuarentena quarentena quarantaine quarantena carantină καραντίνα
    kwarantannie карантине карантині quarantaine""".split()
)


# "After" in the languages we read ("Los 5 colegios cerrados tras el temporal", "Die 3
# Verletzten nach dem Unfall"): an event's aftermath, which news counts.
_AFTER = frozenset("after tras después após depois après nach dopo после".split())


# The third person plural of the present in Spanish, Portuguese, Italian and French
# ("votan", "debatem", "votano", "votent"), as their conjugation tables end it. Right after
# the counted plural noun, whose adjectives agree in the plural ("-s", "-i", "-e"), such a
# word is its verb: "Los 5 concejales votan en contra" is news. Adverbs and words that end
# alike are left out ("-ment", "també", "também", "tan", "bien"). Catalan's in "-en" ("Els 4
# candidats debaten aquesta nit").
_VERB_ENDINGS = {"es": ("an", "en"), "pt": ("am", "em"), "it": ("ano", "ono"), "fr": ("ent",), "ca": ("en",)}
_NOT_VERB_ENDS = frozenset("también também além porém ninguém alguém souvent comment pendant avant".split())
# Their plural past participles ("cerrados", "fechadas", "chiusi"… "fermées"), which after the
# counted noun make a clause as English's do ("50 homes destroyed"), but for those a list's
# title puts there (explained, revealed, ranked, recommended, compared).
_PARTICIPLE_ENDINGS = {"es": ("ados", "idos", "adas", "idas"), "pt": ("ados", "idos", "adas", "idas"),
                       "it": ("ati", "iti", "uti", "ate", "ite", "ute", "usi", "use"), "fr": ("és", "ées"),
                       # Catalan's "-ats", "-ades" end nouns too ("plats", "mercats", "escapades"),
                       # but not the word after the noun ("Les 3 escoles afectades per l'incendi"),
                       # where only adjectives in those endings stand (_CA_NOT_PARTICIPLES).
                       "ca": ("ats", "its", "uts", "ades", "ides", "udes")}
_CA_NOT_PARTICIPLES = frozenset("barats barates privats privades delicats delicades adequats adequades".split())
# The participles a list's title puts after its noun: explained, revealed, recommended,
# ranked, compared, analysed, ordered; chosen and selected ("Los 10 mejores libros del año,
# elegidos por los lectores"); hidden ("5 pueblos escondidos de España", hidden gems); awarded
# ("5 libri premiati dal Premio Strega").
_TITLE_PARTICIPLES = frozenset(
    """explicados explicadas revelados reveladas recomendados recomendadas clasificados clasificadas
    basados basadas baseados baseadas basés basées basati basate inspirados inspiradas inspirés inspirées ispirati
    comparados comparadas analizados analisados ordenados expliqués expliquées révélés révélées
    recommandés recommandées classés classées comparés spiegati spiegate svelati svelate consigliati
    consigliate classificati classificate explicats explicades recomanats recomanades
    elegidos elegidas seleccionados seleccionadas escolhidos escolhidas selecionados selecionadas
    choisis choisies sélectionnés sélectionnées scelti scelte selezionati selezionate escollits escollides
    escondidos escondidas ocultos ocultas cachés cachées nascosti nascoste amagats amagades
    inspirate recomandate bazate explicate
    premiados premiadas premiati premiate primés primées premiats premiades""".split()
)


# The past tense's plural in Russian and Ukrainian ("-ли": "сгорели", burned) and Polish
# ("-li", "-ły", and "-ło" after five and more: "spłonęło"), as their conjugation tables end it:
# right after the counted noun, its verb ("ФОТО: 5 машин сгорели на парковке").
_SLAVIC_PAST = {"ru": ("ли", "лись"), "uk": ("ли", "лися", "лись"), "pl": ("li", "ły", "ło", "ano", "ono", "ęto", "yto"),
                "bg": ("ха",)}
# Polish's impersonal past too ("wycofano", withdrawn; "skradziono", "zamknięto", "odkryto"),
# and Bulgarian's aorist plural ("вдигнаха", raised; "загинаха", died; "затвориха", closed).


def _romance_verb(phrase: Sequence[str], lang: str) -> bool:
    """Whether the word after the counted noun (``phrase[0]``, not a list noun) is a verb
    in the third person plural or a plural past participle (see :data:`_VERB_ENDINGS`).
    A superlative right after the count grades the word after it, its noun ("I 5 migliori
    gelati di Firenze", "5 najlepszych seriali tego roku": "gelati" and "seriali" end as a
    participle and a past do): the verb is read after that noun."""
    if len(phrase) >= 2 and superlative(phrase[0], lang):
        phrase = phrase[1:]
    if lang in _SLAVIC_PAST and len(phrase) >= 2 and phrase[0] not in LIST_NOUNS:
        return len(phrase[1]) >= 5 and phrase[1].endswith(_SLAVIC_PAST[lang])  # "5 машин сгорели"
    ends = _VERB_ENDINGS.get(lang)
    if not ends or len(phrase) < 2 or phrase[0] in LIST_NOUNS:
        return False
    w = phrase[1]
    if (len(w) >= 5 and w.endswith(_PARTICIPLE_ENDINGS[lang]) and w not in _TITLE_PARTICIPLES
            and w not in _CA_NOT_PARTICIPLES) or w in _IRREGULAR_ROMANCE_PARTICIPLES:
        return True  # "Los 5 colegios cerrados por el temporal", "Les 3 suspects mis en examen"
    return len(w) >= 5 and w.endswith(ends) and not w.endswith("ment") and w not in _NOT_VERB_ENDS


# Hindi's and Urdu's progressive and perfect auxiliaries of a plural subject, as their
# grammars give them; Czech's and Polish's present and past in the singular after five and
# more (the conjugation tables: "zvyšuje", "podnosi", "zvýšilo", "podniosło").
_HI_UR_ACTING = frozenset("रहे रही गए गईं किए दिए رہے رہی گئے کیے دیے".split())
_SLAVIC_SINGULAR = {"cs": ("uje", "ilo", "alo"), "sk": ("uje", "ilo", "alo"), "pl": ("uje", "osi", "ito", "iło", "ało")}


# English words that may follow the counted noun and are not its verb: prepositions,
# relatives, conjunctions and the adverbs of place a list's title sets there.
_EN_NOT_ACTS = frozenset(
    """in on at with without for from of to by near around across under over where that which who whose
    you we and or but than like about after before during worldwide nationwide here there now today""".split()
)


def _english_act(lows: Sequence[str], noun: int) -> int | None:
    """Where the verb of the English institutions at ``noun`` stands: the word after it
    ("ban", "cut", "raise"), or "are"/"were" with a present or past participle after it
    ("are raising", "were fined"); None when a preposition or a claim's verb follows."""
    n = noun + 1
    w = lows[n]
    if w in ("are", "were", "is", "was") and n + 1 < len(lows):
        return n + 1 if lows[n + 1].endswith(("ing", "ed")) or lows[n + 1] in IRREGULAR_PARTICIPLES else None
    return None if w in _EN_NOT_ACTS or w.endswith(("est", "ly")) else n


def _institutions_act(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the count at ``i`` counts institutions (:data:`INSTITUTION_NOUNS`, right after
    it or after one adjective) that a verb of their own follows, not one of state, possession
    or modality (:data:`STATIVE_VERBS`), with the reader not addressed: "Estos 3 países
    prohíben TikTok", "Diese 5 Banken erhöhen die Zinsen", "Эти 3 страны запретили TikTok".
    News of what they did, or a teaser only the body confirms; "Estos 10 países tienen el
    mejor pasaporte" claims a ranking."""
    words: list[str] = []
    for tok, _start, _end in tokens[i + 1:i + 8]:
        if tok in CLAUSE_MARKS or tok in COMMAS or not _word(tok) or tok.lower() in STOPPERS:
            break
        words.append(tok)
    lows = [w.lower() for w in words]
    noun = next((n for n, w in enumerate(lows[:2]) if w in INSTITUTION_NOUNS), None)
    if noun is None or noun + 1 >= len(words) or _addresses_reader(tokens, i, lang):
        return False
    if lang == "en":
        verb = _english_act(lows, noun)
    elif lang in ("hi", "ur"):
        # their progressive and perfect auxiliaries ("ये 5 बैंक बढ़ा रहे हैं", are raising)
        verb = next((n for n in range(noun + 1, len(lows)) if lows[n] in _HI_UR_ACTING), None)
    elif lang in _SLAVIC_PRESENT:
        # after five and more the verb agrees in the singular ("Těchto 5 bank zvyšuje
        # poplatky", "Te 5 banków podnosi opłaty"): its present and past neuter too
        ends = _SLAVIC_PRESENT[lang] + _SLAVIC_PAST.get(lang, ()) + _SLAVIC_SINGULAR.get(lang, ())
        verb = next((n for n in range(noun + 1, len(lows)) if words[n].islower() and len(lows[n]) >= 5
                     and lows[n].endswith(ends) and lows[n] not in _SLAVIC_PREPOSITIONS), None)
    else:
        verb = _finite_verb(words, lang)
    return verb is not None and verb > noun and lows[verb] not in STATIVE_VERBS


def _arabic_ranked_verb(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether an Arabic count after a superlative ("أفضل", best) has its noun followed,
    within two words, by a verb in the present's masculine plural ("يـ…ون", "تـ…ون", as
    Arabic's conjugation tables give it) that is no verb of a claim (:data:`STATIVE_VERBS`):
    "أفضل 5 لاعبين يغادرون النادي" (the five best players leave the club), news of the ranked
    as the Slavic ranked clause is (:func:`_ranked_clause`); "أفضل 10 لاعبين يستحقون الكرة
    الذهبية" (deserve) claims a ranking."""
    if lang != "ar" or not (i and (tokens[i - 1][0] == "أفضل" or _ranked_before(tokens, i, lang))):
        return False
    words = [t[0] for t in tokens[i + 2:i + 4]]
    for w in words:
        if not _word(w):
            return False
        if len(w) >= 5 and w.startswith(("ي", "ت")) and w.endswith("ون") and w != "تلفزيون":  # television
            return w not in STATIVE_VERBS and not _addresses_reader(tokens, i, lang)
    return False


# The participles and past or passive verbs of the languages whose endings tell them, as their
# conjugation tables give them (Romance plural participles, Romanian's, the Slavic past and
# passive participles, Bulgarian's aorist and participle, Greek's third person plural), and
# the prepositions of source, cause and place an event's verb takes after it ("retirados de
# las bibliotecas", "изъяли из библиотек", "αποσύρθηκαν από"), which a list's adjective does not;
# not an agent's "by" ("7 errores cometidos por los padres", the mistakes parents make).
_EVENT_ENDS = {"ro": ("ate", "ați", "ite", "iți", "ute", "uți", "use", "ise", "ase"),
               "pl": ("ane", "one", "ięte", "yte", "li", "ły", "ło"), "ru": ("ли", "лись"), "uk": ("ли", "лися", "лись"),
               "bg": ("ха", "ени", "ани"), "el": ("ηκαν", "ησαν", "ισαν", "ξαν", "σαν")}
_EVENT_PREPOSITIONS = frozenset(
    """de del da das dos do des du dal dalla dalle dai dagli della dello dels din
    from vom aus uit van z ze zo spod из с со от від з із у в на od w we από στο στη στην σε""".split()
)


def _event_after_noun(phrase: Sequence[str], lang: str) -> bool:
    """Whether the counted noun, a list noun or not (after its superlative, if one leads),
    has a participle or past verb right after it, and that word a preposition of source,
    cause or place (:data:`_EVENT_PREPOSITIONS`): "5 libros retirados de las bibliotecas", "3
    apps eliminadas de Google Play", "5 книг изъяли из библиотек", "5 βιβλία αποσύρθηκαν από…".
    What happened to the counted things; the body decides. Not a title's participle
    ("10 películas basadas en hechos reales")."""
    if phrase[:1] and superlative(phrase[0], lang):
        phrase = phrase[1:]
    if len(phrase) < 3 or phrase[2] not in _EVENT_PREPOSITIONS:
        return False
    w = phrase[1]
    if len(w) < 5 or w in _TITLE_PARTICIPLES or w in _CA_NOT_PARTICIPLES:
        return False
    if lang in ("de", "nl"):
        return _germanic_participle(w, lang)  # "3 apps verwijderd uit de Play Store"
    ends = _PARTICIPLE_ENDINGS.get(lang) or _EVENT_ENDS.get(lang) or ()
    return bool(ends) and (w.endswith(ends) or w in _IRREGULAR_ROMANCE_PARTICIPLES)


# German's and Dutch's past participles by their shape ("ge-…-t", "ge-…-en", a separable
# prefix before "ge", "-iert", an inseparable prefix and "-t"/"-en"/"-d": "entfernt",
# "gelöscht", "verwijderd", "gehaald", "verboden"), as their grammars form them; and those a
# list's title closes with (explained, tested, made, presented, rated, ranked, chosen).
_DE_NL_INSEPARABLE = ("ver", "ent", "be", "er", "zer", "ont", "her")
_DE_NL_TITLE_PARTICIPLES = frozenset(
    """erklärt getestet gemacht vorgestellt bewertet gerankt sortiert ausgewählt empfohlen zusammengefasst
    uitgelegd getest gemaakt besproken beoordeeld gekozen aanbevolen""".split()
)


def _germanic_participle(w: str, lang: str) -> bool:
    if len(w) < 6 or not w.isalpha() or w in _DE_NL_TITLE_PARTICIPLES:
        return False
    ends = ("t", "en", "d") if lang == "nl" else ("t", "en")
    return w.endswith(ends) and ("ge" in w[:7] or w.endswith("iert") or w.startswith(_DE_NL_INSEPARABLE))


def _closing_participle(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether a German or Dutch headline closes, in the count's clause, with a past
    participle in lower case after a preposition's phrase ("5 Bücher aus Bibliotheken
    entfernt", "5 boeken uit bibliotheken gehaald"): what happened to the counted things, a
    list noun or not. Not a title's participle ("10 Tipps einfach erklärt")."""
    if lang not in ("de", "nl"):
        return False
    words: list[str] = []
    for tok, _start, _end in tokens[i + 1:]:
        if tok in CLAUSE_MARKS or tok in COMMAS or not _word(tok):
            return False
        words.append(tok)
    if len(words) < 3 or not words[-1].islower():
        return False
    lows = [w.lower() for w in words]
    if lows[-2] in ("het", "te", "om", "zu", "zum", "beim", "je", "u", "wilt", "kunt"):
        return False  # an infinitive ("5 fouten bij het gebruiken", "10 tips om te genieten")
    if any(w in STOPPERS or w in ("die", "dat", "waar", "wo", "welche", "dass") for w in lows[:-1]):
        return False  # a relative's clause: a title
    return any(w in _DE_WHERE or w in ("aus", "uit", "van", "op", "bij", "wegens") for w in lows[1:-1]) \
        and _germanic_participle(lows[-1], lang)


# Irregular plural participles news puts after a comma ("Los 3 sospechosos, presos";
# "muertos", "absueltos", "electos", "abiertos"), as the conjugation tables give them.
_IRREGULAR_ROMANCE_PARTICIPLES = frozenset(
    """muertos muertas presos presas absueltos absueltas electos electas abiertos abiertas
    mortos mortas soltos soltas eleitos eleitas abertos abertas
    morts mortes élus élues pris prises mis mises détenus détenues ouverts ouvertes
    morti morte presi prese eletti elette aperti aperte assolti assolte
    morts mortes presos preses elegits elegides oberts obertes""".split()
)


def _participle_after_comma(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the count's noun phrase at ``i`` (no list noun in it) is followed by a comma
    and a plural participle, the ellipsis of a news headline in the Romance languages ("Los 3
    sospechosos, detenidos en Valencia", "Las 5 mejores playas, cerradas por la marea roja",
    "Os 3 suspeitos, presos em flagrante"): what happened to them; the body decides. Not a
    title's participle ("Los 10 mejores libros, elegidos por los lectores"). A state after the
    comma too ("Cele 5 spitale, în alertă": :func:`_without_state`)."""
    ends = ("ed",) if lang == "en" else _PARTICIPLE_ENDINGS.get(lang) or _EVENT_ENDS.get(lang) or ()
    titles = TITLE_PARTICIPLES if lang == "en" else _TITLE_PARTICIPLES
    irregular = IRREGULAR_PARTICIPLES if lang == "en" else _IRREGULAR_ROMANCE_PARTICIPLES
    words: list[str] = []
    for n, (tok, _start, _end) in enumerate(tokens[i + 1:i + 8], i + 1):
        if tok in COMMAS:
            if not words or n + 1 >= len(tokens) or any(w in LIST_NOUNS or _names_list_noun(w, lang) for w in words):
                return False
            after = [t[0].lower() for t in tokens[n + 1:n + 3]]
            if _without_state(after):
                return True  # "Cele 5 spitale, în alertă", "Los 5 pueblos, sin luz"
            w = after[0]
            return bool(ends) and w not in titles and w not in _CA_NOT_PARTICIPLES and (
                w in irregular or (len(w) >= 5 and w.endswith(ends)))
        if tok in CLAUSE_MARKS or not _word(tok):
            return False
        words.append(tok.lower())
    return False


# Articles before a count in the languages that write one ("Los 4 candidatos…", "Die 3
# Angeklagten…", "Οι 3 κατηγορούμενοι…", "De 3 åtalade…"): the counted are known to the story.
_CLAUSE_ARTICLES = frozenset("los las les i gli le die de het os as οι τα els".split())
# Words that may follow a counted noun without being its verb: prepositions, articles,
# conjunctions and the like of those languages, as their grammars list them, and the
# adverbs and predicative adjectives German and Dutch titles set there ("10 Hotels direkt
# am Strand", "Fünf Serien neu auf Netflix", "De 10 hotels vlak bij zee"), and their
# contracted prepositions and adverbs of scope and time ("Die 15 besten Serien fürs
# Wochenende", "Die 5 besten Hotels weltweit", "De 10 beste restaurants ter wereld"); "dicht"
# as "vlak" ("dicht bij zee", close to the sea; shut, it closes a headline: see _closes).
_NOT_CLAUSE_VERBS = frozenset(
    """de del della dello dei degli delle di da do dos das du des d la le l les el lo un une una uno al a à au aux
    en em no na nos nas in nel nei nello nella sur sous dans par pour para por per con com avec sin sem senza
    entre tra fra contra contre ante após tras sobre dopo après y e et o ou und oder
    von vom für mit aus auf bei beim im am an zum zur zu nach über unter vor gegen ohne durch um bis seit
    aller der den dem wie als
    van voor op met bij uit over om aan naar door tegen tot zonder onder of
    direkt nur ganz sehr besonders wirklich richtig echt so gleich einfach fast kaum noch schon auch
    immer nie heute jetzt hier dort mehr rund etwa ab neu gratis kostenlos günstig vegan live online
    exklusiv vlak direct pal net nu daar ook nog heel zeer zo gewoon even weer altijd
    nooit vandaag nieuw
    fürs ins ans aufs übers vors unters während innerhalb außerhalb entlang trotz laut weltweit bundesweit
    deutschlandweit europaweit aktuell derzeit zurzeit momentan bisher jemals überhaupt
    ter volgens ooit binnen rond na sinds tijdens langs buiten per wereldwijd dicht
    för med från till på av och eller som i
    του της των στο στη στην στον στα σε με για από και ή""".split()
)
# Greek's verbs in the third person plural, present and past, active and passive ("αρνούνται",
# deny; "κέρδισαν", won), as its conjugation tables end them.
_GREEK_VERB_ENDS = ("ουν", "ούν", "ονται", "ούνται", "ανται", "ιούνται", "ηκαν", "ησαν", "ισαν", "ξαν", "σαν")


# Dutch people news counts (ministers, officers, suspects, soldiers, players), as Wiktionary's
# translation tables give their plurals; besides those of _PEOPLE_AFTER_COUNT.
_NL_PEOPLE = frozenset("ministers agenten verdachten politieagenten soldaten spelers leden artsen".split())


def _article_clause(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the count at ``i``, after an article (:data:`_CLAUSE_ARTICLES`), and its noun
    are the subject of a verb before any relative, "for", comma or clause mark, with no list
    noun or superlative: "Los 4 candidatos a la alcaldía debaten esta noche", "Die 3
    Angeklagten schweigen", "I 4 candidati si sfidano", "De 5 ministers stemmen tegen". The
    article points at people or things the story knows: news, or a title only the body
    confirms (not "Los 10 lugares más bonitos", not "Los 7 errores que cometemos")."""
    prev = tokens[i - 1][0].lower() if i else ""
    # German writes its verb the same way after a leading count: "Drei Firmen müssen zahlen".
    # Dutch too when people lead it ("3 ministers stappen op"): its lists set a relative or
    # "om te" after the noun ("5 boeken die je moet lezen"), and its adverbs follow nouns of things.
    nl_people = lang == "nl" and leads(tokens, i) and i + 1 < len(tokens) \
        and tokens[i + 1][0].lower() in _PEOPLE_AFTER_COUNT | _NL_PEOPLE
    if prev not in _CLAUSE_ARTICLES and not (lang == "de" and leads(tokens, i)) and not nl_people:
        return False
    stops = _PURPOSE.get(lang, frozenset()) | _RELATIVE.get(lang, frozenset()) | STOPPERS
    words: list[str] = []
    for tok, _start, _end in tokens[i + 1:i + 9]:
        if tok in CLAUSE_MARKS or tok in COMMAS or tok.lower() in stops:
            break
        words.append(tok)
    verb = _finite_verb(words, lang)
    if verb is None:
        return False
    lows = [x.lower() for x in words]
    # A leading count of foods or series with its own verb claims what such things do ("5
    # Lebensmittel machen glücklich"), as a list noun's does; a passive or participle after
    # it still tells of an event ("5 Lebensmittel werden zurückgerufen").
    # Not before a noun of its own ("5 Lebensmittel machen Verbraucher Sorgen": whom they worry).
    kinds = leads(tokens, i) and any(w in _LEADING_NOUNS for w in lows[:verb]) and len(lows) > verb + 1 \
        and lows[verb + 1] not in _DE_WHERE and words[verb + 1][:1].islower() and not _clause_after(lows[verb:], lang)
    # In German and Dutch, whose verb is the lower-case word right after the noun, a
    # superlative grades the word after it ("De 7 meest gemaakte fouten", the seven mistakes
    # most made); before the noun that a verb follows it makes no title of the clause ("Die 3
    # größten Banken erhöhen die Zinsen"). Elsewhere the verb is read by its ending, which
    # adjectives share ("I 10 migliori libri sul mondo romano"): a superlative keeps the title.
    return not kinds and not any(
        w in LIST_NOUNS or _names_list_noun(w, lang)
        or (superlative(w, lang) and (n == verb - 1 or lang not in ("de", "nl")))
        for n, w in enumerate(lows[:verb]))


# Prepositions of place and time after such a verb tell where or when something happened
# ("5 Lebensmittel fehlen in Supermärkten", "3 Serien starten im Januar"): news, not a claim.
_DE_WHERE = frozenset("in im am an auf aus bei beim von vom nach vor ab seit wegen".split())


# The verb right after a counted noun (or the adjective after it), by the shapes the
# languages' conjugation tables give it, in those with no article-led reading above: Hebrew's
# past plural in "-ו" ("5 ספרים נגנזו", five books were shelved), Romanian's auxiliaries and
# plural participles ("3 filme premiate", "… au fost identificate"), Czech's passive and past
# ("5 knih ukradeno", "3 cviky zakázány"), Hungarian's past ("5 könyv eltűnt", "3 hely
# maradt"), the Nordic participles ("5 idéer forkastet", "3 bøker trukket", "5 recept
# återkallade"; Swedish's present passive too, "3 appar stoppas av Apple"), Finnish passives
# ("5 kirjaa poistettiin"). News of the counted things.
_VERB_BY_NOUN = {"he": ("ו",), "cs": ("no", "ny", "li", "ly"), "hu": ("tt", "adt", "edt", "ült", "űnt", "unt"),
                 "da": ("et", "ede", "tes"), "no": ("et", "ede", "tes"), "sv": ("ade", "ades", "ats", "as"),
                 "fi": ("ttiin",),  # not "-taan": illatives end so ("arki-iltaan")
                 "ro": ("ate", "ați", "ite", "iți", "ute", "uți", "use", "ise")}
_RO_AUXILIARIES = frozenset("au vor sunt fost s-au".split())
# Romanian prepositions, after which a noun stands whose ending a participle's may share
# ("5 exerciții pentru spate", five exercises for the back), as its grammars list them.
_RO_PREPOSITIONS = frozenset("pentru de din la în cu pe fără despre după prin spre sub până între".split())
_CS_PREPOSITIONS = frozenset("z ze v ve na do pro o od u k ke s se po při za před mezi nad pod bez".split())


def _verb_by_noun(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the second or third word after the count at ``i`` is a verb of its noun (see
    :data:`_VERB_BY_NOUN`): news of the counted things, or a title only the body confirms."""
    ends = _VERB_BY_NOUN.get(lang)
    if ends is None:
        return False
    words = [t[0].lower() for t in tokens[i + 1:i + 4]]
    for n, w in enumerate(words[1:3], 1):
        if not _word(w) or w in STOPPERS:
            return False
        if lang == "ro" and w in _RO_AUXILIARIES:
            return True
        if len(w) >= (3 if lang == "he" else 5) and w.endswith(ends) and not (lang == "ro" and w.endswith("tate")):
            return True
        if lang == "hu" or (lang == "cs" and w in _CS_PREPOSITIONS) or (lang == "ro" and w in _RO_PREPOSITIONS):
            return False  # their nouns end so too after a preposition ("z knihovny", "pentru spate")
    return False


# Hungarian's present after the noun: the definite conjugation's "-ja", "-je", "-i" (past
# "-ta", "-te") before the article of its object ("A 3 legnagyobb bank emeli a kamatot", the three biggest banks
# raise the rate), or an "-ik" verb ("2 minisztérium költözik"). Finnish's past after the
# partitive noun, "-i" singular, "-ivat" plural ("3 virhettä johti onnettomuuteen"), but for
# the question words and the translative "-ksi" that end so ("5 syytä miksi…", "12 ideaa
# joululahjaksi", twelve ideas for a Christmas present). Hindi's perfect auxiliaries and passive
# ("3 कारण बताए गए", three reasons were given; "3 बैंकों ने", the agent's "ने" of a past verb) and Bengali's perfect ("জানিয়েছে",
# "হয়েছে") unless a relative pronoun opened a title's clause before them ("जो", "যা").
# The Nordic languages' present in "-er", "-ar", "-ir" after a definite plural noun ("De 3
# största bankerna höjer räntan", "De 3 største bankerne hæver renten"): a list's title puts
# no verb there ("De 10 bästa böckerna att läsa"); not the prepositions that end so.
_NORDIC_DEFINITE = {"sv": ("rna", "na"), "da": ("erne", "ene"), "no": ("ene", "erne")}
_NORDIC_NOT_VERBS = frozenset("efter under över over mellan bakom hinter fler flere mer mere andre andra".split())
_HU_DEFINITE = ("ja", "je", "i")
_FI_PAST = ("i", "ivat", "ivät")
_FI_NOT_VERBS = frozenset("miksi kuinka jotka joita mitkä mitä joihin".split())
_HI_AUXILIARIES = frozenset("गए गई गया गईं हुए हुई हुईं हुआ किए किया दिए दिया ने".split())  # ने: a past verb's agent
# Bengali only in its perfect and honorific past: the plain past's "-ল"/"-লো" ("জানাল")
# ends adjectives and nouns too ("ভালো", good; "সকাল", morning).
_BN_PAST = ("েছে", "েছেন", "লেন")
# Its plain past, then, by the verbs themselves: the light verbs compounds end with (did, gave,
# took, went, got, became: "ঘোষণা করল", announced; "বন্ধ হলো", shut) and the verbs news tells
# of its counted with (told, raised, cut, lost, won, rose, burned, broke, sank, left, opened,
# returned, sent, ran, caught, hit), in the "-ল" and "-লো" spellings (Bengali grammars'
# conjugation tables).
_BN_PLAIN_PAST = frozenset(
    """করল করলো দিল দিলো নিল নিলো গেল গেলো পেল পেলো হলো জানাল জানালো বাড়াল বাড়ালো কমাল কমালো
    হারাল হারালো হারল হারলো জিতল জিতলো উঠল উঠলো পুড়ল পুড়লো ভাঙল ভাঙলো ডুবল ডুবলো ছাড়ল ছাড়লো
    খুলল খুললো ফিরল ফিরলো পাঠাল পাঠালো চালাল চালালো ধরল ধরলো মারল মারলো""".split()
)
_RELATIVES = frozenset("जो जिन जिनसे जिन्हें जिनके जहां जहाँ যা যে যেগুলো যেখানে جو جن جنہیں جنہوں جہاں".split())
# Urdu's as Hindi's: the perfect and passive auxiliaries ("ہٹا دی گئیں", were removed) and the
# agent's "نے" of a past verb, as its grammars give them.
_UR_AUXILIARIES = frozenset("گئے گئی گئیں گیا ہوئے ہوئی ہوا کیے کیا دیے دیا نے".split())


def _verb_after_noun(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether a verb of the counted noun follows it in Hungarian, Finnish, Hindi or Bengali
    (see :data:`_HU_DEFINITE`): news of the counted things; the body decides."""
    raw = [t[0] for t in tokens[i + 1:i + 7]]
    words = [w.lower() for w in raw]
    if lang == "hu":
        if _hungarian_past_at_end(tokens, i):
            return True  # "A 4 legjobb magyar csapat kiesett" (were knocked out)
        for n in (1, 2):
            if n >= len(words) or not _word(words[n]) or words[n] in STOPPERS:
                return False
            w, nxt = words[n], words[n + 1] if n + 1 < len(words) else ""
            if (len(w) >= 5 and w.endswith(_HU_DEFINITE) and nxt in ("a", "az")) \
                    or (len(w) >= 6 and w.endswith(("te", "ta")) and nxt in ("a", "az")) \
                    or (len(w) >= 6 and w.endswith("ik") and not superlative(w, lang)):
                return True
        return False
    if lang == "fi":  # after the noun, or after a superlative and its noun ("3 suurinta pankkia nosti")
        return any(words[n - 1].endswith(("a", "ä")) and raw[n].islower() and len(words[n]) >= 5
                   and words[n].endswith(_FI_PAST) and not words[n].endswith("ksi") and words[n] not in _FI_NOT_VERBS
                   for n in range(1, min(3, len(words))))
    if lang in _NORDIC_DEFINITE:
        # Danish and Norwegian keep the noun indefinite after "de" and a superlative in "-ste"
        # ("De 3 største banker hæver renten"): the word after that noun is read the same way.
        ranked = len(words) > 2 and (superlative(words[0], lang) or (lang in ("da", "no") and len(words[0]) >= 5
                                                                     and words[0].endswith("ste")))
        return any((words[n - 1].endswith(_NORDIC_DEFINITE[lang]) and len(words[n - 1]) >= 6 or (ranked and n == 2))
                   and raw[n].islower() and len(words[n]) >= 4 and words[n].endswith(("er", "ar", "ir"))
                   and words[n] not in _NORDIC_NOT_VERBS
                   for n in range(1, min(4, len(words))))
    if lang == "vi" and "nhất" in words and not vietnamese_list(words, nouns_only=True):
        return any(w in _VI_EVENT_VERBS for w in words[words.index("nhất") + 1:])
    if lang in ("hi", "bn", "ur"):
        # Urdu writes its postpositions and auxiliaries as words apart: the verb closes a longer line
        for w in ([t[0].lower() for t in tokens[i + 1:i + 10]] if lang == "ur" else words):
            if w in _RELATIVES or not _word(w):
                return False
            if (lang == "hi" and w in _HI_AUXILIARIES) or (lang == "ur" and w in _UR_AUXILIARIES) \
                    or (lang == "bn" and ((len(w) >= 5 and w.endswith(_BN_PAST)) or w in _BN_PLAIN_PAST)):
                return True
    return False


# Vietnamese verbs of what news tells of ranked banks, hospitals and shops after the
# superlative's "nhất" ("3 ngân hàng lớn nhất giảm lãi suất": cut, raise, close, halt, stop,
# cancel) and its passive markers (see :data:`_PASSIVE_MARKERS`).
_VI_EVENT_VERBS = frozenset("giảm tăng đóng ngừng dừng hủy bị được".split())


# Hungarian's past closing the headline, "-ott", "-ett", "-ött" (the indefinite third person),
# but for the postpositions that end so ("a Balaton mellett", by Lake Balaton; "között", among).
_HU_POSTPOSITIONS = frozenset("mellett helyett felett fölött között előtt alatt mögött közelében".split())


def _hungarian_past_at_end(tokens: Sequence[Token], i: int) -> bool:
    """Whether a short Hungarian headline closes, after the count at ``i``, with a past verb
    (see :data:`_HU_POSTPOSITIONS`)."""
    words = [t[0] for t in tokens[i + 1:]]
    if not 2 <= len(words) <= 5 or not all(_word(w) for w in words):
        return False
    last = words[-1]
    return last.islower() and len(last) >= 6 and last.endswith(("ott", "ett", "ött")) and last not in _HU_POSTPOSITIONS


def _finite_verb(words: Sequence[str], lang: str) -> int | None:
    """Where in ``words``, after a counted noun's first word, the clause's verb stands, by
    the shape each language gives it (see :func:`_article_clause`); None when none does."""
    lows = [w.lower() for w in words]
    if len(lows) < 2:
        return None
    if lang in _VERB_ENDINGS:
        for n in range(1, len(lows)):
            w, before = lows[n], lows[n - 1]
            if before in ("se", "si", "s") and w.isalpha():
                return n  # "I 4 candidati si sfidano", "Los 2 se enfrentan"
            if words[n][:1].islower() and before not in _NOT_CLAUSE_VERBS and len(w) >= 5 \
                    and w.endswith(_VERB_ENDINGS[lang]) and not w.endswith("ment") and w not in _NOT_VERB_ENDS:
                return n
        return None
    if lang == "de":
        # Nouns are capitalised and adjectives stand before them: a word in lower case after
        # the first noun, not a preposition or article, is the verb.
        noun = next((n for n, w in enumerate(words) if w[:1].isupper()), None)
    elif lang in ("nl", "sv"):
        # Adjectives before the noun end in "-e" ("de beste", "de bästa"); the word after the
        # noun that is no preposition is the verb ("De 3 verdachten ontkennen alles"). In
        # Swedish only after a people noun: its plural nouns end as its verbs do.
        noun = next((n for n, w in enumerate(lows) if not w.endswith(("e", "a")) or w in _PEOPLE_AFTER_COUNT), None)
        if noun is not None and lang == "sv" and lows[noun] not in _PEOPLE_AFTER_COUNT:
            return None
    elif lang == "el":
        return next((n for n in range(1, len(lows)) if len(lows[n]) >= 5 and lows[n].endswith(_GREEK_VERB_ENDS)), None)
    else:
        return None
    if noun is None or noun + 1 >= len(words):
        return None
    after = words[noun + 1]
    return noun + 1 if after.isalpha() and after.islower() and after not in _NOT_CLAUSE_VERBS else None


# "Because of" written with a reason noun after a postposition or preposition: Hindi "के
# कारण", Nepali "को कारण", Persian "به دلیل" / "به علت", Urdu "کی وجہ" ("10 स्कूल प्रदूषण के
# कारण बंद", ten schools shut because of pollution). There the noun gives no list's reasons.
_BECAUSE_OF = frozenset({("के", "कारण"), ("को", "कारण"), ("का", "कारण"), ("به", "دلیل"), ("به", "علت"),
                         ("کی", "وجہ"), ("کے", "سبب")})


def _holds_list_noun(head: Sequence[str], lang: str) -> bool:
    """Whether the count's words ``head`` hold a list noun (:data:`LIST_NOUNS`, or one naming
    a list alone) that is not the reason noun of a "because of" (:data:`_BECAUSE_OF`)."""
    return any((w in LIST_NOUNS or _names_list_noun(w, lang) or _ezafe(w, lang))
               and not (n and (head[n - 1], w) in _BECAUSE_OF) for n, w in enumerate(head))


def _ezafe(w: str, lang: str) -> bool:
    """Whether the Persian ``w`` is a list noun with the ezafe's "ی" joined to it, as a noun
    ending in a vowel takes it before its adjective ("۱۰ غذای مفید", ten healthy foods)."""
    return lang == "fa" and len(w) > 2 and w.endswith("ی") and w[:-1] in LIST_NOUNS


# The present's third person plural in the Slavic languages, as their conjugation tables end
# it ("zvyšují", "zvyšujú", "podnoszą", "підвищують", "повышают", "podižu"… "вдигат"), and
# the prepositions their nouns take case endings after ("z kawą", "na zdrową cerę"), where a
# word ending so is a noun. Not Slovak's "-ia" ("robia", they do), its genitives' ending too
# ("desaťročia", of the decade).
_SLAVIC_PRESENT = {"cs": ("ají", "ují", "ějí", "ijí"), "sk": ("ajú", "ujú"), "pl": ("ą",),
                   "uk": ("ють", "ять", "уть"), "ru": ("ют", "ят", "ут", "ются", "ятся"),
                   "hr": ("aju", "uju", "iju"), "bs": ("aju", "uju", "iju"), "sl": ("ajo", "ijo", "ejo"),
                   "sr": ("aju", "uju", "iju", "ају", "ују", "ију"), "bg": ("ат", "ят")}
_SLAVIC_PREPOSITIONS = frozenset(
    """z ze w we v ve na do dla od po przy za przed pod nad bez o u k ke s se pro při mezi pri iz sa kod
    для на в во у к с со о об от по за под над из до без при про між через з із від във със между""".split()
)


def _ranked_clause(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether a Slavic count's superlative (after it or before it), its noun (no list noun)
    and a verb in the present or past plural follow it (:data:`_SLAVIC_PRESENT`,
    :data:`_SLAVIC_PAST`): "3 největší banky zvyšují úroky", the three biggest banks raise
    rates. News of those ranked, as the Hungarian, Finnish and Nordic superlative's noun with
    its verb (see :func:`_verb_after_noun`); the body decides."""
    if lang not in _SLAVIC_PRESENT:
        return False
    ends = _SLAVIC_PRESENT[lang] + _SLAVIC_PAST.get(lang, ())
    words = [t[0] for t in tokens[i + 1:i + 6]]
    # the noun after the superlative, or right after the count the superlative leads
    # ("Най-добрите 5 ресторанта предлагат отстъпки")
    noun = 1 if words and superlative(words[0].lower(), lang) else 0 if _ranked_before(tokens, i, lang) else None
    if noun is None or len(words) < noun + 2 or words[noun].lower() in LIST_NOUNS:
        return False
    for w in words[noun + 1:]:
        low = w.lower()
        if not _word(w) or low in _SLAVIC_PREPOSITIONS or low in LIST_NOUNS or low in STOPPERS:
            return False
        if w.islower() and len(w) >= 5 and low.endswith(ends):
            return not _addresses_reader(tokens, i, lang)
    return False


def _closes(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the counted things close, shut or go bust (:data:`CLOSURE_VERBS`, or a state of
    :data:`CLOSURE_STATES` closing the clause), with the reader not addressed: "Deze 4 musea
    gaan dicht", "A 3 legnagyobb áruház bezár", "4 bolt zár be" (Hungarian's verb before its
    preverb). News of those places, or a title only the body confirms."""
    words: list[str] = []
    for tok, _start, _end in tokens[i + 1:]:
        if tok in CLAUSE_MARKS or tok in COMMAS:
            break
        if _word(tok):
            words.append(tok.lower())
    for n, w in enumerate(words[1:], 1):
        nxt = words[n + 1] if n + 1 < len(words) else ""
        if w in CLOSURE_VERBS or (w in CLOSURE_STATES and (not nxt or nxt in CLOSURE_FOLLOWERS)) \
                or (lang == "hu" and w in ("zár", "nyit") and nxt in ("be", "ki")):
            return not _addresses_reader(tokens, i, lang)
    return False


def _hundreds(tok: str) -> bool:
    """Whether the count token ``tok`` says a hundred or more ("1,000", "250", "hundred")."""
    digits = "".join(c for c in tok if c.isdecimal())
    return (len(digits) >= 3 and int(digits) >= 100) or tok.lower() == "hundred"


def _list_cue(tokens: Sequence[Token], i: int, lang: str, is_plural: object) -> bool:
    """Whether the words around the count at ``i`` say it counts a list: a list noun or a
    superlative after it, "top", a determiner or article before it, the reader addressed, a
    headline that names a list (see :func:`firm_promise`)."""
    phrase = _phrase(tokens, i, lang)
    head = [w for w in phrase if w not in ("more", "other", "others", "new")]
    prev = tokens[i - 1][0].lower() if i else ""
    if not head or head == ["of", "them"] or prev in AND_OTHERS[0]:
        return True  # "Best books: 10 we loved", "X and 4 other takeaways"
    if _article_clause(tokens, i, lang) or _verb_by_noun(tokens, i, lang) or _verb_after_noun(tokens, i, lang) \
            or _closes(tokens, i, lang) or _ranked_clause(tokens, i, lang) or _participle_after_comma(tokens, i, lang) \
            or _indonesian_passive(tokens, i, lang) or _event_after_noun(_phrase(tokens, i, lang), lang) \
            or _closing_participle(tokens, i, lang):
        return False  # "Los 4 candidatos a la alcaldía debaten esta noche": the body decides
    if prev in DETERMINERS and prev not in _TOP_WORDS and not _without_state(phrase):
        # "Por que estes 5 alimentos fazem bem": a demonstrative names a list, but for
        # institutions doing something ("Estos 3 países prohíben TikTok") or, after Arabic's
        # "best", people with a verb of their own: the body decides
        return not _institutions_act(tokens, i, lang) and not _arabic_ranked_verb(tokens, i, lang)
    if lang == "de" and _german_verb_before(tokens, i):
        return False  # "Regierung beschließt 5 Maßnahmen gegen Inflation": the body decides
    if leads(tokens, i) and _for_a_purpose(tokens, i, lang, head) and not _without_state(phrase):
        return True  # "Jardin : 8 plantes pour l'ombre", "7 fonctions cachées que vous devriez connaître"
    if _news_state(phrase) or _romance_verb(phrase, lang):
        return False  # "Los 5 colegios cerrados tras el temporal": the body decides
    if _holds_list_noun(head[:4], lang) or superlative(phrase[0], lang):
        return True
    if lang == "vi" and "bị" in phrase[1:4] and not _VI_CAUSE & set(phrase[:phrase.index("bị")]):
        return False  # the adversative passive: "5 cuốn sách bị thu hồi" (five books recalled)
    if lang == "vi" and vietnamese_list(head):
        return True
    if any(superlative(w, lang) for w in head[1:3]):
        return True  # after the noun, as Persian and Indonesian set it: "۱۰ فیلم برتر", "5 Film Terbaik"
    if prev in DETERMINERS or prev in _ARTICLES_BEFORE or _ranked_before(tokens, i, lang) or _after_top(tokens, i):
        return True
    if leads(tokens, i) and (_addresses_reader(tokens, i, lang) or any(w in _LEADING_NOUNS for w in head[:2])):
        return True  # "5 series que no te puedes perder", "5 сериалов, которые стоит посмотреть"
    if lang == "tr" and _turkish_reader(tokens, i) and not any(w in NEWS_WORDS for w in head):
        return True  # "Evde yapabileceğiniz 10 kolay tatlı tarifi"
    if _framed_as_list(tokens, i, lang, head):
        return True  # "FOTOS: 10 praias…", "6 Poin Penting…", "Viajes: 6 pueblos con encanto…"
    # "Simak 10 Pantai di Lombok Ini" (these ten beaches)
    return _of_the_best(tokens, i, lang, is_plural) or names_a_list(tokens, lang, is_plural) \
        or _postposed_this(tokens, i, lang)


def _postposed_this(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether Indonesian's or Malay's "ini" (this, these), which follows its noun, closes
    the count's noun phrase within four words ("7 Makanan Ini…", "10 Pantai di Lombok Ini"),
    with no news word or event verb after the count ("5 Rumah Ini Terbakar")."""
    if lang not in ("id", "ms"):
        return False
    words = [t[0].lower() for t in tokens[i + 1:i + 6]]
    at = next((k for k, w in enumerate(words) if w == "ini"), None)
    rest = [t[0].lower() for t in tokens[i + 1:] if _word(t[0])]
    # Institutions named so with a verb after "ini" are news of what they do ("5 Bank Ini
    # Naikkan Suku Bunga", these five banks raise rates), as after a demonstrative elsewhere
    # (see _institutions_act); "5 Negara Ini Punya Paspor Terkuat" claims a ranking.
    acts = at is not None and any(w in INSTITUTION_NOUNS for w in words[:at]) and at + 1 < len(words) \
        and _word(words[at + 1]) and words[at + 1] not in STATIVE_VERBS and words[at + 1] not in STOPPERS
    return at is not None and 1 <= at <= 4 and all(_word(w) for w in words[:at]) and not acts \
        and not any(w in NEWS_WORDS or _indonesian_event(w) for w in rest)


# The labels a gallery or slideshow carries before its headline, in the languages we read
# (Wiktionary's translations of "photos", "gallery", "slideshow", "in pictures"): its count
# is the number of slides. News words after it still make news ("FOTOS: 3 muertos…").
_GALLERY_WORDS = frozenset(
    """photos fotos foto photo gallery galería galeria galerie galleria bildergalerie fotogalerie
    fotostrecke bilder slideshow diaporama fotky zdjęcia zdjęciach фото фотогалерея galeri resim
    صور بالصور عکس तस्वीरें ছবি ảnh ภาพ 사진 포토 写真 图集 组图""".split()
)


def _framed_as_list(tokens: Sequence[Token], i: int, lang: str, head: Sequence[str]) -> bool:
    """Whether what frames the count at ``i`` makes a list of it: an explainer's key points
    (:func:`_key_points`), or, leading its clause, a gallery's label, a soft section's label,
    an imperative to the reader right before it or words praising what is counted, with no
    news clause after them."""
    if _key_points(tokens, i, lang):
        return True  # "6 Poin Penting Revisi UU Pajak", "Entenda em 8 pontos a reforma tributária"
    if not leads(tokens, i):
        return False
    if _gallery_label(tokens, i):
        return True  # "FOTOS: 10 praias paradisíacas do Nordeste", "ФОТО: 10 самых красивых пляжей"
    return (_section_label(tokens, i) or _appeals(head[:4], lang) or _told_to_discover(tokens, i)) \
        and not _news_after(tokens, i, lang)


# The imperatives a magazine opens a list with, telling the reader to discover, see, check or
# get to know what it counts ("Conoce 10 pueblos mágicos de México", "Descubre 7…", "Confira
# 6 filmes…", "Découvrez 5…", "Simak 10…", "Pogledajte 10…"), as the languages' grammars
# give the familiar and polite imperatives of those verbs (the leaders of _LEADERS and more).
_DISCOVER = frozenset(
    """discover meet confira conheça descubra descubre conoce conozca checa mira découvrez scopri entdecken
    poznaj sprawdź odkryj узнайте дізнайтеся ontdek upptäck simak intip cek descoperă descobreix
    вижте pogledajte otkrijte pogledaj objevte objavte alamin tuklasin""".split()
)


def _told_to_discover(tokens: Sequence[Token], i: int) -> bool:
    """Whether one of :data:`_DISCOVER` opens the headline or its clause right before the count."""
    return i > 0 and tokens[i - 1][0].lower() in _DISCOVER and (i == 1 or tokens[i - 2][0] in CLAUSE_MARKS)


def _section_label(tokens: Sequence[Token], i: int) -> bool:
    """Whether a magazine section's label (:data:`SECTION_LABELS`: travel, food, beauty…) is
    all the headline says before a clause mark that the count at ``i`` follows: "Viajes: 6
    pueblos…", "Food & Travel: 8…", Vietnamese's in two syllables (:data:`SECTION_LABEL_PHRASES`:
    "Du lịch: 7…"); not a label inside a story's name ("Gezi davası: 5…")."""
    for k in range(min(i, 4)):
        if tokens[k][0] in CLAUSE_MARKS:
            words = [t[0].lower() for t in tokens[:k] if t[0] != "&" and not _and_word(t[0].lower(), "en")]
            return bool(words) and (all(w in SECTION_LABELS for w in words) or " ".join(words) in SECTION_LABEL_PHRASES)
    return False


def _appeals(head: Sequence[str], lang: str) -> bool:
    """Whether the count's words praise what they count (:data:`APPEAL_ADJECTIVES`), Persian's
    adjective with the ezafe's "ی" joined to it ("شهر زیبای اروپا", beautiful cities of Europe)."""
    return any(w in APPEAL_ADJECTIVES or (lang == "fa" and len(w) > 3 and w.endswith("ی") and w[:-1] in APPEAL_ADJECTIVES)
               for w in head)


def _news_after(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the words after the count at ``i`` hold a news word or close a news clause
    (a participle, a past plural, a passive: :func:`_clause_after`): "Viajes: 3 vuelos
    cancelados", "Reise: 3 Flughäfen gesperrt" stay news under a soft section's label."""
    raw = [t[0] for t in tokens[i + 1:] if _word(t[0])]
    rest = [w.lower() for w in raw]
    if any(w in NEWS_WORDS for w in rest) or _clause_after(rest, lang) or _romance_verb(rest, lang):
        return True
    if lang == "vi" and any(w in _PASSIVE_MARKERS for w in rest):
        return True  # "Du lịch: 3 tàu cá bị chìm" (three fishing boats sank)
    if _finite_verb(raw, lang) is not None:
        return True  # "6 pueblos bonitos se quedan sin médico", "Viaggi: 3 compagnie aeree cancellano voli"
    # A Slavic participle right after the noun ("Podróże: 3 lotniska zamknięte"), an Indonesian
    # passive or accidental verb after it ("5 Desa Wisata Cantik Terendam Banjir", "Ditutup").
    second = rest[1:3]
    if lang in _LAST_PARTICIPLE and any(len(w) >= 7 and w.endswith(_LAST_PARTICIPLE[lang])
                                        and w not in APPEAL_ADJECTIVES for w in second):
        return True
    return lang == "id" and any(_indonesian_event(w) for w in rest[1:])


# Indonesian's passive "di-" and accidental "ter-" verbs of events ("ditutup", closed;
# "dibakar", burned; "terendam", flooded; "terbakar"), as its grammars form them: not its
# superlatives in "ter-" ("terbaik", "terindah") nor nouns that begin so.
_ID_NOT_VERBS = frozenset("digital diskon diskusi diabetes direktur direksi dinamis diploma dinding dingin dijamin".split())
_ID_EVENTS = frozenset(
    "terendam terbakar terdampak terisolasi tertimbun terseret terjebak terancam terkena tersapu terputus".split())


def _indonesian_event(w: str) -> bool:
    return w in _ID_EVENTS or (len(w) >= 7 and w.startswith("di") and w not in _ID_NOT_VERBS
                               and not superlative(w, "id"))


# Words after which an Indonesian passive belongs to a title's clause: the relative "yang" and
# the words of purpose ("10 Tempat Wisata yang Wajib Dikunjungi", "5 Film untuk Ditonton").
_ID_CLAUSE_OPENERS = frozenset("yang yg untuk agar supaya buat biar".split())


def _indonesian_passive(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether an Indonesian or Malay passive or accident verb (:func:`_indonesian_event`)
    follows the counted noun in its own clause, before any relative or purpose word: "3
    Aplikasi Pinjol Ilegal Diblokir", "5 Film Horor Dilarang Tayang" (blocked, banned): news
    of the counted things, whatever their noun."""
    if lang not in ("id", "ms"):
        return False
    for tok, _start, _end in tokens[i + 2:i + 7]:
        low = tok.lower()
        if not _word(tok) or low in _ID_CLAUSE_OPENERS or low in _READER_WORDS:
            return False
        if _indonesian_event(low):
            return True
    return False


def _points_frame(tokens: Sequence[Token], i: int) -> bool:
    """Whether the count at ``i`` explains "in N points" (:data:`IN_WORDS`, :data:`POINT_NOUNS`)
    at the head of a clause or after a verb of explaining ("Entenda em 8 pontos a reforma",
    "La reforma explicada en 5 puntos"), not a score's margin ("vence por 3 pontos")."""
    if i < 1 or i + 1 >= len(tokens) or tokens[i - 1][0].lower() not in IN_WORDS \
            or tokens[i + 1][0].lower() not in POINT_NOUNS:
        return False
    if i >= 2 and tokens[i - 2][0].lower() in EXPLAIN_WORDS:
        return True
    # At a clause's head the frame ends there ("En 6 puntos: lo que cambia", "Em 8 pontos, o
    # que muda"); "points of" a country or city are places ("En 3 puntos del país…").
    after = tokens[i + 2][0] if i + 2 < len(tokens) else ""
    return leads(tokens, i - 1) and (not after or after in CLAUSE_MARKS or after in COMMAS)


def _key_points(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the count at ``i`` counts an explainer's points: "N points" in its explaining
    frame (:func:`_points_frame`), or leading the headline with a word of importance or
    novelty by it ("6 Poin Penting…", "6 điểm mới…", "5 kluczowych punktów"), and no verb of
    sport's tallies in the headline ("Persija Curi 3 Poin Penting"): points won are news."""
    if any(t[0].lower() in SPORT_POINT_VERBS for t in tokens):
        return False
    if _points_frame(tokens, i):
        return True
    words = [t[0].lower() for t in tokens[i + 1:i + 6]]
    if not (leads(tokens, i) and any(w in POINT_NOUNS for w in words[:2]) and any(w in KEY_ADJECTIVES for w in words[:3])):
        return False
    if any(t[0].lower() in _PASSIVE_MARKERS for t in tokens[i + 1:]):
        return False  # "3 điểm mới được phát hiện ổ dịch": three new spots found, news
    # Points "for" a side are a tally ("3 Poin Penting untuk Persib", "3 نقاط مهمة للهلال");
    # an explainer's are "of" its subject, or for the reader ("5 Poin Penting untuk Anda").
    after = words[2:4]
    for_side = bool(after) and (after[0] in _FOR_SIDE or after[0].startswith("لل"))
    return not for_side or (len(after) > 1 and after[1] in _READER_WORDS | _EN_READER_WORDS | _YOU_WORDS)


# Vietnamese's passive markers ("được", "bị"): the points are what something happened to.
_PASSIVE_MARKERS = frozenset("được bị".split())
# "For" a side in sport's tallies, and "you" in the languages whose "you" _READER_WORDS lacks.
_FOR_SIDE = frozenset("for para pra untuk bagi cho pour für per".split())
_YOU_WORDS = frozenset("bạn você".split())


def _gallery_label(tokens: Sequence[Token], i: int) -> bool:
    """Whether a gallery's label (:data:`_GALLERY_WORDS`) stands before the count at ``i``,
    in the headline's first three words."""
    return any(t[0].lower() in _GALLERY_WORDS for t in tokens[:min(i, 3)])


# "For" as a list's title sets it after its noun ("8 plantes pour l'ombre", "12 Ideen für den
# Advent", "8 roślin do cienia", "10 рецептов на осень", "8 Tanaman untuk Tempat Teduh"),
# in the languages that put it there, as their grammars name the preposition of purpose.
_PURPOSE = {"es": frozenset({"para"}), "pt": frozenset({"para", "pra"}), "fr": frozenset({"pour"}),
            "it": frozenset({"per", "da"}), "de": frozenset({"für", "zum", "zur", "gegen"}),
            "nl": frozenset({"voor", "tegen"}), "pl": frozenset({"dla", "do", "na"}),
            "ru": frozenset({"для", "на"}), "uk": frozenset({"для", "на"}), "id": frozenset({"untuk"}),
            "el": frozenset({"για"}), "sv": frozenset({"för", "att"})}
# Polish "do" and "na" and Russian and Ukrainian "на" are "for" only by the case of the word
# after them (see :func:`_purpose_case`): "8 roślin do cienia", "9 książek do przeczytania"
# (to read), "10 рецептов на осень" (for autumn), but "5 karetek do wypadku" (to the crash),
# "wypadek na A4", "авария на трассе" (on the road).
_PLACE_CASE = {"ru": ("е", "и", "ах", "ях", "ом", "ем", "ой"), "uk": ("і", "у", "ю", "ах", "ях", "ові"),
               "pl": ("e", "u", "y", "i", "ach")}


def _purpose_case(mark: str, raw_after: str, lang: str, counted: Sequence[str] = ()) -> bool:
    """Whether the word ``raw_after`` the preposition ``mark`` reads as its purpose: after
    Polish "do" a verbal noun ("-nia", "-cia": "do czytania", to read; "do cienia" ends so
    too) or a plain noun in lower case ("6 kosmetyków do cery suchej") unless the
    ``counted`` move to a place (:data:`PL_MOVERS`: "5 karetek do wypadku") or the noun is
    where news sends people (:data:`PL_NEWS_DESTINATIONS`); after "na" in Polish, Russian
    and Ukrainian an accusative, not a locative ending of their declension tables
    (:data:`_PLACE_CASE`) unless a season, holiday or meal's accusative of time
    (:data:`TIME_ACCUSATIVES`: "на вихідні"), nor a road's code ("na A4"); Swedish "för"
    not before "att"; any other mark is one whatever follows."""
    after = raw_after.lower()
    if lang == "pl" and mark == "do":
        return after.endswith(("nia", "cia")) or (
            raw_after[:1].islower() and after.isalpha() and after not in PL_NEWS_DESTINATIONS
            and not any(w in PL_MOVERS for w in counted))
    if lang == "sv" and mark == "för":
        return after != "att"  # "för att" (in order to): "Två förslag för att minska köerna" is news
    if mark in ("na", "на") and lang in _PLACE_CASE:
        return after.isdecimal() or after in TIME_ACCUSATIVES or (len(after) > 2 and after.isalpha() and not after.endswith(_PLACE_CASE[lang]))
    return True
# News counts people before such a word too ("Six candidats pour la mairie", "Seis candidatos
# para la alcaldía", "5 osób do szpitala"): people, children, men, women, the young, police,
# candidates, pupils, students, workers, migrants, passengers, soldiers, prisoners,
# residents, tourists and victims, in the forms after a count (Wiktionary's translation and
# declension tables); and the tallies of sport, elections and epidemics news gives the same
# way ("Deux médailles pour la France", "Drei Punkte für Bayern", "5 casos para…"): goals,
# points, medals, votes, seats, cases.
_PEOPLE_AFTER_COUNT = frozenset(
    """personas niños niñas hombres mujeres jóvenes menores policías agentes candidatos candidatas alumnos
    estudiantes trabajadores migrantes pasajeros militares soldados presos vecinos turistas familias
    pessoas crianças homens mulheres jovens policiais alunos trabalhadores passageiros moradores famílias
    personnes enfants hommes femmes jeunes mineurs policiers gendarmes candidats élèves étudiants salariés
    travailleurs passagers militaires soldats détenus habitants touristes familles
    persone bambini uomini donne giovani minori poliziotti carabinieri candidati studenti alunni lavoratori
    migranti passeggeri militari detenuti residenti turisti famiglie
    menschen personen kinder männer frauen jugendliche polizisten beamte kandidaten schüler studenten
    arbeiter passagiere soldaten häftlinge bewohner touristen familien
    mensen kinderen mannen vrouwen jongeren leerlingen werknemers passagiers militairen gevangenen
    bewoners toeristen gezinnen man
    osób osoby dzieci mężczyzn kobiet policjantów kandydatów uczniów studentów pracowników migrantów
    pasażerów żołnierzy więźniów mieszkańców turystów rodzin
    человек детей мужчин женщин полицейских кандидатов школьников студентов рабочих мигрантов пассажиров
    военных солдат заключённых жителей туристов семей людей
    orang anak pria wanita polisi calon siswa mahasiswa pekerja warga wisatawan keluarga
    bewerber anwärter aspiranten kandydaci kandydatki кандидата кандидаты претендента претендентов человека
    víctimas vítimas victimes vittime opfer slachtoffers ofiary ofiar жертвы жертв korban
    goles gols buts tore gol doelpunten bramek голов gola puntos pontos points punkte punti punten punkty
    очков poin medallas medalhas médailles medaillen medaglie medailles medale медали medali votos voix
    stimmen voti stemmen głosów голосов suara escaños sièges sitze seggi zetels mandatów kursi
    casos cas fälle casi gevallen przypadków случаев kasus
    υποψήφιοι άτομα άνθρωποι ανθρώπους παιδιά αστυνομικοί kandidater personer människor barn poliser
    åtalade misstänkta""".split()
)


# A relative after the counted noun makes a title of it the same way ("10 Artis yang Pernah
# Jadi Model", "5 Orte in Hamburg, die man gesehen haben muss", "8 plats qui…"): the relative
# pronouns of those languages, as their grammars list them.
_RELATIVE = {"es": frozenset({"que"}), "pt": frozenset({"que"}), "fr": frozenset({"qui", "que"}),
             "it": frozenset({"che"}), "de": frozenset({"die"}), "nl": frozenset({"die"}),
             "pl": frozenset({"które", "którzy"}), "ru": frozenset({"которые", "которых"}),
             "uk": frozenset({"які"}), "id": frozenset({"yang"}), "el": frozenset({"που"})}


# German capitalises its nouns: a word in lower case right before a count inside the headline,
# none of these, is its verb ("Regierung beschließt 5 Maßnahmen", "Bayern holt 3 Punkte").
_DE_BEFORE_COUNT = frozenset(
    """für mit von vom in im auf aus zu zum zur bei beim nach über unter um gegen ohne durch bis seit
    und oder die der das den dem des diese dieser diesen unsere meine deine alle nur rund fast knapp
    mehr als weitere erste letzte neue top""".split()
)


def _german_verb_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether a German count at ``i`` inside its headline follows a verb (see
    :data:`_DE_BEFORE_COUNT`): a clause about the counted things, news or a title."""
    if i < 2 or leads(tokens, i) or tokens[0][0].lower() in _DE_HOW:
        return False
    prev = tokens[i - 1][0]
    return prev.isalpha() and prev.islower() and prev not in _DE_BEFORE_COUNT


# A how-to or a pointer opening the headline makes its clause a title ("So gelingen 5
# Rezepte…", "Hier gibt es 7 Ideen…", "Damit klappen 5 Tricks…").
_DE_HOW = frozenset("so hier das damit darum deshalb wie warum diese".split())


# "New" right after the count, in the languages with a "for" above: news tells of new
# measures, cases and laws for someone ("Zwei neue Maßnahmen für Rentner", "Fem nya fall att
# utreda"); a list of new things says what the reader will do with them ("10 nuevas series
# para ver"), which :func:`_addresses_reader` reads.
_NEW_WORDS = frozenset(
    """nuevo nuevos nueva nuevas novo novos nova novas nouveau nouveaux nouvelle nouvelles nuovo nuovi nuova
    nuove neue neuen neuer neues nieuwe nya nytt nowe nowych nowa nowy новых новые новая новый нові нових
    нова новий νέα νέες νέοι νέων νέο baru""".split()
)


def _for_a_purpose(tokens: Sequence[Token], i: int, lang: str, head: Sequence[str]) -> bool:
    """Whether the count at ``i`` and one to four words of its noun phrase, counting no
    people, are followed by the language's "for" (:data:`_PURPOSE`) or a relative
    (:data:`_RELATIVE`, a comma before it or not), with no news word after."""
    marks = _PURPOSE.get(lang, frozenset()) | _RELATIVE.get(lang, frozenset())
    if not marks or not head or head[0] in _PEOPLE_AFTER_COUNT:
        return False
    words = [t[0].lower() for t in tokens[i + 1:i + 7] if t[0] not in COMMAS]
    at = next((k for k, w in enumerate(words) if w in marks), None)
    if at is None or not 1 <= at <= 4 or not all(_word(w) and w not in _PEOPLE_AFTER_COUNT for w in words[:at]):
        return False
    raw = [t[0] for t in tokens[i + 1:i + 7] if t[0] not in COMMAS]
    if not _purpose_case(words[at], raw[at + 1] if at + 1 < len(raw) else "", lang, words[:at]):
        return False
    if words[0] in _NEW_WORDS and not _addresses_reader(tokens, i, lang):
        return False  # "Δύο νέα μέτρα για τους συνταξιούχους": news of new measures, cases, laws
    if any(len(w) >= 5 and w.endswith(_SLAVIC_PAST.get(lang, ())) for w in words[1:at]):
        return False  # a past verb before it: "Три компанії оштрафували на мільйон" (fined a million)
    rest = [t[0].lower() for t in tokens[i + 1:] if _word(t[0])]
    if any(w in NEWS_WORDS for w in rest if w not in STOPPERS):
        return False
    # A participle before the mark ("Dos vuelos cancelados para Madrid") is news unless the
    # reader is spoken to ("7 fonctions cachées que vous devriez connaître").
    clause = _clause_after(rest[at:], lang) or _clause_after(words[1:at], lang)
    return not clause or _addresses_reader(tokens, i, lang)


# What ends a news clause after the counted noun's "for" or relative, as the languages'
# conjugation tables end them: plural participles anywhere ("Deux trains pour Paris
# supprimés", "Dos vuelos para Madrid cancelados por la niebla"), the past's third person
# plural ("…que circulaban", "…qui roulaient"), German and Dutch passives ("…, die beim Sturm
# zerstört wurden") and participles closing the headline ("Drei Züge für Pendler gestrichen",
# "geschrapt"), Slavic passive participles and Indonesian passives ("…Dikerahkan") closing it.
_PAST_PLURAL = {"es": ("aron", "ieron", "aban", "ían"), "pt": ("aram", "eram", "iram", "avam", "iam"),
                "it": ("arono", "irono", "erono", "avano", "evano"), "fr": ("aient", "èrent"),
                "el": ("ηκαν", "ησαν", "ξαν", "ψαν", "σαν")}  # "…που συγκρούστηκαν" (that collided)
_LAST_PARTICIPLE = {"it": ("ssi", "sse", "tti", "tte"), "ru": ("ны", "ты"), "uk": ("ні", "ті"),
                    "pl": ("ne", "te", "ni", "ci")}
_PASSIVE_AUX = frozenset("wurden wurde worden werden werd zijn".split())


def _clause_after(rest: Sequence[str], lang: str) -> bool:
    """Whether the words ``rest`` (after a count's "for" or relative) close a news clause."""
    if not rest:
        return False
    last = rest[-1]
    # Not Catalan's anywhere: its "-ats", "-ades" end nouns too ("Viatges: 5 mercats de Nadal");
    # it is read right after the noun only (_romance_verb, _event_after_noun).
    if lang in _PARTICIPLE_ENDINGS and lang != "ca" and any(
            len(w) >= 5 and w.endswith(_PARTICIPLE_ENDINGS[lang]) and w not in _TITLE_PARTICIPLES for w in rest):
        return True
    if any(len(w) >= 5 and w.endswith(_PAST_PLURAL.get(lang, ()) + _SLAVIC_PAST.get(lang, ())) for w in rest):
        return True  # "…que circulaban", "3 автобуса на Казань отменили"
    if lang in ("de", "nl") and (any(w in _PASSIVE_AUX for w in rest)
                                 or (len(last) >= 7 and last.startswith("ge") and last.endswith(("t", "en", "d")))):
        return True
    if lang == "id" and len(last) >= 8 and last.startswith("di") and last.endswith("kan"):
        return True
    return len(last) >= 7 and last.endswith(_LAST_PARTICIPLE.get(lang, ())) and last not in TIME_ACCUSATIVES


# Vietnamese writes a word in syllables spaced apart, and a list's noun in two of them after
# a classifier ("5 nhà hàng", five restaurants; "20 bộ phim", twenty films; "8 thói quen",
# eight habits): list nouns as Vietnamese's entries in Wiktionary's translation tables of the
# English nouns above give them (dishes, exercises, places, destinations, books, films,
# songs, mistakes, habits, secrets, signs, benefits, ideas, experiences, foods, recipes,
# kinds, steps, questions, symptoms, facts, restaurants, cafés, apps). "nhất" after an adjective
# makes its superlative ("đẹp nhất", most beautiful; "ngon nhất", most delicious).
_VI_LIST_NOUNS = tuple(n.strip() for n in
    """món|bài tập|địa điểm|điểm đến|cuốn sách|quyển sách|sách|bộ phim|phim|bài hát|ca khúc|sai lầm|thói quen
    |bí quyết|bí mật|dấu hiệu|lợi ích|ý tưởng|kinh nghiệm|thực phẩm|công thức|loại|bước|câu hỏi|triệu chứng
    |sự thật|nhà hàng|quán|ứng dụng""".split("|"))


def vietnamese_list(head: Sequence[str], nouns_only: bool = False) -> bool:
    """Whether a Vietnamese count's words open with a list noun (:data:`_VI_LIST_NOUNS`,
    or one of LIST_NOUNS) or, unless ``nouns_only``, hold a superlative."""
    opening = " ".join(head[:3])
    if head[:1] and head[0] in LIST_NOUNS:
        return True
    return any(opening == n or opening.startswith(n + " ") for n in _VI_LIST_NOUNS) \
        or (not nouns_only and "nhất" in head[1:5])


# Foods and TV series, which health and streaming lists count at the head of their headline
# ("7 alimentos que ajudam a emagrecer", "5 séries Netflix à ne pas manquer"); a count of them
# inside a sentence is news as often ("Retiran 5 alimentos contaminados"), so only a leading
# count is firm. Wiktionary's translations of "food" and "series", in the form after a count.
_LEADING_NOUNS = frozenset(
    """lebensmittel alimentos aliments alimenti продуктов produktów voedingsmiddelen makanan أطعمة besin
    serien series séries serie сериалов seriali""".split()
)


# The reader addressed: second-person pronouns and the modals of need and worth ("you
# must", "it is worth") in the languages we read, as their grammars list them, and what the
# reader will do with the counted things. News tells of its counted people; a title speaks
# to its reader about its counted things.
_READER_WORDS = frozenset(
    """te tu tus debes puedes tienes necesitas deberías usted você voce seu sua precisa deve
    vous votre vos ton tes faut devez devi puoi dovresti tuo tua tuoi bisogna
    du dein deine deinen man muss müssen solltest sollten lohnt je jij jouw moet moeten
    вы ты вам тебе стоит нужно надо должен ви варто треба musisz warto powinieneś twój
    musíte musíš byste vaše stojí kamu anda harus wajib perlu
    dig din ditt dina σας σου πρέπει érdemes waard
    باید نباید ببینید بدانید يجب عليك تعرفها כדאי חייבים चाहिए چاہیے چاہئیں উচিত""".split()
) | frozenset(
    # The infinitives of a guide's "things to see, read, watch, visit, try, eat, buy, give,
    # know, do" ("5 series para ver", "5 libri da leggere", "10 мест, которые стоит посетить"),
    # as Wiktionary's translation tables of those verbs give them: what a reader will do with
    # the counted things, which news does not promise.
    """ver leer visitar viajar escuchar probar comer comprar regalar conocer cocinar hacer fazer faire fare
    machen unternehmen doen
    assistir ler ouvir provar presentear
    voir lire visiter découvrir écouter essayer manger offrir acheter connaître
    vedere leggere visitare ascoltare provare mangiare regalare comprare conoscere
    sehen lesen besuchen entdecken hören probieren essen kaufen verschenken kennen anschauen ansehen nachmachen
    zien lezen bezoeken kijken luisteren proberen eten kopen kennen
    посмотреть прочитать посетить увидеть попробовать купить
    zobaczenia przeczytania odwiedzenia obejrzenia spróbowania zobaczyć przeczytać odwiedzić
    vidět přečíst navštívit ochutnat""".split()
)


# The line after the Indonesian: Swedish "you" (object and possessive: "du" is German's and
# read above), Greek "your" and "must", Hungarian "worth it" ("…, ahol érdemes enni", where it
# is worth eating) and Dutch "worth" ("… een bezoek waard").
# English's, kept apart: "man", "je" and "te" are English words too.
_EN_READER_WORDS = frozenset("you you'll you’ll your you're you’re you've you’ve yourself".split())


# Reader words that are other words in a language: French "du" (of the: "la présidence du
# parti"; German's and Swedish's "you"), Polish "te" (these; Spanish's "you"), Dutch "te"
# (to, too) and "man" (German's "one"; Dutch counts people by it: "Vijf man opgepakt"),
# "je" in Czech, Slovak and the South Slavic languages (is), Romanian "din" (from; Swedish's "your"),
# Vietnamese "du" (du lịch, travel; du khách, tourist).
_NOT_READER = {"fr": frozenset({"du"}), "pl": frozenset({"te"}), "nl": frozenset({"te", "man"}),
               "ro": frozenset({"din"}), "vi": frozenset({"du"}),
               **{lang: frozenset({"je"}) for lang in ("cs", "sk", "hr", "sr", "sl", "bs")}}


def _addresses_reader(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the headline after the count at ``i`` speaks to its reader (see
    :data:`_READER_WORDS`) and holds no news word (a relative's "die" is German's)."""
    words = _EN_READER_WORDS if lang == "en" else _READER_WORDS - _NOT_READER.get(lang, frozenset())
    after = [t[0].lower() for t in tokens[i + 1:]]
    return any(w in words for w in after) and not any(w in NEWS_WORDS and w not in STOPPERS for w in after)
