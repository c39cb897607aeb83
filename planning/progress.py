"""Recording a plan project's progress: the update, its photos, the project's status, the e-mails."""

from django.db import transaction

from consultations.ideas.photos import clean_photo

from . import notify
from .models import ProgressPhoto, ProgressUpdate


@transaction.atomic
def record(project, *, status, percent, text, on_date, photos=(), by, project_url, notify_people=True):
    update = ProgressUpdate.objects.create(project=project, status=status, percent=percent, text=text,
                                           on_date=on_date, by=by)
    for order, photo in enumerate(photos):
        ProgressPhoto.objects.create(update=update, image=photo, sort_order=order)
    latest = project.updates.order_by("-on_date", "-pk").first()
    project.status, project.progress = latest.status, latest.percent
    project.save(update_fields=["status", "progress"])
    if notify_people:
        transaction.on_commit(lambda: notify.tell_people_of_progress(update, project_url))
    return update


__all__ = ["clean_photo", "record"]
