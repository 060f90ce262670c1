"""One defect, one finding: supersession, grouping of repeats, and the text frame."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.api import audit
from auditor.baseline import fingerprint
from auditor.cli import main
from auditor.engine.group import group_findings
from auditor.engine.supersede import outranks, resolve
from auditor.model import FileResult, Finding
from auditor.output.frame import frame_lines
from auditor.rulepacks import RulePackError, Rule, load_pack, load_rules

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "pages"


def _f(rule: str, line: int, column: int = 1, excerpt: str = "", level: str = "warning") -> Finding:
    return Finding(rule=rule, name=rule.lower(), category="images", level=level,  # type: ignore[arg-type]
                   message=f"{rule} here.", line=line, column=column, excerpt=excerpt)


def _rule(rid: str, supersedes: tuple[str, ...] = ()) -> Rule:
    return Rule(id=rid, name=rid.lower(), category="images", level="warning", check="x.y",
                message="m", supersedes=supersedes)


# --- supersede ---------------------------------------------------------------------


def test_outranking_is_transitive_and_never_self() -> None:
    order = outranks([_rule("A", ("B",)), _rule("B", ("C", "A"))])
    assert order["A"] == {"B", "C"} and order["B"] == {"C", "A"}


def test_a_higher_rule_drops_a_lower_one_on_the_same_subject_only() -> None:
    rules = [_rule("IM001", ("IM009",)), _rule("IM009")]
    findings = [_f("IM001", 5, 3, "a.jpg"), _f("IM009", 5, 3, "a.jpg"), _f("IM009", 9, 1, "b.jpg")]
    assert [(f.rule, f.line) for f in resolve(findings, rules)] == [("IM001", 5), ("IM009", 9)]


def test_same_offending_text_is_the_same_subject() -> None:
    # A long headline that is also the <title>: HL002 at the H1, HL006 at <title>.
    rules = [_rule("HL002", ("HL006",)), _rule("HL006")]
    text = "A very long headline that is also the page title"
    findings = [_f("HL002", 40, 1, text), _f("HL006", 3, 1, text)]
    assert [f.rule for f in resolve(findings, rules)] == ["HL002"]


def test_builtin_rules_declare_what_they_supersede() -> None:
    order = outranks(load_rules())
    assert {"HL003", "HL004", "HL006"} <= order["HL002"]
    assert {"IM009", "IM011", "LK016"} <= order["IM001"]
    assert "IM005" in order["IM004"] and "RD011" in order["RD003"] and "LK008" in order["LK005"]


def test_supersedes_must_be_a_list_of_ids(tmp_path: Path) -> None:
    pack = tmp_path / "house.toml"
    pack.write_text('[[rule]]\nid = "XX001"\nname = "x"\ncategory = "meta"\nlevel = "info"\n'
                    'check = "text.phrases"\nmessage = "m"\nsupersedes = "HL002"\n', encoding="utf-8")
    with pytest.raises(RulePackError, match="supersedes"):
        load_pack(pack)


def test_one_long_headline_is_one_finding() -> None:
    title = "Hunter diagnosed with bubonic plague after eating a rabbit making him the third Beijing local"
    page = f"<html lang='en'><head><title>{title}</title></head><body><h1>{title}</h1>" + \
        "<p>" + "The hunter was treated in hospital and is now recovering well. " * 20 + "</p></body></html>"
    rules = [f.rule for f in audit(page, "a.html").findings if f.category == "headline"]
    assert rules.count("HL002") == 1
    assert not {"HL003", "HL004", "HL006"} & set(rules)


# --- group --------------------------------------------------------------------------


def test_repeats_are_grouped_with_every_place_kept() -> None:
    findings = [_f("LK012", n, 2, f"h{n}", "info") for n in (30, 10, 20)] + [_f("IM001", 15, level="error")]
    grouped = group_findings(findings)
    assert [(f.rule, f.line) for f in grouped] == [("LK012", 10), ("IM001", 15)]
    lk = grouped[0]
    assert lk.message == "LK012 here. (and 2 more)"
    assert [(r.line, r.excerpt) for r in lk.related] == [(20, "h20"), (30, "h30")]
    assert grouped[1].related == () and grouped[1].message == "IM001 here."


def test_grouping_keeps_levels_apart() -> None:
    findings = [_f("RD004", 1, level="error"), _f("RD004", 2), _f("RD004", 3)]
    assert [(f.level, len(f.related)) for f in group_findings(findings)] == [("error", 0), ("warning", 1)]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not available")
def test_grouped_outputs_keep_all_locations_and_fingerprints(tmp_path: Path) -> None:
    page = CORPUS / "bgr-10-black-friday-apple-deals.html"
    result = audit(page.read_bytes(), str(page))
    atomic = [f for f in result.findings if f.rule == "LK011"]
    assert len(atomic) > 50  # 69 Amazon affiliate links without rel=sponsored
    runner = CliRunner()
    out = runner.invoke(main, ["check", str(page), "--no-config", "--format", "json"]).stdout
    [lk] = [f for f in json.loads(out)["files"][0]["findings"] if f["rule"] == "LK011"]
    assert lk["message"].endswith(f"(and {len(atomic) - 1} more)")
    assert len(lk["related"]) == len(atomic) - 1
    sarif = json.loads(runner.invoke(main, ["check", str(page), "--no-config", "--format", "sarif"]).stdout)
    [res] = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "LK011"]
    assert len(res["relatedLocations"]) == len(atomic) - 1
    github = runner.invoke(main, ["check", str(page), "--no-config", "--format", "github"]).stdout
    assert sum("LK011" in line for line in github.splitlines()) == 1
    # Baselines still count every place, so their fingerprints do not change.
    baseline = tmp_path / "b.json"
    runner.invoke(main, ["baseline", "create", str(page), "--no-config", "-o", str(baseline)])
    entries = json.loads(baseline.read_text())["findings"]
    counted = sum(e["count"] for es in entries.values() for e in es.values() if e["rule"] == "LK011")
    assert counted == len(atomic)
    # The SARIF group carries the fingerprint its first place has in the baseline.
    [path] = entries
    first = min(atomic, key=Finding.sort_key)
    assert res["partialFingerprints"]["auditor/v1"] == f"{fingerprint(path, first)}:0"


# --- frame --------------------------------------------------------------------------


def test_frame_underlines_the_excerpt_in_its_sentence() -> None:
    f = Finding(rule="RD006", name="passive-voice", category="readability", level="warning", message="m",
                line=412, column=5, excerpt="was approved",
                context="The mayor said the plan was approved by the council last week.")
    lines = frame_lines(f)
    assert lines[1] == "  412 | The mayor said the plan was approved by the council last week."
    assert lines[2] == "      |                         ^^^^^^^^^^^^"
    assert lines[1].index("was approved") == lines[2].index("^")


def test_frame_cuts_long_context_around_the_excerpt_and_lists_other_places() -> None:
    context = "word " * 60 + "TARGET here" + " tail" * 60
    f = _f("RD011", 7, excerpt="TARGET here")
    f = Finding(**{**{s: getattr(f, s) for s in Finding.__slots__}, "context": context,
                   "related": group_findings([f, _f("RD011", 9), _f("RD011", 12)])[0].related})
    lines = frame_lines(f, width=60)
    assert len(lines[1]) <= 60 + 6 and "TARGET here" in lines[1] and lines[1].count("…") == 2
    assert lines[1].index("TARGET") == lines[2].index("^")
    assert lines[3].endswith("= also at lines 9, 12")


def test_frame_is_empty_without_text_and_cli_can_turn_it_off(tmp_path: Path) -> None:
    assert frame_lines(_f("HL001", 1)) == []
    article = tmp_path / "a.md"
    article.write_text("# 7 Ways\n\n" + "The plan was approved by the council. " * 3 + "\n", encoding="utf-8")
    runner = CliRunner()
    framed = runner.invoke(main, ["check", str(article), "--no-config"]).stdout
    plain = runner.invoke(main, ["check", str(article), "--no-config", "--no-excerpt"]).stdout
    assert " | " in framed and " | " not in plain
    assert framed == runner.invoke(main, ["check", str(article), "--no-config"]).stdout  # deterministic


def test_file_result_findings_stay_ungrouped() -> None:
    page = "<h1>7 Ways</h1>" + "<img src='a.jpg'>" * 3
    result: FileResult = audit(page, "a.html")
    assert sum(1 for f in result.findings if f.rule == "IM001") == 3


# --- re-levelled rules --------------------------------------------------------------


def test_im009_skips_linked_small_and_logo_images_but_not_photos() -> None:
    from auditor.model import Document, Image, Link
    from rulekit import rule_hits

    images = (
        Image("https://x.org/product.jpg", "AirPods", 10, 5),  # inside a link: a product shot
        Image("https://x.org/BenRomano-100x100.jpg", "Ben Romano", 20),  # an avatar by its size
        Image("https://x.org/site-logo.png", "Example News", 30),
        Image("https://x.org/protest.jpg", "Protesters in Quetta", 40, width="1200", height="800",
              caption="Protesters march in Quetta on Friday."),
        Image("https://x.org/march.jpg", "A march", 50, credit="Photo: Jane Doe/Reuters"),
    )
    links = (Link("https://amazon.com/dp/1", "", 10, 1, has_image=True),)
    doc = Document(path="a.html", format="html", images=images, links=links)
    assert [h.line for h in rule_hits("IM009", doc)] == [40]


def test_hl003_measures_the_headline_only_when_there_is_no_title() -> None:
    from auditor.model import Document, Meta
    from rulekit import rule_hits

    wide = "WHY MOST WORKERS WANT WIDER WINDOWS IN MODERN OFFICES TODAY AND TOMORROW"
    assert len(rule_hits("HL003", Document(path="a.md", format="markdown", headline=wide))) == 1
    titled = Document(path="a.html", format="html", headline=wide, meta=Meta(title="Wider windows"))
    assert rule_hits("HL003", titled) == []


def test_default_rule_levels_follow_the_contract() -> None:
    rules = {r.id: r for r in load_rules()}
    for rid in ("LK008", "IM011", "MT007", "RD007", "RD010", "IM009"):
        assert not rules[rid].enabled and "Off by default" in rules[rid].doc.why, rid
    assert rules["IM009"].level == "info" and rules["RD008"].level == "info"


def test_im009_is_on_in_the_strict_profile() -> None:
    # Credits are a desk's standard, not a defect of most pages (judged by reading).
    from auditor.config import Config, effective_rules
    from auditor.config import CliRuleOptions

    strict = {r.id: r for r in effective_rules(Config(profile="strict"), None, CliRuleOptions())}
    default = {r.id for r in effective_rules(Config(), None, CliRuleOptions())}
    assert "IM009" in strict and "IM009" not in default


def test_hl002_counts_cjk_characters_as_wide() -> None:
    from auditor.model import Document
    from rulekit import rule_hits

    zh = "宇航员在太空中喝酒会怎么样？后果很严重"  # 19 characters, a full headline
    assert rule_hits("HL002", Document(path="a.md", format="markdown", headline=zh)) == []


def test_hl006_strips_stacked_site_suffixes() -> None:
    from auditor.checks.headline import _without_site_suffix

    assert _without_site_suffix("Roof Convicted Of Church Massacre : The Two-Way : NPR") == "Roof Convicted Of Church Massacre"
    assert _without_site_suffix("Zimbabwe coup: Mugabe insists he stays") == "Zimbabwe coup: Mugabe insists he stays"
    # A full-width colon or bar before a short site name, as Japanese titles write it.
    assert _without_site_suffix("メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル") == \
        "メディア芸術祭賞、「チコちゃんに叱られる！」が受賞"
    assert _without_site_suffix("米朝首脳直通電話 習氏に挑むトランプ戦術の成否 ｜ 日本経済新聞") == "米朝首脳直通電話 習氏に挑むトランプ戦術の成否"
    long_half = "Intel NUCで最新SSDを比較してみた：さらば平成、さらば水冷、いくぜNUC（1/2 ページ）"
    assert _without_site_suffix(long_half) == long_half  # the headline's own second half


def test_im001_leaves_video_posters_and_lk006_compose_mailto_alone() -> None:
    from auditor.model import Document, Image, Link
    from rulekit import rule_hits

    images = (Image("//img.youtube.com/vi/jp6fehm-la0/hqdefault.jpg", None, 3),
              Image("https://x.org/protest.jpg", None, 9))
    assert [h.line for h in rule_hits("IM001", Document(path="a.html", format="html", images=images))] == [9]
    links = (Link("mailto:?subject=Read%20this&body=https%3A%2F%2Fx.org", "", 4), Link("mailto:", "Mail us", 6))
    assert [h.line for h in rule_hits("LK006", Document(path="a.html", format="html", links=links))] == [6]


def test_im012_leaves_a_lazy_slot_with_a_noscript_copy_alone() -> None:
    from auditor.model import Document, Image
    from rulekit import rule_hits

    images = (Image(None, "", 5), Image("https://x.org/a.jpg", "", 5, lazy=True), Image(None, "A photo", 40))
    assert [h.line for h in rule_hits("IM012", Document(path="a.html", format="html", images=images))] == [40]


def test_im007_counts_responsive_copies_as_one_picture() -> None:
    from auditor.model import Document, Image
    from rulekit import rule_hits

    same = (Image("https://x.org/lede-1020x640.jpg", "The headset on display", 3),
            Image("https://x.org/lede-300x200.jpg", "The headset on display", 9))
    assert rule_hits("IM007", Document(path="a.html", format="html", images=same)) == []
    two = (Image("https://x.org/ssd-1.jpg", "Western Digital SSD", 3), Image("https://x.org/ssd-2.jpg", "Western Digital SSD", 9))
    assert len(rule_hits("IM007", Document(path="a.html", format="html", images=two))) == 1
