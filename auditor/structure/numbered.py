"""Items that carry their numbers: numbered headings, numbered title paragraphs and
numbered lines (and the unnumbered title paragraphs gathered on the way: ALL-CAPS
titles, run-in leads, bold titles), split into runs where numbering restarts after a
section break, and the run that keeps the headline's promise picked from them.

The functions here are pure: they read the blocks :func:`auditor.structure.blocks.blocks`
made and return candidates (:class:`auditor.structure.blocks.Cand`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from auditor.model import Document, Heading, ListItem, Paragraph
from auditor.structure.blocks import Block, Cand, all_caps, bold_title, item_title, lead_words, para_lines, title_of
from auditor.structure.fit import numbered_prefix
from auditor.structure.labels import CAPTION, CLOSING, EXTRAS, FRAME, METHOD, NOTE_LABEL, shop_line
from auditor.structure.markers import bare_number, is_place, parse_marker
from auditor.text.cues import RELATED_PREFIX
from auditor.text.segment import word_count
from auditor.text.lazyre import lazy_pattern


def candidates(doc: Document, bl: Sequence[Block], start: int, skip: set[int]) -> dict[str, list[Cand]]:
    """Every block that may open an item, by shape: "heading" (numbered headings),
    "paragraph" (numbered paragraphs and lines), "caps" (ALL-CAPS title paragraphs),
    "leads" (ALL-CAPS run-in leads) and "bold" (paragraphs opening with a bold title)."""
    lone = _lone_numbered_items(doc)
    sizes = Counter(li.list_index for li in doc.list_items)
    # A list's number drawn before a heading in its entry ("<h3><ol><li>Title"); one-item
    # lists each restarting at 1 (an entry per <ol>, "1." before every title) number nothing.
    restarts = sum(1 for li in doc.list_items if li.ordered and sizes[li.list_index] == 1 and li.number == 1) >= 2
    ordered_by_line = {
        (li.line, li.text): li for li in doc.list_items
        if li.ordered and li.number is not None and (sizes[li.list_index] > 1 or li in lone or not restarts)
    }
    out: dict[str, list[Cand]] = {"heading": [], "paragraph": [], "caps": [], "leads": [], "bold": [], "symbol": []}
    counters = _uncounted_digits(bl, start, skip) | _method_points(bl, start, skip, doc.headline_number)
    for i in range(start, len(bl)):
        if i in skip:
            continue
        b = bl[i]
        if isinstance(b.obj, ListItem) and b.obj in lone and _titles_prose(bl, i):
            # A one-item <ol start="3"> over the entry's prose: a numbered title the list draws.
            out["paragraph"].append(Cand(b.pos, lone[b.obj], b.text, "", "paragraph", 0, i))
        elif b.kind == "heading":
            mk = parse_marker(b.text, plain=True) if i not in counters else None
            mk = None if mk is not None and _FIGURE_LABEL().match(mk.label) and not is_place(mk.marker) else mk
            if mk:
                out["heading"].append(Cand(b.pos, mk.number, b.text, mk.marker, "heading", b.level, i))
            elif (b.pos[0], b.text) in ordered_by_line:
                # <ol><li><h3>Title</h3>: the list draws the number.
                li = ordered_by_line[(b.pos[0], b.text)]
                out["heading"].append(Cand(b.pos, li.number, b.text, "", "heading", b.level, i))
        elif b.kind == "paragraph" and i not in counters:
            _paragraph_candidates(bl, i, out)
    out["heading"] = _counting_headings(bl, start, skip, out["heading"])
    out["paragraph"] = without_nested(out["paragraph"])
    return out


def _lone_numbered_items(doc: Document) -> dict[ListItem, int]:
    """Items each alone in an ordered list that numbers it ``<ol start="N">``, by item: the
    numbered titles of Google Docs' exported pages (`<ol class="lst-kix_…-0" start="3"><li
    class="c2 li-bullet-0"><span class="c5">Title</span></li></ol>`, the entry's text in
    paragraphs after it) and of editors that split a list around each entry's text. Lists
    of one item that all start at 1 number nothing (see lists.ordered_lists' chain)."""
    sizes = Counter(li.list_index for li in doc.list_items)
    lone = {li: li.number for li in doc.list_items
            if li.ordered and li.depth == 1 and sizes[li.list_index] == 1 and li.number is not None}
    return lone if len(set(lone.values())) >= 3 else {}


def _titles_prose(bl: Sequence[Block], i: int) -> bool:
    """Whether list item ``bl[i]`` is a short title (no lead-in ending in ":") with a paragraph
    after it, a shop's line or two set as bullets between ("See it now: Amazon", a product's)."""
    text = bl[i].text.strip()
    if not 0 < word_count(text) <= _BOX_TITLE_WORDS or text.endswith(":"):
        return False
    k = i + 1
    while k < len(bl) and k <= i + _SHOP_BULLETS and bl[k].kind == "list" and isinstance(li := bl[k].obj, ListItem) \
            and not li.ordered and shop_line(bl[k].text):
        k += 1
    return k < len(bl) and bl[k].kind == "paragraph"


# The most shop lines set as bullets between a product's title and its text.
_SHOP_BULLETS = 2


def without_nested(cands: list[Cand]) -> list[Cand]:
    """``cands`` without the runs numbered afresh from 1 that stand between two entries of
    the list they interrupt: "4. Porto", then "1. Book early", "2. Go in the morning" (the
    steps of entry 4), then "5. Lisbon". The list's numbers go on around them (gaps
    allowed: other entries may be headings); a run after its last entry may be a second
    list and stays, as does any numbering the list itself breaks."""
    nums = [c.number for c in cands]
    if len(nums) < 5 or None in nums:
        return cands
    step = 1 if nums[0] == 1 else -1
    outer: list[int] = []
    inner: list[list[int]] = []
    run: list[int] = []
    for k, n in enumerate(nums):
        assert n is not None
        if run and n == (nums[run[-1]] or 0) + 1:
            run.append(k)
            continue
        if run:
            inner.append(run)
            run = []
        last = nums[outer[-1]] if outer else None
        if last is None or (n - last) * step > 0:
            outer.append(k)
        elif n == 1:
            run = [k]
        else:
            return cands  # the list's own repeat or restart: the numbering rules report it
    nested = {k for r in inner if len(r) >= 2 and outer[0] < r[0] < outer[-1] for k in r}
    if run or len(outer) < 3 or not nested:
        return cands
    return [c for k, c in enumerate(cands) if k not in nested]


# Labels that number pictures, tables and charts, not a list's entries.
_FIGURE_LABEL = lazy_pattern(
    r"^(?:fig(?:ure)?\.?|abb(?:ildung)?\.?|figura|table|tabelle|tabla|tableau|tabella|chart|graph|grafik|gráfico"
    r"|diagram|diagramm|photo|image|picture|foto|bild|video|exhibit|plate|map|karte|mapa)$", re.I)
_LABEL_CHARS = 60  # a label of the notes is a few words


def _method_points(bl: Sequence[Block], start: int, skip: set[int], promised: int | None) -> set[int]:
    """Numbered points right under a frame's heading or label that says how the picks were
    made, sums them up or cites ("How we chose", "Key takeaways:", "Sources"): the run
    of numbered paragraphs, lines or headings after it (one lead-in paragraph allowed).
    They are the page's notes, never entries, wherever they stand, unless they are as many
    as the headline promises ("5 takeaways" under a "Key takeaways" heading)."""
    out: set[int] = set()
    for k in range(start, len(bl)):
        b = bl[k]
        if k in skip or b.kind == "list" or len(b.text) > _LABEL_CHARS or not METHOD().match(b.text):
            continue
        j, found = k + 1, []
        if j < len(bl) and bl[j].kind == "paragraph" and parse_marker(bl[j].text) is None and b.kind == "heading":
            j += 1  # "We weighed three things:" before the points
        last = 0
        while j < len(bl) and bl[j].kind != "list":
            mk = parse_marker(bl[j].text, plain=bl[j].kind == "heading")
            if mk is None and not _lines_numbered(bl[j]):
                break
            if mk is not None and mk.number != last + 1:
                break  # the points count 1, 2, 3; "1." again opens the entries
            last = mk.number if mk is not None else last
            found.append(j)
            j += 1
        if promised is None or last != promised:
            out.update(found)
    return out


def _lines_numbered(b: Block) -> bool:
    """A paragraph of three or more numbered lines ("1. …<br>2. …<br>3. …")."""
    para = b.obj
    return isinstance(para, Paragraph) and sum(1 for ln in para_lines(para) if parse_marker(ln)) >= 3


def _uncounted_digits(bl: Sequence[Block], start: int, skip: set[int]) -> set[int]:
    """Paragraphs of bare digits ("6" in a box of its own, no "." or "#") over an entry's
    text, unless three or more of them count 1..N or N..1 down the page: a counter or a
    page number ("6", "5", "4" on page one of a countdown) is as often such a box."""
    found = [i for i in range(start, len(bl)) if i not in skip and bl[i].kind == "paragraph"
             and bl[i].text.strip().isdecimal() and i + 1 < len(bl) and bl[i + 1].kind != "heading"]
    nums = [int(bl[i].text) for i in found]
    if len(nums) >= 3 and nums in (list(range(1, len(nums) + 1)), list(range(len(nums), 0, -1))):
        return set()
    return set(found)


# The title may open with a digit or a quote: "09 3-D Body Scanners", '01 "My fears have been realized"'.
_LEADING_NUMBER = re.compile(r"^\s*0*(\d{1,3})\s+(?=[^\W_]|[\"'“‘«„(])")


def _counting_headings(bl: Sequence[Block], start: int, skip: set[int], heads: list[Cand]) -> list[Cand]:
    """``heads`` with the headings of one level that open with a bare number ("1 Ember
    Mug", "2 Kindle Paperwhite") when those numbers count 1..N (or N..1) down the page,
    N ≥ 3: a list's numbers, though "2 Kindles" alone would read as a count."""
    found: dict[int, list[tuple[int, int, str]]] = {}
    for i in range(start, len(bl)):
        b = bl[i]
        if b.kind == "heading" and i not in skip and (m := _LEADING_NUMBER.match(b.text)):
            found.setdefault(b.level, []).append((i, int(m.group(1)), m.group(0).strip()))
    have = {c.block for c in heads}
    added: list[Cand] = []
    for level, run in found.items():
        nums = [n for _, n, _ in run]
        if len(nums) < 3 or nums not in (list(range(1, len(nums) + 1)), list(range(len(nums), 0, -1))):
            continue
        added += [Cand(bl[i].pos, n, bl[i].text, marker, "heading", level, i) for i, n, marker in run if i not in have]
    if not added:
        return heads
    return sorted(heads + added, key=lambda c: c.block)


def _paragraph_candidates(bl: Sequence[Block], i: int, out: dict[str, list[Cand]]) -> None:
    """Add what paragraph ``bl[i]`` may open to ``out`` (see :func:`candidates`)."""
    b = bl[i]
    para = b.obj
    assert isinstance(para, Paragraph)
    if para.quote:
        return
    lines = para_lines(para)
    numbered = [(k, ln, mk) for k, ln in enumerate(lines) if (mk := parse_marker(ln)) is not None]
    if len(lines) >= 3 and len(numbered) >= 3:
        for k, ln, mk in numbered:
            out["paragraph"].append(Cand((para.line + k, para.column if k == 0 else 1), mk.number, ln, mk.marker,
                                          "line", 0, i))
        return
    led_lines = [(k, ln, led) for k, ln in enumerate(lines) if (led := symbol_led(ln)) is not None]
    if len(lines) >= 3 and len(led_lines) >= 3 and len({led[0] for _, _, led in led_lines}) == 1:
        for k, ln, (symbol, after) in led_lines:  # "• Paris – …<br>• Rome – …": one entry a line
            title, _ = _symbol_title(after)
            out["symbol"].append(Cand((para.line + k, para.column if k == 0 else 1), None, title, symbol, "line", 0, i))
        return
    led = symbol_led(b.text)
    if led is not None:
        # "✅ Paris: …", "• Rome – …": an entry set as a paragraph with a bullet typed before it.
        symbol, after = led
        title, extra = _symbol_title(after)
        out["symbol"].append(Cand(b.pos, None, title, symbol, "caps", 0, i, extra))
        return
    bare = bare_number(b.text)
    if bare is not None and i + 1 < len(bl) and bl[i + 1].kind != "heading":
        # "<p>1.</p>" and the item's content (an embedded post, a quote) after it.
        title, _ = lead_words(bl[i + 1].text, 12)
        out["paragraph"].append(Cand(b.pos, bare, f"{b.text.strip()} {title}", b.text.strip(), "paragraph", 0, i))
        return
    mk = parse_marker(b.text)
    if mk and _FIGURE_LABEL().match(mk.label) and not is_place(mk.marker):
        return  # "Figure 3: …", "Abbildung 2:": a picture's caption, numbered as pictures are
    if mk:
        title, rest = _marked_title(b.text, mk.title)
        if para.lead >= len(para.text.rstrip()) and not para.breaks and title.endswith(":") and 0 < rest <= 6:
            # The whole line set as a title ("**21) Star Wars: The Last Jedi**"): its colon ends no title.
            title, rest = b.text.strip(), 0
        if not title:  # a run-in item whose first sentence is long: "9. Accusing Lena…"
            title, rest = lead_words(b.text, 12)
        title, rest = _bold_entry_title(para, title, rest)
        out["paragraph"].append(Cand(b.pos, mk.number, title, mk.marker, "paragraph", 0, i, rest))
        return
    bold = _bold_title(para)
    if bold is not None:
        out["bold"].append(replace(bold, block=i))
    if _is_caps_title(b.text):
        out["caps"].append(Cand(b.pos, None, b.text, "", "caps", 0, i))
        return
    lead = _CAPS_LEAD.match(b.text)
    if lead:  # "VISIT the Pennsylvania National Horse Show, …"
        head = lead.group(1)
        out["leads"].append(Cand(b.pos, None, head, "", "caps", 0, i, word_count(b.text) - word_count(head)))


def _bold_entry_title(para: Paragraph, title: str, rest: int) -> tuple[str, int]:
    """The title of a numbered paragraph whose bold run ends the title before its text
    ("<p>1. <b>Lisbon</b><br>Lisbon rewards…</p>", "**1. Lisbon**<br>Lisbon rewards…": the
    entry written in one paragraph, its title on a line of its own), in place of ``title``
    read as the first sentence when that ran on into the text. Not a bold word the title's
    line goes on after in lower case ("1. <b>Lisbon</b> and its seven hills"), nor a long
    bold run (emphasis), nor a bold marker alone ("<b>1.</b> Lisbon…")."""
    head = bold_title(para.text, para.lead)
    mk = parse_marker(head) if head else None
    if mk is None or not mk.title or not title.startswith(head) or len(title) <= len(head):
        return title, rest  # no such bold title, or the first sentence already ends within it
    return head, word_count(para.text[para.lead:])


def _marked_title(text: str, after: str) -> tuple[str, int]:
    """:func:`title_of` a numbered paragraph, the marker kept whole: the full stop of "No. 1:"
    or "Nr. 3" ends no title ("No. 1: Lisbon" is titled "No. 1: Lisbon", not "No.")."""
    at = text.rfind(after) if after else -1
    if at <= 0:
        return title_of(text)
    title, rest = title_of(after)
    return (f"{text[:at]}{title}".strip(), rest) if title else ("", rest)


# A bullet typed before an entry's text: dingbats, arrows, check marks, stars, dashes
# and emoji (one character, with its variation selector), not a quotation mark.
_SYMBOL = re.compile(
    r"^\s*([•·▪▫◦‣⁃►▶▸➤➔➜➡→⇒✓✔✅☑☐✗✘❌★☆⭐●○◉◆◇■□♦❖➢➣➥➧✦✧✪✱✲✳️*+>–—-]|[\U0001F300-\U0001FAFF])"
    r"[\ufe0f\u200d]*\s+(?=\S)"
)


_DASHED_TITLE = lazy_pattern(r"\s*([^\W\d_][^.!?:;–—]{0,60}?)\s+[–—-]\s+(?=\S)")


def _symbol_title(rest: str) -> tuple[str, int]:
    """The title of an entry after its bullet ("Paris – It is…", "Paris: …", the first
    sentence, else its first words) and the words after it."""
    dashed = _DASHED_TITLE().match(rest)
    if dashed:
        return dashed.group(1), word_count(rest[dashed.end():])
    title, extra = title_of(rest, limit=12)
    return (title, extra) if title else lead_words(rest, 8)


def symbol_led(text: str) -> tuple[str, str] | None:
    """The bullet symbol ``text`` opens with and the text after it ("✅ Paris: …" →
    ("✅", "Paris: …")), else None."""
    m = _SYMBOL.match(text)
    if m is None or not any(c.isalpha() for c in text[m.end():m.end() + 20]):
        return None
    return m.group(1), text[m.end():]


# A bold title names an entry in a few words; a longer bold run is emphasis.
_BOLD_TITLE_WORDS = 15
# ... and one alone in its box in as many words as the walk reads a title box in.
_BOX_TITLE_WORDS = 24


def _bold_title(para: Paragraph) -> Cand | None:
    """The entry a paragraph opening in bold names ("**ACHIY – Handgestrickte Knitwear**
    Eine Produktion…", a bold ``<p>`` alone), with the words after the title."""
    if not para.lead:
        return None
    title = para.text[: para.lead].strip()
    n = word_count(title)
    # A title alone in its box may run longer than a bold run-in lead: "Alpha Lodge is the
    # place where you can spend a quiet weekend…" over its slide (a sentence's end makes it emphasis).
    alone = para.lead >= len(para.text.rstrip()) and not title.endswith((".", "!", "?", "…"))
    if not 1 <= n <= (_BOX_TITLE_WORDS if alone else _BOLD_TITLE_WORDS) or CAPTION().match(title) or NOTE_LABEL().match(title) or FRAME().match(title):
        return None  # "More:", "Editor's note:" open a note; "The bottom line", "Fazit" frame the list
    return Cand((para.line, para.column), None, title, "", "caps", 0, -1, word_count(para.text[para.lead:]))


_CAPS_LEAD = re.compile(r"^((?:[A-ZÄÖÜÉÈ][A-ZÄÖÜÉÈ'’-]{2,})(?:\s+[A-ZÄÖÜÉÈ][A-ZÄÖÜÉÈ'’-]+){0,3})\s+(?=[^\W\d_]*[a-zäöüéè])")


def _is_caps_title(text: str) -> bool:
    return 2 <= word_count(text) <= 12 and all_caps(text) and not text.rstrip().endswith(".")


def separated(bl: Sequence[Block], a: Cand, b: Cand, level: int) -> bool:
    """Whether a section break stands between two candidates: a heading above the
    items' level, an unnumbered heading at it, or a lead-in paragraph ending in ':'."""
    for k in range(a.block + 1, b.block):
        blk = bl[k]
        if blk.kind == "heading":
            if level == 0 or blk.level < level:
                return True
            if blk.level == level and parse_marker(blk.text, plain=True) is None:
                return True
    prev = bl[b.block - 1] if b.block > a.block + 1 else None
    return bool(prev and prev.kind == "paragraph" and prev.text.rstrip().endswith(":"))


def numbered_runs(bl: Sequence[Block], cands: list[Cand], level: int) -> list[list[Cand]]:
    """Split candidates where numbering restarts (goes back against the list's
    direction) after a section break; gaps and unbroken restarts stay in the run
    so the numbering rules can report them."""
    runs: list[list[Cand]] = []
    for c in cands:
        if runs:
            run = runs[-1]
            prev = run[-1]
            if c.number is None or prev.number is None:
                run.append(c)
                continue
            first = run[0].number if run[0].number is not None else prev.number
            # Down the page from the second candidate on, or from the first when the next counts one
            # down from it ("10." then "9.": a countdown, not a list starting again).
            direction = -1 if (prev.number < first if len(run) >= 2 else c.number == prev.number - 1) else 1
            restart = (c.number - prev.number) * direction <= 0
            faq = _asks(c) and not any(map(_asks, run))
            if not (restart and (separated(bl, prev, c, level) or faq)):
                run.append(c)
                continue
        runs.append([c])
    return runs


def _asks(c: Cand) -> bool:
    """Whether the candidate's title is a question: numbering that starts afresh with
    questions after entries that ask none ("1. Is Lisbon cheap in winter?") is an FAQ."""
    return c.heading.rstrip().endswith(("?", "？", "¿"))


def pick_run(runs: list[list[Cand]], promised: int | None, at_least: bool) -> list[Cand]:
    if promised:
        for run in runs:
            if len(run) == promised or (at_least and len(run) >= promised):
                return run
        # Per-section numbering ("#1 #2 | #1 #2 #3"): the runs together keep the promise.
        if len(runs) > 1 and sum(len(r) for r in runs) == promised and all(
            r[0].number in (1, len(r)) for r in runs
        ):
            return [c for r in runs for c in r]
        if not at_least:
            for run in runs:
                # "1. … 6." then "1. …" again: the promised list and a second one after it.
                cut = numbered_prefix([c.number for c in run], promised)
                if cut:
                    return _after_contents(run, cut)
    return max(runs, key=len)


def _after_contents(run: list[Cand], n: int) -> list[Cand]:
    """The first ``n`` of ``run``, or the next ``n`` when the first are a table of
    contents: titles alone, one right after the other (lines of one paragraph, or
    paragraphs), and the same numbers again after them with the items' text ("1. A
    2. B 3. C" then "1. A: …")."""
    head, again = run[:n], run[n:2 * n]
    if [c.number for c in again] == [c.number for c in head] \
            and all(b.block - a.block in (0, 1) for a, b in zip(head, head[1:])) \
            and all(c.extra_words == 0 for c in head):
        return again
    return head


# An entry titled as a bonus: "Bonus: …", "Bonus tip", "Extra: …", "Update: …", "Honorable mention: …".
# The same in the languages of labels.EXTRAS: "Bônus:", "Zugabe:", "Extra:", "Mención de honor:",
# "Lobende Erwähnung:", "Menzione d'onore –", "Eervolle vermelding:", "Wyróżnienie:".
_HONOURED = (r"honou?rable mentions?|runners?[- ]up|lobende erwähnung(?:en)?|ehrenvolle erwähnung(?:en)?"
             r"|menci(?:ón|ones) (?:de honor|honoríficas?|especial(?:es)?)|mentions? (?:honorables?|spéciales?)"
             r"|menzion[ei] (?:d'onore|speciali?)|menç(?:ão|ões) honrosas?|eervolle vermelding(?:en)?"
             r"|wyróżnieni[ea]|hedersomnämnanden?|hæderlige? omtaler?")
_BONUS_TITLE = lazy_pattern(
    r"^\W*(?:bonus|b[ôó]nus|zugabe)\b|^\W*(?:extras?|ekstra|update[ds]?|nachtrag|actualización|mise à jour"
    rf"|aggiornamento|atualização|{_HONOURED})(?:\s+\w+)?\s*[:–—]", re.I)


# An entry marked as an extra anywhere in its title: "12. Cuenca (Honorable Mention)", "(Bônus)".
_MARKED_EXTRA = lazy_pattern(rf"\b(?:bonus|b[ôó]nus|zugabe|{_HONOURED})\b", re.I)


def cut_extras(bl: Sequence[Block], run: list[Cand], promised: int | None, at_least: bool) -> list[Cand]:
    """The promised items when the run goes on past them only after an "Update:" or
    "Bonus" label: "36 places…" plus four readers' suggestions is 36 items."""
    if not promised or at_least or len(run) <= promised:
        return run
    a, b = run[promised - 1], run[promised]
    between = [bl[k] for k in range(a.block + 1, b.block)]
    # A bonus in the next entry's own title counts too, after its number ("11. Bonus: …"),
    # but not a title that only starts like a label ("8. Extra Pool").
    title = b.heading[len(b.marker):] if b.marker and b.heading.startswith(b.marker) else b.heading
    if any(EXTRAS().match(x.text) for x in between) or EXTRAS().match(b.heading) or _BONUS_TITLE().match(title):
        return run[:promised]
    # Extras marked so in their titles, past the promised entries or (a countdown) before them:
    # "11. Cuenca (bonus)"; "12. Cuenca (honorable mention)", "11. …", then "10. …".
    marked = [_MARKED_EXTRA().search(c.heading) is not None for c in run]
    extra = len(run) - promised
    for kept, cut in ((slice(0, promised), slice(promised, None)), (slice(extra, None), slice(0, extra))):
        if all(marked[cut]) and not any(marked[kept]):
            return run[kept]
    return run


def grouped(bl: Sequence[Block], heads: list[Cand], promised: int, skip: set[int]) -> list[Cand]:
    """Items grouped under fewer headings ("20 ideas" under six "Idea #N" sections): the
    list items, or the paragraphs after each section's introduction, when every section
    holds two or more and they add up to exactly the promise. Nothing otherwise: a guess
    must match the count, and "## 1. Tip" with a paragraph under it is one item."""
    sections: list[list[int]] = []
    for n, c in enumerate(heads):
        stop = heads[n + 1].block if n + 1 < len(heads) else len(bl)
        sec: list[int] = []
        for k in range(c.block + 1, stop):
            b = bl[k]
            if k in skip or (b.kind == "heading" and b.level <= c.level):
                break
            sec.append(k)
        sections.append(sec)
    lists = [[k for k in sec if bl[k].kind == "list" and getattr(bl[k].obj, "depth", 1) == 1] for sec in sections]
    paras = [[k for k in sec if bl[k].kind == "paragraph"] for sec in sections]
    for picked in (lists, [p[1:] for p in paras], paras):
        # Every section a group (two or more): a section of one is an item, not a group.
        if sum(len(p) for p in picked) == promised and all(len(p) >= 2 for p in picked):
            out: list[Cand] = []
            for k in (k for p in picked for k in p):
                title, rest = title_of(bl[k].text, limit=12)
                if not title:
                    title, rest = lead_words(bl[k].text, 12)
                out.append(Cand(bl[k].pos, None, title, "", "paragraph", 0, k, rest))
            return out
    return []


def closing_entry(bl: Sequence[Block], heads: list[Cand], promised: int, skip: set[int]) -> list[Cand]:
    """Items 1..N-1 numbered and the N-th after them unnumbered, built like them: the
    author's own pick closing "12 Twitter users…" after eleven numbered users ("Meine
    Lektion für erfolgreiche Tweets: Loben und ermutigen!"). Taken only when the next
    heading at the items' level (or, for title paragraphs, the next paragraph set as they
    are: in bold as they are, or in their colon form) titles the same shape (the same colon
    form, a title of the items' length, no frame, extras or related label, not a link unless
    theirs are) over
    a section of an item's length. Empty otherwise: a shortfall stays a shortfall."""
    if len(heads) != promised - 1 or promised < 4 or [c.number for c in heads] != list(range(1, promised)):
        return []
    last, level = heads[-1], heads[-1].level
    if last.style == "paragraph":
        return _closing_paragraph(bl, heads, skip)
    if last.style != "heading":
        return []
    nxt = next((k for k in range(last.block + 1, len(bl)) if bl[k].kind == "heading" and bl[k].level <= level), None)
    if nxt is None or nxt in skip or bl[nxt].level != level:
        return []
    title, heading = bl[nxt].text, bl[nxt].obj
    # A title that is all link is a teaser's, unless the items' titles are links too (to the shop, to themselves).
    linked = all(isinstance(h := bl[c.block].obj, Heading) and h.link_only for c in heads)
    if not _closing_title([item_title(c.heading) for c in heads], title) \
            or (isinstance(heading, Heading) and heading.link_only and not linked):
        return []
    stops = [c.block for c in heads[1:]] + [nxt]
    bodies = [_section_size(bl, c.block, stop) for c, stop in zip(heads, stops)]
    end = next((k for k in range(nxt + 1, len(bl)) if bl[k].kind == "heading" and bl[k].level <= level), len(bl))
    own = _section_size(bl, nxt, end)
    if not min(bodies) / 2 <= own <= 2 * max(bodies):
        return []
    return [*heads, Cand(bl[nxt].pos, None, title, "", "heading", level, nxt)]


def _closing_title(titles: Sequence[str], title: str) -> bool:
    """Whether ``title`` titles the same shape as the items' ``titles`` (see :func:`closing_entry`)."""
    if (parse_marker(title, plain=True) or FRAME().match(title) or EXTRAS().match(title)
            or RELATED_PREFIX.match(title) or CLOSING.match(title)):
        return False
    if any((":" in t) != (":" in title) for t in titles):
        return False
    sizes = [word_count(t) for t in titles]
    return min(sizes) / 2 <= word_count(title) <= 1.5 * max(sizes)


def _bold_lead(b: Block) -> str:
    """The bold title paragraph ``b`` opens with (all of it, or a run-in lead), else "". Read
    from the paragraph itself: a block may carry a badge's number before it ("1. " + title)."""
    para = b.obj
    lead = para.text[:para.lead].strip() if isinstance(para, Paragraph) and para.lead > 0 else ""
    return "" if bare_number(lead) is not None else lead  # a number's own box ("<p><b>01</b></p>") titles nothing


def _closing_paragraph(bl: Sequence[Block], heads: list[Cand], skip: set[int]) -> list[Cand]:
    """:func:`closing_entry` for title paragraphs ("<p><strong>1. …</strong></p>", a bold
    run-in lead, a title box each): the first paragraph after the last item's own text that
    opens as the titles do (with a bold title when they do, else in their colon form), over
    a section of an item's length that runs to the next heading or title-shaped paragraph."""
    last = heads[-1]
    bold = all(_bold_lead(bl[c.block]) for c in heads)
    # The items' whole titles: a bold lead as set, not cut at its colon ("1. Name, Autorin: Ein Dreiklang").
    titles = [item_title(_bold_lead(bl[c.block]) if bold else c.heading) for c in heads]
    colon = all(":" in t for t in titles)
    if not bold and not colon:
        return []
    stop = next((k for k in range(last.block + 1, len(bl)) if bl[k].kind == "heading"), len(bl))
    for k in range(last.block + 2, stop):  # the last item's own text comes first
        b = bl[k]
        title = _bold_lead(b) if bold else b.text.strip()
        if k in skip or b.kind != "paragraph" or not title or not _closing_title(titles, title):
            continue
        if title.endswith((".", "?")) and not bold:
            continue  # a sentence, not a title
        stops = [c.block for c in heads[1:]] + [k]
        bodies = [c.extra_words + _section_size(bl, c.block, s) for c, s in zip(heads, stops)]
        own = word_count(b.text) - word_count(title) + _section_size(bl, k, stop)
        if min(bodies) / 2 <= own <= 2 * max(bodies):
            return [*heads, Cand(b.pos, None, title, "", "paragraph", 0, k, word_count(b.text) - word_count(title))]
        return []
    return []


def _section_size(bl: Sequence[Block], title: int, stop: int) -> int:
    return sum(word_count(bl[k].text) for k in range(title + 1, stop) if bl[k].kind != "heading")


def outer_numbering(bl: Sequence[Block], cands: list[Cand]) -> list[Cand]:
    """The entries' own numbers when each entry numbers its steps too: "**1. Ember Mug**"
    then "1. Unpack it", "2. Charge it", "**2. Kindle**" then "1. …" again. The bold
    titles count 1..N down the page while the plain numbers start afresh in every
    entry: the bold ones are the list. ``cands`` unchanged otherwise."""
    def bold(c: Cand) -> bool:
        para = bl[c.block].obj
        return c.style == "paragraph" and isinstance(para, Paragraph) and para.lead > 0

    titles = [c for c in cands if bold(c)]
    steps = [c for c in cands if not bold(c)]
    nums = [c.number for c in titles]
    if len(titles) < 3 or not steps or nums not in (list(range(1, len(nums) + 1)), list(range(len(nums), 0, -1))):
        return cands
    step_nums = [c.number for c in steps]
    return titles if len(set(step_nums)) < len(step_nums) else cands


def _run_parents(bl: Sequence[Block], runs: list[list[Cand]], skip: set[int]) -> list[int]:
    """The heading of a higher level each run counts afresh under, one per run, in order
    and all at one level; empty when a run has none of its own or one starts past 1."""
    if len(runs) < 2 or any(r[0].number != 1 for r in runs):
        return []
    level = runs[0][0].level
    parents: list[int] = []
    for run in runs:
        first = run[0].block
        parent = next((k for k in range(first - 1, -1, -1) if bl[k].kind == "heading" and bl[k].level < level), None)
        if parent is None or parent in skip or parent in parents or (parents and parent < parents[-1]):
            return []
        if any(bl[k].kind == "heading" and bl[k].level < level for k in range(parent + 1, first)):
            return []
        parents.append(parent)
    return parents if len({bl[k].level for k in parents}) == 1 else []


def _as_entries(bl: Sequence[Block], parents: list[int]) -> list[Cand]:
    return [Cand(bl[k].pos, None, bl[k].text, "", "heading", bl[k].level, k) for k in parents]


def numbered_within(bl: Sequence[Block], runs: list[list[Cand]], promised: int, skip: set[int]) -> list[Cand]:
    """The promised entries when numbered headings count afresh inside each of them: "##
    Ember Mug" over "### 1. Charge it", "### 2. Pair it", six times under "6 Gadgets…".
    Every run starts at 1 under its own heading of a higher level, and those headings
    are exactly the promise: they are the entries, the numbers their steps."""
    parents = _run_parents(bl, runs, skip)
    return _as_entries(bl, parents) if len(parents) == promised else []


# Entries holding their own steps: at least this many, each numbering its steps afresh.
_STEPPED_ENTRIES = 3


def steps_within(bl: Sequence[Block], runs: list[list[Cand]], skip: set[int]) -> list[Cand]:
    """The entries when numbered sub-headings count afresh inside every one of three or
    more headings of a higher level that each open with text of their own ("## Lisbon",
    a paragraph, "### Step 1: Book", "### Step 2: Go"; "## Kyoto", …), and no heading of
    that level between them goes without: steps or days of each entry, whatever the
    headline counts. A group heading straight over its numbered entries is not such."""
    parents = _run_parents(bl, runs, skip)
    if len(parents) < _STEPPED_ENTRIES:
        return []
    level = bl[parents[0]].level
    every = [k for k in range(parents[0], runs[-1][0].block) if bl[k].kind == "heading" and bl[k].level == level]
    if every != parents:
        return []
    for parent, run in zip(parents, runs):
        if not any(bl[k].kind == "paragraph" for k in range(parent + 1, run[0].block)):
            return []
    return _as_entries(bl, parents)


def same_label(cands: list[Cand]) -> list[Cand]:
    """Keep the items whose label ("Common Mistake #") the majority shares: drops a
    stray "Method #1" heading among "1. Gather the seeds" steps."""
    labels = Counter(_label(c.heading) for c in cands)
    top, count = labels.most_common(1)[0]
    if count == len(cands) or count < 2:
        return cands
    return [c for c in cands if _label(c.heading) == top]


def _label(text: str) -> str:
    mk = parse_marker(text, plain=True)
    return mk.label.lower() if mk else ""


def counts_in_order(nums: Sequence[int | None]) -> bool:
    """Whether ``nums`` count 1..N, or N..1, in document order."""
    return list(nums) in (list(range(1, len(nums) + 1)), list(range(len(nums), 0, -1)))


def fill_levels(chosen: list[Cand], heads: list[Cand]) -> list[Cand]:
    """The chosen level's numbered headings plus numbered headings at other levels that
    fill their gaps, when together they count 1..N (or N..1) down the page: an editor set
    some entries as <h3> among <h2>s ("1. Lisbon" h2, "3. Cape Town" h3, "4. Reykjavik"
    h2). Numbered steps under each entry repeat numbers, so they never count 1..N."""
    level = chosen[0].level if chosen else 0
    have = {c.number for c in chosen}
    if len(chosen) < 2 or None in have or counts_in_order([c.number for c in chosen]):
        return chosen
    extra = [c for c in heads if c.level != level and c.number is not None and c.number not in have]
    merged = sorted(chosen + extra, key=lambda c: c.block)
    return merged if extra and counts_in_order([c.number for c in merged]) else chosen


def fill_gaps(heads: list[Cand], paras: list[Cand]) -> list[Cand]:
    """Numbered headings plus numbered paragraphs that fill their gaps (pages that
    set some items as <h3> and others as <p>), kept only when that completes 1..n."""
    have = {c.number for c in heads}
    extra = [p for p in paras if p.style == "paragraph" and p.number not in have]
    if not extra:
        return heads
    merged = sorted(heads + extra, key=lambda c: c.pos)
    nums: list[int] = sorted(n for c in merged if (n := c.number) is not None)
    numbered = sorted(n for n in have if n is not None)
    if nums == list(range(1, len(nums) + 1)) and (numbered != list(range(1, len(have) + 1))):
        return merged
    # Headings 1..5, then "**6. …**" and "**7. …**" as bold paragraphs after them: the list
    # goes on in another dress, every number in order down the page.
    after = [p for p in extra if p.pos > heads[-1].pos]
    if numbered == list(range(1, len(have) + 1)) and after \
            and [c.number for c in after] == list(range(len(have) + 1, len(have) + 1 + len(after))):
        return sorted(heads + after, key=lambda c: c.pos)
    return heads
