"""Admin menu items for the members of one staff role of an LAO (DLA superusers see them all)."""

from wagtail.admin.menu import MenuItem

from .roles import has_role


class RoleMenuItem(MenuItem):
    def __init__(self, *args, role, **kwargs):
        super().__init__(*args, **kwargs)
        self.role = role

    def is_shown(self, request):
        return has_role(request.user, self.role)
