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

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from auditor import params
from auditor.errors import UserError
from auditor.model import CATEGORIES, LEVELS, Level
from auditor.record import Record
from auditor.text.lazyre import lazy_pattern


class RulePackError(UserError, ValueError):
    """A pack, profile or override that cannot be used; the message names the file."""


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class RuleDoc(Record):
    """A rule's documentation from its pack: summary, why it matters, bad and good examples, the fix."""

    summary: str = ""
    why: str = ""
    bad: str = ""
    good: str = ""
    fix: str = ""


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Rule(Record):
    """One rule of a pack: its id and names, the check kind it runs, its level, message and parameters."""

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
    # Rule ids this rule outranks on the same subject: when both fire there, only
    # this one is reported (auditor.engine.supersede).
    supersedes: tuple[str, ...] = ()
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
    import tomllib  # only when no pickled copy of the pack is at hand (auditor.packcache)

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise RulePackError(f"{path}: cannot read rule file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise RulePackError(f"{path}: not UTF-8 text (byte {exc.start}): save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"{path}: invalid TOML: {exc}") from None


def _text(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        got = "missing" if value is None else f"got {params._shown(value)}"
        raise RulePackError(f"{where}: {key}: expected a non-empty string, {got}")
    return value


_ID = lazy_pattern(r"[A-Za-z][A-Za-z0-9_]{0,31}")
_NAME = lazy_pattern(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _rule_from_table(table: object, source: Path, index: int) -> Rule:
    # Long on purpose: one [[rule]] table validated key by key, each check with its own one-line
    # error naming the key.
    if not isinstance(table, dict):
        raise RulePackError(
            f"{source}: rule[{index}]: expected a [[rule]] table, got {params._shown(table)}"
        )
    rule_id = table.get("id")
    plain_id = isinstance(rule_id, str) and _ID().fullmatch(rule_id)
    where = f"{source}: rule {rule_id if plain_id else f'[{index}]'}"
    for key in table:
        if key not in params.RULE_KEYS:
            raise RulePackError(f"{where}: {params.unknown_key(str(key), '', params.RULE_KEYS)}")
    fields = {k: _text(table, k, where) for k in ("id", "name", "category", "level", "check", "message")}
    # Ids and names land in SARIF, JUnit, GitHub annotations and suppressions: keep
    # them plain so no output format has to escape them.
    if not _ID().fullmatch(fields["id"]):
        raise RulePackError(f"{where}: id: expected letters then digits such as HL901 or NEWS001, got {params._shown(fields['id'])}")
    if not _NAME().fullmatch(fields["name"]):
        raise RulePackError(f"{where}: name: expected a kebab-case name such as house-banned-words, got {params._shown(fields['name'])}")
    if fields["category"] not in CATEGORIES:
        raise RulePackError(f"{where}: category: expected one of {', '.join(CATEGORIES)}, got {params._shown(fields['category'])}")
    _check_level(fields["level"], f"{where}: level")
    if "severe_level" in table:
        _check_level(table["severe_level"], f"{where}: severe_level")
    enabled = table.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RulePackError(f"{where}: enabled: expected true or false, got {params._shown(enabled)}")
    kind = fields["check"]
    if kind not in params.CHECK_PARAMS:
        hint = params.did_you_mean(kind, params.CHECK_PARAMS)
        raise RulePackError(f"{where}: check: unknown check kind {params._shown(kind)}{hint}")
    if table.get("fix") not in (None, "safe", "unsafe"):
        raise RulePackError(f"{where}: fix: expected one of safe, unsafe, got {params._shown(table['fix'])}")
    doc = table.get("doc", {})
    if not isinstance(doc, dict):
        raise RulePackError(f"{where}: doc: expected a [rule.doc] table, got {params._shown(doc)}")
    for key, value in doc.items():
        if key not in params.DOC_KEYS:
            raise RulePackError(f"{where}: doc.{params.unknown_key(str(key), '', params.DOC_KEYS)}")
        if not isinstance(value, str):
            raise RulePackError(f"{where}: doc.{key}: expected a string, got {params._shown(value)}")
    try:
        from auditor.engine.template import check_template

        check_template(fields["message"], "message")
        resolved = params.resolve(kind, table.get("params", {}), "params.")
    except params.ParamError as exc:
        raise RulePackError(f"{where}: {exc}") from None
    return Rule(
        id=fields["id"],
        name=fields["name"],
        category=fields["category"],
        level=cast(Level, fields["level"]),  # checked by _check_level
        check=kind,
        message=fields["message"],
        params=resolved,
        severe_level=table.get("severe_level"),
        doc=RuleDoc(**doc),
        enabled=enabled,
        source=str(source),
        supersedes=_supersedes(table.get("supersedes", ()), where),
        fix=table.get("fix"),
    )


def _supersedes(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v for v in value):
        raise RulePackError(f"{where}: 'supersedes' must be a list of rule ids")
    return tuple(value)


def _check_level(value: object, where: str) -> None:
    if value not in LEVELS:
        raise RulePackError(f"{where}: expected one of {', '.join(LEVELS)}, got {params._shown(value)}")


def load_pack(folder: Path) -> list[Rule]:
    """Every rule in the ``*.toml`` files of ``folder`` (or one file), in file order."""
    if folder.is_file():
        files = [folder]
    elif folder.is_dir():
        files = sorted(folder.glob("*.toml"))
    else:
        raise RulePackError(f"{folder}: rule pack not found")
    builtin = folder == builtin_pack()
    if builtin:  # the shipped pack never changes between runs: read a pickled copy
        from auditor import packcache, saferegex

        key = packcache.pack_key(files)
        cached = packcache.load(key)
        if isinstance(cached, list):
            saferegex.trust(_regex_values(cached))
            return cached
    rules: list[Rule] = []
    for path in files:
        data = _read_toml(path)
        unknown = [k for k in data if k != "rule"]
        if unknown:
            raise RulePackError(f"{path}: {unknown[0]}: unknown key (a rule file holds only [[rule]] tables)")
        tables = data.get("rule", [])
        if not isinstance(tables, list):
            raise RulePackError(f"{path}: rule: expected an array of tables ([[rule]]), got {params._shown(tables)}")
        rules.extend(_rule_from_table(t, path, n) for n, t in enumerate(tables))
    if builtin:
        saferegex.trust(_regex_values(rules))
        packcache.store(key, rules)
    return rules


def _regex_values(rules: Iterable[Rule]) -> Iterator[str]:
    """Every regular expression in ``rules``' parameters (declared ``regex=True``)."""
    for rule in rules:
        for key, param in params.CHECK_PARAMS[rule.check].items():
            if param.regex:
                value = rule.params[key]
                yield from ([value] if isinstance(value, str) else value)


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
    data = _read_toml(path)
    unknown = [k for k in data if k != "rules"]
    if unknown:
        raise RulePackError(f"{path}: {unknown[0]}: unknown key (a profile holds only [rules.ID] tables)")
    rules = data.get("rules", {})
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise RulePackError(f"{path}: rules: expected [rules.ID] tables")
    return rules


def apply_override(rule: Rule, override: Mapping[str, Any], where: str, path: str = "") -> Rule:
    """``rule`` with an override table applied: level keys, ``enabled``, ``message``;
    any other key replaces the parameter of that name (validated against the check
    kind's declaration). ``path`` is the table's key path in its file, for errors
    (``tool.auditor.rules.HL002.``)."""
    if not isinstance(override, Mapping):
        raise RulePackError(f"{where}: {path.rstrip('.')}: expected a table, got {params._shown(override)}")
    changes: dict[str, Any] = {}
    values: dict[str, Any] = {}
    declared = params.CHECK_PARAMS[rule.check]
    for key, value in override.items():
        if key in ("level", "severe_level"):
            _check_level(value, f"{where}: {path}{key}")
            changes[key] = value
        elif key == "enabled":
            if not isinstance(value, bool):
                raise RulePackError(f"{where}: {path}{key}: expected true or false, got {params._shown(value)}")
            changes[key] = value
        elif key == "message":
            if not isinstance(value, str) or not value.strip():
                raise RulePackError(f"{where}: {path}{key}: expected a non-empty string, got {params._shown(value)}")
            try:
                from auditor.engine.template import check_template

                check_template(value, f"{path}{key}")
            except params.ParamError as exc:
                raise RulePackError(f"{where}: {exc}") from None
            changes[key] = value
        elif key in declared:
            values[key] = value
        else:
            known = (*params.OVERRIDE_KEYS, *declared)
            error = params.retired_key(rule.check, str(key), path) or params.unknown_key(str(key), path, known)
            raise RulePackError(f"{where}: {error}")
    if values:
        try:
            checked = params.validate(declared, values, path)
            merged = {**rule.params, **checked}
            params.resolve(rule.check, merged, path)  # checks that span keys (regex phrases)
        except params.ParamError as exc:
            raise RulePackError(f"{where}: {exc}") from None
        changes["params"] = merged
    return replace(rule, **changes)


def find_rule(rules: Iterable[Rule], key: str) -> Rule | None:
    """The rule whose id or name is ``key`` (case-insensitive)."""
    wanted = key.strip().lower()
    for rule in rules:
        if rule.id.lower() == wanted or rule.name == wanted:
            return rule
    return None
