"""Every route the portal serves, read from the URL resolver and the routable pages.

Nothing here is a list of views: the Wagtail admin (with every app's ``register_admin_urls``
hook, wagtail-localize's included), the Django admin, allauth, the public pages and each
routable page type's own routes are all found by walking the resolvers. A route's parameters
are its converters' names (or ``_0``, ``_1``... for unnamed regex groups); building a URL puts
values in their place and checks that the URL resolves back to the same view.
"""

import re
from dataclasses import dataclass

from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

_ROUTE_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


@dataclass(frozen=True)
class Route:
    name: str  # the URL name with its namespaces ("" when unnamed)
    pattern: str  # the whole pattern, as text
    params: tuple  # parameter names, in order
    area: str  # "admin", "django-admin", "public" or "page" (a routable page's own route)
    chain: tuple  # the pattern objects from the root resolver down
    callback: object
    page_model: type = None  # for "page" routes

    @property
    def label(self):
        return f"{self.name or '(unnamed)'} [{self.pattern}]"

    @property
    def i18n(self):
        return any(isinstance(p, LocalePrefixPattern) for p in self.chain)

    def view_model(self):
        """The model a class-based view (or a Django admin view) is for, when it says."""
        model_admin = getattr(self.callback, "model_admin", None)
        if model_admin is not None:
            return model_admin.model
        view_class = getattr(self.callback, "view_class", None)
        initkwargs = getattr(self.callback, "view_initkwargs", {}) or {}
        model = initkwargs.get("model") or (getattr(view_class, "model", None) if view_class else None)
        return model if isinstance(model, type) else None

    def build(self, values, language="th"):
        """The URL path for ``values`` (parameter name -> value)."""
        parts = []
        for pattern in self.chain:
            if isinstance(pattern, LocalePrefixPattern):
                parts.append("" if language == "th" else f"{language}/")
            elif isinstance(pattern, RoutePattern):
                parts.append(_fill_route(pattern, values))
            elif isinstance(pattern, RegexPattern):
                parts.append(_fill_regex(str(pattern), values, self._positional_offset(pattern)))
        return "/" + "".join(parts)

    def _positional_offset(self, pattern):
        offset = 0
        for p in self.chain:
            if p is pattern:
                return offset
            if isinstance(p, RegexPattern):
                offset += len(_unnamed_groups(str(p)))
        return offset


def _fill_route(pattern, values):
    def value(match):
        name = match.group("name")
        converter = pattern.converters[name]
        return str(converter.to_url(values[name]))

    return _ROUTE_PARAM.sub(value, str(pattern))


def _top_level_groups(regex):
    """(start, end, name) of each top-level group; name None for an unnamed capturing group."""
    groups, depth, start, i = [], 0, None, 0
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character class: parentheses inside are literal
            i = regex.index("]", i + 2 if regex[i + 1: i + 2] == "]" else i + 1) + 1
            continue
        if c == "(":
            if depth == 0:
                start = i
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                text = regex[start: i + 1]
                named = re.match(r"\(\?P<(\w+)>", text)
                if named:
                    groups.append((start, i + 1, named.group(1)))
                elif not text.startswith("(?"):
                    groups.append((start, i + 1, None))
        i += 1
    return groups


def _unnamed_groups(regex):
    return [g for g in _top_level_groups(regex) if g[2] is None]


def _fill_regex(regex, values, offset):
    out, last, positional = [], 0, offset
    for start, end, name in _top_level_groups(regex):
        out.append(regex[last:start])
        if name is None:
            name = f"_{positional}"
            positional += 1
        out.append(str(values[name]))
        last = end
    out.append(regex[last:])
    text = "".join(out)
    text = text.removeprefix("^").removesuffix("$").replace("\\Z", "")
    return re.sub(r"\\(.)", r"\1", text)


def _params_of(chain):
    names, positional = [], 0
    for pattern in chain:
        if isinstance(pattern, RoutePattern):
            names += [m.group("name") for m in _ROUTE_PARAM.finditer(str(pattern))]
        elif isinstance(pattern, RegexPattern):
            for _start, _end, name in _top_level_groups(str(pattern)):
                if name is None:
                    name = f"_{positional}"
                    positional += 1
                names.append(name)
    return tuple(names)


def _walk(resolver, chain=(), namespace=""):
    for entry in resolver.url_patterns:
        here = chain + (entry.pattern,)
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from _walk(entry, here, inner)
        elif isinstance(entry, URLPattern):
            name = entry.name or ""
            if name and namespace:
                name = f"{namespace}:{name}"
            yield here, name, entry.callback


def _area(pattern_text):
    if pattern_text.startswith("admin/"):
        return "admin"
    if pattern_text.startswith("django-admin/"):
        return "django-admin"
    return "public"


def all_routes(urlconf=None):
    """Every route of the URL configuration, then every routable page type's own routes."""
    routes = []
    for chain, name, callback in _walk(get_resolver(urlconf)):
        text = "".join("" if isinstance(p, LocalePrefixPattern) else str(p) for p in chain)
        routes.append(Route(name=name, pattern=text, params=_params_of(chain), area=_area(text),
                            chain=chain, callback=callback))
    if urlconf is None:
        for model in get_page_models():
            if issubclass(model, RoutablePageMixin) and "get_subpage_urls" in dir(model):
                for entry in model.get_subpage_urls():
                    chain = (entry.pattern,)
                    routes.append(Route(
                        name=f"{model._meta.label}:{entry.name}", pattern=str(entry.pattern),
                        params=_params_of(chain), area="page", chain=chain, callback=entry.callback,
                        page_model=model,
                    ))
    return routes


def resolve_path(path, language="th"):
    """The match of ``path``, resolved as a request in ``language`` is (LocaleMiddleware activates
    the path's language first: ``/en/...`` resolves only in English, a Thai path only in Thai), or
    None. The language is set here, not left to chance: the last request's language stays active
    in the thread after it."""
    with translation.override(language):
        try:
            return resolve(path.split("?")[0])
        except Resolver404:
            return None


def answered_by(route, match):
    return match is not None and (match.func is route.callback
                                  or getattr(match.func, "__wrapped__", None) is route.callback)


def resolves_to(route, path, language="th"):
    """Whether ``path`` resolves to the route's own view (a check of ``Route.build``)."""
    if route.area == "page":
        return True  # checked against the page's own resolver by the caller
    return answered_by(route, resolve_path(path, language))
