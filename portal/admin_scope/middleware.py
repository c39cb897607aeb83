"""Refuse an admin request that names an object outside the user's scope (``scope.StaffScope``).

Every admin URL that carries the id of a page, an image, a document, a translation or an
LAO-owned snippet, in its path or (for bulk actions and the page chooser's multiple choice) in
its ``id`` query parameters, is checked here before the view runs: an object outside the
user's LAOs is answered 404, as if it did not exist, whatever the view itself checks. The
views still apply Wagtail's permissions inside the scope. A few install-wide views are for DLA
superusers only (403).
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404

from wagtail.models import Page

from .scope import scope_for

# URL parameters that name a page, in Wagtail's admin, wagtail-localize's and the portal's own views.
PAGE_KWARGS = {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"}
# Views whose ``pk`` is a page.
PAGE_PK_VIEWS = {"wagtailadmin_pages:revisions_compare", "wagtailadmin_api:pages:detail",
                 "wagtailadmin_api:pages:action"}
# URL parameters and views whose ``pk`` names an image or a document.
MEDIA_KWARGS = {"image_id": "wagtailimages.Image", "document_id": "wagtaildocs.Document",
                "doc_id": "wagtaildocs.Document"}
MEDIA_PK_VIEWS = {"wagtailimages_chooser:chosen": "wagtailimages.Image",
                  "wagtaildocs_chooser:chosen": "wagtaildocs.Document",
                  "wagtailadmin_api:images:detail": "wagtailimages.Image",
                  "wagtailadmin_api:documents:detail": "wagtaildocs.Document"}
# Views that take the objects they act on as ``?id=`` parameters.
ID_QUERY_VIEWS = {"wagtail_bulk_action", "wagtailadmin_choose_page_chosen_multiple"}
# Install-wide views: an LAO's staff have no business there.
SUPERUSER_VIEWS = {
    "wagtailadmin_error_test",  # raises on purpose, to test error reports
    "wagtailadmin_reports:page_types_usage",  # every page type's use and last edit, across LAOs
    "wagtailadmin_reports:page_types_usage_results",
}
LOCALIZE_SNIPPETS_API = {"wagtail_localize:snippets_api_listing", "wagtail_localize:snippets_api_detail"}


class AdminScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not match.route.startswith("admin/") or not request.user.is_authenticated:
            return None
        scope = scope_for(request)
        if scope.unrestricted:
            return None
        name = match.view_name
        if name in SUPERUSER_VIEWS:
            raise PermissionDenied
        for key, value in view_kwargs.items():
            if key in PAGE_KWARGS or (key == "pk" and name in PAGE_PK_VIEWS):
                _check_page(scope, value)
            elif key in MEDIA_KWARGS:
                _check_media(scope, MEDIA_KWARGS[key], value)
            elif key == "pk" and name in MEDIA_PK_VIEWS:
                _check_media(scope, MEDIA_PK_VIEWS[name], value)
            elif key in ("translation_id", "translation_source_id"):
                _check_translation(scope, key, value)
        _check_owned_object(scope, match, view_kwargs)
        if name in ID_QUERY_VIEWS:
            _check_ids(scope, name, view_kwargs, request.GET.getlist("id") + request.POST.getlist("id"))
        if name in LOCALIZE_SNIPPETS_API:
            _check_localize_snippets(scope, view_kwargs)
        return None


def _refuse():
    raise Http404("Not in your LAO")


def _check_page(scope, page_id):
    path = Page.objects.filter(pk=page_id).values_list("path", flat=True).first()
    if path is not None and not scope.has_page_path(path):
        _refuse()


def _check_media(scope, label, pk):
    model = apps.get_model(label)
    path = model.objects.filter(pk=pk).values_list("collection__path", flat=True).first()
    if path is not None and not scope.has_collection_path(path):
        _refuse()


def _check_translation(scope, key, pk):
    from wagtail_localize.models import Translation, TranslationSource

    if key == "translation_id":
        source = Translation.objects.filter(pk=pk).values_list("source__object_id", flat=True).first()
    else:
        source = TranslationSource.objects.filter(pk=pk).values_list("object_id", flat=True).first()
    if source is None:
        return
    paths = list(Page.objects.filter(translation_key=source).values_list("path", flat=True))
    if any(not scope.has_page_path(path) for path in paths):
        _refuse()


def _authority_field(model):
    """The model's own foreign key to its LAO, when it has one (not a reverse relation)."""
    try:
        field = model._meta.get_field("authority")
    except Exception:
        return None
    return field if isinstance(field, models.ForeignKey) else None


def _check_owned_object(scope, match, view_kwargs):
    """A snippet or model view (``pk`` or ``object_id``) of a model that belongs to an LAO."""
    pk = view_kwargs.get("pk", view_kwargs.get("object_id"))
    if pk is None:
        return
    view_class = getattr(match.func, "view_class", None)
    model = (getattr(match.func, "view_initkwargs", None) or {}).get("model") or getattr(view_class, "model", None)
    if not isinstance(model, type) or _authority_field(model) is None:
        return
    authority_id = model._default_manager.filter(pk=pk).values_list("authority_id", flat=True).first()
    if authority_id is not None and not scope.has_authority_id(authority_id):
        _refuse()


def _check_ids(scope, name, view_kwargs, ids):
    if not ids:
        return
    model = Page
    if name == "wagtail_bulk_action":
        try:
            model = apps.get_model(view_kwargs["app_label"], view_kwargs["model_name"])
        except LookupError:
            return
    ids = [i for i in ids if str(i).isdigit()]
    if issubclass(model, Page):
        if not scope.has_page_ids(ids):
            _refuse()
    elif model._meta.label in ("wagtailimages.Image", "wagtaildocs.Document"):
        for pk in ids:
            _check_media(scope, model._meta.label, pk)
    elif _authority_field(model) is not None:
        owners = set(model._default_manager.filter(pk__in=ids).values_list("authority_id", flat=True))
        if any(owner is not None and not scope.has_authority_id(owner) for owner in owners):
            _refuse()


def _check_localize_snippets(scope, view_kwargs):
    try:
        model = apps.get_model(view_kwargs["app_label"], view_kwargs["model_name"])
    except LookupError:
        return
    if _authority_field(model) is None:
        return
    if "pk" not in view_kwargs:
        _refuse()  # a listing of every LAO's rows
    authority_id = model._default_manager.filter(pk=view_kwargs["pk"]).values_list("authority_id", flat=True).first()
    if authority_id is not None and not scope.has_authority_id(authority_id):
        _refuse()
