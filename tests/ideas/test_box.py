"""The year-round idea box: on every LAO site, open every day, the same form, eligibility,
pre-screen and moderation as a consultation's ideas; officers may close it, and attach its
ideas to a consultation."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

import pytest

from ideas.lifecycle import change_state
from ideas.models import Idea, IdeaBox, IdeaState, SubmitterStanding, Support
from participation.eligibility import Audience
from portal.identity.models import StandingKind
from portal.tenancy.models import Village
from tests.conftest import host_of, staff_login

from .test_ideas import form_data, photo_with_gps

pytestmark = pytest.mark.django_db


@pytest.fixture
def village(lao_a):
    return Village.objects.create(authority=lao_a, number=2, name_th="บ้านคลองแห้ง")


@pytest.fixture
def local(citizen, lao_a, make_standing):
    make_standing(citizen, lao_a, StandingKind.LOCAL)
    return citizen


def box_idea(authority, title="ไฟถนนดับทั้งซอย", state=IdeaState.PUBLISHED, author=None, **fields):
    idea = Idea.objects.create(authority=authority, consultation_key=None, title=title, author=author,
                               description=f"รายละเอียด{title}", standing=SubmitterStanding.LOCAL, **fields)
    if state != IdeaState.SUBMITTED:
        change_state(idea, state)
        idea.refresh_from_db()
    return idea


def get(client, authority, path, **params):
    return client.get(path, params, HTTP_HOST=host_of(authority))


def test_the_box_lists_its_published_ideas_only(client, lao_a, lao_b, make_consultation, today):
    page = make_consultation(lao_a, "ideas")
    mine = box_idea(lao_a, "ไฟถนนดับทั้งซอย")
    box_idea(lao_a, "ข้อเสนอที่รอตรวจ", state=IdeaState.SUBMITTED)
    box_idea(lao_b, "ข้อเสนอของเชียงใหม่")
    Idea.objects.create(authority=lao_a, consultation_key=page.translation_key, title="ข้อเสนอในการรับฟัง",
                        description="x", standing=SubmitterStanding.LOCAL, state=IdeaState.PUBLISHED)
    html = get(client, lao_a, "/ideas/").content.decode()
    assert mine.title in html and f'href="/ideas/{mine.pk}/"' in html
    for other in ("ข้อเสนอที่รอตรวจ", "ข้อเสนอของเชียงใหม่", "ข้อเสนอในการรับฟัง"):
        assert other not in html
    assert 'href="/ideas/propose/"' in html and "กล่องรับข้อเสนอ" in html


def test_the_central_site_has_no_box(client, central_site):
    assert client.get("/ideas/").status_code == 404
    assert client.get("/ideas/propose/").status_code == 404


def test_the_home_page_and_header_lead_to_the_box(client, lao_a):
    html = get(client, lao_a, "/").content.decode()
    assert html.count('href="/ideas/propose/"') >= 2  # the header's link and the home page's


def test_a_visitor_is_asked_to_sign_in(client, lao_a):
    html = get(client, lao_a, "/ideas/propose/").content.decode()
    assert "ลงชื่อเข้าใช้เพื่อเสนอความคิดเห็น" in html and 'name="title"' not in html


def test_a_local_proposes_in_the_box_any_day(client, lao_a, local, village):
    client.force_login(local)
    page = get(client, lao_a, "/ideas/propose/")
    assert page.status_code == 200 and 'name="title"' in page.content.decode()
    assert 'action="/ideas/propose/"' in page.content.decode()
    response = client.post("/ideas/propose/", form_data(village, photos=[photo_with_gps()]),
                           HTTP_HOST=host_of(lao_a))
    assert response.status_code == 302 and response["Location"] == "/ideas/propose/"
    idea = Idea.objects.get()
    assert (idea.consultation_key, idea.state, idea.standing, idea.village) == (
        None, IdeaState.SUBMITTED, SubmitterStanding.LOCAL, village)
    assert idea.in_box and idea.photos.count() == 1
    assert idea.transitions.get().to_state == IdeaState.SUBMITTED
    # The same form sent again (a double click) makes no second idea.
    client.post("/ideas/propose/", form_data(village), HTTP_HOST=host_of(lao_a))
    assert Idea.objects.count() == 1
    thanks = get(client, lao_a, "/ideas/propose/").content.decode()
    assert "ขอบคุณ" in thanks


def test_bad_input_keeps_what_was_typed_and_saves_nothing(client, lao_a, local, village):
    client.force_login(local)
    response = client.post("/ideas/propose/", form_data(village, title="", latitude="13.7"),
                           HTTP_HOST=host_of(lao_a))
    assert response.status_code == 400
    html = response.content.decode()
    assert "ยังไม่ได้ส่ง" in html and "ฝนตกทีไรน้ำท่วมถนนหน้าโรงเรียน" in html
    assert not Idea.objects.exists()


def test_the_prescreen_holds_the_same_words_as_in_a_consultation(client, lao_a, local, village):
    client.force_login(local)
    client.post("/ideas/propose/", form_data(village, description="โทรหาผมที่ 081-234-5678 นะครับ"),
                HTTP_HOST=host_of(lao_a))
    assert Idea.objects.get().screening  # findings for the moderator; the idea waits for review anyway


def test_the_box_follows_its_audience(client, lao_a, citizen, make_standing, village):
    make_standing(citizen, lao_a, StandingKind.OUTSIDER)
    IdeaBox.objects.create(authority=lao_a, audience_submit=Audience.LOCALS)
    client.force_login(citizen)
    assert "เฉพาะผู้มีภูมิลำเนาในพื้นที่" in get(client, lao_a, "/ideas/propose/").content.decode()
    client.post("/ideas/propose/", form_data(village), HTTP_HOST=host_of(lao_a))
    assert not Idea.objects.exists()


def test_a_closed_box_says_why_and_takes_nothing(client, lao_a, local, village):
    IdeaBox.objects.create(authority=lao_a, is_open=False, closed_message="ปิดรับชั่วคราวระหว่างจัดทำแผน")
    client.force_login(local)
    html = get(client, lao_a, "/ideas/propose/").content.decode()
    assert "ปิดรับชั่วคราวระหว่างจัดทำแผน" in html and 'name="title"' not in html
    response = client.post("/ideas/propose/", form_data(village), HTTP_HOST=host_of(lao_a))
    assert response.status_code == 302 and not Idea.objects.exists()
    assert "ปิดรับชั่วคราวระหว่างจัดทำแผน" in get(client, lao_a, "/ideas/").content.decode()


def test_a_published_box_idea_is_supported_discussed_and_reported_all_year(client, lao_a, lao_b, local):
    idea = box_idea(lao_a)
    client.force_login(local)
    page = get(client, lao_a, f"/ideas/{idea.pk}/")
    assert page.status_code == 200 and idea.title in page.content.decode()
    assert 'href="/ideas/"' in page.content.decode()  # back to the box
    assert client.post(f"/ideas/{idea.pk}/support/", HTTP_HOST=host_of(lao_a)).status_code == 302
    assert Support.objects.get(idea=idea).user == local
    client.post(f"/ideas/{idea.pk}/comments/", {"comment": "เห็นด้วยครับ ซอยมืดมาก"}, HTTP_HOST=host_of(lao_a))
    record = idea_comment_record(idea)
    assert record.consultation_key is None and record.awaiting_review  # pre-moderated in the box
    client.post(f"/ideas/{idea.pk}/flag/", {"reason": "spam"}, HTTP_HOST=host_of(lao_a))
    assert idea.flags.count() == 1
    # Another LAO's site does not know the idea; an unpublished one is not found.
    assert get(client, lao_b, f"/ideas/{idea.pk}/").status_code == 404
    hidden = box_idea(lao_a, "ยังไม่เผยแพร่", state=IdeaState.SUBMITTED)
    assert get(client, lao_a, f"/ideas/{hidden.pk}/").status_code == 404


def idea_comment_record(idea):
    from ideas.models import CommentRecord

    return CommentRecord.objects.get(comment__object_pk=str(idea.pk))


def test_my_ideas_follows_box_ideas(client, lao_a, local):
    idea = box_idea(lao_a, author=local)
    client.force_login(local)
    assert idea.title in get(client, lao_a, "/my-ideas/").content.decode()


def test_the_english_box(client, lao_a, local):
    idea = box_idea(lao_a)
    with translation.override("en"):
        assert reverse("ideas:idea", args=[idea.pk]) == f"/en/ideas/{idea.pk}/"
    html = get(client, lao_a, f"/en/ideas/{idea.pk}/").content.decode()
    assert "Idea box" in html and 'href="/en/ideas/"' in html


# The officers' side ----------------------------------------------------------------------------

@pytest.fixture
def officer(lao_a, make_member, client):
    member = make_member(lao_a, "officers")
    staff_login(client, member)
    return member


def test_officers_close_and_reopen_the_box(client, lao_a, lao_b, officer):
    url = reverse("ideas_box_settings")
    assert client.get(url).status_code == 200
    refused = client.post(url, {"closed_message": "", "audience_submit": "locals_and_outsiders",
                                "audience_support": "locals_and_outsiders"})
    assert refused.status_code == 200 and "บอกเหตุผล" in refused.content.decode()
    assert not IdeaBox.objects.filter(authority=lao_a).exists()  # a refused form changes nothing
    client.post(url, {"closed_message": "ปิดปรับปรุง", "audience_submit": "locals",
                      "audience_support": "locals_and_outsiders"})
    box = IdeaBox.objects.get(authority=lao_a)
    assert (box.is_open, box.closed_message, box.audience_submit, box.updated_by) == (
        False, "ปิดปรับปรุง", "locals", officer)
    # Another LAO's box is not the officer's to see or set.
    assert client.get(url, {"lao": lao_b.dla_code}).status_code == 404
    assert client.post(url, {"lao": lao_b.dla_code, "is_open": "on", "closed_message": "x",
                             "audience_submit": "locals", "audience_support": "locals"}).status_code == 404
    assert not IdeaBox.objects.filter(authority=lao_b).exists()


def test_only_officers_set_the_box(client, lao_a, make_member):
    staff_login(client, make_member(lao_a, "editors"))
    assert client.get(reverse("ideas_box_settings")).status_code == 403


def test_an_officer_attaches_a_box_idea_to_a_consultation(client, lao_a, lao_b, officer, local, make_consultation,
                                                          today):
    page = make_consultation(lao_a, "ideas", title="ไฟส่องสว่างในหมู่บ้าน")
    other = make_consultation(lao_b, "ideas", slug="other", title="ถนนในเขตเทศบาลนครเชียงใหม่")
    idea = box_idea(lao_a, author=local)
    Support.objects.create(idea=idea, user=local, standing=SubmitterStanding.LOCAL)
    url = reverse("planning_triage_idea", args=[idea.pk])
    html = client.get(url).content.decode()
    assert "แนบเข้ากับการรับฟังความคิดเห็น" in html and page.title in html and other.title not in html
    # Not a consultation of the idea's LAO: refused, nothing moves.
    client.post(url, {"action": "attach", "consultation": other.pk})
    idea.refresh_from_db()
    assert idea.in_box
    client.post(url, {"action": "attach", "consultation": page.pk})
    idea.refresh_from_db()
    assert idea.consultation_key == page.translation_key and idea.supports.count() == 1
    # It appears in the consultation, and its box address leads there.
    public = client.get(page.url + page.reverse_subpage("idea", args=[idea.pk]), HTTP_HOST=host_of(lao_a))
    assert public.status_code == 200 and "1" in public.content.decode()
    moved = get(client, lao_a, f"/ideas/{idea.pk}/")
    assert moved.status_code == 302 and moved["Location"] == f"/{page.slug}/ideas/{idea.pk}/"
    assert idea.title not in get(client, lao_a, "/ideas/").content.decode()
    # Once attached, it is no box idea: attaching it (to another consultation) is refused.
    second = make_consultation(lao_a, "ideas", slug="second")
    refused = client.post(url, {"action": "attach", "consultation": second.pk}, follow=True)
    assert "กล่องรับข้อเสนอเท่านั้น" in refused.content.decode()
    idea.refresh_from_db()
    assert idea.consultation_key == page.translation_key


def test_the_triage_queue_filters_the_box(client, lao_a, officer, make_consultation, today):
    page = make_consultation(lao_a, "ideas")
    in_box = box_idea(lao_a, "จากกล่อง")
    Idea.objects.create(authority=lao_a, consultation_key=page.translation_key, title="จากการรับฟัง",
                        description="x", standing=SubmitterStanding.LOCAL, state=IdeaState.PUBLISHED)
    html = client.get(reverse("planning_triage"), {"consultation": "box"}).content.decode()
    assert in_box.title in html and "จากการรับฟัง" not in html


def test_search_finds_box_ideas_with_their_address(client, lao_a, central_site):
    idea = box_idea(lao_a, "ไฟถนนดับทั้งซอยหน้าวัด")  # indexed when published
    on_site = get(client, lao_a, "/search/", q="ไฟถนน").content.decode()
    assert f'href="/ideas/{idea.pk}/"' in on_site
    central = client.get("/search/", {"q": "ไฟถนน"}).content.decode()
    assert f"http://{lao_a.site.hostname}/ideas/{idea.pk}/" in central


def test_the_overview_counts_box_ideas(lao_a, today):
    from dashboard.figures import compute
    from portal.templatetags.thai_dates import fiscal_year_of

    box_idea(lao_a)
    rows, totals = compute(None, "", fiscal_year_of(today), today)
    assert totals["ideas"] == 1


def test_nobody_else_proposes_for_someone(client, lao_a, lao_b, village):
    """An idea is the signed-in person's: the form has no author field to fill."""
    someone = get_user_model().objects.create_user(username="someone", password="pw-for-tests-1")
    client.force_login(someone)
    client.post("/ideas/propose/", {**form_data(village), "author": "1"}, HTTP_HOST=host_of(lao_a))
    assert not Idea.objects.exists()  # no consent and no standing: refused before the form is read
