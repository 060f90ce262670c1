"""sha256, sha1 and blake2b without loading OpenSSL when a run hashes little.

``import hashlib`` loads OpenSSL's ``_hashlib`` (~4 ms idle, up to 13 ms on a busy
machine), a large share of a cold ``auditor check`` of one article that hashes a few
kilobytes. CPython's builtin modules give the same digests for ~0.4 ms: ``_blake2`` is
what ``hashlib.blake2b`` is anyway, ``_sha256`` (``_sha2`` from 3.12) and ``_sha1`` are
the reference sha256 and sha1. OpenSSL's sha256 is ~5x faster per byte (SHA-NI), so a
process switches to it once it has hashed a mebibyte: a batch pays the load once, early.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

try:
    from _blake2 import blake2b
except ImportError:  # a build without the builtin module
    from hashlib import blake2b


def _builtin(modules: tuple[str, ...], name: str) -> Callable[[bytes], Any] | None:
    for module in modules:
        try:
            return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    return None


_BUILTINS = {
    "sha256": _builtin(("_sha256", "_sha2"), "sha256"),  # Python 3.11, then 3.12+
    "sha1": _builtin(("_sha1",), "sha1"),
}

__all__ = ["blake2b", "sha1_hexdigest", "sha256_hexdigest"]

_BUILTIN_BYTES = 1 << 20  # what the builtins hash before OpenSSL's pays its load
_left = _BUILTIN_BYTES


def _hexdigest(name: str, data: bytes) -> str:
    global _left
    builtin = _BUILTINS[name]
    if builtin is not None and len(data) <= _left:
        _left -= len(data)
        return str(builtin(data).hexdigest())
    import hashlib

    return hashlib.new(name, data, usedforsecurity=False).hexdigest()  # names, not security


def sha256_hexdigest(data: bytes) -> str:
    """``hashlib.sha256(data).hexdigest()``."""
    return _hexdigest("sha256", data)


def sha1_hexdigest(data: bytes) -> str:
    """``hashlib.sha1(data).hexdigest()`` (a name, not a security check)."""
    return _hexdigest("sha1", data)
