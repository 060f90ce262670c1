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

Every key is declared once in :data:`CONFIG_KEYS` (type, default, doc, bounds), the
same :class:`~auditor.params.Param` declarations the rule packs' parameters use. A
config is validated against it when read, before any article: a wrong type, an
unknown key, an out-of-range value or a file that is not UTF-8 is one line naming the
file, the key and what is expected (``auditor: error: FILE: min-score: expected an
integer from 0 to 100, got true``), exit 2. No setting is silently ignored.

Adding a key is one line in :data:`CONFIG_KEYS`, e.g.::

    "cache-dir": Param(STR, None, "where the audit cache lives", nullable=True),

Its value is then ``config.get("cache-dir")`` (validated; the default when unset).
Give :class:`Config` a field of the same name (dashes as underscores) to have it set
there as well. The JSON Schema for ``[tool.auditor]`` (``docs/``) is generated from
the table, so a new key appears there after ``python -m auditor.schema``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from auditor import params
from auditor.errors import UserError
from auditor.model import CATEGORIES
from auditor.params import BOOL, INT, ONE_OR_MORE, STR, Param
from auditor.record import Record
from auditor.rulepacks import Rule, RulePackError, apply_override, load_profile, load_rules, profile_path


class ConfigError(UserError, ValueError):
    """A configuration that cannot be used; the message names the file."""


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Override(Record):
    """Rules selected or ignored for the files matching ``paths`` (one ``[[tool.auditor.overrides]]`` table)."""

    paths: tuple[str, ...]
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Config(Record):
    """One configuration as read from its file (or the defaults): profile, rule choices and
    parameters, per-path overrides, exclusions and source settings."""

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
    history: str | None = None  # history store: a SQLite path (made absolute) or a database URL
    https_hosts: tuple[str, ...] = ()  # hosts whose http:// links --fix turns into https://
    # Every validated key by its config name, the defaults included: keys added to
    # CONFIG_KEYS without a field of their own are read with ``get``.
    values: Mapping[str, Any] = field(default_factory=dict)
    key_prefix: str = ""  # "tool.auditor." in a pyproject.toml: key paths in errors

    def get(self, key: str) -> Any:
        """The value of config key ``key`` (as written in the file, with dashes)."""
        if key in self.values:
            return self.values[key]
        return CONFIG_KEYS[key].default


# The [tool.auditor] keys. ``rules`` and ``overrides`` are tables checked below (rule
# settings against the rules' own declarations when the rules are loaded).
_URL = r"https?://[^\s/]+[^\s]*"
CONFIG_KEYS: dict[str, Param] = {
    "profile": Param(ONE_OR_MORE, "default", "rule profiles applied in order: default, strict, specialist, plain-language"),
    "select": Param(ONE_OR_MORE, (), "rule ids, names, categories or id prefixes to run (ALL: every rule)"),
    "ignore": Param(ONE_OR_MORE, (), "rule ids, names, categories or id prefixes to skip"),
    "extend-rules": Param(ONE_OR_MORE, (), "folders or files of extra [[rule]] packs, relative to this file"),
    "exclude": Param(ONE_OR_MORE, (), "gitignore-style globs of inputs to skip, relative to this file"),
    "fail-on": Param(STR, "error", "lowest level that fails the run", choices=("error", "warning", "info", "never")),
    "min-score": Param(INT, None, "fail when the overall score is under this", min=0, max=100, nullable=True),
    "site-url": Param(STR, None, "the site's own URL: tells internal from external links", pattern=_URL, nullable=True),
    "lang": Param(STR, None, "language when a page declares none (en, de, pt-BR…)", pattern=r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*", nullable=True),
    "selector": Param(STR, None, "CSS selector of the article body", nullable=True),
    "rule-docs-url": Param(STR, None, "where SARIF help links point ({id} and {name} filled in)", pattern=_URL, nullable=True),
    "rules": Param(params.TABLES, {}, "settings by rule id or name: level, severe_level, enabled, message or parameters"),
    "overrides": Param(params.TABLE_LIST, (), "per-path settings: paths, select, ignore, rules"),
    "history": Param(STR, None, "history store: a SQLite file (relative to this file) or a postgresql:// URL", nullable=True),
    "https-hosts": Param(ONE_OR_MORE, (), "hosts whose http:// links `check --fix` turns into https://"),
    "item-labels": Param(ONE_OR_MORE, (), "words that may stand before an item number, added to the built-in ones (\"Hack 3:\", \"Lektion 2:\")"),
    "item-number-words": Param(params.NUMBERS_BY_KEY, {}, "number words used as item markers, added to the built-in ones (uno = 1)"),
}

OVERRIDE_KEYS: dict[str, Param] = {
    "paths": Param(ONE_OR_MORE, (), "gitignore-style globs, relative to this file"),
    "select": CONFIG_KEYS["select"],
    "ignore": CONFIG_KEYS["ignore"],
    "rules": CONFIG_KEYS["rules"],
}
_ = BOOL  # kept importable for keys others add


def _err(where: str, exc: params.ParamError) -> ConfigError:
    return ConfigError(f"{where}: {exc}")


def _check_selector(css: str, key: str) -> None:
    from cssselect import GenericTranslator, SelectorError  # lazy: only when configured

    try:
        GenericTranslator().css_to_xpath(css)
    except (SelectorError, ValueError, TypeError) as exc:
        raise params.ParamError(f"{key}: invalid CSS selector {params._shown(css)}: {exc}") from None


def _check_docs_url(template: str, key: str) -> None:
    """A SARIF help-link template: only {id} and {name}, no format specs."""
    from string import Formatter

    from auditor.engine.template import check_template

    check_template(template, key)
    for _, name, spec, _ in Formatter().parse(template):
        if name is not None and (name not in ("id", "name") or spec):
            raise params.ParamError(f"{key}: placeholder {{{name}{':' + spec if spec else ''}}}: use {{id}} or {{name}}")


def _check_globs(patterns: tuple[str, ...], key: str) -> None:
    import pathspec  # lazy: only when a config uses globs

    for pattern in patterns:
        try:
            pathspec.GitIgnoreSpec.from_lines([pattern])
        except (ValueError, TypeError, re.error) as exc:
            raise params.ParamError(f"{key}: invalid glob {params._shown(pattern)}: {exc}") from None


def parse_config(table: Mapping[str, Any], source: Path, key_prefix: str = "") -> Config:
    """A :class:`Config` from the ``[tool.auditor]`` table found in ``source``;
    :class:`ConfigError` naming the file and key when a value does not fit."""
    where = str(source)
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: {key_prefix.rstrip('.') or 'config'}: expected a table, got {params._shown(table)}")
    try:
        values = params.validate(CONFIG_KEYS, table, key_prefix)
        if values.get("selector") is not None:
            _check_selector(values["selector"], f"{key_prefix}selector")
        if values.get("rule-docs-url") is not None:
            _check_docs_url(values["rule-docs-url"], f"{key_prefix}rule-docs-url")
        if values.get("exclude"):
            _check_globs(values["exclude"], f"{key_prefix}exclude")
        overrides = []
        for n, entry in enumerate(values.get("overrides", ())):
            at = f"{key_prefix}overrides[{n}]."
            checked = params.validate(OVERRIDE_KEYS, entry, at)
            if not checked.get("paths"):
                raise params.ParamError(f"{at}paths: required: the globs this override applies to")
            _check_globs(checked["paths"], f"{at}paths")
            overrides.append(
                Override(
                    paths=checked["paths"],
                    select=checked.get("select", ()),
                    ignore=checked.get("ignore", ()),
                    rules=checked.get("rules", {}),
                )
            )
    except params.ParamError as exc:
        raise _err(where, exc) from None
    full = {**params.defaults(CONFIG_KEYS), **values}
    root = source.parent
    known = {f for f in Config.__dataclass_fields__}
    plain = {
        k.replace("-", "_"): v
        for k, v in full.items()
        if k.replace("-", "_") in known and k not in ("profile", "extend-rules", "overrides", "rules", "history")
    }
    extend_rules = tuple((root / p).resolve() for p in full["extend-rules"])
    for pack in extend_rules:  # named here, with the file that asks for it, not later by the pack loader
        if not pack.exists():
            raise ConfigError(f"{where}: {key_prefix}extend-rules: {pack}: rule pack not found")
    return Config(
        **plain,
        root=root,
        source=where,
        profile=",".join(full["profile"]) if not isinstance(full["profile"], str) else full["profile"],
        extend_rules=extend_rules,
        rules=full["rules"],
        overrides=tuple(overrides),
        values=full,
        history=_history(full["history"], root),
        key_prefix=key_prefix,
    )


def _load_toml(path: Path) -> dict[str, Any]:
    import tomllib  # a run with no config file never parses TOML

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start}): save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def _tool_auditor(data: Mapping[str, Any], path: Path, required: bool) -> Any:
    """``data["tool"]["auditor"]``, None when absent; an error when ``tool`` or
    ``tool.auditor`` is there but not a table (and, unless ``required``, ``tool``
    that is not a table means the file is someone else's business)."""
    tool = data.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        if required:
            raise ConfigError(f"{path}: tool: expected a [tool.auditor] table, got {params._shown(tool)}")
        return None
    table = tool.get("auditor")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: tool.auditor: expected a table, got {params._shown(table)}")
    return table


def read_config_file(path: Path) -> Config:
    """Parse an explicit config file (``--config``): a ``pyproject.toml`` or an
    ``.auditor.toml``-style file whose keys sit at the top level (or under
    ``[tool.auditor]``)."""
    data = _load_toml(path)
    if path.name == "pyproject.toml":
        return parse_config(_tool_auditor(data, path, True) or {}, path.resolve(), "tool.auditor.")
    if "tool" in data:
        nested = _tool_auditor(data, path, True)
        others = [k for k in data if k != "tool"]
        if nested is not None and not others:
            return parse_config(nested, path.resolve(), "tool.auditor.")
        if nested is None:
            raise ConfigError(f"{path}: tool: expected a [tool.auditor] table")
        raise ConfigError(f"{path}: {others[0]}: put it under [tool.auditor] or drop the [tool.auditor] table")
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
                raw = pyproject.read_bytes()
            except OSError:
                continue
            import tomllib

            if b"auditor" in raw:  # ours, or may be: a broken one is an error
                data = _load_toml(pyproject)
            else:
                try:
                    data = tomllib.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, tomllib.TOMLDecodeError):
                    continue  # someone else's broken pyproject is not ours to judge
            table = _tool_auditor(data, pyproject, False)
            if table is not None:
                return parse_config(table, pyproject.resolve(), "tool.auditor.")
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
    rules: list[Rule], tables: Mapping[str, Mapping[str, Any]], where: str, prefix: str = "rules."
) -> list[Rule]:
    by_key = {r.id.lower(): i for i, r in enumerate(rules)} | {
        r.name: i for i, r in enumerate(rules)
    }
    for key, table in tables.items():
        index = by_key.get(key.lower())
        if index is None:
            shown = {r.id.lower(): r.id for r in rules} | {r.name: r.name for r in rules}
            near = params.did_you_mean(key.lower(), shown)
            hint = near and f' (did you mean "{shown[near.split(chr(34))[1]]}"?)'
            raise ConfigError(f"{where}: {prefix}{key}: unknown rule{hint}")
        try:
            rules[index] = apply_override(rules[index], table, where, f"{prefix}{key}.")
        except RulePackError as exc:
            raise ConfigError(str(exc)) from None
    return rules


def _history(value: str | None, root: Path) -> str | None:
    """A database URL as given; a SQLite path made absolute against the config's folder."""
    if not value:
        return None
    return value if "://" in value else str((root / value).resolve())


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


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class CliRuleOptions(Record):
    """Rule choices given on the command line; they win over config files."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extra_packs: tuple[Path, ...] = ()
    profile: str | None = None


def effective_rules(config: Config, path: Path | None, cli: CliRuleOptions) -> tuple[Rule, ...]:
    """The enabled rules, with profile, config and per-path settings applied, for one file."""
    # Complexity ~16 on purpose: profiles, config, per-path overrides and the command line
    # applied in their order of precedence, one block each.
    # Profiles apply in the order given, so "specialist,strict" moves the bands
    # down and then makes the worst of them errors.
    names = [p.strip() for p in (cli.profile or config.profile).split(",") if p.strip()]
    where = f"{config.source}: {config.key_prefix}" if config.source else ""
    try:
        rules = list(load_rules((*config.extend_rules, *cli.extra_packs)))
    except RulePackError as exc:
        raise ConfigError(str(exc)) from None
    try:
        profiles = [(name, load_profile(name)) for name in names]
    except RulePackError as exc:
        message = str(exc)
        if message.startswith("unknown profile") and where and not cli.profile:
            message = f"{where}profile: {message}"
        raise ConfigError(message) from None
    for name, tables in profiles:
        rules = _apply_tables(rules, tables, str(profile_path(name)))
    # Per-path rule settings are checked now, whichever files they will match.
    for n, override in enumerate(config.overrides):
        _apply_tables(list(rules), override.rules, config.source or "config",
                      f"{config.key_prefix}overrides[{n}].rules.")
        for key in (*override.select, *override.ignore):
            if not _known_selector(key, rules):
                raise ConfigError(
                    f"{config.source}: {config.key_prefix}overrides[{n}]: unknown rule, category or prefix {key!r}"
                )
    rules = _apply_tables(rules, config.rules, config.source or "config", f"{config.key_prefix}rules.")
    select = cli.select or config.select
    ignore = (*config.ignore, *cli.ignore)
    if path is not None:
        for n, override in enumerate(config.overrides):
            if _path_matches(path, config.root, override.paths):
                rules = _apply_tables(
                    rules, override.rules, config.source or "config", f"{config.key_prefix}overrides[{n}].rules."
                )
                select = (*select, *override.select) if select else ()
                ignore = (*ignore, *override.ignore)
    for option, keys, given in (("select", select, cli.select), ("ignore", ignore, cli.ignore)):
        for key in keys:
            if not _known_selector(key, rules):
                origin = f"--{option}" if key in given else f"{where}{option}" if where else option
                raise ConfigError(f"{origin}: unknown rule, category or prefix {key!r}")
    return tuple(
        r
        for r in rules
        if r.enabled and (not select or _matches(r, select)) and not _matches(r, ignore)
    )


def is_excluded(path: Path, config: Config) -> bool:
    return bool(config.exclude) and _path_matches(path, config.root, config.exclude)
