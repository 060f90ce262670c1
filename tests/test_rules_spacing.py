"""RD012 double-spaces: firing and not firing on small articles, and on the real corpus
only where a reader sees the gap (HTML collapses whitespace; non-breaking spaces do not)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from auditor.api import Settings, audit
from auditor.model import Finding
from auditor.rulepacks import builtin_pack, load_pack

RD012 = next(r for r in load_pack(builtin_pack() / "spacing.toml") if r.id == "RD012")


def _hits(text: str, path: str, rule: object = RD012) -> list[Finding]:
    result = audit(text.encode("utf-8"), path, Settings(rules=(rule,)))  # type: ignore[arg-type]
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "RD012"]


def _places(text: str, path: str, rule: object = RD012) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.excerpt) for f in _hits(text, path, rule)]


MARKDOWN = """---
title: "Seven  Ways to Save Water"
---
# Seven Ways  to Save Water

Fix the taps first.  A slow drip wastes a bath of water   every week.  
The hard line break above is fine, and so is `code  span` here, [a link](https://x.org "a  title").
    Indentation on a continuation line is fine.

1.  A list item whose marker is followed by two spaces is aligned, not a slip.
2. Another item with a  slip.

| a  | b  |
|----|----|
| x  | y  |

```
code   block
```

    indented   code

> Quoted  text counts too.

<p class="a  b">Raw HTML  block: collapsed by the browser.</p>
"""


def test_fires_in_markdown_prose_with_exact_positions() -> None:
    assert _places(MARKDOWN, "a.md") == [
        (4, 13, "Ways to"),
        (6, 20, "first. A"),
        (6, 56, "water every"),
        (11, 23, "a slip."),
        (23, 9, "Quoted text"),
    ]
    first = _hits(MARKDOWN, "a.md")[0]
    assert first.level == "info" and first.message == '2 spaces in a row between "Ways" and "to": make it one space.'
    assert _hits(MARKDOWN, "a.md")[2].message.startswith("3 spaces in a row")


def test_quiet_on_single_spaces_code_tables_front_matter_and_indentation() -> None:
    clean = re.sub(r"(?<=[^\s|])  +(?=[^\s|])", " ", MARKDOWN.split("| a ")[0])  # prose runs collapsed
    clean = clean.replace("1. A list", "1.  A list")  # the aligned marker stays
    assert _places(clean + MARKDOWN[MARKDOWN.index("| a "):].replace("> Quoted  text", "> Quoted text"), "a.md") == []


def test_two_spaces_after_a_sentence_as_house_style() -> None:
    text = "# Seven Ways to Save Water\n\nFix the taps first.  A drip wastes water.   Three is too many.\n"
    assert [c for _l, c, _e in _places(text, "a.md")] == [20, 42]
    house = replace(RD012, params={**RD012.params, "two_after_sentence": True})
    assert [c for _l, c, _e in _places(text, "a.md", house)] == [42]  # exactly two after "." is fine


def test_plain_text_column_alignment_is_not_a_slip() -> None:
    text = "Seven ways to save water\n\nFix taps first.  A drip wastes water.\n\nName    Age\nBob     12\n"
    assert _places(text, "a.txt") == [(3, 16, "first. A")]


HTML = """<!doctype html><html lang="en"><head><title>Five ways to save water</title></head><body><article>
<h1>Five ways to   save water</h1>
<p data-title="March 18&nbsp;&nbsp;">Fix the taps first.&nbsp; A slow   drip
   <b>wastes</b> &#160;water every week.&nbsp;&nbsp;Plumbers say it takes ten minutes.</p>
<pre>code&nbsp;&nbsp; here</pre>
<p>Ten&nbsp;km away <code>x&nbsp; y</code> and the end &nbsp;<br>&nbsp; an indented line.</p>
<table><tr><td>Cell&nbsp;&nbsp;text</td></tr></table>
</article><footer><p>Site&nbsp;&nbsp;footer text that is not the article.</p></footer></body></html>
"""


def test_html_reports_only_what_a_reader_sees() -> None:
    # Literal runs ("ways to   save", "slow   drip") collapse on screen: quiet. Visible:
    # "first.&nbsp; A", "</b> &#160;water" (across a tag), "week.&nbsp;&nbsp;Plumbers".
    # Never: attributes, <pre>, <code>, around a <br>, table cells, the site footer.
    assert _places(HTML, "a.html") == [(3, 57, "first. A"), (4, 17, "wastes water"), (4, 41, "week. Plumbers")]


def test_corpus_findings_are_all_visible_gaps(corpus_dir: Path) -> None:
    """On the 52 real pages, every finding sits on a run holding a non-breaking space
    (source whitespace alone never shows), and pages whose markup is full of literal
    runs of spaces stay quiet."""
    pages = sorted(corpus_dir.glob("*.html"))
    literal_runs = 0
    found: dict[str, list[tuple[int, int]]] = {}
    for page in pages:
        raw = page.read_bytes()
        text = raw.decode("utf-8", errors="replace")
        literal_runs += len(re.findall(r"\w  +\w", text))
        for f in _hits(raw.decode("utf-8", errors="replace"), str(page)):
            found.setdefault(page.name, []).append((f.line, f.column))
            line = text.split("\n")[f.line - 1]
            run = re.match(r"(?:\s|&nbsp;|&#160;|<[^<>]*>)+", line[f.column - 1:])
            assert run and ("\xa0" in run.group(0) or "&nbsp;" in run.group(0) or "&#160;" in run.group(0)), (
                page.name, f.line, f.column)
    assert literal_runs > 300  # the markup's own runs of spaces: never reported
    # The judged catches: a real typo in prose and a two-spaces-after-a-period habit.
    assert (380, 358) in found["dropbox-blog-atf.html"]  # "<lambda, priority> &#160;pair"
    assert (1110, 74) in found["slate-john-m-ford.html"]  # "by phone.&nbsp;&nbsp;Smith"
    assert "wapo-north-africa-attack.html" not in found  # &nbsp; runs only in attributes and widgets
    assert "engadget-xbox-one-x-review.html" not in found  # lone &nbsp; lines are indentation
    assert sum(len(v) for v in found.values()) < 40


def test_word_drafts_report_runs_by_paragraph_but_not_in_tables() -> None:
    import io

    import pytest

    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Seven Ways to Save Water", style="Title")  # ¶1
    d.add_paragraph("Fix the taps first.  A slow drip wastes   water.")  # ¶2
    d.add_paragraph("One space each. Nothing to see.")  # ¶3
    d.add_table(rows=1, cols=1).cell(0, 0).text = "Name    Age"  # ¶4: layout
    out = io.BytesIO()
    d.save(out)
    result = audit(out.getvalue(), "draft.docx", Settings(rules=(RD012,)))
    assert [(f.line, f.excerpt) for f in result.findings] == [(2, "first. A"), (2, "wastes water.")]
    assert result.findings[1].message.startswith("3 spaces in a row")


def test_nbsp_offsets_finds_every_usual_spelling_that_may_join_a_run() -> None:
    from auditor.sources.spacing import _nbsp_offsets

    source = "a&nbsp; b &NBSP;&Nbsp; c\xa0 d&#160; &#xa0;&#xA0; e&#XA0; &nBsp; 10&nbsp;km x\xa0y"
    expected = sorted(source.index(s) for s in ("&nbsp; b", "&NBSP;", "&Nbsp;", "\xa0 d", "&#160;", "&#xa0;", "&#xA0;"))
    # "&#XA0;" and "&nBsp;" are not the spellings looked for; "10&nbsp;km" and "x\xa0y" sit
    # between two letters and cannot join a run.
    assert _nbsp_offsets(source) == expected


def test_nbsp_offsets_in_a_stretch_are_those_of_the_whole_source_starting_there() -> None:
    from auditor.sources.spacing import _nbsp_offsets

    source = "x &nbsp; a&nbsp;&nbsp;b \xa0 c &#160;&#xa0; d\xa0\xa0e &nbsp; "
    whole = _nbsp_offsets(source)
    for start in range(len(source) + 1):
        for end in range(start, len(source) + 2):
            assert _nbsp_offsets(source, start, end) == [at for at in whole if start <= at < end], (start, end)


def test_html_runs_after_words_entities_and_inline_tags_on_one_line() -> None:
    # The block scanner steps over whole words and single spaces: the runs it reports
    # must sit where they are, after accented entities and inline tags, and a stretch
    # of ordinary spaces alone ("was   served") stays one visible space.
    page = ("<html><body><article><p>Caf&eacute; <em>au</em> lait&nbsp;&nbsp;was   served&nbsp; hot, "
            "said the waiter to all of the guests at the long table.</p></article></body></html>")
    assert _places(page, "a.html") == [(1, 53, "lait was"), (1, 77, "served hot,")]
