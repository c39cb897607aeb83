"""The demo seeds one consultation in each state for an LAO, idempotently."""

import pytest

from consultations.demo import create_demo_consultations
from consultations.models import ConsultationPage
from consultations.timeline import State


@pytest.mark.django_db
def test_demo_consultations_cover_every_state(lao_a, today):
    created = create_demo_consultations(lao_a, today=today)
    assert {page.state_on(today) for page in created} == set(State.values)
    assert all(page.live and not page.full_clean() for page in created)
    assert create_demo_consultations(lao_a, today=today) == []
    assert ConsultationPage.objects.child_of(lao_a.home_page).count() == len(created)


@pytest.mark.django_db
def test_demo_box_ideas(lao_a, citizen):
    from consultations.demo import create_demo_box_ideas
    from ideas.models import Idea, IdeaState

    made = create_demo_box_ideas(lao_a, [citizen])
    assert [idea.in_box for idea in made] == [True, True, True]
    assert Idea.objects.filter(consultation_key=None, state=IdeaState.PUBLISHED).count() == 2
    assert create_demo_box_ideas(lao_a, [citizen]) == []  # seeded once
