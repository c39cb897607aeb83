"""Geometry of the budget bar chart, drawn as inline SVG by the page template.

Server-side SVG: no script, no chart library, readable without CSS and scalable on a phone.
Each group gets its label on one line and its bar below it, with the amount after the bar;
the longest bar spans ``BAR_MAX`` units of a ``WIDTH``-unit wide view box.
"""

import unicodedata
from dataclasses import dataclass
from decimal import Decimal

# About as many units as a phone has CSS pixels across, so text reads at its own size there.
WIDTH = 340
BAR_MAX = 170
BAR_HEIGHT = 18
ROW_HEIGHT = 54
LABEL_MAX_CHARS = 44


@dataclass
class Bar:
    group: object
    label: str
    label_y: int
    bar_y: int
    width: Decimal
    amount_x: Decimal
    amount_y: int


@dataclass
class Chart:
    bars: list
    width: int
    height: int


def short_label(text, limit=LABEL_MAX_CHARS):
    """Long strategy names are cut in the chart; the table and the chart's description keep them whole.

    Thai vowel and tone marks above and below a consonant take no width of their own, so only
    the characters that advance the line are counted.
    """
    advancing = 0
    for index, char in enumerate(text):
        if unicodedata.category(char) != "Mn":
            advancing += 1
            if advancing > limit:
                return text[:index].rstrip() + "…"
    return text


def budget_chart(groups):
    """Bars for the groups with money this year; None when there is nothing to draw."""
    groups = [group for group in groups if group.subtotal > 0]
    if not groups:
        return None
    largest = max(group.subtotal for group in groups)
    bars = []
    for index, group in enumerate(groups):
        top = index * ROW_HEIGHT
        # A tiny group still gets a visible sliver, so it is not mistaken for zero.
        width = max(Decimal(2), (group.subtotal * BAR_MAX / largest).quantize(Decimal("0.1")))
        bars.append(
            Bar(
                group=group,
                label=short_label(group.name),
                label_y=top + 16,
                bar_y=top + 24,
                width=width,
                amount_x=width + 6,
                amount_y=top + 24 + BAR_HEIGHT - 4,
            )
        )
    return Chart(bars=bars, width=WIDTH, height=len(groups) * ROW_HEIGHT)
