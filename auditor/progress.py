"""A progress bar on stderr for long batches: pages done, pages/s and ETA.

Shown only when stderr is a terminal, so logs, pipes and CI never see it and it
never mixes into machine outputs (those go to stdout or files). tqdm is imported
only when a bar is actually drawn.
"""

from __future__ import annotations

import sys
from typing import Any


def wanted(flag: bool | None) -> bool:
    """``--progress`` forces the bar, ``--no-progress`` hides it; by default it is
    shown when stderr is a terminal."""
    if flag is not None:
        return flag
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    def __init__(self, total: int | None) -> None:
        from tqdm import tqdm

        self._bar: Any = tqdm(
            total=total, unit="page", file=sys.stderr, dynamic_ncols=True, leave=False,
            mininterval=0.25, smoothing=0.1, desc="auditing",
        )

    def advance(self, n: int = 1) -> None:
        self._bar.update(n)

    def close(self) -> None:
        self._bar.close()
