"""allauth adapters: where an OpenID Connect sign-in hands its claims to ``portal.identity``.

The claims (national ID included) reach ``portal.identity.claims.apply_oidc_claims`` once the
portal user is known, whichever way allauth gets there:

- an existing social account signs in: ``pre_social_login`` (the user is looked up by then);
- a new person, signed up automatically: ``save_user``;
- a new person who first fills in the sign-up form: the claims wait in the session, encrypted
  (``serialize_instance``), and are handed over by ``save_user`` when the form is sent;
- a signed-in person connects a provider: the ``social_account_added`` signal (signals.py).

They are handed over once per sign-in; the raw claims are never stored or logged here.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.models import SocialAccount

from .oidc.sensitive_claims import seal, unseal

SEALED_CLAIMS = "portal_sealed_claims"


def hand_over_claims(sociallogin):
    """Give the provider's claims to portal.identity, once, when the user exists."""
    claims = getattr(sociallogin, "_portal_claims", None) or getattr(sociallogin.account, "_portal_claims", None)
    user = sociallogin.user
    if not claims or user is None or user.pk is None:
        return
    from portal.identity.claims import apply_oidc_claims

    sociallogin._portal_claims = sociallogin.account._portal_claims = None
    apply_oidc_claims(user, sociallogin.account.provider, claims)


@dataclass
class MailSite:
    """What allauth's e-mails call the site: the LAO the person signed up on, or the portal."""

    name: str
    domain: str


def mail_site(request):
    from portal.tenancy.current import authority_for_request

    authority = authority_for_request(request) if request is not None else None
    name = authority.full_name if authority else _("Ruamkhit")
    return MailSite(name=str(name), domain=request.get_host() if request is not None else "")


class AccountAdapter(DefaultAccountAdapter):
    """E-mails name the LAO (or the portal), not django.contrib.sites' placeholder site."""

    def format_email_subject(self, subject):
        return f"[{mail_site(context.request).name}] {subject}"

    def send_mail(self, template_prefix, email, ctx):
        ctx = {"current_site": mail_site(context.request), **ctx}
        super().send_mail(template_prefix, email, ctx)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def list_apps(self, request, provider=None, client_id=None):
        # Providers are configured in settings only (see portal.accounts.oidc.config).
        return [app for app in super().list_apps(request, provider, client_id) if app.pk is None]

    def pre_social_login(self, request, sociallogin):
        super().pre_social_login(request, sociallogin)
        if sociallogin.is_existing:
            hand_over_claims(sociallogin)

    def save_user(self, request, sociallogin, form=None):
        user = super().save_user(request, sociallogin, form)
        hand_over_claims(sociallogin)
        return user

    def serialize_instance(self, instance):
        data = super().serialize_instance(instance)
        claims = getattr(instance, "_portal_claims", None)
        if isinstance(instance, SocialAccount) and claims:
            data[SEALED_CLAIMS] = seal(claims)
        return data

    def deserialize_instance(self, model, data):
        sealed = data.pop(SEALED_CLAIMS, None) if isinstance(data, dict) else None
        instance = super().deserialize_instance(model, data)
        if sealed and model is SocialAccount:
            instance._portal_claims = unseal(sealed)
        return instance
