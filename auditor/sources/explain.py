"""``auditor check --explain-body``: what auditor read as the article, and what it
dropped as site chrome and by which rule, so a wrong decision can be seen and reported."""

from __future__ import annotations

from collections import Counter

from auditor.model import Document

_MAX_DROPS = 200


def explain_body(doc: Document) -> str:
    """A plain-text outline of ``doc``'s body followed by every chrome removal."""
    out = [f"{doc.path}: body found by {doc.body_source or doc.format}"]
    if doc.headline:
        out.append(f"  headline  {doc.headline_line}:{doc.headline_column}  {doc.headline}")
    words = sum(len(p.text.split()) for p in doc.paragraphs)
    out.append(f"  {len(doc.paragraphs)} paragraphs ({words} words), {len(doc.list_items)} list items, "
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
    return "\n".join(out)


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
