"""PDF from HTML with WeasyPrint, the Sarabun font embedded, and nothing fetched from outside.

WeasyPrint lays text out with Pango and HarfBuzz, which shape Thai properly (tone marks and
vowels stacked in place) and break Thai lines between words. The font files are the full
Sarabun TTFs in ``fonts/`` (SIL OFL 1.1, see ``fonts/OFL.txt``); WeasyPrint embeds the glyphs
a document uses. Resources may only be those font files and ``data:`` URIs (the QR code, a
logo read from storage): anything else a template might name is refused, so no document
reaches the network or the file system.
"""

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_FAMILY = "Sarabun"
FONT_FILES = {400: "Sarabun-Regular.ttf", 700: "Sarabun-Bold.ttf"}

FONT_CSS = "\n".join(
    f'@font-face {{ font-family: "{FONT_FAMILY}"; font-weight: {weight}; font-style: normal; src: url("{name}"); }}'
    for weight, name in FONT_FILES.items()
)


def _url_fetcher():
    from weasyprint.urls import URLFetcher

    allowed_files = {(FONT_DIR / name).as_uri() for name in FONT_FILES.values()}

    class DocumentURLFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:") or url in allowed_files:
                return super().fetch(url, headers)
            raise ValueError(f"Documents load nothing from outside: {url[:80]}")

    return DocumentURLFetcher()


def css_string(text):
    """``text`` as a CSS string literal (for ``content:`` in page margins), safe inside ``<style>``."""
    escaped = "".join(
        f"\\{ord(char):x} " if char in '"\\<>\n\r' else char for char in str(text)
    )
    return f'"{escaped}"'


def html_to_pdf(html):
    """The PDF of ``html`` (a full document whose CSS may use ``font-family: Sarabun``)."""
    # Imported here: WeasyPrint loads Pango when imported, which only document requests need.
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    base_url = FONT_DIR.as_uri() + "/"
    fetcher = _url_fetcher()
    font_config = FontConfiguration()
    fonts = CSS(string=FONT_CSS, base_url=base_url, url_fetcher=fetcher, font_config=font_config)
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[fonts], font_config=font_config)
