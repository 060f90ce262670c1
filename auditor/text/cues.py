"""Labels of a box of links to other articles: "Also read", "Related stories",
"You may also like", "Lesen Sie auch".

One vocabulary, two ways to match it:

* :data:`RELATED_LINE`: the label is the whole line ("Also Read :-", "Related »"),
  as the plain-text parser sees it;
* :data:`RELATED_PREFIX`: a block starts with the label ("Related: 5 more
  recipes"), as the listicle detector sees short headings and paragraphs.

Some labels are labels only when they stand alone: as a prefix they open real
titles too ("Popular Myths About Sleep", "Must-Read Books for Summer", "Top Stories
of 2024"), so prefix matching leaves them out.
"""

from __future__ import annotations

import re

# Labels that nothing but a related-stories box starts with.
_LEADING = "|".join((
    r"also\s+read", r"read\s+also", r"read\s+more(?:\s+(?:stories|articles|news))?",
    r"read\s+(?:this\s+)?next", r"next\s+up",
    r"related(?:\s+(?:stories|articles|posts|reads?|reading|news|coverage|content|links))?",
    r"more\s+(?:stories|articles|reading|to\s+explore|like\s+this|from\b.*)",
    r"more\s+(?:[^\W\d_]+\s+){1,2}like\s+this", r"if\s+you\s+liked\s+this",
    r"you\s+(?:may|might)\s+also\s+(?:like|enjoy|read)",
    r"recommended(?:\s+(?:for\s+you|reading|stories|articles))?",
    r"most\s+(?:read|popular)", r"trending(?:\s+(?:now|stories))?", r"(?:popular|recent)\s+posts",
    r"see\s+also", r"further\s+reading", r"don'?t\s+miss",
    r"auch\s+interessant", r"lesen\s+sie\s+auch", r"mehr\s+zum\s+thema",
    r"das\s+könnte\s+dich\s+auch\s+interessieren", r"te\s+puede\s+interesar", r"lire\s+aussi",
    r"leggi\s+anche",
))
# Labels only when alone on their line.
_ALONE = "|".join((
    r"must\s+read", r"more\s+(?:news|on\s+\S.*)", r"popular(?:\s+(?:now|stories))?",
    r"top\s+stories", r"latest\s+(?:stories|news|posts)",
))

RELATED_LINE = re.compile(rf"^(?:{_LEADING}|{_ALONE})\s*[:\-–—>»]*\s*$", re.I)
RELATED_PREFIX = re.compile(rf"^\W*(?:{_LEADING})\b", re.I)
