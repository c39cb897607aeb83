"""The matrix covers every route from its first commit, and it can fail.

- Every route the resolver and the routable pages declare has a way to fill its parameters.
- A route added without one fails the matrix, with a message that names the route, the
  parameter and where to declare it.
- The matrix sees markers and writes where they are: LAO B's own staff, asked for B's objects,
  make it report leaks and writes (a check that would pass on nothing proves nothing).
"""

import types

from django.urls import include, path

import pytest

from tests.isolation.fillers import UnfillableRoute, plan, variants
from tests.isolation.matrix import Matrix
from tests.isolation.routes import all_routes, resolve_path, resolves_to


def test_every_route_says_how_to_fill_its_parameters():
    unfillable = []
    for route in all_routes():
        try:
            plan(route)
        except UnfillableRoute as error:
            unfillable.append(str(error))
    assert not unfillable, "\n".join(unfillable)


def test_the_walk_finds_library_and_portal_routes():
    names = {route.name for route in all_routes()}
    for expected in ("wagtail_localize:submit_page_translation", "wagtail_localize:update_translations",
                     "wagtailadmin_explore", "wagtailadmin_choose_page_child", "identity_verify_person",
                     "admin:auth_group_change", "wagtail_serve", "consultations.ConsultationPage:support_idea",
                     "planning_triage_idea"):
        assert expected in names


def _gadget(request, gadget_id):  # a view of a route nobody taught the matrix to fill
    raise AssertionError("never called")


def test_a_route_with_an_unknown_parameter_fails_with_a_clear_message():
    urlconf = types.ModuleType("gadget_urls")
    urlconf.urlpatterns = [path("admin/", include([path("gadgets/<int:gadget_id>/", _gadget, name="gadget")]))]
    (route,) = all_routes(urlconf)
    with pytest.raises(UnfillableRoute) as raised:
        plan(route)
    message = str(raised.value)
    assert "'gadget_id'" in message and "gadget [admin/gadgets/<int:gadget_id>/]" in message
    assert "tests/isolation/fillers.py" in message and "BY_ROUTE['gadget']" in message


@pytest.mark.django_db
@pytest.mark.isolation
def test_every_route_builds_a_url_that_resolves_back_to_it(world):
    wrong = []
    for route in all_routes():
        if route.area == "page":
            continue
        for values in variants(route, world):
            for language in ("th", "en") if route.i18n else ("th",):
                url = route.build(values, language)
                if not resolves_to(route, url, language) and not _shadowed(route, url, language):
                    wrong.append(f"{route.label}: {url}")
    assert not wrong, "\n".join(wrong)


def _shadowed(route, url, language):
    """Another route, listed before it, answers the URL (the portal's views at Wagtail's own
    addresses, its sign-in pages): the matrix tries that route, as its own."""
    match = resolve_path(url, language)
    if match is None:
        return False
    callbacks = [r.callback for r in all_routes()]
    return match.func in callbacks and callbacks.index(match.func) < callbacks.index(route.callback)


@pytest.mark.django_db
@pytest.mark.isolation
def test_the_matrix_reports_leaks_and_writes_where_there_are_some(world, monkeypatch):
    """B's own editor, as if they were of A: the matrix must see B's drafts and B's lock."""
    monkeypatch.setattr(world.a, "staff", world.b.staff)
    names = {"wagtailadmin_explore", "wagtailadmin_pages:lock", "wagtailadmin_pages:edit"}
    routes = [route for route in all_routes() if route.name in names]
    report = Matrix(world, world.detector, world.b.authority.site.hostname, "editors", ["admin"]).run(routes)
    kinds = {(finding.kind, finding.route.split(" ")[0]) for finding in report.findings}
    assert ("leak", "wagtailadmin_explore") in kinds
    assert ("leak", "wagtailadmin_pages:edit") in kinds
    assert ("write", "wagtailadmin_pages:lock") in kinds
    # Every request was rolled back: the world is as it was built.
    from wagtail.models import Page

    assert not Page.objects.filter(pk=world.b.objects["draft_page"].pk, locked=True).exists()
