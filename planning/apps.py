from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanningConfig(AppConfig):
    """Officers' work after moderation: triage, referrals, the plan, onsite forums, progress."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "planning"
    verbose_name = _("Planning")
