"""The isolation matrix: every route × every role of LAO A × LAO B's objects, on three hosts.

0 leaks, 0 writes into B and 0 server errors, over the routes the URL resolver and the routable
pages declare (docs/security.md gives the figures).
"""

import os
import time

from django.conf import settings

import pytest

from tests.isolation.matrix import Matrix
from tests.isolation.routes import all_routes

pytestmark = [pytest.mark.django_db, pytest.mark.isolation]

ROLES = ["editors", "approvers", "moderators", "officers", "citizen", "anonymous"]
ALL_AREAS = ("admin", "django-admin", "public", "page")
# host -> (areas tried, areas where B's public markers may be shown)
HOSTS = {
    "lao-a": (ALL_AREAS, ()),
    "central": (ALL_AREAS, ("public", "page")),
    "lao-b": (("admin", "django-admin"), ()),
}


def hostname(world, host):
    if host == "lao-a":
        return world.a.authority.site.hostname
    if host == "lao-b":
        return world.b.authority.site.hostname
    return settings.PORTAL_DOMAIN


@pytest.mark.parametrize("host", list(HOSTS))
@pytest.mark.parametrize("role", ROLES)
def test_nothing_of_another_lao_crosses(world, host, role):
    areas, public_allowed = HOSTS[host]
    started = time.monotonic()
    matrix = Matrix(world, world.detector, hostname(world, host), role, areas, public_allowed)
    report = matrix.run(all_routes())
    seconds = time.monotonic() - started
    print(f"\nisolation matrix {host} × {role}: {len(report.routes)} routes, {report.requests} requests, "
          f"{seconds:.1f} s, {len(report.findings)} findings")
    if os.environ.get("ISOLATION_FINDINGS"):  # a folder: write every finding there, one file per cell
        with open(os.path.join(os.environ["ISOLATION_FINDINGS"], f"{host}-{role}.txt"), "w") as out:
            out.write(f"{len(report.routes)} routes, {report.requests} requests, {seconds:.1f} s, "
                      f"{len(report.findings)} findings\n")
            out.write("".join(f"shadowed: {label}\n" for label in sorted(report.shadowed)))
            out.write("".join(f"form replayed: {url}\n" for url in sorted(report.replayed)))
            out.write("\n".join(str(f) for f in report.findings))
    assert not report.findings, "\n" + "\n".join(str(f) for f in report.findings[:60]) + (
        f"\n... and {len(report.findings) - 60} more" if len(report.findings) > 60 else "")
