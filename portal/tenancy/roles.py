"""Which LAOs a person works for in a role: membership of the "<DLA code> <role>" groups.

Provisioning creates the groups (``Authority.group_name``); everything that asks "is this
person an officer, a moderator… of which LAOs?" asks here, so the naming lives in one place.
"""

from django.contrib.auth.models import Group

from .models import Authority


def role_codes(user, role):
    """The DLA codes of the LAOs whose ``role`` group the user is in (cached on the user)."""
    if not user.is_authenticated or not user.is_active:
        return []
    cache = user.__dict__.setdefault("_ruamkhit_role_codes", {})
    if role not in cache:
        suffix = f" {role}"
        names = Group.objects.filter(user=user, name__endswith=suffix).values_list("name", flat=True)
        cache[role] = [name.removesuffix(suffix) for name in names]
    return cache[role]


def authorities_in_role(user, role):
    """The provisioned LAOs the user works for in ``role``; every LAO for a superuser."""
    if not user.is_authenticated or not user.is_active:
        return Authority.objects.none()
    authorities = Authority.objects.provisioned().select_related("province")
    if user.is_superuser:
        return authorities
    return authorities.filter(dla_code__in=role_codes(user, role))


def has_role(user, role):
    """Whether the user works for some LAO in ``role`` (or is a superuser); cached on the user."""
    cache = user.__dict__.setdefault("_ruamkhit_has_role", {})
    if role not in cache:
        cache[role] = authorities_in_role(user, role).exists()
    return cache[role]
