"""Rule packs: rules as data.

A pack is a folder of TOML files, each holding ``[[rule]]`` tables::

    [[rule]]
    id = "HL002"
    name = "headline-length"
    category = "headline"
    level = "warning"
    check = "headline.length"          # the check kind in auditor.checks
    message = "Headline is {length} characters: keep it between {min} and {max}."
    [rule.params]
    min = 40
    max = 65
    [rule.doc]
    summary = "…"  why = "…"  bad = "…"  good = "…"

The built-in packs ship in ``rules/``; users add their own with ``--rules DIR`` or
``extend-rules`` in config, reusing any check kind with their own parameters (or the
generic ``text.phrases`` kind for house word lists) without writing Python.
Profiles (``rules/profiles/NAME.toml``) hold ``[rules.ID]`` override tables, the
same shape as ``[tool.auditor.rules.ID]`` in config.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from auditor.errors import UserError
from auditor.model import CATEGORIES, LEVELS, Level


class RulePackError(UserError, ValueError):
    """A pack, profile or override that cannot be used; the message names the file."""


@dataclass(frozen=True, slots=True)
class RuleDoc:
    summary: str = ""
    why: str = ""
    bad: str = ""
    good: str = ""
    fix: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    category: str
    level: Level
    check: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)
    # Level of a hit in the rule's worst band; equal to ``level`` unless a profile or
    # config raises it (the strict profile makes judgement rules' worst band an error).
    severe_level: Level | None = None
    doc: RuleDoc = field(default_factory=RuleDoc)
    enabled: bool = True
    source: str = ""  # the file that defined it
    fix: str | None = None  # "safe" (applied by --fix), "unsafe" (--unsafe-fixes) or None

    @property
    def effective_severe_level(self) -> Level:
        return self.severe_level or self.level


def data_dir(kind: str) -> Path:
    """Where the built-in ``rules`` or ``reports`` live: inside the installed wheel
    (``auditor/_data``) or, in a source checkout, at the project's top level."""
    packaged = Path(__file__).parent / "_data" / kind
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / kind


def builtin_pack() -> Path:
    return data_dir("rules") / "default"


def profile_path(name: str) -> Path:
    return data_dir("rules") / "profiles" / f"{name}.toml"


def available_profiles() -> list[str]:
    return sorted(p.stem for p in (data_dir("rules") / "profiles").glob("*.toml"))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise RulePackError(f"{path}: cannot read rule file: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"{path}: invalid TOML: {exc}") from None


def _rule_from_table(table: Mapping[str, Any], source: Path) -> Rule:
    where = f"{source}: rule {table.get('id', '?')}"
    for key in ("id", "name", "category", "level", "check", "message"):
        if not isinstance(table.get(key), str) or not table[key]:
            raise RulePackError(f"{where}: missing or empty {key!r}")
    if table["category"] not in CATEGORIES:
        raise RulePackError(
            f"{where}: category {table['category']!r} is not one of {', '.join(CATEGORIES)}"
        )
    _check_level(table["level"], where)
    if "severe_level" in table:
        _check_level(table["severe_level"], where)
    if table.get("fix") not in (None, "safe", "unsafe"):
        raise RulePackError(f"{where}: fix {table['fix']!r} is not one of safe, unsafe")
    doc = table.get("doc", {})
    unknown_doc = set(doc) - set(RuleDoc.__slots__)
    if unknown_doc:
        raise RulePackError(f"{where}: unknown doc keys {sorted(unknown_doc)}")
    return Rule(
        id=table["id"],
        name=table["name"],
        category=table["category"],
        level=table["level"],
        check=table["check"],
        message=table["message"],
        params=dict(table.get("params", {})),
        severe_level=table.get("severe_level"),
        doc=RuleDoc(**doc),
        enabled=bool(table.get("enabled", True)),
        source=str(source),
        fix=table.get("fix"),
    )


def _check_level(value: object, where: str) -> None:
    if value not in LEVELS:
        raise RulePackError(f"{where}: level {value!r} is not one of {', '.join(LEVELS)}")


def load_pack(folder: Path) -> list[Rule]:
    """Every rule in the ``*.toml`` files of ``folder`` (or one file), in file order."""
    if folder.is_file():
        files = [folder]
    elif folder.is_dir():
        files = sorted(folder.glob("*.toml"))
    else:
        raise RulePackError(f"{folder}: rule pack not found")
    rules: list[Rule] = []
    for path in files:
        tables = _read_toml(path).get("rule", [])
        if not isinstance(tables, list):
            raise RulePackError(f"{path}: 'rule' must be an array of tables ([[rule]])")
        rules.extend(_rule_from_table(t, path) for t in tables)
    return rules


@lru_cache(maxsize=8)
def _load_packs_cached(folders: tuple[Path, ...]) -> tuple[Rule, ...]:
    by_id: dict[str, Rule] = {}
    names: dict[str, str] = {}
    for folder in folders:
        for rule in load_pack(folder):
            if rule.id in by_id:
                raise RulePackError(
                    f"{rule.source}: rule id {rule.id} already defined in {by_id[rule.id].source}"
                )
            if rule.name in names:
                raise RulePackError(
                    f"{rule.source}: rule name {rule.name} already used by {names[rule.name]}"
                )
            by_id[rule.id] = rule
            names[rule.name] = rule.id
    return tuple(by_id.values())


def load_rules(extra: Iterable[Path] = ()) -> tuple[Rule, ...]:
    """The built-in pack plus the user's packs, ids and names unique across all."""
    folders = (builtin_pack(), *(Path(p).resolve() for p in extra))
    return _load_packs_cached(folders)


@lru_cache(maxsize=8)
def load_profile(name: str) -> dict[str, dict[str, Any]]:
    """The ``[rules.ID]`` overrides of profile ``name`` (``default`` is empty).
    Cached: callers must not mutate the result."""
    if name == "default":
        return {}
    path = profile_path(name)
    if not path.is_file():
        raise RulePackError(
            f"unknown profile {name!r}: choose one of {', '.join(['default', *available_profiles()])}"
        )
    rules = _read_toml(path).get("rules", {})
    if not isinstance(rules, dict):
        raise RulePackError(f"{path}: 'rules' must be a table of [rules.ID] tables")
    return rules


_RULE_KEYS = {"level", "severe_level", "enabled", "message"}


def apply_override(rule: Rule, override: Mapping[str, Any], where: str) -> Rule:
    """``rule`` with an override table applied: level keys, ``enabled``, ``message``;
    any other key replaces the parameter of that name."""
    changes: dict[str, Any] = {}
    params = dict(rule.params)
    for key, value in override.items():
        if key in ("level", "severe_level"):
            _check_level(value, f"{where}: rule {rule.id}")
            changes[key] = value
        elif key in _RULE_KEYS:
            changes[key] = value
        else:
            if key not in params:
                known = ", ".join(sorted(params)) or "none"
                raise RulePackError(
                    f"{where}: rule {rule.id} has no parameter {key!r} (parameters: {known})"
                )
            params[key] = value
    return replace(rule, params=params, **changes)


def find_rule(rules: Iterable[Rule], key: str) -> Rule | None:
    """The rule whose id or name is ``key`` (case-insensitive)."""
    wanted = key.strip().lower()
    for rule in rules:
        if rule.id.lower() == wanted or rule.name == wanted:
            return rule
    return None
