"""Who may verify people for which LAO: the LAO's officers ("<code> officers"), and superusers.

Editors, approvers and moderators of an LAO publish and moderate; checking ID cards and house
registrations is the officers' job, so only their group opens the verification admin.
"""

from portal.tenancy.roles import authorities_in_role, has_role

OFFICERS_ROLE = "officers"


def officer_authorities(user):
    """The provisioned LAOs ``user`` verifies people for (all of them for a superuser)."""
    return authorities_in_role(user, OFFICERS_ROLE)


def is_officer(user):
    return has_role(user, OFFICERS_ROLE)
