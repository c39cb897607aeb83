"""File responses with a filename every browser understands, Thai included (RFC 6266 and RFC 5987)."""

from urllib.parse import quote

from django.http import HttpResponse
from django.utils.text import slugify

from anyascii import anyascii


def content_disposition(filename, inline=False):
    """``attachment; filename="..."; filename*=UTF-8''...``: an ASCII name for old clients, the real one for the rest.

    >>> content_disposition("แผน ผ02.pdf")
    'attachment; filename="aephn-ph02.pdf"; filename*=UTF-8\\'\\'%E0%B9%81%E0%B8%9C%E0%B8%99%20%E0%B8%9C02.pdf'
    """
    stem, dot, extension = filename.rpartition(".")
    if not dot:
        stem, extension = filename, ""
    fallback = slugify(anyascii(stem)) or "document"
    if extension:
        fallback = f"{fallback}.{slugify(anyascii(extension)) or 'bin'}"
    disposition = "inline" if inline else "attachment"
    header = f'{disposition}; filename="{fallback}"'
    if filename != fallback:
        header += f"; filename*=UTF-8''{quote(filename, safe='')}"
    return header


def file_response(content, filename, content_type, inline=False):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition(filename, inline=inline)
    response["Content-Length"] = str(len(content))
    return response
