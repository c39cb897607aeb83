"""The personal data sources of the account itself, its consents, and its comments."""

from django.apps import apps

from .models import Consent
from .personal_data import register_source

ERASED_COMMENT = "ความคิดเห็นนี้ถูกลบตามคำขอของผู้เขียน"


def _export_account(user):
    data = {
        "username": user.username,
        "display_name": user.display_name,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
    }
    if apps.is_installed("allauth.account"):
        from allauth.account.models import EmailAddress

        data["email_addresses"] = [
            {"email": e.email, "verified": e.verified, "primary": e.primary}
            for e in EmailAddress.objects.filter(user=user)
        ]
    if apps.is_installed("allauth.socialaccount"):
        from allauth.socialaccount.models import SocialAccount

        data["sign_in_providers"] = [
            {"provider": a.provider, "since": a.date_joined.isoformat()}
            for a in SocialAccount.objects.filter(user=user)
        ]
    return data


def _erase_account(user):
    return 1  # the account row itself is deleted last, with what cascades from it


def _export_consents(user):
    return [
        {"notice_version": c.notice.version, "age": c.age, "given_at": c.given_at.isoformat()}
        for c in Consent.objects.filter(user=user).select_related("notice")
    ]


def _erase_consents(user):
    return Consent.objects.filter(user=user).delete()[0]


def _comments(user):
    from django_comments_xtd.models import XtdComment

    return XtdComment.objects.filter(user=user)


def _export_comments(user):
    return [
        {"comment": c.comment, "submitted": c.submit_date.isoformat(), "public": c.is_public,
         "removed": c.is_removed, "on": f"{c.content_type.app_label}.{c.content_type.model}:{c.object_pk}"}
        for c in _comments(user).select_related("content_type")
    ]


def _erase_comments(user):
    # The comment still counts in its thread, but says nothing and names nobody. By id: the
    # fields live in two tables (multi-table inheritance) and the filter on ``user`` would
    # match nothing once the first table is updated.
    from django_comments_xtd.models import XtdComment

    ids = list(_comments(user).values_list("pk", flat=True))
    return XtdComment.objects.filter(pk__in=ids).update(
        user=None, user_name="", user_email="", user_url="", ip_address=None,
        comment=ERASED_COMMENT, is_removed=True,
    )


def register():
    from portal.identity.personal_data import erase_for, export_for

    register_source("identity", export_for, erase_for)
    register_source("account", _export_account, _erase_account)
    register_source("consents", _export_consents, _erase_consents)
    register_source("comments", _export_comments, _erase_comments)
