"""bench/eval/run_eval.py on a tiny fixture of its own: matching judgements to findings, and the statistics.

No thresholds on auditor's quality here: the fixture's "auditor output" is written below, so these tests show
that the matcher, the precision and gate counts, the listicle accuracy and Spearman compute what they claim.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "bench" / "eval" / "run_eval.py"


def _load():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("run_eval", EVAL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["run_eval"] = module
    spec.loader.exec_module(module)
    return module


run_eval = _load()

FINDINGS = """\
# judged findings of the fixture
id\tpage\tcorpus\tsplit\trule\tlevel\tline\texcerpt\tverdict\treason\tmessage
1\ta.html\tcorpus\ttuning\tIM001\terror\t10\thttps://x.test/photo.jpg\tright\tin-article photo\tm
2\ta.html\tcorpus\ttuning\tLK004\terror\t20\tjavascript:;\twrong\tshare button\tm
3\ta.html\tcorpus\ttuning\tLK008\twarning\t30\thttps://out.test/\twrong\tbrowsers imply noopener\tm
4\ta.html\tcorpus\ttuning\tMT004\terror\t1\t\tright\tno lang\tm
5\tb.html\tcorpus\ttuning\tRD003\twarning\t5\ta long sentence that goes on and on\tnoise\tfine\tm
6\tb.html\tcorpus\ttuning\tLK012\tinfo\t70\tsecond heading link\tright\tin the article\tm
7\tc.html\tcorpus-more\tholdout\tLS001\terror\t3\t7 ways to test\tright\tsix items\tm
8\tc.html\tcorpus-more\tholdout\tHL002\twarning\t3\t7 ways to test\tright\tshort\tm
9\tb.html\tcorpus\ttuning\tHD005\twarning\t40\ta heading that runs on far too long\tright\tlong\tm
"""

LISTICLES = """\
page\tcorpus\tsplit\theadline\tnumber\tpromised\tpromise\titems\tnumbering\tverdict\tnotes
a.html\tcorpus\ttuning\tNews of the day\t\t\tno\t\tnone\tnot-a-listicle\t
b.html\tcorpus\ttuning\tThree cases diagnosed\t3\t\tno\t\tnone\tnot-a-listicle\tnews
c.html\tcorpus-more\tholdout\t7 ways to test\t7\t7\tyes\t6\t1..N\tmismatch\tsix items
"""

SCORES = """\
page\tcorpus\tsplit\tscore\treason
a.html\tcorpus\ttuning\t90\tgood
b.html\tcorpus\ttuning\t40\tpoor
c.html\tcorpus-more\tholdout\t60\tso-so
"""


def _finding(rule: str, level: str, line: int, excerpt: str, **extra: object) -> dict[str, object]:
    return {"rule": rule, "level": level, "line": line, "column": 1, "excerpt": excerpt, "message": "m", **extra}


RESULTS = {
    "files": [
        {"path": "/x/a.html", "score": 80, "metrics": {"headline_number": None, "list_items": 0},
         "findings": [
             # moved from line 10 to 12 and its excerpt now ends with an ellipsis: still judgement 1
             _finding("IM001", "error", 12, "https://x.test/photo.jpg…"),
             # the same javascript: excerpt twice; one judgement covers only the nearer one
             _finding("LK004", "error", 21, "javascript:;"),
             _finding("LK004", "error", 90, "javascript:;"),
             _finding("MT004", "error", 1, ""),
             # judgement 3 (LK008) is gone: it was wrong, so nothing right is lost
         ]},
        {"path": "/x/b.html", "score": 70, "metrics": {"headline_number": 3, "list_items": 0},
         "findings": [
             # reworded excerpt, but the only RD003 on the page and the only RD003 judgement
             _finding("RD003", "warning", 6, "A long sentence, reworded by a newer auditor"),
             # a grouped finding: judgement 6 sits in its related locations
             _finding("LK012", "info", 50, "first heading link",
                      related=[{"line": 70, "excerpt": "Second heading link"}, {"line": 90, "excerpt": "third"}]),
             # a newer auditor prints a code frame around the excerpt: still judgement 9
             _finding("HD005", "warning", 41, "39 | <p>The paragraph before it, quoted in full by the frame.</p>\n"
                                               "40 | <h2>A heading that runs on far too long</h2>"),
             _finding("LS002", "warning", 2, "three cases diagnosed"),
         ]},
        {"path": "/x/c.html", "score": 75, "listicle": {"promise": True, "promised": 7, "items": 6},
         "findings": [_finding("LS001", "error", 3, "7 ways to test")]},
        # HL002 (judged right) no longer fires on c.html: a right finding lost
    ]
}


@pytest.fixture()
def fixture_dirs(tmp_path: Path) -> tuple[Path, Path]:
    truth = tmp_path / "truth"
    truth.mkdir()
    (truth / "findings.tsv").write_text(FINDINGS, encoding="utf-8")
    (truth / "listicles.tsv").write_text(LISTICLES, encoding="utf-8")
    (truth / "scores.tsv").write_text(SCORES, encoding="utf-8")
    (truth / "holdout.txt").write_text("# never tuned on\nc.html\n", encoding="utf-8")
    results = tmp_path / "results"
    results.mkdir()
    (results / "run.json").write_text(json.dumps(RESULTS), encoding="utf-8")
    return truth, results


def test_matcher_pairs_one_to_one_and_survives_moves_rewording_and_grouping(fixture_dirs: tuple[Path, Path]) -> None:
    truth_dir, results_dir = fixture_dirs
    truth = run_eval.load_truth(truth_dir)
    results = run_eval.read_results(results_dir)
    matched, used = run_eval.match_findings(results, truth.findings)
    by_rule = {(m.page, m.rule, m.judgement_ids): m.verdict for m in matched}
    assert by_rule[("a.html", "IM001", ("1",))] == "right"
    assert by_rule[("a.html", "LK004", ("2",))] == "wrong"
    assert by_rule[("a.html", "LK004", ())] is None  # the second javascript: link was never judged
    assert by_rule[("b.html", "RD003", ("5",))] == "noise"
    assert by_rule[("b.html", "LK012", ("6",))] == "right"
    assert by_rule[("b.html", "LS002", ())] is None
    assert by_rule[("b.html", "HD005", ("9",))] == "right"
    assert used == {"1", "2", "4", "5", "6", "7", "9"}


def test_report_counts_precision_gate_listicles_and_lost_finds(fixture_dirs: tuple[Path, Path]) -> None:
    truth_dir, results_dir = fixture_dirs
    report = run_eval.evaluate(run_eval.load_truth(truth_dir), run_eval.read_results(results_dir))
    tuning, holdout = report["tuning"], report["holdout"]
    assert tuning["pages"] == 2 and holdout["pages"] == 1
    errors = tuning["levels"]["error"]
    counts = (errors["emitted"], errors["judged"], errors["right"], errors["wrong"], errors["unjudged"])
    assert counts == (4, 3, 2, 1, 1)
    assert errors["precision"] == pytest.approx(2 / 3)
    # weighted by volume: IM001 1×1.0, LK004 2×0.0, MT004 1×1.0 -> 2/4
    assert errors["weighted_precision"] == pytest.approx(0.5)
    assert tuning["levels"]["warning"]["unjudged"] == 1 and tuning["levels"]["warning"]["noise"] == 1
    assert tuning["levels"]["warning"]["right"] == 1
    assert tuning["rules"]["LK004"] == {"level": "error", "emitted": 2, "judged": 1, "right": 0, "wrong": 1, "noise": 0}
    assert tuning["right_lost"] == [] and holdout["right_lost"] == ["8"]
    assert tuning["gate"]["failing"] == 1 and tuning["gate"]["with_right_error"] == 1
    lists_t, lists_h = tuning["listicles"], holdout["listicles"]
    assert lists_t["promise"] == (1, 2)  # b.html's "Three cases" news headline is read as a promise
    assert lists_t["news_told_list"] == (1, 1)  # …and told its list is missing (LS002)
    assert lists_t["nonlist_told_missing"] == (1, 2)
    assert lists_h["promise"] == (1, 1) and lists_h["number"] == (1, 1)
    assert lists_h["items"] == (1, 1) and lists_h["items_promised"] == (1, 1) and lists_h["verdict"] == (1, 1)
    assert tuning["score"]["n"] == 2 and holdout["score"]["n"] == 1


def test_spearman_handles_ties_and_degenerate_input() -> None:
    assert run_eval.spearman([1, 2, 3, 4, 5], [10, 20, 30, 40, 50]) == pytest.approx(1.0)
    assert run_eval.spearman([1, 2, 3, 4, 5], [50, 40, 30, 20, 10]) == pytest.approx(-1.0)
    # ys ranks with a tie: [1, 2, 3.5, 5, 3.5] -> rho = 8 / sqrt(10 * 9.5)
    assert run_eval.spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) == pytest.approx(8 / (95 ** 0.5))
    assert run_eval.spearman([1, 2], [2, 1]) is None
    assert run_eval.spearman([1, 1, 1], [1, 2, 3]) is None


def test_cli_prints_one_table_and_writes_json(fixture_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    truth_dir, results_dir = fixture_dirs
    out = tmp_path / "eval.json"
    proc = subprocess.run([sys.executable, str(EVAL), "--truth", str(truth_dir), "--results", str(results_dir),
                           "--json", str(out)], capture_output=True, text=True, check=True)
    assert "PRECISION BY LEVEL" in proc.stdout and "holdout" in proc.stdout.splitlines()[0]
    assert "67% (2/3) of 4, 1 unjudged" in proc.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["holdout"]["listicles"]["verdict"] == [1, 1]


def test_tuning_only_prints_and_saves_nothing_held_out(fixture_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    truth_dir, results_dir = fixture_dirs
    saved = tmp_path / "saved.json"
    subprocess.run([sys.executable, str(EVAL), "--truth", str(truth_dir), "--results", str(results_dir),
                    "--json", str(saved)], capture_output=True, text=True, check=True)
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["holdout"]["levels"]["error"]["precision"] = 0.25  # a held-out change must not be shown
    (truth_dir / "baseline.json").write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "tuning.json"
    proc = subprocess.run([sys.executable, str(EVAL), "--truth", str(truth_dir), "--results", str(results_dir),
                           "--tuning-only", "--details", "--json", str(out)], capture_output=True, text=True, check=True)
    assert "PRECISION BY LEVEL" in proc.stdout and "67% (2/3) of 4, 1 unjudged" in proc.stdout
    assert "holdout" not in proc.stdout
    assert "holdout" not in json.loads(out.read_text(encoding="utf-8"))


def test_change_against_a_saved_baseline(fixture_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    truth_dir, results_dir = fixture_dirs
    saved = tmp_path / "saved.json"
    subprocess.run([sys.executable, str(EVAL), "--truth", str(truth_dir), "--results", str(results_dir),
                    "--json", str(saved)], capture_output=True, text=True, check=True)
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["tuning"]["levels"]["error"]["precision"] = 0.25
    (truth_dir / "baseline.json").write_text(json.dumps(data), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(EVAL), "--truth", str(truth_dir), "--results", str(results_dir)],
                          capture_output=True, text=True, check=True)
    change = proc.stdout.split("CHANGE VS BASELINE", 1)[1]
    assert "tuning error precision" in change and "25% -> 67%" in change
    assert "holdout" not in change.split("\n", 1)[1]  # nothing else moved


def test_by_language_counts_tuning_pages_only(fixture_dirs: tuple[Path, Path]) -> None:
    truth_dir, results_dir = fixture_dirs
    truth = run_eval.load_truth(truth_dir)
    results = run_eval.read_results(results_dir)
    # c.html is a holdout page: even given a language it is never counted or shown.
    table = run_eval.by_language(truth, results, {"a.html": "en", "b.html": "de", "c.html": "fr"})
    assert set(table) == {"en", "de", "not en"}
    assert table["en"]["pages"] == 1 and table["de"]["pages"] == 1 and table["not en"]["pages"] == 1
    assert table["en"]["error"] == {"emitted": 4, "judged": 3, "right": 2, "wrong": 1, "noise": 0}
    assert table["de"]["warning"]["right"] == 1 and table["de"]["warning"]["noise"] == 1
    assert "fr" not in run_eval.render_by_language(table)


def test_misses_by_language_and_rule_count_tuning_pages_only(fixture_dirs: tuple[Path, Path]) -> None:
    truth_dir, results_dir = fixture_dirs
    truth = run_eval.load_truth(truth_dir)
    results = run_eval.read_results(results_dir)
    rows = run_eval.misses_by_language(truth, results, {"a.html": "en", "b.html": "de", "c.html": "fr"}, least=1)
    assert {r[0] for r in rows} <= {"en", "de"}  # c.html is a holdout page
    assert sum(w + n for _, _, w, n in rows) == 2  # en's wrong error and de's noise warning
    assert [(lang, w, n) for lang, _, w, n in rows] == [("de", 0, 1), ("en", 1, 0)]
    assert "fr" not in run_eval.render_misses(rows)
