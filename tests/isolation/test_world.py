"""The matrix's world is complete: every model holds a row of LAO B, or says why it is shared."""

import pytest

from tests.isolation.snapshot import table_models
from tests.isolation.world import SHARED

pytestmark = [pytest.mark.django_db, pytest.mark.isolation]


def test_every_model_has_a_row_of_b_or_is_declared_shared(world):
    missing = sorted(
        model._meta.label for table, model in table_models().items()
        if table not in world.b.rows and model._meta.label not in SHARED
    )
    assert not missing, (
        "These models have no row of LAO B in the isolation world, so the matrix never tries another "
        "LAO's rows of them: add one to tests/isolation/world.py, or declare the model shared (SHARED, "
        f"with the reason): {', '.join(missing)}"
    )


def test_shared_declarations_are_not_stale(world):
    labels = {model._meta.label for model in table_models().values()}
    stale = sorted(label for label in SHARED if label not in labels or
                   next(t for t, m in table_models().items() if m._meta.label == label) in world.b.rows)
    assert not stale, f"Declared shared but unknown, or holding rows of LAO B: {', '.join(stale)}"


def test_the_page_tree_is_sound(world):
    from wagtail.models import Page

    assert Page.find_problems() == ([], [], [], [], [])
