"""Synthetic results for trying the report: restyling templates, benchmarks, browser tests.

``python -m auditor.report.demo OUT_DIR [--n 200]`` writes a report of made-up
articles so a team can restyle ``reports/`` without running an audit. The data is
generated from a seed, so the same ``n`` and ``seed`` give the same report.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

from auditor.engine.scoring import breakdown
from auditor.model import Document, FileResult, Finding, Image, Item, Level, Link, Meta, Paragraph
from auditor.rulepacks import Rule, RuleDoc

_TOPICS = (
    "ways to save money on groceries", "hiking trails near Denver", "tips for better sleep",
    "mistakes new managers make", "books to read this summer", "reasons to learn Python",
    "hotel secrets owners hide", "habits of productive writers", "films of the decade",
    "houseplants that are hard to kill", "questions to ask in an interview", "budget travel hacks",
)
_WORDS = (
    "the quick reader scans every heading before deciding whether the article deserves more "
    "attention and a clear promise in the title keeps them reading through each numbered item"
).split()

# (id, name, category, level, message, summary)
_RULES: tuple[tuple[str, str, str, Level, str, str], ...] = (
    ("HL001", "headline-missing", "headline", "error", "Add a headline (an H1) that says what the article delivers.", "The article has a headline."),
    ("HL002", "headline-length", "headline", "warning", "Headline is {n} characters: keep it between 40 and 65.", "Headlines fit in search results."),
    ("HD001", "heading-skip", "headings", "warning", "Heading jumps from H2 to H4: use H3.", "Heading levels go down one step at a time."),
    ("IM001", "image-alt-missing", "images", "error", "Add alt text that describes the image.", "Every image has alt text."),
    ("IM002", "image-credit-missing", "images", "info", "Credit the photographer or source next to the image.", "Images carry a credit."),
    ("LK001", "link-javascript", "links", "error", "Replace the javascript: link with a real URL.", "Links lead somewhere."),
    ("LK002", "link-generic-text", "links", "warning", "Say where the link goes instead of “click here”.", "Link text is descriptive."),
    ("RD001", "sentence-long", "readability", "warning", "Split this {n}-word sentence: aim for under 25 words.", "Sentences are short enough to read once."),
    ("RD002", "reading-ease", "readability", "warning", "Reading ease is {n}: use shorter words and sentences.", "The text is easy to read."),
    ("LS001", "listicle-count", "listicle", "error", "Headline promises {p} items but the article has {f}: fix the number.", "The headline's number matches the items."),
    ("MT001", "meta-description-missing", "meta", "warning", "Add a meta description of 120–160 characters.", "The page has a meta description."),
)


def demo_rules() -> list[Rule]:
    return [
        Rule(
            id=rid, name=name, category=cat, level=level, check=f"{cat}.{name}", message=msg,
            doc=RuleDoc(
                summary=summary,
                why="Readers and search engines judge the article by it.",
                bad="<h1>Tips</h1>", good="<h1>7 Tips for Better Sleep Tonight</h1>",
                fix="Follow the message: it names the change.",
            ),
        )
        for rid, name, cat, level, msg, summary in _RULES
    ]


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _findings(rng: random.Random, promised: int | None, found: int) -> tuple[Finding, ...]:
    """Up to nine made-up findings of the demo's rules, in report order."""
    findings: list[Finding] = []
    for _ in range(rng.randint(0, 9)):
        rid, name, cat, level, msg, _summary = rng.choice(_RULES)
        sentence = _sentence(rng, rng.randint(12, 40))
        words_in = sentence.split()
        start = rng.randint(0, max(0, len(words_in) - 4))
        excerpt = " ".join(words_in[start : start + 4])
        message = msg.format(n=rng.randint(26, 70), p=promised or 10, f=found or 8)
        findings.append(Finding(rule=rid, name=name, category=cat, level=level, message=message,
                                line=rng.randint(1, 200), column=rng.randint(1, 40), excerpt=excerpt, context=sentence))
    return tuple(sorted(findings, key=Finding.sort_key))


def synthetic_result(i: int, rng: random.Random) -> FileResult:
    """One made-up article: a listicle most of the time, with findings of every kind."""
    topic = rng.choice(_TOPICS)
    path = f"site/{rng.choice(('news', 'guides', 'lists', 'travel'))}/{i:06d}-{topic.replace(' ', '-').lower()}.html"
    if rng.random() < 0.01:
        return FileResult(path=path, format="html", error="cannot decode bytes as utf-8 (byte 0xff at offset 12)")
    promised = rng.choice((None, 5, 7, 10, 12, 15, 21))
    found = 0 if promised is None else (promised if rng.random() < 0.8 else max(1, promised - rng.randint(1, 3)))
    headline = f"{promised} {topic.capitalize()}" if promised else topic.capitalize()
    items = tuple(
        Item(number=k, heading=f"{k}. {_sentence(rng, rng.randint(3, 7))[:-1]}", line=20 + 12 * k,
             words=rng.randint(40, 260), marker=f"{k}.", level=2)
        for k in range(1, found + 1)
    )
    images = tuple(
        Image(src=f"https://cdn.example.com/img/{i}-{k}.jpg",
              alt=None if rng.random() < 0.1 else ("" if rng.random() < 0.1 else _sentence(rng, 5)),
              line=25 + 12 * k, credit=None if rng.random() < 0.4 else "Photo: Jane Doe / Agency")
        for k in range(rng.randint(0, 6))
    )
    links = tuple(
        Link(href=rng.choice(("/about", "https://example.org/study", "javascript:void(0)", "#top")),
             text=rng.choice(("click here", "the 2024 study", "our guide", "read more")),
             line=22 + 9 * k, internal=rng.choice((True, False, None)),
             rel=rng.choice(((), ("nofollow",), ("noopener", "noreferrer"))))
        for k in range(rng.randint(0, 10))
    )
    words = sum(it.words for it in items) + rng.randint(150, 900)
    # Half the articles quote someone, as reported ones do (the score weighs it).
    paragraphs = tuple(
        Paragraph(f"“{_sentence(rng, 8)}” she said." if k == 1 and rng.random() < 0.5 else _sentence(rng, 20),
                  line=12 + k)
        for k in range(3)
    )
    doc = Document(
        path=path, format="html", headline=headline, meta=Meta(title=f"{headline} | Example", description=None),
        paragraphs=paragraphs, images=images, links=links, items=items, headline_number=promised, word_count=words,
    )
    ordered = _findings(rng, promised, found)
    # Scored as an audit scores (the breakdown is the model), so the report's "How this
    # score was reached" table shows what a real run would show for these findings.
    explained = breakdown(doc, ordered)
    ease = round(rng.gauss(58, 15), 1)
    return FileResult(
        path=path, format="html", headline=headline, title=doc.meta.title,
        score=explained.score, scores=explained.scores, score_breakdown=explained,
        metrics={
            "words": words, "sentences": words // 17, "flesch_reading_ease": ease,
            "flesch_kincaid_grade": round(rng.uniform(5, 14), 1), "headline_number": promised,
            "list_items": found,
        },
        findings=ordered, document=doc,
    )


def synthetic_results(n: int, seed: int = 1) -> Iterator[FileResult]:
    """``n`` made-up results, generated lazily (a generator, like the engine's)."""
    rng = random.Random(seed)
    for i in range(n):
        yield synthetic_result(i, rng)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    from auditor import __version__
    from auditor.report import write_report

    index = write_report(synthetic_results(args.n, args.seed), args.out_dir, rules=demo_rules(), version=__version__)
    print(index)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
