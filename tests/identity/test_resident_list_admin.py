"""The resident list upload over HTTP: an officer's own LAO, errors by row, the progress script."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from portal.identity.models import ResidentListEntry
from tests.conftest import staff_login

from .conftest import EXAMPLE_ID, national_id, with_bad_check_digit


def upload_url(authority):
    return reverse("identity_resident_list_upload", args=[authority.pk])


@pytest.mark.django_db
def test_officer_uploads_a_list(client, lao_a, officer_a, villages_a):
    staff_login(client, officer_a)
    page = client.get(upload_url(lao_a))
    assert page.status_code == 200
    html = page.content.decode()
    assert "identity/upload-progress" in html and "data-upload-progress" in html and 'enctype="multipart/form-data"' in html
    data = f"{EXAMPLE_ID},1\n{national_id(1)},2\n".encode()
    response = client.post(upload_url(lao_a), {"file": SimpleUploadedFile("r.csv", data), "mode": "replace"},
                           follow=True)
    assert response.redirect_chain[-1][0] == reverse("identity_resident_lists")
    assert ResidentListEntry.objects.filter(authority=lao_a).count() == 2
    assert "2" in response.content.decode()


@pytest.mark.django_db
def test_bad_row_is_shown_and_nothing_stored(client, lao_a, officer_a):
    staff_login(client, officer_a)
    bad = with_bad_check_digit(EXAMPLE_ID)
    data = f"{national_id(1)}\n{bad}\n".encode()
    response = client.post(upload_url(lao_a), {"file": SimpleUploadedFile("r.csv", data), "mode": "replace"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "แถวที่ 2" in html and bad not in html
    assert not ResidentListEntry.objects.exists()


@pytest.mark.django_db
def test_progress_script_is_shipped(client):
    from django.contrib.staticfiles import finders

    path = finders.find("identity/upload-progress.js")
    assert path
    script = open(path, encoding="utf-8").read()
    assert "upload.addEventListener(\"progress\"" in script and "http" not in script.replace("XMLHttpRequest", "")
