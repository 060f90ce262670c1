"""Per-language data for the text layer: reading-ease formulas and the abbreviations
that end in a full stop without ending a sentence.

Word lists a newsroom may want to tune (transition words, fillers, passive-voice
participles) live in the readability rules' params (``rules/default/readability.toml``),
not here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditor.record import Record


# Scripts written without spaces between words (and, for Thai, Lao, Khmer and Burmese,
# without sentence-final stops): word and sentence counts mean nothing there.
UNSPACED_LANGS = frozenset({"ja", "zh", "th", "lo", "km", "my"})


# Memoised: asked ~300 times a page with the same few codes (each new word's syllables
# ask it), and the string steps cost twice the lookup.
@lru_cache(maxsize=256)
def lang_root(lang: str | None) -> str:
    """``"en-US"``, ``"de_DE"``, ``"pt-BR"`` → ``"en"``, ``"de"``, ``"pt"``; empty → ``"en"``."""
    root = (lang or "").strip().replace("_", "-").split("-", 1)[0].lower()
    return root if root.isalpha() and 2 <= len(root) <= 3 else "en"


def words_for_lang(value: Mapping[str, Sequence[str]] | Sequence[str], lang: str) -> list[str]:
    """The word list for ``lang`` from a rule's ``{lang: [...]}`` table (plus its
    ``"any"`` entry); every language's words when ``lang`` has no entry. A plain list
    applies to every language."""
    if not isinstance(value, Mapping):
        return list(value)
    root = lang_root(lang)
    if root in value:
        return [*value[root], *value.get("any", ())]
    return [w for words in value.values() for w in words]


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Formula(Record):
    """``base − asl·ASL − asw·ASW``: ASL = words per sentence, ASW = syllables per word."""

    name: str
    base: float
    asl: float
    asw: float

    def score(self, words_per_sentence: float, syllables_per_word: float) -> float:
        return self.base - self.asl * words_per_sentence - self.asw * syllables_per_word


# Coefficients as in the literature; they agree with textstat 0.7's LANG_CONFIGS
# (pt is not in textstat: Martins et al. 1996 add 42 to Flesch's base).
FORMULAS: dict[str, Formula] = {
    # Flesch (1948)
    "en": Formula("Flesch", 206.835, 1.015, 84.6),
    # Amstad (1978): 180 − ASL − 58.5·ASW
    "de": Formula("Amstad", 180.0, 1.0, 58.5),
    # Fernández Huerta (1959): 206.84 − 0.60·P − 1.02·ASL, P = syllables per 100 words
    "es": Formula("Fernández-Huerta", 206.84, 1.02, 60.0),
    # Kandel & Moles (1958)
    "fr": Formula("Kandel-Moles", 207.0, 1.015, 73.6),
    # Flesch-Vacca (1972): 217 − 1.3·ASL − 0.6·P
    "it": Formula("Flesch-Vacca", 217.0, 1.3, 60.0),
    # Douma (1960)
    "nl": Formula("Flesch-Douma", 206.835, 0.93, 77.0),
    # Martins, Ghiraldelo, Nunes & Oliveira (1996), Flesch adapted to Brazilian Portuguese
    "pt": Formula("Flesch-Martins", 248.835, 1.015, 84.6),
}


def formula_for(lang: str) -> tuple[Formula, str]:
    """The formula for ``lang`` and its display name; unknown languages get Flesch
    with a note in the name rather than an error."""
    root = lang_root(lang)
    if root in FORMULAS:
        return FORMULAS[root], FORMULAS[root].name
    return FORMULAS["en"], f"Flesch (English formula; no formula for {root!r})"


# Abbreviations (lower case, with their full stop) after which a full stop never ends
# a sentence: titles and words that always take a complement ("Dr. Baloch", "No. 5").
_NEVER_END_COMMON = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "mt.", "ft.", "no.", "nos.", "vs.",
    "e.g.", "i.e.", "cf.", "approx.", "ca.", "fig.", "figs.", "vol.", "p.", "pp.",
    "gen.", "col.", "lt.", "capt.", "sgt.", "maj.", "gov.", "sen.", "rep.", "rev.", "hon.",
    "pres.", "supt.", "insp.", "retd.", "mssrs.", "messrs.", "jan.", "feb.", "mar.", "apr.",
    "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "op.", "ed.", "eds.", "ave.", "blvd.",
}

_SOUTH_SLAVIC = frozenset(_NEVER_END_COMMON | {"npr.", "tj.", "tzv.", "odn.", "br.", "str.", "ul.", "sv."})

_NORWEGIAN = {"bl.a.", "f.eks.", "kl.", "nr.", "jf.", "dvs.", "evt.", "inkl.", "pga.", "mht.", "ift.", "hhv.", "tlf."}

NEVER_END: dict[str, frozenset[str]] = {
    "en": frozenset(_NEVER_END_COMMON),
    "de": frozenset(_NEVER_END_COMMON | {
        "z.b.", "bzw.", "d.h.", "u.a.", "vgl.", "nr.", "s.", "hr.", "fr.", "hrsg.", "ggf.",
        "inkl.", "evtl.", "z.t.", "sog.", "u.ä.", "o.ä.", "abs.", "bspw.", "zzgl.", "dt.",
        "jh.", "mio.", "mrd.", "tel.", "str.", "geb.", "gest.", "ehem.",
    }),
    "fr": frozenset(_NEVER_END_COMMON | {
        "m.", "mm.", "mme.", "mmes.", "mlle.", "mlles.", "me.", "pr.", "p.ex.", "env.",
        "av.", "bd.", "chap.", "t.", "n°.",
    }),
    "es": frozenset(_NEVER_END_COMMON | {
        "sr.", "sra.", "sres.", "srta.", "dra.", "d.", "dña.", "ud.", "uds.", "p.ej.",
        "núm.", "pág.", "art.", "av.", "avda.", "lic.", "ing.", "dpto.",
    }),
    "it": frozenset(_NEVER_END_COMMON | {
        "sig.", "sigg.", "sig.ra", "dott.", "dott.ssa", "prof.ssa", "avv.", "ing.", "on.",
        "pag.", "art.", "es.", "n.",
    }),
    "nl": frozenset(_NEVER_END_COMMON | {
        "dhr.", "mevr.", "mw.", "bijv.", "o.a.", "m.a.w.", "d.w.z.", "nr.", "blz.", "ca.",
        "resp.", "t.a.v.", "i.p.v.", "m.b.t.", "z.g.a.n.",
    }),
    "pt": frozenset(_NEVER_END_COMMON | {
        "sr.", "sra.", "srs.", "srta.", "dra.", "d.", "v.exa.", "p.ex.", "pág.", "art.",
        "av.", "n.º", "nº.", "eng.", "profa.",
    }),
    # Abbreviations before a number, a name or a phrase, which a full stop after them would
    # otherwise end ("kl. 14", "bl.a. Stockholm", "ul. Marszałkowska", "т.е. Москва").
    "sv": frozenset(_NEVER_END_COMMON | {
        "bl.a.", "t.ex.", "kl.", "nr.", "s.k.", "f.d.", "jfr.", "dvs.", "d.v.s.", "enl.", "resp.",
        "fr.o.m.", "t.o.m.", "tel.",
    }),
    "da": frozenset(_NEVER_END_COMMON | {
        "bl.a.", "f.eks.", "kl.", "nr.", "jf.", "dvs.", "evt.", "inkl.", "pga.", "mht.", "vedr.",
        "tlf.", "ifm.",
    }),
    "nb": frozenset(_NEVER_END_COMMON | _NORWEGIAN),
    "nn": frozenset(_NEVER_END_COMMON | _NORWEGIAN),
    "pl": frozenset(_NEVER_END_COMMON | {
        "np.", "tzw.", "tzn.", "m.in.", "ul.", "godz.", "św.", "tj.", "nr.", "wg.", "al.", "pl.",
        "ks.", "płk.", "gen.", "mjr.", "red.",
    }),
    "ru": frozenset(_NEVER_END_COMMON | {
        "т.е.", "т.н.", "ул.", "им.", "проф.", "акад.", "см.", "напр.", "стр.", "тел.", "пр-т.",
    }),
    # "for example", "that is", "so-called", "among others", "approximately", "number" and
    # titles, each before a name or a number ("např. Praha", "npr. Zagreb", "esim. Helsinki",
    # "örn. İstanbul", "p. ex. Girona"), from the languages' style guides' abbreviation lists
    # (Ústav pro jazyk český, Pravila slovenskega pravopisa, Kielitoimiston ohjepankki, TDK).
    "cs": frozenset(_NEVER_END_COMMON | {
        "např.", "tj.", "tzv.", "tzn.", "resp.", "popř.", "mj.", "cca.", "č.", "str.", "ul.", "nám.",
    }),
    "sk": frozenset(_NEVER_END_COMMON | {
        "napr.", "t.j.", "tzv.", "tzn.", "resp.", "príp.", "okr.", "č.", "str.", "ul.", "nám.",
    }),
    "hr": _SOUTH_SLAVIC,
    "bs": _SOUTH_SLAVIC,
    "sr": _SOUTH_SLAVIC,
    "sl": _SOUTH_SLAVIC,
    "fi": frozenset(_NEVER_END_COMMON | {"esim.", "mm.", "ns.", "ks.", "vrt.", "ts.", "n.", "ym.", "mt."}),
    "et": frozenset(_NEVER_END_COMMON | {"nt.", "nn.", "vt.", "s.t.", "u.", "k.a.", "nr.", "lk."}),
    "ca": frozenset(_NEVER_END_COMMON | {
        "sr.", "sra.", "srs.", "dra.", "p.ex.", "núm.", "pàg.", "art.", "av.", "pl.",
    }),
    "tr": frozenset(_NEVER_END_COMMON | {"örn.", "bkz.", "yy.", "sf.", "cad.", "sok.", "mah.", "no."}),
    "id": frozenset(_NEVER_END_COMMON | {"mis.", "spt.", "yth.", "sdr.", "bpk.", "ibu.", "no.", "hlm.", "jl."}),
    "ms": frozenset(_NEVER_END_COMMON | {"cth.", "spt.", "yth.", "sdr.", "no.", "hlm.", "jln."}),
}

# Abbreviations that often end a sentence too ("… in the U.S. The …"): the full stop
# ends the sentence only when the next word is a typical sentence opener.
MAY_END: dict[str, frozenset[str]] = {
    "en": frozenset({
        "etc.", "u.s.", "u.k.", "u.n.", "e.u.", "inc.", "ltd.", "co.", "corp.", "jr.", "sr.",
        "a.m.", "p.m.", "d.c.", "ph.d.", "bros.", "est.", "al.",
    }),
    "de": frozenset({"usw.", "etc.", "u.s.", "ca.", "gmbh.", "ag.", "e.v.", "bzw."}),
    "fr": frozenset({"etc.", "cie.", "ex."}),
    "es": frozenset({"etc.", "ee.uu.", "cía.", "s.a."}),
    "it": frozenset({"ecc.", "etc.", "s.p.a.", "s.r.l."}),
    "nl": frozenset({"enz.", "etc.", "b.v.", "n.v."}),
    "pt": frozenset({"etc.", "ltda.", "s.a.", "cia."}),
    # "и т. д." / "и т. п." (and so on) end most enumerations they close.
    "ru": frozenset({"т.д.", "т.п.", "etc."}),
}

# Words that open a new sentence after an ambiguous abbreviation (lower case).
SENTENCE_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the a an this that these those it its he she they we i you his her their our my "
        "but and so yet or however meanwhile moreover still then there here in on at for "
        "as if when while after before since although though because what who why how "
        "many most some several one two three all no not many".split()
    ),
    "de": frozenset(
        "der die das ein eine es er sie wir ich du aber und doch jedoch dann so in im am "
        "auch dies diese dieser dieses zudem außerdem danach dabei deshalb daher trotzdem später "
        "heute nun zuvor inzwischen allerdings".split()
    ),
    "fr": frozenset("le la les un une il elle ils elles nous on je mais et donc puis en ce cette".split()),
    "es": frozenset("el la los las un una él ella ellos nosotros pero y entonces en este esta".split()),
    "it": frozenset("il lo la i gli le un una lui lei loro noi ma e poi in questo questa".split()),
    "nl": frozenset("de het een hij zij ze wij we ik maar en dan in dit deze".split()),
    "pt": frozenset("o a os as um uma ele ela eles nós mas e então em este esta".split()),
    "ru": frozenset("он она оно они мы я вы ты это этот эта эти но и а однако потом затем теперь в на по "
                    "после когда если так там здесь все всё".split()),
}


# English abbreviations that are words of another language, which end sentences there:
# Spanish and Italian "no" ("…dijo que no. El…"), Spanish and Portuguese "mar" (sea),
# French "sept" (seven), Nynorsk "no" (now). There they end a sentence unless a number
# follows, as it does the abbreviation ("No. 5", "sept. 2019").
WORDS_TOO: dict[str, frozenset[str]] = {
    "es": frozenset({"no.", "mar.", "ave."}),
    "it": frozenset({"no."}),
    "pt": frozenset({"mar."}),
    "fr": frozenset({"sept."}),
    "nn": frozenset({"no."}),
}


def never_end(lang: str) -> frozenset[str]:
    root = lang_root(lang)
    return NEVER_END.get(root, NEVER_END["en"]) - WORDS_TOO.get(root, frozenset())


def before_a_number(lang: str) -> frozenset[str]:
    """Abbreviations that end no sentence before a number, and may end one elsewhere."""
    return WORDS_TOO.get(lang_root(lang), frozenset())


def may_end(lang: str) -> frozenset[str]:
    return MAY_END.get(lang_root(lang), MAY_END["en"])


def openers(lang: str) -> frozenset[str]:
    return SENTENCE_OPENERS.get(lang_root(lang), SENTENCE_OPENERS["en"])
