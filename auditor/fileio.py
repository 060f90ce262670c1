"""Atomic file writes, shared by the CLI's outputs, baselines and the HTML report.

The bytes go to a temporary file beside the target (``.<name>.<pid>.<8 hex>.tmp``,
the shape ``auditor.report.files`` cleans up) and are moved into place with
``os.replace``: readers never see half a file, and a failed run leaves the old one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from auditor.text.lazyre import lazy_pattern

SHARED_MODE = 0o644
_BUFFER = 1 << 20  # a streamed output comes in pieces of a few KB: one write call per MB  # a new file others read: a committed baseline, a CI artefact

# Code points UTF-8 cannot carry (lone surrogates): one odd string must not lose a
# whole run's output, so every writer encodes through :func:`encode_text`.
_UNENCODABLE = lazy_pattern("[\ud800-\udfff]")


def encode_text(text: str) -> bytes:
    """``text`` as UTF-8, with any lone surrogate written as U+FFFD (never an error)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _UNENCODABLE().sub("\ufffd", text).encode("utf-8")


def write_atomic(
    path: Path, data: bytes | Iterable[bytes], *, keep_mode: bool = False, skip_unchanged: bool = False, fsync: bool = False
) -> bool:
    """Write ``data`` to ``path`` atomically; return False when nothing was written.

    ``keep_mode``: the file keeps the mode of the one it replaces, and a new file gets
    :data:`SHARED_MODE`; otherwise the umask decides, as with a plain ``open()``.
    ``skip_unchanged``: leave a file that already holds ``data`` alone (its mtime too).
    ``fsync``: flush the bytes to disk before the rename.
    """
    # Complexity ~16 on purpose: devices, FIFOs, kept modes, unchanged files and the temporary
    # file are what writing atomically means; each branch is one of them.
    if _is_special(path):
        # /dev/null, /dev/stdout, a FIFO: write through it. os.replace would swap the
        # device for a regular file (as root, /dev/null itself).
        with open(path, "wb") as fh:
            for piece in (data,) if isinstance(data, (bytes, bytearray)) else data:
                fh.write(piece)
        return True
    if skip_unchanged and isinstance(data, (bytes, bytearray)):
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                return False
        except OSError:
            pass
    mode = None
    if keep_mode:
        try:
            mode = path.stat().st_mode & 0o777
        except (FileNotFoundError, NotADirectoryError):
            mode = SHARED_MODE
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    # 0o666 lets the umask decide, like open() (mkstemp's 0600 would hide the file
    # from a web server or a teammate).
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb", buffering=_BUFFER) as fh:
            if isinstance(data, (bytes, bytearray)):
                fh.write(data)
            else:  # pieces of a large output, written as they are made
                for piece in data:
                    fh.write(piece)
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True


def _is_special(path: Path) -> bool:
    """An existing target that is not a regular file (a device, a FIFO, a socket)."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
