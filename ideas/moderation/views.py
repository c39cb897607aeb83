"""The moderation queue: one list per moderator of the ideas of their LAOs awaiting a decision."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ideas.comments import notify_followers
from ideas.lifecycle import TransitionError, change_state
from ideas.models import CommentDecision, CommentRecord, Idea, IdeaState
from portal.tenancy.roles import authorities_in_role

from .forms import APPROVE, HIDE, REJECT, CommentDecisionForm, DecisionForm

QUEUE_STATES = [IdeaState.SUBMITTED, IdeaState.HIDDEN]


class ModeratorMixin(WagtailAdminTemplateMixin):
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        self.authorities = authorities_in_role(request.user, "moderators")
        if not self.authorities.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def ideas(self):
        return Idea.objects.filter(authority__in=self.authorities).select_related("authority", "village", "category")

    def comment_records(self):
        return CommentRecord.objects.filter(authority__in=self.authorities).select_related("comment", "authority")


class QueueView(ModeratorMixin, TemplateView):
    page_title = gettext_lazy("Moderation queue")
    template_name = "ideas/admin/moderation_queue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        state = self.request.GET.get("state")
        queue = self.ideas().filter(state__in=[state] if state in IdeaState.values else QUEUE_STATES)
        context["page_obj"] = Paginator(queue.order_by("submitted_at", "pk"), 50).get_page(self.request.GET.get("p"))
        context["form"] = kwargs.get("form") or DecisionForm(queryset=self.ideas())
        context["comment_records"] = self.comment_records().filter(awaiting_review=True).order_by("comment__submit_date")[:200]
        context["comment_form"] = kwargs.get("comment_form") or CommentDecisionForm(queryset=self.comment_records())
        context["state"] = state or ""
        context["states"] = IdeaState.choices
        return context

    def post(self, request):
        if request.POST.get("kind") == "comments":
            return self.decide_comments(request)
        form = DecisionForm(request.POST, queryset=self.ideas())
        if not form.is_valid():
            messages.error(request, _("Nothing was decided: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        target = {APPROVE: IdeaState.PUBLISHED, REJECT: IdeaState.REJECTED, HIDE: IdeaState.HIDDEN}[data["decision"]]
        done, skipped = 0, 0
        for idea in data["ideas"]:
            try:
                change_state(idea, target, by=request.user, reason=data["note"], reason_code=data["reason_code"],
                             duplicate_of=data.get("original"))
                done += 1
            except TransitionError:
                skipped += 1
        messages.success(request, _("%(done)d decided, %(skipped)d skipped (already in that state).")
                         % {"done": done, "skipped": skipped})
        return redirect(request.get_full_path())


    def decide_comments(self, request):
        form = CommentDecisionForm(request.POST, queryset=self.comment_records())
        if not form.is_valid():
            messages.error(request, _("Nothing was decided: check the form."))
            return self.render_to_response(self.get_context_data(comment_form=form))
        decision, code = form.cleaned_data["decision"], form.cleaned_data["reason_code"]
        for record in form.cleaned_data["comments"]:
            comment = record.comment
            was_public = comment.is_public
            comment.is_public = decision == APPROVE
            comment.is_removed = decision == REJECT
            comment.save(update_fields=["is_public", "is_removed"])
            record.awaiting_review = decision == HIDE
            record.reason_code = code
            record.save(update_fields=["awaiting_review", "reason_code"])
            CommentDecision.objects.create(record=record, decision=decision, reason_code=code, by=request.user)
            if decision == APPROVE and not was_public:
                notify_followers(comment)
        messages.success(request, _("%(done)d decided, %(skipped)d skipped (already in that state).")
                         % {"done": len(form.cleaned_data["comments"]), "skipped": 0})
        return redirect(request.get_full_path())


class CommentHistoryView(ModeratorMixin, TemplateView):
    page_title = gettext_lazy("History of a comment")
    template_name = "ideas/admin/comment_history.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record = get_object_or_404(self.comment_records(), pk=kwargs["record_id"])
        context["record"] = record
        context["decisions"] = record.decisions.select_related("by")
        return context


class HistoryView(ModeratorMixin, TemplateView):
    page_title = gettext_lazy("History of an idea")
    template_name = "ideas/admin/idea_history.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        idea = get_object_or_404(self.ideas(), pk=kwargs["idea_id"])
        context["idea"] = idea
        context["transitions"] = idea.transitions.select_related("by")
        return context
