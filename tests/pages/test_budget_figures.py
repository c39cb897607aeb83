"""Budget figures and chart geometry, without a database."""

from decimal import Decimal
from types import SimpleNamespace

from portal.pages.budget_chart import BAR_MAX, budget_chart, short_label
from portal.pages.budget_figures import budget_figures, percent


def line(group, amount):
    return SimpleNamespace(group=group, amount=Decimal(amount))


def test_groups_keep_first_appearance_order_and_ignore_stray_spaces():
    figures = budget_figures([line("ข", 1), line("ก", 2), line(" ข ", 3)])
    assert [(group.name, group.subtotal) for group in figures.groups] == [("ข", 4), ("ก", 2)]
    assert figures.total == 6


def test_shares_round_half_up_to_one_decimal():
    figures = budget_figures([line("ก", 1), line("ก", 1), line("ข", 6)])
    assert [row.share for row in figures.groups[0].lines] == [Decimal("12.5"), Decimal("12.5")]
    assert percent(1, 3) == Decimal("33.3") and percent(2, 3) == Decimal("66.7")
    assert percent(1, 0) is None


def test_an_empty_budget_has_no_shares_and_no_chart():
    figures = budget_figures([])
    assert figures.total == 0 and figures.groups == []
    assert budget_chart(figures.groups) is None


def test_change_from_previous_year():
    figures = budget_figures([line("ก", 150), line("ใหม่", 10)], [line("ก", 100), line("เลิก", 40)])
    by_name = {group.name: group for group in figures.groups}
    assert (by_name["ก"].change, by_name["ก"].change_percent) == (50, Decimal("50.0"))
    assert (by_name["ใหม่"].change, by_name["ใหม่"].change_percent) == (10, None)
    assert (by_name["เลิก"].subtotal, by_name["เลิก"].change_percent) == (0, Decimal("-100.0"))
    assert [group.name for group in figures.groups_with_lines] == ["ก", "ใหม่"]
    assert (figures.previous_total, figures.change, figures.change_percent) == (140, 20, Decimal("14.3"))


def test_chart_scales_to_the_largest_group_and_keeps_tiny_groups_visible():
    figures = budget_figures([line("ก", 1_000_000), line("ข", 500_000), line("ค", 1), line("ง", 0)])
    chart = budget_chart(figures.groups)
    assert [bar.group.name for bar in chart.bars] == ["ก", "ข", "ค"]  # nothing to draw for zero
    assert [bar.width for bar in chart.bars] == [BAR_MAX, BAR_MAX / 2, 2]
    assert chart.height == 3 * (chart.bars[1].label_y - chart.bars[0].label_y)


def test_short_label_counts_only_characters_that_take_width():
    thai = "ยุทธศาสตร์การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม"  # 49 characters, 41 advancing
    assert short_label(thai, limit=41) == thai
    assert short_label(thai, limit=40).endswith("…")
    assert short_label("ก" * 60, limit=50) == "ก" * 50 + "…"
