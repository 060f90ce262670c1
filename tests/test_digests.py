"""auditor.digests gives hashlib's digests, whichever module computes them."""

from __future__ import annotations

import hashlib

import pytest

from auditor import digests


@pytest.mark.parametrize("data", [b"", b"abc", "Ünïcode ✓".encode(), bytes(range(256)) * 300])
def test_sha256_equals_hashlib(data: bytes) -> None:
    assert digests.sha256_hexdigest(data) == hashlib.sha256(data).hexdigest()
    assert digests.sha1_hexdigest(data) == hashlib.sha1(data).hexdigest()


def test_sha256_past_the_builtin_budget_still_equals_hashlib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(digests, "_left", 10)
    data = b"x" * 64  # over what is left: OpenSSL's sha256
    assert digests.sha256_hexdigest(data) == hashlib.sha256(data).hexdigest()
    assert digests.sha1_hexdigest(data) == hashlib.sha1(data).hexdigest()
    assert digests._left == 10


def test_blake2b_equals_hashlib() -> None:
    ours = digests.blake2b(digest_size=20)
    theirs = hashlib.blake2b(digest_size=20)
    for part in (b"a", b"bc" * 1000):
        ours.update(part)
        theirs.update(part)
    assert ours.hexdigest() == theirs.hexdigest()
    assert digests.blake2b(b"key", digest_size=6).hexdigest() == hashlib.blake2b(b"key", digest_size=6).hexdigest()
