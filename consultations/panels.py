"""An admin panel that tells the editor where the timeline misses the plan and budget calendar."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel


class CalendarWarningsPanel(Panel):
    """Shows the calendar warnings of the saved timeline (the 15 August rule, a past fiscal year).

    Warnings never block publishing; errors (phases out of order) do, from the page's clean().
    After each save the editor also gets the warnings as a message (see wagtail_hooks).
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "consultations/panels/calendar_warnings.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            warnings = []
            instance = self.instance
            if instance is not None and getattr(instance, "ideas_start", None) and instance.ideas_end:
                warnings = instance.calendar_warnings()
            context["warnings"] = warnings
            context["heading"] = _("Plan and budget calendar")
            return context
