"""Write N small pages that give every site-wide rule work (deterministic: seeded).

    python bench/gen_site_dupes.py OUT_DIR [N]

Markdown and HTML pages in a few folders, on two published sites and none, sharing
titles, descriptions and headlines exactly and nearly (other number, other case),
declaring keyphrases other pages' headlines hold, linking to each other by relative
path, by URL and to pages that do not exist, showing shared images with other alt
texts and crediting one agency several ways; a few suppress a site rule inline. Used
to check that the site stage's findings stay the same when its design changes.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

TOPICS = ["Ways to Sleep Better", "Tips to Save Money", "Habits of Good Editors", "Places to Read",
          "Reasons to Cook at Home", "Tricks to Travel Light", "Ideas for Small Gardens", "Mistakes New Runners Make"]
DESCRIPTIONS = ["The latest news and tips from our newsroom.", "Everything you need to know, in one list.",
                "Our editors picked these for you.", "A short guide for busy readers."]
PHRASES = ["sleep better", "save money", "good editors", "small gardens", "travel light", "night shift sleep"]
ALTS = ["Hoover Dam at dusk", "photo", "The dam", "Hoover dam at dusk!", "Dam"]
CREDITS = ["Photo: Getty Images", "Getty images", "GETTY IMAGES", "Photo: Reuters", "Reuters", "AP Photo"]
SITES = ["news.example.com", "blog.example.org", ""]


def _page(i: int, n: int, rng: random.Random) -> tuple[str, str]:
    """The relative path and text of page ``i`` of ``n``."""
    folder = f"s{i % 3}"
    html = i % 2 == 0
    name = f"{folder}/p{i}.{'html' if html else 'md'}"
    topic = rng.choice(TOPICS) if rng.random() < 0.7 else f"Story {i} about {rng.choice(['rivers', 'lakes', 'seas'])} {i}"
    title = f"{rng.randint(3, 12)} {topic}" if rng.random() < 0.5 else f"{rng.choice([7, 10])} {topic}".lower()
    headline = f"{rng.randint(3, 12)} {rng.choice(TOPICS)}" if rng.random() < 0.6 else f"Headline {i}"
    description = rng.choice(DESCRIPTIONS) if rng.random() < 0.5 else f"Page {i} has its own description."
    site = SITES[i % len(SITES)]
    others = [rng.randrange(n) for _ in range(rng.randint(0, 3))]
    links = []
    for j in others:
        if rng.random() < 0.6:
            links.append((f"../s{j % 3}/p{j}.{'html' if j % 2 == 0 else 'md'}", f"page {j}"))
        elif SITES[j % len(SITES)]:
            links.append((f"https://{SITES[j % len(SITES)]}/p{j}", f"page {j}"))
    if rng.random() < 0.1:
        links.append((f"missing-{i % 5}.md", "gone"))
    images = [(f"/img/shared-{rng.randrange(4)}.jpg", rng.choice(ALTS)) for _ in range(rng.randint(0, 2))]
    if rng.random() < 0.3:
        images.append((f"/img/own-{i}.jpg", "Own picture"))
    credit = rng.choice(CREDITS) if rng.random() < 0.5 else ""
    suppress = rng.random() < 0.05
    if html:
        head = [f"<title>{title}</title>", f'<meta name="description" content="{description}">']
        if site:
            head.append(f'<link rel="canonical" href="https://{site}/p{i}">')
        body = [f"<h1>{headline}</h1>", "<p>Some text about it. " + " ".join(
            f'<a href="{href}">{label}</a>' for href, label in links) + "</p>"]
        for src, alt in images:
            body.append(f'<figure><img src="{src}" alt="{alt}"><figcaption>{credit}</figcaption></figure>'
                        if credit else f'<p><img src="{src}" alt="{alt}"></p>')
        comment = "<!-- auditor-disable MT050 -->\n" if suppress else ""
        text = (f"{comment}<html><head>\n" + "\n".join(head) + "\n</head><body><article>\n" + "\n".join(body)
                + "\n</article></body></html>\n")
    else:
        front = [f"title: {title}", f"description: {description}"]
        if rng.random() < 0.4:
            front.append(f"keyphrase: {rng.choice(PHRASES)}")
        if site:
            front.append(f"canonical: https://{site}/p{i}")
        body = [f"# {headline}", "", "Some text about it. " + " ".join(f"[{label}]({href})" for href, label in links), ""]
        for src, alt in images:
            body += [f"![{alt}]({src})", f"*{credit}*" if credit else "", ""]
        if suppress:
            body += ["<!-- auditor-disable HL050 -->", ""]
        text = "---\n" + "\n".join(front) + "\n---\n" + "\n".join(body)
    return name, text


def generate(out: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        name, text = _page(i, count, rng)
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
        paths.append(target)
    return paths


if __name__ == "__main__":
    generate(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 600)
