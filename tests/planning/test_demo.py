"""The demo seeds officers' work: triage of every kind, a referral followed up, a forum, plan
projects from an idea and from funded ballot projects, progress on the home page."""

from django.core import mail
from django.test import Client

import pytest

from consultations.demo import create_demo_ballots, create_demo_consultations, create_demo_ideas
from planning.demo import create_demo_planning
from planning.models import Forum, PlanProject, Referral, TriageDecision

pytestmark = pytest.mark.django_db


def test_demo_planning(lao_a, make_member, citizen, villages, today, django_capture_on_commit_callbacks):
    officer = make_member(lao_a, "officers", "officer-ao-nang-sao")
    create_demo_consultations(lao_a, today=today)
    home = lao_a.home_page.specific
    create_demo_ideas(home.get_children().get(slug="elderly").specific, [citizen])
    create_demo_ideas(home.get_children().get(slug="flood").specific, [citizen])
    create_demo_ballots(lao_a)
    with django_capture_on_commit_callbacks(execute=True):
        projects = create_demo_planning(lao_a, officer, today=today)
    assert len(projects) == 3 and not mail.outbox
    assert sorted(TriageDecision.objects.filter(current=True).values_list("outcome", flat=True)) == [
        "duplicate", "refer", "within", "within", "within", "within"]
    assert Referral.objects.get().status == "acknowledged"
    assert Forum.objects.get().idea_links.count() == 2
    assert {p.source for p in PlanProject.objects.all()} == {"idea", "ballot"}
    assert "ความก้าวหน้าของโครงการ" in Client().get("/", HTTP_HOST=lao_a.site.hostname).content.decode()
    assert create_demo_planning(lao_a, officer, today=today) == []
