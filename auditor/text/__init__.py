"""The text layer: words, sentences, syllables and reading-ease formulas.

Modules import nothing heavy at import time: the CMU dictionary and pyphen's patterns
load on the first word that needs them.
"""
