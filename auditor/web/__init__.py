"""Published sites: fetch URLs and sitemaps, check links. Network only on request.

Nothing here is imported by a plain ``auditor check FILE``: the CLI reaches this
package only when an input is a URL, ``--sitemap`` is given or ``--check-links`` /
``auditor links`` asks for link checking.
"""

from __future__ import annotations

from auditor.web.policy import FetchPolicy, is_url, user_agent

__all__ = ["FetchPolicy", "is_url", "user_agent"]
