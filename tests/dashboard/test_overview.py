"""The participation overview of the central site: figures by province and by LAO, filters
that never fail, a constant number of queries, the cache, the exports and the home page link."""

import csv
import datetime
import io
import re

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

import openpyxl
import pytest

from ballots.models import Ballot, CastBallot
from dashboard import figures
from ideas.comments import post_comment
from ideas.models import Idea, IdeaState, Support
from portal.tenancy.models import Authority
from portal.tenancy.provisioning import register
from portal.tenancy.registry import find_in_registry
from tests.conftest import KRABI_PAO, host_of
from tests.consultations.conftest import TODAY, make_consultation, today  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

CENTRAL = "ruamkhit.test"
KRABI, CHIANG_MAI = "81", "50"
# More LAOs for the query count: two more in Krabi, one in Chiang Mai, one in Phuket.
MORE = ["5810501", "4810102", "4500103", "4830201"]


def get(client, path="/overview/", host=CENTRAL, **params):
    response = client.get(path, params, HTTP_HOST=host)
    assert response.status_code == 200, response.status_code
    return response


def row(response, key):
    return next(r for r in response.context["rows"] if r["key"] == key)


def user(name):
    return get_user_model().objects.get_or_create(username=name)[0]


def idea(page, title, standing="local", state=IdeaState.PUBLISHED):
    return Idea.objects.create(authority=page.authority, consultation_key=page.translation_key, title=title,
                               description=title, standing=standing, state=state)


@pytest.fixture
def krabi_pao(central_site):
    """Registered from the DLA registry but not online yet."""
    return register(find_in_registry(KRABI_PAO))[0]


@pytest.fixture
def activity(lao_a, lao_b, krabi_pao, make_consultation, today):  # noqa: F811
    """Ao Nang (Krabi): a consultation collecting ideas today (fiscal year 2570), one voting
    today that opened in 2569, and a draft; Chiang Mai: one in screening with a counted vote."""
    ideas_page = make_consultation(lao_a, "ideas", slug="ideas", comments_premoderated=False)
    make_consultation(lao_a, "voting", slug="voting")
    make_consultation(lao_a, "upcoming", slug="draft", publish=False)
    published = [idea(ideas_page, "ถนน", "local"), idea(ideas_page, "ไฟฟ้า", "local"),
                 idea(ideas_page, "ท่าเรือ", "outsider"), idea(ideas_page, "ประปา", "onsite")]
    idea(ideas_page, "รอตรวจ", state=IdeaState.SUBMITTED)
    hidden = idea(ideas_page, "ซ่อน", state=IdeaState.HIDDEN)
    for n, target in enumerate([published[0], published[0], published[2], hidden]):
        Support.objects.create(idea=target, user=user(f"supporter{n}"), standing="local")
    comments = [post_comment(page=ideas_page, target=published[0], user=user(f"commenter{n}"),
                             text=f"เห็นด้วย {n}", parent_id=None, followup=False, standing="local")
                for n in range(4)]
    assert all(comment.is_public for comment in comments)
    comments[0].is_removed = True  # removed by a moderator
    comments[0].save()
    comments[1].is_public = False  # withheld, awaiting review
    comments[1].save()

    screening = make_consultation(lao_b, "screening", slug="screening")
    idea(screening, "ขุดลอกคลอง", "local")
    ballot = Ballot.objects.create(authority=lao_b, consultation_key=screening.translation_key, budget=100_000,
                                   result_status="done")
    CastBallot.objects.create(ballot=ballot, standing="local", voter_key="v1")
    CastBallot.objects.create(ballot=ballot, standing="outsider", voter_key="v2")
    CastBallot.objects.create(ballot=ballot, standing="local", channel="paper", id_key="p1",
                              forum_date=TODAY - datetime.timedelta(days=3), forum_place="ศาลาวัด")
    return {"ideas": ideas_page, "screening": screening}


def test_figures_by_province(client, activity):
    response = get(client)
    rows = response.context["rows"]
    assert len(rows) == 77  # 76 provinces and Bangkok
    krabi, chiang_mai = row(response, KRABI), row(response, CHIANG_MAI)
    assert {k: krabi[k] for k in figures.KEYS} == {
        "online": 1, "registered": 2, "open_now": 2, "held": 1, "ideas": 4, "ideas_local": 2,
        "ideas_outsider": 1, "ideas_onsite": 1, "supports": 3, "comments": 2, "ballots_online": 0,
        "ballots_paper": 0, "counted": 0}
    assert {k: chiang_mai[k] for k in figures.KEYS} == {
        "online": 1, "registered": 1, "open_now": 0, "held": 1, "ideas": 1, "ideas_local": 1,
        "ideas_outsider": 0, "ideas_onsite": 0, "supports": 0, "comments": 0, "ballots_online": 2,
        "ballots_paper": 1, "counted": 1}
    totals = response.context["totals"]
    assert totals["ideas"] == 5 and totals["held"] == 2 and totals["registered"] == 3 and totals["online"] == 2
    html = response.content.decode()
    assert "ภาพรวมการมีส่วนร่วม" in html and "ปีงบประมาณ 2570" in html
    assert 'href="?province=81"' in html and '<th scope="row">รวม</th>' in html
    names = [r["name"] for r in rows]
    assert names.index("กระบี่") < names.index("เชียงใหม่")


def test_figures_by_lao_in_a_province(client, activity, lao_a, krabi_pao):
    response = get(client, province=KRABI)
    assert response.context["by_lao"]
    assert [r["key"] for r in response.context["rows"]] == [krabi_pao.pk, lao_a.pk]  # by Thai name: กระบี่, อ่าวนาง
    ao_nang = row(response, lao_a.pk)
    assert ao_nang["ideas"] == 4 and ao_nang["online"] == 1 and ao_nang["url"] == f"http://{host_of(lao_a)}/"
    assert row(response, krabi_pao.pk)["online"] == 0 and row(response, krabi_pao.pk)["url"] == ""
    html = response.content.decode()
    assert f'href="http://{host_of(lao_a)}/"' in html and "ยังไม่เปิดใช้งาน" in html  # the PAO is not online
    assert "แยกตาม อปท. ในจังหวัดกระบี่" in html and 'href="?"' in html  # back to all provinces
    assert response.context["totals"]["registered"] == 2


def test_filters_by_kind_and_fiscal_year(client, activity, lao_a):
    city = get(client, kind="city_municipality")
    assert row(city, KRABI)["registered"] == 0 and row(city, CHIANG_MAI)["ideas"] == 1
    assert city.context["totals"]["ideas"] == 1
    earlier = get(client, year="2569")
    krabi = row(earlier, KRABI)
    assert krabi["held"] == 1 and krabi["open_now"] == 2 and krabi["ideas"] == 0
    assert earlier.context["totals"]["ballots_online"] == 0


def test_bad_filter_values_are_dropped_with_a_note(client, activity):
    response = get(client, province="99", kind="castle", year="1999")
    assert not response.context["by_lao"] and response.context["totals"]["ideas"] == 5
    html = response.content.decode()
    assert "ตัวกรองบางรายการในลิงก์ไม่ถูกต้อง จึงไม่ได้นำมาใช้: จังหวัด, ประเภท อปท., ปีงบประมาณ" in html
    assert "ปีงบประมาณ 2570" in html  # the current fiscal year instead
    assert get(client, year="ปีนี้", province="กระบี่").context["totals"]["ideas"] == 5


def test_an_lao_site_sends_to_the_central_overview_of_its_province(client, lao_a):
    response = client.get("/overview/", HTTP_HOST=host_of(lao_a))
    assert response.status_code == 302
    assert response["Location"].endswith("/overview/?province=81")
    assert client.get("/overview/export/csv/", HTTP_HOST=host_of(lao_a)).status_code == 404


def test_constant_number_of_queries(client, activity, make_authority, make_consultation):  # noqa: F811
    from django.core.cache import cache

    get(client)  # the site and the locales, looked up once per process

    def queries(**params):
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            get(client, **params)
        return len(captured)

    few = (queries(), queries(province=KRABI))
    for code in MORE:
        lao = make_authority(code)
        page = make_consultation(lao, "ideas", slug="more")
        idea(page, "เพิ่ม")
    assert Authority.objects.provisioned().count() == 6
    assert (queries(), queries(province=KRABI)) == few
    # 4 for the page (the Site, its LAO, the branding, the province list) and 6 for the figures.
    assert few == (10, 10)


def test_figures_are_cached_ten_minutes(client, activity):
    first = get(client)
    idea(activity["ideas"], "มาใหม่")
    again = get(client)
    assert again.context["totals"]["ideas"] == first.context["totals"]["ideas"] == 5
    assert again.context["computed_at"] == first.context["computed_at"]
    # In the Buddhist Era with a Thai month: "ข้อมูล ณ 26 พฤศจิกายน 2569 เวลา 14:30 น."
    assert re.search(r"ข้อมูล ณ \d{1,2} [ก-๙]+ 25\d\d เวลา \d\d:\d\d น\.", again.content.decode())


def test_csv_and_xlsx_exports(client, activity):
    response = client.get("/overview/export/csv/", HTTP_HOST=CENTRAL)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header = next(n for n, line in enumerate(lines) if line and line[0] == "จังหวัด")
    assert lines[header][1:4] == ["อปท. ที่เปิดเว็บไซต์แล้ว", "อปท. ทั้งหมดในทะเบียน", "การรับฟังที่เปิดอยู่วันนี้"]
    krabi = next(line for line in lines if line and line[0] == "กระบี่")
    assert krabi[1:6] == ["1", "2", "2", "1", "4"]
    assert lines[-1][0] == "รวม" and lines[-1][5] == "5"

    response = client.get("/overview/export/xlsx/", {"province": KRABI}, HTTP_HOST=CENTRAL)
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in r] for r in sheet.iter_rows()]
    assert any(r[0] == "องค์การบริหารส่วนตำบลอ่าวนาง" and r[5] == 4 for r in values)
    assert any(r[0] == "รวม" for r in values)
    assert client.get("/overview/export/pdf/", HTTP_HOST=CENTRAL).status_code == 404


def test_english_overview(client, activity):
    response = get(client, path="/en/overview/")
    html = response.content.decode()
    assert "Participation overview" in html and "Fiscal year 2027 (BE 2570)" in html
    assert "Krabi" in html and 'href="/en/overview/export/csv/"' in html


def test_the_central_home_page_links_to_the_overview(client, central_site):
    html = client.get("/", HTTP_HOST=CENTRAL).content.decode()
    assert 'href="/overview/"' in html and "ภาพรวมการมีส่วนร่วม" in html


@pytest.mark.parametrize("params", [{}, {"province": "81"}, {"year": "1999"}])
def test_the_year_select_shows_the_year_the_figures_are_for(client, central_site, params):
    from dashboard.figures import current_fiscal_year

    html = get(client, **params).content.decode()
    current = current_fiscal_year()
    select = html.split('name="year"', 1)[1].split("</select>", 1)[0]
    assert f'<option value="{current}" selected>' in select
    assert select.count("selected") == 1
