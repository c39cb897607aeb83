"""The admin form of a problem brief: only the page's own LAO's villages can be chosen."""

from wagtail.admin.forms import WagtailAdminPageForm

from portal.pages.lao_tree import villages_of_page


class ProblemBriefPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "villages" in self.fields:
            # Another LAO's village is not even offered; posting its id anyway fails as an
            # invalid choice, before the model's own check.
            self.fields["villages"].queryset = villages_of_page(self.instance, self.parent_page)
