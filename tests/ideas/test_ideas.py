"""Submitting an idea: who may, when, photos without location, once per form, and its lifecycle."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from PIL import Image

from ideas.lifecycle import TransitionError, change_state
from ideas.models import Idea, IdeaState, IdeaTransition, SubmitterStanding
from participation.eligibility import Audience
from portal.identity.models import StandingKind
from portal.snippets.models import AuthorityFunction
from portal.tenancy.models import Village
from tests.conftest import host_of

GPS_IFD = 0x8825


def photo_with_gps(name="road.jpg", size=(2400, 1800), fmt="JPEG"):
    image = Image.new("RGB", size, (120, 90, 60))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2], gps[3], gps[4] = "N", (8.0, 2.0, 30.0), "E", (98.0, 49.0, 10.0)
    buffer = io.BytesIO()
    image.save(buffer, fmt, exif=exif)
    data = buffer.getvalue()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(GPS_IFD)  # the test photo really has GPS
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


@pytest.fixture
def village(lao_a):
    return Village.objects.create(authority=lao_a, number=3, name_th="บ้านนาหลวง")


@pytest.fixture
def ideas_page(lao_a, make_consultation, today):
    return make_consultation(lao_a, "ideas", audience_submit=Audience.LOCALS_AND_OUTSIDERS)


@pytest.fixture
def local(citizen, lao_a, make_standing):
    make_standing(citizen, lao_a, StandingKind.LOCAL)
    return citizen


def submit_url(page):
    return page.url + page.reverse_subpage("submit_idea")


def form_data(place, **extra):
    data = {
        "title": "ถนนหน้าโรงเรียนน้ำท่วมขัง", "description": "ฝนตกทีไรน้ำท่วมถนนหน้าโรงเรียนบ้านนาหลวง เด็กเดินลำบาก",
        "village": str(place.pk), "estimated_cost": "350000", "latitude": "", "longitude": "",
        "submission_token": "7b7c6f1e-2b1e-4a55-9d3c-8d9f3c1f2a10",
        "category": str(AuthorityFunction.objects.filter(within_lao_authority=True).order_by("sort_order").first().pk),
    }
    data.update(extra)
    return data


@pytest.fixture
def post(client, lao_a):
    def send(page, data, user):
        client.force_login(user)
        return client.post(submit_url(page), data, HTTP_HOST=host_of(lao_a))

    return send


@pytest.mark.django_db
def test_local_submits_an_idea_with_a_photo_without_location(ideas_page, local, village, post):
    response = post(ideas_page, form_data(village, photos=[photo_with_gps()]), local)
    assert response.status_code == 302
    idea = Idea.objects.get()
    assert (idea.state, idea.standing, idea.village, idea.author) == (
        IdeaState.SUBMITTED, SubmitterStanding.LOCAL, village, local
    )
    assert idea.consultation_key == ideas_page.translation_key and idea.authority == ideas_page.authority
    assert list(IdeaTransition.objects.values_list("to_state", flat=True)) == [IdeaState.SUBMITTED]
    stored = Image.open(idea.photos.get().image.open())
    assert max(stored.size) <= 1600
    exif = stored.getexif()
    assert not exif.get_ifd(GPS_IFD) and 0x010F not in exif and "exif" not in stored.info


@pytest.mark.django_db
def test_the_same_form_sent_twice_makes_one_idea(ideas_page, local, village, post):
    post(ideas_page, form_data(village), local)
    response = post(ideas_page, form_data(village), local)
    assert response.status_code == 302
    assert Idea.objects.count() == 1


@pytest.mark.django_db
def test_failed_submission_keeps_what_was_typed(ideas_page, local, village, post):
    response = post(ideas_page, form_data(village, title=""), local)
    assert response.status_code == 400
    html = response.content.decode()
    assert "ฝนตกทีไรน้ำท่วมถนนหน้าโรงเรียนบ้านนาหลวง" in html  # the description is still there
    assert 'value="350000' in html
    assert not Idea.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("upload, message", [
    (SimpleUploadedFile("notes.jpg", b"not an image at all", content_type="image/jpeg"), "ไม่ใช่รูปภาพ"),
    (SimpleUploadedFile("big.jpg", b"0" * (8 * 1024 * 1024 + 1), content_type="image/jpeg"), "ใหญ่เกินไป"),
])
def test_bad_photos_are_refused_with_a_reason(ideas_page, local, village, post, upload, message):
    response = post(ideas_page, form_data(village, photos=[upload]), local)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Idea.objects.exists()


@pytest.mark.django_db
def test_at_most_three_photos(ideas_page, local, village, post):
    photos = [photo_with_gps(f"p{i}.jpg", size=(40, 30)) for i in range(4)]
    response = post(ideas_page, form_data(village, photos=photos), local)
    assert response.status_code == 400 and not Idea.objects.exists()


@pytest.mark.django_db
def test_outsider_idea_outside_the_area(ideas_page, citizen, lao_a, make_standing, village, post):
    make_standing(citizen, lao_a, StandingKind.OUTSIDER)
    post(ideas_page, form_data(village, village="outside"), citizen)
    idea = Idea.objects.get()
    assert idea.standing == SubmitterStanding.OUTSIDER and idea.outside_area and idea.village is None


@pytest.mark.django_db
def test_not_eligible_or_closed_submits_nothing(lao_a, make_consultation, citizen, village, post, today):
    locals_only = make_consultation(lao_a, "ideas", slug="locals", audience_submit=Audience.LOCALS)
    post(locals_only, form_data(village), citizen)
    closed = make_consultation(lao_a, "voting", slug="late")
    post(closed, form_data(village), citizen)
    assert not Idea.objects.exists()


@pytest.mark.django_db
def test_another_laos_village_is_not_accepted(ideas_page, local, lao_b, post):
    foreign = Village.objects.create(authority=lao_b, number=1, name_th="บ้านอื่น")
    response = post(ideas_page, form_data(foreign), local)
    assert response.status_code == 400 and not Idea.objects.exists()


@pytest.mark.django_db
def test_after_submitting_the_block_says_so(ideas_page, local, village, post, client, lao_a):
    post(ideas_page, form_data(village), local)
    html = client.get(ideas_page.url, HTTP_HOST=host_of(lao_a)).content.decode()
    assert "เราได้รับข้อเสนอของคุณแล้ว" in html


@pytest.mark.django_db
def test_lifecycle_is_logged_and_the_author_told(ideas_page, local, village, post, make_member, lao_a, mailoutbox,
                                                django_capture_on_commit_callbacks):
    local.email = "somchai@example.org"
    local.save()
    post(ideas_page, form_data(village), local)
    idea = Idea.objects.get()
    moderator = make_member(lao_a, "moderators")
    with pytest.raises(TransitionError):
        change_state(idea, IdeaState.REJECTED, by=moderator)  # a rejection needs a reason
    with django_capture_on_commit_callbacks(execute=True):
        change_state(idea, IdeaState.REJECTED, by=moderator, reason="ซ้ำกับข้อเสนอเรื่องถนนสายเดียวกัน")
    with django_capture_on_commit_callbacks(execute=True):
        change_state(idea, IdeaState.PUBLISHED, by=moderator)
    log = list(IdeaTransition.objects.filter(idea=idea).values_list("from_state", "to_state", "by"))
    assert log == [("", "submitted", local.pk), ("submitted", "rejected", moderator.pk),
                   ("rejected", "published", moderator.pk)]
    assert [m.to for m in mailoutbox] == [["somchai@example.org"]] * 2
    assert "ซ้ำกับข้อเสนอ" in mailoutbox[0].body
    with pytest.raises(TransitionError):
        change_state(Idea.objects.get(), IdeaState.SUBMITTED, by=moderator)


@pytest.mark.django_db
def test_my_ideas_shows_state_and_reason_of_my_ideas_only(ideas_page, local, village, post, client, lao_a,
                                                          django_user_model, django_capture_on_commit_callbacks):
    post(ideas_page, form_data(village), local)
    with django_capture_on_commit_callbacks(execute=True):
        change_state(Idea.objects.get(), IdeaState.REJECTED, reason="อยู่นอกอำนาจหน้าที่")
    Idea.objects.create(authority=lao_a, consultation_key=ideas_page.translation_key, title="ของคนอื่น",
                        description="x", standing="local",
                        author=django_user_model.objects.create_user(username="other", password="x"))
    html = client.get("/my-ideas/", HTTP_HOST=host_of(lao_a)).content.decode()
    assert "ถนนหน้าโรงเรียนน้ำท่วมขัง" in html and "อยู่นอกอำนาจหน้าที่" in html
    assert "ของคนอื่น" not in html


@pytest.mark.django_db
def test_pre_screen_findings_wait_for_the_moderator_with_personal_data_masked(ideas_page, local, village, post):
    text = "ช่วยซ่อมถนนด้วยครับเลือกตั้งครั้งหน้าอย่าลืมเลือกผม ติดต่อ 081-234-5678 เลขบัตร 1-1120-34563-56-2"
    post(ideas_page, form_data(village, description=text), local)
    idea = Idea.objects.get()
    assert idea.state == IdeaState.SUBMITTED  # held for a moderator, never discarded
    categories = {finding["category"] for finding in idea.screening}
    assert {"campaign", "personal_data"} <= categories, idea.screening
    assert "1112034563562" not in str(idea.screening) and "1-1120-34563-56-2" not in str(idea.screening)
    assert "081-234-5678" not in str(idea.screening)


@pytest.mark.django_db
def test_a_clean_idea_has_no_findings(ideas_page, local, village, post):
    post(ideas_page, form_data(village), local)
    assert Idea.objects.get().screening == []
