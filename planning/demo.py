"""Demo officers' work for an LAO: triage decisions, a referral being followed up, an onsite
forum with its ideas, plan projects (from an accepted idea and a funded ballot project) with
progress. Idempotent: an LAO with any triage decision is left as it is. Nobody is e-mailed."""

import datetime

from django.utils import timezone

from ballots.models import Ballot
from consultations.models import ConsultationPage
from ideas.models import IdeaState
from portal.snippets.models import AuthorityFunction

from . import forums, plans, progress, referrals, triage
from .models import Forum, PlanProject, ProjectSource, ProjectStatus, TriageDecision, TriageOutcome
from .public import project_url


def _page(authority, slug):
    home = authority.home_page.specific
    return (ConsultationPage.objects.child_of(home).filter(slug=slug, locale_id=home.locale_id).first())


def _function(code_part, within=True):
    functions = AuthorityFunction.objects.filter(within_lao_authority=within).order_by("sort_order")
    return functions.filter(code__icontains=code_part).first() or functions.first()


def create_demo_planning(authority, officer, today=None):
    """Returns the plan projects made ([] when the LAO has its demo planning already)."""
    if TriageDecision.objects.filter(authority=authority).exists():
        return []
    today = today or timezone.localdate()
    page = _page(authority, "elderly")
    if page is None:
        return []
    ideas = list(page.authority.ideas.filter(consultation_key=page.translation_key, state=IdeaState.PUBLISHED)
                 .order_by("pk"))
    if len(ideas) < 4:
        return []
    villages = list(authority.villages.all())
    outside = AuthorityFunction.objects.filter(within_lao_authority=False).first()
    roads = _function("road")
    quiet = {"by": officer, "notify_author": False}
    triage.decide(ideas[0], TriageOutcome.WITHIN, route="plan", function=roads, **quiet)
    triage.decide(ideas[1], TriageOutcome.WITHIN, route="ballot", function=roads, **quiet)
    triage.decide(ideas[3], TriageOutcome.WITHIN, route="plan", function=_function("waste"), **quiet)

    forum = Forum.objects.create(
        authority=authority, consultation_key=page.translation_key, held_on=today - datetime.timedelta(days=20),
        place="ศาลาประชาคมหมู่ 1", village=villages[0] if villages else None, attendance=48, created_by=officer,
    )
    highway = forums.enter_idea(
        forum, title="ขยายไหล่ทางหลวงหน้าวัด", by=officer, village=villages[0] if villages else None,
        description="ทางหลวงแผ่นดินหน้าวัดแคบ รถบรรทุกวิ่งเร็ว ผู้สูงอายุข้ามถนนไปวัดลำบาก ขอขยายไหล่ทางและทำทางม้าลาย",
    )
    lamp = forums.enter_idea(
        forum, title="ไฟริมถนนเลียบคลองดับหลายต้น", by=officer, village=villages[0] if villages else None,
        description="ชาวบ้านในเวทีขอให้ซ่อมไฟริมถนนเลียบคลองที่ดับ เดินกลับบ้านตอนค่ำไม่ปลอดภัย",
    )
    decision = triage.decide(highway, TriageOutcome.REFER, function=outside, referral_level="district",
                             note="ทางหลวงแผ่นดินอยู่ในความรับผิดชอบของแขวงทางหลวง ส่งเข้าแผนพัฒนาอำเภอ (ONE PLAN)",
                             **quiet)
    referrals.change_status(decision.referral, "acknowledged", by=officer, notify_author=False,
                            note="ที่ว่าการอำเภอรับเรื่องแล้ว")
    triage.decide(lamp, TriageOutcome.DUPLICATE, duplicate_of=ideas[2], **quiet)
    triage.decide(ideas[2], TriageOutcome.WITHIN, route="ballot", function=roads, **quiet)

    first_year = plans.next_plan_year(today)
    road = PlanProject.objects.create(
        authority=authority, title="ปรับปรุงถนนลูกรังเข้าหมู่บ้านเป็นถนนคอนกรีตเสริมเหล็ก",
        objective="เพื่อให้ประชาชนสัญจรได้สะดวกและปลอดภัยตลอดปี", target_output="ถนน คสล. กว้าง 5 เมตร ยาว 850 เมตร",
        first_year=first_year, budget_year_1=850_000, budget_year_2=None, budget_year_3=120_000,
        kpi="ร้อยละ 80 ของผู้ใช้ถนนพึงพอใจ", expected_result="ลดอุบัติเหตุรถจักรยานยนต์ในฤดูฝน",
        responsible_unit="กองช่าง", function=roads, village=ideas[0].village, source=ProjectSource.IDEA,
        created_by=officer,
    )
    road.source_ideas.add(ideas[0])
    made = [road]
    progress.record(road, status=ProjectStatus.IN_PROGRESS, percent=35, on_date=today - datetime.timedelta(days=6),
                    text="ปรับระดับและบดอัดดินแล้ว เริ่มเทคอนกรีตช่วงแรก 300 เมตร", by=officer,
                    project_url=project_url(road), notify_people=False)

    lights = _page(authority, "streetlights")
    ballot = Ballot.objects.filter(consultation_key=lights.translation_key).first() if lights else None
    if ballot is not None and not ballot.result:
        from ballots import results

        results.recount(ballot)
        ballot.refresh_from_db()
    for funded in plans.funded_projects_waiting(authority)[:2]:
        project = PlanProject.objects.create(
            authority=authority, title=funded.title, objective=funded.description,
            target_output=funded.description, first_year=first_year, budget_year_1=funded.cost,
            kpi="ติดตั้งแล้วเสร็จตามสัญญา", expected_result="ถนนสว่างและปลอดภัยยามค่ำคืน", responsible_unit="กองช่าง",
            village=funded.village, source=ProjectSource.BALLOT, ballot_project=funded, created_by=officer,
        )
        progress.record(project, status=ProjectStatus.DONE, percent=100, on_date=today - datetime.timedelta(days=2),
                        text="ติดตั้งและตรวจรับงานแล้วเสร็จ", by=officer, project_url=project_url(project),
                        notify_people=False)
        made.append(project)
    return made
