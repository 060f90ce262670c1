"""Time and peak memory of one CLI run on each input shape made to hang or exhaust
auditor (issue 11): prints a table. Each shape runs in its own process, so peak RSS
is that run's alone. `python bench/bench_hostile.py [--quick]`
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WORDS = "the rebels raised flags over the square while soldiers watched and nobody knew what came next".split()


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def attribute_flood(rng: random.Random, scale: float) -> str:
    attrs = " ".join(f"data-a{i}='v{i}'" for i in range(int(400_000 * scale)))
    return f"<html><body><article><h1>A headline for the flood</h1><p {attrs}>{words(rng, 50)}</p></article></body></html>"


def directive_lines(rng: random.Random, scale: float) -> str:
    choices = ["<!-- auditor-disable LK001 -->", "<!-- auditor-enable -->", "# Heading", "- bullet", "{i}. item {i}"]
    lines = [rng.choice(choices).format(i=i) for i in range(int(40_000 * scale))]
    return "# 10 Things\n\n" + "\n".join(lines)


def big_page(rng: random.Random, scale: float) -> str:
    out = ["<html><body><article><h1>7 Things to Know About the Crisis</h1>"]
    size, i = 0, 0
    while size < 15_000_000 * scale:
        chunk = f"<div class='c{i % 50}'><p>{words(rng, 60)}.</p><a href='/x{i}'>link {i}</a></div>\n"
        out.append(chunk)
        size += len(chunk)
        i += 1
    return "".join(out) + "</article></body></html>"


def big_text(rng: random.Random, scale: float) -> str:
    paragraphs = [words(rng, 60) + "." for _ in range(int(140_000 * scale))]
    return "10 Ways to Test\n\n" + "\n\n".join(paragraphs)


def many_links(rng: random.Random, scale: float) -> str:
    links = " ".join(f"<a href='https://e{i}.example/p?q={i}'>w{i}</a>" for i in range(int(200_000 * scale)))
    return f"<html><body><article><h1>Links everywhere on one page</h1><p>{links}</p></article></body></html>"


def deep_nesting(rng: random.Random, scale: float) -> str:
    depth = int(100_000 * scale)
    return "<html><body><article><h1>Deep</h1>" + "<div>" * depth + words(rng, 100) + "</div>" * depth + "</article></body></html>"


SHAPES: list[tuple[str, str, Callable[[random.Random, float], str], list[str]]] = [
    ("400,000 attributes on one element", "html", attribute_flood, []),
    ("directive-like lines, Markdown", "md", directive_lines, []),
    ("directive-like lines, plain text", "txt", directive_lines, []),
    ("15 MB HTML page", "html", big_page, []),
    ("50 MB plain text (--max-size 100)", "txt", big_text, ["--max-size", "100"]),
    ("200,000 links", "html", many_links, []),
    ("100,000 nested divs", "html", deep_nesting, []),
]


def run(path: Path, extra: list[str]) -> tuple[float, float, str]:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "auditor.cli", "check", str(path), "--no-config", "-q", *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode() if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    outcome = "ok" if code in (0, 1) else (err.strip().splitlines() or [f"exit {code}"])[-1][-60:]
    return time.perf_counter() - started, usage.ru_maxrss / 1024, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a tenth of each size")
    args = parser.parse_args()
    scale = 0.1 if args.quick else 1.0
    rng = random.Random(11)
    print(f"{'shape':<38} {'MB':>6} {'seconds':>8} {'peak MB':>8}  outcome")
    with tempfile.TemporaryDirectory() as tmp:
        for name, ext, make, extra in SHAPES:
            path = Path(tmp) / f"shape.{ext}"
            path.write_text(make(rng, scale), encoding="utf-8")
            seconds, peak, outcome = run(path, extra)
            size = path.stat().st_size / 1e6
            print(f"{name:<38} {size:6.1f} {seconds:8.2f} {peak:8.0f}  {outcome}")


if __name__ == "__main__":
    main()
