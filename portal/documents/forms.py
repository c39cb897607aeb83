"""The layout form: every column must be a field of the layout's document, once, and placeholders must be known."""

from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminModelForm

from .kinds import DOCUMENT_KINDS
from .tables.columns import placeholders_in


def placeholder_problem(text, allowed):
    """A Thai/English message when ``text`` has unpaired braces or unknown placeholders, else None."""
    try:
        names = placeholders_in(text)
    except ValueError:
        return _("Braces must come in pairs, as in {authority}.")
    unknown = sorted(name for name in names if name not in allowed)
    if unknown:
        return _("Unknown placeholder %(unknown)s. This document knows: %(known)s.") % {
            "unknown": ", ".join("{" + name + "}" for name in unknown),
            "known": ", ".join("{" + name + "}" for name in allowed),
        }
    return None


class ExportLayoutForm(WagtailAdminModelForm):
    def is_valid(self):
        # The columns are an inline formset: they are checked against the document once both
        # the layout and its rows are valid on their own (ClusterForm validates them after clean()).
        valid = super().is_valid()
        if not valid:
            return False
        kind = DOCUMENT_KINDS.get(self.cleaned_data.get("kind"))
        if kind is None:
            return False
        allowed = list(kind.placeholders)
        for name in ("title_th", "title_en"):
            problem = placeholder_problem(self.cleaned_data.get(name), allowed)
            if problem:
                self.add_error(name, problem)

        seen = set()
        kept = 0
        for form in self.formsets["columns"].forms:
            if not form.has_changed() and not form.instance.pk:
                continue
            if self.formsets["columns"].can_delete and form.cleaned_data.get("DELETE"):
                continue
            key = form.cleaned_data.get("key")
            if not key:
                continue
            kept += 1
            if kind.field(key) is None:
                form.add_error("key", _("This field is not part of “%(document)s”.") % {"document": kind.label})
            elif key in seen:
                form.add_error("key", _("This field is already a column of the layout."))
            seen.add(key)
            for name in ("heading_th", "heading_en", "group_th", "group_en"):
                problem = placeholder_problem(form.cleaned_data.get(name), allowed)
                if problem:
                    form.add_error(name, problem)
        if kept == 0:
            self.add_error(None, _("A layout needs at least one column."))
        errors = self.errors or any(form.errors for form in self.formsets["columns"].forms)
        return not errors
