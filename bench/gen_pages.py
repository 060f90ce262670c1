"""Write N distinct listicle pages for scale benchmarks (deterministic: seeded).

    python bench/gen_pages.py OUT_DIR [N]

Each page is a real-shaped listicle built from the corpus's own sentences: a headline
promising K items, K numbered H2 items with paragraphs, images (some without alt),
links (some of them "click here"), site chrome around the article. Pages differ in
their text, so a cache keyed by content sees 20,000 different pages.
"""

from __future__ import annotations

import html
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "pages"
TOPICS = ["Habits", "Ways", "Tips", "Reasons", "Ideas", "Mistakes", "Tricks", "Lessons", "Places", "Tools"]
GOALS = ["Write Better Headlines", "Save Money", "Sleep Well", "Edit Faster", "Travel Light",
         "Cook at Home", "Learn a Language", "Stay Focused", "Grow Tomatoes", "Run Farther"]


def _sentences() -> list[str]:
    """Prose sentences from the corpus pages' paragraphs."""
    found: list[str] = []
    tag = re.compile(r"<[^>]+>")
    for page in sorted(CORPUS.glob("*.html")):
        text = page.read_text("utf-8", errors="replace")
        for para in re.findall(r"<p[^>]*>(.*?)</p>", text, flags=re.S | re.I):
            plain = " ".join(html.unescape(tag.sub(" ", para)).split())
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", plain):
                if 40 <= len(s) <= 220 and s[-1] in ".!?":
                    found.append(s)
    if not found:  # no corpus: still a usable, if plainer, set
        found = [f"Sentence number {i} explains one small idea in plain words." for i in range(200)]
    return found


def page(i: int, rng: random.Random, sentences: list[str]) -> str:
    k = rng.randint(5, 12)
    headline = f"{k} {rng.choice(TOPICS)} to {rng.choice(GOALS)}"
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{headline} | Example News</title>",
        f"<meta name='description' content='{html.escape(rng.choice(sentences)[:150], quote=True)}'>",
        f"<link rel='canonical' href='https://news.example/{i}'></head><body>",
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/tech'>Tech</a></nav>",
        f"<article><h1>{headline}</h1><p>{' '.join(rng.sample(sentences, 3))}</p>",
    ]
    for n in range(1, k + 1):
        parts.append(f"<h2>{n}. {html.escape(rng.choice(sentences)[:60].rstrip(' ,.'))}</h2>")
        for _ in range(rng.randint(1, 3)):
            parts.append(f"<p>{html.escape(' '.join(rng.sample(sentences, rng.randint(2, 4))))}</p>")
        if rng.random() < 0.4:
            alt = "" if rng.random() < 0.3 else f" alt='Item {n} of the list'"
            parts.append(f"<img src='/img/{i}-{n}.jpg'{alt}>")
        if rng.random() < 0.3:
            label = "click here" if rng.random() < 0.2 else "the full study"
            parts.append(f"<p>See <a href='https://source.example/{i}/{n}'>{label}</a>.</p>")
    parts.append("</article><footer>© Example News</footer></body></html>")
    return "\n".join(parts)


def generate(out: Path, count: int, seed: int = 1) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    sentences = _sentences()
    paths = []
    for i in range(count):
        target = out / f"{i // 1000:03d}" / f"page-{i:06d}.html"
        target.parent.mkdir(exist_ok=True)
        if not target.exists():
            target.write_text(page(i, rng, sentences), "utf-8")
        else:  # keep the RNG in step so a partial set completes identically
            page(i, rng, sentences)
        paths.append(target)
    return paths


if __name__ == "__main__":
    generate(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 20000)
