"""A budget summary renders on its LAO's site: Thai amounts, shares, change from last year, chart."""

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from portal.pages.demo import create_demo_budget_summaries
from portal.pages.models import BudgetSummaryPage
from tests.conftest import host_of, staff_login

ROADS = "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"
WELFARE = "ยุทธศาสตร์การพัฒนาคุณภาพชีวิต"
ECONOMY = "ยุทธศาสตร์การพัฒนาเศรษฐกิจ"
TOURISM = "ยุทธศาสตร์การท่องเที่ยว"


def get(client, authority, page):
    response = client.get(page.url, HTTP_HOST=host_of(authority))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def row_cells(table, header_text):
    """The cells of the row whose header reads ``header_text``."""
    for header in table.select("tr > th[scope=row]"):
        if header.get_text(" ", strip=True) == header_text:
            return [cell.get_text(" ", strip=True) for cell in header.find_parent("tr").find_all("td")]
    raise AssertionError(f"no row {header_text!r}")


@pytest.mark.django_db
def test_renders_amounts_shares_and_fiscal_year_in_thai(lao_a, make_budget, client):
    page = make_budget(2570, [(ROADS, "รางระบายน้ำหมู่ที่ 3", 1_250_000), (WELFARE, "เบี้ยยังชีพผู้สูงอายุ", 3_750_000)])

    soup = get(client, lao_a, page)

    assert soup.html["lang"] == "th"
    text = soup.main.get_text(" ", strip=True)
    assert "ปีงบประมาณ 2570" in text
    assert "5,000,000 บาท" in text
    lines = soup.select_one("table.budget-table--lines")
    assert row_cells(lines, "รางระบายน้ำหมู่ที่ 3")[:2] == ["1,250,000 บาท", "25.0 %"]
    assert row_cells(lines, "เบี้ยยังชีพผู้สูงอายุ")[:2] == ["3,750,000 บาท", "75.0 %"]
    assert row_cells(lines, f"รวม {ROADS}")[:2] == ["1,250,000 บาท", "25.0 %"]
    # No previous year: no change column.
    assert len(soup.select_one("table.budget-table").select("thead th")) == 3


@pytest.mark.django_db
def test_tables_are_accessible_and_scroll_inside_a_labelled_region(lao_a, make_budget, client):
    page = make_budget(2570, [(ROADS, "ถนน", 100), (WELFARE, "เบี้ยยังชีพ", 300)])

    soup = get(client, lao_a, page)

    tables = soup.select("table")
    assert len(tables) == 2
    for table in tables:
        assert table.caption.get_text(strip=True)
        assert all(th.get("scope") in ("col", "row", "rowgroup") for th in table.find_all("th"))
        region = table.find_parent("div", class_="table-scroll")
        assert region["tabindex"] == "0" and region["role"] == "region"
        assert region["aria-labelledby"] == table.caption["id"]
    groups = [th.get_text(strip=True) for th in soup.select("th[scope=rowgroup]")]
    assert groups == [ROADS, WELFARE]


@pytest.mark.django_db
def test_change_from_the_previous_year_per_group(lao_a, lao_b, make_budget, client):
    make_budget(2569, [(ROADS, "ถนน", 1_000_000), (WELFARE, "เบี้ยยังชีพ", 2_000_000), (TOURISM, "งานประเพณี", 500_000)])
    # Another LAO's 2569 and a draft 2569 in the same tree are not "the previous year".
    make_budget(2569, [(ROADS, "ถนน", 9_000_000)], authority=lao_b)
    page = make_budget(2570, [(ROADS, "ถนน", 1_250_000), (WELFARE, "เบี้ยยังชีพ", 1_500_000), (ECONOMY, "อาชีพ", 250_000)])

    soup = get(client, lao_a, page)

    summary = soup.select_one("table.budget-table")
    headers = [th.get_text(" ", strip=True) for th in summary.select("thead th")]
    assert headers[3] == "ปีงบประมาณ 2569"
    assert row_cells(summary, ROADS) == ["1,250,000 บาท", "41.7 %", "1,000,000 บาท", "+250,000 บาท (+25.0 %)"]
    assert row_cells(summary, WELFARE) == ["1,500,000 บาท", "50.0 %", "2,000,000 บาท", "−500,000 บาท (−25.0 %)"]
    assert row_cells(summary, ECONOMY)[2:] == ["0 บาท", "+250,000 บาท (ใหม่)"]
    # A strategy funded last year and not this year shows its cut.
    assert row_cells(summary, TOURISM) == ["0 บาท", "0.0 %", "500,000 บาท", "−500,000 บาท (−100.0 %)"]
    assert row_cells(summary, "รวม") == ["3,000,000 บาท", "100.0 %", "3,500,000 บาท", "−500,000 บาท (−14.3 %)"]


@pytest.mark.django_db
def test_the_previous_year_must_be_live(lao_a, make_budget, client):
    previous = make_budget(2569, [(ROADS, "ถนน", 1_000_000)])
    previous.unpublish()
    page = make_budget(2570, [(ROADS, "ถนน", 1_250_000)])

    soup = get(client, lao_a, page)

    assert len(soup.select_one("table.budget-table").select("thead th")) == 3


@pytest.mark.django_db
def test_chart_is_an_accessible_svg(lao_a, make_budget, client):
    page = make_budget(2570, [(ROADS, "ถนน", 1_250_000), (WELFARE, "เบี้ยยังชีพ", 3_750_000)])

    soup = get(client, lao_a, page)

    svg = soup.find("svg")
    assert svg["role"] == "img"
    title_id, desc_id = svg["aria-labelledby"].split()
    assert svg.find("title", id=title_id).get_text() == "งบประมาณตามยุทธศาสตร์ ปีงบประมาณ 2570"
    description = svg.find("desc", id=desc_id).get_text()
    assert f"{ROADS}: 1,250,000 บาท (25.0 %)" in description
    labels = [text.get_text() for text in svg.find_all("text")]
    assert ROADS in labels and "3,750,000 บาท (75.0 %)" in labels
    widths = [float(rect["width"]) for rect in svg.find_all("rect")]
    assert widths == [pytest.approx(170 / 3, abs=0.1), 170.0]
    assert not soup.find("script")


@pytest.mark.django_db
def test_demo_budgets_render_with_change_from_2569(lao_a, client):
    budget_2569, budget_2570 = create_demo_budget_summaries(lao_a)
    assert [budget_2569.fiscal_year, budget_2570.fiscal_year] == [2569, 2570]
    assert create_demo_budget_summaries(lao_a)[1].pk == budget_2570.pk  # idempotent
    assert 10 <= budget_2570.budget_lines.count() <= 16

    soup = get(client, lao_a, budget_2570)

    text = soup.main.get_text(" ", strip=True)
    assert "1,250,000 บาท" in text
    assert "ปีงบประมาณ 2569" in text


@pytest.mark.django_db
@pytest.mark.parametrize("year", [2026, 2499, 2701])
def test_fiscal_year_is_a_sensible_be_year(lao_a, year):
    page = BudgetSummaryPage(title="งบประมาณ", slug="budget", fiscal_year=year)
    lao_a.home_page.specific.add_child(instance=BudgetSummaryPage(title="x", slug="x", fiscal_year=2570))
    page.path, page.depth = "", 3
    with pytest.raises(ValidationError) as refused:
        page.full_clean(exclude=["path", "depth"])
    assert "fiscal_year" in refused.value.message_dict


@pytest.mark.django_db
def test_admin_refuses_a_second_summary_of_the_same_year(lao_a, make_budget, make_member, client):
    make_budget(2570, [(ROADS, "ถนน", 100)])
    staff_login(client, make_member(lao_a, "editors"))
    add_url = reverse("wagtailadmin_pages:add", args=["pages", "budgetsummarypage", lao_a.home_page_id])
    post = {
        "title": "งบประมาณ 2570 (ซ้ำ)", "slug": "budget-2570-again", "fiscal_year": "2570", "intro": "",
        "budget_lines-TOTAL_FORMS": "1", "budget_lines-INITIAL_FORMS": "0",
        "budget_lines-MIN_NUM_FORMS": "0", "budget_lines-MAX_NUM_FORMS": "1000",
        "budget_lines-0-group": ROADS, "budget_lines-0-item": "ถนน", "budget_lines-0-amount": "100",
        "budget_lines-0-note": "", "budget_lines-0-ORDER": "1", "budget_lines-0-id": "",
    }

    response = client.post(add_url, post)
    assert response.status_code == 200
    assert "อปท. นี้มีสรุปงบประมาณของปีงบประมาณ 2570 อยู่แล้ว" in response.content.decode()

    post.update({"fiscal_year": "2571", "slug": "budget-2571", "budget_lines-0-amount": "-5"})
    response = client.post(add_url, post)
    assert response.status_code == 200  # a negative amount is refused too
    assert not BudgetSummaryPage.objects.filter(slug="budget-2571").exists()

    post["budget_lines-0-amount"] = "1250000"
    response = client.post(add_url, post)
    assert response.status_code == 302
    assert BudgetSummaryPage.objects.get(slug="budget-2571").budget_lines.get().amount == 1_250_000


@pytest.mark.django_db
def test_english_translation_shows_gregorian_fiscal_years(lao_a, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        budget_2570 = create_demo_budget_summaries(lao_a)[1]
    english = budget_2570.get_translations().get().specific

    soup = get(client, lao_a, english)

    assert soup.html["lang"] == "en"
    assert soup.h1.get_text() == "Annual budget, fiscal year 2027"
    text = soup.main.get_text(" ", strip=True)
    assert "Fiscal year 2027" in text and "35,731,000 baht" in text
    # Last year's summary is found in the English tree too.
    assert [th.get_text(strip=True) for th in soup.select_one("table.budget-table").select("thead th")][3] == "Fiscal year 2026"
    assert soup.find("svg").find("title").get_text() == "Budget by strategy, fiscal year 2027"


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["preview_on_add", "preview_on_edit"])
def test_preview_shows_unsaved_lines(lao_a, make_budget, make_member, client, view):
    make_budget(2569, [(ROADS, "ถนน", 1_000_000)])
    existing = make_budget(2570, [(ROADS, "ของเดิม", 1)])
    staff_login(client, make_member(lao_a, "editors"))
    if view == "preview_on_add":
        url = reverse("wagtailadmin_pages:preview_on_add", args=["pages", "budgetsummarypage", lao_a.home_page_id])
        fiscal_year, slug = "2571", "budget-2571"
    else:
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[existing.pk])
        fiscal_year, slug = "2570", "budget-2570"
    new_line = {"group": ROADS, "item": "ถนนใหม่", "amount": "1250000", "note": "", "id": ""}
    forms = [new_line]
    if view == "preview_on_edit":  # the editor deletes the old line in the same form
        old = existing.budget_lines.get()
        forms = [{"group": ROADS, "item": old.item, "amount": "1", "note": "", "id": str(old.pk), "DELETE": "1"}, new_line]
    post = {
        "title": "งบประมาณ (ร่าง)", "slug": slug, "fiscal_year": fiscal_year, "intro": "",
        "budget_lines-TOTAL_FORMS": str(len(forms)), "budget_lines-INITIAL_FORMS": str(len(forms) - 1),
        "budget_lines-MIN_NUM_FORMS": "0", "budget_lines-MAX_NUM_FORMS": "1000",
    }
    for index, form in enumerate(forms):
        post.update({f"budget_lines-{index}-{key}": value for key, value in form.items()})
        post[f"budget_lines-{index}-ORDER"] = str(index + 1)

    assert client.post(url, post).json()["is_valid"]
    response = client.get(url)

    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").main.get_text(" ", strip=True)
    assert "ถนนใหม่" in text and "1,250,000 บาท" in text and "ของเดิม" not in text
    if view == "preview_on_edit":
        assert "+250,000 บาท (+25.0 %)" in text
