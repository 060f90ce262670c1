"""Property-based fuzzing of configuration, rule packs and Markdown front matter.

The same properties as tests/test_fuzz_config.py (any config is a Config or a
one-line error; any pack rule loads or is a one-line error; any front matter gives a
result that serialises), run for longer. Prints each falsifying example, then a line
with the counts. `python bench/fuzz_config.py --examples 5000`
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=2000)
    args = parser.parse_args()

    from hypothesis import HealthCheck, given, settings

    import fuzzkit

    runs = {
        "config": (fuzzkit.config_table, fuzzkit.check_config),
        "pack rule": (fuzzkit.pack_rule, fuzzkit.check_pack_rule),
        "front matter": (fuzzkit.front_matter(), fuzzkit.check_front_matter),
    }
    failed = 0
    for name, (strategy, prop) in runs.items():
        run = settings(max_examples=args.examples, deadline=None, database=None,
                       suppress_health_check=list(HealthCheck))(given(strategy)(prop))
        try:
            run()
            print(f"{name:<13} ok ({args.examples} examples)")
        except Exception:  # noqa: BLE001 - print the falsifying example and go on
            failed += 1
            print(f"{name:<13} FAILED")
            traceback.print_exc()
    print(f"{len(runs) - failed} of {len(runs)} properties held")
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
