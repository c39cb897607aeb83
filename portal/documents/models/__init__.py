from .export_job import ExportJob, JobStatus
from .export_layout import ExportLayout, ExportLayoutColumn

__all__ = ["ExportJob", "ExportLayout", "ExportLayoutColumn", "JobStatus"]
