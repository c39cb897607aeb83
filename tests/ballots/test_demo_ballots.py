"""The demo seeds an open ballot built from ideas and two counted ones."""

import pytest

from ballots import results
from ballots.models import Ballot, CastBallot
from consultations.demo import create_demo_ballots, create_demo_consultations, create_demo_ideas


@pytest.mark.django_db
def test_demo_ballots(lao_a, villages, citizen, today):
    create_demo_consultations(lao_a, today=today)
    home = lao_a.home_page.specific
    flood = home.get_children().get(slug="flood").specific
    create_demo_ideas(flood, [citizen])
    made = create_demo_ballots(lao_a)
    assert len(made) == 3 and create_demo_ballots(lao_a) == []
    open_ballot = Ballot.objects.get(consultation_key=flood.translation_key)
    assert open_ballot.projects.count() == 5 and not open_ballot.cast.exists()
    assert all(p.source_ideas.exists() for p in open_ballot.projects.exclude(sort_order=99))
    for ballot in made[1:]:
        assert ballot.cast.count() == 140
        for cast in ballot.cast.all():
            assert sum(p.cost for p in ballot.projects.filter(pk__in=cast.projects)) <= ballot.budget
        result = results.count(ballot)
        assert result["by_standing"]["local"] == 100 and result["paper"] == 14
        assert result["selected"]
    assert CastBallot.objects.filter(channel="paper", forum_date__isnull=True).count() == 0
