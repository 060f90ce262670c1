"""Site-wide check kinds, as the per-article engine sees them.

``site.*`` rules judge the whole set of articles (auditor.sitewide); one article
alone never shows a duplicate, an orphan or a spelling that differs from the rest,
so in the per-article stage these kinds find nothing. The facts they need are taken
per article in :func:`auditor.api.audit` and judged together by
:func:`auditor.sitewide.stage.run_site_stage`.
"""

from __future__ import annotations

from collections.abc import Iterable

from auditor.checks import Hit, Params, check
from auditor.model import Document

KINDS = (
    "site.duplicate_field",
    "site.cannibalisation",
    "site.orphan",
    "site.broken_internal_link",
    "site.image_alt_variants",
    "site.credit_variants",
)


def _whole_set_only(doc: Document, params: Params) -> Iterable[Hit]:
    return ()


for _kind in KINDS:
    check(_kind)(_whole_set_only)
