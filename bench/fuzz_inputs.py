"""Mutation fuzzing of the parsers and rules: no input may crash auditor.

Mutates corpus pages, examples and the seed (truncate, splice random bytes, cut,
shuffle lines, take a window, random markup soup), parses each under a random
extension and runs every rule. Prints the distinct crash sites found, then a line
with the counts. `python bench/fuzz_inputs.py --seconds 300 --seed 23`
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def mutate(rng: random.Random, data: bytes) -> bytes:
    op = rng.randrange(6)
    if op == 0:
        return data[: rng.randrange(len(data))]
    if op == 1:
        at = rng.randrange(len(data))
        return data[:at] + bytes(rng.randrange(1, 256) for _ in range(20)) + data[at:]
    if op == 2:
        a, b = sorted((rng.randrange(len(data)), rng.randrange(len(data))))
        return data[:a] + data[b:]
    if op == 3:
        lines = data.split(b"\n")
        rng.shuffle(lines)
        return b"\n".join(lines[:200])
    if op == 4:
        at = rng.randrange(len(data))
        return data[at : at + 3000]
    return bytes(rng.choice(b'<>/ap h1#-*1.\n\t"=x!') for _ in range(rng.randrange(2000)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=23)
    args = parser.parse_args()

    from auditor.api import default_settings
    from auditor.engine.run import run_rules
    from auditor.sources import SourceError, SourceOptions
    from auditor.sources.load import load

    shared = ROOT.parent / "shared"
    files = [*sorted((shared / "corpus" / "pages").glob("*.html")), *sorted((ROOT / "examples").glob("*/*.*"))]
    files += [p for p in (shared / "seed").glob("*.txt")]
    inputs = [p.read_bytes() for p in files if p.suffix != ".md" or p.name != "README.md"]
    rules = default_settings().rules
    rng = random.Random(args.seed)
    crashes: dict[tuple[str, str, int], str] = {}
    runs = 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        data = mutate(rng, rng.choice(inputs))
        name = "fuzz" + rng.choice([".html", ".md", ".txt", ".dat"])
        runs += 1
        try:
            run_rules(load(data, name, SourceOptions()), rules)
        except SourceError:
            pass  # a clean refusal ("binary file", "invalid YAML front matter") is fine
        except Exception as exc:  # noqa: BLE001 - what we are looking for
            frames = [f for f in traceback.extract_tb(exc.__traceback__) if "auditor" in f.filename]
            where = frames[-1] if frames else None
            key = (type(exc).__name__, where.filename if where else "?", where.lineno if where else 0)
            crashes.setdefault(key, f"{exc}"[:120])
    for (kind, filename, line), message in sorted(crashes.items()):
        print(f"{kind:<14} {Path(filename).relative_to(ROOT) if ROOT in Path(filename).parents else filename}:{line}  {message}")
    print(f"{runs} inputs in {args.seconds:.0f} s, {len(crashes)} distinct crash sites")
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
