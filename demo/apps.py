from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo: ``manage.py seed_demo`` puts real LAOs online with Thai content, composing what
    each app offers for it (pages, consultations, ideas, ballots, planning). It sits above every
    other app, so that none of them has to know the others' demo data."""

    name = "demo"
    verbose_name = "Demo"
