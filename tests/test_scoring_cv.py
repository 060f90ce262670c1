"""bench/eval/score_cv.py's measures on made-up pages: folds by site keep a site's pages
together, the nested search scores each fold with a setting chosen on the other pages,
and a term's paired comparison counts the folds it helps and hurts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from auditor.model import Document

CV = Path(__file__).resolve().parents[1] / "bench" / "eval" / "score_cv.py"


def _load():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(CV.parent))
    spec = importlib.util.spec_from_file_location("score_cv", CV)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score_cv = _load()


def _page(name: str, editor: int) -> tuple[str, int, Document, list[object], str]:
    return (name, editor, Document(path=name, format="html"), [], "corpus")


def test_site_is_read_from_the_page_name() -> None:
    assert score_cv.site("vox-delhi-air-pollution.html") == "vox"
    assert score_cv.site("de-heise-ie9-javascript.html") == "de-heise"
    assert score_cv.site("de-heise-1password-mac.html") == "de-heise"
    assert score_cv.site("fr-slate-tapie-provence.html") != score_cv.site("slate-john-m-ford.html")


def test_folds_by_site_never_split_a_site() -> None:
    pages = [_page(f"{s}-{i}.html", 50 + i) for s in ("a", "b", "c", "d", "e", "f", "g") for i in range(3)]
    tests = list(score_cv.folds(pages, 3, 4, grouped=True))
    assert len(tests) == 12
    for seed in range(4):
        shuffle = tests[3 * seed: 3 * seed + 3]
        assert sorted(p[0] for t in shuffle for p in t) == sorted(p[0] for p in pages)  # each page once
        for t in shuffle:
            sites = {score_cv.site(p[0]) for p in t}
            others = {score_cv.site(p[0]) for u in shuffle if u is not t for p in u}
            assert not sites & others
    # Random folds do split sites.
    assert any(len({score_cv.site(p[0]) for p in t}) > 1 for t in score_cv.folds(pages, 3, 1))


def test_nested_chooses_on_the_other_pages() -> None:
    pages = [_page(f"s{i}-x.html", i) for i in range(12)]
    right = {p[0]: p[1] for p in pages}  # ranks like the editor
    wrong = {p[0]: -p[1] for p in pages}  # the reverse
    tests = list(score_cv.folds(pages, 3, 2, grouped=True))
    values, chosen = score_cv.nested(pages, tests, [wrong, right])
    assert chosen == {1: 6} and all(v > 0.99 for v in values)


def test_paired_counts_folds_helped_and_hurt() -> None:
    pages = [_page(f"s{i}-x.html", i) for i in range(12)]
    good = {p[0]: p[1] for p in pages}
    bad = {p[0]: -p[1] for p in pages}
    tests = list(score_cv.folds(pages, 3, 1))
    assert score_cv.paired(tests, good, bad).endswith("helps on 3, hurts on 0 of 3 folds")
    assert score_cv.paired(tests, good, good).endswith("helps on 0, hurts on 0 of 3 folds")


def test_make_eval_shows_how_far_a_sample_of_pages_can_move_spearman() -> None:
    run_eval = sys.modules["run_eval"]
    editor = [float(x) for x in range(40)]
    close = [x + (7 if i % 3 == 0 else -5) for i, x in enumerate(editor)]
    rho = run_eval.spearman(editor, close)
    low, high = run_eval.spearman_interval(editor, close)
    assert low < rho < high and high - low > 0.02
    assert run_eval.spearman_interval(editor, close) == (low, high)  # reproducible
    assert run_eval.spearman_interval([1.0, 1.0, 1.0], [1.0, 2.0, 3.0]) is None
    # Fewer pages, a wider interval.
    low10, high10 = run_eval.spearman_interval(editor[:10], close[:10])
    assert high10 - low10 > high - low


def test_a_terms_gain_over_resampled_sites_says_when_it_is_noise() -> None:
    # Sites resampled with replacement, both models scored on each resample: a model
    # ranking like the editor beats its reverse on every resample, a model beats itself
    # on none (an interval holding 0 is a change within the noise).
    pages = [_page(f"s{i}-{j}.html", 10 * i + j) for i in range(8) for j in range(2)]
    good = {p[0]: p[1] for p in pages}
    bad = {p[0]: -p[1] for p in pages}
    low, high = score_cv.site_bootstrap(pages, good, bad, resamples=200)
    assert 1.9 < low <= high <= 2.0
    assert score_cv.site_bootstrap(pages, good, good, resamples=200) == (0.0, 0.0)
    noisy = {p[0]: p[1] + (15 if p[0].endswith("-0.html") else -15) for p in pages}
    low, high = score_cv.site_bootstrap(pages, good, noisy, resamples=200)
    assert low >= 0.0 and high > 0.0
    assert score_cv.paired([pages], good, bad, pages).split("; ")[1].startswith("sites resampled 90 %")
