"""Every content block renders its preview value with its own template and says what it is."""

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document

import pytest
from bs4 import BeautifulSoup

from portal.pages.blocks import BODY_BLOCKS, EVIDENCE_BLOCKS

ALL_BLOCKS = [(f"body-{name}", block) for name, block in BODY_BLOCKS] + [
    (f"evidence-{name}", block) for name, block in EVIDENCE_BLOCKS
]


@pytest.mark.django_db
@pytest.mark.parametrize("name, block", ALL_BLOCKS, ids=[name for name, _ in ALL_BLOCKS])
def test_block_renders_its_preview_value(name, block):
    assert block.meta.template, f"{name} has no template"
    assert str(block.meta.description), f"{name} has no description"
    value = block.get_preview_value()
    html = block.render(value)
    text = BeautifulSoup(html, "html.parser").get_text(" ", strip=True)
    assert text, f"{name} rendered nothing"
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in text), f"{name}'s preview is not in Thai"


@pytest.mark.django_db
def test_heading_levels():
    block = dict(BODY_BLOCKS)["heading"]
    html = block.render(block.to_python({"text": "งบประมาณ", "level": "h3"}))
    assert html.strip().startswith("<h3")


@pytest.mark.django_db
def test_figure_shows_number_unit_and_label():
    block = dict(EVIDENCE_BLOCKS)["figure"]
    html = block.render(block.to_python({"number": "12500.50", "unit": "บาท", "label": "ค่าซ่อมต่อปี"}))
    text = BeautifulSoup(html, "html.parser").get_text(" ", strip=True)
    assert text == "12,500.5 บาท ค่าซ่อมต่อปี"


@pytest.mark.django_db
def test_document_links_to_the_file(lao_a):
    document = Document.objects.create(
        title="ผลสำรวจ", file=SimpleUploadedFile("survey.pdf", b"%PDF-1.4 test"), collection=lao_a.collection
    )
    block = dict(EVIDENCE_BLOCKS)["document"]
    html = block.render(block.to_python({"document": document.pk, "description": "สำรวจเดือนพฤษภาคม"}))
    link = BeautifulSoup(html, "html.parser").find("a")
    assert link["href"] == document.url
    assert link.get_text() == "ผลสำรวจ"
    assert "PDF" in html
