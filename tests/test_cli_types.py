"""The typed dicts behind the CLI's shared options stay in step with the options.

``cli._inputs`` and ``cli._split_web`` cast click's keyword arguments to
``_InputArgs`` / ``_WebArgs`` so mypy can check them; these tests keep the cast honest.
"""

from __future__ import annotations

import inspect
from typing import Any, Callable

from auditor import cli


def _option_names(decorator: Callable[[Callable[..., Any]], Callable[..., Any]]) -> set[str]:
    def command(**kwargs: object) -> None: ...

    return {str(p.name) for p in getattr(decorator(command), "__click_params__")}


def test_input_args_match_the_input_options_and_batch_options() -> None:
    declared = set(cli._InputArgs.__required_keys__)
    assert declared == _option_names(cli._input_options)
    assert declared == set(inspect.signature(cli._batch_options).parameters) - {"keep_document"}


def test_web_args_match_the_web_options_and_web_keys() -> None:
    declared = set(cli._WebArgs.__required_keys__)
    assert declared == _option_names(cli._web_input_options)
    assert declared == set(cli.WEB_KEYS)
    assert declared == set(inspect.signature(cli._web_options).parameters) - {"max_size"}
