"""Find a person and record what the officer checked in person: identity and standing."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from portal.identity.forms import OfficerVerificationForm, PersonSearchForm
from portal.identity.identity_records import record_identity
from portal.identity.models import IdentityRecord, Standing, VerificationMethod
from portal.identity.standings import grant_standing
from portal.tenancy.provisioning import ROLES

from .base import OfficerViewMixin, end_of_day

MAX_RESULTS = 20
# The people a search showed, kept in the session: the verification form opens for them.
FOUND_SESSION_KEY = "identity_found_people"
FOUND_KEPT = 200


def citizens(officer):
    """Accounts an officer may look up: not staff (of the DLA or of any LAO), never the officer."""
    lao_staff = Group.objects.filter(name__regex=rf"^[0-9]{{7}} ({'|'.join(ROLES)})$")
    return (
        get_user_model().objects.filter(is_active=True, is_staff=False, is_superuser=False)
        .exclude(pk=officer.pk)
        .exclude(groups__in=lao_staff)
    )


def remember_found(request, people):
    found = [p.pk for p in people] + [pk for pk in request.session.get(FOUND_SESSION_KEY, [])
                                      if pk not in {p.pk for p in people}]
    request.session[FOUND_SESSION_KEY] = found[:FOUND_KEPT]


def verifiable_people(request, authorities):
    """Whom the verification form opens for: a person this officer's search showed in this
    session, or one who has or asks for standing in one of the officer's LAOs. Any other id is
    a 404, so the form cannot be used to read the names of accounts one by one."""
    found = request.session.get(FOUND_SESSION_KEY, [])
    known = (Q(pk__in=found) | Q(standings__authority__in=authorities)
             | Q(standing_proposals__authority__in=authorities))
    return citizens(request.user).filter(known).distinct()


def masked_email(email):
    """s•••••@example.com: enough to confirm with the person at the counter, no more."""
    if not email or "@" not in email:
        return ""
    name, domain = email.split("@", 1)
    return f"{name[:1]}{'•' * max(len(name) - 1, 3)}@{domain}"


class PersonSearchView(OfficerViewMixin, TemplateView):
    """Look a person up by an exact e-mail or username, or part of the name; never a full listing."""

    template_name = "identity/admin/person_search.html"
    page_title = gettext_lazy("Verify a person")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = PersonSearchForm(self.request.GET or None)
        people = None
        if form.is_valid():
            q = form.cleaned_data["q"].strip()
            if "@" in q:
                match = Q(email__iexact=q)
            else:
                match = (Q(username__iexact=q) | Q(display_name__icontains=q) | Q(first_name__icontains=q)
                         | Q(last_name__icontains=q))
            found = list(citizens(self.request.user).filter(match).order_by("display_name", "username")
                         [:MAX_RESULTS + 1])
            verified = set(IdentityRecord.objects.filter(user__in=found).values_list("user_id", flat=True))
            standings = {}
            for standing in Standing.objects.filter(user__in=found, authority__in=self.authorities).select_related(
                "authority", "village"
            ):
                standings.setdefault(standing.user_id, []).append(standing)
            people = [
                {"user": p, "email": masked_email(p.email), "verified": p.pk in verified,
                 "standings": standings.get(p.pk, [])}
                for p in found[:MAX_RESULTS]
            ]
            context["too_many"] = len(found) > MAX_RESULTS
            remember_found(self.request, found[:MAX_RESULTS])
        context.update(form=form, people=people)
        return context


class VerifyPersonView(OfficerViewMixin, FormView):
    """The officer types the national ID from the card and chooses the standing; both are recorded."""

    template_name = "identity/admin/verify_person.html"
    form_class = OfficerVerificationForm
    page_title = gettext_lazy("Record a verification")
    index_url_name = "identity_people"
    index_label = gettext_lazy("Verify a person")

    def get(self, request, *args, **kwargs):
        self.person = self._person(request, kwargs["user_id"])
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.person = self._person(request, kwargs["user_id"])
        return super().post(request, *args, **kwargs)

    def _person(self, request, user_id):
        return get_object_or_404(verifiable_people(request, self.authorities), pk=user_id)

    def get_page_subtitle(self):
        return str(self.person)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "authorities": self.authorities}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            person=self.person,
            email=masked_email(self.person.email),
            verified=IdentityRecord.objects.filter(user=self.person).exists(),
            standings=Standing.objects.filter(user=self.person, authority__in=self.authorities)
            .select_related("authority", "village"),
        )
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        officer, authority = self.request.user, data["authority"]
        try:
            record_identity(self.person, data["national_id"], VerificationMethod.OFFICER, by=officer,
                            authority=authority)
        except ValidationError as error:
            form.add_error("national_id", error)
            return self.form_invalid(form)
        grant_standing(
            self.person, authority, data["kind"], method=VerificationMethod.OFFICER,
            village=data["village"], by=officer, expires_at=end_of_day(data["expires_at"]),
        )
        messages.success(self.request, _("%(person)s is verified with %(lao)s.")
                         % {"person": self.person, "lao": authority})
        return redirect("identity_standings")
