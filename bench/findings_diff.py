"""Snapshot and diff auditor findings per page, to read what a parser change moved.

    python bench/findings_diff.py snap OUT.json DIR...   # write findings of every page
    python bench/findings_diff.py diff OLD.json NEW.json # print lost / new findings per page
    python bench/findings_diff.py counts SNAP.json       # findings per level

Findings are compared by (rule, message, excerpt) so a moved line is not a change;
lines are printed for reading at the page source.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path


def snap(out: str, dirs: list[str]) -> None:
    pages = sorted(str(p) for d in dirs for p in Path(d).glob("*.htm*"))
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "auditor"), "check", "--no-config", "--fail-on", "never",
         "--format", "json", "-j", "2", *pages], capture_output=True, text=True)
    data = json.loads(proc.stdout)
    result: dict[str, list[dict[str, object]]] = {}
    for f in data["files"]:
        result[Path(f["path"]).name] = [
            {k: x.get(k) for k in ("rule", "level", "line", "column", "message", "excerpt")}
            for x in f.get("findings", [])]
    Path(out).write_text(json.dumps(result, indent=0, ensure_ascii=False))


def _key(f: dict[str, object]) -> tuple[object, ...]:
    return (f["rule"], f["level"], f["message"], f["excerpt"])


def diff(old_path: str, new_path: str) -> None:
    old, new = json.loads(Path(old_path).read_text()), json.loads(Path(new_path).read_text())
    for page in sorted(set(old) | set(new)):
        a, b = Counter(map(_key, old.get(page, []))), Counter(map(_key, new.get(page, [])))
        lost, gained = a - b, b - a
        if not lost and not gained:
            continue
        print(f"== {page}: -{sum(lost.values())} +{sum(gained.values())}")
        where = {_key(f): f["line"] for f in old.get(page, [])}
        where_new = {_key(f): f["line"] for f in new.get(page, [])}
        for k, n in sorted(lost.items(), key=str):
            print(f"  - {k[1]:7} {k[0]} L{where.get(k)} x{n} {str(k[2])[:90]} | {str(k[3])[:60]}")
        for k, n in sorted(gained.items(), key=str):
            print(f"  + {k[1]:7} {k[0]} L{where_new.get(k)} x{n} {str(k[2])[:90]} | {str(k[3])[:60]}")


def counts(path: str) -> None:
    data = json.loads(Path(path).read_text())
    c = Counter(f["level"] for fs in data.values() for f in fs)
    print(path, dict(sorted(c.items())), "total", sum(c.values()))


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"snap": lambda: snap(args[0], args[1:]), "diff": lambda: diff(*args),
     "counts": lambda: counts(args[0])}[cmd]()
