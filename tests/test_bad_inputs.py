"""Bad inputs give a one-line error (exit 2) or a sane result, never a traceback,
and the other files of the batch are still audited."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from auditor.api import audit
from auditor.cli import main

GOOD = "# 3 Ways to Rest\n\nSleep well tonight and tomorrow.\n"


def _batch(tmp_path: Path, name: str, data: bytes) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "zz-good.md"
    good.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-config", "--format", "json", str(bad), str(good)],
                                catch_exceptions=False)
    data_out = json.loads(result.stdout)
    assert "Traceback" not in result.stderr
    assert data_out["files"][1]["error"] is None, "the good file must still be audited"
    return result.exit_code, data_out["files"][0], result.stderr


def test_empty_file(tmp_path: Path) -> None:
    code, entry, err = _batch(tmp_path, "empty.md", b"")
    assert code == 2 and entry["error"] == "empty file" and "empty.md: empty file" in err


def test_whitespace_only_file(tmp_path: Path) -> None:
    code, entry, _ = _batch(tmp_path, "blank.txt", b"  \n\n\t\n")
    assert code == 2 and entry["error"] == "empty file"


def test_binary_file(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    code, entry, err = _batch(tmp_path, "photo.md", png)
    assert code == 2 and "binary" in entry["error"] and err.count("\n") == 1


def test_invalid_utf8_is_decoded_or_refused_cleanly(tmp_path: Path) -> None:
    latin1 = "# Café crème: 5 façons de bien dormir\n\nDormez très tôt ce soir.\n".encode("latin-1")
    code, entry, _ = _batch(tmp_path, "latin.md", latin1)
    assert entry["error"] is None and "Café" in entry["headline"]
    assert code in (0, 1)


def test_directory_with_no_articles(tmp_path: Path) -> None:
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "notes.json").write_text("{}")
    result = CliRunner().invoke(main, ["check", "--no-config", str(empty)], catch_exceptions=False)
    assert result.exit_code == 2 and "no articles found" in result.stderr


def test_deeply_nested_html() -> None:
    html = "<html><body><article><h1>5 Deep Thoughts About Nesting Dolls Today</h1>" + "<div>" * 5000
    html += "<p>Deep inside the nest the text still reads well.</p>" + "</div>" * 5000 + "</article></body></html>"
    result = audit(html.encode(), "deep.html")
    assert result.error is None or "nested" in result.error
    if result.error is None:
        assert result.headline == "5 Deep Thoughts About Nesting Dolls Today"


def _page(paragraphs: int) -> bytes:
    paragraph = "<p>" + "Plain words fill this long page again and again. " * 40 + "</p>\n"
    html = "<html><body><article><h1>10 Things About Very Large Pages</h1>" + paragraph * paragraphs
    return (html + "</article></body></html>").encode()


def test_huge_html_file_is_refused_in_one_line(tmp_path: Path) -> None:
    code, entry, err = _batch(tmp_path, "huge.html", _page(26_000))
    assert code == 2
    assert entry["error"] == "file is 51 MB, over the 16 MB limit (raise it with --max-size)"
    assert err.count("\n") == 1


def test_large_html_file_within_the_limit_is_audited() -> None:
    data = _page(1_000)  # 2 MB, some 400,000 words: far beyond any real article
    result = audit(data, "large.html")
    assert result.error is None
    assert result.metrics["words"] > 300_000


def test_html_with_xml_declaration_and_odd_nodes() -> None:
    html = ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html><body><!-- c --><?pi x?>'
            "<article><h1>7 Odd Nodes in One Small Page</h1><p>Text <![CDATA[x]]> here.</p></article></body></html>")
    result = audit(html.encode(), "odd.html")
    assert result.error is None and result.headline == "7 Odd Nodes in One Small Page"


def test_control_characters_in_html() -> None:
    html = "<html><body><article><h1>5 Ways to Clean Up\x0b Pages</h1><p>Text\x01 here.\x1f</p>\x08"
    html += "<div style='display:none'>hidden</div>\x02tail</article></body></html>"
    result = audit(html.encode(), "ctrl.html")
    assert result.error is None
    assert result.headline == "5 Ways to Clean Up Pages"


def test_a_bug_in_one_file_is_an_error_result_not_a_traceback(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import auditor.sources.load as load

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(load, "load", broken)
    result = audit(b"# Title\n\nText.\n", "x.md")
    assert result.error == "internal error: KeyError: 'boom'"


def test_markdown_raw_html_with_control_characters_and_odd_attributes() -> None:
    md = '# 3 Odd Blocks in Markdown\n\n<p>Text\x0b with <a href="/x" 1bad"="y">a link</a>\x01.</p>\n\nEnd.\n'
    result = audit(md.encode(), "odd.md")
    assert result.error is None and result.headline == "3 Odd Blocks in Markdown"


def test_superscript_digits_in_a_headline_are_not_a_count() -> None:
    result = audit("Water\u00b3 and other ideas\n\nSome text here.\n".encode(), "sup.txt")
    assert result.error is None and result.metrics["headline_number"] is None
