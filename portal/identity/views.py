"""The citizen's side, on the LAO's own site: "I live here" with a national ID, and proposals to confirm.

``/verify/`` (``/en/verify/``) finds the LAO from the request's site, so each LAO's page checks
only its own resident list. A number not on the list says what to do instead (visit the
office; ThaID); repeated misses are slowed down, so the page cannot be used to test which
numbers are on a list.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.tenancy.current import authority_for_request

from .audit import log_event
from .forms import ResidentVerificationForm
from .models import EventAction, ProposalStatus, Standing, StandingKind, StandingProposal, VerificationMethod
from .resident_list import verify_against_resident_list
from .standings import grant_standing

MISSES_PER_HOUR = 5


def _authority_or_404(request):
    authority = authority_for_request(request)
    if authority is None:
        raise Http404("Verification happens on an LAO's own site.")
    return authority


def _misses_key(user, authority):
    return f"identity:verify-misses:{authority.pk}:{user.pk}"


def verify(request):
    authority = _authority_or_404(request)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    user = request.user
    form = ResidentVerificationForm(request.POST or None)
    not_listed = False
    if request.method == "POST":
        misses_key = _misses_key(user, authority)
        if cache.get(misses_key, 0) >= MISSES_PER_HOUR:
            messages.error(request, _("Too many numbers that were not on the list: try again in an hour, or visit "
                                      "the LAO office."))
            return redirect("identity:verify")
        if form.is_valid():
            try:
                standing = verify_against_resident_list(user, authority, form.cleaned_data["national_id"])
            except ValidationError as error:
                form.add_error("national_id", error)
            else:
                if standing is not None:
                    cache.delete(misses_key)
                    messages.success(request, _("You are now a local resident of %(lao)s.") % {"lao": authority.full_name})
                    return redirect("identity:verify")
                cache.add(misses_key, 0, 60 * 60)
                cache.incr(misses_key)
                not_listed = True
                form = ResidentVerificationForm()
    standing = Standing.objects.current().filter(user=user, authority=authority).select_related("village").first()
    proposals = StandingProposal.objects.filter(user=user, authority=authority, status=ProposalStatus.PENDING
                                                ).select_related("tambon", "village")
    return TemplateResponse(request, "identity/verify.html", {
        "form": form, "standing": standing, "proposals": proposals, "not_listed": not_listed,
        "has_resident_list": authority.resident_list.exists(),
    }, status=200)


@require_POST
def decide_proposal(request, pk):
    authority = _authority_or_404(request)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    proposal = get_object_or_404(StandingProposal, pk=pk, user=request.user, authority=authority,
                                 status=ProposalStatus.PENDING)
    confirmed = request.POST.get("decision") == "confirm"
    proposal.status = ProposalStatus.CONFIRMED if confirmed else ProposalStatus.DECLINED
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_at"])
    if confirmed:
        grant_standing(request.user, authority, StandingKind.LOCAL, method=VerificationMethod.IDENTITY_PROVIDER,
                       village=proposal.village)
        log_event(EventAction.PROPOSAL_CONFIRMED, authority=authority, actor=request.user, subject=request.user,
                  method=VerificationMethod.IDENTITY_PROVIDER)
        messages.success(request, _("You are now a local resident of %(lao)s.") % {"lao": authority.full_name})
    else:
        log_event(EventAction.PROPOSAL_DECLINED, authority=authority, actor=request.user, subject=request.user,
                  method=VerificationMethod.IDENTITY_PROVIDER)
        messages.info(request, _("Understood: you are not registered as a resident here."))
    return redirect("identity:verify")
