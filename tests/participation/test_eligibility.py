"""Who may take part, by the consultation's audience and the person's standing with its LAO."""

import datetime

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone, translation

import pytest

from participation.eligibility import SIGN_IN, VERIFY_IDENTITY, VERIFY_RESIDENCE, Action, Audience, may
from portal.identity.models import StandingKind


@pytest.mark.django_db
@pytest.mark.parametrize("audience, standing, allowed, reason", [
    (Audience.SIGNED_IN, None, True, ""),
    (Audience.LOCALS_AND_OUTSIDERS, None, False, VERIFY_IDENTITY),
    (Audience.LOCALS_AND_OUTSIDERS, StandingKind.OUTSIDER, True, ""),
    (Audience.LOCALS_AND_OUTSIDERS, StandingKind.LOCAL, True, ""),
    (Audience.LOCALS, None, False, VERIFY_RESIDENCE),
    (Audience.LOCALS, StandingKind.OUTSIDER, False, VERIFY_RESIDENCE),
    (Audience.LOCALS, StandingKind.LOCAL, True, ""),
])
def test_audience_and_standing(audience, standing, allowed, reason, lao_a, citizen, make_standing,
                               make_consultation, today):
    page = make_consultation(lao_a, audience_vote=audience)
    if standing:
        make_standing(citizen, lao_a, standing)
    decision = may(citizen, page, Action.VOTE)
    assert decision.allowed is allowed and decision.reason == reason


@pytest.mark.django_db
def test_anonymous_visitor_is_asked_to_sign_in_in_thai(lao_a, make_consultation, today):
    page = make_consultation(lao_a, audience_submit=Audience.SIGNED_IN)
    decision = may(AnonymousUser(), page, Action.SUBMIT)
    assert not decision.allowed and decision.reason == SIGN_IN
    with translation.override("th"):
        assert str(decision.message) == "ลงชื่อเข้าใช้เพื่อเสนอความคิดเห็น"


@pytest.mark.django_db
def test_reason_in_thai_for_residence(lao_a, citizen, make_consultation, today):
    page = make_consultation(lao_a, audience_vote=Audience.LOCALS)
    with translation.override("th"):
        assert "ยืนยันที่อยู่ของคุณเพื่อลงคะแนน" in str(may(citizen, page, Action.VOTE).message)


@pytest.mark.django_db
def test_standing_with_another_lao_counts_for_nothing(lao_a, lao_b, citizen, make_standing,
                                                      make_consultation, today):
    page = make_consultation(lao_a, audience_vote=Audience.LOCALS)
    make_standing(citizen, lao_b, StandingKind.LOCAL)
    assert not may(citizen, page, Action.VOTE).allowed


@pytest.mark.django_db
def test_expired_standing_counts_for_nothing(lao_a, citizen, make_standing, make_consultation, today):
    page = make_consultation(lao_a, audience_vote=Audience.LOCALS)
    make_standing(citizen, lao_a, StandingKind.LOCAL, expires_at=timezone.now() - datetime.timedelta(days=1))
    assert not may(citizen, page, Action.VOTE).allowed


@pytest.mark.django_db
def test_english_translation_reads_the_same_standing(lao_a, citizen, make_standing, make_consultation, today,
                                                    django_capture_on_commit_callbacks):
    from portal.tenancy.provisioning import locales, translate_page

    page = make_consultation(lao_a, audience_vote=Audience.LOCALS)
    make_standing(citizen, lao_a, StandingKind.LOCAL)
    _, en = locales()
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(page, en, {page.title: "Road consultation"})
    english = page.get_translation(en)
    assert english.title == "Road consultation" and english.live
    assert may(citizen, english.specific, Action.VOTE).allowed
