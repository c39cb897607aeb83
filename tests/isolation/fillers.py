"""How the matrix fills each route's parameters with an LAO's objects.

A parameter is filled by the first declaration that matches: one for the route itself
(``BY_ROUTE``, by URL name), then one for the parameter's name (``BY_PARAM``), then, for ``pk``
and ``object_id``, the model the view says it is for. A value is the name of an object of the
LAO's world (``LAO.objects``), a constant (``Const``), or a function of the LAO. A route whose
parameter none of these fills is an error naming the route and the parameter: a new route is
covered from its first commit, or the matrix fails until it says how to fill it.

Each route is tried with every parameter taken from LAO B, then (for routes with two or more
object parameters) with one parameter from B and the others from LAO A, the mix a request made
with one's own page and another LAO's revision, task or idea would be.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page


@dataclass(frozen=True)
class Const:
    """A value that is no LAO's object (a format, a model name, a word of a URL)."""

    values: tuple

    def __init__(self, *values):
        object.__setattr__(self, "values", values)


class UnfillableRoute(Exception):
    pass


def pk_of(name):
    return lambda lao: [lao.objects[name].pk]


# Parameter name -> objects of the LAO (names in LAO.objects), or a Const.
BY_PARAM = {
    "page_id": ("draft_page", "moderated_page", "consultation", "home_en"),
    "parent_page_id": ("home", "draft_page", "home_en"),
    "page_to_move_id": ("live_page",),
    "destination_id": ("home",),
    "page_pk": ("moderated_page",),
    "image_id": ("image",),
    "document_id": ("document",),
    "doc_id": ("document",),
    "collection_id": ("collection",),
    "idea_id": ("published_idea", "submitted_idea", "hidden_idea", "box_idea", "box_submitted_idea"),
    "comment_id": ("public_comment", "held_comment"),
    "record_id": ("held_comment_record",),
    "forum_id": ("forum",),
    "referral_id": ("referral",),
    "project_id": ("plan_project",),
    "update_id": ("progress_update",),
    "job_id": ("export_job",),
    "user_id": ("person", "citizen", "proposer", "officer"),
    "authority_id": ("authority",),
    "redirect_id": ("redirect",),
    "translation_id": ("translation",),
    "translation_source_id": ("translation_source",),
    "string_segment_id": ("string_segment",),
    "overridable_segment_id": Const(1),
    "task_state_id": ("task_state",),
    "workflow_state_id": ("workflow_state",),
    "revision_id": ("revision",),
    "session_id": ("editing_session",),
    "uploaded_file_id": ("uploaded_file",),
    "page_view_restriction_id": ("view_restriction",),
    "restriction_id": Const(1),
    "block_id": ("poll_block_id",),
    "task_id": ("task",),
    "workflow_pk": ("workflow",),
    "format": Const("csv", "xlsx"),
    "mode": Const("desktop",),
    "filter_spec": Const("fill-80x80",),
    "action_name": Const("approve", "reject"),
    "provider_id": Const("thaid",),
    "key": Const("not-a-key",),
    "uidb36": Const("2",),
    "uidb64": Const("Mg",),
    "token": Const("not-a-token",),
    "url": Const("no-such-page/",),
    "content_type_id": lambda lao: [ContentType.objects.get_for_model(Page).pk],
}

# URL name -> {parameter: filler}: where a parameter's meaning depends on the route.
_REVISIONS = {"page_id": ("moderated_page",), "revision_id": ("revision",)}
_PAGE_TYPE = {"content_type_app_name": Const("pages"), "content_type_model_name": Const("standardpage")}
BY_ROUTE = {
    "wagtailadmin_pages:revisions_view": _REVISIONS,
    "wagtailadmin_pages:revisions_revert": _REVISIONS,
    "wagtailadmin_pages:revisions_unschedule": _REVISIONS,
    "wagtailadmin_pages:revisions_compare": {"pk": ("moderated_page",), "revision_id_a": ("live_revision",),
                                             "revision_id_b": ("revision",)},
    "wagtailadmin_pages:workflow_action": {"page_id": ("moderated_page",), "task_state_id": ("task_state",)},
    "wagtailadmin_pages:collect_workflow_action_data": {"page_id": ("moderated_page",),
                                                        "task_state_id": ("task_state",)},
    "wagtailadmin_pages:workflow_preview": {"page_id": ("moderated_page",), "task_id": ("task",)},
    "wagtailadmin_pages:workflow_history_detail": {"page_id": ("moderated_page",),
                                                   "workflow_state_id": ("workflow_state",)},
    "wagtailadmin_pages:confirm_workflow_cancellation": {"page_id": ("moderated_page",)},
    "wagtailadmin_pages:add": {**_PAGE_TYPE, "parent_page_id": ("home", "home_en")},
    "wagtailadmin_pages:preview_on_add": {**_PAGE_TYPE, "parent_page_id": ("home",)},
    "wagtailadmin_pages:type_use": _PAGE_TYPE,
    "wagtailadmin_pages:type_use_results": _PAGE_TYPE,
    "wagtailadmin_pages:choose_parent": {"app_label": Const("pages"), "model_name": Const("standardpage")},
    "wagtailadmin_api:pages:detail": {"pk": ("draft_page", "moderated_page")},
    "wagtailadmin_api:pages:action": {"pk": ("draft_page", "live_page"),
                                      "action_name": Const("publish", "unpublish", "delete", "copy", "move")},
    "wagtailadmin_api:documents:detail": {"pk": ("document",)},
    "wagtailadmin_api:images:detail": {"pk": ("image",)},
    "wagtail_bulk_action": {"app_label": Const("wagtailcore"), "model_name": Const("page"),
                            "action": Const("delete", "publish", "unpublish", "move", "submit_translation")},
    "wagtailadmin_workflows:enable": {"pk": ("workflow",)},
    "wagtailadmin_workflows:edit_task": {"pk": ("task",)},
    "wagtailadmin_workflows:enable_task": {"pk": ("task",)},
    "wagtailadmin_workflows:add_task": {"app_label": Const("tenancy"), "model_name": Const("publisherapprovaltask")},
    "wagtailadmin_workflows:usage": {"pk": ("workflow",)},
    "wagtailadmin_workflows:usage_results": {"pk": ("workflow",)},
    "wagtailadmin_editing_sessions:ping": {"app_label": Const("wagtailcore"), "model_name": Const("page"),
                                           "object_id": ("moderated_page",), "session_id": ("editing_session",)},
    "wagtailadmin_tag_model_autocomplete": {"app_name": Const("wagtaildocs"), "model_name": Const("document")},
    "wagtailsettings:edit": {"app_name": Const("tenancy"), "model_name": Const("authoritybranding"),
                             "pk": ("site",)},
    "wagtailsettings:preview_on_edit": {"app_name": Const("tenancy"), "model_name": Const("authoritybranding"),
                                        "pk": ("site",)},
    "wagtail_localize:submit_snippet_translation": {"app_label": Const("snippets"),
                                                    "model_name": Const("screeningword"),
                                                    "pk": ("screening_word",)},
    "wagtail_localize:snippets_api_listing": {"app_label": Const("snippets"), "model_name": Const("screeningword")},
    "wagtail_localize:snippets_api_detail": {"app_label": Const("snippets"), "model_name": Const("screeningword"),
                                             "pk": ("screening_word",)},
    "wagtaildocs_chooser:chosen": {"pk": ("document",)},
    "wagtailcore_authenticate_with_password": {"page_view_restriction_id": ("view_restriction",),
                                               "page_id": ("private_page",)},
    "ballots_ballot": {"page_id": ("ballot_page",)},
    "ballots_project_add": {"page_id": ("ballot_page",)},
    "ballots_paper": {"page_id": ("ballot_page",)},
    "ballots_project": {"page_id": ("ballot_page",), "project_id": ("ballot_project",)},
    "pages_budget_import": {"page_id": ("budget_page",)},
    "documents_poster": {"page_id": ("consultation", "draft_page")},
    "documents_layout_sample": {"layout_id": ("layout",), "format": Const("csv", "xlsx", "pdf")},
    "planning_forum_idea_edit": {"forum_id": ("forum",), "idea_id": ("forum_idea",)},
    "planning_forum_idea_remove": {"forum_id": ("forum",), "idea_id": ("forum_idea",)},
    "planning_progress_edit": {"project_id": ("plan_project",), "update_id": ("progress_update",)},
    "planning_progress_delete": {"project_id": ("plan_project",), "update_id": ("progress_update",)},
    "planning_plan_export": {"format": Const("csv", "xlsx", "pdf")},
    "tenancy_provision": {"pk": ("authority",)},
    "identity_standing_change": {"pk": ("standing",)},
    "identity_standing_revoke": {"pk": ("standing",)},
    "identity:decide_proposal": {"pk": ("proposal",)},
    "admin:app_list": {"app_label": Const("auth", "wagtailimages")},
    "admin:view_on_site": {"object_id": ("draft_page",)},
    "wagtaildocs_serve": {"_0": ("document",), "_1": Const("minutes.txt")},
    "wagtail_serve": {"_0": ("page_paths",)},
}

# Models of views whose objects are shared by every LAO, beside world.SHARED: their first row.
SHARED_OBJECTS = {"wagtailcore.Page"}


def _values(filler, lao, world):
    if isinstance(filler, Const):
        return list(filler.values)
    if callable(filler):
        return list(filler(lao, world) if getattr(filler, "takes_world", False) else filler(lao))
    values = []
    for name in filler:
        value = lao.objects[name]
        values.extend(value if isinstance(value, list) else [getattr(value, "pk", value)])
    return values


def filler_for(route, param):
    """The declaration that fills ``param`` of ``route``; raises UnfillableRoute when there is none."""
    declared = BY_ROUTE.get(route.name, {})
    if param in declared:
        return declared[param]
    if param in BY_PARAM:
        return BY_PARAM[param]
    if param in ("pk", "object_id"):
        model = route.view_model()
        if model is not None:
            return _by_model(model)
    raise UnfillableRoute(
        f"The isolation matrix cannot fill parameter '{param}' of route {route.label}: say which objects "
        f"fill it in tests/isolation/fillers.py (BY_ROUTE['{route.name}'] or BY_PARAM['{param}'])."
    )


MISSING_ID = 987654321  # no row has it: a shared model's view is tried with an id that does not exist


def _by_model(model):
    """The LAO's first row of the model the view is for; a shared model's first row."""

    def objects(lao, world):
        from tests.isolation.world import SHARED

        table = model._meta.db_table
        own = sorted(lao.rows.get(table, ()), key=_natural)
        if own:
            return [own[0]]
        if model._meta.label in SHARED or model._meta.label in SHARED_OBJECTS:
            first = model._base_manager.order_by("pk").values_list("pk", flat=True).first()
            return [first if first is not None else MISSING_ID]
        return []

    objects.takes_world = True
    return objects


def _natural(pk):
    return (len(pk), pk)


def plan(route):
    """The parameters' fillers of a route, checked: every parameter has one."""
    return {param: filler_for(route, param) for param in route.params}


def variants(route, world):
    """The parameter values to try: every object from B; then, one from B and the rest from A."""
    fillers = plan(route)
    if not fillers:
        return [{}]
    b = {p: _values(f, world.b, world) for p, f in fillers.items()}
    if any(not v for v in b.values()):
        empty = [p for p, v in b.items() if not v]
        raise UnfillableRoute(
            f"Route {route.label}: LAO B has no object for parameter(s) {', '.join(empty)}: add one to the "
            f"world (tests/isolation/world.py) or fill it otherwise in tests/isolation/fillers.py."
        )
    first = {p: v[0] for p, v in b.items()}
    found = [first]
    for p, values in b.items():
        for value in values[1:]:
            found.append({**first, p: value})
    objects = [p for p, f in fillers.items() if not isinstance(f, Const)]
    if len(objects) >= 2:
        a = {p: _values(f, world.a, world) for p, f in fillers.items()}
        for p in objects:
            mixed = {q: (b[q][0] if q == p else a[q][0]) for q in fillers}
            found.append(mixed)
    unique = []
    for values in found:
        if values not in unique:
            unique.append(values)
    return unique


def query_string(world):
    """Query parameters the portal's and Wagtail's views read, each given B's value."""
    b = world.b.objects
    pairs = [
        ("lao", world.b.authority.dla_code), ("authority", world.b.authority.pk),
        ("consultation", b["consultation"].pk), ("idea", b["published_idea"].pk), ("idea", b["submitted_idea"].pk),
        ("ballot_project", b["ballot_project"].pk), ("id", b["draft_page"].pk), ("id", b["moderated_page"].pk),
        ("collection_id", b["collection"].pk), ("village", b["village"].pk), ("show", "all"),
        ("parent", b["home"].pk), ("q", world.b.search_word), ("page_type", "wagtailcore.page"),
        ("province", world.b.authority.province_id), ("state", "submitted"), ("year", b["plan_project"].first_year),
    ]
    from urllib.parse import urlencode

    return urlencode(pairs)
