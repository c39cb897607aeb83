"""The public referrals page: every LAO's on the central site, one LAO's on its own site,
only what the idea's page shows, filters that never fail, CSV/XLSX exports."""

import csv
import datetime
import io
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import openpyxl
import pytest

from ideas.models import Idea, IdeaState
from planning import referrals, triage
from planning.models import Referral, ReferralStatus, TriageOutcome
from tests.conftest import host_of

from .conftest import public_html

pytestmark = pytest.mark.django_db

CENTRAL = "ruamkhit.test"
AO_LUEK_LAEM_SAK = "5810501"  # a subdistrict municipality of Krabi, district Ao Luek


def referral_of(idea, level="district", agency="", note="", by=None, on=None, status=None):
    decision = triage.decide(idea, TriageOutcome.REFER, by=by, referral_level=level, agency=agency, note=note,
                             notify_author=False)
    referral = Referral.objects.get(decision=decision)
    if on is not None:
        Referral.objects.filter(pk=referral.pk).update(referred_on=on, status_changed_on=on)
    if status is not None:
        referrals.change_status(referral, status, by=by, note="หนังสือภายใน ที่ 0099/2569", notify_author=False)
    return Referral.objects.get(pk=referral.pk)


@pytest.fixture
def lao_c(make_authority):
    return make_authority(AO_LUEK_LAEM_SAK, name_en="Laem Sak", slug="laem-sak")


@pytest.fixture
def pages(lao_a, lao_b, lao_c, make_consultation, today):
    return {lao: make_consultation(lao, "screening", slug="roads") for lao in (lao_a, lao_b, lao_c)}


@pytest.fixture
def three(pages, lao_a, lao_b, lao_c, make_idea):
    """A referral of each LAO: Ao Nang (Krabi, Mueang Krabi), Chiang Mai city, Laem Sak (Krabi, Ao Luek)."""
    highway = make_idea(pages[lao_a], "ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน")
    river = make_idea(pages[lao_b], "ขุดลอกแม่น้ำปิงช่วงสะพานนวรัฐ")
    police = make_idea(pages[lao_c], "ขอตู้ยามตำรวจท่าเรือแหลมสัก")
    return {
        "a": referral_of(highway, "district", note="ทางหลวงแผ่นดิน ส่งแขวงทางหลวงผ่านแผนอำเภอ",
                         on=datetime.date(2026, 11, 20)),
        "b": referral_of(river, "tambon", note="ลำน้ำสาธารณะ", on=datetime.date(2026, 11, 24),
                         status=ReferralStatus.ACKNOWLEDGED),
        "c": referral_of(police, "agency", agency="สถานีตำรวจภูธรอ่าวลึก", note="งานของตำรวจ",
                         on=datetime.date(2026, 11, 22), status=ReferralStatus.INCLUDED),
    }


def get(client, host=CENTRAL, path="/referrals/", **params):
    response = client.get(path, params, HTTP_HOST=host)
    assert response.status_code == 200
    return response.content.decode()


def table_titles(html):
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in html else ""
    return re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a>', body)


def test_the_central_site_lists_every_laos_referrals_newest_first(client, three, lao_a, lao_c):
    html = get(client)
    assert table_titles(html) == ["ขุดลอกแม่น้ำปิงช่วงสะพานนวรัฐ", "ขอตู้ยามตำรวจท่าเรือแหลมสัก",
                                  "ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน"]
    assert lao_a.full_name_th in html and "อำเภอเมืองกระบี่" in html and "จังหวัดกระบี่" in html
    assert "แผนพัฒนาตำบล (ONE PLAN)" in html and "หน่วยงานที่ระบุชื่อ: สถานีตำรวจภูธรอ่าวลึก" in html
    # the idea's title links to its page on its own LAO's site
    assert f'href="http://{host_of(lao_c)}/roads/ideas/' in html


def test_the_summary_counts_each_status(client, three):
    html = get(client)
    assert "ข้อเสนอที่ส่งต่อ 3 เรื่อง" in html
    counts = dict((label, int(n)) for n, label in re.findall(
        r'class="referral-counts__number">(\d+)</span> ([^<]+)</a>', html))
    assert len(counts) == 4 and sorted(counts.values()) == [0, 1, 1, 1]
    assert counts["ส่งแล้ว"] == counts["รับเรื่องแล้ว"] == counts["บรรจุในแผนพัฒนาพื้นที่แล้ว"] == 1


def test_filters_by_province_district_kind_status_and_level(client, three, lao_a, lao_b, lao_c):
    krabi = lao_a.province_id
    assert set(table_titles(get(client, province=krabi))) == {
        "ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน", "ขอตู้ยามตำรวจท่าเรือแหลมสัก"}
    assert table_titles(get(client, province=krabi, district="อ่าวลึก")) == ["ขอตู้ยามตำรวจท่าเรือแหลมสัก"]
    assert table_titles(get(client, kind=lao_b.kind)) == ["ขุดลอกแม่น้ำปิงช่วงสะพานนวรัฐ"]
    assert table_titles(get(client, status="included")) == ["ขอตู้ยามตำรวจท่าเรือแหลมสัก"]
    assert table_titles(get(client, level="district")) == ["ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน"]
    assert table_titles(get(client, province=krabi, status="acknowledged")) == []
    # the summary follows the place filters; the chosen status is marked
    html = get(client, province=krabi, status="included")
    assert "ข้อเสนอที่ส่งต่อ 2 เรื่อง" in html and 'aria-current="true"><span class="referral-counts__number">1' in html


def test_districts_are_offered_once_a_province_is_chosen(client, three, lao_a, lao_b):
    html = get(client)
    assert '<select name="district" id="id_district" disabled' in html
    html = get(client, province=lao_a.province_id)
    assert '<option value="อ่าวลึก">อ่าวลึก</option>' in html and '<option value="เมืองกระบี่">' in html
    assert "เมืองเชียงใหม่" not in html.split('name="district"', 1)[1].split("</select>", 1)[0]
    # a district left from the province chosen before is dropped quietly: not a bad link
    html = get(client, province=lao_b.province_id, district="อ่าวลึก")
    assert table_titles(html) == ["ขุดลอกแม่น้ำปิงช่วงสะพานนวรัฐ"] and "notice--warning" not in html


def test_bad_filter_values_are_dropped_with_a_note(client, three):
    html = get(client, province="zz", district="ไม่มีอำเภอนี้", kind="castle", status="lost", level="moon",
               page="abc")
    assert len(table_titles(html)) == 3
    note = re.search(r'notice--warning[^>]*>([^<]+)<', html).group(1)
    for label in ("จังหวัด", "อำเภอ", "ประเภท", "สถานะ", "ส่งต่อถึง"):
        assert label in note
    assert get(client, page="999").count('<th scope="row">') == 3


def test_an_laos_site_lists_its_own_referrals_only(client, three, lao_a, lao_b):
    html = get(client, host=host_of(lao_a))
    assert table_titles(html) == ["ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน"]
    assert 'name="province"' not in html and 'name="kind"' not in html
    # another LAO's referral never shows there, whatever the query string says
    for params in ({"province": lao_b.province_id}, {"kind": lao_b.kind}, {"status": "acknowledged"},
                   {"level": "tambon"}, {"district": lao_b.district_th}):
        assert "ขุดลอกแม่น้ำปิง" not in get(client, host=host_of(lao_a), **params)
    exported = client.get("/referrals/export/csv/", {"province": lao_b.province_id}, HTTP_HOST=host_of(lao_a))
    text = exported.content.decode("utf-8-sig")
    assert "ขยายไหล่ทางหลวง" in text and "ขุดลอกแม่น้ำปิง" not in text and "แหลมสัก" not in text


def test_hidden_ideas_and_superseded_decisions_are_left_out(client, three, pages, lao_a, make_idea):
    Idea.objects.filter(pk=three["b"].idea_id).update(state=IdeaState.HIDDEN)
    Idea.objects.filter(pk=three["c"].idea_id).update(state=IdeaState.REJECTED)
    changed = make_idea(pages[lao_a], "ขอไฟจราจรแยกอ่าวนาง")
    referral_of(changed, "district", note="ส่งอำเภอ")
    triage.decide(changed, TriageOutcome.NOT_FEASIBLE, by=None, note="ไม่มีงบ", notify_author=False)
    html = get(client)
    assert table_titles(html) == ["ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน"] and "ข้อเสนอที่ส่งต่อ 1 เรื่อง" in html
    assert table_titles(get(client, host=host_of(lao_a))) == ["ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน"]
    text = client.get("/referrals/export/csv/", HTTP_HOST=CENTRAL).content.decode("utf-8-sig")
    assert "ขยายไหล่ทางหลวง" in text
    for title in ("ขุดลอกแม่น้ำปิง", "ขอตู้ยามตำรวจ", "ขอไฟจราจร"):
        assert title not in text


def test_the_note_is_the_one_the_idea_page_shows_and_no_author(client, three, pages, lao_b):
    html = get(client)
    idea = three["b"].idea
    idea_page = public_html(client, pages[lao_b], idea)
    assert "ลำน้ำสาธารณะ" in html and "ลำน้ำสาธารณะ" in idea_page
    # the officers' internal status notes are not on the idea page, nor here
    assert "0099/2569" not in idea_page and "0099/2569" not in html
    for author in Idea.objects.values_list("author__username", "author__email"):
        for value in author:
            assert value not in html


def test_dates_are_in_the_buddhist_era(client, three):
    html = get(client)
    assert "20 พฤศจิกายน 2569" in html and "24 พฤศจิกายน 2569" in html
    assert "ตั้งแต่ 26 พฤศจิกายน 2569" in html  # the status changed today
    assert "2026" not in re.sub(r'(datetime|href)="[^"]*"', "", html.split("<tbody>", 1)[1])


def test_english_at_en(client, three):
    html = get(client, path="/en/referrals/")
    assert "Ideas referred by local authorities" in html and "Referred on" in html
    assert "20 November 2026" in html and "district area plan (ONE PLAN)" in html
    assert "acknowledged" in html


def test_csv_export_follows_the_filters(client, three, lao_a):
    response = client.get("/referrals/export/csv/", {"province": lao_a.province_id}, HTTP_HOST=CENTRAL)
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert "filename*=UTF-8''" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header = next(row for row in rows if "เรื่องที่เสนอ" in row)
    assert header == ["ลำดับ", "เรื่องที่เสนอ", "องค์กรปกครองส่วนท้องถิ่น", "อำเภอ", "จังหวัด", "ส่งต่อถึง",
                      "หน่วยงาน", "วันที่ส่งต่อ", "สถานะ", "วันที่ของสถานะ", "หมายเหตุจาก อปท.", "ลิงก์ข้อเสนอ"]
    data = rows[rows.index(header) + 1:]
    assert [row[1] for row in data] == ["ขอตู้ยามตำรวจท่าเรือแหลมสัก", "ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน"]
    police = data[0]
    assert police[3:7] == ["อ่าวลึก", "กระบี่", "หน่วยงานที่ระบุชื่อ", "สถานีตำรวจภูธรอ่าวลึก"]
    assert police[7] == "22 พ.ย. 2569" and police[8] == "บรรจุในแผนพัฒนาพื้นที่แล้ว" and police[10] == "งานของตำรวจ"
    assert police[11].startswith("http://laem-sak.") and "/ideas/" in police[11]


def test_xlsx_export_reads_back_with_openpyxl(client, three):
    response = client.get("/referrals/export/xlsx/", {"level": "tambon"}, HTTP_HOST=CENTRAL)
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    header = next(row for row in values if "ส่งต่อถึง" in row)
    data = [row for row in values[values.index(header) + 1:] if any(row)]
    assert len(data) == 1
    row = dict(zip(header, data[0], strict=False))
    assert row["เรื่องที่เสนอ"] == "ขุดลอกแม่น้ำปิงช่วงสะพานนวรัฐ" and row["ส่งต่อถึง"] == "แผนพัฒนาตำบล (ONE PLAN)"
    assert row["วันที่ส่งต่อ"].date() == datetime.date(2026, 11, 24) and row["สถานะ"] == "รับเรื่องแล้ว"
    assert client.get("/referrals/export/pdf/", HTTP_HOST=CENTRAL).status_code == 404


def make_many(pages, lao_a, lao_b, make_idea, n):
    for i in range(n):
        lao = lao_a if i % 2 else lao_b
        referral_of(make_idea(pages[lao], f"ข้อเสนอที่ {i}"), "agency" if i % 3 else "district",
                    agency="สำนักงานทางหลวง", note=f"หมายเหตุ {i}")


def count_queries(client, **params):
    with CaptureQueriesContext(connection) as queries:
        get(client, **params)
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_rows(client, pages, lao_a, lao_b, make_idea):
    make_many(pages, lao_a, lao_b, make_idea, 3)
    get(client)  # warm the site and locale caches
    few = count_queries(client), count_queries(client, province=lao_a.province_id, status="sent")
    make_many(pages, lao_a, lao_b, make_idea, 27)
    many = count_queries(client), count_queries(client, province=lao_a.province_id, status="sent")
    assert few == many
    assert len(table_titles(get(client))) == 30


def test_fifty_a_page_with_links_between_pages(client, pages, lao_a, lao_b, make_idea, monkeypatch):
    from planning import public_referrals

    monkeypatch.setattr(public_referrals, "PER_PAGE", 2)
    make_many(pages, lao_a, lao_b, make_idea, 5)
    first = get(client, level="agency")
    assert len(table_titles(first)) == 2 and 'rel="next"' in first and 'rel="prev"' not in first
    assert 'href="?level=agency&amp;page=2"' in first
    last = get(client, level="agency", page=2)
    assert len(table_titles(last)) == 1 and 'rel="prev"' in last


def test_the_idea_page_links_to_its_districts_referrals(client, three, pages, lao_c):
    html = public_html(client, pages[lao_c], three["c"].idea)
    assert (f'href="http://ruamkhit.test/referrals/?province={lao_c.province_id}&amp;district=%E0%B8%AD%E0%B9%88'
            in html)


def test_the_central_home_page_leads_to_the_referrals(client, central_site):
    html = get(client, path="/")
    assert '<a href="/referrals/">ข้อเสนอที่ อปท. ส่งต่อหน่วยงานอื่น</a>' in html
    html = get(client, path="/en/")
    assert '<a href="/en/referrals/">Ideas referred by local authorities</a>' in html
