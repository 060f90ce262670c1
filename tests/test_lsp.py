"""`auditor lsp` end to end: the server runs as a subprocess and the test speaks
LSP JSON-RPC to it (tests/lspclient.py), as VS Code, Neovim or Helix would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lspclient import LspClient

pytest.importorskip("pygls")

ARTICLE = (
    "# 5 Ways to Save Water at Home This Summer 💧\n"
    "\n"
    "Water bills rise every summer, and most households waste far more than they think they do.\n"
    "\n"
    "## 1. Fix leaks\n"
    "\n"
    "A dripping tap 💧 wastes litres every day. Read the plumber's guide, [click here](https://example.com/taps).\n"
    "\n"
    "## 3. Take shorter showers\n"
    "\n"
    "Four minutes under the shower is enough for most people, and a timer helps.\n"
)


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _by_code(diagnostics: list[dict[str, Any]], code: str) -> list[dict[str, Any]]:
    return [d for d in diagnostics if d.get("code") == code]


def _apply(text: str, edits: list[dict[str, Any]]) -> str:
    """Apply LSP TextEdits (UTF-16 positions) to ``text``, as an editor does."""
    lines = text.split("\n")

    def offset(pos: dict[str, int]) -> int:
        line = lines[pos["line"]] if pos["line"] < len(lines) else ""
        units, chars = 0, 0
        for ch in line:
            if units >= pos["character"]:
                break
            units += _utf16(ch)
            chars += 1
        return sum(len(x) + 1 for x in lines[: pos["line"]]) + chars

    for edit in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]),
                       reverse=True):
        start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
        text = text[:start] + edit["newText"] + text[end:]
    return text


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One server for the module (start-up is most of the cost); each test opens its
    own documents in its own folder."""
    root = tmp_path_factory.mktemp("lsp")
    client = LspClient("--debounce", "50", cwd=root)
    client.initialize(root)
    yield client
    if client.proc.poll() is None:
        client.proc.kill()
        client.proc.wait()


def _open(client: LspClient, path: Path, text: str, language: str = "markdown") -> list[dict[str, Any]]:
    path.write_text(text, encoding="utf-8")
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": path.as_uri(), "languageId": language, "version": 1, "text": text}})
    return client.diagnostics(path.as_uri(), version=1)


def _change(client: LspClient, path: Path, text: str, version: int) -> list[dict[str, Any]]:
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": path.as_uri(), "version": version},
        "contentChanges": [{"text": text}],
    })
    return client.diagnostics(path.as_uri(), version=version)


def test_initialize_and_shutdown(tmp_path: Path) -> None:
    client = LspClient(cwd=tmp_path)
    capabilities = client.initialize(tmp_path)["capabilities"]
    assert capabilities["hoverProvider"] is True
    assert "quickfix" in capabilities["codeActionProvider"]["codeActionKinds"]
    assert capabilities["textDocumentSync"]["openClose"] is True
    assert client.close() == 0  # shutdown, exit: the process ends cleanly


def test_diagnostics_on_open_have_level_code_link_and_exact_range(server: LspClient, tmp_path: Path) -> None:
    diagnostics = _open(server, tmp_path / "water.md", ARTICLE)

    gap = _by_code(diagnostics, "LS003")
    assert len(gap) == 1 and gap[0]["severity"] == 1  # error
    assert gap[0]["codeDescription"]["href"].endswith("#LS003")
    assert gap[0]["source"] == "auditor"
    assert gap[0]["range"]["start"]["line"] == 8

    # The excerpt's characters exactly, counted in UTF-16 past the emoji.
    generic = _by_code(diagnostics, "LK001")[0]
    line = ARTICLE.split("\n")[6]
    start = _utf16(line[: line.index("click here")])
    assert generic["severity"] == 2  # warning
    assert generic["range"] == {"start": {"line": 6, "character": start},
                                "end": {"line": 6, "character": start + len("click here")}}

    # The listicle verdict as a document-level diagnostic on the headline line.
    summary = _by_code(diagnostics, "listicle")
    assert len(summary) == 1
    assert "promises 5, found 2" in summary[0]["message"]
    assert summary[0]["range"]["start"]["line"] == 0


def test_change_is_audited_from_the_unsaved_text(server: LspClient, tmp_path: Path) -> None:
    path = tmp_path / "water.md"
    assert _by_code(_open(server, path, ARTICLE), "LS003")
    edited = ARTICLE.replace("## 3. Take", "## 2. Take")
    after = _change(server, path, edited, 2)
    assert not _by_code(after, "LS003")
    assert path.read_text(encoding="utf-8") == ARTICLE  # the file on disk was not touched
    # Debounced: a burst of changes is audited once, for the last version.
    for version in (3, 4, 5):
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": path.as_uri(), "version": version},
            "contentChanges": [{"text": edited + "x" * version}],
        })
    server.diagnostics(path.as_uri(), version=5)
    versions = [n["params"].get("version") for n in server.notifications
                if n["method"] == "textDocument/publishDiagnostics"]
    assert 3 not in versions and 4 not in versions


def test_config_is_found_as_the_cli_finds_it(server: LspClient, tmp_path: Path) -> None:
    (tmp_path / ".auditor.toml").write_text('ignore = ["LK001"]\n', encoding="utf-8")
    diagnostics = _open(server, tmp_path / "water.md", ARTICLE)
    assert not _by_code(diagnostics, "LK001")
    assert _by_code(diagnostics, "LS003")


def test_html_and_plain_text_documents(server: LspClient, tmp_path: Path) -> None:
    html = ('<html lang="en"><head><title>Photos</title></head><body><article><h1>Our photos of the old harbour</h1>\n'
            '<p>The harbour at dawn, before the boats leave for the day and the gulls arrive.</p>\n'
            '<img src="harbour.jpg">\n</article></body></html>\n')
    missing_alt = _by_code(_open(server, tmp_path / "page.html", html, "html"), "IM001")
    assert missing_alt and missing_alt[0]["range"]["start"]["line"] == 2
    text = "3 Things About Tea\n\n1. Green tea\n\nIt is mild.\n\n2. Black tea\n\nIt is strong.\n"
    summary = _by_code(_open(server, tmp_path / "tea.txt", text, "plaintext"), "listicle")
    assert summary and "promises 3, found 2" in summary[0]["message"]


def test_hover_shows_the_rule_doc(server: LspClient, tmp_path: Path) -> None:
    path = tmp_path / "water.md"
    generic = _by_code(_open(server, path, ARTICLE), "LK001")[0]
    hover = server.request("textDocument/hover", {"textDocument": {"uri": path.as_uri()},
                                                  "position": generic["range"]["start"]})
    value = hover["contents"]["value"]
    assert "LK001" in value and "**Why.**" in value and "**Bad**" in value and "**Good**" in value
    nothing = server.request("textDocument/hover", {"textDocument": {"uri": path.as_uri()},
                                                    "position": {"line": 2, "character": 5}})
    assert nothing is None


def _actions(server: LspClient, path: Path, diagnostic: dict[str, Any]) -> dict[str, dict[str, Any]]:
    actions = server.request("textDocument/codeAction", {
        "textDocument": {"uri": path.as_uri()}, "range": diagnostic["range"],
        "context": {"diagnostics": [diagnostic]},
    })
    return {a["title"]: a for a in actions}


def test_code_action_fix_renumbers_the_items(server: LspClient, tmp_path: Path) -> None:
    path = tmp_path / "water.md"
    gap = _by_code(_open(server, path, ARTICLE), "LS003")[0]
    actions = _actions(server, path, gap)
    fix = next(a for t, a in actions.items() if t.startswith("Fix LS003"))
    fixed = _apply(ARTICLE, fix["edit"]["changes"][path.as_uri()])
    assert "## 2. Take shorter showers" in fixed
    assert fixed.replace("## 2. Take", "## 3. Take") == ARTICLE  # nothing else changed
    assert not _by_code(_change(server, path, fixed, 2), "LS003")


def test_code_actions_disable_on_line_and_in_file(server: LspClient, tmp_path: Path) -> None:
    path = tmp_path / "water.md"
    generic = _by_code(_open(server, path, ARTICLE), "LK001")[0]
    actions = _actions(server, path, generic)
    assert {"Disable LK001 on this line", "Disable LK001 in this file"} <= set(actions)

    line_edit = actions["Disable LK001 on this line"]["edit"]["changes"][path.as_uri()]
    on_line = _apply(ARTICLE, line_edit)
    assert "<!-- auditor-disable-next-line LK001 -->\n[" not in on_line
    assert "<!-- auditor-disable-next-line LK001 -->" in on_line
    after = _change(server, path, on_line, 2)
    assert not _by_code(after, "LK001") and _by_code(after, "LS003")

    file_edit = actions["Disable LK001 in this file"]["edit"]["changes"][path.as_uri()]
    in_file = _apply(ARTICLE, file_edit)
    assert in_file.startswith("<!-- auditor-disable LK001 -->\n# 5 Ways")
    assert not _by_code(_change(server, path, in_file, 3), "LK001")


def test_unsafe_headline_fix_is_offered_but_not_in_fix_all(server: LspClient, tmp_path: Path) -> None:
    path = tmp_path / "water.md"
    mismatch = _by_code(_open(server, path, ARTICLE), "LS001")[0]
    actions = _actions(server, path, mismatch)
    unsafe = next(a for t, a in actions.items() if t.startswith("Fix LS001"))
    assert "unsafe" in unsafe["title"]
    assert _apply(ARTICLE, unsafe["edit"]["changes"][path.as_uri()]).startswith("# 2 Ways to Save Water")


def test_unreadable_document_gets_one_diagnostic(server: LspClient, tmp_path: Path) -> None:
    broken = "---\ntitle: [unclosed\n---\n# Hello there world\n"
    diagnostics = _open(server, tmp_path / "broken.md", broken)
    assert len(diagnostics) == 1 and "invalid YAML front matter" in diagnostics[0]["message"]


def test_double_space_fix_in_text_and_html(server: LspClient, tmp_path: Path) -> None:
    text = "Seven ways to save water\n\nFix the taps first.  A slow drip wastes water.\n"
    path = tmp_path / "draft.txt"
    spaces = _by_code(_open(server, path, text, "plaintext"), "RD012")[0]
    # The range covers the words either side and the run between them: "first.  A".
    assert spaces["range"] == {"start": {"line": 2, "character": 13}, "end": {"line": 2, "character": 22}}
    fix = next(a for t, a in _actions(server, path, spaces).items() if t.startswith("Fix RD012"))
    assert _apply(text, fix["edit"]["changes"][path.as_uri()]) == text.replace("first.  A", "first. A")
    page = ('<html lang="en"><head><title>Water</title></head><body><article><h1>Seven ways to save water</h1>\n'
            "<p>Fix the taps first.&nbsp; A slow   drip wastes water.</p>\n</article></body></html>\n")
    path = tmp_path / "page.html"
    spaces = _by_code(_open(server, path, page, "html"), "RD012")[0]
    fix = next(a for t, a in _actions(server, path, spaces).items() if t.startswith("Fix RD012"))
    assert _apply(page, fix["edit"]["changes"][path.as_uri()]) == page.replace("first.&nbsp; A", "first. A")
