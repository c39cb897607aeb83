"""The data a browser would send with a page's form: what the matrix posts as another LAO's user.

A DLA superuser (who may see every form) opens the URL; the first form that posts back to it is
read as a browser reads it, with every checkbox ticked and every select's first choice taken, so
a replayed ``POST`` asks for as much as the form offers (wagtail-localize's "translate to every
language", a page's every field, a deletion's confirmation).
"""

from html.parser import HTMLParser
from urllib.parse import urlsplit


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []  # (action, method, [(name, value)])
        self._form = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = (a.get("action") or "", (a.get("method") or "get").lower(), [])
            self.forms.append(self._form)
            return
        if self._form is None:
            return
        fields = self._form[2]
        name = a.get("name")
        if tag == "input" and name:
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio"):
                if kind == "radio" and any(n == name for n, _ in fields):
                    return
                fields.append((name, a.get("value", "on")))
            else:
                fields.append((name, a.get("value", "")))
        elif tag == "select" and name:
            self._select = [name, None, "selected" in a]
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            if self._select[1] is None and value or "selected" in a:
                self._select[1] = value
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select" and self._select is not None and self._form is not None:
            if self._select[1] is not None:
                self._form[2].append((self._select[0], self._select[1]))
            self._select = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            self._form[2].append(tuple(self._textarea))
            self._textarea = None


def form_data(html, url):
    """The fields of the first form of ``html`` that posts to ``url`` (or to itself), or None."""
    parser = _Forms()
    try:
        parser.feed(html)
    except Exception:
        return None
    path = urlsplit(url).path
    for action, method, fields in parser.forms:
        if method == "post" and (not action or urlsplit(action).path == path):
            data = {}
            for name, value in fields:
                data.setdefault(name, []).append(value)
            return data
    return None
