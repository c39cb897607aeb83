"""Document layouts belong to the DLA: its staff (superusers) change them; anyone in the admin may look."""

from portal.snippets.permissions import DLAReferenceDataPermissionPolicy

from .models import ExportLayout

layout_permission_policy = DLAReferenceDataPermissionPolicy(ExportLayout)
