"""Consultation fixtures (shared with tests/consultations) and readers for the documents' files."""

import io
import re
from pathlib import Path

import pypdf
import pytest

from tests.consultations.conftest import citizen, make_consultation, make_standing, today  # noqa: F401

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "documents"


def pdf_pages_text(content):
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages]


def comparable(text):
    """Text as compared with a PDF's text layer: without spaces and line breaks, SARA AM as SARA AA.

    Sarabun draws ำ as NIKHAHIT + SARA AA, and a PDF's ToUnicode map gives one text per glyph,
    so extracted text reads า where the page shows ำ (and a reader may insert spaces between
    glyph runs). The drawing is right; only the text layer is lossy there.
    """
    return re.sub(r"\s+", "", text).replace("ำ", "า").replace("\u0e4d", "")


def save_artifact(name, content):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / name).write_bytes(content)


@pytest.fixture
def english():
    from django.utils import translation

    with translation.override("en"):
        yield
