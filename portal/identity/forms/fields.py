"""``NationalIDField``: a form field for a national ID that never sends the number back.

A form with errors is normally re-rendered with what was typed. For a national ID that would
put the number into the HTML (browser caches, proxies, screenshots), so the widget always
renders empty, and asks browsers not to remember or autofill it.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.identity import national_id


class NationalIDInput(forms.TextInput):
    """A text input that never renders a value, with a numeric keyboard on phones."""

    def __init__(self, attrs=None):
        defaults = {
            "autocomplete": "off",
            "inputmode": "numeric",
            "spellcheck": "false",
            "autocapitalize": "off",
            "maxlength": "17",  # 13 digits and the dashes people type: 1-1120-34563-56-2
        }
        super().__init__({**defaults, **(attrs or {})})

    def format_value(self, value):
        return None


class NationalIDField(forms.CharField):
    """Cleans to the normalised 13 digits; the Thai message says what is wrong otherwise."""

    widget = NationalIDInput
    default_error_messages = {"required": national_id.MESSAGES["empty"]}

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("National ID number"))
        kwargs.setdefault("max_length", 40)
        super().__init__(**kwargs)

    def to_python(self, value):
        return national_id.normalise(super().to_python(value))

    def validate(self, value):
        super().validate(value)
        if value in self.empty_values:
            return
        national_id.validate(value)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        # The normalised length would refuse "1-1120-34563-56-2" in the browser.
        attrs.pop("maxlength", None)
        attrs.pop("minlength", None)
        return attrs
