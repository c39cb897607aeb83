"""Admin behaviour of consultations: calendar warnings after every save."""

from django.contrib import messages

from wagtail import hooks

from .models import ConsultationPage


def _warn_about_calendar(request, page):
    page = page.specific
    if isinstance(page, ConsultationPage):
        for warning in page.calendar_warnings():
            messages.warning(request, warning)


@hooks.register("after_create_page")
def warn_after_create(request, page):
    _warn_about_calendar(request, page)


@hooks.register("after_edit_page")
def warn_after_edit(request, page):
    _warn_about_calendar(request, page)
