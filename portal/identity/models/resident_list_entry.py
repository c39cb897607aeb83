from django.db import models
from django.utils.translation import gettext_lazy as _


class ResidentListEntry(models.Model):
    """One resident on an LAO's resident list: the keyed hash of the ID, never the ID, and the village."""

    authority = models.ForeignKey(
        "tenancy.Authority", on_delete=models.CASCADE, related_name="resident_list", verbose_name=_("LAO")
    )
    id_hash = models.CharField(_("national ID (keyed hash)"), max_length=64)
    village = models.ForeignKey(
        "tenancy.Village", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("village"),
    )

    class Meta:
        verbose_name = _("resident list entry")
        verbose_name_plural = _("resident list entries")
        constraints = [
            models.UniqueConstraint(fields=["authority", "id_hash"], name="one_resident_entry_per_lao_and_id"),
        ]

    def __str__(self):
        return f"{self.authority_id}: {self.id_hash[:8]}…"
