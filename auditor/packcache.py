"""A pickled copy of the built-in rule pack, so a one-file check skips its TOML parse.

Parsing the pack's TOML files and validating every rule is ~15 % of a cold
``auditor check`` on one article (~30 ms). The copy lives in the user's cache folder
(``$XDG_CACHE_HOME/auditor``, else ``~/.cache/auditor``), keyed by everything that
shapes the loaded rules: the pack files (name, size, mtime), the code that reads them
(rulepacks.py, params.py), auditor's version and Python's. Any change gives a new key;
a missing, unreadable or unwritable copy just means the TOML is parsed as before.
``AUDITOR_PACK_CACHE=0`` turns it off.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import Any

from auditor.digests import blake2b

_CODE = ("rulepacks.py", "params.py")
_OTHERS = 4  # copies of other checkouts kept, newest first


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed meanwhile by another run
        return 0.0


def cache_folder() -> Path | None:
    if os.environ.get("AUDITOR_PACK_CACHE", "1") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "auditor"


def pack_key(files: list[Path]) -> str:
    from auditor import __version__

    digest = blake2b(digest_size=16)
    digest.update(f"{__version__}\0{sys.version}\0".encode())
    here = Path(__file__).parent
    for path in (*files, *(here / name for name in _CODE)):
        st = path.stat()
        digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
    # The checkout first: a new copy replaces its own checkout's old one, not another's.
    where = blake2b(str(here).encode("utf-8", "surrogateescape"), digest_size=6).hexdigest()
    return f"{where}-{digest.hexdigest()}"


def load(key: str) -> Any | None:
    folder = cache_folder()
    return None if folder is None else load_pickle(folder / f"pack-{key}.pickle")


def load_pickle(path: Path) -> Any | None:
    """The value kept at ``path``; None when it is missing, truncated or from another
    build (the caller parses its source again)."""
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - any unreadable copy means: parse again
        return None


def write_pickle(path: Path, value: object) -> None:
    """Keep ``value`` at ``path``: written aside and renamed, so readers see the old copy
    or the whole new one. OSError (a read-only home) is the caller's."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(temp, path)


def store(key: str, value: object) -> None:
    folder = cache_folder()
    if folder is None:
        return
    target = folder / f"pack-{key}.pickle"
    try:
        write_pickle(target, value)
        # Copies of this checkout's earlier builds go. Other checkouts sharing the folder
        # (worktrees, a CI matrix) keep theirs, up to a few: deleting each other's on
        # every run made every run parse the TOML again.
        where = key.partition("-")[0]
        others = []
        for old in folder.glob("pack-*.pickle"):
            if old == target:
                continue
            if old.name.startswith(f"pack-{where}-"):
                old.unlink(missing_ok=True)
            else:
                others.append(old)
        others.sort(key=_mtime, reverse=True)
        for old in others[_OTHERS:]:
            old.unlink(missing_ok=True)
    except OSError:
        return  # a read-only home: the next run parses the TOML again
