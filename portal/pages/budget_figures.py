"""The figures a budget summary shows, computed from its lines in one pass.

Totals are always the sum of the lines: nothing is stored twice, so a page cannot show a total
that disagrees with its table. Groups keep the order in which they first appear among the
lines (the editor's order, usually the order of the strategies in the ordinance).
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal("0")
ONE_DECIMAL = Decimal("0.1")


def percent(part, whole):
    """``part`` as a percentage of ``whole``, to one decimal; None when ``whole`` is zero."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def group_key(name):
    """Groups match across lines and years despite stray or doubled spaces."""
    return " ".join(str(name).split())


@dataclass
class LineFigures:
    line: object
    share: Decimal | None


@dataclass
class GroupFigures:
    name: str
    lines: list = field(default_factory=list)
    subtotal: Decimal = ZERO
    share: Decimal | None = None
    previous: Decimal | None = None

    @property
    def change(self):
        """Change from the previous year, in baht; None when there is no previous year."""
        return None if self.previous is None else self.subtotal - self.previous

    @property
    def change_percent(self):
        """Change from the previous year, in percent of last year's amount; None if it was 0."""
        return None if self.previous is None else percent(self.change, self.previous)


@dataclass
class BudgetFigures:
    groups: list
    total: Decimal
    previous_total: Decimal | None = None

    @property
    def has_previous(self):
        return self.previous_total is not None

    @property
    def change(self):
        return None if self.previous_total is None else self.total - self.previous_total

    @property
    def change_percent(self):
        return None if self.previous_total is None else percent(self.change, self.previous_total)

    @property
    def groups_with_lines(self):
        return [group for group in self.groups if group.lines]


def budget_figures(lines, previous_lines=None):
    """Group ``lines`` (objects with ``group`` and ``amount``), with shares and subtotals.

    With ``previous_lines`` (last fiscal year's), each group also carries last year's amount;
    groups that had money last year and none this year are listed after the others with a
    subtotal of zero, so a cut shows rather than disappears.
    """
    groups = {}
    total = ZERO
    for line in lines:
        key = group_key(line.group)
        group = groups.setdefault(key, GroupFigures(name=key))
        group.subtotal += line.amount
        total += line.amount
        group.lines.append(line)
    for group in groups.values():
        group.share = percent(group.subtotal, total)
        group.lines = [LineFigures(line=line, share=percent(line.amount, total)) for line in group.lines]

    previous_total = None
    if previous_lines is not None:
        previous_by_group = {}
        for line in previous_lines:
            key = group_key(line.group)
            previous_by_group[key] = previous_by_group.get(key, ZERO) + line.amount
        previous_total = sum(previous_by_group.values(), ZERO)
        for key, group in groups.items():
            group.previous = previous_by_group.get(key, ZERO)
        for key, amount in previous_by_group.items():
            if key not in groups:
                groups[key] = GroupFigures(name=key, share=percent(ZERO, total), previous=amount)

    return BudgetFigures(groups=list(groups.values()), total=total, previous_total=previous_total)
