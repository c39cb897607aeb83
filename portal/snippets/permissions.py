"""Who may edit reference data in the admin.

* The authority-function taxonomy and the central screening list belong to the DLA: its staff
  are superusers, and only they change them.
* Each LAO's moderators (group ``<DLA code> moderators``) keep their LAO's own screening words:
  they see, add, change and delete those and nothing else, neither another LAO's words nor the
  central list. Membership of the group is the whole grant, so provisioning needs no extra
  permission rows and a moderator removed from the group loses access at once.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from wagtail.permission_policies import BasePermissionPolicy

from portal.tenancy.models import Authority
from portal.tenancy.roles import role_codes

MODERATORS_SUFFIX = " moderators"
ACTIONS = ("add", "change", "delete", "view")


def moderated_authority_ids(user):
    """The ids of the LAOs whose moderators group ``user`` is in (cached on the user)."""
    if not user.is_authenticated:
        return frozenset()
    if not hasattr(user, "_moderated_authority_ids"):
        user._moderated_authority_ids = frozenset(
            Authority.objects.filter(dla_code__in=role_codes(user, "moderators")).values_list("id", flat=True)
        )
    return user._moderated_authority_ids


def _is_dla_staff(user):
    return user.is_active and user.is_superuser


class ScreeningWordPermissionPolicy(BasePermissionPolicy):
    """DLA staff: every list. An LAO's moderators: their LAO's list only."""

    def user_has_permission(self, user, action):
        if action not in ACTIONS or not user.is_active:
            return False
        return _is_dla_staff(user) or bool(moderated_authority_ids(user))

    def user_has_permission_for_instance(self, user, action, instance):
        if action not in ACTIONS or not user.is_active:
            return False
        if _is_dla_staff(user):
            return True
        return instance.authority_id is not None and instance.authority_id in moderated_authority_ids(user)

    def instances_user_has_any_permission_for(self, user, actions):
        if not user.is_active or not set(actions) & set(ACTIONS):
            return self.model._default_manager.none()
        if _is_dla_staff(user):
            return self.model._default_manager.all()
        return self.model._default_manager.filter(authority_id__in=moderated_authority_ids(user))

    def users_with_any_permission(self, actions):
        if not set(actions) & set(ACTIONS):
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name__endswith=MODERATORS_SUFFIX), is_active=True)
            .distinct()
        )

    def users_with_any_permission_for_instance(self, actions, instance):
        if not set(actions) & set(ACTIONS):
            return get_user_model().objects.none()
        grant = Q(is_superuser=True)
        if instance.authority_id is not None:
            grant |= Q(groups__name=instance.authority.group_name("moderators"))
        return get_user_model().objects.filter(grant, is_active=True).distinct()


class DLAReferenceDataPermissionPolicy(BasePermissionPolicy):
    """DLA staff change the data; anyone who works in the admin may view it (to choose from it)."""

    def user_has_permission(self, user, action):
        if not user.is_active:
            return False
        if _is_dla_staff(user):
            return action in ACTIONS
        return action == "view" and user.has_perm("wagtailadmin.access_admin")

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if "view" in actions:
            return users.filter(
                Q(is_superuser=True)
                | Q(user_permissions__codename="access_admin")
                | Q(groups__permissions__codename="access_admin")
            ).distinct()
        return users.filter(is_superuser=True)
