"""Listicle shapes nobody tuned for, as small articles in each input format, read end to
end through ``audit``: the facts the structure stage decides (items, verdict, intro and
closing text) and the LS findings that follow from them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from auditor.api import Settings, audit
from auditor.config import CliRuleOptions, Config, effective_rules
from auditor.model import Document, FileResult

ROOT = Path(__file__).resolve().parents[1]
BODY = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."
INTRO = ("Editors keep asking us how to make a small space work, so we gathered what worked for readers "
         "who wrote in over the last year.")


# LS012 (no conclusion) is off by default and on in the seo profile: the closing-text
# facts these tests read are asserted through it.
SEO = Settings(rules=effective_rules(Config(profile="seo"), None, CliRuleOptions()))


def run(text: str, name: str) -> FileResult:
    result = audit(text.encode(), name, SEO)
    assert result.error is None, result.error
    return result


def doc_of(text: str, name: str) -> Document:
    doc = run(text, name).document
    assert doc is not None and doc.listicle is not None
    return doc


def rules(result: FileResult) -> set[str]:
    return {f.rule for f in result.findings}


# ---------------------------------------------------------------- news is not a promise

@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("news.md", "# Three Cases of Plague Diagnosed in China\n\n" + (BODY + "\n\n") * 4),
        ("news.txt", "Two more gunned down in the city centre\n\n" + (BODY + "\n\n") * 4),
        ("news.html", f"<html><head><title>31 dead in attack</title></head><body><h1>31 dead in attack on hotel</h1>"
                      f"<p>{BODY}</p><p>{BODY}</p></body></html>"),
        ("es.html", f"<html lang=es><head><title>Madrid</title></head><body><h1>Madrid alcanza 20 grados en febrero</h1>"
                    f"<p>{BODY}</p></body></html>"),
    ],
)
def test_news_headline_with_a_number_is_not_told_its_list_is_missing(name: str, text: str) -> None:
    result = run(text, name)
    assert result.document is not None and result.document.listicle is not None
    assert result.document.listicle.verdict == "not-a-listicle"
    assert not rules(result) & {"LS001", "LS002"}


def test_and_four_other_takeaways_promises_five() -> None:
    heads = "".join(f"<h2>Candidate {w.upper()} Made No Friends</h2><p>{BODY}</p>" for w in "abcde")
    html = (f"<html><head><title>t</title></head><body><h1>Biden Is Thinking Only About Trump, And 4 Other "
            f"Takeaways From The Debate</h1><p>{INTRO}</p>{heads}<h2>Popular in the Community</h2></body></html>")
    doc = doc_of(html, "takeaways.html")
    assert doc.headline_number == 5
    assert doc.listicle is not None and (doc.listicle.found, doc.listicle.verdict) == (5, "kept")


# ---------------------------------------------------------------- item shapes

def test_ideas_grouped_under_fewer_headings_count_when_they_add_up() -> None:
    sections = "".join(
        f"<h3>Small Space Idea #{n}: Group {n}</h3><p>{INTRO}</p>" + "".join(f"<p>{BODY} {k}</p>" for k in range(3))
        for n in (1, 2)
    )
    html = f"<html><head><title>t</title></head><body><h1>6 Clever Ideas for a Small Nursery</h1><p>{INTRO}</p>{sections}</body></html>"
    doc = doc_of(html, "grouped.html")
    assert doc.listicle is not None
    assert (doc.listicle.found, doc.listicle.verdict) == (6, "kept")


def test_closing_paragraph_without_heading_is_the_conclusion_not_the_last_item() -> None:
    md = (f"# 3 Ways to Save Water\n\n{INTRO}\n\n" + "".join(f"## {n}. Way {n}\n\n{BODY}\n\n{BODY}\n\n" for n in (1, 2, 3))
          + "Honorable mentions: rain barrels, shorter showers, a full dishwasher and a broom instead of the hose "
          "for the yard and the driveway.\n")
    result = run(md, "closing.md")
    facts = result.document.listicle  # type: ignore[union-attr]
    assert facts is not None and facts.outro_words >= 15
    assert result.document.items[-1].words == 2 * len(BODY.split())  # type: ignore[union-attr]
    assert "LS012" not in rules(result)


def test_last_item_does_not_swallow_the_rest_of_the_page() -> None:
    rest = "".join(f"<p>{BODY} More general advice for every reader, whatever the list said. {BODY}</p>" for _ in range(12))
    items = "".join(f"<h2>{n}. Way {n}</h2><p>{BODY} {BODY}</p>" for n in range(1, 5))
    html = f"<html><head><title>t</title></head><body><h1>4 Ways to Travel Light</h1><p>{INTRO}</p>{items}{rest}</body></html>"
    result = run(html, "swallow.html")
    doc = result.document
    assert doc is not None and doc.listicle is not None
    assert doc.items[-1].words == doc.items[0].words  # the closing text is not item 4's
    assert doc.listicle.outro_words > 300
    assert "LS008" not in rules(result)


def test_numbered_run_in_paragraphs_with_long_first_sentences_are_items() -> None:
    long = "Accusing a novelist of a crime for her writing about her sister on the left and right and trying to ruin her year"
    paras = "".join(f"<p>{n}. {long} number {n}. {BODY}</p>" for n in range(1, 6))
    html = f"<html><head><title>t</title></head><body><h1>5 Media Moments We Could Have Lived Without</h1><p>{INTRO}</p>{paras}</body></html>"
    doc = doc_of(html, "runin.html")
    assert [i.number for i in doc.items] == [1, 2, 3, 4, 5]
    assert doc.items[0].title.startswith("Accusing")


def test_bare_number_paragraphs_before_embedded_content_are_items() -> None:
    posts = "".join(f"<p>{n}.</p><blockquote><p>Reader post number {n}: {BODY}</p></blockquote>" for n in range(1, 5))
    html = f"<html><head><title>t</title></head><body><h1>4 favourite responses to the advert</h1><p>{INTRO}</p>{posts}</body></html>"
    doc = doc_of(html, "bare.html")
    assert [i.number for i in doc.items] == [1, 2, 3, 4]
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_number_words_and_dash_markers_are_item_numbers() -> None:
    md = f"# Three Ways to Rest\n\n{INTRO}\n\n## One: Sleep early\n\n{BODY}\n\n## Two: Nap\n\n{BODY}\n\n## Three: Walk\n\n{BODY}\n"
    assert [i.number for i in doc_of(md, "words.md").items] == [1, 2, 3]
    md = f"# 3 dicas para a varanda\n\n{INTRO}\n\n## 1- Entenda\n\n{BODY}\n\n## 2- Se informe\n\n{BODY}\n\n## 3- Plantas\n\n{BODY}\n"
    assert [i.number for i in doc_of(md, "dash.md").items] == [1, 2, 3]


def test_a_thousand_jokes_reach_item_1000() -> None:
    lines = "\n".join(f"{n}. Why did joke number {n} cross the road? To get to the other side." for n in range(1, 1001))
    text = f"1000 Jokes for Kids\n\n{INTRO}\n\n{lines}\n\nThat is all of them: send us the ones your own kids tell at dinner.\n"
    doc = doc_of(text, "jokes.txt")
    assert doc.headline_number == 1000
    assert doc.listicle is not None and (doc.listicle.found, doc.listicle.high, doc.listicle.verdict) == (1000, 1000, "kept")


def test_readers_suggestions_after_an_update_label_are_extras() -> None:
    paras = "".join(f"<p>{n}. <a href='https://example.com/{n}'>Site {n}</a></p>" for n in range(1, 6))
    extra = "".join(f"<p>{n}. <a href='https://example.com/{n}'>Site {n}</a> (thanks reader)</p>" for n in (6, 7))
    html = (f"<html><head><title>t</title></head><body><h1>5 places to submit your startup</h1><p>{INTRO}</p>{paras}"
            f"<p><em>Update:</em></p><p>Suggestions from the readers</p>{extra}</body></html>")
    doc = doc_of(html, "update.html")
    assert doc.listicle is not None and (doc.listicle.found, doc.listicle.verdict) == (5, "kept")


def test_one_item_ordered_lists_in_a_row_are_one_list() -> None:
    ols = "".join(f"<ol><li>Thing {n}: {BODY}</li></ol><p>{BODY}</p>" for n in range(1, 5))
    html = f"<html><head><title>t</title></head><body><h1>4 Things You Should Know About Margins</h1><p>{INTRO}</p>{ols}</body></html>"
    doc = doc_of(html, "ols.html")
    assert doc.listicle is not None and (doc.listicle.found, doc.listicle.verdict) == (4, "kept")
    assert "LS004" not in rules(run(html, "ols.html"))  # the page did not print 1, 1, 1, 1


def test_template_labels_under_each_unnumbered_item_are_not_items() -> None:
    items = "".join(
        f"<h2>Company {c}: Best for Things</h2><p>{BODY}</p><h3>Pros and Cons</h3><p>{BODY}</p><h3>Pricing</h3><p>{BODY}</p>"
        for c in "ABC"
    )
    html = (f"<html><head><title>t</title></head><body><h1>3 Top Robotics Companies</h1><p>{INTRO}</p>"
            f"<h2>10 Best Robotics Companies: Comparison chart</h2><p>{BODY}</p>{items}</body></html>")
    doc = doc_of(html, "template.html")
    assert [i.heading for i in doc.items] == [f"Company {c}: Best for Things" for c in "ABC"]


def test_highest_number_equal_to_the_promise_does_not_hide_missing_items() -> None:
    md = f"# 5 Ways to Rest\n\n{INTRO}\n\n" + "".join(f"## {n}. Way {n}\n\n{BODY}\n\n" for n in (1, 2, 2, 5))
    result = run(md, "gaps.md")
    facts = result.document.listicle  # type: ignore[union-attr]
    assert facts is not None and (facts.found, facts.high, facts.verdict) == (4, 5, "mismatch")
    assert {"LS001", "LS003", "LS004"} <= rules(result)


# ---------------------------------------------------------------- facts computed once

def test_outputs_read_the_models_verdict() -> None:
    from auditor.output.text import listicle_verdict as text_line
    from auditor.report.model import article_view

    md = f"# 3 Ways to Rest\n\n{INTRO}\n\n" + "".join(f"## {n}. Way {n}\n\n{BODY}\n\n" for n in (1, 2))
    result = run(md, "v.md")
    assert result.document is not None and result.document.listicle is not None
    assert result.document.listicle.verdict == "mismatch"
    assert "MISMATCH" in (text_line(result) or "")
    view = article_view(result, "v.html", {})
    assert view.verdict_state == "bad"


def test_checks_import_no_private_names_from_the_structure_stage() -> None:
    tree = ast.parse((ROOT / "auditor" / "checks" / "listicle.py").read_text(encoding="utf-8"))
    imported = [
        (node.module or "", alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    ]
    assert not [m for m, _ in imported if m.startswith("auditor.structure")]
    assert not [n for _, n in imported if n.startswith("_")]


def test_page_kind_and_headline_heading_are_facts_on_the_model() -> None:
    html = f"<html><head><title>t</title></head><body><h1>Rest well</h1><p>{BODY}</p></body></html>"
    doc = doc_of(html, "kind.html")
    assert doc.page_kind == "page" and doc.headline_heading == 0
    doc = doc_of(f"Rest well\n\n{BODY}\n", "kind.txt")
    assert doc.page_kind is None


def test_every_rule_asks_the_model_which_heading_is_the_headline() -> None:
    # The headline printed twice (phone and desktop copies) and shown once as an H2 on
    # a page whose h1 is elsewhere: one answer, Document.is_headline, for every check.
    html = (f"<html><head><title>Rest well</title></head><body><article><h1>Rest  well</h1>"
            f"<h1>rest well</h1><p>{BODY}</p><h2>Rest well tonight</h2><p>{BODY}</p></article></body></html>")
    doc = doc_of(html, "twice.html")
    assert [doc.is_headline(h) for h in doc.headings] == [True, True, False]
    source = "".join((ROOT / "auditor" / "checks" / name).read_text() for name in ("headings.py", "links.py", "text.py"))
    assert "doc.is_headline(" in source and "== doc.headline" not in source


def test_bold_run_in_leads_are_items_and_the_paragraph_after_the_last_closes() -> None:
    leads = [("Apple", "rose after the company said iPhone sales beat forecasts in China and India"),
             ("Microsoft", "fell on cloud growth worries, though analysts still expect a strong quarter"),
             ("Nvidia", "climbed again as data centre demand for its chips shows no sign of slowing")]
    closing = "That is the week ahead: watch the reports on Tuesday and Thursday, and keep an eye on the bond market too."
    md = f"# 3 Stocks to Watch This Week\n\n{INTRO}\n\n" + "".join(
        f"**{n}. {name}** shares {rest}.\n\n" for n, (name, rest) in enumerate(leads, 1)) + closing + "\n"
    html = (f"<html><head><title>t</title></head><body><h1>3 Stocks to Watch This Week</h1><p>{INTRO}</p>"
            + "".join(f"<p><strong>{n}. {name}</strong> shares {rest}.</p>" for n, (name, rest) in enumerate(leads, 1))
            + f"<p>{closing}</p></body></html>")
    for text, name in ((md, "bold.md"), (html, "bold.html")):
        result = run(text, name)
        facts = result.document.listicle  # type: ignore[union-attr]
        assert facts is not None and (facts.found, facts.verdict) == (3, "kept"), name
        assert facts.outro_words == len(closing.split()), name
        assert "LS012" not in rules(result), name


def test_unnumbered_items_at_mixed_levels_before_a_repeated_headline() -> None:
    # A one-line page: the items are h3 h3 h2 h3 and the headline's H1 is repeated after them.
    items = "".join(f"<{tag}>Trend {n}</{tag}><p>{BODY}</p>" for n, tag in enumerate(("h3", "h3", "h2", "h3"), 1))
    html = (f"<html><head><title>TOP 4 Must Haves</title></head><body><article><p>{INTRO}</p><h1>TOP 4 Must Haves</h1>"
            f"{items}<p>{BODY}</p></article><h1>TOP 4 Must Haves</h1></body></html>")
    doc = doc_of(html, "mixed.html")
    assert doc.listicle is not None
    assert [i.heading for i in doc.items] == ["Trend 1", "Trend 2", "Trend 3", "Trend 4"]


def test_missing_numbered_items_are_not_explained_away_as_groups() -> None:
    # Eight "## N. Tip" sections of one or two paragraphs under "10 Tips": items are missing,
    # even if the paragraphs happen to add up to ten.
    sections = "".join(f"## {n}. Tip {n}\n\n{BODY}\n\n" + (f"{BODY}\n\n" if n in (1, 5) else "") for n in range(1, 9))
    result = run(f"# 10 Tips for Better Sleep\n\n{INTRO}\n\n{sections}", "tips.md")
    facts = result.document.listicle  # type: ignore[union-attr]
    assert facts is not None and (facts.found, facts.verdict) == (8, "mismatch")
    assert "LS001" in rules(result)


def test_related_headlines_after_the_list_are_neither_conclusion_nor_counts() -> None:
    related = ["19 Amazing Riddles for Kids", "63 Fascinating Facts Every Kid Should Know", "Spook-tacular Halloween Jokes",
               "9 Pickle Jokes to Make Them Giggle"]
    md = (f"# 3 Jokes for Kids\n\n{INTRO}\n\n" + "".join(f"## {n}. Joke {n}\n\n{BODY}\n\n" for n in (1, 2, 3))
          + "".join(f"{r}\n\n" for r in related))
    result = run(md, "related.md")
    facts = result.document.listicle  # type: ignore[union-attr]
    assert facts is not None and facts.outro_words == 0
    assert "LS006" not in rules(result)  # "63 Fascinating Facts" is another article's headline
    assert "LS012" in rules(result)  # the article itself ends with its last joke


def test_dates_are_not_item_numbers() -> None:
    paras = "".join(f"<p>{d}. Dezember 2014, 10:10 Weihnachtsgeschenke</p>" for d in (24, 18, 17))
    html = f"<html lang=de><head><title>t</title></head><body><h1>Hässliche Pullover</h1><p>{INTRO}</p>{paras}</body></html>"
    doc = doc_of(html, "dates.html")
    assert doc.items == ()


def test_first_page_of_a_paginated_list_is_not_a_mismatch() -> None:
    posts = "".join(f"<p>{n}.</p><blockquote><p>Reader post {n}: {BODY}</p></blockquote>" for n in range(1, 5))
    pages = '<div class="page-links">Article Pages: <span>1</span> <a href="https://example.com/post/2/">2</a></div>'
    html = f"<html><head><title>t</title></head><body><h1>8 favourite responses</h1><p>{INTRO}</p>{posts}{pages}</body></html>"
    result = run(html, "paged.html")
    facts = result.document.listicle  # type: ignore[union-attr]
    assert facts is not None and facts.paginated and (facts.found, facts.verdict) == (4, "unknown")
    assert not rules(result) & {"LS001", "LS002", "LS012"}
    same = html.replace('<a href="https://example.com/post/2/">2</a>', "")
    assert "LS001" in rules(run(same, "one-page.html"))


def test_item_one_taken_as_the_headline_is_still_item_one() -> None:
    md = "".join(f"# Tipp {n}: Idee {n}\n\n{BODY}\n\n" for n in range(1, 5))
    doc = doc_of(md, "tipps.md")
    assert doc.headline == "Tipp 1: Idee 1"
    assert [i.number for i in doc.items] == [1, 2, 3, 4]


def test_first_second_third_in_prose_paragraphs_are_not_items() -> None:
    prose = "".join(f"{w}, the council said it would {BODY.lower()}\n\n" for w in ("First", "Second", "Third", "Fourth", "Fifth"))
    result = run(f"# Council delays vote on budget\n\n{INTRO}\n\n{prose}", "prose.md")
    assert result.document is not None and result.document.items == ()
    md = f"# Ways to Rest\n\n{INTRO}\n\n" + "".join(f"## {w}, {t}\n\n{BODY}\n\n" for w, t in (("First", "sleep"), ("Second", "nap"), ("Third", "walk")))
    assert [i.number for i in doc_of(md, "ordinals.md").items] == [1, 2, 3]


def test_item_one_in_an_ordered_list_and_the_rest_as_numbered_paragraphs() -> None:
    rest = "".join(f"<p>{n}. Course {n}</p><p>{BODY}</p>" for n in range(2, 6))
    html = (f"<html><head><title>t</title></head><body><h1>The top AI courses</h1><p>{INTRO}</p>"
            f"<h3>Top courses</h3><ol><li>Course 1</li></ol><p>{BODY}</p>{rest}</body></html>")
    result = run(html, "ol-then-p.html")
    assert [i.number for i in result.document.items] == [1, 2, 3, 4, 5]  # type: ignore[union-attr]
    assert "LS003" not in rules(result)


def test_parallel_run_in_labels_are_the_promised_items_and_boilerplate_is_not() -> None:
    who = ["Grandma", "Mom", "Aunt", "Brother"]
    paras = "".join(f"<p><strong>From {w}:</strong> What she said: “{BODY}” What we said: “Sure.”</p>" for w in who)
    html = f"<html><head><title>t</title></head><body><h1>4 Passive Aggressive Things Said to Us</h1><p>{INTRO}</p>{paras}</body></html>"
    doc = doc_of(html, "leads.html")
    assert doc.listicle is not None and (doc.listicle.found, doc.listicle.verdict) == (4, "kept")
    same = "".join(f"<h2>Part {w}</h2><p>{BODY}</p><p>Check back every week: a new wonder.</p>" for w in who)
    html = f"<html><head><title>t</title></head><body><h1>Four Wonders of the World</h1><p>{INTRO}</p>{same}</body></html>"
    assert all(not i.heading.startswith("Check") for i in doc_of(html, "boiler.html").items)


def test_numbering_is_analysed_once_per_document_not_once_per_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    import auditor.structure.facts as facts

    calls: list[str] = []
    real = facts.numbering_problems

    def counting(doc: Document):  # type: ignore[no-untyped-def]
        calls.append(doc.path)
        return real(doc)

    monkeypatch.setattr(facts, "numbering_problems", counting)
    md = f"# 4 Ways to Rest\n\n{INTRO}\n\n" + "".join(f"## {n}. Way {n}\n\n{BODY}\n\n" for n in (1, 2, 2, 4))
    result = run(md, "once.md")
    assert {"LS003", "LS004"} <= rules(result)
    assert calls == ["once.md"]


def test_standalone_bold_paragraphs_are_pseudo_headings() -> None:
    places = ["Biosphäre Potsdam", "Crash Room", "Base Flying"]
    body = "".join(f"<p><strong>{p}</strong></p><p>{BODY} {BODY}</p>" for p in places)
    html = (f"<html lang=en><head><title>t</title></head><body><h1>3 Crazy Places in Berlin</h1><p>{INTRO}</p>"
            f"<p>Photo: Getty Images</p><p>{BODY} {BODY}</p>{body}</body></html>")
    doc = doc_of(html, "bold-p.html")
    assert [i.heading for i in doc.items] == places
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_a_newsroom_extends_the_item_grammar_in_config(tmp_path: Path) -> None:
    # "Hack 1. …" needs "hack" as a label word; "Uno: …" needs Spanish cardinals: both
    # are config, not Python ([tool.auditor] item-labels / item-number-words).
    from auditor.api import BatchOptions, settings_for
    from auditor.config import parse_config

    hacks = "# 3 Sleep Hacks\n\n" + INTRO + "\n\n" + "".join(
        f"## Hack {n}. Go to bed at {n + 9}\n\n{BODY}\n\n" for n in (1, 2, 3))
    trucos = "# 3 trucos para dormir\n\n" + INTRO + "\n\n" + "".join(
        f"## {w}: Acuéstate a las {n + 9}\n\n{BODY}\n\n" for n, w in ((1, "Uno"), (2, "Dos"), (3, "Tres")))
    plain = BatchOptions(config=parse_config({}, tmp_path / "pyproject.toml"))
    house = BatchOptions(config=parse_config(
        {"item-labels": ["hack"], "item-number-words": {"uno": 1, "dos": 2, "tres": 3}}, tmp_path / "pyproject.toml"))
    for text, name in ((hacks, "hacks.md"), (trucos, "trucos.md")):
        before = audit(text.encode(), name, settings_for(name, plain)).document
        after = audit(text.encode(), name, settings_for(name, house)).document
        assert before is not None and after is not None
        assert [i.number for i in after.items] == [1, 2, 3], name
        assert [i.number for i in before.items] != [1, 2, 3], name


# ---------------------------------------------------------------- bold titles

LABELS = ["Achiy", "Lanius", "Living Crafts", "Faible and Failure", "Edelziege", "Merz b. Schwanen"]


def test_bold_run_in_titles_are_items_without_a_headline_count() -> None:
    # "Unsere liebsten Labels…": each label a paragraph opening with its name in bold.
    paras = "".join(f"<p><strong>{name} – Strick aus Naturfasern</strong><br>{INTRO} {BODY}</p>" for name in LABELS)
    html = f"<html><head><title>t</title></head><body><h1>Our favourite knitwear labels</h1><p>{INTRO}</p>{paras}</body></html>"
    doc = doc_of(html, "labels.html")
    assert doc.headline_number is None
    assert [i.title for i in doc.items] == [f"{name} – Strick aus Naturfasern" for name in LABELS]
    assert {i.style for i in doc.items} == {"paragraph"}
    assert doc.items[0].words == len((INTRO + " " + BODY).split())


def test_bold_titles_count_against_the_promise_in_markdown() -> None:
    md = f"# 4 Labels Worth Knowing\n\n{INTRO}\n\n" + "".join(f"**{name}** makes knitwear. {BODY}\n\n" for name in LABELS[:4])
    doc = doc_of(md, "labels.md")
    assert [i.title for i in doc.items] == LABELS[:4]
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_bold_labels_in_a_news_story_are_not_items() -> None:
    # A dateline and run-in labels ("Why it matters:", "Update:"): bold, but sections of a
    # story, one paragraph here and three there, short and long.
    long = " ".join([BODY] * 4)
    labels = ["HAMBURG", "Why it matters:", "The background:", "What's next:", "Reaction:", "Update:"]
    paras = "".join(f"<p><strong>{label}</strong> {BODY}</p>" + f"<p>{long}</p>" * (k % 3)
                    for k, label in enumerate(labels))
    html = (f"<html><head><title>t</title></head><body><h1>Council approves the harbour budget</h1>"
            f"{paras}</body></html>")
    assert doc_of(html, "news.html").items == ()


# ---------------------------------------------------------------- numbers in their own box

def _countdown_page(numbers: list[str], pager: str) -> str:
    items = "".join(
        f"<div class='subheading'><div class='Title'>{n}</div><div class='Title2'>Reading Your Private Messages "
        f"Number {k}</div></div><p>{INTRO} {BODY}</p><p>{BODY}</p>" for k, n in enumerate(numbers)
    )
    return (f"<html><head><title>t</title></head><body><article><h1>6 Things Social Networks Need to Stop Doing</h1>"
            f"<p>{INTRO}</p>{items}<nav><ul><li><a href='/a_p0.html'>Prev</a></li><li>{pager}</li>"
            f"<li><a href='/a_p2.html'>Next</a></li></ul></nav></article></body></html>")


def test_item_numbers_in_their_own_box_are_items_titled_by_the_box_after_them() -> None:
    result = run(_countdown_page(["#6.", "#5.", "#4."], "Page 1 of 2"), "countdown.html")
    doc = result.document
    assert doc is not None and doc.listicle is not None
    assert [(i.number, i.heading) for i in doc.items] == [
        (6, "#6. Reading Your Private Messages Number 0"), (5, "#5. Reading Your Private Messages Number 1"),
        (4, "#4. Reading Your Private Messages Number 2")]
    # Page one of two: the rest of the countdown (3, 2, 1) is on the next page.
    assert doc.listicle.paginated and doc.listicle.verdict == "unknown"
    assert not rules(result) & {"LS001", "LS002", "LS003", "LS012"}


def test_a_pager_on_its_own_is_what_tells_the_list_goes_on() -> None:
    result = run(_countdown_page(["#6.", "#5.", "#4."], "Share this story"), "countdown.html")
    assert {"LS001", "LS003"} <= rules(result)  # no pager: three of six is a mismatch
    # A counter without a marker ("3") is not an item number unless such boxes count 1..N
    # or N..1 (6, 5, 4 do not): the title boxes after them are the entries, unnumbered.
    doc = doc_of(_countdown_page(["6", "5", "4"], "Page 1 of 2"), "counter.html")
    assert [i.number for i in doc.items] in ([], [None] * 3)


def test_bold_run_in_items_end_with_their_own_paragraph() -> None:
    # Five "**Name** – …" paragraphs in a row, then two closing paragraphs: the closing text
    # is the article's, not the fifth item's (as each item is one paragraph).
    items = "".join(f"<p><b>{name}</b> – {BODY}</p>" for name in LABELS[:5])
    closing = "<p>Tell us which label you wear most, and why it lasts.</p><p>We update this list every winter.</p>"
    html = f"<html><head><title>t</title></head><body><h1>5 knitwear labels we love</h1><p>{INTRO}</p>{items}{closing}</body></html>"
    doc = doc_of(html, "runin-bold.html")
    assert [i.title for i in doc.items] == LABELS[:5]
    assert doc.items[-1].words == doc.items[0].words
    assert doc.listicle is not None and doc.listicle.outro_words > 0
