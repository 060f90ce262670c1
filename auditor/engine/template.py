"""Message templates: ``"Headline is {length} characters: keep it under {max}."``.

Templates come from rule packs and config, so they are data, not code: only named
fields (``{max}``), no attribute or index access (``{x.__class__}``, ``{x[0]}``), no
conversions (``{x!r}``), and format specs from a small allow-list (alignment, a width
up to 99, a precision up to 9, ``d``/``f``/``%``). :func:`check_template` rejects
anything else when the pack or config is loaded; :func:`render` never raises and caps
its output, so even an unchecked template cannot blow up a run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from string import Formatter
from typing import Any

from auditor.params import ParamError
from auditor.text.lazyre import lazy_pattern

MAX_MESSAGE = 1000  # characters of a rendered message
_SPEC = lazy_pattern(r"[<>^]?[0-9]{0,2}(?:\.[0-9])?[df%]?")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _parts(template: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return list(Formatter().parse(template))


def check_template(template: str, key: str) -> None:
    """Raise :class:`ParamError` (``key: problem``) unless ``template`` is safe."""
    try:
        parts = _parts(template)
    except ValueError as exc:
        raise ParamError(f"{key}: invalid template: {exc} (write {{{{ and }}}} for literal braces)") from None
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not _NAME.fullmatch(name):
            raise ParamError(f"{key}: placeholder {{{name}}}: only plain names like {{max}} are allowed")
        if conversion:
            raise ParamError(f"{key}: placeholder {{{name}!{conversion}}}: conversions are not allowed")
        if spec and not _SPEC().fullmatch(spec):
            raise ParamError(
                f"{key}: placeholder {{{name}:{spec}}}: format spec not allowed "
                "(use alignment, a width up to 99, a precision up to 9, d, f or %)"
            )


def _value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


# A template read once: literal text, or a field (name, spec) to fill. A field that is
# unsafe (not a plain name, a conversion, a spec off the allow-list) is literal text.
_Piece = tuple[str, str | None, str]


@lru_cache(maxsize=1024)  # a run renders the same few hundred templates for every hit
def _pieces(template: str) -> tuple[_Piece, ...] | None:
    """``template`` split into pieces, or None when it does not parse."""
    try:
        parts = _parts(template)
    except ValueError:
        return None
    pieces: list[_Piece] = []
    for literal, name, spec, conversion in parts:
        if literal:
            pieces.append((literal, None, ""))
        if name is None:
            continue
        raw = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if not _NAME.fullmatch(name) or conversion or (spec and not _SPEC().fullmatch(spec)):
            pieces.append((raw, None, ""))
        else:
            pieces.append((raw, name, spec or ""))
    return tuple(pieces)


def _field(value: Any, spec: str) -> str:
    if not spec:
        return _value(value)
    try:
        numeric = isinstance(value, (int, float)) and spec[-1] in "df%"
        return format(value, spec) if numeric else format(_value(value), spec)
    except (ValueError, TypeError):
        return _value(value)


def render(template: str, values: Mapping[str, Any]) -> str:
    """``template`` with its fields filled from ``values``. Unknown or unsafe fields
    stay as written; a template that does not parse comes back as it is."""
    pieces = _pieces(template)
    if pieces is None:
        return template[:MAX_MESSAGE]
    out: list[str] = []
    size = 0
    for raw, name, spec in pieces:
        text = raw if name is None or name not in values else _field(values[name], spec)
        out.append(text)
        size += len(text)
        if size > MAX_MESSAGE:
            break
    message = "".join(out)
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"
