"""An entry written in one paragraph, its number and bold title on the first line and its
text after a line break: ``<p>1. <b>Lisbon</b><br>Lisbon rewards…</p>`` (WordPress's classic
editor: a line typed, Shift+Enter, the text; Blogger's and Google Docs' / Word's HTML exports
write the same) and in Markdown ``**1. Lisbon**<br>`` or ``**1. Lisbon**\\`` (a hard line
break, CommonMark 6.7). The item's title is the bold run, not the entry's first sentence run
on from it: a title that swallowed its text made LS010 call one entry "far longer". Each case
fails on 1cf4a7d unless it says it is a guard; of the guards, the far-longer bold title and the
line break inside a bold title fail there too (their titles ran on into the text).

The bold run ends the title only when the text after it opens a new sentence (a capital, a
quote): "1. <b>Lisbon</b> and its seven hills" is one title line with a bold word in it.
"""

from __future__ import annotations

import pytest

from test_listicle_languages import DEFAULT, NAMES, audited, doc_of

from auditor.api import audit

# First sentences of uneven length, as entries' texts run: run on into the title, the third
# made its title "far longer" than the others.
TEXTS = [
    "It is flat. The path follows the river for six miles past two mills and a ford, with a pub at the far end.",
    "Bring boots. The moor is wet in every season, and the path across it is marked by cairns that vanish in mist.",
    "The route climbs past the old quarry and the ruined chapel above the river. "
    "From the top you see three counties on a clear day, and the descent is gentle.",
    "Go early. Car parks fill by ten in summer, and the narrow lanes to the start are slow behind tractors and caravans.",
    "It is short. A family can walk it in an afternoon, with a café at the halfway point and a playground by the lake.",
]


def entries(form: str) -> str:
    return "".join(form.format(k=k, name=f"{NAMES[k - 1]} valley walk", text=t) for k, t in enumerate(TEXTS, 1))


HTML_FORMS = [
    "<p>{k}. <b>{name}</b><br>{text}</p>",
    "<p>{k}. <strong>{name}</strong><br>\n{text}</p>",
    "<p><strong>{k}. {name}</strong><br>{text}</p>",
    "<p>{k}) <span style=\"font-weight: bold\">{name}</span><br>{text}</p>",  # Blogger, Docs exports
]


@pytest.mark.parametrize("form", HTML_FORMS)
def test_html_entry_title_ends_at_its_bold_run(form: str) -> None:
    result = audited("5 best valley walks in Wales", entries(form))
    document = result.document
    assert document is not None and document.listicle is not None
    assert document.listicle.found == 5 and document.listicle.verdict == "kept"
    assert [i.title for i in document.items] == [f"{n} valley walk" for n in NAMES[:5]]
    assert all(i.words >= 20 for i in document.items)  # the text is the entry's, not its title's
    assert "LS010" not in {f.rule for f in result.findings}


MARKDOWN_FORMS = ["**{k}. {name}**<br>{text}", "**{k}. {name}**\\\n{text}"]


@pytest.mark.parametrize("form", MARKDOWN_FORMS)
def test_markdown_entry_title_ends_at_its_bold_run(form: str) -> None:
    md = "# 5 best valley walks in Wales\n\nWales has walks for every pace and season; these five are ours.\n\n"
    md += "\n\n".join(form.format(k=k, name=f"{NAMES[k - 1]} valley walk", text=t) for k, t in enumerate(TEXTS, 1))
    result = audit((md + "\n").encode(), "draft.md", DEFAULT)
    document = result.document
    assert document is not None and document.listicle is not None and document.listicle.found == 5
    assert [i.title for i in document.items] == [f"{n} valley walk" for n in NAMES[:5]]
    assert "LS010" not in {f.rule for f in result.findings}


# ---------------------------------------------------------------- guards

def test_guard_a_bold_title_far_longer_than_the_others_still_told_unparallel() -> None:
    # The bold run is the title, and one of them really is far longer: LS010 keeps firing.
    long = "Charlie valley walk past the old quarry and the ruined chapel above the river"
    names = [f"{n} valley walk" for n in NAMES[:5]]
    names[2] = long
    body = "".join(f"<p>{k}. <b>{n}</b><br>{t}</p>" for k, (n, t) in enumerate(zip(names, TEXTS), 1))
    result = audited("5 best valley walks in Wales", body)
    assert result.document is not None and result.document.items[2].title.startswith("Charlie valley walk past the old quarry")
    assert "LS010" in {f.rule for f in result.findings}


def test_guard_a_title_that_runs_on_past_a_bold_word_keeps_its_line() -> None:
    # "1. <b>Lisbon</b> and its seven hills. Text…": the bold is a word of the title, which goes on.
    body = "".join(f"<p>{k}. <b>{NAMES[k - 1]}</b> and its valley walk. {TEXTS[k - 1]}</p>" for k in range(1, 6))
    items = doc_of("5 best valley walks in Wales", body).items
    assert [i.title for i in items] == [f"{n} and its valley walk." for n in NAMES[:5]]


def test_guard_a_line_break_inside_a_long_bold_title_keeps_it_whole() -> None:
    body = "".join(f"<p><b>{k}. {NAMES[k - 1]} valley walk<br>and the ridge above it</b><br>{TEXTS[k - 1]}</p>"
                   for k in range(1, 6))
    items = doc_of("5 best valley walks in Wales", body).items
    assert [i.title for i in items] == [f"{n} valley walk and the ridge above it" for n in NAMES[:5]]


def test_guard_a_bold_number_alone_is_no_title() -> None:
    # "<b>1.</b> Alpha valley walk. Text…": the bold is the number's; the first sentence titles it.
    body = "".join(f"<p><b>{k}.</b> {NAMES[k - 1]} valley walk. {TEXTS[k - 1]}</p>" for k in range(1, 6))
    items = doc_of("5 best valley walks in Wales", body).items
    assert [i.title for i in items] == [f"{n} valley walk." for n in NAMES[:5]]


def test_guard_a_long_bold_opening_sentence_is_emphasis() -> None:
    # A numbered tip whose whole first sentence (over fifteen words) is bold: not read as a short title.
    long = "Always check the forecast and tell someone at home which route you take and when you expect to be back"
    body = "".join(f"<p>{k}. <b>{long}</b>. {TEXTS[k - 1]}</p>" for k in range(1, 6))
    items = doc_of("5 rules for valley walks in Wales", body).items
    assert all(not i.title.endswith(long) or i.title == long for i in items)


def test_guard_plain_text_numbered_entries_unchanged() -> None:
    text = "5 best valley walks in Wales\n\nWales has walks for every pace.\n\n" + "\n\n".join(
        f"{k}. {NAMES[k - 1]} valley walk\n{t}" for k, t in enumerate(TEXTS, 1))
    result = audit(text.encode(), "draft.txt", DEFAULT)
    assert result.document is not None and result.document.listicle is not None
    assert result.document.listicle.found == 5


def test_guard_a_title_paragraph_of_its_own_reads_as_before() -> None:
    # "<p>1. <b>Alpha valley walk</b></p><p>Text…</p>": the title alone in its paragraph.
    body = "".join(f"<p>{k}. <b>{NAMES[k - 1]} valley walk</b></p><p>{t}</p>" for k, t in enumerate(TEXTS, 1))
    result = audited("5 best valley walks in Wales", body)
    assert result.document is not None and result.document.listicle is not None
    assert result.document.listicle.found == 5
    assert [i.title for i in result.document.items] == [f"{n} valley walk" for n in NAMES[:5]]
    assert all(i.words >= 20 for i in result.document.items)


# ---------------------------------------------------------------- 2. the same in an ordered list

# "<ol><li><strong>Name</strong><br>Text…</li></ol>" (the classic editor's numbered list with a
# Shift+Enter after the bold name) and Markdown's "1. **Name**  " with a hard break (CommonMark 6.7).

def test_html_ordered_list_entry_title_ends_at_its_bold_run() -> None:
    body = "<ol>" + "".join(f"<li><strong>{NAMES[k - 1]} valley walk</strong><br>{t}</li>"
                            for k, t in enumerate(TEXTS, 1)) + "</ol>"
    result = audited("5 best valley walks in Wales", body)
    assert result.document is not None and result.document.listicle is not None
    assert result.document.listicle.found == 5
    assert [i.title for i in result.document.items] == [f"{n} valley walk" for n in NAMES[:5]]
    assert all(i.words >= 20 for i in result.document.items)


@pytest.mark.parametrize("brk", ["  \n   ", "\\\n   "])
def test_markdown_ordered_list_entry_title_ends_at_its_bold_run(brk: str) -> None:
    md = "# 5 best valley walks in Wales\n\nWales has walks for every pace and season; these five are ours.\n\n"
    md += "\n".join(f"{k}. **{NAMES[k - 1]} valley walk**{brk}{t}" for k, t in enumerate(TEXTS, 1))
    result = audit((md + "\n").encode(), "draft.md", DEFAULT)
    assert result.document is not None and result.document.listicle is not None
    assert result.document.listicle.found == 5
    assert [i.title for i in result.document.items] == [f"{n} valley walk" for n in NAMES[:5]]


def test_guard_ordered_list_bold_sentence_title_unchanged() -> None:
    # "<li><b>Fix leaks.</b> A dripping tap…": the first sentence ends in the bold run, as before.
    body = "<ol>" + "".join(f"<li><b>{NAMES[k - 1]} valley walk.</b> {t}</li>" for k, t in enumerate(TEXTS, 1)) + "</ol>"
    items = doc_of("5 best valley walks in Wales", body).items
    assert [i.title for i in items] == [f"{n} valley walk." for n in NAMES[:5]]


def test_guard_ordered_list_title_running_on_past_a_bold_word() -> None:
    body = "<ol>" + "".join(f"<li><b>{NAMES[k - 1]}</b> and its valley walk. {t}</li>" for k, t in enumerate(TEXTS, 1)) + "</ol>"
    items = doc_of("5 best valley walks in Wales", body).items
    assert [i.title for i in items] == [f"{n} and its valley walk." for n in NAMES[:5]]


def test_guard_a_bracketed_note_after_a_bold_name_stays_in_the_title() -> None:
    # "<li><strong>Huawei</strong> (except the Nexus 6P)</li>": the note qualifies the name on its line.
    body = "<ol>" + "".join(f"<li><strong>{n}</strong> (except the {n} Mini)</li>" for n in NAMES[:5]) + "</ol>"
    items = doc_of("5 brands that update their phones", body).items
    assert [i.title for i in items] == [f"{n} (except the {n} Mini)" for n in NAMES[:5]]
