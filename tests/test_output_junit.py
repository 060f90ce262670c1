"""JUnit writer: parses back, counts agree, threshold follows fail_on, escaping holds."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as ET

import pytest

from auditor.model import FileResult
from auditor.output import RenderContext, get_writer
from auditor.output.junit import render, threshold
from resultkit import finding

# The common shape CI servers accept (after Jenkins' junit-10.xsd, reduced to what a
# report without timings uses): at most one error or failure per test case.
JUNIT_XSD = b"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:complexType name="problem" mixed="true">
    <xs:attribute name="type" type="xs:string"/>
    <xs:attribute name="message" type="xs:string"/>
  </xs:complexType>
  <xs:element name="testsuites">
    <xs:complexType>
      <xs:sequence>
        <xs:element ref="testsuite" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
      <xs:attribute name="name" type="xs:string"/>
      <xs:attribute name="tests" type="xs:nonNegativeInteger"/>
      <xs:attribute name="failures" type="xs:nonNegativeInteger"/>
      <xs:attribute name="errors" type="xs:nonNegativeInteger"/>
      <xs:attribute name="skipped" type="xs:nonNegativeInteger"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="testsuite">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="testcase" minOccurs="0" maxOccurs="unbounded">
          <xs:complexType>
            <xs:sequence>
              <xs:choice minOccurs="0">
                <xs:element name="error" type="problem"/>
                <xs:element name="failure" type="problem"/>
              </xs:choice>
              <xs:element name="system-out" type="xs:string" minOccurs="0"/>
            </xs:sequence>
            <xs:attribute name="name" type="xs:string" use="required"/>
            <xs:attribute name="classname" type="xs:string" use="required"/>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="name" type="xs:string" use="required"/>
      <xs:attribute name="tests" type="xs:nonNegativeInteger" use="required"/>
      <xs:attribute name="failures" type="xs:nonNegativeInteger" use="required"/>
      <xs:attribute name="errors" type="xs:nonNegativeInteger" use="required"/>
      <xs:attribute name="skipped" type="xs:nonNegativeInteger"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""


RESULTS = [
    FileResult(
        path="b.html",
        findings=(
            finding("LK003", "warning", 9, "Link text \"click here\" says nothing: describe the target."),
            finding("IM001", "error", 30, column=4),
            finding("HL001", "error", 1, 'Headline promises 10 items & <lists> 8: fix "count".'),
        ),
    ),
    FileResult(path="a.md", findings=(finding("RD001", "info", 3),)),
    FileResult(path="c.txt", error="cannot read: Permission denied"),
    FileResult(path="d.md"),
]


def parse(results: list[FileResult] = RESULTS, **extra: Any) -> ET.Element:
    text = render(results, RenderContext(version="0.1.0", extra=dict(extra)))
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(text.encode("utf-8"))


def cases(root: ET.Element) -> dict[str, ET.Element]:
    return {case.get("name", ""): case for case in root.iter("testcase")}


def test_junit_validates_against_common_xsd() -> None:
    etree = pytest.importorskip("lxml.etree")
    schema = etree.XMLSchema(etree.fromstring(JUNIT_XSD))
    for fail_on in ("error", "warning", "info", "never"):
        doc = etree.fromstring(render(RESULTS, RenderContext(version="0", extra={"fail_on": fail_on})).encode())
        assert schema.validate(doc), schema.error_log
    broken = etree.fromstring(b'<testsuites><testsuite name="x"><testcase name="y"/></testsuite></testsuites>')
    assert not schema.validate(broken)  # the schema is not a rubber stamp


def test_junit_one_testcase_per_article_sorted_by_path() -> None:
    root = parse()
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "auditor"
    assert [c.get("name") for c in suite] == ["a.md", "b.html", "c.txt", "d.md"]
    assert {c.get("classname") for c in suite} == {"auditor"}


def test_junit_counts_are_consistent() -> None:
    for fail_on, failures in (("error", 1), ("warning", 1), ("info", 2), ("never", 0)):
        root = parse(fail_on=fail_on)
        suite = root.find("testsuite")
        assert suite is not None
        kids = list(suite)
        assert suite.get("tests") == str(len(kids)) == "4"
        assert suite.get("failures") == str(sum(1 for c in kids if c.find("failure") is not None)) == str(failures)
        assert suite.get("errors") == str(sum(1 for c in kids if c.find("error") is not None)) == "1"
        assert suite.get("skipped") == "0"
        for key in ("tests", "failures", "errors"):
            assert root.get(key) == suite.get(key)


def test_junit_default_threshold_is_error() -> None:
    b = cases(parse())["b.html"]
    failure = b.find("failure")
    assert failure is not None
    assert failure.get("type") == "HL001,IM001"
    assert failure.get("message") == "2 findings (error): HL001, IM001"
    lines = (failure.text or "").splitlines()
    assert lines[0] == 'b.html:1:1: error HL001 hl001-rule: Headline promises 10 items & <lists> 8: fix "count".'
    assert lines[1].startswith("b.html:30:4: error IM001")
    out = b.find("system-out")
    assert out is not None and (out.text or "").startswith("b.html:9:1: warning LK003")
    a = cases(parse())["a.md"]
    assert a.find("failure") is None
    assert (a.findtext("system-out") or "").startswith("a.md:3:1: info RD001")


def test_junit_warning_threshold_fails_on_warnings() -> None:
    b = cases(parse(fail_on="warning"))["b.html"]
    failure = b.find("failure")
    assert failure is not None
    assert failure.get("type") == "HL001,IM001,LK003"
    assert b.find("system-out") is None


def test_junit_never_lists_everything_as_output() -> None:
    root = parse(fail_on="never")
    assert not list(root.iter("failure"))
    assert len((cases(root)["b.html"].findtext("system-out") or "").splitlines()) == 3


def test_junit_read_errors_are_errors() -> None:
    c = cases(parse())["c.txt"]
    error = c.find("error")
    assert error is not None
    assert error.get("message") == "cannot read: Permission denied"
    assert c.find("failure") is None


def test_junit_clean_file_passes() -> None:
    assert list(cases(parse())["d.md"]) == []


def test_junit_escapes_and_drops_invalid_xml_characters() -> None:
    nasty = FileResult(
        path='q "&<>.md',
        findings=(finding("X1", "error", 1, "bad \x0b char\x00 and ]]> and é"),),
    )
    c = cases(parse([nasty]))['q "&<>.md']
    text = c.findtext("failure") or ""
    assert "\ufffd char\ufffd and ]]> and é" in text


def test_junit_threshold_values() -> None:
    assert threshold("error") == 0 and threshold("warning") == 1 and threshold("info") == 2
    assert threshold("never") is None and threshold("none") is None
    with pytest.raises(ValueError):
        threshold("fatal")


def test_junit_render_is_deterministic() -> None:
    ctx = RenderContext(version="0.1.0")
    assert render(RESULTS, ctx) == render(list(reversed(RESULTS)), ctx)
    assert "time" not in render(RESULTS, ctx)


def test_junit_is_registered_as_writer() -> None:
    assert get_writer("junit") is render
