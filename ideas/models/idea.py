import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class IdeaState(models.TextChoices):
    SUBMITTED = "submitted", _("submitted, awaiting review")
    PUBLISHED = "published", _("published")
    REJECTED = "rejected", _("rejected")
    HIDDEN = "hidden", _("hidden pending review")


class SubmitterStanding(models.TextChoices):
    LOCAL = "local", _("local resident")
    OUTSIDER = "outsider", _("from outside the area")
    SIGNED_IN = "signed_in", _("signed in, not verified")
    ONSITE = "onsite", _("entered by an officer from an onsite forum")


class IdeaQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=IdeaState.PUBLISHED)

    def for_authority(self, authority):
        return self.filter(authority=authority)


class Idea(models.Model):
    """A citizen's idea: a local problem and a proposed solution.

    Scoped to its LAO (``authority``) and keyed to the consultation's translation key, so the
    Thai page and its English translation share their ideas; an idea proposed in the LAO's
    year-round idea box has no consultation until an officer attaches it to one. The
    submitter's standing at the time of submission is kept with the idea.
    """

    authority = models.ForeignKey("tenancy.Authority", on_delete=models.CASCADE, related_name="ideas",
                                  verbose_name=_("LAO"))
    consultation_key = models.UUIDField(
        _("consultation"), null=True, blank=True, db_index=True,
        help_text=_("Empty for an idea proposed in the LAO's year-round idea box."),
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="ideas", verbose_name=_("author"))
    submission_token = models.UUIDField(_("submission token"), default=uuid.uuid4, editable=False)
    title = models.CharField(_("title"), max_length=140)
    description = models.TextField(_("description"), max_length=5000)
    village = models.ForeignKey("tenancy.Village", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="ideas", verbose_name=_("village"))
    outside_area = models.BooleanField(_("outside the area"), default=False)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                   validators=[MinValueValidator(5), MaxValueValidator(21)])
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                    validators=[MinValueValidator(97), MaxValueValidator(106)])
    estimated_cost = models.DecimalField(_("estimated cost (baht)"), max_digits=14, decimal_places=2,
                                         null=True, blank=True, validators=[MinValueValidator(0)])
    category = models.ForeignKey("snippets.AuthorityFunction", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="ideas", verbose_name=_("category"))
    screening = models.JSONField(
        _("pre-screen findings"), default=list, blank=True,
        help_text=_("What the automatic pre-screen found (word lists, personal data), shown to moderators."),
    )
    standing = models.CharField(_("submitter's standing"), max_length=16, choices=SubmitterStanding.choices)
    state = models.CharField(_("state"), max_length=16, choices=IdeaState.choices, default=IdeaState.SUBMITTED,
                             db_index=True)
    state_reason = models.TextField(_("reason"), blank=True)
    reason_code = models.CharField(_("reason code"), max_length=32, blank=True)
    duplicate_of = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="duplicates", verbose_name=_("duplicate of"))
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now, db_index=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    objects = IdeaQuerySet.as_manager()

    class Meta:
        verbose_name = _("idea")
        verbose_name_plural = _("ideas")
        ordering = ["-submitted_at"]
        constraints = [
            # A double click, a retry or a second tab submit the same form once.
            models.UniqueConstraint(fields=["author", "submission_token"], name="one_idea_per_submission"),
        ]
        indexes = [models.Index(fields=["consultation_key", "state", "-submitted_at"])]

    def __str__(self):
        return self.title

    @property
    def in_box(self):
        """Proposed in the idea box and not (yet) attached to a consultation."""
        return self.consultation_key is None


class IdeaPhoto(models.Model):
    """A photo of an idea, re-encoded on upload: resized, auto-rotated, without EXIF (no GPS)."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="photos", verbose_name=_("idea"))
    image = models.ImageField(_("photo"), upload_to="ideas/%Y/%m/", width_field="width", height_field="height")
    width = models.PositiveIntegerField(default=0, editable=False)
    height = models.PositiveIntegerField(default=0, editable=False)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("idea photo")
        verbose_name_plural = _("idea photos")
        ordering = ["sort_order", "pk"]


class IdeaTransition(models.Model):
    """One change of an idea's state: who, when, from what to what, and why."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="transitions", verbose_name=_("idea"))
    from_state = models.CharField(_("from"), max_length=16, blank=True)
    to_state = models.CharField(_("to"), max_length=16)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                           related_name="+", verbose_name=_("by"))
    reason = models.TextField(_("reason"), blank=True)
    reason_code = models.CharField(_("reason code"), max_length=32, blank=True)
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        verbose_name = _("idea state change")
        verbose_name_plural = _("idea state changes")
        ordering = ["at", "pk"]
