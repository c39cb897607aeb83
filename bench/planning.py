"""Officers' work at scale: bulk triage, the triage queue, the referrals and ผ.02 exports, an
idea page with its outcome.

Seeds one LAO with a consultation of ``--ideas`` published ideas (default 1,000) in a
PostgreSQL database (``--database-url``, created if missing, migrated, kept), then measures:

- deciding 500 ideas at once (one bulk triage: half referred, half within authority);
- the triage queue (50 a page) and the referrals list, as an officer, median and p95 over
  ``--requests`` requests through Django's test client (no network, DEBUG off);
- the referrals export (500 rows) as CSV and XLSX, and the ผ.02 of 100 projects as CSV, XLSX, PDF;
- an idea page with its triage decision and plan project, signed out.

    .venv/bin/python bench/planning.py [--ideas N] [--requests N] [--database-url URL]
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ideas_pages import ensure_database, setup  # noqa: E402


def seed(ideas):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from consultations.models import ConsultationPage
    from ideas.models import Idea, IdeaState
    from portal.tenancy.models import Village
    from portal.tenancy.provisioning import provision, provision_central_site, register
    from portal.tenancy.registry import find_in_registry

    provision_central_site()
    authority, _ = register(find_in_registry("6810104"), name_en="Ao Nang", slug="ao-nang-sao")
    authority = provision(authority).authority
    villages = [Village.objects.get_or_create(authority=authority, number=n, defaults={"name_th": f"หมู่ {n}"})[0]
                for n in range(1, 8)]
    home = authority.home_page.specific
    page = ConsultationPage.objects.child_of(home).filter(slug="bench-planning").first()
    if page is None:
        today = timezone.localdate()
        page = ConsultationPage(
            title="แผนพัฒนาตำบล", slug="bench-planning", purpose="ทดสอบ", question="ตำบลควรพัฒนาอะไร",
            ideas_start=today - datetime.timedelta(days=40), ideas_end=today - datetime.timedelta(days=10), body=[])
        home.add_child(instance=page)
        page.save_revision().publish()
    existing = Idea.objects.filter(consultation_key=page.translation_key).count()
    Idea.objects.bulk_create(
        Idea(authority=authority, consultation_key=page.translation_key, title=f"ขยายถนนหมู่ {n % 7 + 1} ข้อเสนอที่ {n}",
             description="ถนนแคบ รถสวนกันไม่ได้ ขอขยายไหล่ทางและทำรางระบายน้ำ " * 3, village=villages[n % 7],
             standing="local", state=IdeaState.PUBLISHED, published_at=timezone.now(), estimated_cost=150_000 + n)
        for n in range(existing, ideas)
    )
    officer, _ = get_user_model().objects.get_or_create(username="bench-officer")
    officer.groups.add(Group.objects.get(name=authority.group_name("officers")))
    return authority, page, officer


def timed(function, repeat=1):
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return times, result


def summary(times):
    times = sorted(times)
    return f"median {statistics.median(times) * 1000:.0f} ms, p95 {times[int(len(times) * 0.95) - 1] * 1000:.0f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/ruamkhit_bench_planning")
    args = parser.parse_args()
    ensure_database(args.database_url)
    setup(args.database_url)

    from django.db import connection
    from django.test import Client

    from ideas.models import Idea
    from planning import plans, triage
    from planning.models import PlanProject, TriageDecision, TriageOutcome
    from portal.snippets.models import AuthorityFunction
    from tests.conftest import staff_login

    authority, page, officer = seed(args.ideas)
    TriageDecision.objects.filter(authority=authority).delete()
    PlanProject.objects.filter(authority=authority).delete()
    ideas = list(Idea.objects.filter(consultation_key=page.translation_key).order_by("pk")[:500])
    outside = AuthorityFunction.objects.filter(within_lao_authority=False).first()
    roads = AuthorityFunction.objects.filter(within_lao_authority=True).first()
    (seconds,), _ = timed(lambda: (
        triage.decide_many(ideas[:250], TriageOutcome.REFER, by=officer, function=outside, referral_level="district",
                           note="ส่งแผนอำเภอ", notify_author=False),
        triage.decide_many(ideas[250:], TriageOutcome.WITHIN, by=officer, function=roads, route="plan",
                           notify_author=False),
    ))
    print(f"bulk triage of 500 ideas: {seconds:.2f} s ({seconds / 500 * 1000:.1f} ms per idea)")

    for n, idea in enumerate(ideas[250:350]):
        project = PlanProject.objects.create(
            authority=authority, title=f"โครงการขยายถนน ระยะที่ {n + 1}", objective="เพื่อการสัญจรที่ปลอดภัย",
            target_output="ถนนกว้าง 6 เมตร", first_year=2571, budget_year_1=500_000, budget_year_3=100_000,
            kpi="ร้อยละ 80 พึงพอใจ", expected_result="ลดอุบัติเหตุ", responsible_unit="กองช่าง")
        project.source_ideas.add(idea)

    client = Client()
    staff_login(client, officer)
    host = authority.site.hostname
    for name, url in [("triage queue (all ideas, 50 a page)", "/admin/triage/?show=all"),
                      ("referrals list (250)", "/admin/referrals/")]:
        for _ in range(5):
            client.get(url, HTTP_HOST=host)
        queries = []  # counted by a wrapper: the test client's request_started resets connection.queries

        def count(execute, sql, *rest, queries=queries):
            queries.append(sql)
            return execute(sql, *rest)

        with connection.execute_wrapper(count):
            response = client.get(url, HTTP_HOST=host)
        assert response.status_code == 200, (url, response.status_code, response.get("Location"))
        times, _ = timed(lambda url=url: client.get(url, HTTP_HOST=host), args.requests)
        print(f"{name}: {summary(times)}, {len(queries)} queries")
    for fmt in ("csv", "xlsx"):
        (seconds,), response = timed(lambda fmt=fmt: client.get(f"/admin/referrals/export/{fmt}/", HTTP_HOST=host))
        print(f"referrals export, 250 rows, {fmt}: {seconds:.2f} s, {len(response.content):,} bytes")
    for fmt in ("csv", "xlsx", "pdf"):
        (seconds,), response = timed(
            lambda fmt=fmt: client.get(f"/admin/plan/export/{fmt}/?year=2571", HTTP_HOST=host))
        print(f"ผ.02 export, {plans.projects_for_plan(authority, 2571).count()} projects, {fmt}: "
              f"{seconds:.2f} s, {len(response.content):,} bytes")
    public = Client()
    url = page.relative_url(authority.site) + f"ideas/{ideas[260].pk}/"
    for _ in range(5):
        public.get(url, HTTP_HOST=host)
    times, _ = timed(lambda: public.get(url, HTTP_HOST=host), args.requests)
    print(f"idea page with its outcome and plan project: {summary(times)}")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    main()
