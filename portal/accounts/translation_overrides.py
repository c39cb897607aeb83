"""Strings of allauth and Django whose Thai the portal replaces or adds (never imported).

allauth's Thai catalog has mistranslations ("Confirm Access" as "confirm e-mail address",
half-English e-mails) and Django has no Thai for its password rules. ``makemessages`` finds
the strings here, so they stay in ``portal/accounts/locale/th``, which Django reads before
allauth's and Django's own catalogs (``portal.accounts`` is listed first).
"""

from django.utils.translation import gettext_noop, ngettext_lazy, pgettext_lazy

STRINGS = [
    pgettext_lazy('field label', 'Login'),
    gettext_noop('Confirm Access'),
    gettext_noop('Enter your password:'),
    gettext_noop('Bad Token'),
    gettext_noop('The password reset link was invalid, possibly because it has already been used.  Please request a <a href="%(passwd_reset_url)s">new password reset</a>.'),
    gettext_noop('The password reset token was invalid.'),
    gettext_noop('Password Reset'),
    gettext_noop('Reset My Password'),
    gettext_noop('Please contact us if you have any trouble resetting your password.'),
    gettext_noop('Login Cancelled'),
    gettext_noop('You decided to cancel logging in to our site using one of your existing accounts. If this was a mistake, please proceed to <a href="%(login_url)s">sign in</a>.'),
    gettext_noop('Authenticator App'),
    gettext_noop('Activate Authenticator App'),
    gettext_noop('Deactivate Authenticator App'),
    gettext_noop('Authenticator app activated.'),
    gettext_noop('Authenticator app deactivated.'),
    gettext_noop('Authenticator code'),
    gettext_noop('Password Set'),
    gettext_noop('If you have not created an account yet, then please %(link)ssign up%(end_link)s first.'),
    gettext_noop('Or use a third-party'),
    gettext_noop('Remember Me'),
    gettext_noop('Forgot your password?'),
    gettext_noop('Invalid token.'),
    gettext_noop('The third-party account is already connected to a different account.'),
    gettext_noop('The third-party account has been connected.'),
    gettext_noop('The third-party account has been disconnected.'),
    gettext_noop('You cannot disconnect your last remaining third-party account.'),
    gettext_noop("You're receiving this email because you or someone else has requested a password reset for your user account.\nIt can be safely ignored if you did not request a password reset. Click the link below to reset your password."),
    gettext_noop('If you do not recognize this change then please take proper security precautions immediately. The change to your account originates from:\n\n- IP address: %(ip)s\n- Browser: %(user_agent)s\n- Date: %(timestamp)s'),
    gettext_noop('Two-Factor Authentication'),
    ngettext_lazy('This password is too short. It must contain at least %(min_length)d character.', 'This password is too short. It must contain at least %(min_length)d characters.', 1),
    ngettext_lazy('Your password must contain at least %(min_length)d character.', 'Your password must contain at least %(min_length)d characters.', 1),
    gettext_noop('The password is too similar to the %(verbose_name)s.'),
    gettext_noop('Your password can’t be too similar to your other personal information.'),
    gettext_noop('This password is too common.'),
    gettext_noop('Your password can’t be a commonly used password.'),
    gettext_noop('This password is entirely numeric.'),
    gettext_noop('Your password can’t be entirely numeric.'),
]
