"""auditor.checks.excerpt: a long text is flattened from its head, with the same result
as flattening all of it."""

from __future__ import annotations

import random

from auditor.checks import excerpt


def _whole(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def test_long_paragraph_cut_like_the_whole_text() -> None:
    text = "Word  after\n\tword, " * 200
    assert excerpt(text, 80) == _whole(text, 80)
    assert excerpt(text, 80).endswith("…") and len(excerpt(text, 80)) <= 80


def test_head_of_spaces_falls_back_to_the_whole_text() -> None:
    text = " " * 500 + "the story starts here"
    assert excerpt(text, 80) == "the story starts here"
    text = "a" + "\n" * 400 + " b" * 100
    assert excerpt(text, 80) == _whole(text, 80)


def test_random_texts_agree_with_flattening_everything() -> None:
    rnd = random.Random(7)
    alphabet = "ab cd\n\t\u00a0\u2009 xyz é"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 600)))
        limit = rnd.choice([1, 2, 5, 30, 60, 80, 240])
        assert excerpt(text, limit) == _whole(text, limit)
