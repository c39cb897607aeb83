"""Consultations of a real LAO, with dates relative to a fixed "today"."""

import datetime

from django.contrib.auth import get_user_model

import pytest

from consultations.models import ConsultationPage
from portal.identity.models import Standing, StandingKind, VerificationMethod
from portal.privacy.consent import record_consent

TODAY = datetime.date(2026, 11, 26)  # fiscal year 2570; the budget of 2571 goes to council on 15 Aug 2027


def days(n):
    return TODAY + datetime.timedelta(days=n)


# Timelines that put a consultation in each state on TODAY.
TIMELINES = {
    "upcoming": dict(ideas_start=days(10), ideas_end=days(40), voting_start=days(60), voting_end=days(70)),
    "ideas": dict(ideas_start=days(-5), ideas_end=days(20), voting_start=days(40), voting_end=days(50)),
    "screening": dict(ideas_start=days(-40), ideas_end=days(-10), voting_start=days(10), voting_end=days(20)),
    "voting": dict(ideas_start=days(-60), ideas_end=days(-30), voting_start=days(-3), voting_end=days(7)),
    "closed": dict(ideas_start=days(-90), ideas_end=days(-60), voting_start=days(-40), voting_end=days(-20),
                   results_date=days(-15)),
    "implementing": dict(ideas_start=days(-200), ideas_end=days(-170), voting_start=days(-150),
                         voting_end=days(-140), results_date=days(-135), implementation_start=days(-30),
                         implementation_end=days(200)),
}

ALL_BLOCKS = [
    {"type": "idea_form", "value": {"heading": "เสนอความคิดเห็น", "intro": ""}},
    {"type": "idea_list", "value": {"heading": "ข้อเสนอ", "sort": "newest", "page_size": 10}},
    {"type": "ballot", "value": {"heading": "ลงคะแนน", "intro": ""}},
    {"type": "results", "value": {"heading": "ผลการลงคะแนน"}},
    {"type": "comments", "value": {"heading": "ความคิดเห็น"}},
    {"type": "poll", "id": "poll-1", "value": {
        "question": "เรื่องใดควรแก้ไขก่อน", "choices": ["ถนน", "น้ำท่วม", "ขยะ"],
        "audience": "signed_in", "open_during": "consultation",
    }},
]


@pytest.fixture
def today(monkeypatch):
    """Freeze the consultations' idea of today (the timeline reads timezone.localdate())."""
    from django.utils import timezone

    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: TODAY)
    return TODAY


@pytest.fixture
def make_consultation():
    def make(authority, state="ideas", slug=None, body=None, publish=True, **fields):
        home = authority.home_page.specific
        values = {
            "title": f"รับฟังความคิดเห็น {state}",
            "slug": slug or f"consult-{state}",
            "purpose": "อบต. ต้องการทราบปัญหาที่ประชาชนอยากให้แก้ไขในปีงบประมาณหน้า",
            "question": "ถนนสายใดในตำบลควรซ่อมก่อน",
            "budget_envelope": 1250000,
            "fiscal_year": 2571,
            "body": ALL_BLOCKS if body is None else body,
            **TIMELINES[state],
            **fields,
        }
        page = ConsultationPage(live=publish, **values)
        home.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        return ConsultationPage.objects.get(id=page.id)

    return make


@pytest.fixture
def citizen(db):
    """A signed-up citizen who consented to the privacy notice in force."""
    user = get_user_model().objects.create_user(username="somchai", password="pw-for-tests-1", display_name="สมชาย")
    record_consent(user)
    return user


@pytest.fixture
def make_standing():
    def make(user, authority, kind=StandingKind.LOCAL, **fields):
        return Standing.objects.create(
            user=user, authority=authority, kind=kind, method=VerificationMethod.OFFICER, **fields
        )

    return make
