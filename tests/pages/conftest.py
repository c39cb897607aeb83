"""Fixtures for the shared page types: an LAO with villages, pages built through the demo."""

from decimal import Decimal

import pytest

from portal.pages.models import BudgetLine, BudgetSummaryPage
from portal.tenancy.models import Village


@pytest.fixture
def villages_a(lao_a):
    return [
        Village.objects.create(authority=lao_a, number=number, name_th=name)
        for number, name in [(1, "บ้านอ่าวนาง"), (2, "บ้านคลองแห้ง"), (3, "บ้านนาหลวง"), (4, "บ้านหน้าค่าย")]
    ]


@pytest.fixture
def make_budget(lao_a):
    """Publish a budget summary under an LAO's home page from (group, item, amount) tuples."""

    def make(year, lines, authority=None, slug=None):
        home = (authority or lao_a).home_page.specific
        page = BudgetSummaryPage(title=f"งบประมาณ {year}", slug=slug or f"budget-{year}", fiscal_year=year)
        page.budget_lines = [
            BudgetLine(group=group, item=item, amount=Decimal(amount), sort_order=index)
            for index, (group, item, amount) in enumerate(lines)
        ]
        home.add_child(instance=page)
        page.save_revision().publish()
        return BudgetSummaryPage.objects.get(pk=page.pk)

    return make
