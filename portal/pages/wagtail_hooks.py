"""Admin hooks: the Thai font in the admin, and the budget import view with its buttons."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from .admin_views import BudgetImportView
from .models import BudgetSummaryPage


@hooks.register("insert_global_admin_css")
def thai_font_in_admin():
    return format_html(
        '<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
        static("css/fonts.css"),
        static("css/admin.css"),
    )


@hooks.register("register_admin_urls")
def register_budget_import_url():
    return [
        path(
            "budget-summaries/<int:page_id>/import/", BudgetImportView.as_view(), name="pages_budget_import"
        ),
    ]


def budget_import_button(page, user, priority):
    # Listings hand over generic Page objects: the content type says what the page is, no query.
    is_budget = issubclass(page.specific_class or type(page), BudgetSummaryPage)
    if is_budget and page.permissions_for_user(user).can_edit():
        return Button(
            _("Import budget lines"),
            reverse("pages_budget_import", args=[page.id]),
            icon_name="table",
            priority=priority,
        )
    return None


@hooks.register("register_page_header_buttons")
def budget_import_header_button(page, user, view_name, next_url=None):
    button = budget_import_button(page, user, priority=40)
    if button:
        yield button


@hooks.register("register_page_listing_more_buttons")
def budget_import_listing_button(page, user, next_url=None):
    button = budget_import_button(page, user, priority=25)
    if button:
        yield button
