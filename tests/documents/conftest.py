"""Consultation fixtures (shared with tests/consultations) and readers for the documents' files."""

import io
import re
from pathlib import Path

import pypdf
import pytest

from tests.consultations.conftest import make_consultation, today  # noqa: F401  (fixtures)

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "documents"


def pdf_pages_text(content):
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages]


# A tone mark before SARA AM, SARA AM, or a lone NIKHAHIT.
SARA_AM = re.compile("[\u0e48-\u0e4b]?\u0e33")
NIKHAHIT = re.compile("[\u0e48-\u0e4b]?\u0e4d")


def comparable(text):
    """Text as compared with a PDF's text layer: without white space, SARA AM (and a tone mark on it) as SARA AA.

    Sarabun draws ำ as NIKHAHIT + SARA AA, and a tone mark over it as one glyph with the
    NIKHAHIT; a PDF's ToUnicode map gives one text per glyph, so the text layer reads นา where
    the page shows น้ำ (and a reader may insert spaces between glyph runs). The drawing is right
    (see docs/documents.md); only copying text out of the PDF loses those marks.
    """
    text = re.sub(r"\s+", "", text)
    return NIKHAHIT.sub("", SARA_AM.sub("\u0e32", text))


def save_artifact(name, content):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / name).write_bytes(content)


@pytest.fixture
def english():
    from django.utils import translation

    with translation.override("en"):
        yield
