"""A data table's cells are table text, not lines of the story: the score's bare-line
term (scoring.fragment_counts) leaves them out. A layout table's single column of prose
stays the story's."""

from __future__ import annotations

from chromekit import PROSE, parse

from auditor.engine.scoring import fragment_counts

STORY = "".join(PROSE.replace("real", word) for word in ("plain", "true", "good", "fine", "clear", "real"))
ROWS = [("Status", "Meaning"), ("new", "Waiting"), ("enqueued", "In the queue"), ("started", "Running"),
        ("claimed", "Taken by a worker"), ("done", "Finished")]


def _table(cells: str) -> str:
    return f"<table><tbody>{cells}</tbody></table>"


def test_a_data_tables_cells_are_table_text_not_bare_lines() -> None:
    doc = parse(STORY + _table("".join(f"<tr><td><p>{a}</p></td><td><p>{b}</p></td></tr>" for a, b in ROWS)))
    cells = [p for p in doc.paragraphs if p.cell]
    assert [p.text for p in cells[:4]] == ["Status", "Meaning", "new", "Waiting"] and len(cells) == 12
    assert fragment_counts(doc) == (0, 6)


def test_a_layout_tables_column_of_prose_stays_the_storys() -> None:
    doc = parse(_table("".join(f"<tr><td><p>Line {i}.</p>{PROSE}</td></tr>" for i in range(6))))
    assert doc.paragraphs and not any(p.cell for p in doc.paragraphs)
    assert fragment_counts(doc)[0] == 6
