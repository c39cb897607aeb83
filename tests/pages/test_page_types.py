"""Problem briefs and budget summaries live directly under an LAO's home page, nowhere else."""

import pytest

from home.models import CentralHomePage, HomePage
from portal.pages.models import BudgetSummaryPage, ProblemBriefPage, StandardPage

NEW_TYPES = [ProblemBriefPage, BudgetSummaryPage]


@pytest.mark.parametrize("model", NEW_TYPES, ids=lambda m: m.__name__)
def test_allowed_only_under_an_lao_home_page(model):
    assert model.allowed_parent_page_models() == [HomePage]
    assert model in HomePage.allowed_subpage_models()
    assert model not in CentralHomePage.allowed_subpage_models()
    assert model not in StandardPage.allowed_subpage_models()
    assert model.allowed_subpage_models() == []


@pytest.mark.django_db
@pytest.mark.parametrize("model", NEW_TYPES, ids=lambda m: m.__name__)
def test_can_create_at(model, lao_a, central_site):
    home = lao_a.home_page.specific
    standard = StandardPage(title="เกี่ยวกับเรา", slug="about")
    home.add_child(instance=standard)
    assert model.can_create_at(home)
    assert not model.can_create_at(standard)
    assert not model.can_create_at(central_site.root_page.specific)
