"""The triage queue: published ideas to classify and decide on, one by one or many at once."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from planning import triage
from planning.forms import TriageForm
from planning.models import TriageDecision, TriageOutcome

from .base import OfficerMixin

FILTERS = {"waiting": gettext_lazy("Waiting for triage"), "all": gettext_lazy("All published ideas"),
           **{value: label for value, label in TriageOutcome.choices}}


def _form_kwargs(form):
    data = form.cleaned_data
    return {"function": data.get("function"), "route": data.get("route") or "",
            "referral_level": data.get("referral_level") or "", "agency": data.get("agency", "").strip(),
            "duplicate_of": data.get("original"), "note": data.get("note", "").strip()}


class TriageQueueView(OfficerMixin, TemplateView):
    page_title = gettext_lazy("Triage")
    template_name = "planning/admin/triage_queue.html"

    def queue(self):
        ideas = self.published_ideas().annotate(
            triaged=Exists(TriageDecision.objects.filter(idea=OuterRef("pk"), current=True)))
        shown = self.request.GET.get("show", "waiting")
        if shown == "waiting":
            ideas = ideas.filter(triaged=False)
        elif shown in TriageOutcome.values:
            ideas = ideas.filter(triage_decisions__current=True, triage_decisions__outcome=shown)
        consultation = self.request.GET.get("consultation", "")
        if consultation == "box":
            ideas = ideas.filter(consultation_key__isnull=True)
        elif consultation:
            page = self.consultations().filter(pk=consultation if consultation.isdigit() else 0).first()
            if page is None:
                raise Http404("Not a consultation of your LAOs")
            ideas = ideas.filter(consultation_key=page.translation_key)
        return ideas.order_by("published_at", "pk"), shown, consultation

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        ideas, shown, consultation = self.queue()
        page_obj = Paginator(ideas, 50).get_page(self.request.GET.get("p"))
        page_obj.object_list = list(page_obj.object_list)
        decisions = triage.current_decisions(page_obj.object_list)
        context.update({
            "page_obj": page_obj,
            "rows": [(idea, decisions.get(idea.pk)) for idea in page_obj.object_list],
            "form": kwargs.get("form") or TriageForm(ideas=self.published_ideas()),
            "filters": FILTERS.items(), "shown": shown,
            "consultations": list(self.consultations().order_by("-ideas_start")[:200]),
            "consultation": consultation,
        })
        return context

    def post(self, request):
        wanted = request.POST.getlist("ideas")
        if not wanted:
            messages.error(request, _("Tick the ideas to decide on."))
            return redirect(request.get_full_path())
        if not all(value.isdigit() for value in wanted):
            raise Http404("Unknown idea")
        ideas = list(self.published_ideas().filter(pk__in=wanted))
        if len(ideas) != len(set(wanted)):
            raise Http404("An idea that is not one of your LAOs' published ideas")
        form = TriageForm(request.POST, ideas=self.published_ideas())
        if not form.is_valid():
            messages.error(request, _("Nothing was decided: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        outcome = form.cleaned_data["outcome"]
        original = form.cleaned_data.get("original")
        if original is not None and any(idea.authority_id != original.authority_id for idea in ideas):
            form.add_error("duplicate_of", _("The original must be an idea of the same LAO."))
            return self.render_to_response(self.get_context_data(form=form))
        decided, skipped = triage.decide_many(ideas, outcome, by=request.user, **_form_kwargs(form))
        messages.success(request, _("%(done)d decided, %(skipped)d skipped.") % {"done": len(decided),
                                                                             "skipped": len(skipped)})
        return redirect(request.get_full_path())


class TriageIdeaView(OfficerMixin, TemplateView):
    """One idea: its text, its triage history, and a decision form."""

    page_title = gettext_lazy("Triage an idea")
    template_name = "planning/admin/triage_idea.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        idea = self.idea
        decisions = list(TriageDecision.objects.filter(idea=idea).select_related("by", "function", "duplicate_of",
                                                                                 "referral"))
        current = next((d for d in decisions if d.current), None)
        initial = {}
        if current:
            initial = {"outcome": current.outcome, "function": current.function, "route": current.route,
                       "referral_level": current.referral_level, "agency": current.agency,
                       "duplicate_of": current.duplicate_of_id, "note": current.note}
        elif idea.category_id:
            initial = {"function": idea.category}
        context.update({"idea": idea, "decisions": decisions,
                        "form": kwargs.get("form") or TriageForm(initial=initial, ideas=self.published_ideas())})
        if idea.in_box:  # an idea of the idea box may go into one of its LAO's consultations
            context["attach_to"] = list(self.consultations(idea.authority).order_by("-ideas_start")[:100])
        return context

    def attach(self, request):
        """Attach the box idea to a consultation of its LAO (``consultation``: the page's id)."""
        wanted = request.POST.get("consultation", "")
        page = self.consultations(self.idea.authority).filter(pk=wanted if wanted.isdigit() else 0).first()
        if page is None:
            messages.error(request, _("Choose one of the LAO's consultations."))
            return redirect(request.path)
        try:
            triage.attach_to_consultation(self.idea, page, by=request.user)
        except triage.AttachError:
            messages.error(request, _("Only an idea of the idea box can be attached to a consultation."))
            return redirect(request.path)
        messages.success(request, _("The idea is now part of the consultation “%(title)s”, with its supports "
                                    "and comments.") % {"title": page.title})
        return redirect(request.path)

    def get(self, request, idea_id):
        self.idea = get_object_or_404(self.published_ideas(), pk=idea_id)
        return self.render_to_response(self.get_context_data())

    def post(self, request, idea_id):
        self.idea = get_object_or_404(self.published_ideas(), pk=idea_id)
        if request.POST.get("action") == "attach":
            return self.attach(request)
        form = TriageForm(request.POST, ideas=self.published_ideas().filter(authority=self.idea.authority))
        if not form.is_valid():
            messages.error(request, _("Nothing was decided: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        try:
            triage.decide(self.idea, form.cleaned_data["outcome"], by=request.user, **_form_kwargs(form))
        except triage.TriageError:
            form.add_error("duplicate_of", _("An idea cannot be a duplicate of itself."))
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(request, _("Decision recorded; the author is told."))
        return redirect(request.path)
