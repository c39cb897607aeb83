"""Staff need TOTP, used in this session, for the admin; citizens are never asked."""

from django.contrib.auth.models import Group

import pytest
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY

from tests.conftest import give_totp, staff_login, totp_code

PASSWORD = "pw-for-tests-1"


@pytest.fixture
def editor(lao_a, person):
    user = person("editor-a")
    user.groups.add(Group.objects.get(name=lao_a.group_name("editors")))
    return user


def sign_in(client, login, password=PASSWORD, next_url="/admin/"):
    return client.post(f"/accounts/login/?next={next_url}", {"login": login, "password": password})


@pytest.mark.django_db
def test_staff_with_correct_password_but_no_totp_is_sent_to_set_it_up(client, editor):
    assert sign_in(client, "editor-a").url == "/admin/"
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == "/accounts/2fa/totp/activate/?next=%2Fadmin%2F"
    assert client.get("/admin/pages/").url.startswith("/accounts/2fa/totp/activate/")
    assert client.get("/django-admin/").url.startswith("/accounts/2fa/totp/activate/")


@pytest.mark.django_db
def test_staff_with_totp_gives_a_code_at_sign_in_and_reaches_the_admin(client, editor):
    give_totp(editor)
    response = sign_in(client, "editor-a")
    assert response.url == "/accounts/2fa/authenticate/"
    assert client.get("/admin/").url.startswith("/accounts/login/")  # not signed in yet
    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code()})
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_session_without_the_second_factor_must_give_a_code(client, editor):
    give_totp(editor)
    client.force_login(editor)  # e.g. signed in before TOTP was required
    response = client.get("/admin/pages/")
    assert response.url == "/accounts/2fa/reauthenticate/?next=%2Fadmin%2Fpages%2F"
    response = client.post(response.url, {"code": totp_code()})
    assert response.url == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.django_db(transaction=True)  # allauth announces the new authenticator on commit
def test_setting_up_totp_opens_the_admin(client, editor):
    sign_in(client, "editor-a")
    # Setting up a second factor asks for the password again (allauth's re-authentication).
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.url.startswith("/accounts/reauthenticate/")
    assert client.post(response.url, {"password": PASSWORD}).url == "/accounts/2fa/totp/activate/"
    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    response = client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_staff_login_helper_satisfies_the_second_factor(client, editor):
    staff_login(client, editor)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_citizen_is_never_asked_for_a_second_factor(client, person, central_site):
    person("citizen")
    response = sign_in(client, "citizen@example.org", next_url="/")
    assert response.status_code == 302 and response.url == "/"
    assert "_auth_user_id" in client.session
    # The admin refuses a citizen, but does not send them to set up a second factor.
    refusal = client.get("/admin/")
    assert "2fa" not in refusal.get("Location", "")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/login/", "/django-admin/login/"])
def test_admin_password_forms_are_not_a_way_around_allauth(client, editor, path):
    give_totp(editor)
    response = client.post(path, {"username": "editor-a", "password": PASSWORD})
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert "_auth_user_id" not in client.session
    assert client.get(f"{path}?next=/admin/pages/").url == "/accounts/login/?next=%2Fadmin%2Fpages%2F"
    assert client.get(path).url == f"/accounts/login/?next=%2F{path.split('/')[1]}%2F"
