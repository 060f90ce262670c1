"""Pyphen's hyphenation patterns of a language, parsed once per machine, not per process.

pyphen parses a language's ``hyph_*.dic`` the first time a process hyphenates in it:
12 ms for French, 28 ms for Spanish, 62 ms for Dutch, paid again by every one-article
check and every worker process. Its parsed dictionary is kept pickled in auditor's
cache folder (the one of :mod:`auditor.packcache`; ``AUDITOR_PACK_CACHE=0`` turns both
off), keyed by the file (size, mtime), pyphen's version and Python's, and handed to
pyphen's own per-process cache; unpickling takes 1–9 ms. A missing, unreadable or
unwritable copy just means pyphen parses the file as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any


def hyphenator(lang: str) -> Any | None:
    """``pyphen.Pyphen`` for ``lang`` (None when pyphen has no patterns for it)."""
    import pyphen

    name = pyphen.language_fallback(lang)
    if not name:
        return None
    path = pyphen.LANGUAGES[name]
    if path not in pyphen.hdcache:
        pyphen.hdcache[path] = _patterns(Path(path), name)
    return pyphen.Pyphen(lang=name)


def _copy_path(dic: Path, name: str) -> Path | None:
    from auditor.packcache import cache_folder

    folder = cache_folder()
    if folder is None:
        return None
    try:
        st = dic.stat()
    except OSError:
        return None
    import pyphen

    where = hashlib.blake2b(str(dic).encode("utf-8", "surrogateescape"), digest_size=6).hexdigest()
    state = hashlib.blake2b(f"{pyphen.__version__}\0{sys.version}\0{st.st_size}\0{st.st_mtime_ns}".encode(),
                            digest_size=8).hexdigest()
    return folder / f"hyph-{name}-{where}-{state}.pickle"


def _patterns(dic: Path, name: str) -> Any:
    """pyphen's ``HyphDict`` of ``dic``: the pickled copy, else parsed (and kept)."""
    import pyphen

    copy = _copy_path(dic, name)
    if copy is not None:
        try:
            kept = pickle.loads(copy.read_bytes())
            if isinstance(kept, pyphen.HyphDict):
                return kept
        except Exception:  # noqa: BLE001 - missing, truncated or from another build: parse
            pass
    parsed = pyphen.HyphDict(dic)
    if copy is not None:
        _store(copy, parsed)
    return parsed


def _store(copy: Path, parsed: Any) -> None:
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        temp = copy.with_name(f"{copy.name}.{os.getpid()}.tmp")
        temp.write_bytes(pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temp, copy)  # readers see no copy or the whole one
        # The same file's copies from earlier pyphen or Python builds go.
        stem = copy.name.rsplit("-", 1)[0]
        for old in copy.parent.glob(f"{stem}-*.pickle"):
            if old != copy:
                old.unlink(missing_ok=True)
    except OSError:
        return  # a read-only home: the next process parses the file again
