"""Comments on consultations and ideas, on django-comments-xtd's threaded model.

Posted through routes of the consultation page (so only on the LAO's own site), by people
the consultation lets comment, while it is open for discussion. Pre-moderated (a moderator
approves each comment) or post-moderated (published at once unless the Thai pre-screen holds
it), as the consultation sets. Every read goes through the comment's ``CommentRecord`` and its
LAO.
"""

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from django_comments_xtd.models import XtdComment

from .models import CommentRecord

MAX_LEVEL = getattr(settings, "COMMENTS_XTD_MAX_THREAD_LEVEL", 2)


class CommentForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Your comment"), max_length=3000, widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": gettext_lazy("Write your comment first.")},
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    followup = forms.BooleanField(required=False, label=gettext_lazy("E-mail me when someone replies"))


def published_comments(target, authority):
    """The public comments of a page or an idea, in thread order, with their records."""
    return (
        XtdComment.objects.filter(
            content_type=ContentType.objects.get_for_model(target), object_pk=str(target.pk),
            is_public=True, is_removed=False, record__authority=authority,
        )
        .select_related("record")
        .order_by("thread_id", "order")
    )


def post_comment(*, page, target, user, text, parent_id, followup, standing):
    """Create a comment; returns it. Raises forms.ValidationError for a bad reply target."""
    from portal.snippets.prescreen import screen

    authority = page.authority
    parent = None
    if parent_id:
        parent = published_comments(target, authority).filter(pk=parent_id).first()
        if parent is None:
            raise forms.ValidationError(_("The comment you reply to is not there any more."))
        if parent.level >= MAX_LEVEL:
            parent = XtdComment.objects.get(pk=parent.parent_id)  # reply to the deepest level allowed
    verdict = screen(text, authority)
    public = not page.comments_premoderated and not verdict.held
    with transaction.atomic():
        comment = XtdComment(
            content_type=ContentType.objects.get_for_model(target), object_pk=str(target.pk),
            site_id=settings.SITE_ID, user=user, user_name=(str(user) or user.username)[:50],
            comment=text, is_public=public, followup=followup, parent_id=parent.pk if parent else 0,
        )
        comment.save()
        CommentRecord.objects.create(
            comment=comment, authority=authority, consultation_key=page.translation_key, standing=standing,
            screening=[{"category": str(r.category), "matched": r.matched, "detail": str(r.detail)}
                       for r in verdict.reasons],
            awaiting_review=not public,
        )
    if public:
        transaction.on_commit(lambda: notify_followers(comment))
    return comment


def notify_followers(comment):
    """E-mail the people who asked to hear about replies on the same page or idea (in Thai)."""
    others = (
        XtdComment.objects.filter(content_type_id=comment.content_type_id, object_pk=comment.object_pk,
                                  followup=True, is_public=True, is_removed=False)
        .exclude(user=comment.user).exclude(user=None)
        .select_related("user")
    )
    recipients = sorted({c.user.email for c in others if c.user.email})
    if not recipients:
        return
    with translation.override("th"):
        subject = _("A new comment where you took part")
        body = _("%(name)s wrote:\n\n%(text)s") % {"name": comment.user_name, "text": comment.comment}
    for address in recipients:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])


def comment_window(page, participation):
    """When a consultation takes comments: from idea collection to the end of participation (to
    the end of screening when there is no vote)."""
    from participation.state import window

    end = page.timeline.participation_end
    if page.voting_end is None and page.screening_end:
        end = page.screening_end
    return window(participation.today, page.ideas_start, end)
