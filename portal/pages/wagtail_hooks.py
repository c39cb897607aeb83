"""Admin look: Thai text in the admin uses the shipped Sarabun font where the system has none."""

from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks


@hooks.register("insert_global_admin_css")
def thai_font_in_admin():
    return format_html(
        '<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
        static("css/fonts.css"),
        static("css/admin.css"),
    )
