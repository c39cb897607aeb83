"""The Thai test set (tests/search/data) as real content of one LAO, and helpers to search it."""

import csv
import datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Locale

import pytest

from consultations.models import ConsultationPage
from ideas.models import Idea, IdeaState
from portal.pages.models import ProblemBriefPage, StandardPage
from search.results import search
from search.scope import Scope

DATA = Path(__file__).parent / "data"
NEUTRAL_BODY = [
    {"type": "idea_form", "value": {"heading": "เสนอความคิดเห็น", "intro": ""}},
    {"type": "idea_list", "value": {"heading": "ข้อเสนอที่เผยแพร่แล้ว", "sort": "newest", "page_size": 10}},
    {"type": "comments", "value": {"heading": "ความคิดเห็น"}},
]


def read(name):
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def thai(authority=None):
    return Locale.objects.get(language_code="th").pk


def lao_scope(authority, **kwargs):
    return Scope(locale_id=thai(), authority=authority, **kwargs)


def everything(scope, text, **kwargs):
    """Every result of a search (one page of up to 1,000)."""
    return search(scope, text, per_page=1000, **kwargs)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def make_consultation(authority, slug="plan", title="รับฟังความคิดเห็นแผนพัฒนาตำบลปี 2571", **fields):
    today = timezone.localdate()
    values = dict(
        title=title, slug=slug, purpose="อบต. ขอรับฟังข้อเสนอของประชาชนเพื่อจัดทำแผนพัฒนาท้องถิ่น",
        question="เรื่องใดในตำบลควรแก้ไขเป็นอันดับแรก", body=NEUTRAL_BODY, fiscal_year=2571,
        ideas_start=today - datetime.timedelta(days=5), ideas_end=today + datetime.timedelta(days=20),
        comments_premoderated=False, audience_comment="signed_in",
    )
    values.update(fields)
    return publish(authority.home_page.specific, ConsultationPage(**values))


def make_idea(authority, consultation, title, description="", state=IdeaState.PUBLISHED, **fields):
    return Idea.objects.create(
        authority=authority, consultation_key=consultation.translation_key, title=title, description=description,
        standing="local", state=state, published_at=timezone.now() if state == IdeaState.PUBLISHED else None,
        **fields,
    )


def make_comment(consultation, target, text, user=None):
    from ideas.comments import post_comment

    user = user or get_user_model().objects.get_or_create(username="commenter")[0]
    return post_comment(page=consultation, target=target, user=user, text=text, parent_id=None,
                        followup=False, standing="local")


# Comments of the test set: on which document (an idea of the set) or None for the consultation page.
COMMENT_TARGETS = {"d57": "d01", "d58": "d11", "d59": "d29", "d60": None}


@pytest.fixture
def thai_test_set(lao_a):
    """The 60 documents of tests/search/data/documents.csv as ideas, pages, problem briefs and
    comments of อบต.อ่าวนาง. Returns {document id: the object whose search result it is}."""
    home = lao_a.home_page.specific
    consultation = make_consultation(lao_a)
    made = {}
    for row in read("documents.csv"):
        number, kind, title, text = row["id"], row["kind"], row["title"], row["text"]
        if kind == "idea":
            made[number] = make_idea(lao_a, consultation, title, text)
        elif kind == "page":
            made[number] = publish(home, StandardPage(title=title, slug=f"page-{number}", intro=text))
        elif kind == "brief":
            made[number] = publish(home, ProblemBriefPage(title=title, slug=f"brief-{number}", problem=f"<p>{text}</p>"))
        else:
            target = made[COMMENT_TARGETS[number]] if COMMENT_TARGETS[number] else consultation
            made[number] = make_comment(consultation, target, text)
    return made
