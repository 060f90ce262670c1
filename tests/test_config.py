from __future__ import annotations

from pathlib import Path

import pytest

from auditor.config import (
    CliRuleOptions,
    Config,
    ConfigError,
    effective_rules,
    find_config,
    is_excluded,
    read_config_file,
)


def _ids(rules) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.id for r in rules}


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_upward_from_the_input(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.auditor]\nignore = ["headline"]\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    find_config.cache_clear()
    config = find_config(nested)
    assert config.source == str((tmp_path / "pyproject.toml").resolve())
    assert config.ignore == ("headline",)


def test_dotfile_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.auditor]\nprofile = "default"\n')
    _write(tmp_path / ".auditor.toml", 'profile = "strict"\n')
    find_config.cache_clear()
    assert find_config(tmp_path).profile == "strict"


def test_pyproject_without_tool_auditor_is_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    find_config.cache_clear()
    assert find_config(tmp_path).source is None


def test_ignore_by_category_id_name_and_prefix() -> None:
    everything = _ids(effective_rules(Config(), None, CliRuleOptions()))
    no_headline = effective_rules(Config(ignore=("headline",)), None, CliRuleOptions())
    assert not any(r.category == "headline" for r in no_headline)
    some = sorted(everything)[0]
    assert some not in _ids(effective_rules(Config(ignore=(some,)), None, CliRuleOptions()))
    only_ls = effective_rules(Config(select=("LS",)), None, CliRuleOptions())
    assert only_ls and all(r.id.startswith("LS") for r in only_ls)


def test_rule_settings_change_level_and_params(tmp_path: Path) -> None:
    cfg = read_config_file(
        _write(tmp_path / ".auditor.toml", '[rules.headline-length]\nlevel = "error"\nmax = 70\n')
    )
    rule = next(r for r in effective_rules(cfg, None, CliRuleOptions()) if r.name == "headline-length")
    assert rule.level == "error"
    assert rule.params["max"] == 70


def test_unknown_parameter_is_a_clear_error(tmp_path: Path) -> None:
    cfg = read_config_file(_write(tmp_path / ".auditor.toml", "[rules.HL002]\nmaxx = 70\n"))
    with pytest.raises(ConfigError, match=r'\.auditor\.toml: rules\.HL002\.maxx: unknown key \(did you mean "max"\?\)$'):
        effective_rules(cfg, None, CliRuleOptions())


def test_a_retired_parameter_says_why_it_went(tmp_path: Path) -> None:
    cfg = read_config_file(_write(tmp_path / ".auditor.toml", "[rules.MT063]\ntolerance_hours = 24\n"))
    with pytest.raises(ConfigError, match=r"rules\.MT063\.tolerance_hours: retired: MT063 no longer compares "
                                          r"dateModified with datePublished .*; delete this key$"):
        effective_rules(cfg, None, CliRuleOptions())
    # A custom pack's rule of the same check is told the same.
    from auditor.params import ParamError, resolve

    with pytest.raises(ParamError, match=r"params\.tolerance_hours: retired: "):
        resolve("structured.dates", {"tolerance_hours": 24})


def test_a_missing_rule_pack_is_named_with_the_config_that_asks_for_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"\.auditor\.toml: extend-rules: .*house-rules: rule pack not found$"):
        read_config_file(_write(tmp_path / ".auditor.toml", 'extend-rules = ["house-rules"]\n'))
    (tmp_path / "house-rules").mkdir()
    assert read_config_file(tmp_path / ".auditor.toml").extend_rules == ((tmp_path / "house-rules").resolve(),)


def test_unknown_key_and_bad_toml_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"a\.toml: colour: unknown key \(expected one of: exclude, "):
        read_config_file(_write(tmp_path / "a.toml", 'colour = "red"\n'))
    with pytest.raises(ConfigError, match="invalid TOML"):
        read_config_file(_write(tmp_path / "b.toml", "select = [\n"))


def test_unknown_selector_is_rejected() -> None:
    with pytest.raises(ConfigError, match="unknown rule"):
        effective_rules(Config(ignore=("no-such-rule",)), None, CliRuleOptions())


def test_per_path_overrides_apply_only_to_matching_files(tmp_path: Path) -> None:
    cfg = read_config_file(
        _write(
            tmp_path / ".auditor.toml",
            '[[overrides]]\npaths = ["sponsored/**"]\nignore = ["links"]\n',
        )
    )
    inside = effective_rules(cfg, tmp_path / "sponsored" / "deal.md", CliRuleOptions())
    outside = effective_rules(cfg, tmp_path / "news" / "story.md", CliRuleOptions())
    assert not any(r.category == "links" for r in inside)
    assert any(r.category == "links" for r in outside)


def test_strict_profile_raises_worst_bands_to_error() -> None:
    default = {r.id: r for r in effective_rules(Config(), None, CliRuleOptions())}
    strict = {r.id: r for r in effective_rules(Config(profile="strict"), None, CliRuleOptions())}
    raised = [i for i in default if default[i].effective_severe_level != strict[i].effective_severe_level]
    assert raised, "the strict profile changes nothing"
    assert all(strict[i].effective_severe_level == "error" for i in raised)
    # Only the worst band moves: the everyday level of every rule stays as it was.
    assert all(default[i].level == strict[i].level for i in default)
    # By default no judgement rule (a warning) has an error band: the default gate
    # does not fail good journalism.
    assert not [r.id for r in default.values() if r.level == "warning" and r.effective_severe_level == "error"
                and r.category in ("readability", "headings", "headline")]


def test_exclude_globs(tmp_path: Path) -> None:
    cfg = read_config_file(_write(tmp_path / ".auditor.toml", 'exclude = ["drafts/**"]\n'))
    assert is_excluded(tmp_path / "drafts" / "x.md", cfg)
    assert not is_excluded(tmp_path / "live" / "x.md", cfg)


def test_audience_profiles_move_readability_bands_and_combine_with_strict() -> None:
    def rd001(profile: str):  # type: ignore[no-untyped-def]
        rules = effective_rules(Config(profile=profile), None, CliRuleOptions())
        return next(r for r in rules if r.id == "RD001")

    assert (rd001("default").params["min"], rd001("default").params["severe_below"]) == (40, 30)
    assert (rd001("specialist").params["min"], rd001("specialist").params["severe_below"]) == (40, 30)
    assert rd001("plain-language").params["min"] == 70
    # Long words alone: plain language reports them, the default only with long sentences.
    assert rd001("default").params["min_words_per_sentence"] == 25
    assert rd001("plain-language").params["min_words_per_sentence"] == 0
    # The default's 5 % band over a paragraph's line does not soften a guide's 100 words.
    rd004 = {r.id: r for r in effective_rules(Config(profile="plain-language"), None, CliRuleOptions())}["RD004"]
    assert (rd004.params["max_words"], rd004.params["tolerance"]) == (100, 0)
    both = rd001("specialist,strict")
    assert both.params["min"] == 40 and both.effective_severe_level == "error"
    with pytest.raises(ConfigError, match="unknown profile 'nope'"):
        effective_rules(Config(profile="nope"), None, CliRuleOptions())


def test_profile_decides_the_level_of_a_hard_article(tmp_path: Path) -> None:
    from auditor.api import Settings, audit
    from auditor.sources import SourceOptions

    hard = "# Seven considerations\n\n" + " ".join(
        ["The multibillion-dollar infrastructure initiative, characterised by considerable geopolitical "
         "complexity, has precipitated unprecedented institutional reconsideration internationally, and "
         "administrators, confronting considerable organisational fragmentation, anticipate extraordinarily "
         "complicated negotiations."] * 8
    ) + "\n"

    def levels(profile: str) -> set[str]:
        rules = effective_rules(Config(profile=profile), None, CliRuleOptions())
        result = audit(hard.encode(), "hard.md", Settings(rules=rules, source=SourceOptions()))
        return {f.level for f in result.findings if f.rule == "RD001"}

    assert levels("default") == {"warning"}
    assert levels("strict") == {"error"}


def test_a_new_config_key_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Other features add their keys to CONFIG_KEYS; validation, defaults and the
    schema follow with no other change."""
    from auditor import config as config_mod
    from auditor.params import STR, Param
    from auditor.schema import config_schema

    monkeypatch.setitem(config_mod.CONFIG_KEYS, "cache-dir", Param(STR, None, "where the cache lives", nullable=True))
    cfg = read_config_file(_write(tmp_path / ".auditor.toml", 'cache-dir = ".cache"\n'))
    assert cfg.get("cache-dir") == ".cache"
    assert read_config_file(_write(tmp_path / "b.toml", "")).get("cache-dir") is None
    with pytest.raises(ConfigError, match=r"c\.toml: cache-dir: expected a string, got 5$"):
        read_config_file(_write(tmp_path / "c.toml", "cache-dir = 5\n"))
    assert "cache-dir" in config_schema()["properties"]
