"""Headline and SEO title rules (HL001–HL013) on small hand-built documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from auditor.model import Document, Heading, Meta
from auditor.rulepacks import load_pack

from rulekit import run_rule
from auditor.text.pixels import char_width, pixel_width

ROOT = Path(__file__).resolve().parents[1]
PACK = {r.id: r for r in load_pack(ROOT / "rules" / "default" / "headline.toml")}

GOOD = "7 Defiant Acts Reshaping Pakistan's Balochistan Crisis"  # 54 chars, 7 words


run = run_rule


def page(headline: str | None = GOOD, title: str | None = None, **meta: Any) -> Document:
    """An HTML page with a head (lang declared) and the headline as its H1."""
    headings = (Heading(level=1, text=headline, line=12),) if headline else ()
    return Document(
        path="a.html",
        format="html",
        headline=headline,
        headline_line=12,
        meta=Meta(title=title, lang="en", lines={"title": 4}, **meta),
        headings=headings,
    )


def test_every_headline_rule_is_documented() -> None:
    assert set(PACK) == {f"HL{n:03d}" for n in range(1, 14)}
    for rule in PACK.values():
        assert rule.doc.summary and rule.doc.why and rule.doc.bad and rule.doc.good


# --- HL001 ----------------------------------------------------------------------------------


def test_hl001_fires_without_headline() -> None:
    assert len(run("HL001", page(None))) == 1
    assert len(run("HL001", page("   "))) == 1


def test_hl001_quiet_with_headline() -> None:
    assert run("HL001", page()) == []


# --- HL002 ----------------------------------------------------------------------------------


def test_hl002_fires_on_short_headline() -> None:
    (f,) = run("HL002", page("7 Acts"))
    assert "6 characters (short)" in f.message and "15–80" in f.message
    assert f.line == 12 and f.excerpt == "7 Acts"


def test_hl002_fires_on_long_headline() -> None:
    long = "7 Defiant Acts: How Baloch Rebels Are Turning Pakistan’s Crisis Into a Liberation Surge"
    (f,) = run("HL002", page(long))
    assert f"{len(long)} characters (long)" in f.message


def test_hl002_states_the_band_in_characters_of_a_wide_script() -> None:
    # 50 Japanese characters take the room of about 90: judged long, and told in the
    # script's own characters (8–40), not a Latin band it already meets.
    japanese = "Intel NUCで最新SSDを比較してみた：さらば平成、さらば水冷、いくぜNUC（1/2 ページ）"
    (f,) = run("HL002", page(japanese))
    assert f"{len(japanese)} characters (long)" in f.message and "8–40" in f.message


def test_hl002_does_not_count_a_kicker_label_before_a_colon() -> None:
    # 85 characters, 71 after the one-word label "Kaufratgeber:": a readable headline.
    kicked = "Kaufratgeber: elektronisches Katzenspielzeug – sorgt ganz automatisch für Abwechslung"
    assert run("HL002", page(kicked)) == []
    # Without the label the same words run long: it is the headline's own length that counts.
    assert len(run("HL002", page(kicked.replace("Kaufratgeber: ", "Ein Kaufratgeber über ")))) == 1
    # A long headline stays long after its kicker, and is told its whole length.
    long = ("Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', "
            "as priest steps in to mediate")
    (f,) = run("HL002", page(long))
    assert f"{len(long)} characters (long)" in f.message
    # A colon after a whole clause is no kicker: "The sharing economy is a lie:" counts.
    essay = "The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians"
    assert len(run("HL002", page(essay))) == 1


def test_hl002_does_not_count_marks_set_on_a_letter() -> None:
    # 86 code points, 14 of them Thai vowels and tone marks above or below a consonant:
    # a reader sees 72 characters, within the band.
    thai = "นายกรัฐมนตรีประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วมในภาคเหนือ"
    assert len(thai) == 86 and run("HL002", page(thai)) == []
    (f,) = run("HL002", page(thai + "และภาคกลางของประเทศไทย"))
    assert "94 characters (long)" in f.message  # 86 + 22 code points, 14 marks


def test_hl002_quiet_in_range_and_respects_params() -> None:
    assert run("HL002", page()) == []
    assert len(run("HL002", page(), max=50)) == 1


# --- HL003 ----------------------------------------------------------------------------------


def test_pixel_table_measures_shapes_not_characters() -> None:
    assert pixel_width("WWWWWWWWWW") > 3 * pixel_width("iiiiiiiiii")
    assert char_width("é") == char_width("e")
    assert char_width("中") == 1000
    assert char_width("\u200b") == 0
    assert pixel_width("Hello", 10) == pytest.approx(pixel_width("Hello", 20) / 2)


def test_hl003_fires_on_wide_headline() -> None:
    wide = "WHY MOST WORKERS WANT WIDER WINDOWS IN MODERN OFFICES NOW"  # 57 chars
    (f,) = run("HL003", page(wide))
    assert "px" in f.message and "600" in f.message


def test_hl003_quiet_on_narrow_headline_of_same_length() -> None:
    narrow = "why little things still fill a full list with tiny titles"
    assert len(narrow) == 57
    assert run("HL003", page(narrow)) == []


# --- HL004 ----------------------------------------------------------------------------------


def test_hl004_fires_on_too_few_and_too_many_words() -> None:
    (f,) = run("HL004", page("Baloch Defiance"))
    assert "2 words (too few)" in f.message
    many = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    (f,) = run("HL004", page(many))
    assert "15 words (too many)" in f.message


def test_hl004_counts_numbers_as_words() -> None:
    assert run("HL004", page("7 Ways to Save Money")) == []  # 5 words with the 7


# --- HL005 ----------------------------------------------------------------------------------


def test_hl005_fires_on_page_without_title() -> None:
    (f,) = run("HL005", page(title=None))
    assert f.line == 4


def test_hl005_quiet_with_title_or_where_no_title_can_exist() -> None:
    assert run("HL005", page(title="7 Defiant Acts | Gyantarkash")) == []
    text = Document(path="a.txt", format="text", headline=GOOD)
    assert run("HL005", text) == []
    fragment = Document(path="a.html", format="html", headline=GOOD)  # no head
    assert run("HL005", fragment) == []


def test_hl005_front_matter_title_serves_as_seo_title() -> None:
    md = Document(path="a.md", format="markdown", headline=GOOD, meta=Meta(front_matter={"title": GOOD}))
    assert run("HL005", md) == []
    md = Document(path="a.md", format="markdown", headline=GOOD, meta=Meta(front_matter={"tags": ["x"]}))
    assert len(run("HL005", md)) == 1


# --- HL006 ----------------------------------------------------------------------------------


def test_hl006_fires_on_long_title() -> None:
    title = ("Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing "
             "local to contract medieval disease – The Sun")
    (f,) = run("HL006", page(title=title))
    assert f"{len(title)} characters" in f.message and f.excerpt == title


def test_hl006_fires_on_wide_title_under_sixty_characters() -> None:
    title = "WHY MOST WORKERS WANT WIDER WINDOWS IN MODERN OFFICES"
    assert len(title) <= 60
    assert len(run("HL006", page(title=title))) == 1


def test_hl006_lets_search_cut_the_site_name() -> None:
    # Only " | The Independent" would be cut: the story's own words show whole.
    title = "The seven secrets that hotel owners don't want you to know | The Independent"
    assert run("HL006", page(title=title)) == []
    assert len(run("HL006", page(title=title.replace(" | ", ": ")))) == 1


def test_hl006_lets_search_cut_a_site_name_after_a_full_width_colon() -> None:
    # 25 ideographs of headline (500 px) and the paper's name (160 px) after "：".
    title = "メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル"
    assert run("HL006", page(title=title)) == []
    assert len(run("HL006", page(title=title.replace("：", "、")))) == 1


def test_hl006_lets_search_cut_a_subtitle_appended_to_the_headline() -> None:
    # Medium's template: "Headline. Subtitle… | by Author | Medium". The headline shows whole.
    title = ("Samantha and The Great Big Lie. How to get shanked doing what people… "
             "| by John C. Welch | Medium")
    assert run("HL006", page("Samantha and The Great Big Lie", title=title)) == []
    # The same title over a headline that is all of it: the headline's own words are cut.
    own = "Samantha and The Great Big Lie. How to get shanked doing what people want"
    assert len(run("HL006", page(own, title=own + " | Medium"))) == 1


def test_hl006_measures_the_headline_without_the_site_name_in_front() -> None:
    headline = "Internet Explorer 9 jetzt mit schnellster JavaScript-Engine"
    assert run("HL006", page(headline, title=f"heise online - {headline}")) == []
    # A headline too long on its own still warns, site name in front or not.
    long = "Estas son las marcas que más dificultan el trabajo de tus aplicaciones en Android"
    assert len(run("HL006", page(long, title=f"unocero - {long}"))) == 1
    # A kicker before a colon is the story's own words, not the site's.
    title = "Protestkultur in Japan nach der Katastrophe: Anti-Atomkraft? Nein danke! - taz.de"
    assert len(run("HL006", page("Anti-Atomkraft? Nein danke!", title=title))) == 1


def test_pixel_width_gives_marks_set_on_a_letter_no_room() -> None:
    # Thai vowels above a consonant (U+0E34 sara i has no combining class) add no width.
    assert char_width("\u0e34") == 0 and char_width("\u0947") == 0
    assert pixel_width("นักวิทยาศาสตร์") < pixel_width("abcdefghijklmn")


def test_hl006_quiet_on_short_title() -> None:
    assert run("HL006", page(title="7 Defiant Acts by Baloch Rebels | Gyantarkash")) == []


# --- HL007 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Best Tech Gadgets of 2019 | ZDNet | ZDNet",
        "Best Tech Gadgets of 2019 - ZDNet | zdnet.com",
        "Title | Site | Site",
    ],
)
def test_hl007_fires_on_repeated_part(title: str) -> None:
    (f,) = run("HL007", page(title=title))
    assert "repeats" in f.message


def test_hl007_quiet_when_site_name_is_also_in_the_headline_part() -> None:
    assert run("HL007", page(title="How we designed Dropbox ATF: an async task framework - Dropbox")) == []
    assert run("HL007", page(title="Best Tech Gadgets of 2019 | ZDNet")) == []


# --- HL008 ----------------------------------------------------------------------------------


def test_hl008_fires_on_shouted_word() -> None:
    (f,) = run("HL008", page("7 SHOCKING Acts by Baloch Rebels in Pakistan"))
    assert "SHOCKING" in f.message


def test_hl008_fires_on_all_caps_headline_of_short_words() -> None:
    (f,) = run("HL008", page("7 WAYS TO SAVE MORE NOW"))
    assert "WAYS" in f.message


def test_hl008_allows_acronyms_and_allowlist() -> None:
    assert run("HL008", page("How the BLA and CPEC Shape the US–NASA Debate")) == []
    assert run("HL008", page("Why the NASDAQ Fell Today")) == []
    assert len(run("HL008", page("Why the NASDAQ Fell Today"), allow=[])) == 1


# --- HL009 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mark", [".", ":", ";", ","])
def test_hl009_fires_on_ending_punctuation(mark: str) -> None:
    (f,) = run("HL009", page(GOOD + mark))
    assert f'"{mark}"' in f.message


def test_hl009_leaves_the_period_of_a_two_sentence_headline() -> None:
    two = "Want to make friends while traveling solo? Social media can help."
    assert run("HL009", page(two)) == []
    assert run("HL009", page("Samantha and The Great Big Lie. It was never hers.")) == []
    # One sentence with a stray period still warns, and so do a colon and an initial.
    assert len(run("HL009", page("Social media can help you make friends while traveling solo."))) == 1
    assert len(run("HL009", page("Want to make friends? Social media can help:"))) == 1
    assert len(run("HL009", page("Why J. Cole Fans Love His New Album."))) == 1
    assert len(run("HL009", page("Mr. Smith Goes to Washington Again."))) == 1


@pytest.mark.parametrize(
    "headline",
    [GOOD + "?", GOOD + "!", "Obama Meets Leaders Across the U.S.", "Why Apple Beat Acme Inc.", "Wait For It..."],
)
def test_hl009_quiet_on_question_exclamation_and_abbreviation(headline: str) -> None:
    assert run("HL009", page(headline)) == []


# --- HL010 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("tail", ["!!!", "?!", "!!"])
def test_hl010_fires_on_punctuation_runs(tail: str) -> None:
    (f,) = run("HL010", page("Baloch Rebels Hoist Their Own Flags" + tail))
    assert tail in f.message


def test_hl010_quiet_on_single_mark() -> None:
    assert run("HL010", page("Are Baloch Rebels Winning the War?")) == []


# --- HL011 ----------------------------------------------------------------------------------


def test_hl011_fires_when_title_shares_no_words() -> None:
    (f,) = run("HL011", page(title="Home | Gyantarkash"))
    assert f.level == "info"


def test_hl011_quiet_when_title_shares_words_or_plurals() -> None:
    assert run("HL011", page(title="Baloch Rebels Turn Crisis Into a Surge | Gyantarkash")) == []
    assert run("HL011", page("The Rebel Who Hoisted a Flag", title="Rebels hoist flags")) == []


def test_hl011_accepts_a_title_that_describes_the_page_in_other_words() -> None:
    # NPR: a headline with a twist over a plain title; the description says what the
    # title says, so the reader who clicked it is on the right page.
    title = "Audrey Tang brings civic tech to Taiwan's coronavirus pandemic response : Planet Money : NPR"
    described = "A global pandemic might not be the best time to try something new. But Taiwan did it anyway."
    assert run("HL011", page("Fork The Government", title=title, description=described)) == []
    # A title matching neither the headline nor the description is still a mismatch.
    assert len(run("HL011", page("Fork The Government", title=title, description="Subscribe now."))) == 1
    assert len(run("HL011", page("The Hidden Heroines of Chaos", title="Quanta Magazine",
                                 description="Two women programmers played a pivotal role in chaos theory."))) == 1


def test_hl011_ignores_site_name_part() -> None:
    doc = page("Hoisting Flags in Kech", title="Gyantarkash News - Gyantarkash", og={"og:site_name": "Gyantarkash"})
    assert len(run("HL011", doc)) == 1


# --- HL012 ----------------------------------------------------------------------------------


def test_hl012_fires_when_keyphrase_missing_from_headline() -> None:
    (f,) = run("HL012", page("7 Defiant Acts by the Baloch Rebel", keyphrase="Baloch rebels' insurgency"))
    assert "(missing: insurgency)" in f.message  # "rebels'" matches "Rebel"


def test_hl012_quiet_when_keyphrase_present_or_absent() -> None:
    assert run("HL012", page("7 Defiant Acts of the Baloch Insurgency", keyphrase="baloch insurgency")) == []
    assert run("HL012", page()) == []  # no keyphrase given: nothing to check


def test_hl012_keyphrase_from_config() -> None:
    assert len(run("HL012", page(), keyphrase="liberation army")) == 1


# --- HL013 (text.phrases) -----------------------------------------------------------------------


def test_hl013_fires_on_clickbait_phrase() -> None:
    (f,) = run("HL013", page("You Won’t Believe What Baloch Rebels Did Next"))
    assert "You Won’t Believe" in f.message and f.line == 12


def test_hl013_quiet_on_plain_headline() -> None:
    assert run("HL013", page()) == []
