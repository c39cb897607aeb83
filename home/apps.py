from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home pages"

    def ready(self):
        from portal.tenancy import home_pages

        from .models import CentralHomePage, HomePage

        home_pages.register(lao_home=HomePage, central_home=CentralHomePage)
