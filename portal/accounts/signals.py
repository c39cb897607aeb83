"""Signal receivers of the accounts app (connected in ``AccountsConfig.ready``)."""

from django.dispatch import receiver

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from allauth.socialaccount.signals import social_account_added

from .adapters import hand_over_claims


@receiver(social_account_added)
def claims_of_connected_account(sender, request, sociallogin, **kwargs):
    """A signed-in person connected ThaID (or another provider) to their account."""
    hand_over_claims(sociallogin)


@receiver(authenticator_added)
def totp_activation_counts_as_second_factor(sender, request, user, authenticator, **kwargs):
    """Setting up TOTP means typing a valid code: record it as this session's second factor.

    Without this, a member of staff sent to set up TOTP on the way to the admin would be asked
    for a second code at once, and the code just typed cannot be used twice.
    """
    if authenticator.type == Authenticator.Type.TOTP and request is not None:
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)
