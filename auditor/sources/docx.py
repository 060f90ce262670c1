"""Word drafts (``.docx``, also Google Docs' "Download → Microsoft Word") →
:class:`~auditor.model.Document`, with python-docx.

A ``.docx`` has no lines, so **positions are paragraph numbers**: ``line`` is the
1-based number of the paragraph in the body, counting every paragraph mark (¶) in
reading order, empty ones and those in table cells included, as Word shows them
with "Show/Hide ¶"; ``column`` is always 1. The text output prints ``file.docx:¶12``.

How the draft is read:

* **Headline**: the first paragraph in Word's *Title* style; without one, the first
  *Heading 1*. With a Title, Word's heading levels move down one (Heading 1 is an
  H2 under the Title's H1), as they render on a page.
* **Headings**: *Heading 1–6* styles (or a paragraph outline level). An
  automatically numbered heading gets its number in the text ("3. Fix leaks"), as
  the reader sees it.
* **Lists**: paragraphs with Word numbering (or a *List Number* / *List Bullet*
  style): decimal/roman/letter numbering is an ordered list with the number Word
  shows (start values and restarts honoured), bullets an unordered one.
* **Images**: every picture (inline or floating); alt text is Word's "Alt Text"
  (``descr``), ``None`` when there is none; "Mark as decorative" makes it
  decorative. A following *Caption*-style paragraph is its caption, a
  "Photo: …"/"Credit: …" line its credit.
* **Links**: hyperlinks with their visible text; internal bookmarks become ``#name``.
* *Quote* / *Intense Quote* paragraphs are quotes.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from auditor.model import Document, Heading, Image, Link, ListItem, Paragraph, SpaceRun
from auditor.sources import SourceError, SourceOptions

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_EMU_PER_PX = 9525
_HEADING = re.compile(r"^heading\s*([1-9])$", re.I)
_ORDERED_FORMATS = {"decimal", "decimalZero", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
                    "ordinal", "cardinalText", "ordinalText", "decimalEnclosedParen", "decimalEnclosedCircle"}


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def _bold_lead(paragraph: Any, text: str) -> int:
    """Characters of ``text`` the bold runs opening the paragraph cover: a title set in
    bold ("**Calm** – stories that send you off"); 0 when it does not open in bold."""
    bold: list[str] = []
    for run in paragraph.runs:
        if run.bold is not True and run.text.strip():
            break
        bold.append(run.text)  # bold, or only spaces between bold runs
    lead = _collapse("".join(bold))
    return len(lead) if lead and text.startswith(lead) else 0


def _collapse(text: str) -> str:
    return " ".join(text.split())


@dataclass(slots=True)
class _Numbering:
    """Word's list numbering: which (numId, level) is ordered, where it starts, and
    the running counters that produce the number a reader sees."""

    formats: dict[tuple[str, int], str] = field(default_factory=dict)
    starts: dict[tuple[str, int], int] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def read(cls, document: Any) -> _Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        abstract: dict[str, dict[int, tuple[str, int]]] = {}
        for node in root.iter(_q(W, "abstractNum")):
            levels = {}
            for lvl in node.iter(_q(W, "lvl")):
                fmt = lvl.find(_q(W, "numFmt"))
                start = lvl.find(_q(W, "start"))
                levels[int(lvl.get(_q(W, "ilvl"), "0"))] = (
                    fmt.get(_q(W, "val"), "decimal") if fmt is not None else "decimal",
                    int(start.get(_q(W, "val"), "1")) if start is not None else 1,
                )
            abstract[node.get(_q(W, "abstractNumId"), "")] = levels
        for num in root.iter(_q(W, "num")):
            num_id = num.get(_q(W, "numId"), "")
            ref = num.find(_q(W, "abstractNumId"))
            levels = abstract.get(ref.get(_q(W, "val"), "") if ref is not None else "", {})
            overrides = {int(o.get(_q(W, "ilvl"), "0")): o for o in num.iter(_q(W, "lvlOverride"))}
            for level, (fmt, start) in levels.items():
                override = overrides.get(level)
                start_override = override.find(_q(W, "startOverride")) if override is not None else None
                if start_override is not None:
                    start = int(start_override.get(_q(W, "val"), str(start)))
                numbering.formats[(num_id, level)] = fmt
                numbering.starts[(num_id, level)] = start
        return numbering

    def next(self, num_id: str, level: int) -> tuple[bool, int | None]:
        """(ordered, number shown) for the next paragraph of list ``num_id`` at ``level``."""
        fmt = self.formats.get((num_id, level), "bullet")
        counters = self.counters.setdefault(num_id, [0] * 9)
        level = min(max(level, 0), 8)
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0  # a new item restarts the levels under it
        if fmt not in _ORDERED_FORMATS:
            return False, None
        return True, self.starts.get((num_id, level), 1) + counters[level] - 1


def _style_name(paragraph: Any) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return ""
    return (style.name or "") if style is not None else ""


def _heading_level(paragraph: Any, style: str) -> int | None:
    match = _HEADING.match(style.strip())
    if match:
        return int(match.group(1))
    ppr = paragraph._p.pPr
    outline = ppr.find(_q(W, "outlineLvl")) if ppr is not None else None
    if outline is not None:
        level = int(outline.get(_q(W, "val"), "9")) + 1
        return level if level <= 6 else None
    return None


def _num_pr(paragraph: Any, style_name: str) -> tuple[str, int] | None:
    ppr = paragraph._p.pPr
    num_pr = ppr.find(_q(W, "numPr")) if ppr is not None else None
    if num_pr is None:
        try:
            style_ppr = paragraph.style.element.pPr if paragraph.style is not None else None
        except (KeyError, ValueError, AttributeError):
            style_ppr = None
        num_pr = style_ppr.find(_q(W, "numPr")) if style_ppr is not None else None
    if num_pr is None:
        return None
    num_id = num_pr.find(_q(W, "numId"))
    ilvl = num_pr.find(_q(W, "ilvl"))
    value = num_id.get(_q(W, "val"), "0") if num_id is not None else "0"
    if value == "0":
        return None  # numId 0 switches numbering off
    return value, int(ilvl.get(_q(W, "val"), "0")) if ilvl is not None else 0


def _images(paragraph: Any, number: int) -> list[Image]:
    found = []
    for holder in paragraph._p.iter(_q(WP, "inline"), _q(WP, "anchor")):
        props = holder.find(_q(WP, "docPr"))
        if props is None:
            continue
        decorative = any(el.tag.endswith("}decorative") and el.get("val") in ("1", "true")
                         for el in props.iter())
        descr = props.get("descr")
        alt = "" if decorative and not descr else descr
        blip = next(holder.iter(_q(A, "blip")), None)
        src = None
        if blip is not None:
            rel_id = blip.get(_q(R, "embed")) or blip.get(_q(R, "link"))
            rel = paragraph.part.rels.get(rel_id) if rel_id else None
            if rel is not None:
                src = rel.target_ref
        extent = holder.find(_q(WP, "extent"))
        width = height = None
        if extent is not None and extent.get("cx") and extent.get("cy"):
            width = str(round(int(extent.get("cx")) / _EMU_PER_PX))
            height = str(round(int(extent.get("cy")) / _EMU_PER_PX))
        found.append(Image(src=src or props.get("name"), alt=alt, line=number, title=props.get("title"),
                           decorative=decorative, width=width, height=height))
    return found


def _links(paragraph: Any, number: int, in_heading: bool) -> list[Link]:
    found = []
    for link in paragraph._p.iter(_q(W, "hyperlink")):
        text = _collapse("".join(t.text or "" for t in link.iter(_q(W, "t"))))
        rel_id = link.get(_q(R, "id"))
        href: str | None = None
        if rel_id:
            rel = paragraph.part.rels.get(rel_id)
            href = rel.target_ref if rel is not None else None
        if link.get(_q(W, "anchor")):
            href = (href or "") + "#" + link.get(_q(W, "anchor"))
        has_image = next(link.iter(_q(W, "drawing")), None) is not None
        found.append(Link(href=href, text=text, line=number, in_heading=in_heading, has_image=has_image))
    return found


def _paragraphs_in_order(document: Any, in_tables: set[int] | None = None) -> list[Any]:
    """Body paragraphs in reading order, table cells included (their ids added to
    ``in_tables``)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    out: list[Any] = []

    def walk(container: Any, table: bool = False) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, DocxParagraph):
                out.append(block)
                if table and in_tables is not None:
                    in_tables.add(id(block._p))
            elif isinstance(block, Table):
                for row in block.rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue  # a merged cell is returned once per grid column
                        seen.add(id(cell._tc))
                        walk(cell, table=True)

    walk(document)
    return out


def _open(data: bytes, options: SourceOptions) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if "word/document.xml" not in archive.namelist():
                raise SourceError("not a Word document: the .docx has no word/document.xml")
    except zipfile.BadZipFile:
        raise SourceError("not a valid .docx file (not a zip archive)") from None
    if unpacked > 8 * options.max_bytes:
        raise SourceError(f"the .docx unpacks to {unpacked / 1e6:.0f} MB: too large to audit (raise it with --max-size)")
    try:
        return docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise SourceError("not a valid .docx file") from None
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise SourceError(f"not a valid .docx file ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # noqa: BLE001 - lxml and python-docx raise many kinds on broken XML
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SourceError(f"not a valid .docx file ({reason})") from None


def parse_docx(data: bytes, path: str, options: SourceOptions) -> Document:
    """Parse a ``.docx`` draft; see the module docstring for what becomes what."""
    # Long on purpose: one pass over the document body in order, keeping the state the mapping
    # needs (current heading, list, last image).
    from auditor.text.credits import split_credit, starts_like_credit

    document = _open(data, options)
    in_tables: set[int] = set()
    blocks = _paragraphs_in_order(document, in_tables)
    space_runs: list[SpaceRun] = []
    styles = [_style_name(p) for p in blocks]
    has_title = any(s.lower() == "title" for s in styles)
    numbering = _Numbering.read(document)

    headline: str | None = None
    headline_line = 1
    headings: list[Heading] = []
    paragraphs: list[Paragraph] = []
    items: list[ListItem] = []
    images: list[Image] = []
    links: list[Link] = []
    list_index = -1
    previous_list: str | None = None
    last_image_at = -1  # index into ``images`` of a picture waiting for its caption

    for number, (paragraph, style) in enumerate(zip(blocks, styles), start=1):
        text = _collapse(paragraph.text)
        lowered = style.lower()
        if id(paragraph._p) not in in_tables and not any(w in lowered for w in _CODE_STYLES):
            space_runs.extend(_space_runs(paragraph.text, number, text))
        found_images = _images(paragraph, number)
        level = None if lowered == "title" else _heading_level(paragraph, style)
        numbered = _num_pr(paragraph, style)
        ordered, shown = numbering.next(*numbered) if numbered else (False, None)
        if numbered is None and lowered.startswith("list number"):
            ordered = True
        is_heading = lowered == "title" or level is not None
        links.extend(_links(paragraph, number, is_heading))
        if found_images:
            images.extend(found_images)
            last_image_at = len(images) - 1
        if not text:
            if not found_images:
                previous_list = None if numbered is None else previous_list
            continue

        if lowered == "title" and headline is None:
            headline, headline_line = text, number
            headings.append(Heading(1, text, number))
            previous_list = None
            continue
        if level is not None:
            if shown is not None:
                text = f"{shown}. {text}"  # Word numbers the heading itself
            if headline is None and not has_title and level == 1:
                headline, headline_line = text, number
            shifted = min(level + 1, 6) if has_title else level
            headings.append(Heading(shifted, text, number, link_only=_link_only(paragraph, text),
                                    has_link=next(paragraph._p.iter(_q(W, "hyperlink")), None) is not None))
            previous_list = None
            continue

        if last_image_at >= 0 and not found_images and (lowered == "caption" or starts_like_credit(text)):
            image = images[last_image_at]
            credit = split_credit(text)
            caption, credit_text = (credit if credit is not None else (text, None))
            from dataclasses import replace

            images[last_image_at] = replace(image, caption=caption or image.caption, credit=credit_text or image.credit)
            last_image_at = -1
            continue
        if not found_images:
            last_image_at = -1

        if numbered is not None or lowered.startswith(("list number", "list bullet", "list paragraph")):
            key = numbered[0] if numbered else style
            if key != previous_list:
                list_index += 1
                previous_list = key
            depth = (numbered[1] + 1) if numbered else 1
            items.append(ListItem(text, number, ordered=ordered, number=shown, list_index=list_index, depth=depth))
            continue
        previous_list = None
        paragraphs.append(Paragraph(text, number, quote="quote" in lowered, lead=_bold_lead(paragraph, text)))

    return Document(
        path=path,
        format="docx",
        headline=headline,
        headline_line=headline_line,
        lang=options.lang or "en",
        headings=tuple(headings),
        paragraphs=tuple(paragraphs),
        list_items=tuple(items),
        images=tuple(images),
        links=tuple(links),
        body_source="docx",
        space_runs=tuple(space_runs),
    )


_CODE_STYLES = ("code", "preformatted", "plain text", "macro", "source")
_RUN = re.compile(r"(?<=\S)[ \xa0]{2,}(?=\S)")


def _space_runs(raw: str, number: int, text: str) -> list[SpaceRun]:
    """Runs of spaces between words in a paragraph's own text (Word shows every one;
    tables and code styles are layout). Positions are the paragraph (¶N): a .docx is
    not fixed, so the run needs no offsets."""
    out = []
    for m in _RUN.finditer(raw):
        before = raw[: m.start()].split()
        after = raw[m.end():].split()
        word_before = before[-1][-30:] if before else ""
        out.append(SpaceRun(line=number, column=1, width=len(m.group(0)), before=word_before,
                            after=after[0][:30] if after else "",
                            after_sentence=bool(re.search(r"[.!?][\"'”’»)\]]*$", word_before)), context=text))
    return out


def _link_only(paragraph: Any, text: str) -> bool:
    linked = _collapse("".join(t.text or "" for h in paragraph._p.iter(_q(W, "hyperlink"))
                               for t in h.iter(_q(W, "t"))))
    return bool(linked) and linked == text


def paragraph_label(line: int) -> str:
    """How a position in a .docx is written: ``¶12``."""
    return f"¶{line}"
