from .export_layout import ExportLayout, ExportLayoutColumn

__all__ = ["ExportLayout", "ExportLayoutColumn"]
