"""Yoast's analysis (npm ``yoastseo``: content + SEO assessors) on the same pages as
auditor, for the bench table's peer row. Installs into bench/yoast/node_modules on
first use; skipped with a reason when node or npm is missing."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent / "yoast"
SAMPLE = 8  # Yoast takes seconds per full page: a sample keeps the bench short


def yoast_row(corpus: list[Path], work: Path) -> tuple[str, str, str]:
    if not shutil.which("node") or not shutil.which("npm"):
        return ("Yoast (yoastseo) on the same pages", "skipped: node/npm not found", "")
    if not (HERE / "node_modules" / "yoastseo").is_dir():
        done = subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund"], cwd=HERE,
                              capture_output=True, text=True)
        if done.returncode != 0:
            return ("Yoast (yoastseo) on the same pages", "skipped: npm install failed", "")
    pages = sorted(corpus)[:SAMPLE]
    out = subprocess.run(["node", "run.js", *map(str, pages)], cwd=HERE, capture_output=True, text=True)
    if out.returncode != 0:
        return ("Yoast (yoastseo) on the same pages", f"failed: {out.stderr.strip()[-80:]}", "")
    yoast_ms = json.loads(out.stdout.strip().splitlines()[-1])["ms"]
    from auditor.api import audit, default_settings

    settings = default_settings()
    audit(pages[0].read_bytes(), str(pages[0]), settings)
    start = time.process_time()
    for page in pages:
        audit(page.read_bytes(), str(page), settings)
    ours = (time.process_time() - start) * 1000
    return (f"Yoast (yoastseo 3.6, node) on {len(pages)} corpus pages",
            f"{yoast_ms / len(pages):.0f} ms/page vs auditor {ours / len(pages):.0f} ms/page "
            f"({yoast_ms / ours:.0f}x)", "")
