"""The snippet chooser of an LAO-owned snippet: it lists and returns only the rows the user may
see, as the snippet's own listing does, and answers 404 to a creation it has no form for.

Wagtail's generic chooser lists every row of the model and, with no creation form configured,
fails (500) on a POST to its creation view; the isolation matrix (tests/isolation) found both.
"""

from django.http import Http404

from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)

ACTIONS = ["change", "view"]


class _Visible:
    def visible(self):
        policy = policy_registry.get_by_type(self.model_class)
        return policy.instances_user_has_any_permission_for(self.request.user, ACTIONS)


class OwnChooseView(_Visible, ChooseView):
    def get_object_list(self):
        return self.visible()


class OwnChooseResultsView(_Visible, ChooseResultsView):
    def get_object_list(self):
        return self.visible()


class OwnChosenView(_Visible, SnippetChosenView):
    def get_object(self, pk):
        return self.visible().get(pk=pk)


class OwnChosenMultipleView(_Visible, SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.visible().filter(pk__in=pks)


class FormlessCreateView(SnippetCreateView):
    def post(self, request):
        if self.get_creation_form_class() is None:
            raise Http404("This chooser creates nothing")
        return super().post(request)


class OwnSnippetChooserViewSet(SnippetChooserViewSet):
    choose_view_class = OwnChooseView
    choose_results_view_class = OwnChooseResultsView
    chosen_view_class = OwnChosenView
    chosen_multiple_view_class = OwnChosenMultipleView
    create_view_class = FormlessCreateView
