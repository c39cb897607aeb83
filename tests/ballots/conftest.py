"""Fixtures for the ballot tests: a consultation in voting, a ballot with projects, voters."""

import datetime

from django.contrib.auth import get_user_model

import pytest

from ballots.models import Ballot, BallotProject
from portal.identity.models import Standing, StandingKind, VerificationMethod
from portal.privacy.consent import record_consent
from portal.tenancy.models import Village
from tests.consultations.conftest import (  # noqa: F401 (fixtures)
    ALL_BLOCKS,
    TIMELINES,
    TODAY,
    citizen,
    make_consultation,
    make_standing,
    today,
)

BALLOT_BLOCKS = [
    {"type": "ballot", "value": {"heading": "ลงคะแนน", "intro": ""}},
    {"type": "results", "value": {"heading": "ผลการลงคะแนน"}},
]


def valid_id(first12):
    """A 13-digit national ID with the right check digit."""
    digits = [int(c) for c in first12]
    check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
    return first12 + str(check)


@pytest.fixture
def villages(lao_a):
    return [Village.objects.create(authority=lao_a, number=n, name_th=name)
            for n, name in [(1, "บ้านอ่าวนาง"), (2, "บ้านคลองแห้ง"), (3, "บ้านนาหมาก")]]


@pytest.fixture
def voting_page(lao_a, make_consultation, today):  # noqa: F811 (fixtures imported above)
    return make_consultation(lao_a, "voting", slug="vote", body=BALLOT_BLOCKS, audience_vote="locals_and_outsiders")


@pytest.fixture
def ballot(voting_page, lao_a, villages):
    """1,000,000 baht; projects of 600,000, 300,000, 250,000 and 100,000 baht."""
    ballot = Ballot.objects.create(authority=lao_a, consultation_key=voting_page.translation_key, budget=1_000_000)
    for i, (title, cost, village) in enumerate([
        ("ซ่อมถนนสายบ้านอ่าวนาง", 600_000, villages[0]),
        ("ขุดลอกคลองแห้ง", 300_000, villages[1]),
        ("ไฟฟ้าส่องสว่างทางเข้าหมู่บ้าน", 250_000, villages[2]),
        ("ลานกีฬาผู้สูงอายุ", 100_000, None),
    ]):
        BallotProject.objects.create(ballot=ballot, title=title, description=f"รายละเอียด {title}", cost=cost,
                                     village=village, sort_order=i)
    return ballot


@pytest.fixture
def make_voter(lao_a):
    """A consented person with a standing in LAO A (created fast: no password to hash)."""
    def make(username, kind=StandingKind.LOCAL, authority=None):
        user = get_user_model().objects.create(username=username, email=f"{username}@example.org")
        record_consent(user)
        Standing.objects.create(user=user, authority=authority or lao_a, kind=kind, method=VerificationMethod.OFFICER)
        return user

    return make


def project_ids(ballot):
    return list(ballot.projects.order_by("sort_order").values_list("pk", flat=True))


def days(n):
    return TODAY + datetime.timedelta(days=n)
