import pytest

from portal.privacy.consent import record_consent
from tests.consultations.conftest import citizen, make_consultation, today  # noqa: F401  (shared fixtures)


@pytest.fixture
def person(django_user_model):
    user = django_user_model.objects.create_user(
        username="malee", password="pw-for-tests-1", email="malee.s@example.org",
        display_name="มาลี ศรีสุข", first_name="มาลี", last_name="ศรีสุข",
    )
    record_consent(user)
    return user


@pytest.fixture
def other(django_user_model):
    user = django_user_model.objects.create_user(
        username="prasit", password="pw-for-tests-1", email="prasit.k@example.org", display_name="ประสิทธิ์ คงดี",
    )
    record_consent(user)
    return user
