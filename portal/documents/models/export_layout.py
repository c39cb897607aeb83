from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from ..kinds import DOCUMENT_KINDS, field_choices, kind_choices
from ..tables.columns import is_english


class ExportLayoutQuerySet(models.QuerySet):
    def default_for(self, kind):
        """The layout used for ``kind`` when the exporting code names none (None: the built-in one)."""
        return self.filter(kind=kind, is_default=True).prefetch_related("columns").first()


class ExportLayout(ClusterableModel):
    """Which columns a kind of document has, in which order, under which headings: kept by DLA staff.

    Official forms change (the ผ.02 has changed with each Ministry of Interior regulation), so
    the columns are data, not code: the exporting code gives rows with every field of the
    kind, and the layout picks and names the columns.
    """

    name = models.CharField(_("name"), max_length=120, unique=True)
    kind = models.CharField(_("document"), max_length=40, choices=kind_choices)
    is_default = models.BooleanField(
        _("use for this document"), default=True,
        help_text=_("The layout exports use. Ticking it here unticks it on the other layouts of the same document."),
    )
    title_th = models.TextField(
        _("title (Thai)"), blank=True,
        help_text=_("One line per title line. Placeholders in braces are filled in, e.g. {authority}."),
    )
    title_en = models.TextField(_("title (English)"), blank=True)
    corner_label = models.CharField(
        _("form code"), max_length=40, blank=True,
        help_text=_("Printed in the top right corner of each PDF page, e.g. ผ 02."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ExportLayoutQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("document layout")
        verbose_name_plural = _("document layouts")
        constraints = [
            models.UniqueConstraint(
                fields=["kind"], condition=models.Q(is_default=True), name="one_default_layout_per_document",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def document_kind(self):
        return DOCUMENT_KINDS.get(self.kind)

    def save(self, *args, **kwargs):
        with transaction.atomic():
            if self.is_default:
                ExportLayout.objects.filter(kind=self.kind, is_default=True).exclude(pk=self.pk).update(
                    is_default=False
                )
            super().save(*args, **kwargs)

    def title(self):
        """The title in the active language (English falls back to Thai, then to the kind's own)."""
        kind = self.document_kind
        if is_english():
            return self.title_en or self.title_th or (kind.title_en if kind else "")
        return self.title_th or (kind.title_th if kind else "")

    def document_columns(self):
        """The table columns, in order; a row whose field the kind no longer offers is skipped."""
        kind = self.document_kind
        if kind is None:
            return []
        columns = []
        for row in self.columns.all():
            document_field = kind.field(row.key)
            if document_field is not None:
                columns.append(document_field.column(
                    heading_th=row.heading_th, heading_en=row.heading_en,
                    group_th=row.group_th, group_en=row.group_en, width=row.width,
                ))
        return columns


class ExportLayoutColumn(Orderable):
    """One column of a layout: a field of the document, with its headings and width."""

    layout = ParentalKey(ExportLayout, on_delete=models.CASCADE, related_name="columns")
    key = models.CharField(_("field"), max_length=60, choices=field_choices)
    heading_th = models.CharField(
        _("heading (Thai)"), max_length=200, blank=True, help_text=_("Empty: the field's usual heading."),
    )
    heading_en = models.CharField(_("heading (English)"), max_length=200, blank=True)
    group_th = models.CharField(
        _("group heading (Thai)"), max_length=200, blank=True,
        help_text=_("Neighbouring columns with the same group heading share one heading above theirs."),
    )
    group_en = models.CharField(_("group heading (English)"), max_length=200, blank=True)
    width = models.PositiveSmallIntegerField(
        _("width (characters)"), null=True, blank=True,
        validators=[MinValueValidator(3), MaxValueValidator(100)],
        help_text=_("Empty: the field's usual width."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("column")
        verbose_name_plural = _("columns")

    def __str__(self):
        return self.heading_th or self.key
