"""Posts embedded from social networks: someone else's words quoted whole, not the story's prose.

Told by the embed codes the networks publish (the markup a newsroom pastes, the same on every
site): X/Twitter's ``<blockquote class="twitter-tweet">`` (publish.twitter.com), Instagram's
``<blockquote class="instagram-media" data-instgrm-permalink=…>``, TikTok's ``<blockquote
class="tiktok-embed" cite=…>``, Facebook's post plugin (``<blockquote cite=…facebook.com/…/posts/…
class="fb-xfbml-parse-ignore">``), Threads' ``text-post-media``, Bluesky's ``bluesky-embed``,
Reddit's ``reddit-embed-bq``, Mastodon's ``mastodon-embed``; or by structure, a block quote that
cites a post's own address or ends with a link to it (a status, a post, a reel, a video) on a
social network: what every embed code falls back to when its script does not run.
"""

from __future__ import annotations

import re
from typing import Any

from auditor.text.lazyre import LazyPattern

Element = Any

_EMBED_CLASSES = frozenset({"twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-xfbml-parse-ignore",
                            "text-post-media", "bluesky-embed", "reddit-embed-bq", "mastodon-embed"})
# A post's own address on a social network (its permalink), as an embed code cites or links it.
POST_HREF = LazyPattern(
    r"^(?:https?:)?//(?:(?:www|mobile)\.)?(?:(?:twitter|x)\.com/\w+/status(?:es)?/\d|instagram\.com/(?:[\w.]+/)?(?:p|reel|tv)/"
    r"|tiktok\.com/@[\w.-]+/video/\d|facebook\.com/[^/?#]+/(?:posts|videos|photos)/|threads\.(?:net|com)/@[\w.-]+/post/"
    r"|bsky\.app/profile/[^/]+/post/|reddit\.com/r/\w+/comments/)", re.I)


def embedded_post(quote: Element) -> bool:
    """True when the block quote ``quote`` is a post embedded from a social network."""
    classes = quote.get("class")
    if classes and not _EMBED_CLASSES.isdisjoint(classes.split()):
        return True
    if quote.get("data-instgrm-permalink") or POST_HREF.match(quote.get("cite") or ""):
        return True
    last = None
    for last in quote.iter("a"):
        pass
    return last is not None and bool(POST_HREF.match((last.get("href") or "").strip()))
