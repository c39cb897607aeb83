from django.contrib.admin import display as admin_display
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..moderation_reasons import SCREENING_WORD_CATEGORIES

# Shorter entries would match inside too many ordinary words.
MIN_WORD_LENGTH = 2


class ScreeningWordQuerySet(models.QuerySet):
    def central(self):
        return self.filter(authority__isnull=True)

    def of_authority(self, authority):
        return self.filter(authority=authority)

    def active(self):
        return self.filter(active=True)


class ScreeningWord(models.Model):
    """A word or phrase that holds a citizen's text for a moderator when the pre-screen finds it.

    Without an authority the word is on the DLA's central list, which applies to every LAO;
    with one it extends that LAO's screening only.
    """

    word = models.CharField(
        _("word or phrase"), max_length=100,
        help_text=_("Thai or English. Spaces, letter case and repeated letters do not matter."),
    )
    category = models.CharField(_("category"), max_length=20, choices=SCREENING_WORD_CATEGORIES)
    authority = models.ForeignKey(
        "tenancy.Authority", on_delete=models.CASCADE, null=True, blank=True,
        related_name="screening_words", verbose_name=_("local authority"),
        help_text=_("Empty: the DLA's central list, used for every LAO."),
    )
    active = models.BooleanField(_("active"), default=True)
    note = models.CharField(
        _("note"), max_length=255, blank=True,
        help_text=_("Why the word is listed, or which harmless words contain it."),
    )

    objects = ScreeningWordQuerySet.as_manager()

    class Meta:
        ordering = ["category", "word"]
        verbose_name = _("screening word")
        verbose_name_plural = _("screening words")
        constraints = [
            models.UniqueConstraint(
                fields=["word"], condition=models.Q(authority__isnull=True), name="unique_central_screening_word"
            ),
            models.UniqueConstraint(
                fields=["authority", "word"], condition=models.Q(authority__isnull=False),
                name="unique_lao_screening_word",
            ),
        ]

    def __str__(self):
        return self.word

    @property
    def is_central(self):
        return self.authority_id is None

    @admin_display(description=_("list"))
    def list_name(self):
        return self.authority.full_name if self.authority_id else _("Central list (DLA)")

    def clean(self):
        self.word = " ".join((self.word or "").split())
        if len(self.word) < MIN_WORD_LENGTH:
            raise ValidationError({"word": _("Enter at least two characters.")})
