"""Recording who a person is: one national ID, one account, whatever method proved it.

``record_identity`` is the only way an ``IdentityRecord`` is made. A national ID already held
by another account is refused (``IdentityTaken``), the holder is told by e-mail, and the refusal
is logged. Two accounts presenting the same ID at the same moment are decided by the database's
unique constraint: the one whose insert commits first keeps it, the other is refused the same way.
"""

import logging

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .audit import log_event
from .models import EventAction, IdentityRecord
from .national_id import id_hash
from .notifications import notify_duplicate_attempt

logger = logging.getLogger(__name__)


class IdentityTaken(ValidationError):
    """The national ID is already verified for another account."""

    def __init__(self):
        super().__init__(
            _("This national ID number is already verified for another account: one person may have "
              "one account only. If the other account is yours, sign in with it; if you have lost it "
              "or the number is not yours, contact the LAO office."),
            code="identity_taken",
        )


class IdentityMismatch(ValidationError):
    """The account is already verified with a different national ID."""

    def __init__(self):
        super().__init__(
            _("This account is already verified with a different national ID number. Check the number; "
              "if the earlier one was wrong, contact the LAO office."),
            code="identity_mismatch",
        )


def _holder_of(digest):
    return IdentityRecord.objects.filter(id_hash=digest).select_related("user").first()


def _refuse(user, holder, method, by, authority):
    log_event(EventAction.DUPLICATE_REFUSED, authority=authority, actor=by or user, subject=user, method=method)
    logger.warning("identity: a national ID held by account %s was presented for account %s", holder.pk, user.pk)
    notify_duplicate_attempt(holder, method=method, authority=authority)
    return IdentityTaken()


def record_identity(user, national_id, method, by=None, authority=None):
    """The person's IdentityRecord for ``national_id`` (validated, hashed, never stored).

    Returns the existing record when the account already holds this ID. Raises
    ``IdentityTaken`` when another account holds it, ``IdentityMismatch`` when this account
    holds a different one, and ``ValidationError`` when the number itself is not valid.
    ``by`` is the officer who checked the documents; ``authority`` the LAO it happened at.
    """
    digest = id_hash(national_id)
    holder = _holder_of(digest)
    if holder is not None:
        if holder.user_id == user.pk:
            return holder
        raise _refuse(user, holder.user, method, by, authority)
    if IdentityRecord.objects.filter(user=user).exists():
        raise IdentityMismatch()
    try:
        with transaction.atomic():
            record = IdentityRecord.objects.create(
                user=user, id_hash=digest, method=method, verified_by=by, authority=authority,
                verified_at=timezone.now(),
            )
    except IntegrityError:
        # Another request inserted the same ID (or this account's record) since the check above.
        holder = _holder_of(digest)
        if holder is None:
            raise IdentityMismatch() from None
        if holder.user_id == user.pk:
            return holder
        raise _refuse(user, holder.user, method, by, authority) from None
    log_event(EventAction.IDENTITY_RECORDED, authority=authority, actor=by or user, subject=user, method=method)
    return record
