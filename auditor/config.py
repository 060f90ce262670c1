"""Configuration: ``[tool.auditor]`` in ``pyproject.toml`` or a ``.auditor.toml``.

Found upward from each input file (the nearest wins, ``.auditor.toml`` before
``pyproject.toml`` in the same folder), the way ruff finds ``[tool.ruff]``::

    [tool.auditor]
    profile = "strict"                 # rules/profiles/strict.toml; several: "specialist,strict"
    select = ["ALL"]                   # ids, names, categories or id prefixes
    ignore = ["HL004", "image-missing-dimensions"]
    extend-rules = ["house-rules"]     # folders of extra [[rule]] packs
    exclude = ["drafts/archive/**"]    # gitignore-style, relative to this file
    fail-on = "error"
    min-score = 70
    site-url = "https://news.example.com"
    lang = "en"

    [tool.auditor.rules.HL002]         # by id or name: level, severe_level,
    max = 70                           # enabled, message, or any parameter

    [[tool.auditor.overrides]]         # per-path, globs relative to this file
    paths = ["sponsored/**"]
    ignore = ["LK011"]
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from auditor.errors import UserError
from auditor.model import CATEGORIES, LEVELS
from auditor.rulepacks import Rule, RulePackError, apply_override, load_profile, load_rules


class ConfigError(UserError, ValueError):
    """A configuration that cannot be used; the message names the file."""


@dataclass(frozen=True, slots=True)
class Override:
    paths: tuple[str, ...]
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Config:
    root: Path | None = None  # folder of the config file: globs are relative to it
    source: str | None = None  # the file it came from, None for defaults
    profile: str = "default"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_rules: tuple[Path, ...] = ()
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    overrides: tuple[Override, ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: str = "error"
    min_score: int | None = None
    site_url: str | None = None
    lang: str | None = None
    selector: str | None = None
    rule_docs_url: str | None = None  # where SARIF help links point: "{id}" and "{name}" filled
    https_hosts: tuple[str, ...] = ()  # hosts whose http:// links --fix turns into https://


_KEYS = {
    "profile", "select", "ignore", "extend-rules", "rules", "overrides", "exclude",
    "fail-on", "min-score", "site-url", "lang", "selector", "rule-docs-url",
    "https-hosts",
}


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where}: {key!r} must be a string or a list of strings")


def _rule_tables(value: Any, where: str) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ConfigError(f"{where}: 'rules' must hold [rules.ID] tables")
    return value


def parse_config(table: Mapping[str, Any], source: Path) -> Config:
    """A :class:`Config` from the ``[tool.auditor]`` table found in ``source``."""
    where = str(source)
    unknown = set(table) - _KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown [tool.auditor] keys: {', '.join(sorted(unknown))}")
    fail_on = table.get("fail-on", "error")
    if fail_on not in LEVELS:
        raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(LEVELS)}")
    min_score = table.get("min-score")
    if min_score is not None and not (isinstance(min_score, int) and 0 <= min_score <= 100):
        raise ConfigError(f"{where}: 'min-score' must be an integer from 0 to 100")
    overrides = []
    for entry in table.get("overrides", []):
        if not isinstance(entry, dict) or "paths" not in entry:
            raise ConfigError(f"{where}: each [[overrides]] table needs 'paths'")
        extra = set(entry) - {"paths", "select", "ignore", "rules"}
        if extra:
            raise ConfigError(f"{where}: unknown [[overrides]] keys: {', '.join(sorted(extra))}")
        overrides.append(
            Override(
                paths=_strings(entry["paths"], "paths", where),
                select=_strings(entry.get("select", []), "select", where),
                ignore=_strings(entry.get("ignore", []), "ignore", where),
                rules=_rule_tables(entry.get("rules", {}), where),
            )
        )
    root = source.parent
    return Config(
        root=root,
        source=where,
        profile=",".join(_strings(table.get("profile", "default"), "profile", where)),
        select=_strings(table.get("select", []), "select", where),
        ignore=_strings(table.get("ignore", []), "ignore", where),
        extend_rules=tuple(
            (root / p).resolve() for p in _strings(table.get("extend-rules", []), "extend-rules", where)
        ),
        rules=_rule_tables(table.get("rules", {}), where),
        overrides=tuple(overrides),
        exclude=_strings(table.get("exclude", []), "exclude", where),
        fail_on=fail_on,
        min_score=min_score,
        site_url=table.get("site-url"),
        lang=table.get("lang"),
        selector=table.get("selector"),
        rule_docs_url=table.get("rule-docs-url"),
        https_hosts=_strings(table.get("https-hosts", []), "https-hosts", where),
    )


def read_config_file(path: Path) -> Config:
    """Parse an explicit config file (``--config``): a ``pyproject.toml`` or an
    ``.auditor.toml``-style file whose keys sit at the top level."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("auditor", {})
    elif "tool" in data and "auditor" in data["tool"]:
        data = data["tool"]["auditor"]
    return parse_config(data, path.resolve())


@lru_cache(maxsize=256)
def find_config(folder: Path) -> Config:
    """The nearest config at or above ``folder``; defaults when there is none."""
    for candidate in (folder, *folder.parents):
        dotfile = candidate / ".auditor.toml"
        if dotfile.is_file():
            return read_config_file(dotfile)
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            try:
                with pyproject.open("rb") as fh:
                    data = tomllib.load(fh)
            except (OSError, tomllib.TOMLDecodeError):
                continue  # someone else's broken pyproject is not ours to judge
            table = data.get("tool", {}).get("auditor")
            if table is not None:
                return parse_config(table, pyproject.resolve())
    return Config()


def _matches(rule: Rule, selectors: Iterable[str]) -> bool:
    """Whether ``rule`` is named by any selector: ALL, id, name, category or id prefix."""
    for raw in selectors:
        key = raw.strip()
        low = key.lower()
        if (
            low == "all"
            or key.upper() == rule.id
            or low == rule.name
            or low == rule.category
            or (key.isalpha() and key.isupper() and rule.id.startswith(key))
        ):
            return True
    return False


def _known_selector(key: str, rules: Iterable[Rule]) -> bool:
    low = key.strip().lower()
    return low == "all" or low in CATEGORIES or any(
        r.id.lower().startswith(low) or r.name == low for r in rules
    )


def _apply_tables(
    rules: list[Rule], tables: Mapping[str, Mapping[str, Any]], where: str
) -> list[Rule]:
    by_key = {r.id.lower(): i for i, r in enumerate(rules)} | {
        r.name: i for i, r in enumerate(rules)
    }
    for key, table in tables.items():
        index = by_key.get(key.lower())
        if index is None:
            raise ConfigError(f"{where}: unknown rule {key!r} in rule settings")
        try:
            rules[index] = apply_override(rules[index], table, where)
        except RulePackError as exc:
            raise ConfigError(str(exc)) from None
    return rules


def _posix_relative(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return PurePosixPath(path.resolve().relative_to(root)).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def _path_matches(path: Path, root: Path | None, patterns: Iterable[str]) -> bool:
    import pathspec  # lazy: only when a config uses globs

    spec = pathspec.GitIgnoreSpec.from_lines(list(patterns))
    return spec.match_file(_posix_relative(path, root))


@dataclass(frozen=True, slots=True)
class CliRuleOptions:
    """Rule choices given on the command line; they win over config files."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extra_packs: tuple[Path, ...] = ()
    profile: str | None = None


def effective_rules(config: Config, path: Path | None, cli: CliRuleOptions) -> tuple[Rule, ...]:
    """The enabled rules, with profile, config and per-path settings applied, for one file."""
    # Profiles apply in the order given, so "specialist,strict" moves the bands
    # down and then makes the worst of them errors.
    names = [p.strip() for p in (cli.profile or config.profile).split(",") if p.strip()]
    try:
        rules = list(load_rules((*config.extend_rules, *cli.extra_packs)))
        profiles = [(name, load_profile(name)) for name in names]
    except RulePackError as exc:
        raise ConfigError(str(exc)) from None
    for name, tables in profiles:
        rules = _apply_tables(rules, tables, f"profile {name}")
    rules = _apply_tables(rules, config.rules, config.source or "config")
    select = cli.select or config.select
    ignore = (*config.ignore, *cli.ignore)
    if path is not None:
        for override in config.overrides:
            if _path_matches(path, config.root, override.paths):
                rules = _apply_tables(rules, override.rules, config.source or "config")
                select = (*select, *override.select) if select else ()
                ignore = (*ignore, *override.ignore)
    for key in (*select, *ignore):
        if not _known_selector(key, rules):
            raise ConfigError(f"unknown rule, category or prefix {key!r} in select/ignore")
    return tuple(
        r
        for r in rules
        if r.enabled and (not select or _matches(r, select)) and not _matches(r, ignore)
    )


def is_excluded(path: Path, config: Config) -> bool:
    return bool(config.exclude) and _path_matches(path, config.root, config.exclude)
