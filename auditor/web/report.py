"""``auditor links`` output: every checked link with its status, redirects and time."""

from __future__ import annotations

import json
from collections.abc import Sequence

from auditor.model import FileResult, LinkCheck


def _status(check: LinkCheck) -> str:
    if check.status is None:
        return check.error or "no answer"
    if check.url.startswith("#"):
        return "missing anchor" if check.fragment_missing else "ok"
    return str(check.status)


def _row(result: FileResult, check: LinkCheck) -> dict[str, object]:
    return {"path": result.path, "line": check.line, "column": check.column, "url": check.url,
            "text": check.text, "status": check.status, "error": check.error,
            "final_url": check.final_url if check.final_url != check.url else None,
            "redirects": list(check.redirects), "ms": check.elapsed_ms,
            "fragment_missing": check.fragment_missing, "https_works": check.https_works}


def render_links(results: Sequence[FileResult], fmt: str, *, broken_only: bool = False) -> str:
    rows: list[tuple[FileResult, LinkCheck, list[str]]] = []
    for result in results:
        if result.document is None:
            continue
        flagged: dict[tuple[int, int], list[str]] = {}
        for finding in result.findings:
            flagged.setdefault((finding.line, finding.column), []).append(finding.rule)
        for check in result.document.link_checks:
            rules = flagged.get((check.line, check.column), [])
            if not broken_only or rules:
                rows.append((result, check, rules))
    if fmt == "json":
        return json.dumps([{**_row(r, c), "rules": rules} for r, c, rules in rows],
                          indent=2, ensure_ascii=False) + "\n"
    lines = []
    for result, check, rules in rows:
        hops = " → ".join(str(s) for s in check.redirects)
        moved = f" → {check.final_url} ({hops})" if check.redirects and check.final_url else ""
        flag = f"  [{', '.join(rules)}]" if rules else ""
        lines.append(f"{result.path}:{check.line}:{check.column} {_status(check):>6} {check.url}{moved}"
                     f"  {check.elapsed_ms} ms{flag}")
    broken = sum(1 for _r, _c, rules in rows if "LK017" in rules)
    lines.append(f"\nChecked {len(rows)} links: {broken} broken.")
    return "\n".join(lines) + "\n"
