"""``spacing.double_spaces``: two or more spaces in a row inside prose.

The runs are found in the source by :mod:`auditor.sources.spacing` (HTML counts only
the spaces a reader sees); this check decides which of them to report.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.checks import Hit, Params, check, excerpt
from auditor.model import Document


@check("spacing.double_spaces")
def double_spaces(doc: Document, params: Params) -> Iterator[Hit]:
    """Each run of ``min_spaces`` or more; with ``two_after_sentence`` (a house style
    that keeps two spaces after a full stop) a run of exactly two after . ! or ? is fine."""
    least = int(params["min_spaces"])
    house_two = bool(params["two_after_sentence"])
    for run in doc.space_runs:
        if run.width < least or (house_two and run.after_sentence and run.width == 2):
            continue
        yield Hit(
            line=run.line,
            column=run.column,
            excerpt=f"{run.before} {run.after}".strip(),
            context=excerpt(run.context, 200),
            data={"count": run.width, "before": run.before, "after": run.after},
        )
