from django.apps import AppConfig


class ParticipationConfig(AppConfig):
    """What every way of taking part shares: audiences and eligibility, the phase window, the
    visitor's state, the base block. It has no models."""

    name = "participation"
    verbose_name = "Participation"
