"""Every content block renders its preview value with its own template and says what it is."""

import pytest
from bs4 import BeautifulSoup

from portal.pages.blocks import BODY_BLOCKS


@pytest.mark.django_db
@pytest.mark.parametrize("name, block", BODY_BLOCKS, ids=[name for name, _ in BODY_BLOCKS])
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
