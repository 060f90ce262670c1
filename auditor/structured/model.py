"""What a page's structured data is, once read (auditor.structured.extract reads it):
typed nodes with their line, and the problems met. Checks read these types."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from auditor.record import Record  # one repr, == and hash for the three records below

ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle",
    "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
    "ReportageNewsArticle", "AskPublicNewsArticle", "SatiricalArticle", "LiveBlogPosting",
    "SocialMediaPosting", "DiscussionForumPosting", "AdvertiserContentArticle", "Review",
})


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Node(Record):
    """One typed item: its types, properties, the syntax it came in and its line."""

    types: tuple[str, ...]
    data: Mapping[str, Any]
    syntax: str  # json-ld | microdata | rdfa | front-matter
    line: int

    def is_article(self) -> bool:
        return any(t in ARTICLE_TYPES for t in self.types)


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Problem(Record):
    """A block of structured data that could not be read, and where."""

    kind: str  # invalid-json
    line: int
    detail: str


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class StructuredData(Record):
    """A page's structured data: its typed nodes and the blocks that could not be read."""

    nodes: tuple[Node, ...] = ()
    problems: tuple[Problem, ...] = ()
    has_head: bool = False  # a full page (structured data belongs in it)
    scripts: int = 0  # JSON-LD blocks seen

    def articles(self) -> list[Node]:
        return [n for n in self.nodes if n.is_article()]

    def of_type(self, name: str) -> list[Node]:
        return [n for n in self.nodes if name in n.types]

    def referenced(self, value: Any) -> Any:
        """``value`` itself, or, when it is only a reference (``{"@id": "…#author"}``),
        the node the page's JSON-LD gives that @id: graph writers (Yoast, Rank Math)
        describe a person once and point to it."""
        if not (isinstance(value, Mapping) and set(value) == {"@id"}):
            return value
        target = value["@id"]
        return next((n.data for n in self.nodes if n.data.get("@id") == target), value)
