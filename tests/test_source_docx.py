"""`.docx` drafts (Word, Google Docs' Download → .docx) become the same Document as
the other formats; positions are paragraph numbers. The files are made here with
python-docx, as Word would save them."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from docx.oxml.ns import qn  # noqa: E402
from docx.oxml.parser import OxmlElement  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE  # noqa: E402
from docx.shared import Inches  # noqa: E402

from auditor.api import audit  # noqa: E402
from auditor.sources import SourceError, SourceOptions  # noqa: E402
from auditor.sources.docx import parse_docx  # noqa: E402
from auditor.sources.load import load  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")


def _picture(document, alt: str | None = None, decorative: bool = False) -> None:  # type: ignore[no-untyped-def]
    shape = document.add_picture(io.BytesIO(_png()), width=Inches(2))
    props = shape._inline.docPr
    if alt is not None:
        props.set("descr", alt)
    if decorative:  # what Word 365 writes for "Mark as decorative"
        ext_lst = OxmlElement("a:extLst")
        ext = OxmlElement("a:ext")
        ext.set("uri", "{C183D7F6-B498-43B3-948B-1728B52AA6E4}")
        mark = props.makeelement("{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative", {"val": "1"})
        ext.append(mark)
        ext_lst.append(ext)
        props.append(ext_lst)


def _link(paragraph, url: str, text: str) -> None:  # type: ignore[no-untyped-def]
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _save(document) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _listicle() -> bytes:
    d = docx.Document()
    d.add_paragraph("4 Ways to Save Water at Home This Summer", style="Title")  # ¶1
    intro = d.add_paragraph("Water bills rise every summer. Our plumber explains in ")  # ¶2
    _link(intro, "https://example.com/guide", "click here")
    d.add_heading("1. Fix leaks", level=1)  # ¶3
    d.add_paragraph("A dripping tap wastes thousands of litres a year, and a washer costs little.")  # ¶4
    _picture(d, alt="A plumber replaces the washer of a kitchen tap")  # ¶5
    d.add_paragraph("The washer is the cheapest fix. Photo: Jane Doe", style="Caption")  # ¶6
    d.add_heading("2. Take shorter showers", level=1)  # ¶7
    d.add_paragraph("Four minutes under the shower is enough for most people.")  # ¶8
    _picture(d)  # ¶9: no alt text
    d.add_heading("4. Water at night", level=1)  # ¶10
    d.add_paragraph("Evaporation is lowest after dark.")  # ¶11
    _picture(d, decorative=True)  # ¶12
    d.add_paragraph("")  # ¶13: empty paragraphs count too
    d.add_heading("5. Collect rain", level=1)  # ¶14
    d.add_paragraph("A barrel under the downpipe fills after one storm.", style="Quote")  # ¶15
    return _save(d)


def _parse(data: bytes):  # type: ignore[no-untyped-def]
    return load(data, "draft.docx", SourceOptions())


def test_title_is_the_headline_and_headings_move_down_one() -> None:
    doc = _parse(_listicle())
    assert doc.format == "docx"
    assert doc.headline == "4 Ways to Save Water at Home This Summer" and doc.headline_line == 1
    assert [(h.level, h.text, h.line) for h in doc.headings][:3] == [
        (1, "4 Ways to Save Water at Home This Summer", 1), (2, "1. Fix leaks", 3), (2, "2. Take shorter showers", 7)]
    assert doc.headline_number == 4
    assert [(i.number, i.line) for i in doc.items] == [(1, 3), (2, 7), (4, 10), (5, 14)]


def test_first_heading_1_is_the_headline_without_a_title() -> None:
    d = docx.Document()
    d.add_paragraph("Draft notes")
    d.add_heading("3 Reasons to Walk to Work Every Day", level=1)
    d.add_heading("1. It is free", level=2)
    doc = _parse(_save(d))
    assert doc.headline == "3 Reasons to Walk to Work Every Day" and doc.headline_line == 2
    assert [(h.level, h.line) for h in doc.headings] == [(1, 2), (2, 3)]


def test_images_alt_text_caption_credit_and_decorative() -> None:
    doc = _parse(_listicle())
    first, missing, ornament = doc.images
    assert first.alt == "A plumber replaces the washer of a kitchen tap" and first.line == 5
    assert first.caption == "The washer is the cheapest fix." and first.credit == "Jane Doe"
    assert first.src and first.src.endswith(".png") and first.width == "192"
    assert missing.alt is None and missing.line == 9
    assert ornament.decorative and ornament.alt == ""
    # The caption is the picture's, not a body paragraph.
    assert not any("cheapest fix" in p.text for p in doc.paragraphs)
    assert any(p.quote and "barrel" in p.text for p in doc.paragraphs)


def test_links_keep_their_url_and_text() -> None:
    doc = _parse(_listicle())
    assert [(link.href, link.text, link.line) for link in doc.links] == [("https://example.com/guide", "click here", 2)]


def test_numbered_list_becomes_listicle_items() -> None:
    d = docx.Document()
    d.add_paragraph("3 Apps That Help You Sleep Better Tonight", style="Title")
    d.add_paragraph("We tried a dozen sleep apps for a month; these three made a difference.")
    for name in ("Calm: stories that send you off", "Sleep Cycle: an alarm that waits", "Headspace: a wind-down routine"):
        d.add_paragraph(name, style="List Number")
    d.add_paragraph("Bullets are not items", style="List Bullet")
    doc = _parse(_save(d))
    ordered = [i for i in doc.list_items if i.ordered]
    assert [(i.number, i.line) for i in ordered] == [(1, 3), (2, 4), (3, 5)]
    assert [i.ordered for i in doc.list_items] == [True, True, True, False]
    assert len(doc.items) == 3 and doc.items[0].style == "ordered-list"
    result = audit(_save(d), "apps.docx")
    assert "LS001" not in {f.rule for f in result.findings}


def test_every_rule_runs_with_paragraph_positions() -> None:
    result = audit(_listicle(), "draft.docx")
    found = {(f.rule, f.line) for f in result.findings}
    assert ("IM001", 9) in found  # the picture with no alt text, at its paragraph
    assert ("LK001", 2) in found  # "click here"
    assert ("LS003", 10) in found  # 1, 2, 4: a gap
    assert "LS001" not in {rule for rule, _ in found}  # four promised, four listed (1, 2, 4, 5)
    assert all(f.column == 1 for f in result.findings)


def test_broken_files_are_one_line_errors() -> None:
    with pytest.raises(SourceError, match="not a zip archive"):
        parse_docx(b"not a zip at all", "x.docx", SourceOptions())
    empty_zip = io.BytesIO()
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(SourceError, match="no word/document.xml"):
        parse_docx(empty_zip.getvalue(), "x.docx", SourceOptions())
    truncated = _listicle()[:2000]
    with pytest.raises(SourceError, match="not a valid .docx"):
        parse_docx(truncated, "x.docx", SourceOptions())


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "auditor.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_cli_prints_paragraph_positions_and_batches_past_a_broken_file(tmp_path: Path) -> None:
    (tmp_path / "draft.docx").write_bytes(_listicle())
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    run = _cli("check", ".", "--no-color", cwd=tmp_path)
    assert run.returncode == 2
    assert 'draft.docx:¶9 (under "2. Take shorter showers") error   IM001' in run.stdout
    errors = [line for line in run.stderr.splitlines() if line]
    assert errors == ["auditor: error: broken.docx: not a valid .docx file (not a zip archive)"]
    assert "Traceback" not in run.stderr

    as_json = json.loads(_cli("check", "draft.docx", "--format", "json", cwd=tmp_path).stdout)
    entry = as_json["files"][0]
    assert entry["format"] == "docx" and entry["positions"] == "paragraph"
    assert {"rule": "IM001", "line": 9} .items() <= next(f for f in entry["findings"] if f["rule"] == "IM001").items()


def test_json_with_docx_matches_the_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    (tmp_path / "draft.docx").write_bytes(_listicle())
    out = json.loads(_cli("check", "draft.docx", "--format", "json", cwd=tmp_path).stdout)
    schema = json.loads((ROOT / "docs" / "output.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(out, schema)


# ---------------------------------------------------------------- heading paths in positions


def _sectioned() -> bytes:
    d = docx.Document()
    d.add_paragraph("3 Ways to Save Water at Home This Summer", style="Title")  # ¶1
    d.add_paragraph("Water bills rise every summer, and most homes waste more than they think.")  # ¶2
    d.add_heading("Indoors", level=1)  # ¶3
    d.add_heading("1. Fix leaks", level=2)  # ¶4
    d.add_paragraph("A dripping tap wastes thousands of litres a year.")  # ¶5
    d.add_heading("2. Shorter showers", level=2)  # ¶6
    _picture(d)  # ¶7: no alt text
    d.add_heading("Outdoors", level=1)  # ¶8
    d.add_heading("3. Go big", level=2)  # ¶9
    d.add_paragraph("A barrel under the downpipe fills after one storm.")  # ¶10
    _picture(d)  # ¶11: no alt text
    return _save(d)


def test_heading_path_of_a_paragraph() -> None:
    from auditor.sources.docx_place import heading_path, place

    doc = audit(_sectioned(), "draft.docx").document
    assert heading_path(doc, 2) == ()  # under the headline only: it is left out
    assert heading_path(doc, 7) == ("Indoors", "2. Shorter showers")
    assert heading_path(doc, 8) == ()  # a heading's own path is its parents'
    assert heading_path(doc, 9) == ("Outdoors",)
    assert place(doc, 11) == '¶11 (under "Outdoors › 3. Go big")'
    assert place(doc, 2) == "¶2"


def test_every_output_names_the_heading_path(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    (tmp_path / "draft.docx").write_bytes(_sectioned())
    text = _cli("check", "draft.docx", "--no-color", "--select", "IM001", cwd=tmp_path).stdout
    assert 'draft.docx:¶7 (under "Indoors › 2. Shorter showers") error   IM001' in text
    assert "  ¶7 | " in text and "= also at ¶11" in text  # the frame counts paragraphs too

    as_json = json.loads(_cli("check", "draft.docx", "--format", "json", "--select", "IM001", cwd=tmp_path).stdout)
    finding = as_json["files"][0]["findings"][0]
    assert finding["line"] == 7 and finding["heading_path"] == ["Indoors", "2. Shorter showers"]
    assert [r["line"] for r in finding["related"]] == [11]

    sarif = json.loads(_cli("check", "draft.docx", "--format", "sarif", "--select", "IM001", cwd=tmp_path).stdout)
    result = sarif["runs"][0]["results"][0]
    assert result["properties"]["headingPath"] == ["Indoors", "2. Shorter showers"]
    assert result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "Indoors › 2. Shorter showers"

    junit = _cli("check", "draft.docx", "--format", "junit", "--select", "IM001", cwd=tmp_path).stdout
    failure = ET.fromstring(junit).find(".//failure")
    assert failure is not None and 'draft.docx:¶7 (under "Indoors › 2. Shorter showers"): error IM001' in (failure.text or "")
    assert "(also at ¶11)" in (failure.text or "")

    github = _cli("check", "draft.docx", "--format", "github", "--select", "IM001", cwd=tmp_path).stdout
    assert 'title=IM001 image-missing-alt (¶7 (under "Indoors › 2. Shorter showers"))' in github
    assert "Also at ¶11" in github

    _cli("check", "draft.docx", "--format", "html=report", "--select", "IM001", cwd=tmp_path)
    page = next((tmp_path / "report" / "articles").glob("draft*.html")).read_text(encoding="utf-8")
    assert "¶7 (under &#34;Indoors › 2. Shorter showers&#34;)" in page
    assert "¶11 (under &#34;Outdoors › 3. Go big&#34;)" in page  # the repeat's place too


def test_a_paragraph_opening_in_bold_runs_carries_its_lead() -> None:
    d = docx.Document()
    d.add_paragraph("Our favourite sleep apps", style="Title")
    p = d.add_paragraph()
    p.add_run("Calm").bold = True
    p.add_run(" Story").bold = True
    p.add_run(" – stories that send you off.")
    d.add_paragraph("No bold title here.").add_run(" Bold late").bold = True
    first, second = _parse(_save(d)).paragraphs
    assert first.text[: first.lead] == "Calm Story"
    assert second.lead == 0
