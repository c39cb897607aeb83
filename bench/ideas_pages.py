"""Median and p95 time of a consultation's idea list (500 ideas) and of an idea page (300 comments).

Uses a PostgreSQL database (``--database-url``, created if missing and migrated; the demo data
it adds is kept between runs). Requests go through Django's test client in this process (no
network, DEBUG off, local-memory cache), signed out, after 20 warm-up requests.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]


def ensure_database(url):
    import psycopg

    name = urlparse(url).path.lstrip("/")
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def setup(database_url):
    os.environ.update(DJANGO_SETTINGS_MODULE="portal.settings.dev", DATABASE_URL=database_url)
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def seed(ideas=500, comments=300):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from consultations.models import ConsultationPage
    from ideas.comments import post_comment
    from ideas.models import Idea, IdeaState, Support
    from portal.tenancy.models import Village
    from portal.tenancy.provisioning import provision, provision_central_site, register
    from portal.tenancy.registry import find_in_registry

    provision_central_site()
    authority, _ = register(find_in_registry("6810104"), name_en="Ao Nang", slug="ao-nang-sao")
    authority = provision(authority).authority
    villages = [Village.objects.get_or_create(authority=authority, number=n, defaults={"name_th": f"หมู่ {n}"})[0]
                for n in range(1, 8)]
    home = authority.home_page.specific
    page = ConsultationPage.objects.child_of(home).filter(slug="bench").first()
    if page is None:
        today = timezone.localdate()
        page = ConsultationPage(
            title="ปรับปรุงถนนในตำบล", slug="bench", purpose="ทดสอบ", question="ถนนสายใดควรซ่อมก่อน",
            ideas_start=today - datetime.timedelta(days=5), ideas_end=today + datetime.timedelta(days=20),
            comments_premoderated=False, audience_comment="signed_in", body=[
                {"type": "idea_list", "value": {"heading": "ข้อเสนอ", "sort": "most_supported", "page_size": 20}},
                {"type": "comments", "value": {"heading": "ความคิดเห็น"}},
            ])
        home.add_child(instance=page)
        page.save_revision().publish()
    User = get_user_model()
    people = [User.objects.get_or_create(username=f"bench{n}")[0] for n in range(20)]
    existing = Idea.objects.filter(consultation_key=page.translation_key).count()
    Idea.objects.bulk_create(
        Idea(authority=authority, consultation_key=page.translation_key, title=f"ถนนหมู่ {n % 7 + 1} ชำรุด ข้อเสนอที่ {n}",
             description="ถนนลูกรังเป็นหลุมบ่อ หน้าฝนรถล้มบ่อย ขอให้ปรับปรุงเป็นถนนคอนกรีต " * 3,
             village=villages[n % 7], standing="local", state=IdeaState.PUBLISHED, published_at=timezone.now())
        for n in range(existing, ideas)
    )
    first = Idea.objects.filter(consultation_key=page.translation_key).order_by("pk").first()
    Support.objects.bulk_create(
        (Support(idea=idea, user=people[n % 20], standing="local")
         for n, idea in enumerate(Idea.objects.filter(consultation_key=page.translation_key).order_by("pk")[:200])),
        ignore_conflicts=True,
    )
    from django_comments_xtd.models import XtdComment

    have = XtdComment.objects.filter(object_pk=str(first.pk)).count()
    for n in range(have, comments):
        post_comment(page=page, target=first, user=people[n % 20], text=f"ความเห็นที่ {n} เห็นด้วยกับการซ่อมถนน",
                     parent_id=None, followup=False, standing="local")
    return authority, page, first


def measure(client, host, path, runs):
    for _ in range(20):
        client.get(path, HTTP_HOST=host)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(path, HTTP_HOST=host)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ruamkhit_bench_ideas"))
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    ensure_database(args.database_url)
    setup(args.database_url)
    from django.test import Client
    from django.test.utils import override_settings

    authority, page, idea = seed()
    host = authority.site.hostname
    storages = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    with override_settings(DEBUG=False, ALLOWED_HOSTS=["*"], STORAGES=storages):
        client = Client()
        path = page.get_url_parts()[2]
        for label, url in (("idea list, 500 ideas (20 a page)", path),
                           ("idea list, most supported, page 5", path + "?sort=most_supported&ideas_page=5"),
                           ("idea page, 300 comments", path + f"ideas/{idea.pk}/")):
            median, p95 = measure(client, host, url, args.runs)
            print(f"{label:<40} median {median:6.1f} ms   p95 {p95:6.1f} ms")


if __name__ == "__main__":
    main()
