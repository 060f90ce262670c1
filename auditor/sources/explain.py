"""``auditor check --explain-body``: what auditor read as the article, what it
dropped as site chrome and by which rule, and what a rule judged chrome but stayed as
a roundup's entries and why, so a wrong decision can be seen and reported."""

from __future__ import annotations

from collections import Counter

from auditor.model import Document

_MAX_DROPS = 200


def explain_body(doc: Document) -> str:
    """A plain-text outline of ``doc``'s body followed by every chrome removal and every
    box kept against a chrome verdict."""
    out = [f"{doc.path}: body found by {doc.body_source or doc.format}"]
    if doc.headline:
        out.append(f"  headline  {doc.headline_line}:{doc.headline_column}  {doc.headline}")
    words = sum(len(p.text.split()) for p in doc.paragraphs if not p.embed)
    embedded = sum(len(p.text.split()) for p in doc.paragraphs if p.embed)
    posts = f" and {embedded} in embedded posts" if embedded else ""
    out.append(f"  {len(doc.paragraphs)} paragraphs ({words} words{posts}), {len(doc.list_items)} list items, "
               f"{len(doc.images)} images, {len(doc.links)} links")
    out.append("  outline:")
    for h in doc.headings:
        out.append(f"    {h.line}:{h.column}  {'  ' * (h.level - 1)}h{h.level} {h.text[:90]}")
    if not doc.headings:
        out.append("    (no headings)")
    if doc.images:
        out.append("  images:")
        for image in doc.images:
            alt = "no alt" if image.alt is None else f"alt {image.alt[:50]!r}"
            out.append(f"    {image.line}:{image.column}  {_name(image.src)}  {alt}")
    drops = doc.body_drops
    kinds = Counter(d.kind for d in drops)
    summary = ", ".join(f"{k} {n}" for k, n in kinds.most_common())
    out.append(f"  dropped as chrome: {len(drops)}" + (f" ({summary})" if drops else ""))
    for d in drops[:_MAX_DROPS]:
        text = f"  “{d.excerpt}”" if d.excerpt else ""
        out.append(f"    {d.line}:{d.column}  <{d.tag}> {d.kind}: {d.reason}{text}")
    if len(drops) > _MAX_DROPS:
        out.append(f"    … and {len(drops) - _MAX_DROPS} more")
    out.extend(_kept(doc))
    return "\n".join(out)


def _kept(doc: Document) -> list[str]:
    """The boxes a rule judged chrome that stayed as a roundup's entries (product boxes
    as <aside>s, "sponsored" classes): the verdict they were saved from, and why."""
    kept = doc.body_kept
    if not kept:
        return []
    kinds = Counter(k.kind for k in kept)
    summary = ", ".join(f"{k} {n}" for k, n in kinds.most_common())
    out = [f"  kept against a chrome verdict: {len(kept)} ({summary})"]
    for k in kept[:_MAX_DROPS]:
        text = f"  “{k.excerpt}”" if k.excerpt else ""
        out.append(f"    {k.line}:{k.column}  <{k.tag}> {k.kind}: {k.reason}; kept: {k.kept}{text}")
    if len(kept) > _MAX_DROPS:
        out.append(f"    … and {len(kept) - _MAX_DROPS} more")
    return out


def _name(src: str | None) -> str:
    if not src:
        return "(no src)"
    return src.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1][:60] or src[:60]


def explain_paths(paths: tuple[str, ...], options: object) -> int:
    """Print :func:`explain_body` for each file; return the exit code (2 when a file
    could not be read or parsed, after the others are printed)."""
    import sys
    from pathlib import Path

    from auditor.sources import SourceError, SourceOptions
    from auditor.sources.load import load

    assert isinstance(options, SourceOptions)
    status = 0
    for path in paths:
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
            doc = load(data, path, options)
        except (OSError, SourceError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"auditor: error: {path}: {reason}", file=sys.stderr)
            status = 2
            continue
        print(explain_body(doc))
    return status
