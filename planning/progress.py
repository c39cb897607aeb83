"""Recording a plan project's progress: the update, its photos, the project's status, the e-mails.

An update can be corrected (``edit``) or deleted (``delete``) afterwards. Neither e-mails anyone
again; both are logged (``wagtail.log_actions``) and leave the project's status and percent
those of its latest remaining update (``refresh_project_state``). A photo taken away is deleted
from storage once the change is committed.
"""

from django.db import transaction
from django.db.models import Max

from wagtail.log_actions import log

from participation.photos import clean_photo

from . import notify
from .models import PlanProject, ProgressPhoto, ProgressUpdate

EDITABLE_FIELDS = ["on_date", "status", "percent", "text"]


@transaction.atomic
def refresh_project_state(project):
    """Set the project's status and percent from its latest update (by date, then entry order).

    With no update left, they go back to what a project has before its first update: only
    progress updates change them (the project's form does not), so that is the model's default
    (in the plan, 0 %). The project's row is locked first, so two officers changing two updates
    at once leave the state of the one who commits last, which sees both changes.
    """
    stored = PlanProject.objects.select_for_update().values_list("status", "progress").get(pk=project.pk)
    latest = project.updates.order_by("-on_date", "-pk").first()
    if latest is not None:
        status, percent = latest.status, latest.percent
    else:
        status = PlanProject._meta.get_field("status").get_default()
        percent = PlanProject._meta.get_field("progress").get_default()
    project.status, project.progress = status, percent
    if tuple(stored) != (status, percent):
        project.save(update_fields=["status", "progress"])
    return project


def _add_photos(update, photos):
    last = update.photos.aggregate(last=Max("sort_order"))["last"]
    start = 0 if last is None else last + 1
    for order, photo in enumerate(photos, start=start):
        ProgressPhoto.objects.create(update=update, image=photo, sort_order=order)


def delete_photo_files_on_commit(names):
    """Delete stored photo files once the rows that named them are gone for good."""
    names = [name for name in names if name]
    if not names:
        return
    storage = ProgressPhoto._meta.get_field("image").storage

    def delete():
        for name in names:
            storage.delete(name)

    transaction.on_commit(delete)


@transaction.atomic
def record(project, *, status, percent, text, on_date, photos=(), by, project_url, notify_people=True):
    update = ProgressUpdate.objects.create(project=project, status=status, percent=percent, text=text,
                                           on_date=on_date, by=by)
    for order, photo in enumerate(photos):
        ProgressPhoto.objects.create(update=update, image=photo, sort_order=order)
    refresh_project_state(project)
    if notify_people:
        transaction.on_commit(lambda: notify.tell_people_of_progress(update, project_url))
    return update


@transaction.atomic
def edit(update, *, by, remove_photos=(), add_photos=(), **fields):
    """Correct an update: its fields, photos taken away, photos added (already re-encoded by
    ``clean_photo``). Who entered it stays ``update.by``; the correction is logged with who made
    it and what changed. Nobody is e-mailed. Compared with the stored row (a ModelForm will have
    changed the instance it was given already)."""
    update = ProgressUpdate.objects.select_for_update().select_related("project").get(pk=update.pk)
    changes = {}
    for name in EDITABLE_FIELDS:
        if name in fields and getattr(update, name) != fields[name]:
            changes[name] = [getattr(update, name), fields[name]]
            setattr(update, name, fields[name])
    if changes:
        update.save(update_fields=list(changes))
    removed = list(update.photos.filter(pk__in=[photo.pk for photo in remove_photos]))
    if removed:
        changes["photos_removed"] = [photo.image.name for photo in removed]
        ProgressPhoto.objects.filter(pk__in=[photo.pk for photo in removed]).delete()
        delete_photo_files_on_commit([photo.image.name for photo in removed])
    if add_photos:
        _add_photos(update, add_photos)
        changes["photos_added"] = len(add_photos)
    refresh_project_state(update.project)
    if changes:
        log(update, "wagtail.edit", user=by, data={"project": update.project_id, "changes": changes})
    return update


@transaction.atomic
def delete(update, *, by):
    """Delete an update and its photos; the project's status and percent follow. Nobody is e-mailed."""
    project = update.project
    names = [photo.image.name for photo in update.photos.all()]
    log(update, "wagtail.delete", user=by, deleted=True, data={
        "project": project.pk, "on_date": update.on_date, "status": update.status, "percent": update.percent,
        "text": update.text, "by": update.by_id, "photos": names,
    })
    update.delete()
    delete_photo_files_on_commit(names)
    refresh_project_state(project)


__all__ = ["clean_photo", "delete", "edit", "record", "refresh_project_state"]
