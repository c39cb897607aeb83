"""An LAO's search shows that LAO's public content only; the central site searches every LAO.

Every item below contains the word "ถนน" (road), so any leak would be found by the one query.
"""

from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import PageViewRestriction

import pytest

from ideas.models import IdeaState
from portal.pages.models import StandardPage
from tests.conftest import host_of

from .conftest import everything, lao_scope, make_comment, make_consultation, make_idea, publish

WORD = "ถนน"


def comment_on(title):
    """The title of a comment's result, in Thai (the language of the searches below)."""
    with translation.override("th"):
        return gettext("Comment on “%(title)s”") % {"title": title}


def found(scope, text=WORD):
    return {result.title.replace("<mark>", "").replace("</mark>", "") for result in everything(scope, text).results}


@pytest.fixture
def two_laos(lao_a, lao_b):
    """Public and non-public content with the same word in two LAOs. Returns the titles that
    each LAO may show, and the titles nobody may see."""
    visible = {lao_a: set(), lao_b: set()}
    hidden = set()
    for lao, tag in ((lao_a, "อ่าวนาง"), (lao_b, "เชียงใหม่")):
        home = lao.home_page.specific
        consultation = make_consultation(lao, title=f"ปรับปรุงถนน{tag}")
        visible[lao].add(consultation.title)
        page = publish(home, StandardPage(title=f"ข่าวถนน{tag}", slug="news", intro="ถนนสายใหม่"))
        visible[lao].add(page.title)
        idea = make_idea(lao, consultation, f"ถนนชำรุดหน้าวัด{tag}", "ขอซ่อมถนนด่วน")
        visible[lao].add(idea.title)
        comment = make_comment(consultation, idea, f"เห็นด้วยเรื่องถนน{tag}")
        visible[lao].add(comment_on(idea.title))
        assert comment.is_public

    # Not public, in LAO A: none of these may ever show.
    home = lao_a.home_page.specific
    draft = StandardPage(title="ร่างถนนยังไม่เผยแพร่", slug="draft", live=False)
    home.add_child(instance=draft)
    draft.save_revision()
    hidden.add(draft.title)

    withdrawn = publish(home, StandardPage(title="ถนนประกาศที่ถอนแล้ว", slug="withdrawn"))
    withdrawn.unpublish()
    hidden.add(withdrawn.title)

    private = publish(home, StandardPage(title="ถนนเฉพาะเจ้าหน้าที่", slug="private"))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    hidden.add(private.title)

    live = publish(home, StandardPage(title="ประกาศซ่อมทาง", slug="notice", intro="ปิดทางชั่วคราว"))
    live.title = "ร่างแก้ไขถนนที่ยังไม่อนุมัติ"
    live.save_revision()  # a draft of a live page: its text is not public yet
    hidden.add(live.title)

    consultation = make_consultation(lao_a, slug="second", title="โครงการที่สอง")
    for state in (IdeaState.SUBMITTED, IdeaState.REJECTED, IdeaState.HIDDEN):
        hidden.add(make_idea(lao_a, consultation, f"ถนนสถานะ {state}", "ถนน", state=state).title)
    draft_consultation = make_consultation(lao_a, slug="draft-consultation", title="ร่างรับฟังเรื่องทาง")
    draft_consultation.unpublish()
    hidden.add(make_idea(lao_a, draft_consultation, "ถนนในร่างรับฟัง", "ถนน").title)

    rejected_later = make_idea(lao_a, consultation, "ทางเดินในซอย", "ซอยแคบ")
    make_comment(consultation, rejected_later, "ถนนในซอยนี้ควรขยาย")
    from ideas.lifecycle import change_state

    change_state(rejected_later, IdeaState.REJECTED, reason="ซ้ำ")
    hidden.add(comment_on(rejected_later.title))

    for text, change in (("ถนนความเห็นที่ถูกซ่อน", {"is_public": False}),
                         ("ถนนความเห็นที่ถูกลบ", {"is_removed": True})):
        comment = make_comment(consultation, consultation, text)
        for name, value in change.items():
            setattr(comment, name, value)
        comment.save()
    return visible, hidden


@pytest.mark.django_db
def test_each_lao_sees_only_its_own_public_content(lao_a, lao_b, two_laos):
    visible, hidden = two_laos
    for lao, other in ((lao_a, lao_b), (lao_b, lao_a)):
        titles = found(lao_scope(lao))
        assert visible[lao] <= titles
        assert not titles & visible[other]
        assert not titles & hidden
    # Nothing hidden is found by its own words either.
    for title in hidden:
        assert not found(lao_scope(lao_a), title) & hidden, title


@pytest.mark.django_db
def test_hidden_comments_are_not_found(lao_a, two_laos):
    assert not found(lao_scope(lao_a), "ความเห็นที่ถูกซ่อน")
    assert not found(lao_scope(lao_a), "ความเห็นที่ถูกลบ")
    assert not found(lao_scope(lao_a), "ขยาย")


@pytest.mark.django_db
def test_the_search_page_of_a_site_shows_its_lao_only(client, lao_a, lao_b, two_laos):
    visible, hidden = two_laos
    response = client.get("/search/", {"q": WORD}, HTTP_HOST=host_of(lao_a))
    assert response.status_code == 200
    html = response.content.decode()
    assert "ถนนชำรุดหน้าวัดอ่าวนาง".replace(WORD, f"<mark>{WORD}</mark>") in html
    assert "เชียงใหม่" not in html.split('<main id="main"')[1]
    for title in hidden:
        assert title not in html


@pytest.mark.django_db
def test_the_central_site_searches_every_lao_with_filters(client, central_site, lao_a, lao_b, two_laos):
    from search.scope import Scope

    visible, hidden = two_laos
    thai = lao_scope(lao_a).locale_id
    everyone = found(Scope(locale_id=thai))
    assert visible[lao_a] | visible[lao_b] <= everyone
    assert not everyone & hidden
    assert found(Scope(locale_id=thai, province=lao_a.province)) >= visible[lao_a]
    assert not found(Scope(locale_id=thai, province=lao_a.province)) & visible[lao_b]
    assert not found(Scope(locale_id=thai, kind=lao_b.kind)) & visible[lao_a]
    assert found(Scope(locale_id=thai, kind=lao_b.kind)) >= visible[lao_b]

    response = client.get("/search/", {"q": WORD, "province": lao_b.province_id}, HTTP_HOST="ruamkhit.test")
    html = response.content.decode()
    assert response.status_code == 200
    assert lao_b.full_name_th in html  # results name their LAO on the central site
    assert "อ่าวนาง" not in html.split('<ol class="search__results"')[1]


@pytest.mark.django_db
def test_english_pages_are_searched_at_en(client, lao_a):
    page = publish(lao_a.home_page.specific, StandardPage(title="ถนนสายใหม่", slug="road"))
    response = client.get("/en/search/", {"q": WORD}, HTTP_HOST=host_of(lao_a))
    assert response.status_code == 200
    assert page.title not in response.content.decode()  # a Thai page, not yet translated
    assert page.title in client.get("/search/", {"q": WORD}, HTTP_HOST=host_of(lao_a)).content.decode().replace(
        f"<mark>{WORD}</mark>", WORD)


@pytest.mark.django_db
def test_what_a_search_remembers_of_the_tree_follows_the_editors(lao_a):
    """Private sections, the live consultations and their titles are kept between searches
    (``search.tree_cache``); publishing, unpublishing, moving or restricting a page shows at once."""
    home = lao_a.home_page.specific
    scope = lambda: lao_scope(lao_a)  # noqa: E731 (a new scope per search, as per request)
    first = make_consultation(lao_a, slug="first", title="แผนพัฒนาถนนสายหลัก")
    make_idea(lao_a, first, "ถนนหน้าวัดเป็นหลุม")
    notice = publish(home, StandardPage(title="ประกาศปิดถนนชั่วคราว", slug="notice"))
    assert found(scope()) == {"แผนพัฒนาถนนสายหลัก", "ถนนหน้าวัดเป็นหลุม", "ประกาศปิดถนนชั่วคราว"}

    second = make_consultation(lao_a, slug="second", title="งบประมาณซ่อมถนนปี 2570")
    make_idea(lao_a, second, "ถนนลูกรังหมู่ 4")
    assert {"งบประมาณซ่อมถนนปี 2570", "ถนนลูกรังหมู่ 4"} <= found(scope())

    restriction = PageViewRestriction.objects.create(page=notice, restriction_type="password", password="x")
    assert "ประกาศปิดถนนชั่วคราว" not in found(scope())
    restriction.delete()
    assert "ประกาศปิดถนนชั่วคราว" in found(scope())

    second.unpublish()
    assert not {"งบประมาณซ่อมถนนปี 2570", "ถนนลูกรังหมู่ 4"} & found(scope())

    first.title = "แผนพัฒนาถนนและทางเท้า"
    first.save_revision().publish()
    make_comment(first, first, "ถนนเส้นนี้ควรมีไฟส่องสว่าง")
    assert comment_on("แผนพัฒนาถนนและทางเท้า") in found(scope())
