"""The privacy notice, consent, and a person's own data: download it or erase the account."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .consent import current_notice, has_current_consent
from .forms import ConsentForm, EraseAccountForm
from .personal_data import erase_person, export_person


def _safe_next(request, default="/"):
    target = request.POST.get("next") or request.GET.get("next") or default
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return default


def notice(request):
    current = current_notice()
    if current is None:
        raise Http404(_("There is no privacy notice yet."))
    language = (get_language() or "th").split("-")[0]
    return render(request, "privacy/notice.html", {
        "notice": current, "body": current.body(language), "summary": current.summary(language),
    })


@login_required
def consent(request):
    current = current_notice()
    if current is None:
        return redirect(_safe_next(request))
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.record(request.user)
        messages.success(request, _("Thank you: your consent is recorded."))
        return redirect(_safe_next(request))
    language = (get_language() or "th").split("-")[0]
    return render(request, "privacy/consent.html", {
        "notice": current, "summary": current.summary(language), "form": form,
        "already": has_current_consent(request.user), "next": _safe_next(request),
    })


@login_required
def my_data(request):
    return render(request, "privacy/my_data.html", {"erase_form": EraseAccountForm()})


@login_required
def download(request):
    data = export_person(request.user)
    data["exported_at"] = timezone.now().isoformat()
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="ruamkhit-my-data-{timezone.localdate():%Y%m%d}.json"'
    return response


@login_required
@require_POST
def erase(request):
    form = EraseAccountForm(request.POST)
    if not form.is_valid():
        return render(request, "privacy/my_data.html", {"erase_form": form}, status=400)
    user = request.user
    logout(request)
    erase_person(user)
    messages.success(request, _("Your account and personal data have been erased."))
    return redirect("/")
