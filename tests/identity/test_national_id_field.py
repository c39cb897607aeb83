"""The form field: validates, never renders the typed number back, and turns autocomplete off."""

from django import forms
from django.utils import translation

from portal.identity.forms import NationalIDField

from .conftest import EXAMPLE_ID, with_bad_check_digit


class IDForm(forms.Form):
    national_id = NationalIDField()


def test_cleans_to_thirteen_digits():
    form = IDForm({"national_id": "1-1120-34563-56-2"})
    assert form.is_valid()
    assert form.cleaned_data["national_id"] == EXAMPLE_ID


def test_bad_number_is_refused_and_not_echoed():
    bad = with_bad_check_digit(EXAMPLE_ID)
    with translation.override("th"):
        form = IDForm({"national_id": bad})
        assert not form.is_valid()
        html = form.as_div()
    assert bad not in html
    assert 'autocomplete="off"' in html and 'inputmode="numeric"' in html
    assert "ไม่ถูกต้อง" in html


def test_valid_number_is_not_echoed_either():
    form = IDForm({"national_id": EXAMPLE_ID})
    form.is_valid()
    assert EXAMPLE_ID not in str(form["national_id"])


def test_required_message_in_thai():
    with translation.override("th"):
        form = IDForm({"national_id": ""})
        assert not form.is_valid()
        assert "13 หลัก" in form.errors["national_id"][0]
