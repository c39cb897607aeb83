"""E-mails about a person's identity, in Thai first and English second."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _


def notify_duplicate_attempt(holder, *, method, authority=None):
    """Tell the holder of a national ID that another account tried to use it.

    Says when, how and at which LAO, never which account tried: that account may belong to an
    innocent person who mistyped, and the LAO's audit log holds it for the officers.
    """
    if not holder.email:
        return False
    context = {"holder": holder, "method": method, "authority": authority, "when": timezone.localtime()}
    subjects, bodies = [], []
    for language in ("th", "en"):
        with translation.override(language):
            subjects.append(_("Someone tried to verify another account with your national ID"))
            bodies.append(render_to_string("identity/email/duplicate_attempt.txt", context).strip())
    send_mail(" / ".join(subjects), "\n\n— — —\n\n".join(bodies), settings.DEFAULT_FROM_EMAIL, [holder.email])
    return True
