"""How a score was reached, in words: the lines ``auditor check --verbose`` prints under
a file and the pieces the report's article page shows (auditor.report.model). One
reading of :class:`~auditor.model.ScoreBreakdown` for both, so they say the same."""

from __future__ import annotations

from auditor.model import CategoryScore, RuleCost, ScoreBreakdown

# What each page-wide term is called where it is listed.
TERM_LABELS: dict[str, str] = {
    "errors": "Errors on the page",
    "thin": "Thin text",
    "fragmented": "Fragmented text",
    "link-heavy": "Link-heavy text",
    "unquoted": "No one quoted",
    "uncaptioned": "Pictures with no caption or credit",
    "noindex": "Noindex cap",
    "no-article": "No article",
}


def points(value: float) -> str:
    """Points to one decimal, a whole number bare: "10", "12.5"."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def term_label(term: str) -> str:
    return TERM_LABELS.get(term, term.replace("-", " ").capitalize())


def cost_text(cost: RuleCost) -> str:
    """One rule's cost: "IM009 warning ×2 −15"."""
    times = f" ×{cost.count}" if cost.count > 1 else ""
    return f"{cost.rule} {cost.level}{times} −{points(cost.points)}"


def costs_text(part: CategoryScore) -> str:
    """What cost a category points, the costliest first ("" when nothing did)."""
    ranked = sorted(part.costs, key=lambda c: (-c.points, c.rule))
    return ", ".join(cost_text(c) for c in ranked)


def weight_share(part: CategoryScore, b: ScoreBreakdown) -> str:
    """A category's weight as a share of the scored categories' weights: "19 %"."""
    total = sum(c.weight for c in b.categories)
    return f"{round(100 * part.weight / total)} %" if total else "—"


def arithmetic(b: ScoreBreakdown) -> str:
    """The sum in one line: "87.4 − 23.3 − 6 = 58.1, rounded 58", and what bounds it
    (", capped at 40")."""
    from auditor.engine.scoring import uncapped

    value, rounded = uncapped(b)
    terms = "".join(f" − {points(d.points)}" for d in b.deductions)
    out = f"{points(b.mean)}{terms} = {points(value)}" if b.deductions else points(b.mean)
    if rounded != value:
        out += f", rounded {rounded}"
    if b.score != rounded:
        capped = any(c.limit == b.score for c in b.caps)
        out += f", capped at {b.score}" if capped else f", held to {b.score}"
    return out


def breakdown_lines(b: ScoreBreakdown, indent: str = "  ") -> list[str]:
    """The breakdown as text lines: the categories (score, weight, what cost points),
    the weighted mean, each deduction and cap with its reason, and the sum."""
    width = max([len(c.category) for c in b.categories] + [len("at most")])

    def row(label: str, value: str, rest: str = "") -> str:
        return f"{indent}  {label:<{width}} {value:>5}" + (f"  {rest}" if rest else "")

    out = [f"{indent}score {b.score}/100, how it was reached (each category's score × its weight, "
           "averaged, less page-wide points):"]
    for part in b.categories:
        cost = costs_text(part)
        weight = f"× {weight_share(part, b):>4}"
        out.append(row(part.category, str(part.score), f"{weight}  {cost}" if cost else weight))
    out.append(row("mean", points(b.mean)))
    out.extend(row("less", points(d.points), d.reason) for d in b.deductions)
    out.extend(row("at most", str(c.limit), c.reason) for c in b.caps)
    out.append(f"{indent}  = {arithmetic(b)}")
    return out
