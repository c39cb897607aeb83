"""Officers' ballot work in the Wagtail admin, one LAO at a time.

Every view reads through the LAOs the officer works for (``authorities_in_role``): a
consultation of another LAO is a 404, whatever id is typed in the address.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from ballots.models import Ballot, BallotProject, ResultStatus
from portal.tenancy.roles import authorities_in_role

from . import casting, paper_notes, results
from .candidates import candidate_ideas
from .forms import BallotForm, PaperBallotForm, ProjectForm
from .pages import ballot_pages


class OfficerMixin(WagtailAdminTemplateMixin):
    header_icon = "tick-inverse"

    def dispatch(self, request, *args, **kwargs):
        self.authorities = authorities_in_role(request.user, "officers")
        if not self.authorities.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def consultations(self):
        """The officer's LAOs' consultations with a voting phase, in the default language."""
        homes = Q()
        for path in self.authorities.values_list("home_page__path", flat=True):
            if path:
                homes |= Q(path__startswith=path)
        if not homes:
            return ballot_pages().none()
        return ballot_pages().filter(homes, locale=Locale.get_default())

    def get_page(self, page_id):
        page = get_object_or_404(self.consultations(), pk=page_id)
        self.page = page
        self.authority = page.authority
        self.ballot = Ballot.objects.filter(consultation_key=page.translation_key).first()
        return page

    def voting_started(self):
        return timezone.localdate() >= self.page.voting_start

    def ideas(self):
        """The ideas a project may come from (``candidates``), or none when no app offers them."""
        ideas = candidate_ideas(self.authority, self.page)
        return ideas if ideas is not None else BallotProject._meta.get_field("source_ideas").related_model.objects.none()

    def edit_url(self):
        return reverse("ballots_ballot", args=[self.page.pk])

class BallotIndexView(OfficerMixin, TemplateView):
    page_title = gettext_lazy("Ballots")
    template_name = "ballots/admin/ballot_index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pages = list(self.consultations().order_by("-voting_start")[:200])
        ballots = {b.consultation_key: b for b in Ballot.objects.filter(consultation_key__in=[p.translation_key for p in pages])}
        context["rows"] = [(page, ballots.get(page.translation_key)) for page in pages]
        return context


class BallotView(OfficerMixin, TemplateView):
    """A consultation's ballot: settings, projects, ideas to turn into projects, result."""

    page_title = gettext_lazy("Ballot")
    template_name = "ballots/admin/ballot.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locked = self.ballot is not None and self.ballot.cast.exists()
        context.update({
            "page": self.page,
            "ballot": self.ballot,
            "form": kwargs.get("form") or BallotForm(
                instance=self.ballot, locked=locked,
                initial={} if self.ballot else {"budget": self.page.budget_envelope},
            ),
            "locked": locked,
            "projects_locked": self.voting_started(),
            "projects": list(self.ballot.projects.select_related("village").prefetch_related("source_ideas"))
            if self.ballot else [],
            "ideas": self.ideas() if self.ballot else [],
            "cast": self.ballot.cast.count() if self.ballot else 0,
            "paper": self.ballot.cast.filter(channel="paper").count() if self.ballot else 0,
            "results_due": results.shown_from(self.page),
            "today": timezone.localdate(),
        })
        return context

    def get(self, request, page_id):
        self.get_page(page_id)
        return self.render_to_response(self.get_context_data())

    def post(self, request, page_id):
        self.get_page(page_id)
        if request.POST.get("action") == "recount":
            return self.recount(request)
        if self.ballot is not None and self.ballot.cast.exists():
            messages.error(request, _("Ballots have been cast: the rules and the budget can no longer change."))
            return redirect(self.edit_url())
        form = BallotForm(request.POST, instance=self.ballot)
        if not form.is_valid():
            messages.error(request, _("The ballot was not saved: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        ballot = form.save(commit=False)
        ballot.authority = self.authority
        ballot.consultation_key = self.page.translation_key
        ballot.save()
        messages.success(request, _("Ballot saved."))
        return redirect(self.edit_url())

    def recount(self, request):
        due = results.shown_from(self.page)
        if self.ballot is None or due is None or timezone.localdate() < due:
            messages.error(request, _("The ballots can be counted only once the results are due."))
            return redirect(self.edit_url())
        try:
            results.recount(self.ballot)
        except Exception as error:  # shown to the officer, and kept on the ballot
            messages.error(request, _("Counting failed: %(error)s") % {"error": error})
        else:
            messages.success(request, _("The ballots were counted again."))
        return redirect(self.edit_url())


def notify_authors(project, ideas):
    """Tell the authors of ``ideas`` (in Thai) that their idea is now on the ballot."""
    for idea in ideas:
        author = idea.author
        if author is None or not author.email:
            continue
        with translation.override("th"):
            subject = _("Your idea “%(title)s” is on the ballot") % {"title": idea.title}
            body = _("Your idea “%(idea)s” is now part of the ballot project “%(project)s”, "
                     "which people can vote for when voting opens.") % {"idea": idea.title, "project": project.title}
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [author.email])


class ProjectView(OfficerMixin, TemplateView):
    page_title = gettext_lazy("Ballot project")
    template_name = "ballots/admin/ballot_project.html"

    def setup_objects(self, page_id, project_id):
        self.get_page(page_id)
        if self.ballot is None:
            raise Http404("No ballot")
        self.project = get_object_or_404(BallotProject, ballot=self.ballot, pk=project_id) if project_id else None

    def form(self, data=None, files=None):
        initial = {}
        if self.project is None:
            wanted = [value for value in self.request.GET.getlist("idea") if value.isdigit()]
            chosen = list(self.ideas().filter(pk__in=wanted))
            if chosen:
                initial = {
                    "source_ideas": chosen,
                    "title": chosen[0].title,
                    "description": "\n\n".join(idea.description for idea in chosen),
                    "village": chosen[0].village,
                    "cost": sum((i.estimated_cost for i in chosen if i.estimated_cost is not None), 0) or None,
                }
        return ProjectForm(data, files, instance=self.project, initial=initial,
                           authority=self.authority, ideas=self.ideas())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"page": self.page, "ballot": self.ballot, "project": self.project,
                        "form": kwargs.get("form") or self.form(), "back": self.edit_url()})
        return context

    def get(self, request, page_id, project_id=None):
        self.setup_objects(page_id, project_id)
        return self.render_to_response(self.get_context_data())

    def post(self, request, page_id, project_id=None):
        self.setup_objects(page_id, project_id)
        if self.voting_started():
            messages.error(request, _("Voting has opened: the projects on the ballot can no longer change."))
            return redirect(self.edit_url())
        if request.POST.get("action") == "delete" and self.project is not None:
            self.project.delete()
            messages.success(request, _("Project removed from the ballot."))
            return redirect(self.edit_url())
        form = self.form(request.POST, request.FILES)
        if not form.is_valid():
            messages.error(request, _("The project was not saved: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        before = set(self.project.source_ideas.values_list("pk", flat=True)) if self.project else set()
        with transaction.atomic():
            project = form.save(commit=False)
            project.ballot = self.ballot
            if project.created_by_id is None:
                project.created_by = request.user
            project.save()
            form.save_m2m()
            added = [idea for idea in project.source_ideas.all() if idea.pk not in before]
            transaction.on_commit(lambda: notify_authors(project, added))
        messages.success(request, _("Project saved."))
        return redirect(self.edit_url())


class PaperBallotView(OfficerMixin, TemplateView):
    page_title = gettext_lazy("Paper ballots")
    template_name = "ballots/admin/paper_ballot.html"

    def form(self, data=None):
        initial = {}
        last = self.request.session.get(f"paper-forum-{self.page.pk}")
        if last:
            initial = {"forum_date": last[0], "forum_place": last[1]}
        return PaperBallotForm(data, initial=initial, ballot=self.ballot, projects=list(self.ballot.projects.all()),
                               voting_start=self.page.voting_start)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"page": self.page, "ballot": self.ballot, "form": kwargs.get("form") or self.form(),
                        "paper_ballot_notes": paper_notes.notes(self.request),
                        "back": self.edit_url(),
                        "paper": self.ballot.cast.filter(channel="paper").count()})
        return context

    def setup_objects(self, page_id):
        self.get_page(page_id)
        if self.ballot is None:
            raise Http404("No ballot")
        if not self.voting_started():
            messages.error(self.request, _("Paper ballots can be entered once voting has opened."))
            return redirect(self.edit_url())
        if self.ballot.result_status in (ResultStatus.DONE, ResultStatus.COUNTING):
            messages.error(self.request, _("The ballots have been counted: paper ballots must be entered before "
                                           "the results are due."))
            return redirect(self.edit_url())
        return None

    def get(self, request, page_id):
        return self.setup_objects(page_id) or self.render_to_response(self.get_context_data())

    def post(self, request, page_id):
        refused = self.setup_objects(page_id)
        if refused:
            return refused
        form = self.form(request.POST)
        if not form.is_valid():
            messages.error(request, _("The paper ballot was not saved: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        try:
            casting.cast_paper(self.ballot, data["choice"], national_id_hash=data["national_id"],
                               standing=data["standing"], forum_date=data["forum_date"],
                               forum_place=data["forum_place"], entered_by=request.user)
        except casting.AlreadyVoted:
            form.add_error("national_id", _("This person has already voted in this ballot (online or on paper): "
                                            "the paper ballot was not counted."))
            messages.error(request, _("The paper ballot was not saved: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        request.session[f"paper-forum-{self.page.pk}"] = [data["forum_date"].isoformat(), data["forum_place"]]
        messages.success(request, _("Paper ballot counted. Enter the next one."))
        return redirect(reverse("ballots_paper", args=[self.page.pk]))
