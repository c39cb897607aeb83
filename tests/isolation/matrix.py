"""Run every route as one role of LAO A on one host, with LAO B's objects, and report what crossed.

For each route (``routes.all_routes``) and each way of filling its parameters
(``fillers.variants``), the role sends:

- a ``GET`` of the URL, and of the URL with the query parameters the views read, set to B's
  values (``fillers.query_string``);
- a ``POST`` of the URL with no data, and with those query parameters as the form's data.

Each request runs in a savepoint rolled back afterwards, and reports:

- a *leak*: a 2xx response whose text (HTML, JSON, CSV, the sheets of an XLSX, the text of a
  PDF) shows a marker of B that this host and route may not show (``allowed``);
- a *write*: a row of B changed or deleted, or a row added that points to one of B's rows or
  carries one of B's markers (``snapshot.ChangeDetector``);
- a *server error*: a 5xx answer or an exception.
"""

import io
import traceback
import zipfile
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl

from django.db import transaction
from django.test import Client, TestCase

from wagtail.models import Page

from tests.conftest import staff_login
from tests.isolation.fillers import query_string, variants
from tests.isolation.forms import form_data
from tests.isolation.routes import answered_by, resolve_path
from tests.isolation.world import MARKER_RE, page_tree_prefixes

# Tables a request may write whatever it asks: the session, a person's own profile row.
NOISE_TABLES = {"django_session"}


@dataclass
class Finding:
    kind: str  # "leak", "write", "error"
    route: str
    method: str
    url: str
    status: int
    detail: str

    def __str__(self):
        return f"{self.kind.upper()} {self.method} {self.url} -> {self.status} ({self.route}): {self.detail}"


@dataclass
class Report:
    host: str
    role: str
    requests: int = 0
    routes: set = field(default_factory=set)
    shadowed: set = field(default_factory=set)
    replayed: set = field(default_factory=set)  # URLs whose owner's form was posted back
    findings: list = field(default_factory=list)


def client_for(world, role):
    """A signed-in client of LAO A in ``role`` ("citizen", "anonymous" or a staff group)."""
    client = Client()
    if role == "anonymous":
        return client
    if role == "citizen":
        client.force_login(world.a.citizen)
        return client
    return staff_login(client, world.a.staff[role])


def response_text(response):
    """What a person would read in the response, whatever its format."""
    if getattr(response, "streaming", False):
        data = b"".join(response.streaming_content)
    else:
        data = response.content
    kind = response.get("Content-Type", "").split(";")[0].strip()
    if kind.endswith("spreadsheetml.sheet") or data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
                                 if name.endswith(".xml"))
        except zipfile.BadZipFile:
            pass
    if kind == "application/pdf" or data[:5] == b"%PDF-":
        from pypdf import PdfReader

        try:
            return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
        except Exception:  # not a PDF the reader understands: read its bytes
            return data.decode("latin-1")
    if kind.startswith("image/"):
        return ""
    return data.decode("utf-8", "replace")


class Matrix:
    def __init__(self, world, detector, host, role, areas, public_allowed_areas=()):
        self.world = world
        self.detector = detector
        self.host = host
        self.role = role
        self.areas = set(areas)
        self.public_allowed = set(public_allowed_areas)
        self.client = client_for(world, role)
        self.cookies = SimpleCookie(self.client.cookies.output(header="", sep="\n"))
        self.query = query_string(world)
        self.b_prefixes = page_tree_prefixes(world.b.authority)
        self.report = Report(host=host, role=role)

    # ------------------------------------------------------------ URLs

    def urls(self, route):
        """(method, url, data) of every request the route gets."""
        for values in variants(route, self.world):
            for language in (("th", "en") if route.i18n or route.area == "page" else ("th",)):
                for path in self._paths(route, values, language):
                    if route.area != "page":
                        match = resolve_path(path, language)
                        if match is None:  # a fault of the matrix's own, never skipped in silence
                            self.report.findings.append(Finding(
                                "error", route.label, "GET", path, 0, "the URL built for the route does not resolve"))
                            continue
                        if not answered_by(route, match):
                            self.report.shadowed.add(route.label)  # another route answers first: tried as it
                            continue
                    yield "GET", path, None
                    yield "GET", f"{path}?{self.query}", None
                    yield "POST", path, {}
                    yield "POST", path, dict(parse_qsl(self.query))
                    replay = self.owners_form(path)
                    if replay:
                        self.report.replayed.add(path)
                        yield "POST", path, replay

    def owners_form(self, path):
        """The form a DLA superuser is shown at ``path`` on this host (cached for the world)."""
        cache = self.world.__dict__.setdefault("forms", {})
        key = (self.host, path)
        if key not in cache:
            client = self.world.superuser_client
            # The sign-in as it was: a GET that signs out (allauth's logout page, say) drops the
            # session cookie although the database is rolled back.
            client.cookies = SimpleCookie(self.world.superuser_cookies)
            data = None
            with transaction.atomic():
                try:
                    with TestCase.captureOnCommitCallbacks(execute=False):
                        response = client.get(path, HTTP_HOST=self.host)
                    if response.status_code == 200 and "html" in response.get("Content-Type", ""):
                        data = form_data(response.content.decode("utf-8", "replace"), path)
                except Exception:
                    response, data = None, None
                transaction.set_rollback(True)
            if response is not None and not response.wsgi_request.user.is_authenticated:
                raise AssertionError(f"The matrix's superuser was not signed in at {path}: their forms would be "
                                     "a visitor's. Is their session one a test rolled back?")
            cache[key] = data
        return cache[key]

    def _paths(self, route, values, language):
        if route.area != "page":
            yield route.build(values, language)
            return
        # A routable page's own route, under the host's own consultation and under B's.
        sub = route.build(values, language).lstrip("/")
        for page in self._consultations(language):
            yield f"{page}{sub}"

    def _consultations(self, language):
        """URL paths of the host's consultation (when it has one) and of B's, on this host."""
        prefix = "" if language == "th" else f"/{language}"
        pages = []
        for lao in (self.world.a, self.world.b):
            page = lao.objects["consultation"]
            home = lao.objects["home"]
            path = page.url_path[len(home.url_path):]
            pages.append(f"{prefix}/{path}")
        return list(dict.fromkeys(pages))

    # ------------------------------------------------------------ requests

    def run(self, routes):
        import logging

        quiet = logging.getLogger("django.request"), logging.getLogger("django.server")
        levels = [logger.level for logger in quiet]
        for logger in quiet:
            logger.setLevel(logging.CRITICAL)  # every refusal is logged as a warning: thousands
        try:
            return self._run(routes)
        finally:
            for logger, level in zip(quiet, levels, strict=True):
                logger.setLevel(level)

    def _run(self, routes):
        for route in routes:
            if route.area not in self.areas:
                continue
            for method, url, data in self.urls(route):
                self.report.routes.add(route.label)
                self.probe(route, method, url, data)
        return self.report

    def probe(self, route, method, url, data):
        self.report.requests += 1
        self.client.cookies = SimpleCookie(self.cookies.output(header="", sep="\n"))
        findings = []
        with transaction.atomic():
            try:
                before = self.detector.counters()
                with TestCase.captureOnCommitCallbacks(execute=True):
                    if method == "GET":
                        response = self.client.get(url, HTTP_HOST=self.host)
                    else:
                        response = self.client.post(url, data or {}, HTTP_HOST=self.host)
                status = response.status_code
                text = response_text(response) if 200 <= status < 300 else ""
                after = self.detector.counters()
                changes = self.detector.changes(self.detector.written_tables(before, after))
            except Exception as error:
                where = traceback.extract_tb(error.__traceback__)[-1]
                findings.append(Finding("error", route.label, method, url, 500,
                                        f"{type(error).__name__}: {error} at {where.filename}:{where.lineno}"))
                changes, text, status = [], "", 0
            transaction.set_rollback(True)
        if status >= 500:
            findings.append(Finding("error", route.label, method, url, status, "server error"))
        if text:
            sent = set(MARKER_RE.findall(url + repr(data)))
            private_only = route.area in self.public_allowed
            shown = {n: m for n, m in self.world.markers_in(text, private_only=private_only).items()
                     if str(n) not in sent}
            if shown:
                sample = sorted(shown.items())[:4]
                detail = "; ".join(f"ZQB{n}Q = {m.label} #{m.pk}.{m.field}" for n, m in sample)
                findings.append(Finding("leak", route.label, method, url, status, f"{len(shown)} marker(s): {detail}"))
        crossed = [c for c in changes if self.touches_b(c)]
        if crossed:
            detail = "; ".join(f"{c.kind} {c.table} #{c.pk}" for c in crossed[:4])
            findings.append(Finding("write", route.label, method, url, status, detail))
        if changes and not crossed:
            pass  # A's own rows or new rows of A: allowed
        if changes:
            from django.core.cache import cache

            cache.clear()  # the cache may hold what the rolled-back request wrote
        self.report.findings.extend(findings)

    # ------------------------------------------------------------ writes

    def touches_b(self, change):
        rows = self.world.b.rows
        if change.table in NOISE_TABLES:
            return False
        if change.kind in ("update", "delete"):
            return change.pk in rows.get(change.table, ())
        model = self.detector.models[change.table]
        values = change.values()
        for f in model._meta.local_concrete_fields:
            if f.is_relation and f.related_model is not None:
                value = values.get(f.column)
                if value is not None and str(value) in rows.get(f.related_model._meta.db_table, ()):
                    return True
        target = _generic_target(model, values)
        if target is not None and target[1] in rows.get(target[0], ()):
            return True
        if any(isinstance(v, str) and MARKER_RE.search(v) for v in values.values()):
            return True
        if model is Page or change.table == Page._meta.db_table:
            path = values.get("path", "")
            return any(path.startswith(prefix) for prefix in self.b_prefixes)
        return False


def _generic_target(model, values):
    """(table, pk) of a generic foreign key (content type + object id), when the row has one."""
    from django.contrib.contenttypes.models import ContentType

    for ct_column, id_column in (("content_type_id", "object_id"), ("base_content_type_id", "object_id"),
                                 ("content_type_id", "object_pk")):
        if values.get(ct_column) and values.get(id_column) not in (None, ""):
            ct = ContentType.objects.get_for_id(values[ct_column])
            target = ct.model_class()
            if target is not None:
                return target._meta.db_table, str(values[id_column])
    return None

