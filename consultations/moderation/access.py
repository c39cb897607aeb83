"""Who moderates which LAO: members of "<code> moderators", and superusers."""

from django.contrib.auth.models import Group

from portal.tenancy.models import Authority

_SUFFIX = " moderators"


def moderator_authorities(user):
    if not user.is_authenticated or not user.is_active:
        return Authority.objects.none()
    authorities = Authority.objects.provisioned()
    if user.is_superuser:
        return authorities
    codes = user.__dict__.get("_ruamkhit_moderator_codes")
    if codes is None:
        names = Group.objects.filter(user=user, name__endswith=_SUFFIX).values_list("name", flat=True)
        codes = user.__dict__["_ruamkhit_moderator_codes"] = [name[: -len(_SUFFIX)] for name in names]
    return authorities.filter(dla_code__in=codes)


def is_moderator(user):
    if "_ruamkhit_is_moderator" not in user.__dict__:
        user.__dict__["_ruamkhit_is_moderator"] = moderator_authorities(user).exists()
    return user.__dict__["_ruamkhit_is_moderator"]
