"""Structured data rules (MT060–MT066, LS060) on small pages written here and on
real corpus pages that carry JSON-LD or microdata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.api import BatchOptions, Settings, audit
from auditor.config import CliRuleOptions
from auditor.rulepacks import load_pack, load_rules
from auditor.structured.extract import from_html

ROOT = Path(__file__).resolve().parents[1]
PACK = {r.id: r for r in load_pack(ROOT / "rules" / "default" / "structured.toml")}
ALL = {r.id: r for r in load_rules()}

BODY = " ".join(["Sleep matters more than most of us think, and small habits help."] * 20)


def page(ld: object | str | None = None, h1: str = "7 Ways to Sleep Better", body: str = BODY,
         extra: str = "") -> str:
    block = ""
    if ld is not None:
        text = ld if isinstance(ld, str) else json.dumps(ld)
        block = f'<script type="application/ld+json">\n{text}\n</script>\n'
    return (f"<!doctype html>\n<html lang=\"en\"><head>\n<title>{h1}</title>\n{block}</head>\n"
            f"<body><article><h1>{h1}</h1><p>{body}</p>{extra}</article></body></html>\n")


def article(**props: object) -> dict:
    base = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "7 Ways to Sleep Better",
            "image": ["https://example.com/bed.jpg"], "datePublished": "2024-05-01T08:00:00+01:00",
            "dateModified": "2024-05-02T08:00:00+01:00", "author": {"@type": "Person", "name": "Ana Ruiz"}}
    base.update(props)
    return {k: v for k, v in base.items() if v is not None}


def findings(html: str, *ids: str, path: str = "page.html") -> list:
    rules = tuple(ALL[i] for i in ids)
    result = audit(html, path, Settings(rules=rules))
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule in ids]


def test_every_structured_rule_is_documented() -> None:
    assert set(PACK) == {"MT060", "MT061", "MT062", "MT063", "MT064", "MT065", "MT066", "LS060"}
    for rule in PACK.values():
        assert rule.doc.summary and rule.doc.why and rule.doc.bad and rule.doc.good


def test_a_complete_article_raises_nothing() -> None:
    assert findings(page(article()), *PACK) == []


def test_mt060_missing_article_data_on_full_pages_only() -> None:
    (f,) = findings(page(None), "MT060")
    assert f.level == "info" and f.line == 5  # the <h1>
    assert findings(page({"@context": "https://schema.org", "@type": "WebSite", "url": "https://e.com/"}), "MT060")
    assert findings("<h1>7 Ways to Sleep Better</h1><p>" + BODY + "</p>", "MT060") == []  # a fragment
    assert findings(page(None, body="Too short."), "MT060") == []


def test_mt060_leaves_a_health_article_declared_as_a_medical_web_page_alone() -> None:
    medical = {"@context": "https://schema.org", "@type": "MedicalWebPage", "name": "7 Ways to Sleep Better",
               "about": {"@type": "MedicalCondition", "name": "Insomnia"}}
    assert findings(page(medical), "MT060") == []
    assert findings(page({"@context": "https://schema.org", "@type": "WebPage", "name": "7 Ways"}), "MT060")


def test_mt061_required_properties() -> None:
    (f,) = findings(page(article(image=None, author="Ana Ruiz")), "MT061")
    assert "NewsArticle structured data (json-ld) lacks image, author.name" in f.message
    assert f.line == 4  # the <script> block
    (f,) = findings(page(article(datePublished=None, author=None)), "MT061")
    assert "lacks datePublished, author:" in f.message


def test_mt062_headline_length_and_substance() -> None:
    long = "7 Ways to Sleep Better " + "and wake up rested every single day of the week " * 2
    (f,) = findings(page(article(headline=long.strip())), "MT062")
    assert f"is {len(long.strip())} characters" in f.message
    (f,) = findings(page(article(headline="Our favourite gadgets of the year")), "MT062")
    assert "differs from the visible headline" in f.message
    # A site suffix or a shortened version says the same.
    assert findings(page(article(headline="7 Ways to Sleep Better | The Daily")), "MT062") == []
    assert findings(page(article(headline="Seven ways to sleep better")), "MT062") == []


def test_mt062_an_seo_headline_that_is_the_page_title_is_deliberate() -> None:
    seo = "Das beste elektronische Katzenspielzeug 2022 - Vergleich"
    visible = "Kaufratgeber: elektronisches Katzenspielzeug sorgt für Abwechslung"
    html = page(article(headline=seo), h1=visible).replace(f"<title>{visible}</title>", f"<title>{seo}</title>")
    assert findings(html, "MT062") == []
    other = html.replace(f'"headline": "{seo}"', '"headline": "Unsere Lieblingsgadgets des Jahres"')
    (f,) = findings(other, "MT062")
    assert "differs from the visible headline" in f.message


def test_mt063_dates() -> None:
    # Edited before a scheduled publication, or re-dated when republished: dateModified
    # before datePublished is what the CMS records, not an error (no order is documented).
    assert findings(page(article(dateModified="2024-04-10T08:00:00+01:00")), "MT063") == []
    assert findings(page(article(dateModified="2024-04-27T08:00:00+01:00")), "MT063") == []
    (f,) = findings(page(article(datePublished="May 1st, 2024", dateModified=None)), "MT063")
    assert f.level == "error" and "is not an ISO 8601 date" in f.message
    # Different time zones, same instant order: fine.
    assert findings(page(article(datePublished="2024-05-01T08:00:00+02:00",
                                 dateModified="2024-05-01T07:30:00+01:00")), "MT063") == []


def test_mt064_skips_an_empty_block() -> None:
    """An empty ld+json script is a template slot left blank: nothing is lost."""
    assert findings(page("  \n  "), "MT064") == []


def test_mt064_invalid_json_names_the_script_line() -> None:
    html = page('{"@type": "Article", "headline": "7 Ways",}')
    (f,) = findings(html, "MT064")
    assert f.line == 4 and f.level == "error" and "not valid JSON" in f.message
    # CDATA and comment wrappers, and a trailing semicolon, are what CMSes write: valid.
    wrapped = page("//<![CDATA[\n" + json.dumps(article()) + ";\n//]]>")
    assert findings(wrapped, "MT064", "MT061") == []


def test_a_broken_block_is_reported_once_not_also_as_missing_article_data() -> None:
    """What an unparseable block declares is unknown (reuters writes a single-quoted
    string into its NewsArticle block): MT064 says to fix it, MT060 stays quiet."""
    broken = page("""{"@type": "NewsArticle", "description": 'Oil prices fell'}""")
    assert [f.rule for f in findings(broken, "MT060", "MT064")] == ["MT064"]
    assert [f.rule for f in findings(page(None), "MT060", "MT064")] == ["MT060"]


def test_other_stories_article_data_on_a_feed_page_is_not_this_pages() -> None:
    """A page carrying its own Article and the Article data of the posts listed under
    it (pikabu's feed): only its own node and nodes naming nothing are judged."""
    other = article(headline="Another post entirely about kettles", image=None)
    nameless = article(headline=None)
    feed = page([article(), other])
    assert findings(feed, "MT061", "MT062") == []
    (f,) = findings(page([article(), other, nameless]), "MT061")
    assert "headline" in f.message  # a node naming nothing still describes this page
    # without a node naming the visible headline, every node is the page's own
    assert {f.rule for f in findings(page([other]), "MT061", "MT062")} == {"MT061", "MT062"}


def test_mt065_guesses_are_the_same_on_every_page() -> None:
    # The guess for a name is kept between pages: a second and third page naming the
    # same types get the same findings, and a real type stays unreported.
    for _ in range(3):
        (f,) = findings(page(article(**{"@type": "NewsArticel"})), "MT065")
        assert "did you mean “NewsArticle”" in f.message
        assert findings(page(article(**{"@type": "PodcastEpisode"})), "MT065") == []


def test_mt065_unknown_type_spelling() -> None:
    (f,) = findings(page(article(**{"@type": "Newsarticle"})), "MT065")
    assert "“Newsarticle”" in f.message and "“NewsArticle”" in f.message
    (f,) = findings(page(article(**{"@type": "NewsArticel"})), "MT065")
    assert "did you mean “NewsArticle”" in f.message
    assert findings(page(article(**{"@type": "PodcastEpisode"})), "MT065") == []  # a real type we do not list


def test_mt066_relative_urls() -> None:
    data = article(image="/img/bed.jpg", publisher={"@type": "Organization", "name": "D",
                                                    "logo": {"@type": "ImageObject", "url": "logo.png"}})
    data["url"] = "https://example.com/sleep"
    found = findings(page(data), "MT066")
    assert sorted(f.excerpt for f in found) == ["/img/bed.jpg"]
    org = {"@context": "https://schema.org", "@type": "Organization", "name": "D", "logo": "logo.png",
           "url": "//example.com/"}
    (f,) = findings(page([article(), org]), "MT066")
    assert "Organization logo is the relative URL “logo.png”" in f.message


def test_mt061_reads_json_ld_list_objects() -> None:
    # bbc writes "image": {"@list": [...]}: the same list, written the long way.
    listed = article(image={"@list": ["https://example.com/a.jpg", "https://example.com/b.jpg"]},
                     author={"@list": [{"@type": "Person", "name": "Ana Ruiz"}]})
    assert findings(page(listed), "MT061") == []
    assert len(findings(page(article(image={"@list": []})), "MT061")) == 1


def test_mt066_says_when_a_value_is_no_url_at_all() -> None:
    # engadget's mainEntityOfPage "True", greator's sameAs e-mail address: not URLs at all.
    found = findings(page(article(mainEntityOfPage="True")), "MT066")
    assert [f.message.split(":")[0] for f in found] == ["NewsArticle mainEntityOfPage is not a URL"]


ITEMS = "".join(f"<h2>{i}. Tip number {i}</h2><p>{BODY}</p>" for i in range(1, 8))


def itemlist(n_elements: int, declared: int | None) -> dict:
    data: dict = {"@context": "https://schema.org", "@type": "ItemList",
                  "itemListElement": [{"@type": "ListItem", "position": i, "name": f"Tip {i}"}
                                      for i in range(1, n_elements + 1)]}
    if declared is not None:
        data["numberOfItems"] = declared
    return data


def test_ls060_itemlist_agrees_with_items_and_headline() -> None:
    assert findings(page([article(), itemlist(7, 7)], extra=ITEMS), "LS060") == []
    (f,) = findings(page([article(), itemlist(7, 9)], extra=ITEMS), "LS060")
    assert "numberOfItems is 9" in f.message and "the article lists 7 items (7 in the headline)" in f.message
    (f,) = findings(page([article(), itemlist(7, 5)], extra=ITEMS), "LS060")
    assert "numberOfItems is 5 and itemListElement has 7 entries" in f.message
    (f,) = findings(page([article(), itemlist(8, 8)], extra=ITEMS), "LS060")
    assert "numberOfItems is 8" in f.message and "the article lists 7 items (7 in the headline)" in f.message
    # Two lists (one is related stories): only self-contradiction is judged.
    assert findings(page([article(), itemlist(7, 7), itemlist(4, None)], extra=ITEMS), "LS060") == []


def test_ls060_leaves_a_paginated_list_and_a_list_agreeing_with_its_headline() -> None:
    # Page 1 of a 20-item list: numberOfItems counts the whole list, itemListElement this page
    # (schema.org's numberOfItems: "e.g., multi-page pagination"); the headline promises 20.
    first_page = "".join(f"<h2>{i}. Tip number {i}</h2><p>{BODY}</p>" for i in range(1, 6))
    assert findings(page([article(), itemlist(5, 20)], h1="20 Ways to Sleep Better", extra=first_page), "LS060") == []
    # The list and the headline say 7; the page shows 6: LS001's to report, not a second error.
    six = "".join(f"<h2>{i}. Tip number {i}</h2><p>{BODY}</p>" for i in range(1, 7))
    assert findings(page([article(), itemlist(7, 7)], extra=six), "LS060") == []
    assert findings(page([article(), itemlist(7, 7)], extra=six), "LS001")


def test_front_matter_carries_the_same_fields() -> None:
    md = ("---\ntitle: 7 Ways to Sleep Better\ndate: 2024-05-02\nlastmod: March 1st, 2024\nauthor: Ana Ruiz\n---\n"
          "# 7 Ways to Sleep Better\n\n" + BODY + "\n")
    found = findings(md, "MT061", "MT063", path="draft.md")
    assert sorted(f.rule for f in found) == ["MT061", "MT063"]
    assert "lacks image" in next(f for f in found if f.rule == "MT061").message
    assert "front-matter" in next(f for f in found if f.rule == "MT061").message


def test_microdata_is_read_with_its_line() -> None:
    html = page(None, extra='\n<div itemscope itemtype="https://schema.org/BlogPosting">\n'
                            '<span itemprop="headline">7 Ways to Sleep Better</span></div>')
    (f,) = findings(html, "MT061")
    assert "BlogPosting structured data (microdata) lacks image, datePublished, author" in f.message
    assert f.line == 6  # the itemscope element


def test_microdata_time_reads_its_content_attribute_when_it_has_no_datetime() -> None:
    # <time itemprop="datePublished" content="…"> (CNET, Slate): search engines read the
    # content attribute; the microdata spec would take a <time>'s value from datetime only.
    item = ('\n<div itemscope itemtype="https://schema.org/Article">'
            '<span itemprop="headline">7 Ways to Sleep Better</span>'
            '<meta itemprop="image" content="https://example.com/bed.jpg">'
            '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana</span></span>'
            '<time itemprop="datePublished" {attrs}>1 May 2024</time></div>')
    dated = page(None, extra=item.format(attrs='content="2024-05-01T08:00:00+01:00"'))
    assert findings(dated, "MT061", "MT063") == []
    node = next(n for n in from_html(dated.encode()).nodes if "Article" in n.types)
    assert node.data["datePublished"] == "2024-05-01T08:00:00+01:00"
    # datetime wins over content; a <time> with neither still has no date.
    both = page(None, extra=item.format(attrs='datetime="2024-05-02" content="2024-05-01"'))
    assert next(n for n in from_html(both.encode()).nodes if "Article" in n.types).data["datePublished"] == "2024-05-02"
    (f,) = findings(page(None, extra=item.format(attrs="")), "MT061")
    assert "lacks datePublished" in f.message


def test_microdata_and_rdfa_on_one_page_are_both_read() -> None:
    rdfa = ('\n<div vocab="https://schema.org/" typeof="BlogPosting"><span property="headline">RDFa post</span></div>'
            '\n<div itemscope itemtype="https://schema.org/Article"><span itemprop="headline">Micro post</span></div>')
    types = sorted((n.syntax, n.types[0]) for n in from_html(page(None, extra=rdfa).encode()).nodes)
    assert types == [("microdata", "Article"), ("rdfa", "BlogPosting")]


def test_mt061_follows_an_author_given_by_id_reference() -> None:
    # Yoast and other graph writers describe the author once and point to it by @id.
    person = {"@type": "Person", "@id": "https://e.com/#/person/1", "name": "Ana Ruiz"}
    graph = {"@context": "https://schema.org", "@graph": [
        article(author={"@id": "https://e.com/#/person/1"}), person]}
    assert findings(page(graph), "MT061") == []
    nameless = {**graph, "@graph": [graph["@graph"][0], {"@type": "Person", "@id": "https://e.com/#/person/1"}]}
    (f,) = findings(page(nameless), "MT061")
    assert "lacks author.name" in f.message
    dangling = {**graph, "@graph": [article(author={"@id": "https://e.com/#/person/2"})]}
    assert "lacks author.name" in findings(page(dangling), "MT061")[0].message


def test_mt061_leaves_a_review_item_to_its_own_properties() -> None:
    review = {"@context": "https://schema.org", "@type": "Review", "author": {"@type": "Person", "name": "Ana"},
              "itemReviewed": {"@type": "Product", "name": "Xbox One X"}, "reviewRating": {"@type": "Rating",
                                                                                       "ratingValue": "87"}}
    html = page(article()).replace("</head>", f'<script type="application/ld+json">{json.dumps(review)}'
                                              "</script></head>")
    assert findings(html, "MT061") == []


def test_related_story_cards_are_not_the_page_s_article() -> None:
    teaser = article(headline="How to create micro-interactions with react-spring", image=None, author=None)
    cards = "".join('<div itemscope itemtype="https://schema.org/Article"><span itemprop="author">A</span></div>'
                    for _ in range(3))
    html = page([article(), teaser, teaser], extra=cards)
    assert findings(html, "MT061", "MT062") == []
    # Without an item that names the page, every item is still judged as the page's.
    assert findings(page([teaser]), "MT061", "MT062")
    # The page's own item untitled, beside titled cards of other posts: it is the page's.
    own = article(headline=None, author="by Ana Ruiz")
    (f,) = findings(page([own, teaser, teaser]), "MT061", "MT062")
    assert f.rule == "MT061" and "lacks headline, author.name" in f.message
    # A lone untitled item is the template's Article on the page, incomplete: still reported.
    lone = page(article(), extra='<div itemscope itemtype="https://schema.org/Article"></div>')
    (f,) = findings(lone, "MT061")
    assert "(microdata) lacks headline, image, datePublished, author" in f.message


def test_mt060_reads_the_blog_posting_nested_in_a_blog_item() -> None:
    post = ('<main itemscope itemtype="http://schema.org/Blog"><article itemscope\n'
            'itemtype="http://schema.org/BlogPosting" itemprop="blogPost">'
            '<h1 itemprop="headline">7 Ways to Sleep Better</h1></article></main>')
    html = page(None).replace("<body><article>", "<body>" + post + "<article>")
    assert findings(html, "MT060") == []
    (f,) = findings(html, "MT061")  # the nested post is read, with what it lacks
    assert f.message.startswith("BlogPosting structured data (microdata) lacks image") and f.line == 6
    # A blog index lists many posts, none of them the page's own article.
    index = html.replace("</article></main>", "</article><article itemscope itemprop=\"blogPost\" "
                                              "itemtype=\"http://schema.org/BlogPosting\"></article></main>")
    assert findings(index, "MT060")


def test_structured_data_is_decoded_as_the_page_is() -> None:
    # A UTF-8 page whose <title> comes before <meta charset>: lxml alone reads the bytes
    # as latin-1 and the JSON-LD headline as mojibake, "differing" from the visible one.
    headline = "鄭文燦：多元方案解決蛋荒 預估3月初緩解"
    ld = json.dumps(article(headline=headline), ensure_ascii=False)
    html = (f"<!doctype html><html lang=\"zh\"><head><title>{headline}</title><meta charset=\"utf-8\">"
            f'<script type="application/ld+json">{ld}</script></head>'
            f"<body><article><h1>{headline}</h1><p>{BODY}</p></article></body></html>")
    (node,) = from_html(html.encode("utf-8")).articles()
    assert node.data["headline"] == headline
    assert findings(html.encode("utf-8"), "MT062") == []


# ---------------------------------------------------------------- real pages


def corpus_findings(corpus_dir: Path, name: str, rule: str) -> list:
    rules = tuple(r for r in ALL.values() if r.id == rule)
    data = (corpus_dir / name).read_bytes()
    return [f for f in audit(data, str(corpus_dir / name), Settings(rules=rules)).findings]


def test_corpus_invalid_json_ld_block(corpus_dir: Path) -> None:
    """The Telegraph's breadcrumb block is HTML-escaped twice (& #34;): invalid JSON."""
    (f,) = corpus_findings(corpus_dir, "telegraph-zimbabwe-coup.html", "MT064")
    assert f.line == 897


def test_corpus_scheduled_post_is_not_modified_before_published(corpus_dir: Path) -> None:
    """Red Tricycle's post was last edited 27 hours before its scheduled publication
    (dateModified 2021-09-19T07:00:49-07:00, datePublished 2021-09-20T09:45:26-07:00)."""
    assert corpus_findings(corpus_dir, "redtri-317-jokes-for-kids.html", "MT063") == []


def test_ls060_leaves_out_a_cover_entry_that_names_the_article() -> None:
    cover = itemlist(8, None)
    cover["itemListElement"][0]["name"] = "7 Ways to Sleep Better"
    assert findings(page([article(), cover], extra=ITEMS), "LS060") == []
    (f,) = findings(page([article(), itemlist(8, None)], extra=ITEMS), "LS060")
    assert "itemListElement has 8 entries" in f.message
    cover["itemListElement"][0]["name"] = "Sleep"  # one word of the headline is an item
    assert len(findings(page([article(), cover], extra=ITEMS), "LS060")) == 1


def test_corpus_itemlist_of_a_listicle(corpus_dir: Path) -> None:
    """PopSugar's ItemList has 86 entries for 85 costumes: entry 1 is the article itself
    (its cover slide, named by the headline), so the list agrees with the page (judged:
    the real defect, 85 of "90+", is LS001's)."""
    assert corpus_findings(corpus_dir, "popsugar-90-diy-costumes.html", "LS060") == []


def test_corpus_wrong_case_type_and_author_without_name(corpus_dir: Path) -> None:
    (f,) = corpus_findings(corpus_dir, "blog-hiking-survival-kit.html", "MT065")
    assert "“organization”" in f.message and "“Organization”" in f.message
    # bbc's image is a JSON-LD {"@list": [...]} of three pictures: present; the author is missing.
    (f,) = corpus_findings(corpus_dir, "bbc-obama-gun-laws.html", "MT061")
    assert f.message.startswith("Article structured data (json-ld) lacks author:")


def test_corpus_author_by_reference_and_review_item(corpus_dir: Path) -> None:
    # basicthinking's Article names its author as {"@id": "…#author"}, a Person named in the graph.
    assert corpus_findings(corpus_dir, "de-basicthinking-12-twitter-users.html", "MT061") == []
    # Engadget's Review item (rating, author, date) sits beside a complete Article.
    assert corpus_findings(corpus_dir, "engadget-xbox-one-x-review.html", "MT061") == []


def test_corpus_complete_article_data_raises_nothing(corpus_dir: Path) -> None:
    for name in ("vox-21-best-films-2017.html", "theverge-vision-pro-hands-on.html", "wired-future-of-banking.html"):
        for rule in PACK:
            assert corpus_findings(corpus_dir, name, rule) == [], (name, rule)


def test_extraction_is_offline_and_lazy() -> None:
    import subprocess
    import sys

    code = ("import sys, socket\n"
            "def no(*a, **k): raise SystemExit('network used')\n"
            "socket.socket.connect = no\n"
            "from auditor.structured.extract import from_html\n"
            "print('extruct' in sys.modules)\n"
            "d = from_html(b'<html><head></head><body><div itemscope itemtype=\"https://schema.org/Article\">"
            "<span itemprop=\"headline\">x</span></div></body></html>')\n"
            "print('extruct' in sys.modules, [n.types for n in d.nodes])\n"
            "d = from_html(b'<html><head></head><body><div vocab=\"https://schema.org/\" typeof=\"BlogPosting\">"
            "<span property=\"headline\">x</span></div></body></html>')\n"
            "print('extruct' in sys.modules, [n.types for n in d.nodes])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    # Microdata is read without extruct (auditor.structured.microdata); RDFa imports it.
    assert out.split("\n")[:3] == ["False", "False [('Article',)]", "True [('BlogPosting',)]"]


def test_json_ld_is_read_from_the_article_parsers_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    """One lxml parse per page: structured data is read from the tree the article
    parser builds, before it prunes the chrome (a second parse was ~10 % of an audit)."""
    import lxml.html

    parses = []
    real = lxml.html.document_fromstring

    def counted(*args: object, **kwargs: object) -> object:
        parses.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(lxml.html, "document_fromstring", counted)
    assert findings(page(article(headline="Our favourite gadgets of the year")), "MT062") != []
    assert len(parses) == 1
    # Microdata too: it is read from the same tree instead of parsing the page again.
    microdata = ('<div itemscope itemtype="https://schema.org/NewsArticle">'
                 '<span itemprop="headline">Our favourite gadgets of the year</span></div>')
    parses.clear()
    assert findings(page(extra=microdata), "MT062") != []
    assert len(parses) == 1


def test_json_ld_is_decoded_as_the_page_is() -> None:
    """A UTF-8 page that declares its charset late in a long head: lxml's own reading
    of the bytes took it for Latin-1, and the JSON-LD headline came out as mojibake
    that "differed" from the visible one (a real page: corpus-more zh-cna-egg-shortage)."""
    headline = "鄭文燦：多元方案解決蛋荒 預估3月初緩解"
    ld = json.dumps(article(headline=headline), ensure_ascii=False)
    description = "行政院副院長今天表示" * 60
    html = (f'<!doctype html>\n<html lang="zh-Hant"><head>\n<title>{headline}</title>\n'
            f'<meta name="description" content="{description}">\n<meta charset="utf-8">\n'
            f'<script type="application/ld+json">\n{ld}\n</script>\n</head>\n'
            f"<body><article><h1>{headline}</h1><p>{BODY}</p></article></body></html>\n")
    rules = (ALL["MT062"],)
    result = audit(html.encode("utf-8"), "page.html", Settings(rules=rules))
    assert result.error is None
    assert [f.message for f in result.findings if f.rule == "MT062"] == []
