"""Typed parameter declarations: the one place a check kind's parameters and their
defaults are written down.

Every check kind in ``auditor.checks`` declares its parameters here, once, with a
type, a default and a one-line doc. Rule packs (``[rule.params]``), profiles and config
overrides (``[tool.auditor.rules.ID]``) are validated against these declarations when
they are loaded, before any article is read; a check receives the complete, validated
mapping (declared defaults with the rule's own values on top) and reads
``params["key"]``, never a literal default of its own.

Why a table of :class:`Param` and not a dataclass per kind: 84 dataclasses cost ~55 ms
to create at import, and every ``auditor check`` loads the rules; this table costs
well under a millisecond and gives the same typed, validated result.

The same declarations produce ``auditor explain``'s parameter list and the JSON Schema
shipped in ``docs/`` (:mod:`auditor.schema`).

Errors are :class:`ParamError` (a :class:`~auditor.errors.UserError`): the message is
the key path and what was expected, e.g. ``params.phrase: unknown key (did you mean
"phrases"?)``; callers prefix the file and rule.

Large word lists (stop words, participles, affiliate domains…) are data: the built-in
rule's TOML supplies them and the declared default is empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from auditor.errors import UserError
from auditor.record import Record

# Value types a parameter can have (also the JSON Schema's vocabulary).
INT, FLOAT, BOOL, STR, STRINGS = "int", "float", "bool", "str", "strings"
WORDS = "words"  # a list of strings, or a table of language -> list of strings
NUMBERS_BY_KEY = "numbers_by_key"  # a table of key -> number
STRINGS_BY_KEY = "strings_by_key"  # a table of key -> list of strings
STRING_BY_KEY = "string_by_key"  # a table of key -> string
ONE_OR_MORE = "one_or_more"  # a string or a list of strings (config), kept as a tuple
TABLES = "tables"  # a table of name -> table (config: [rules.ID])
TABLE_LIST = "table_list"  # an array of tables (config: [[overrides]])

TYPE_NAMES = {
    INT: "an integer",
    FLOAT: "a number",
    BOOL: "true or false",
    STR: "a string",
    STRINGS: "a list of strings",
    WORDS: "a list of strings or a table of language = [strings]",
    NUMBERS_BY_KEY: "a table of name = number",
    STRINGS_BY_KEY: "a table of name = [strings]",
    STRING_BY_KEY: "a table of name = string",
    ONE_OR_MORE: "a string or a list of strings",
    TABLES: "a table of [NAME] tables",
    TABLE_LIST: "an array of tables ([[...]])",
}


class ParamError(UserError, ValueError):
    """A value that does not fit its declaration; the message is ``key: problem``."""


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Param(Record):
    """One declared parameter (or config key)."""

    type: str
    default: Any
    doc: str = ""
    min: float | None = None  # for numbers: inclusive bounds
    max: float | None = None
    choices: tuple[str, ...] = ()  # for str / strings: the allowed values
    regex: bool = False  # for str / strings: each value must compile as a regex
    nullable: bool = False  # config keys: may be left unset (None)
    pattern: str = ""  # for str: the value must match this regular expression whole

    def describe(self) -> str:
        """What a value must be, for error messages and ``explain``."""
        if self.choices:
            shown = ", ".join(f'"{c}"' for c in self.choices)
            base = f"one of {shown}" if self.type == STR else f"a list of {shown}"
        else:
            base = TYPE_NAMES[self.type]
        if self.min is not None and self.max is not None:
            base += f" from {_num(self.min)} to {_num(self.max)}"
        elif self.min is not None:
            base += f" of at least {_num(self.min)}"
        elif self.max is not None:
            base += f" of at most {_num(self.max)}"
        if self.regex:
            base += " (regular expressions)" if self.type != STR else " (a regular expression)"
        if self.pattern.startswith("https?"):
            base = "an http:// or https:// URL"
        elif self.pattern:
            base += f" matching {self.pattern}"
        return base


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _shown(value: object) -> str:
    """A user's value quoted for an error message, short and on one line."""
    if isinstance(value, str):
        text = '"' + value + '"'
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, dict):
        text = "a table"
    elif isinstance(value, list):
        text = "a list"
    else:
        text = repr(value)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= 60 else text[:57] + "…"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


def _is_strings(value: object) -> bool:
    return isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)


def _check_regex(pattern: str, key: str) -> None:
    try:
        re.compile(pattern, re.IGNORECASE)  # the flags checks use: the compile is cached
    except (re.error, RecursionError, OverflowError) as exc:
        raise ParamError(f"{key}: invalid regular expression {_shown(pattern)}: {exc}") from None


def coerce(param: Param, value: object, key: str) -> Any:
    """``value`` checked against ``param`` and normalised (lists become tuples, ints
    in a number slot stay ints); :class:`ParamError` when it does not fit."""
    if value is None and param.nullable:
        return None
    out = _coerce(param, value, key)
    if out is _BAD:
        raise ParamError(f"{key}: expected {param.describe()}, got {_shown(value)}")
    return out


_BAD = object()  # _coerce's "does not fit": the message is built only then


def _coerce(param: Param, value: object, key: str) -> Any:
    # Complexity ~38 on purpose: one branch per declared parameter type, each with the one-line
    # error that names the key; a table of small functions would scatter them.
    bad = _BAD
    kind = param.type
    if kind == INT:
        if not _is_int(value):
            return bad
        out: Any = value
    elif kind == FLOAT:
        if not _is_number(value):
            return bad
        out = value
    elif kind == BOOL:
        if not isinstance(value, bool):
            return bad
        out = value
    elif kind == STR:
        if not isinstance(value, str) or (param.choices and value not in param.choices):
            return bad
        if param.regex:
            _check_regex(value, key)
        if param.pattern and not re.fullmatch(param.pattern, value):
            return bad
        out = value
    elif kind == STRINGS:
        if not _is_strings(value):
            return bad
        assert isinstance(value, (list, tuple))
        if param.choices and any(v not in param.choices for v in value):
            return bad
        if param.regex:
            for v in value:
                _check_regex(v, key)
        out = tuple(value)
    elif kind == WORDS:
        if _is_strings(value):
            assert isinstance(value, (list, tuple))
            out = tuple(value)
        elif isinstance(value, Mapping) and all(
            isinstance(k, str) and _is_strings(v) for k, v in value.items()
        ):
            out = {k: tuple(v) for k, v in value.items()}
        else:
            return bad
    elif kind == ONE_OR_MORE:
        if isinstance(value, str):
            out = (value,)
        elif _is_strings(value):
            assert isinstance(value, (list, tuple))
            out = tuple(value)
        else:
            return bad
    elif kind == TABLES:
        if not isinstance(value, Mapping):
            return bad
        for name, inner in value.items():
            if not isinstance(inner, Mapping):
                raise ParamError(f"{key}.{name}: expected a table, got {_shown(inner)}")
        out = {k: dict(v) for k, v in value.items()}
    elif kind == TABLE_LIST:
        if not isinstance(value, (list, tuple)):
            return bad
        for n, inner in enumerate(value):
            if not isinstance(inner, Mapping):
                raise ParamError(f"{key}[{n}]: expected a table, got {_shown(inner)}")
        out = tuple(value)
    elif kind == NUMBERS_BY_KEY:
        if not isinstance(value, Mapping) or not all(_is_number(v) for v in value.values()):
            return bad
        out = dict(value)
    elif kind == STRING_BY_KEY:
        if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
            return bad
        out = dict(value)
    elif kind == STRINGS_BY_KEY:
        if not isinstance(value, Mapping) or not all(_is_strings(v) for v in value.values()):
            return bad
        out = {k: tuple(v) for k, v in value.items()}
    else:  # pragma: no cover - a declaration bug, not a user's
        raise AssertionError(f"unknown parameter type {kind!r}")
    if kind in (INT, FLOAT):
        if (param.min is not None and out < param.min) or (param.max is not None and out > param.max):
            return bad
    return out


def did_you_mean(key: str, known: Iterable[str]) -> str:
    """`` (did you mean "x"?)`` for the nearest known key, or ``""``."""
    import difflib  # only on an error path

    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


# Parameters a rule's check no longer takes, by check kind: a config still setting one is
# told why it went and to delete it, not only that the key is unknown.
RETIRED: dict[str, dict[str, str]] = {
    "structured.dates": {
        "tolerance_hours": "MT063 no longer compares dateModified with datePublished "
                           "(a scheduled, republished or syndicated post carries them in either order)",
    },
}


def retired_key(check: str, key: str, path: str) -> ParamError | None:
    """The error for a parameter ``check`` no longer takes, or None when ``key`` never was one."""
    why = RETIRED.get(check, {}).get(key)
    return ParamError(f"{path}{key}: retired: {why}; delete this key") if why else None


def unknown_key(key: str, path: str, known: Iterable[str]) -> ParamError:
    known = sorted(known)
    hint = did_you_mean(key, known)
    if not hint:
        hint = f" (expected one of: {', '.join(known)})" if known else " (this takes no parameters)"
    return ParamError(f"{path}{key}: unknown key{hint}")


def validate(
    declared: Mapping[str, Param], values: Mapping[str, object], prefix: str = ""
) -> dict[str, Any]:
    """``values`` checked against ``declared``: unknown keys, wrong types and out of
    range values raise :class:`ParamError` naming ``prefix + key``."""
    if not isinstance(values, Mapping):
        raise ParamError(f"{prefix.rstrip('.') or 'value'}: expected a table, got {_shown(values)}")
    out: dict[str, Any] = {}
    for key, value in values.items():
        param = declared.get(key)
        if param is None:
            raise unknown_key(str(key), prefix, declared)
        out[key] = coerce(param, value, prefix + key)
    return out


def defaults(declared: Mapping[str, Param]) -> dict[str, Any]:
    return {key: p.default for key, p in declared.items()}


def resolve(kind: str, values: Mapping[str, object], prefix: str = "params.") -> Mapping[str, Any]:
    """The complete parameters of a rule of check kind ``kind``: declared defaults
    with ``values`` (validated) on top."""
    declared = CHECK_PARAMS[kind]
    for key in values if RETIRED.get(kind) else ():
        retired = retired_key(kind, str(key), prefix)
        if retired:
            raise retired
    resolved = {**defaults(declared), **validate(declared, values, prefix)}
    if kind == "text.phrases" and resolved["regex"]:  # phrases are regexes only then
        for phrase in resolved["phrases"]:
            _check_regex(phrase, prefix + "phrases")
    return resolved


# --- Declarations ------------------------------------------------------------------
# Short constructors keep the table below readable: one line a parameter.


def i(default: int, doc: str, lo: float | None = 0, hi: float | None = None) -> Param:
    return Param(INT, default, doc, min=lo, max=hi)


def f(default: float, doc: str, lo: float | None = 0, hi: float | None = None) -> Param:
    return Param(FLOAT, default, doc, min=lo, max=hi)


def b(default: bool, doc: str) -> Param:
    return Param(BOOL, default, doc)


def s(default: str, doc: str, choices: tuple[str, ...] = (), regex: bool = False) -> Param:
    return Param(STR, default, doc, choices=choices, regex=regex)


def ls(default: tuple[str, ...], doc: str, choices: tuple[str, ...] = (), regex: bool = False) -> Param:
    return Param(STRINGS, default, doc, choices=choices, regex=regex)


def words(doc: str) -> Param:
    return Param(WORDS, (), doc)


_FORMATS = ("html", "markdown", "text")
_SCOPES = ("headline", "headings", "paragraphs", "sentences", "list_items", "link_text", "all")
_META_FIELDS = ("seo_title", "description", "canonical", "lang", "robots", "keywords", "slug", "keyphrase")
_LENGTH_FIELDS = ("headline", "headings", "paragraphs", "list_items", "link_text", "image_alt", *_META_FIELDS)
_ENDINGS = (".", ":", ";", ",")
_ITEM_STYLES = ("heading", "paragraph", "list")


def _formats(*default: str) -> dict[str, Param]:
    return {"formats": ls(default, "input formats the rule applies to", _FORMATS)}


def _readability(min_words: int, languages: tuple[str, ...] = (), min_sentences: int = 1) -> dict[str, Param]:
    return {
        "min_words": i(min_words, "skip articles with fewer words"),
        "min_sentences": i(min_sentences, "skip articles with fewer sentences"),
        "languages": ls(languages, "language codes the rule applies to (empty: all)"),
    }


_PIXEL = {"pixel_max": i(2, "images at most this many pixels each way are tracking pixels")}
_NONE: dict[str, Param] = {}

CHECK_PARAMS: dict[str, dict[str, Param]] = {
    # headings
    "headings.single_h1": _NONE,
    "headings.level_skip": _NONE,
    "headings.empty": _NONE,
    "headings.duplicate": _NONE,
    "headings.length": {"max": i(70, "longest heading, in characters", 1)},
    "headings.trailing_punctuation": {
        "chars": ls(_ENDINGS, "marks a heading must not end with"),
        "abbreviations": ls((), "abbreviations that may end a heading"),
        "sentence_words": i(12, "headings of this many words or more may end like a sentence"),
    },
    "headings.link_only": {"collapse": i(3, "report runs of this many link-only headings as one", 1)},
    "headings.distribution": {
        "max": i(300, "most words under one heading", 1),
        "severe": i(350, "words from which it is the worst band", 1),
        "lead_words": i(12, "a bold run of at most this many words opening a paragraph is a signpost (0: none is)"),
        "photo_words": i(100, "a stretch with a captioned picture for every this many words or fewer is a photo essay (0: never)"),
    },
    "headings.first_subheading": _NONE,
    # headline
    "headline.length": {
        "min": i(40, "shortest headline, in characters"),
        "max": i(65, "longest headline, in characters", 1),
    },
    "headline.pixel_width": {
        "max_px": f(600, "widest headline in a search result, in pixels", 1),
        "font_size": f(20, "font size the width is estimated at, in pixels", 1),
    },
    "headline.word_count": {
        "min": i(5, "fewest words"),
        "max": i(14, "most words", 1),
    },
    "headline.seo_title_length": {
        # Search results cut titles by width, not by count: max_px decides; the character
        # cap only catches titles the width table may underestimate.
        "max_chars": i(70, "longest SEO title, in characters (the pixel width decides first)", 1),
        "max_px": f(600, "widest SEO title in a search result, in pixels", 1),
        "font_size": f(20, "font size the width is estimated at, in pixels", 1),
    },
    "headline.seo_title_duplicate_suffix": _NONE,
    "headline.all_caps": {
        "max_acronym": i(5, "all-capital words up to this length are acronyms"),
        "min_caps_words": i(3, "a headline with this many capital words shouts", 1),
        "caps_ratio": f(0.75, "share of capital words from which it shouts", 0, 1),
        "allow": ls((), "capitalised words that are always fine"),
    },
    "headline.ending_punctuation": {
        "chars": ls(_ENDINGS, "marks a headline must not end with"),
        "abbreviations": ls((), "abbreviations that may end a headline"),
    },
    "headline.clickbait_punctuation": {
        "patterns": ls(("!!", "?!", "!?", "‼", "⁉", "⁈"), "runs of marks that read as clickbait"),
    },
    "headline.title_mismatch": {"stopwords": ls((), "words that do not count as shared")},
    "headline.keyphrase": {
        "keyphrase": s("", "keyphrase used when the front matter gives none"),
        "stopwords": ls((), "keyphrase words that need not appear"),
    },
    # images
    "images.missing_alt": {
        **_PIXEL,
        "video_poster_hosts": ls((), "hosts whose images are a video embed's poster frame (the player is the content)"),
    },
    "images.title_only": {
        **_PIXEL,
        "video_poster_hosts": ls((), "hosts whose images are a video embed's poster frame (the player is the content)"),
    },
    "images.empty_alt": {
        **_PIXEL,
        "markdown_is_content": b(True, "treat Markdown images as content (never decorative)"),
        "stock_credits": ls((), "regular expressions naming stock libraries and licences: a picture credited only so is an illustration", regex=True),
    },
    "images.alt_filename": {"patterns": ls((), "regular expressions an alt that is a file name matches", regex=True)},
    "images.alt_placeholder": {
        "placeholders": words("alt texts that say nothing (by language)"),
        "prefixes": words("openings of a CMS's stock alt that name the article, not the picture (by language)"),
        "openers": words("a writer's redundant openings (\"photo of\"), reported only when little follows (by language)"),
        "opener_words": i(2, "an opener followed by more words than this is a description with a stutter, left alone"),
    },
    "images.alt_too_short": {"min": i(10, "shortest alt text, in characters")},
    "images.alt_too_long": {"max": i(125, "longest alt text, in characters", 1)},
    "images.duplicate_alt": _NONE,
    "images.alt_equals_caption": {"min_overlap": i(20, "shortest alt compared with its caption, in characters")},
    "images.missing_credit": {
        **_PIXEL,
        "front_matter_keys": ls(("image_credit", "credit", "photo_credit"), "front matter keys that credit the images"),
        "credit_patterns": ls((), "regular expressions a credit line matches", regex=True),
        "captioned_only": b(True, "on HTML pages, only pictures with a caption (the story's own photos) are asked for a credit"),
    },
    "images.weak_credit": {"weak_sources": ls((), "credits that name no real source")},
    "images.missing_dimensions": _NONE,
    "images.missing_src": {"empty_values": ls(("", "#", "about:blank"), "src values that load nothing")},
    # links
    "links.generic_text": {
        "phrases": words("link texts that say nothing (by language)"),
        "buttons": words("of those, a teaser card's button label, left alone when the link stands alone in its box"),
    },
    "links.plain_call_to_action": {
        "phrases": words("call-to-action phrases (by language)"),
        "severe_max_words": i(15, "link texts up to this many words are the worst band"),
    },
    "links.empty_href": _NONE,
    "links.javascript_href": _NONE,
    "links.insecure": {"ignore_hosts": ls(("localhost", "127.0.0.1"), "hosts where http:// is fine")},
    "links.malformed": _NONE,
    "links.bare_url_text": _NONE,
    "links.target_blank": {"safe_rel": ls(("noopener", "noreferrer"), "rel values that make target=_blank safe")},
    "links.tracking_params": {
        "names": ls((), "query parameters that track (empty: the built-in list)"),
        "prefixes": ls(("utm_", "pk_", "mtm_"), "query parameter prefixes that track"),
        "prose_only": b(True, "only links written into a sentence, not links standing alone in a box"),
    },
    "links.repeated": {
        "max": i(2, "most links to one URL", 1),
        "prose_only": b(False, "count only links written into a sentence, not links standing alone in a box"),
    },
    "links.sponsored": {
        "accepted_rel": ls(("sponsored", "nofollow"), "rel values that mark a paid link"),
        "affiliate_domains": ls((), "domains of affiliate links"),
        "affiliate_params": Param(STRINGS_BY_KEY, {}, "query parameters of affiliate links, by site (\"*\": any)"),
    },
    "links.in_heading": _NONE,
    "links.no_internal": {"min_words": i(300, "skip articles with fewer words")},
    "links.no_outbound": {"min_words": i(300, "skip articles with fewer words")},
    "links.density": {
        "max_percent": f(25, "largest share of words in link text, in percent", 0, 100),
        "severe_percent": f(50, "share from which it is the worst band, in percent", 0, 100),
        "min_words": i(100, "skip articles with fewer words"),
    },
    "links.empty_text": _NONE,
    # listicle
    "listicle.count_mismatch": {
        "min_promised": i(2, "smallest headline number checked"),
        "min_items": i(2, "fewest items found before the count is trusted"),
        "count_unnumbered": b(False, "trust counts of unnumbered items too"),
    },
    "listicle.no_items": {
        "min_promised": i(2, "smallest headline number checked"),
        "count_unnumbered": b(False, "trust counts of unnumbered items too"),
    },
    "listicle.numbering_gap": _NONE,
    "listicle.numbering_duplicate": _NONE,
    "listicle.numbering_restart": _NONE,
    "listicle.body_count": {
        "min_items": i(3, "fewest numbered items before the body is checked"),
        "window": i(2, "words allowed between the number and the noun"),
        "nouns": ls((), "nouns a count in the body may name"),
    },
    "listicle.short_item": {
        # Two sentences (about 30 words) make a complete entry: 29- to 39-word tips, deal blurbs
        # and answers among longer ones were all judged fine by reading (bench/eval).
        "min_words": i(30, "fewest words an item should have"),
        "min_median": i(40, "the typical item must have this many words before short ones are reported"),
        "ratio": f(0.5, "an item under this share of the median item is far shorter than the rest"),
        "min_items": i(3, "fewest items before items are compared"),
        "styles": ls(("heading", "paragraph"), "item styles checked", _ITEM_STYLES),
    },
    "listicle.long_item": {
        "ratio": f(3.0, "an item this many times the median length is long"),
        "min_words": i(150, "items shorter than this are never long"),
        "min_items": i(3, "fewest items before items are compared"),
        "styles": ls(("heading", "paragraph"), "item styles checked", _ITEM_STYLES),
    },
    "listicle.numbering_style": _NONE,
    "listicle.unparallel": {
        "min_items": i(3, "fewest items before titles are compared"),
        "title_ratio": f(2.5, "a title this many times the median length stands out"),
        "title_extra_words": i(8, "and at least this many words longer"),
    },
    "listicle.introduction": {
        # One sentence of lead-in is enough: intros of 18 and 19 words were judged noise.
        "min_words": i(12, "fewest words before the first item"),
        "min_items": i(3, "fewest items before the rule applies"),
    },
    "listicle.conclusion": {
        "min_words": i(20, "fewest words after the last item"),
        "min_items": i(3, "fewest items before the rule applies"),
    },
    "listicle.headline_without_number": {"min_items": i(5, "fewest numbered items before a number is expected")},
    # meta
    "meta.description_length": {
        **_formats("html", "markdown"),
        "min": i(120, "shortest description, in characters"),
        "max": i(156, "longest description, in characters", 1),
        "min_sentence": i(0, "shortest description that is a whole sentence (0: min)"),
    },
    "meta.lang_mismatch": _formats("html", "markdown"),
    "meta.og_missing": {**_formats("html"), "property": s("og:title", "the Open Graph property required")},
    "meta.keywords_present": _formats("html", "markdown"),
    "meta.noindex": {
        **_formats("html", "markdown"),
        "directives": ls(("noindex", "none"), "robots directives that hide the page"),
    },
    "meta.leaked_chrome": {
        "phrases": ls((), "site-chrome phrases that never belong in an article"),
        "weak_phrases": ls((), "site-chrome phrases that count only with others"),
        "prefixes": ls((), "chrome openings of a paragraph"),
        "extra_words": i(2, "words a chrome paragraph may have beyond its phrase"),
        "max_prefix_words": i(80, "longest paragraph checked for a chrome opening"),
    },
    # readability
    "readability.reading_ease": {
        **_readability(100),
        "min": f(60, "lowest reading ease", -200, 200),
        "severe_below": f(50, "reading ease under which it is the worst band", -200, 200),
        "min_words_per_sentence": f(0, "report only text whose sentences average this many words", 0),
        "long_average_words": f(30, "sentences averaging this many words or more are judged against long_average_min", 0),
        "long_average_min": f(-200, "lowest reading ease where sentences are that long (the higher of it and min)",
                              -200, 200),
    },
    "readability.grade_level": {**_readability(100, ("en",)), "max_grade": f(10, "highest grade level")},
    "readability.long_sentences": {
        **_readability(100),
        "max_words": i(20, "a sentence over this many words is long", 1),
        "max_percent": f(25, "largest share of long sentences, in percent", 0, 100),
        "severe_percent": f(30, "share from which it is the worst band, in percent", 0, 100),
        "max_findings": i(3, "long sentences shown, longest first"),
    },
    "readability.very_long_sentence": {
        "max_words": i(40, "a sentence over this many words is very long", 1),
        "tolerance": f(0, "percent over max_words a sentence may run before it is reported", 0, 100),
    },
    "readability.long_paragraph": {
        "max_words": i(150, "most words in a paragraph", 1),
        "severe_words": i(200, "words from which it is the worst band", 1),
        "tolerance": f(0, "percent over max_words a paragraph may run before it is reported", 0, 100),
    },
    "readability.wall_of_text": {
        "min_words": i(300, "skip articles with fewer words"),
        "max_paragraphs": i(1, "at most this many paragraphs is a wall of text"),
    },
    "readability.passive_voice": {
        **_readability(100, ("en",)),
        "max_percent": f(10, "largest share of passive sentences, in percent", 0, 100),
        "max_findings": i(3, "passive sentences shown"),
        "be_verbs": ls((), "forms of 'to be'"),
        "adverbs_between": ls((), "adverbs allowed between 'be' and the participle"),
        "irregular_participles": ls((), "irregular past participles"),
        "not_participles": ls((), "-ed words that are not participles"),
    },
    "readability.transition_words": {
        **_readability(300, min_sentences=10),
        "min_percent": f(30, "smallest share of sentences with a transition, in percent", 0, 100),
        "words": words("transition words (by language)"),
    },
    "readability.repeated_starts": {
        "min_run": i(3, "sentences in a row starting alike", 2),
        "ignore": words("first words that may repeat (by language)"),
    },
    "readability.fillers": {
        **_readability(100, ("en",)),
        "max_percent": f(2.5, "largest share of filler words, in percent", 0, 100),
        "show": i(5, "fillers named in the message"),
        "count_ly_adverbs": b(True, "count -ly adverbs as fillers"),
        "fillers": ls((), "filler words and phrases"),
        "not_adverbs": ls((), "-ly words that are not adverbs"),
    },
    "readability.complex_words": {
        **_readability(100),
        "min_syllables": i(3, "syllables that make a word complex", 1),
        "max_percent": f(15, "largest share of complex words, in percent", 0, 100),
        "max_percent_by_lang": Param(NUMBERS_BY_KEY, {}, "max_percent per language"),
        "show": i(5, "complex words named in the message"),
        "count_capitalised_in": ls((), "languages whose capitalised words count (e.g. German nouns)"),
    },
    # generic
    "spacing.double_spaces": {
        "min_spaces": i(2, "report runs of this many spaces a reader sees", 2),
        "two_after_sentence": b(False, "house style with two spaces after a sentence: a run of two after . ! ? is fine"),
    },
    "text.phrases": {
        "phrases": ls((), "words and phrases to flag"),
        "scope": s("all", "where to look", _SCOPES),
        "ignorecase": b(True, "match regardless of case"),
        "whole_word": b(True, "match whole words only"),
        "regex": b(False, "phrases are regular expressions (run with a time limit)"),
    },
    "text.required": {
        "field": s("description", "the field that must be there", ("headline", *_META_FIELDS)),
        "front_matter_key": s("", "or: a front matter key that must be there (Markdown)"),
        "formats": ls(_FORMATS, "input formats the rule applies to", _FORMATS),
        "where": s("any", "any document, or only pages that carry metadata (an HTML page with a "
                   "<head>, Markdown with front matter): a fragment's template supplies it",
                   ("any", "pages")),
    },
    "text.length": {
        "field": s("headline", "the field measured", _LENGTH_FIELDS),
        "unit": s("characters", "what is counted", ("characters", "words")),
        "min": i(0, "shortest allowed"),
        "max": i(0, "longest allowed (0: no limit)"),
        "skip_headline": b(True, "with field = headings: leave the headline's own headings out (its H1, a template's repeat, a dek under it)"),
        "formats": ls(_FORMATS, "input formats the rule applies to", _FORMATS),
    },
    "text.substitution": {
        "swap": Param(STRING_BY_KEY, {}, "phrase = what to write instead"),
        "scope": s("all", "where to look", _SCOPES),
        "ignorecase": b(True, "match regardless of case"),
        "whole_word": b(True, "match whole words only"),
    },
    # site-wide (auditor.sitewide): the whole set of audited articles
    "site.duplicate_field": {
        "field": s("title", "which text must differ between articles", ("title", "description", "headline")),
        "near": b(True, "also near-duplicates (same words, other punctuation or case)"),
    },
    "site.cannibalisation": {"min_words": i(2, "fewest words a competing keyphrase has")},
    "site.orphan": {
        "min_articles": i(3, "fewest articles in the set before orphans are judged"),
        "min_linked": i(2, "fewest articles linked from others before the set is judged a site"),
    },
    "site.broken_internal_link": _NONE,
    "site.image_alt_variants": _NONE,
    "site.credit_variants": _NONE,
    # structured data (JSON-LD, microdata, RDFa)
    "structured.article_missing": {"min_words": i(150, "skip articles with fewer words")},
    "structured.article_properties": _NONE,
    "structured.headline": {
        "max": i(110, "longest structured-data headline, in characters", 1),
        # A reworded SEO headline shares about half its words with the visible one and is
        # deliberate (judged by reading); another article's headline shares none.
        "min_overlap": f(0.25, "share of words it must share with the visible headline", 0, 1),
    },
    "structured.dates": _NONE,
    "structured.invalid_json": _NONE,
    "structured.unknown_type": _NONE,
    "structured.relative_url": _NONE,
    "structured.itemlist": _NONE,
    # network facts: fetched pages (auditor check URL) and the link checker
    "web.page_status": _NONE,
    "web.page_redirects": {"max_hops": i(1, "redirects allowed before a chain is reported")},
    "web.noindex_header": _NONE,
    "web.canonical_elsewhere": _NONE,
    "web.insecure_page": _NONE,
    "web.broken_link": {"unverifiable": ls(("401", "403", "429"), "HTTP statuses that mean a wall, not a dead page")},
    "web.link_redirects": {"max_hops": i(2, "redirects allowed before a chain is reported")},
    "web.slow_link": {"max_ms": i(3000, "slowest acceptable answer, in milliseconds")},
    "web.missing_fragment": _NONE,
    "web.https_available": _NONE,
}


# Keys of a [[rule]] table and of an override table ([rules.ID] in profiles and config)
# besides the rule's parameters.
RULE_KEYS = ("id", "name", "category", "level", "check", "message", "params", "doc", "severe_level", "enabled", "supersedes", "fix")
DOC_KEYS = ("summary", "why", "bad", "good", "fix")
OVERRIDE_KEYS = ("level", "severe_level", "enabled", "message")
