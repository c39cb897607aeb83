from django.apps import AppConfig


class AdminScopeConfig(AppConfig):
    name = "portal.admin_scope"
    label = "admin_scope"
    verbose_name = "Admin scope"
