"""Snippet views for screening words that refuse, with a 404, a word outside the user's lists.

Wagtail's generic edit, delete, history and usage views check the model-level permission only;
these look the object up and then ask the permission policy about that very word, so a
moderator of one LAO cannot even learn that another LAO's word exists.
"""

from django.http import Http404

from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets

from .permissions import ACTIONS


class WordScopedObjectMixin:
    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        policy = policy_registry.get_by_type(self.model)
        if not policy.user_has_any_permission_for_instance(self.request.user, ACTIONS, instance):
            raise Http404
        return instance


class ScreeningWordEditView(WordScopedObjectMixin, snippets.EditView):
    pass


class ScreeningWordDeleteView(WordScopedObjectMixin, snippets.DeleteView):
    pass


class ScreeningWordHistoryView(WordScopedObjectMixin, snippets.HistoryView):
    pass


class ScreeningWordUsageView(WordScopedObjectMixin, snippets.UsageView):
    pass
