"""Following up referrals: status changes (logged, the author told) and the export rows."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationPage
from portal.tenancy.models import Authority

from . import notify
from .models import Referral, ReferralUpdate


def referrals_of(authorities):
    """The referrals of the ideas whose current decision is to refer, for these LAOs."""
    return (Referral.objects.filter(authority__in=authorities, decision__current=True)
            .select_related("decision", "decision__function", "idea", "idea__village", "idea__category",
                            "authority"))


@transaction.atomic
def change_status(referral, status, *, by, note="", notify_author=True):
    referral = Referral.objects.select_for_update().select_related("decision", "idea").get(pk=referral.pk)
    if referral.status == status and not note:
        return referral
    ReferralUpdate.objects.create(referral=referral, from_status=referral.status, to_status=status, note=note,
                                  by=by)
    referral.status = status
    referral.status_changed_on = timezone.localdate()
    referral.save(update_fields=["status", "status_changed_on"])
    if notify_author:
        transaction.on_commit(lambda: notify.tell_author_of_referral(referral, note))
    return referral


def idea_urls(ideas, request=None):
    """{idea id: the full URL of its public page}, with one query for the consultation pages."""
    from wagtail.models import Locale

    keys = {idea.consultation_key for idea in ideas}
    pages = {}
    for page in ConsultationPage.objects.filter(translation_key__in=keys, locale=Locale.get_default()):
        pages[page.translation_key] = page
    urls = {}
    box_sites = {a.pk: a.site for a in Authority.objects.filter(
        pk__in={idea.authority_id for idea in ideas if idea.in_box}, site__isnull=False).select_related("site")}
    for idea in ideas:
        if idea.in_box:  # an idea of its LAO's idea box, on the LAO's site
            site = box_sites.get(idea.authority_id)
            if site is not None:
                urls[idea.pk] = site.root_url.rstrip("/") + reverse("ideas:idea", args=[idea.pk])
            continue
        page = pages.get(idea.consultation_key)
        if page is not None:
            urls[idea.pk] = page.get_full_url(request) + page.reverse_subpage("idea", args=[idea.pk])
    return urls


def export_rows(referrals, request=None):
    from django.db.models import Count

    from ideas.models import Idea

    referrals = list(referrals)
    ideas = [r.idea for r in referrals]
    supporters = dict(Idea.objects.filter(pk__in=[i.pk for i in ideas]).annotate(n=Count("supports"))
                      .values_list("pk", "n"))
    urls = idea_urls(ideas, request)
    rows = []
    for referral in referrals:
        decision, idea = referral.decision, referral.idea
        function = decision.function or idea.category
        rows.append({
            "idea_title": idea.title,
            "idea_summary": idea.description,
            "village": str(idea.village) if idea.village_id else "",
            "authority_function": str(function) if function else "",
            "target": decision.target,
            "target_level": decision.get_referral_level_display(),
            "referred_on": referral.referred_on,
            "status": referral.get_status_display(),
            "status_changed_on": referral.status_changed_on,
            "supporters": supporters.get(idea.pk, 0),
            "estimated_cost": idea.estimated_cost,
            "note": decision.note,
            "url": urls.get(idea.pk, ""),
        })
    return rows
