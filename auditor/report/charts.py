"""Inline SVG: Lighthouse-style score gauges and histograms.

Charts are drawn here rather than in a library so the report stays one folder of
static files. Colours come from CSS classes (``gauge--pass`` …) so the light, dark and
print themes restyle them. Every chart is ``role="img"`` with a ``<title>`` (and a
``<desc>`` listing the numbers) for screen readers.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from html import escape

from markupsafe import Markup

# Score bands are defined once, with the score model (re-exported for the report).
from auditor.engine.scoring import BANDS, band

__all__ = ["BANDS", "band"]

def gauge(score: float | None, label: str, chart_id: str, *, size: int = 96) -> Markup:
    """A ring filled to ``score`` out of 100, the number in the middle."""
    css, words = band(score)
    radius = 52
    circumference = 2 * math.pi * radius
    filled = 0.0 if score is None else max(0.0, min(100.0, float(score))) / 100 * circumference
    shown = "–" if score is None else str(round(score))
    title = (
        f"{label}: no score"
        if score is None
        else f"{label}: {round(score)} out of 100 ({words})"
    )
    tid = f"{chart_id}-t"
    return Markup(
        f'<svg class="gauge gauge--{css}" viewBox="0 0 120 120" width="{size}" height="{size}" '
        f'role="img" aria-labelledby="{escape(tid)}">'
        f'<title id="{escape(tid)}">{escape(title)}</title>'
        f'<circle class="gauge__track" cx="60" cy="60" r="{radius}"/>'
        f'<circle class="gauge__arc" cx="60" cy="60" r="{radius}" '
        f'stroke-dasharray="{filled:.2f} {circumference:.2f}" transform="rotate(-90 60 60)"/>'
        f'<text class="gauge__value" x="60" y="60" dy="0.35em" text-anchor="middle">{shown}</text>'
        "</svg>"
    )


def bin_values(
    values: Iterable[float], lo: float, hi: float, width: float
) -> tuple[list[int], list[str]]:
    """Counts of ``values`` in bins of ``width`` from ``lo`` to ``hi``; values outside
    the range fall into the first or last bin (reading ease runs below 0 and past 100)."""
    n = max(1, math.ceil((hi - lo) / width))
    counts = [0] * n
    for value in values:
        index = int((value - lo) // width)
        counts[min(n - 1, max(0, index))] += 1
    labels = []
    for i in range(n):
        start = lo + i * width
        end = start + width
        if i == 0:
            labels.append(f"<{_num(end)}")
        elif i == n - 1:
            labels.append(f"≥{_num(start)}")
        else:
            labels.append(f"{_num(start)}–{_num(end - 1)}")
    return counts, labels


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def histogram(
    counts: Sequence[int],
    labels: Sequence[str],
    *,
    chart_id: str,
    title: str,
    unit: str = "articles",
    classes: Sequence[str] | None = None,
) -> Markup:
    """Vertical bars, one per bin, with the count above each bar and the bin's label
    below; ``classes`` (per bin) colour the bars by band."""
    width, height = 640, 240
    left, right, top, bottom = 44, 8, 20, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(counts, default=0)
    scale_max = peak if peak > 0 else 1
    slot = plot_w / max(1, len(counts))
    bar_w = slot * 0.8
    tid, did = f"{chart_id}-t", f"{chart_id}-d"
    total = sum(counts)
    desc = "; ".join(f"{label}: {count}" for label, count in zip(labels, counts))
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{escape(tid)} {escape(did)}" preserveAspectRatio="xMidYMid meet">',
        f'<title id="{escape(tid)}">{escape(title)} ({total} {escape(unit)})</title>',
        f'<desc id="{escape(did)}">{escape(desc)}</desc>',
    ]
    # Grid lines at 0, half and the peak, labelled on the left.
    for frac in (0.0, 0.5, 1.0):
        y = top + plot_h - frac * plot_h
        value = scale_max * frac
        label = str(round(value)) if peak else "0"
        if frac and not peak:
            continue
        parts.append(
            f'<line class="chart__grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="chart__axis" x="{left - 6}" y="{y:.1f}" dy="0.35em" text-anchor="end">{escape(label)}</text>'
        )
    for i, (count, label) in enumerate(zip(counts, labels)):
        x = left + i * slot + (slot - bar_w) / 2
        h = count / scale_max * plot_h
        y = top + plot_h - h
        cls = f"chart__bar chart__bar--{classes[i]}" if classes else "chart__bar"
        parts.append(
            f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" rx="2">'
            f"<title>{escape(label)}: {count} {escape(unit)}</title></rect>"
        )
        cx = x + bar_w / 2
        if count:
            parts.append(
                f'<text class="chart__count" x="{cx:.1f}" y="{y - 5:.1f}" text-anchor="middle">{count}</text>'
            )
        parts.append(
            f'<text class="chart__axis" x="{cx:.1f}" y="{height - bottom + 16}" text-anchor="middle">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
