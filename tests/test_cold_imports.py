"""A plain one-file check imports only what it needs: the heavy optional stacks stay
out of sys.modules (a module-set assertion; cold-start timing lives in bench/)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "pages"

# Never needed to check one local article.
HEAVY = ("jinja2", "markupsafe", "httpx", "sqlalchemy", "extruct", "pygls", "docx", "tqdm", "regex",
         "charset_normalizer", "dask", "distributed", "warcio", "rich", "auditor.report", "auditor.lsp",
         "auditor.web", "auditor.sitewide.stage")
ARTICLE = """# 3 ways to water a garden

Water early in the morning, when the soil is cool and little is lost to the sun.

## 1. A watering can

Slow and careful: read [the guide](https://example.org/guide) before you start.

## 2. A hose

- fast
- easy

## 3. Drip lines

They save water all summer long.
"""


def imported(path: Path, *options: str) -> set[str]:
    code = ("import sys, runpy\nsys.argv = ['auditor', 'check', *sys.argv[1:]]\n"
            "try:\n    runpy.run_module('auditor.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print(' '.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code, str(path), "--no-config", "-q", *options],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return set(out.stdout.strip().splitlines()[-1].split())


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_plain_markdown_check_imports_no_heavy_module(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(ARTICLE, encoding="utf-8")
    modules = imported(article, "--no-cache")
    assert "auditor.engine.run" in modules  # the audit really ran in this process
    assert heavy_in(modules) == []
    assert "lxml" not in modules and "sqlite3" not in modules  # no image, no cache: neither is needed
    assert "auditor.sources.text" not in modules  # the plain-text reader (credits are read by text.credits)


def test_cached_markdown_check_adds_only_sqlite(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(ARTICLE, encoding="utf-8")
    for _ in range(2):  # a miss, then a hit
        modules = imported(article, "--cache-dir", str(tmp_path / "cache"))
        assert "sqlite3" in modules and heavy_in(modules) == []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_html_page_check_needs_lxml_but_nothing_heavier() -> None:
    page = sorted(CORPUS.glob("*.html"))[0]
    modules = imported(page, "--no-cache")
    assert "lxml.etree" in modules and heavy_in(modules) == []
    assert "auditor.sources.text" not in modules  # the plain-text reader


# What a plain-text check with no config and no history never runs: the history store,
# the TOML parser (the built-in pack comes from its pickled copy), the structured-data
# reader (plain text carries none), the WARC reader, ``statistics`` (fractions,
# decimal, random), the site stage's facts (one article has no site to compare with) and
# the fixer's edits (the summary only asks which findings are fixable), and a process
# pool's ``concurrent.futures`` (with ``logging``: one article starts no pool).
NOT_FOR_PLAIN_TEXT = ("auditor.history", "tomllib", "auditor.structured", "auditor.warc", "statistics",
                      "fractions", "auditor.sitewide", "auditor.fix.edits", "concurrent.futures", "logging",
                      "_hashlib")


def test_plain_text_check_imports_only_its_own_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    article = tmp_path / "garden.txt"
    article.write_text(ARTICLE.replace("#", ""), encoding="utf-8")
    imported(article, "--no-cache")  # the first run writes the pack's pickled copy
    modules = imported(article, "--no-cache")
    assert "auditor.engine.run" in modules and "auditor.sources.text" in modules
    assert sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_FOR_PLAIN_TEXT)) == []


# Patterns for input a plain-text check never sees (HTML markup, Markdown sniffing,
# link URLs, the TOML validator): lazy_pattern compiles them on first use, so this run
# compiles none of them.
NOT_COMPILED_FOR_PLAIN_TEXT = ("auditor.sources.spacing:_TAG", "auditor.sources.spacing:_ENTITY",
                               "auditor.sources.detect:_MD_LINK", "auditor.links.urls:_SCHEME",
                               "auditor.checks.links:_TAG_PAGE", "auditor.rulepacks:_ID", "auditor.text.syllables:_MUTE_E",
                               # letters of other scripts, CJK counts, image file names
                               "auditor.text.langid:_URDU", "auditor.structure.numbers:_KO_COUNT",
                               "auditor.checks.images:_LOGO_ALT")


def test_plain_text_check_compiles_no_pattern_for_other_input(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    article = tmp_path / "garden.txt"
    article.write_text(ARTICLE.replace("#", ""), encoding="utf-8")
    names = repr(NOT_COMPILED_FOR_PLAIN_TEXT)
    code = ("import sys, runpy, importlib\nsys.argv = ['auditor', 'check', *sys.argv[1:]]\n"
            "try:\n    runpy.run_module('auditor.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            f"for name in {names}:\n    module, attr = name.split(':')\n"
            "    lazy = getattr(importlib.import_module(module), attr)\n"
            "    print(name, 'compiled' if not callable(lazy) or lazy.cache_info().currsize else 'lazy')\n")
    for _ in range(2):  # the first run writes the pack's pickled copy
        out = subprocess.run([sys.executable, "-c", code, str(article), "--no-config", "-q", "--no-cache"],
                             capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert [line for line in out.stdout.splitlines() if line.endswith(" compiled")] == []


# Chrome vocabularies and player patterns of the HTML path that a plain page with no
# player, app promotion, follow box or page style never reaches: LazyPatterns, compiled
# on first use, so checking such a page compiles none of them.
NOT_COMPILED_FOR_PLAIN_HTML = ("auditor.sources.chrome_vocabulary:APP_PROMO_LABEL",
                               "auditor.sources.chrome_vocabulary:CHANNEL_ASK",
                               "auditor.sources.chrome_vocabulary:BYLINE_LABEL",
                               "auditor.sources.overlays:_VIDEO_LABEL", "auditor.sources.overlays:_CLIP_TIME",
                               "auditor.sources.template_pictures:_LOAD_ASK",
                               "auditor.sources.page_css:_COUNTER_CONTENT", "auditor.sources.html.meta:_SCRIPT_LANG")
HTML_ARTICLE = """<!doctype html><html lang="en"><head><title>3 ways to water a garden</title></head>
<body><article><h1>3 ways to water a garden</h1>
<p>Water early in the morning, when the soil is cool and little is lost to the sun.</p>
<h2>1. A watering can</h2><p>Slow and careful: read <a href="https://example.org/guide">the guide</a> first.</p>
<h2>2. A hose</h2><p>Fast and easy, for a big lawn on a dry summer evening.</p>
<h2>3. Drip lines</h2><p>They save water all summer long, right at the roots.</p>
</article></body></html>
"""


def test_plain_html_check_compiles_no_vocabulary_it_never_reaches(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    article = tmp_path / "garden.html"
    article.write_text(HTML_ARTICLE, encoding="utf-8")
    names = repr(NOT_COMPILED_FOR_PLAIN_HTML)
    code = ("import sys, runpy, importlib\nsys.argv = ['auditor', 'check', *sys.argv[1:]]\n"
            "try:\n    runpy.run_module('auditor.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "from auditor.text.lazyre import LazyPattern\n"
            "print('judged', 'auditor.sources.chrome' in sys.modules)\n"
            f"for name in {names}:\n    module, attr = name.split(':')\n"
            "    pattern = getattr(importlib.import_module(module), attr)\n"
            "    lazy = isinstance(pattern, LazyPattern) and 'search' not in vars(pattern)\n"
            "    print(name, 'lazy' if lazy else 'compiled')\n")
    out = subprocess.run([sys.executable, "-c", code, str(article), "--no-config", "-q", "--no-cache"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()[-len(NOT_COMPILED_FOR_PLAIN_HTML) - 1:]
    assert lines[0] == "judged True"  # the chrome judge ran on this page
    assert [line for line in lines[1:] if not line.endswith(" lazy")] == []
