"""LS001–LS013: each rule firing and not firing, on small Documents built in the test."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.model import Document, Heading, Item, Paragraph
from auditor.rulepacks import load_pack
from auditor.structure.facts import listicle_facts
from auditor.structure.numbers import headline_number

from rulekit import rule_hits, run_rule

PACK = Path(__file__).resolve().parents[1] / "rules" / "default" / "listicle.toml"
RULES = {r.id: r for r in load_pack(PACK)}

WORDS_50 = " ".join(["word"] * 50)


def doc_with(
    headline: str,
    items: Sequence[Item],
    *,
    paragraphs: Sequence[Paragraph] = (),
    headings: Sequence[Heading] = (),
    lang: str = "en",
) -> Document:
    number, at_least = headline_number(headline, lang)
    heads = (Heading(1, headline, 1), *[Heading(i.level or 2, i.heading, i.line) for i in items if i.style == "heading"], *headings)
    doc = Document(
        path="t.md", format="markdown", headline=headline, headline_line=1, lang=lang,
        headings=tuple(sorted(heads, key=lambda h: h.line)), paragraphs=tuple(paragraphs), items=tuple(items),
        headline_number=number, headline_number_at_least=at_least,
    )
    return replace(doc, listicle=listicle_facts(doc))  # what the structure stage decides


def numbered(numbers: Sequence[int | None], *, words: int = 60, marker: str = "{n}.", gap: int = 3,
             first_line: int = 4) -> list[Item]:
    out = []
    for k, n in enumerate(numbers):
        mk = marker.format(n=n) if n is not None else ""
        out.append(Item(number=n, heading=f"{mk} Title {k}".strip(), line=first_line + k * gap, words=words,
                        marker=mk, level=2))
    return out


def body_for(items: Sequence[Item], intro: str = WORDS_50, outro: str | None = WORDS_50) -> list[Paragraph]:
    paras = [Paragraph(intro, 2)] if intro else []
    paras += [Paragraph(WORDS_50, i.line + 1) for i in items]
    if outro is not None:
        paras.append(Paragraph(outro, items[-1].line + 20))
    return paras


def run(rule_id: str, doc: Document) -> list[str]:
    return [f.message for f in run_rule(rule_id, doc)]


def lines(rule_id: str, doc: Document) -> list[int]:
    return [h.line for h in rule_hits(rule_id, doc)]


def test_pack_has_thirteen_documented_rules() -> None:
    assert sorted(RULES) == [f"LS{n:03d}" for n in range(1, 14)]
    for rule in RULES.values():
        assert rule.category == "listicle"
        assert rule.doc.summary and rule.doc.why and rule.doc.bad and rule.doc.good
    assert {r.level for r in RULES.values() if r.id in ("LS001", "LS003", "LS004", "LS005")} == {"error"}


# LS001 ------------------------------------------------------------------------

def test_ls001_fires_when_items_fall_short() -> None:
    items = numbered(range(1, 7))
    msgs = run("LS001", doc_with("7 Ways to Save Water", items))
    assert msgs == ["Headline promises 7 items but the article lists 6: add or remove items, or fix the number in the headline."]
    assert lines("LS001", doc_with("7 Ways to Save Water", items)) == [1]


def test_ls001_fires_on_too_many_items() -> None:
    assert run("LS001", doc_with("5 Ways", numbered(range(1, 7))))


def test_ls001_quiet_when_count_matches() -> None:
    assert run("LS001", doc_with("Seven Ways to Save Water", numbered(range(1, 8)))) == []


def test_ls001_at_least_means_at_least() -> None:
    assert run("LS001", doc_with("90+ Costumes", numbered(range(1, 96)))) == []
    msgs = run("LS001", doc_with("90+ Costumes", numbered(range(1, 86))))
    assert msgs and "promises 90+ items" in msgs[0] and "lists 85" in msgs[0]


def test_ls001_quiet_without_headline_number_or_items() -> None:
    assert run("LS001", doc_with("Ways to Save Water", numbered(range(1, 4)))) == []
    assert run("LS001", doc_with("7 Ways to Save Water", [])) == []


def test_ls001_ignores_unnumbered_guesses_unless_asked() -> None:
    doc = doc_with("7 Ways", numbered([None] * 5))
    assert run("LS001", doc) == []
    assert rule_hits("LS001", doc, count_unnumbered=True)


# LS002 ------------------------------------------------------------------------

def test_ls002_fires_when_no_items_found() -> None:
    msgs = run("LS002", doc_with("10 Tips for Better Sleep", []))
    assert msgs and msgs[0].startswith("Headline promises 10 items but no list of them was found")


def test_ls002_fires_when_unnumbered_guess_does_not_add_up() -> None:
    (msg,) = run("LS002", doc_with("10 Tips", numbered([None] * 4)))
    assert "but the 4 unnumbered entries found do not add up to them" in msg


def test_ls002_quiet_with_items_or_without_a_number() -> None:
    assert run("LS002", doc_with("10 Tips", numbered(range(1, 11)))) == []
    assert run("LS002", doc_with("10 Tips", numbered([None] * 10))) == []
    assert run("LS002", doc_with("Tips for Better Sleep", [])) == []


# LS003 / LS004 / LS005 ---------------------------------------------------------

def test_ls003_fires_on_a_gap() -> None:
    items = numbered([1, 2, 4, 5])
    assert run("LS003", doc_with("Tips", items)) == [
        "Item 4 skips the numbering (missing 3): renumber the items so none is skipped."]
    assert lines("LS003", doc_with("Tips", items)) == [items[2].line]


def test_ls003_fires_when_list_does_not_start_at_one() -> None:
    assert run("LS003", doc_with("Tips", numbered([2, 3, 4]))) == [
        "Item 2 starts the numbering (missing 1): renumber the items so none is skipped."]


def test_ls003_fires_on_a_countdown_gap_and_range() -> None:
    msgs = run("LS003", doc_with("Tips", numbered([10, 9, 8, 4, 3, 2, 1])))
    assert msgs == ["Item 4 skips the numbering (missing 5–7): renumber the items so none is skipped."]


def test_ls003_quiet_on_clean_lists_and_countdowns() -> None:
    assert run("LS003", doc_with("Tips", numbered(range(1, 8)))) == []
    assert run("LS003", doc_with("Tips", numbered(range(21, 0, -1)))) == []


def test_ls004_fires_on_duplicate_number() -> None:
    msgs = run("LS004", doc_with("Tips", numbered([1, 2, 2, 3])))
    assert msgs == ["Item 2 repeats a number already used (after item 2): give each item its own number."]


def test_ls004_quiet_without_duplicates() -> None:
    assert run("LS004", doc_with("Tips", numbered([1, 2, 3, 4]))) == []


def test_ls005_fires_on_restart_without_section() -> None:
    items = numbered([1, 2, 3, 1, 2])
    assert run("LS005", doc_with("Tips", items)) == [
        "Item 1 follows item 3 with no new section: number the list in one sequence, or start a titled section before restarting."]
    assert run("LS004", doc_with("Tips", items)) == []  # a restart is not reported twice


def test_ls005_quiet_when_a_section_heading_separates_the_runs() -> None:
    items = numbered([1, 2, 1, 2, 3], gap=3, first_line=4)
    section = Heading(1, "For toddlers", items[2].line - 1)  # a higher level than the items' h2
    doc = doc_with("Ideas", items, headings=[section])
    assert run("LS005", doc) == []
    assert run("LS004", doc) == []


def test_ls005_quiet_on_countdown() -> None:
    assert run("LS005", doc_with("Tips", numbered([5, 4, 3, 2, 1]))) == []


# LS006 ------------------------------------------------------------------------

def test_ls006_fires_when_intro_names_another_count() -> None:
    items = numbered(range(1, 8))
    paras = body_for(items, intro="Water is scarce. These five simple tips will cut your bill in half.")
    msgs = run("LS006", doc_with("7 Tips to Save Water", items, paragraphs=paras))
    assert msgs == ['The text says "five simple tips" but the article lists 7 items: make the number in the sentence match the list.']


def test_ls006_quiet_when_the_count_is_another_lists() -> None:
    # postplanner: "these 3 things" counts the 3-item list just above, not the 7 tips.
    from auditor.model import ListItem

    items = numbered(range(1, 8))
    paras = body_for(items, intro="Remember these 3 things before you start with the tips below.")
    three = tuple(ListItem(f"Thing {n}", 2 + n, 1, True, n, 0) for n in (1, 2, 3))
    document = replace(doc_with("7 Tips to Save Water", items, paragraphs=paras), list_items=three)
    assert run("LS006", document) == []
    assert run("LS006", doc_with("7 Tips to Save Water", items, paragraphs=paras))  # no such list: it fires


def test_ls006_quiet_when_the_count_is_a_part_of_the_list() -> None:
    # postplanner: "an infographic with the last 14 tips" under 16 tips.
    items = numbered(range(1, 17))
    part = body_for(items, intro="Here is an infographic with the last 14 tips you may have missed, all of them.")
    assert run("LS006", doc_with("16 Ways to Get More Likes", items, paragraphs=part)) == []
    whole = body_for(items, intro="Here is an infographic with the 14 tips you may have missed, all of them.")
    assert run("LS006", doc_with("16 Ways to Get More Likes", items, paragraphs=whole))


def test_ls006_uses_the_headline_noun() -> None:
    items = numbered(range(1, 8))
    paras = body_for(items, intro="Here are 6 defiant acts that reshaped the conflict this year, in order.")
    assert run("LS006", doc_with("7 Defiant Acts", items, paragraphs=paras))


def test_ls006_quiet_when_body_count_agrees_or_is_about_something_else() -> None:
    items = numbered(range(1, 8))
    ok = body_for(items, intro="Here’s how seven powerful acts of defiance are reshaping the conflict, 10 candidates said.")
    assert run("LS006", doc_with("7 Defiant Acts", items, paragraphs=ok)) == []
    # The count inside an item's body is not the list's count.
    inside = body_for(items) + [Paragraph("Two tips from the expert follow.", items[3].line + 2)]
    assert run("LS006", doc_with("7 Tips", items, paragraphs=inside)) == []


# LS007 / LS008 ----------------------------------------------------------------

def test_ls007_fires_on_a_thin_item_among_developed_ones() -> None:
    items = numbered(range(1, 6), words=80)
    items[2] = Item(number=3, heading="3. Drink water", line=items[2].line, words=6, marker="3.", level=2)
    msgs = run("LS007", doc_with("5 Tips", items))
    assert msgs == ["Item 3 has 6 words under it (others have about 80): develop it to at least 30 words or merge it with another item."]


def test_ls007_quiet_when_every_item_is_short_by_design() -> None:
    jokes = numbered(range(1, 11), words=8)
    assert run("LS007", doc_with("10 Jokes", jokes)) == []
    assert run("LS007", doc_with("5 Tips", numbered(range(1, 6), words=80))) == []


def test_ls007_quiet_on_an_item_a_little_shorter_than_the_rest() -> None:
    # A 30-word deal blurb among 45-word ones is the house style (judged by reading).
    items = numbered(range(1, 6), words=45)
    items[2] = Item(number=3, heading="3. Kettle", line=items[2].line, words=30, marker="3.", level=2)
    assert run("LS007", doc_with("5 Deals", items)) == []
    items[2] = Item(number=3, heading="3. Kettle", line=items[2].line, words=20, marker="3.", level=2)
    assert len(run("LS007", doc_with("5 Deals", items))) == 1


def test_ls007_quiet_on_a_complete_short_entry_among_long_ones() -> None:
    # A 30-word interview answer or key moment among ~100-word ones says what it has to
    # (judged by reading); a 16-word one among 45-word ones is thin.
    items = numbered(range(1, 6), words=97)
    items[2] = Item(number=3, heading="3. The Gordon problem", line=items[2].line, words=30, marker="3.", level=2)
    assert run("LS007", doc_with("5 Moments", items)) == []
    items = numbered(range(1, 6), words=45)
    items[1] = Item(number=2, heading="2. La France oublie", line=items[1].line, words=16, marker="2.", level=2)
    assert len(run("LS007", doc_with("5 Raisons", items))) == 1


def test_ls007_quiet_in_a_list_of_short_blurbs() -> None:
    # Entries of about 33 words are short by design: a closing "10. YOU!!!" is no thin entry.
    items = numbered(range(1, 11), words=33)
    items[9] = Item(number=10, heading="10. YOU!!!!!!!", line=items[9].line, words=3, marker="10.", level=2)
    assert run("LS007", doc_with("Top 10 Women Talking Sports", items)) == []


def test_ls008_fires_on_one_sprawling_item() -> None:
    items = numbered(range(1, 6), words=100)
    items[1] = Item(number=2, heading="2. Budget", line=items[1].line, words=900, marker="2.", level=2)
    msgs = run("LS008", doc_with("5 Tips", items))
    assert msgs == ["Item 2 has 900 words, over 3× the typical item (100): split it into two items or trim it."]


def test_ls008_quiet_on_balanced_or_small_items() -> None:
    assert run("LS008", doc_with("5 Tips", numbered(range(1, 6), words=100))) == []
    small = numbered(range(1, 6), words=10)
    small[0] = Item(number=1, heading="1. A", line=4, words=60, marker="1.", level=2)
    assert run("LS008", doc_with("5 Tips", small)) == []  # 6× the median, but only 60 words


# LS009 ------------------------------------------------------------------------

def test_ls009_fires_on_mixed_markers() -> None:
    items = numbered(range(1, 5))
    items[1] = Item(number=2, heading="2) Two", line=items[1].line, marker="2)", level=2)
    items[3] = Item(number=4, heading="#4 Four", line=items[3].line, marker="#4", level=2)
    msgs = run("LS009", doc_with("4 Tips", items))
    assert msgs == ['Item 2 is numbered "2)" but the others use "1.": number every item the same way.',
                    'Item 4 is numbered "#4" but the others use "1.": number every item the same way.']


def test_ls009_quiet_on_one_style() -> None:
    assert run("LS009", doc_with("Tips", numbered(range(1, 12)))) == []  # "1." and "10." are one style


# LS010 ------------------------------------------------------------------------

def test_ls010_fires_on_unnumbered_item_among_numbered() -> None:
    items = numbered([1, 2, None, 4])
    msgs = run("LS010", doc_with("4 Tips", items))
    assert msgs == ["Item heading breaks the pattern of the others (not numbered like the others): give every item the same shape."]


def test_ls010_fires_on_level_and_shape_outliers() -> None:
    items = numbered(range(1, 5))
    items[2] = Item(number=3, heading="3. Three", line=items[2].line, marker="3.", level=3)
    assert any("level-3 heading among level-2" in m for m in run("LS010", doc_with("4 Tips", items)))
    items[2] = Item(number=3, heading="3. Three", line=items[2].line, marker="3.", style="paragraph")
    assert any("set as a paragraph while the others are an h2 heading" in m for m in run("LS010", doc_with("4 Tips", items)))


def test_ls010_fires_on_a_runaway_title() -> None:
    items = numbered(range(1, 6))
    long_title = "3. After two to four weeks or when the roots are at least two inches long the seeds are ready"
    items[2] = Item(number=3, heading=long_title, line=items[2].line, marker="3.", level=2)
    assert any("word title where the others have about" in m for m in run("LS010", doc_with("5 Steps", items)))


def test_ls010_quiet_on_parallel_items() -> None:
    assert run("LS010", doc_with("5 Tips", numbered(range(1, 6)))) == []


# LS011 / LS012 ----------------------------------------------------------------

def test_ls011_fires_without_introduction() -> None:
    items = numbered(range(1, 5))
    doc = doc_with("4 Tips", items, paragraphs=body_for(items, intro=""))
    assert run("LS011", doc) == [
        "The list starts right after the headline (0 words before item 1): add a short introduction that says what the list is for."]
    assert lines("LS011", doc) == [items[0].line]


def test_ls011_quiet_with_introduction() -> None:
    items = numbered(range(1, 5))
    assert run("LS011", doc_with("4 Tips", items, paragraphs=body_for(items))) == []
    # one sentence of lead-in is an introduction; a few words are not
    one_sentence = "Four small habits that keep a kitchen garden green through the dry months."
    assert run("LS011", doc_with("4 Tips", items, paragraphs=body_for(items, intro=one_sentence))) == []
    assert len(run("LS011", doc_with("4 Tips", items, paragraphs=body_for(items, intro="Read on.")))) == 1


def test_ls012_fires_when_article_ends_with_last_item() -> None:
    items = numbered(range(1, 5))
    doc = doc_with("4 Tips", items, paragraphs=body_for(items, outro=None))
    assert run("LS012", doc) == [
        "The article ends with the last item (0 words after it): add a short conclusion or next step."]


def test_ls012_quiet_with_a_conclusion_section() -> None:
    items = numbered(range(1, 5))
    conclusion = Heading(2, "The bottom line", items[-1].line + 10)
    doc = doc_with("4 Tips", items, paragraphs=body_for(items), headings=[conclusion])
    assert run("LS012", doc) == []


def test_ls012_text_inside_last_item_is_not_a_conclusion() -> None:
    items = numbered(range(1, 5))  # the outro paragraph has no heading before it: it is item 4's body
    assert run("LS012", doc_with("4 Tips", items, paragraphs=body_for(items)))


# LS013 ------------------------------------------------------------------------

def test_ls013_fires_on_numbered_list_without_headline_count() -> None:
    msgs = run("LS013", doc_with("Items We Never Knew We Wanted", numbered(range(30, 0, -1))))
    assert msgs == ['The article lists 30 numbered items but the headline gives no count: consider putting the number in the headline ("30 …").']


def test_ls013_quiet_with_count_or_few_items() -> None:
    assert run("LS013", doc_with("30 Items We Never Knew We Wanted", numbered(range(1, 31)))) == []
    assert run("LS013", doc_with("Items", numbered(range(1, 4)))) == []
    assert run("LS013", doc_with("Deals", numbered([None] * 8))) == []


# Through the whole pipeline ----------------------------------------------------------

def test_seed_article_is_clean_of_listicle_errors() -> None:
    seed = Path("/work/shared/seed/000_2d0378ee95c0cbdd.txt")
    if not seed.exists():
        pytest.skip("seed article not present")
    import auditor.api as api  # a broken import fails, never skips
    result = api.audit(seed.read_bytes(), "seed.txt")
    assert result.document.headline_number == 7 and len(result.document.items) == 7
    assert [f.rule for f in result.findings if f.rule.startswith("LS")] == []
    broken = seed.read_text(encoding="utf-8").replace("\n5. Tribal Alliances", "\n6. Tribal Alliances")
    rules = sorted(f.rule for f in api.audit(broken, "seed.txt").findings if f.rule.startswith("LS"))
    assert rules == ["LS003", "LS004"]


def test_ls006_pretest_skips_only_spans_that_cannot_name_a_noun() -> None:
    from types import SimpleNamespace

    from auditor.checks.listicle import _may_name

    def spans(*texts: str) -> list[SimpleNamespace]:
        return [SimpleNamespace(text=t) for t in texts]

    assert _may_name(spans("Try These FIVE TIPS today."), ["tips"])  # any case
    assert not _may_name(spans("Nothing counted here."), ["tips", "ways"])
    assert _may_name(spans("Voilà cinq astuces."), ["tips"])  # not ASCII: the pattern decides
    assert _may_name(spans("No noun at all."), [""])  # no noun to look for: the pattern decides
