"""Who may verify people for which LAO: the LAO's officers ("<code> officers"), and superusers.

Editors, approvers and moderators of an LAO publish and moderate; checking ID cards and house
registrations is the officers' job, so only their group opens the verification admin.
"""

from django.contrib.auth.models import Group

from portal.tenancy.models import Authority

OFFICERS_ROLE = "officers"
_SUFFIX = f" {OFFICERS_ROLE}"


def officer_authorities(user):
    """The provisioned LAOs ``user`` verifies people for (all of them for a superuser)."""
    if not user.is_authenticated or not user.is_active:
        return Authority.objects.none()
    authorities = Authority.objects.provisioned().select_related("province")
    if user.is_superuser:
        return authorities
    cache = user.__dict__.setdefault("_ruamkhit_officer_codes", None)
    if cache is None:
        names = Group.objects.filter(user=user, name__endswith=_SUFFIX).values_list("name", flat=True)
        cache = user.__dict__["_ruamkhit_officer_codes"] = [name[: -len(_SUFFIX)] for name in names]
    return authorities.filter(dla_code__in=cache)


def is_officer(user):
    if "_ruamkhit_is_officer" not in user.__dict__:
        user.__dict__["_ruamkhit_is_officer"] = officer_authorities(user).exists()
    return user.__dict__["_ruamkhit_is_officer"]
