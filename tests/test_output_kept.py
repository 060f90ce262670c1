"""output.kept_in_path_order: kept fragments read back in batches (the next batch
unpacked in a thread while this one is written), in path order, misses rendered and kept."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from auditor.model import FileResult
from auditor.output import kept_in_path_order


class _Results(list[FileResult]):
    def content_key(self, i: int) -> str | None:
        return None if i % 7 == 0 else f"k{i}"  # some results name no content

    def path_order(self) -> list[int]:
        return sorted(range(len(self)), key=lambda i: self[i].path)


class _Store:
    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}
        self.fetches = 0

    def fetch(self, keys: Sequence[str]) -> dict[str, bytes]:
        self.fetches += 1
        return {k: self.kept[k] for k in keys if k in self.kept}

    def unpack(self, fetched: dict[str, bytes]) -> dict[str, bytes]:
        return {k: zlib.decompress(v) for k, v in fetched.items()}

    def put(self, key: str, data: bytes) -> None:
        self.kept[key] = zlib.compress(data)


def test_kept_fragments_come_back_in_path_order_across_batches() -> None:
    results = _Results(FileResult(path=f"p{(i * 37) % 1000:04d}") for i in range(1000))
    store = _Store()
    rendered: list[str] = []

    def render(result: FileResult) -> str:
        rendered.append(result.path)
        return f"entry of {result.path} \u00e9\n"

    expected = [f"entry of {r.path} \u00e9\n".encode() for r in sorted(results, key=lambda r: r.path)]
    first = kept_in_path_order(results, store, "json", render, skip=lambda i: i == 3)
    assert first is not None
    skipped = f"entry of {results[3].path} \u00e9\n".encode()
    assert list(first) == [e for e in expected if e != skipped]
    assert len(rendered) == 999 and len(store.kept) == 999 - sum(1 for i in range(1000) if i % 7 == 0 and i != 3)

    rendered.clear()
    again = kept_in_path_order(results, store, "json", render, skip=lambda i: i == 3)
    assert again is not None
    assert list(again) == [e for e in expected if e != skipped]
    assert len(rendered) == sum(1 for i in range(1000) if i % 7 == 0 and i != 3)  # only those with no key
    assert store.fetches == 2 * 4  # 999 results, 256 per read


def test_an_abandoned_reader_stops_its_thread() -> None:
    import threading

    results = _Results(FileResult(path=f"p{i:04d}") for i in range(600))
    store = _Store()
    texts = kept_in_path_order(results, store, "json", lambda r: r.path)
    assert texts is not None
    next(texts)
    texts.close()
    assert not any(t.name.startswith("auditor-fragments") for t in threading.enumerate())
