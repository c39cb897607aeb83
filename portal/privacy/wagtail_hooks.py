"""DLA staff edit the privacy notice in the admin; a new version asks everyone to consent again."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PrivacyNotice


class PrivacyNoticeViewSet(SnippetViewSet):
    model = PrivacyNotice
    icon = "lock"
    menu_label = "ประกาศความเป็นส่วนตัว"
    list_display = ["__str__", "effective_from"]
    ordering = ["-version"]


register_snippet(PrivacyNoticeViewSet)
