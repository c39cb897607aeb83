"""Onsite forums: recording one, and entering the ideas and paper ballots gathered there."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from ballots import casting
from ballots.models import Ballot, ResultStatus
from planning import forums
from planning.forms import ForumForm, ForumIdeaForm, ForumPaperBallotForm
from planning.models import Forum, ForumIdea

from .base import OfficerMixin


class ForumIndexView(OfficerMixin, TemplateView):
    page_title = gettext_lazy("Onsite forums")
    template_name = "planning/admin/forum_index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        authority = self.chosen_authority()
        forum_list = list(Forum.objects.filter(authority=authority).select_related("village"))
        titles = {p.translation_key: p.title for p in self.consultations(authority)}
        context.update({"authority": authority,
                        "forums": [(forum, titles.get(forum.consultation_key, "")) for forum in forum_list]})
        return context


class ForumView(OfficerMixin, TemplateView):
    """A forum's record (new or existing), its ideas and its paper ballots."""

    page_title = gettext_lazy("Onsite forum")
    template_name = "planning/admin/forum.html"

    def setup_objects(self, forum_id):
        if forum_id:
            self.forum = get_object_or_404(Forum.objects.filter(authority__in=self.authorities), pk=forum_id)
            self.authority = self.forum.authority
        else:
            self.forum = None
            self.authority = self.chosen_authority()
        self.pages = self.consultations(self.authority)
        self.page = self.pages.filter(translation_key=self.forum.consultation_key).first() if self.forum else None
        self.ballot = Ballot.objects.filter(consultation_key=self.forum.consultation_key).first() if self.forum else None

    def forum_form(self, data=None, files=None):
        return ForumForm(data, files, instance=self.forum, authority=self.authority, consultations=self.pages)

    def idea_form(self, data=None):
        return ForumIdeaForm(data, authority=self.authority, prefix="idea")

    def ballot_form(self, data=None):
        if self.ballot is None:
            return None
        return ForumPaperBallotForm(data, ballot=self.ballot, projects=list(self.ballot.projects.all()),
                                    voting_start=self.page.voting_start if self.page else None, prefix="paper")

    def ballot_refusal(self):
        """Why paper ballots cannot be entered for this forum now, or ''."""
        if self.ballot is None or self.page is None:
            return _("This consultation has no ballot.")
        if self.page.voting_start is None or self.forum.held_on < self.page.voting_start:
            return _("The forum was held before voting opened: its ballots cannot count.")
        if self.ballot.result_status in (ResultStatus.DONE, ResultStatus.COUNTING):
            return _("The ballots have been counted: paper ballots must be entered before the results are due.")
        return ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"forum": self.forum, "authority": self.authority, "page": self.page,
                        "form": kwargs.get("form") or self.forum_form()})
        if self.forum is not None:
            context.update({
                "idea_form": kwargs.get("idea_form") or self.idea_form(),
                "ideas": [link.idea for link in self.forum.idea_links.select_related("idea", "idea__village")],
                "ballot_refusal": self.ballot_refusal(),
                "ballot_form": kwargs.get("ballot_form") or self.ballot_form(),
                "paper_count": self.forum.ballot_links.count(),
            })
        return context

    def get(self, request, forum_id=None):
        self.setup_objects(forum_id)
        return self.render_to_response(self.get_context_data())

    def post(self, request, forum_id=None):
        self.setup_objects(forum_id)
        action = request.POST.get("action")
        if self.forum is not None and action == "idea":
            return self.enter_idea(request)
        if self.forum is not None and action == "paper":
            return self.enter_ballot(request)
        form = self.forum_form(request.POST, request.FILES)
        if not form.is_valid():
            messages.error(request, _("The forum was not saved: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        with transaction.atomic():
            forum = form.save(commit=False)
            forum.authority = self.authority
            if forum.created_by_id is None:
                forum.created_by = request.user
            forum.save()
        messages.success(request, _("Forum saved."))
        return redirect(reverse("planning_forum", args=[forum.pk]))

    def enter_idea(self, request):
        form = self.idea_form(request.POST)
        if not form.is_valid():
            messages.error(request, _("The idea was not saved: check the form."))
            return self.render_to_response(self.get_context_data(idea_form=form))
        forums.enter_idea(self.forum, by=request.user, **form.cleaned_data)
        messages.success(request, _("Idea from the forum published. Enter the next one."))
        return redirect(reverse("planning_forum", args=[self.forum.pk]) + "#ideas")

    def enter_ballot(self, request):
        refusal = self.ballot_refusal()
        if refusal:
            messages.error(request, refusal)
            return redirect(reverse("planning_forum", args=[self.forum.pk]))
        form = self.ballot_form(request.POST)
        if not form.is_valid():
            messages.error(request, _("The paper ballot was not saved: check the form."))
            return self.render_to_response(self.get_context_data(ballot_form=form))
        data = form.cleaned_data
        try:
            forums.cast_paper_ballot(self.forum, self.ballot, data["choice"], national_id_hash=data["national_id"],
                                     standing=data["standing"], by=request.user)
        except casting.AlreadyVoted:
            form.add_error("national_id", _("This person has already voted in this ballot (online or on paper): "
                                            "the paper ballot was not counted."))
            messages.error(request, _("The paper ballot was not saved: check the form."))
            return self.render_to_response(self.get_context_data(ballot_form=form))
        messages.success(request, _("Paper ballot counted. Enter the next one."))
        return redirect(reverse("planning_forum", args=[self.forum.pk]) + "#paper")


class ForumIdeaMixin(OfficerMixin):
    """An idea entered at one of the officer's forums: anything else is a 404."""

    def setup_objects(self, forum_id, idea_id):
        self.forum = get_object_or_404(Forum.objects.filter(authority__in=self.authorities), pk=forum_id)
        link = get_object_or_404(
            ForumIdea.objects.filter(forum=self.forum, idea__authority=self.forum.authority)
            .select_related("idea", "idea__village", "idea__category"), idea_id=idea_id)
        self.idea = link.idea
        self.authority = self.forum.authority

    def forum_url(self):
        return reverse("planning_forum", args=[self.forum.pk]) + "#ideas"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"forum": self.forum, "idea": self.idea, "authority": self.authority,
                        "forum_url": self.forum_url()})
        return context


class ForumIdeaEditView(ForumIdeaMixin, TemplateView):
    """Correcting an idea entered at a forum: it stays published and linked to the forum."""

    page_title = gettext_lazy("Edit an idea from the forum")
    template_name = "planning/admin/forum_idea_edit.html"

    def form(self, data=None):
        idea = self.idea
        return ForumIdeaForm(data, authority=self.authority, prefix="idea", initial={
            "title": idea.title, "description": idea.description, "village": idea.village,
            "category": idea.category, "estimated_cost": idea.estimated_cost})

    def get(self, request, forum_id, idea_id):
        self.setup_objects(forum_id, idea_id)
        return self.render_to_response(self.get_context_data(form=self.form()))

    def post(self, request, forum_id, idea_id):
        self.setup_objects(forum_id, idea_id)
        form = self.form(request.POST)
        if not form.is_valid():
            messages.error(request, _("The idea was not saved: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        forums.edit_idea(self.idea, by=request.user, **form.cleaned_data)
        messages.success(request, _("Idea corrected; it stays published."))
        return redirect(self.forum_url())


class ForumIdeaRemoveView(ForumIdeaMixin, TemplateView):
    """Removing an idea entered at a forum by mistake: a confirmation (GET), then the removal
    (POST), refused when other people's data depend on the idea."""

    page_title = gettext_lazy("Remove an idea from the forum")
    template_name = "planning/admin/forum_idea_remove.html"

    def refusal(self, reasons):
        return _("“%(title)s” cannot be removed: %(reasons)s. Removing it would destroy other people's "
                 "data. To take it off the public site, ask a moderator to hide it; to fix a mistake, "
                 "edit it.") % {"title": self.idea.title, "reasons": ", ".join(reasons)}

    def get(self, request, forum_id, idea_id):
        self.setup_objects(forum_id, idea_id)
        reasons = forums.removal_obstacles(self.idea)
        return self.render_to_response(self.get_context_data(
            refusal=self.refusal(reasons) if reasons else ""))

    def post(self, request, forum_id, idea_id):
        self.setup_objects(forum_id, idea_id)
        try:
            forums.remove_idea(self.idea, by=request.user)
        except forums.IdeaInUse as refused:
            messages.error(request, self.refusal(refused.reasons))
            return redirect(self.forum_url())
        messages.success(request, _("Idea “%(title)s” removed.") % {"title": self.idea.title})
        return redirect(self.forum_url())


class ForumDeleteView(OfficerMixin, TemplateView):
    """Deleting a forum recorded by mistake: a confirmation (GET), then the deletion (POST),
    refused once ideas or paper ballots were entered from it."""

    page_title = gettext_lazy("Delete a forum")
    template_name = "planning/admin/forum_delete.html"

    def setup_objects(self, forum_id):
        self.forum = get_object_or_404(Forum.objects.filter(authority__in=self.authorities), pk=forum_id)
        self.authority = self.forum.authority

    def refusal(self, reasons):
        return _("This forum cannot be deleted: %(reasons)s. Its ideas are public and its ballots counted, so "
                 "it stays on record; correct it instead.") % {"reasons": ", ".join(reasons)}

    def get(self, request, forum_id):
        self.setup_objects(forum_id)
        reasons = forums.deletion_obstacles(self.forum)
        return self.render_to_response(self.get_context_data(
            forum=self.forum, authority=self.authority, refusal=self.refusal(reasons) if reasons else ""))

    def post(self, request, forum_id):
        self.setup_objects(forum_id)
        try:
            forums.delete_forum(self.forum, by=request.user)
        except forums.ForumInUse as refused:
            messages.error(request, self.refusal(refused.reasons))
            return redirect(reverse("planning_forum", args=[self.forum.pk]))
        messages.success(request, _("Forum deleted."))
        return redirect(reverse("planning_forums") + f"?lao={self.authority.dla_code}")
