"""Shortcuts taken for speed after parsing (perf23) give what the long way gives."""

from __future__ import annotations

import random
from pathlib import Path

from auditor.checks import readability
from auditor.model import Document, Paragraph, Sentence
from auditor.text import segment


def _sentence(text: str) -> Sentence:
    return Sentence(text=text, line=1, column=1, words=tuple(segment.words(text)), paragraph=0)


def test_deals_currency_count_shortcut_agrees_with_the_price_pattern() -> None:
    rng = random.Random(23)
    pieces = ["$", "€", "£", "¥", "14", "9", ".99", ",90", " ", "a ", "Kindle ", "19", "-"]
    texts = ["", "$1 $2", "$1 $2 $3", "1€ 2€ 3€", "$ 1 € 2 £ 3", "¥5 ¥6 ¥", "1$ 2$ 3$4", "12.5 € 4,99€ £3"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(4000)]
    for text in texts:
        slow = len(readability._PRICES().findall(text)) >= readability._PRICE_RUN
        assert readability._deals(_sentence(text)) == slow, text


def test_the_collector_is_off_during_an_audit_and_restored_after() -> None:
    import gc

    from auditor.api import audit

    seen: list[bool] = []

    def enrich(doc: Document, raw: bytes) -> Document:
        seen.append(gc.isenabled())
        return doc

    html = b"<html><body><h1>Five tips</h1><p>One. Two.</p></body></html>"
    was = gc.isenabled()
    try:
        gc.enable()
        audit(html, "a.html", enrich=enrich)
        assert seen == [False] and gc.isenabled()
        gc.disable()
        audit(html, "a.html", enrich=enrich)
        assert seen == [False, False] and not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_audits_of_real_pages_leave_no_cycles_for_the_collector(corpus_dir: Path) -> None:
    """Why the collector can be off during an audit: what an audit drops is freed by
    reference count, so no garbage waits for a collection."""
    import gc

    from auditor.api import audit

    pages = sorted(p for p in corpus_dir.iterdir() if p.is_file())[:8]
    gc.collect()
    results = [audit(p.read_bytes(), str(p)) for p in pages]
    assert all(r.error is None for r in results)
    assert gc.collect() == 0
