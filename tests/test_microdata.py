"""auditor.structured.microdata reads a page's microdata as extruct does (its
MicrodataExtractor, flattened by extruct.uniform, a <time>'s ``content`` read as
search engines read it), without importing extruct. Compared with extruct itself on
hand-made edge cases, on generated trees and on the real corpus pages."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from auditor.structured.microdata import items, read, text_content


def extruct_items(root: Any) -> list[Any]:
    """What the structured-data reader took from extruct before (its subclass included)."""
    from extruct.uniform import _umicrodata_microformat
    from extruct.w3cmicrodata import MicrodataExtractor

    class Extractor(MicrodataExtractor):  # type: ignore[misc]
        def _extract_property_value(self, node: Any, *args: Any, **kwargs: Any) -> Any:
            if node.tag == "time" and node.get("itemscope") is None and not node.get("datetime") \
                    and node.get("content"):
                return node.get("content")
            return super()._extract_property_value(node, *args, **kwargs)

    return list(_umicrodata_microformat(Extractor().extract_items(root, None), "http://schema.org"))


def extruct_text(node: Any) -> str:
    import html_text
    from extruct.w3cmicrodata import cleaner

    return html_text.etree_to_text(cleaner.clean_html(node))  # type: ignore[no-any-return]


def same_as_extruct(html: str) -> list[Any]:
    root = lxml.html.document_fromstring(html)
    found = items(root)
    want = extruct_items(root)
    assert repr(found) == repr(want)  # values, types and key order
    return found


EDGE_CASES = [
    # nested items, an item held by its parent is not listed again
    '<div itemscope itemtype="https://schema.org/Article"><h2 itemprop="headline">A <b>bold</b> title</h2>'
    '<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Ana</span></span>'
    '<time itemprop="datePublished" content="2024-05-01">May</time><time itemprop="dateModified" datetime="2024-05-02">x</time>'
    '<meta itemprop="image" content="https://e.com/a.jpg"><link itemprop="url" href=" /a \n">'
    '<img itemprop="thumbnailUrl" src="\t/t.jpg"><a itemprop="sameAs" href="https://e.com">e</a>'
    '<data itemprop="wordCount" value="300">three hundred</data><meter itemprop="x" value="2">2</meter>'
    '<object itemprop="o" data="/o.swf"></object><span itemprop="keywords" content="a, b">ignored</span></div>',
    # several types, itemid, repeated and multi-name properties, an item without properties
    '<div itemscope itemtype="https://schema.org/Article https://schema.org/NewsArticle" itemid=" urn:1 ">'
    '<p itemprop="about keywords">one</p><p itemprop="about">two</p></div>'
    '<div itemscope itemtype="https://schema.org/Thing">just text <i>here</i></div>'
    '<div itemscope><span itemprop="name">untyped</span></div>',
    # itemref, an item referenced twice, a nested item with no itemprop listed on its own
    '<div itemscope itemtype="https://schema.org/Review" itemref="rating missing">'
    '<span itemprop="name">R</span><div itemscope itemtype="https://schema.org/Thing"><b itemprop="name">T</b></div></div>'
    '<div id="rating" itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">'
    '<span itemprop="ratingValue">4</span></div>'
    '<div itemscope itemtype="https://schema.org/Review" itemref="rating props"><span itemprop="name">S</span></div>'
    '<section id="props"><span itemprop="genre">g</span><div itemscope><span itemprop="inner">i</span></div></section>',
    # schema.org actions, type URLs with fragments and without paths
    '<div itemscope itemtype="https://schema.org/SearchAction"><input itemprop="query-input" name="q" required>'
    '<input itemprop="x-output"><span itemprop="target">t</span></div>'
    '<div itemscope itemtype="http://example.com/vocab#Thing/"><span itemprop="a">1</span></div>'
    '<div itemscope itemtype="http://example.com"><span itemprop="a">1</span></div>'
    '<div itemscope itemtype="Article"><span itemprop="a">1</span></div>',
    # text as html_text lays it out: scripts, styles, comments, processing instructions
    # and <meta>/<link> dropped with their tails joined on, blocks, punctuation, brackets
    '<div itemscope itemtype="https://schema.org/Article"><div itemprop="articleBody">'
    '<p>First<script>var x = 1;</script> para<!-- c -->graph, <?php echo 1 ?>here.</p>'
    '<style>p{}</style>tail<ul><li>one</li><li>two (<em>2</em>) </li></ul><h2>Head</h2>x<br>y'
    '<table><tr><td>a</td><td>b</td></tr></table><link rel="x" href="/y">after link<meta name="m" content="c">!'
    '<blockquote>q</blockquote><pre>  keep\n  this </pre>"quoted" (open</div>'
    '<span itemprop="name"><script>only script</script></span>'
    '<script itemprop="code">alert(1)</script><style itemprop="css">p {}</style></div>',
]


@pytest.mark.parametrize("html", EDGE_CASES)
def test_edge_cases_read_as_extruct_reads_them(html: str) -> None:
    assert same_as_extruct(f"<html><body>{html}</body></html>")


def test_time_content_is_read_where_the_spec_reads_nothing() -> None:
    (item,) = same_as_extruct('<div itemscope itemtype="https://schema.org/Article">'
                              '<time itemprop="datePublished" content="2024-05-01">May</time></div>')
    assert item == {"@type": "Article", "@context": "https://schema.org", "datePublished": "2024-05-01"}


_TAGS = ["div", "p", "span", "b", "li", "ul", "h2", "br", "td", "tr", "table", "script", "style", "meta", "link",
         "time", "a", "img", "pre", "blockquote", "em", "dl", "dt"]
_TEXTS = ["", " ", "word", " two words ", "\n", ",", ".", "(", ") x", '"q"', "a\u00a0b", "end "]


def _random_tree(rng: random.Random, depth: int = 0) -> str:
    out = []
    for _ in range(rng.randint(0, 4 if depth < 4 else 0)):
        kind = rng.random()
        if kind < 0.15:
            out.append(f"<!--{rng.choice(_TEXTS)}-->")
        elif kind < 0.2:
            out.append("<?pi x?>")
        elif kind < 0.45:
            out.append(rng.choice(_TEXTS))
        else:
            tag = rng.choice(_TAGS)
            attrs = ""
            if rng.random() < 0.4:
                attrs += f' itemprop="{rng.choice(["name", "about", "text", "name about"])}"'
            if rng.random() < 0.2:
                attrs += ' itemscope itemtype="https://schema.org/Thing"'
            if rng.random() < 0.2:
                attrs += f' content="{rng.choice(_TEXTS)}"'
            out.append(f"<{tag}{attrs}>{_random_tree(rng, depth + 1)}</{tag}>{rng.choice(_TEXTS)}")
    return "".join(out)


def test_generated_trees_read_as_extruct_reads_them() -> None:
    rng = random.Random(7)
    for _ in range(300):
        html = f'<html><body><div itemscope itemtype="https://schema.org/Article">{_random_tree(rng)}</div></body></html>'
        root = lxml.html.document_fromstring(html)
        assert repr(items(root)) == repr(extruct_items(root)), html
        for el in root.iter():
            if isinstance(el.tag, str) and el.tag not in ("html",):
                assert text_content(el) == extruct_text(el), (html, el.tag)


@pytest.mark.parametrize("html", [
    "<div>(<!-- c -->\n<b>x</b> y</div>", "<div>a (\n<i>b</i></div>", "<div>a \n<i>, b</i></div>",
    "<div>a\u2003<i>b</i>\u00a0<i>) c</i></div>", "<div>x\x1c<b>y</b>\x1f z\u3000<b>\"q\"</b></div>",
    "<div>(<b>(</b>\r\n<b>x</b>.<b>!y</b></div>",
])
def test_spacing_between_chunks_is_html_texts(html: str) -> None:
    """A space between text chunks as html_text's patterns put one: after a chunk ending
    in a space or a newline, never before punctuation or after an opening bracket (a
    "(" before a final newline too), Unicode spaces collapsed."""
    node = lxml.html.fragment_fromstring(html)
    assert text_content(node) == extruct_text(node)


def test_typed_elements_are_those_the_itemtype_xpath_finds() -> None:
    """The one pass over the microdata attributes gives the (itemtype, line) list the
    structured-data reader's own XPath gives: elements typed without itemscope, empty
    types and nested items included, in document order."""
    from auditor.structured.extract import _typed

    rng = random.Random(11)
    for _ in range(200):
        body = _random_tree(rng).replace("<b>", '<b itemtype="https://schema.org/Person">', 1)
        html = (f'<html><body>\n<p itemtype="">x</p><div itemscope itemtype="https://schema.org/Article"'
                f' itemprop="mainEntity">\n{body}</div></body></html>')
        root = lxml.html.document_fromstring(html)
        assert read(root) == (items(root), _typed(root, "itemtype")), html


def test_corpus_pages_read_as_extruct_reads_them(corpus_dir: Path) -> None:
    """Every corpus page with microdata, from the tree the article parser builds."""
    import auditor.structured.extract as extract
    from auditor.api import Settings, audit
    from auditor.rulepacks import load_rules

    compared: list[int] = []
    real = extract.from_html

    def both(raw: bytes, root: Any = None) -> Any:
        if root is not None and b"itemscope" in raw.lower():
            assert repr(items(root)) == repr(extruct_items(root))
            assert read(root)[1] == extract._typed(root, "itemtype")
            compared.append(1)
        return real(raw, root)

    settings = Settings(rules=tuple(load_rules()))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "from_html", both)
        for page in sorted(corpus_dir.glob("*.html")):
            audit(page.read_bytes(), str(page), settings)
    assert len(compared) >= 10
