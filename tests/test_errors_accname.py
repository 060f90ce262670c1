"""Errors that follow the name a screen reader gets (the W3C's accname and HTML-AAM).

A picture with no alt is named by aria-labelledby, aria-label, then title (Chromium's
name-calc-img test: an <img> without alt but with a title is named by it; axe's
image-alt passes on any of them). So a picture named only by its title is no unnamed
picture (IM001, an error): it is IM013's, a warning to move the description into alt.
A heading is named by its content, and content the body finder drops as invisible still
names it: a MathML formula, an <object>'s fallback, an image button's alt, the ARIA
accordion's <button>, a picture's ARIA name or title. Look-alikes keep their error: a
picture with no name at all, a heading with nothing in it.
"""

from __future__ import annotations

from auditor.api import audit
from auditor.model import FileResult

P = ("<p>The council chamber was full an hour before the vote began, and dozens of residents waited "
     "outside in the rain for their turn to speak.</p>")


def _story(shape: str) -> str:
    return ("<html lang='en'><head><title>The council votes on the harbour plan</title></head><body><article>"
            "<h1>The council votes on the harbour plan</h1>" + P + shape + P + P + "</article></body></html>")


def _audit(shape: str) -> FileResult:
    result = audit(_story(shape).encode(), "story.html")
    assert result.error is None
    return result


def _found(shape: str) -> list[tuple[str, str]]:
    return [(f.rule, f.level) for f in _audit(shape).findings if f.rule.startswith(("IM0", "HD003", "LK016"))]


def _headings(shape: str) -> list[str]:
    doc = _audit(shape).document
    assert doc is not None
    return [h.text for h in doc.headings if h.level > 1]


PHOTO = "<img src='/media/2024/harbour-crane.jpg' width='800' height='500'{}>"


# -- pictures: the name a screen reader gets

def test_a_picture_named_by_its_title_alone_is_a_warning_not_a_missing_alt() -> None:
    found = _found(PHOTO.format(" title='The new crane on the north quay'"))
    assert ("IM001", "error") not in found
    assert ("IM013", "warning") in found


def test_the_title_only_warning_quotes_the_title() -> None:
    findings = [f for f in _audit(PHOTO.format(" title='The new crane on the north quay'")).findings
                if f.rule == "IM013"]
    assert len(findings) == 1 and "The new crane on the north quay" in findings[0].message


def test_a_picture_named_by_aria_label_or_labelledby_is_named() -> None:
    for attrs in (" aria-label='The new crane on the north quay'",
                  " aria-labelledby='cap1'"):
        found = _found(PHOTO.format(attrs) + "<p id='cap1'>The new crane on the north quay.</p>")
        assert not [r for r in found if r[0] in ("IM001", "IM013")], (attrs, found)


def test_a_linked_picture_named_by_its_title_is_no_unnamed_link() -> None:
    found = _found("<p><a href='https://port.example/crane'>" + PHOTO.format(" title='The new crane'") + "</a></p>")
    assert ("IM001", "error") not in found and ("LK016", "error") not in found
    assert ("IM013", "warning") in found


def test_look_alike_a_picture_with_no_name_at_all_keeps_its_error() -> None:
    assert ("IM001", "error") in _found(PHOTO.format(""))
    assert ("IM001", "error") in _found(PHOTO.format(" title='   '"))  # a blank title names nothing
    assert ("IM001", "error") in _found(PHOTO.format(" aria-labelledby='nowhere'"))  # an id that points nowhere
    assert ("IM013", "warning") not in _found(PHOTO.format(""))


def test_look_alike_an_empty_alt_with_a_title_stays_decorative() -> None:
    found = _found(PHOTO.format(" alt='' title='Crane'"))
    assert not [r for r in found if r[0] in ("IM001", "IM013")], found


# -- headings: content dropped as invisible still names them

def test_a_heading_that_is_a_picture_named_by_aria_or_title_is_not_empty() -> None:
    for attrs in (" aria-label='The harbour board'", " title='The harbour board'"):
        shape = "<h2>" + PHOTO.format(attrs) + "</h2>" + P
        assert ("HD003", "error") not in _found(shape), attrs
        assert _headings(shape) == ["The harbour board"]


def test_a_heading_holding_only_a_formula_is_not_empty() -> None:
    shape = "<h2><math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math></h2>" + P
    assert ("HD003", "error") not in _found(shape)
    assert _headings(shape) == ["E=mc2"]


def test_a_formula_is_read_without_its_tex_annotation_and_by_its_alttext_first() -> None:
    annotated = ("<h2><math><semantics><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow>"
                 "<annotation encoding='application/x-tex'>x+1</annotation></semantics></math></h2>" + P)
    assert _headings(annotated) == ["x+1"]
    assert _headings("<h2><math alttext='x plus one'><mi>x</mi><mo>+</mo><mn>1</mn></math></h2>" + P) \
        == ["x plus one"]


def test_a_heading_holding_an_image_button_with_alt_is_not_empty() -> None:
    shape = "<h2><input type='image' src='/media/go.png' alt='Read the harbour plan'></h2>" + P
    assert ("HD003", "error") not in _found(shape)
    assert _headings(shape) == ["Read the harbour plan"]


def test_a_heading_holding_an_objects_fallback_is_not_empty() -> None:
    shape = "<h2><object data='/media/board.svg' type='image/svg+xml'>The harbour board</object></h2>" + P
    assert ("HD003", "error") not in _found(shape)
    assert _headings(shape) == ["The harbour board"]


def test_an_accordion_heading_is_named_by_its_button() -> None:
    # The WAI-ARIA Authoring Practices' accordion: each header is <h3><button>…</button></h3>.
    shape = ("<h3><button aria-expanded='false' aria-controls='a1'>What does the plan cost?</button></h3>"
             "<div id='a1'>" + P + "</div>")
    assert ("HD003", "error") not in _found(shape)
    assert _headings(shape) == ["What does the plan cost?"]


def test_look_alike_headings_with_nothing_to_say_keep_their_error() -> None:
    for shape in ("<h2> </h2>",
                  "<h2><button></button></h2>",  # a button with no name
                  "<h2><object data='/media/board.svg' type='image/svg+xml'></object></h2>",  # no fallback
                  "<h2><input type='image' src='/media/go.png'></h2>",  # no alt: the browser's "Submit"
                  "<h2><input type='text' value='Search'></h2>",  # a text field names no heading
                  "<h2><math></math></h2>"):
        assert ("HD003", "error") in _found(shape + P), shape


def test_an_empty_alt_overridden_by_aria_label_is_a_named_picture() -> None:
    # accname 1.2: aria-label wins over the host language's alt, so a captioned photo with
    # alt="" and a label is described, not one IM002 asks to describe.
    caption = "<figcaption>The new crane on the north quay, lifted into place on Monday.</figcaption>"
    named = _found("<figure>" + PHOTO.format(" alt='' aria-label='The new crane on the north quay'") + caption + "</figure>")
    assert not [r for r in named if r[0] in ("IM001", "IM002", "IM013")], named
    assert ("IM002", "warning") in _found("<figure>" + PHOTO.format(" alt=''") + caption + "</figure>")
