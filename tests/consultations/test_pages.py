"""Where consultations may live, how the admin validates them, and what the home page shows."""

from django.urls import reverse

import pytest

from consultations.models import ConsultationPage
from home.models import CentralHomePage, HomePage
from portal.pages.models import StandardPage
from tests.conftest import host_of, staff_login

from .conftest import TIMELINES


@pytest.mark.django_db
def test_consultations_live_only_under_an_lao_home_page(lao_a, central_site):
    home = HomePage.objects.get(id=lao_a.home_page_id)
    assert ConsultationPage.can_create_at(home)
    central = CentralHomePage.objects.get(id=central_site.root_page_id)
    assert not ConsultationPage.can_create_at(central)
    about = StandardPage(title="เกี่ยวกับ", slug="about")
    home.add_child(instance=about)
    assert not ConsultationPage.can_create_at(about)
    assert ConsultationPage.allowed_subpage_models() == []


def _form(**overrides):
    t = TIMELINES["ideas"]
    data = {
        "title": "ซ่อมถนนในหมู่บ้าน", "slug": "roads", "purpose": "อยากทราบว่าควรซ่อมถนนสายใดก่อน",
        "question": "ถนนสายใดควรซ่อมก่อน", "fiscal_year": "2571", "budget_envelope": "500000",
        "ideas_start": t["ideas_start"].isoformat(), "ideas_end": t["ideas_end"].isoformat(),
        "screening_end": "", "voting_start": t["voting_start"].isoformat(),
        "voting_end": t["voting_end"].isoformat(), "results_date": "", "implementation_start": "",
        "implementation_end": "", "audience_submit": "locals_and_outsiders", "audience_comment": "signed_in",
        "audience_support": "locals_and_outsiders", "audience_vote": "locals",
        "problem_briefs-TOTAL_FORMS": "0", "problem_briefs-INITIAL_FORMS": "0",
        "problem_briefs-MIN_NUM_FORMS": "0", "problem_briefs-MAX_NUM_FORMS": "1000",
        "body-count": "0", "action-submit": "submit",
    }
    data.update(overrides)
    return data


@pytest.fixture
def editor_client(client, lao_a, make_member, today):
    staff_login(client, make_member(lao_a, "editors"))
    return client


def _add_url(authority):
    return reverse("wagtailadmin_pages:add", args=["consultations", "consultationpage", authority.home_page_id])


@pytest.mark.django_db
def test_editor_creates_a_consultation_and_submits_it(editor_client, lao_a):
    response = editor_client.post(_add_url(lao_a), _form())
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ConsultationPage.objects.get(slug="roads")
    assert page.workflow_in_progress and not page.live
    assert page.audience_vote == "locals" and page.fiscal_year == 2571


@pytest.mark.django_db
def test_out_of_order_timeline_is_refused_in_thai_and_nothing_saved(editor_client, lao_a):
    t = TIMELINES["ideas"]
    response = editor_client.post(_add_url(lao_a), _form(voting_start=t["ideas_start"].isoformat()))
    assert response.status_code == 200
    assert "การลงคะแนนต้องเริ่มหลังวันปิดรับข้อเสนอ" in response.content.decode()
    assert not ConsultationPage.objects.filter(slug="roads").exists()


@pytest.mark.django_db
def test_ballot_without_voting_days_is_refused(editor_client, lao_a):
    data = _form(voting_start="", voting_end="", **{
        "body-count": "1", "body-0-type": "ballot", "body-0-deleted": "", "body-0-order": "0",
        "body-0-id": "b1", "body-0-value-heading": "ลงคะแนน", "body-0-value-intro": "",
    })
    response = editor_client.post(_add_url(lao_a), data)
    assert response.status_code == 200
    assert "ต้องมีช่วงลงคะแนน" in response.content.decode()
    assert not ConsultationPage.objects.filter(slug="roads").exists()


@pytest.mark.django_db
def test_fifteen_august_warning_is_shown_but_saving_goes_on(editor_client, lao_a):
    # Voting for fiscal year 2571 closing on 20 August 2027 (2570 BE) misses 15 August.
    data = _form(voting_start="2027-08-01", voting_end="2027-08-20", **{"action-submit": ""})
    data.pop("action-submit")
    response = editor_client.post(_add_url(lao_a), data, follow=True)
    html = response.content.decode()
    page = ConsultationPage.objects.get(slug="roads")
    assert "15 สิงหาคม 2570" in html and "ไม่ทันงบประมาณปีนั้น" in html
    # The warning panel in the editor says the same.
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.id])).content.decode()
    assert "data-calendar-warnings" in edit and "20 สิงหาคม 2570" in edit


@pytest.mark.django_db
def test_home_page_lists_what_is_open_now(lao_a, lao_b, make_consultation, client, today):
    for state in TIMELINES:
        make_consultation(lao_a, state, title=f"เรื่อง-{state}")
    make_consultation(lao_b, "ideas", title="เรื่องของเชียงใหม่")
    make_consultation(lao_a, "ideas", slug="draft", title="ร่างยังไม่เผยแพร่", publish=False)
    html = client.get("/", HTTP_HOST=host_of(lao_a)).content.decode()
    section = html[html.find('id="open-now"'):html.find("</section>", html.find('id="open-now"'))]
    assert "เรื่อง-ideas" in section and "เรื่อง-voting" in section
    for hidden in ("เรื่อง-upcoming", "เรื่อง-screening", "เรื่อง-closed", "เรื่อง-implementing",
                   "เรื่องของเชียงใหม่", "ร่างยังไม่เผยแพร่"):
        assert hidden not in section
