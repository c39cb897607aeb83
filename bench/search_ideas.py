"""Thai search over 100,000 ideas: indexing time, and median and p95 of 100 searches.

Seeds a PostgreSQL database (``--database-url``, created if missing, migrated and kept; the
ideas are made once and reused by later runs) with 50 LAOs of the DLA registry, two live
consultations each and 100,000 published ideas of realistic Thai text, published over the last
three years: titles of 20 to 80 characters and descriptions of 80 to 900 (median about 300),
built from the problems residents
raise (roads, flooding, waste, the elderly allowance, markets, street lights, water, schools...)
with village names, landmarks, numbers and times, phrases joined without spaces as Thai is
written. The ideas are inserted without indexing, then indexed the way
``rebuild_search_index --only search.SearchableIdea`` does (chunks of 1,000), timed.

Then 100 searches (a fixed, seeded list of 1-3 word queries people type), each the whole work
of one search page: counts and a page of 10 results of every kind (pages, ideas, comments),
merged, with titles and excerpts highlighted, as ``search.results.search`` does for the view.
Measured on an LAO's site (2,000 ideas each) and on the central site (all 100,000, and one
province), after 10 warm-up searches, in three rounds (the machine's speed is printed before
each). Target: p95 under 50 ms on a 2-core machine.

    .venv/bin/python bench/search_ideas.py [--database-url URL] [--ideas 100000] [--reindex] [--rounds 3]
"""

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ideas_pages import ensure_database  # noqa: E402
from bench.ideas_pages import setup as bench_setup  # noqa: E402

RESULTS = ROOT / "bench" / "results"
LAOS = 50
PROVINCES = ("81", "50", "30")  # Krabi, Chiang Mai, Nakhon Ratchasima
SEED = 2569
YEARS = 3  # the ideas were published over the last three years

PLACES = ["หน้าวัด", "ข้างโรงเรียน", "ปากซอย", "หน้าตลาด", "ริมคลอง", "หลังศาลาประชาคม", "หน้าบ้านผู้ใหญ่บ้าน",
          "ทางเข้าหมู่บ้าน", "หน้าสถานีอนามัย", "ใกล้ศูนย์พัฒนาเด็กเล็ก", "ข้างสนามกีฬา", "ท้ายซอย"]
VILLAGES = ["นา", "หนอง", "ดอน", "โคก", "ห้วย", "คลอง", "ทุ่ง", "วัง", "โนน", "บาง", "ท่า", "หัวนา"]
SUFFIXES = ["ใหญ่", "น้อย", "ทอง", "แก้ว", "ใหม่", "เก่า", "ยาง", "ไผ่", "หิน", "สวรรค์", "งาม", "เจริญ"]
TIMES = ["มาสามเดือนแล้ว", "ทุกปี", "ตั้งแต่ต้นปี", "ทุกครั้งที่ฝนตก", "มานานกว่าสองปี", "ช่วงหน้าแล้ง",
         "เกือบทุกคืน", "หลายครั้งแล้ว"]
ASKS = ["ขอให้ อบต. ช่วยแก้ไขด่วน", "อยากให้เทศบาลจัดงบประมาณปีหน้า", "ขอให้ส่งเจ้าหน้าที่มาสำรวจ",
        "ชาวบ้านยินดีช่วยสมทบแรงงาน", "ขอให้บรรจุในแผนพัฒนาท้องถิ่น", "ควรทำประชาคมหมู่บ้านก่อน"]
# (title stems, sentences of the description) by the problems residents raise.
TOPICS = [
    (["ถนนลูกรังเป็นหลุมบ่อ", "ถนนชำรุดต้องการซ่อมแซม", "ขอถนนคอนกรีตเสริมเหล็ก", "ผิวถนนลาดยางแตกร้าว"],
     ["หน้าฝนน้ำขังเป็นแอ่ง", "รถจักรยานยนต์ล้มบ่อย", "เด็กนักเรียนเดินลำบาก", "รถขนผลผลิตเข้าออกไม่ได้",
      "ระยะทางประมาณ {n} เมตร", "ขอให้ลงหินคลุกและบดอัดใหม่"]),
    (["น้ำท่วมขังถนน", "ท่อระบายน้ำอุดตัน", "ขุดลอกคลองที่ตื้นเขิน", "น้ำท่วมซ้ำซาก"],
     ["ฝนตกหนักน้ำท่วมสูงครึ่งเข่า", "ท่อระบายน้ำเล็กเกินไป", "ผักตบชวาขวางทางน้ำ", "น้ำเอ่อล้นเข้านาข้าว",
      "บ้านเรือนเสียหายกว่า {n} หลัง", "ขอเครื่องสูบน้ำประจำหมู่บ้าน"]),
    (["ขยะล้นถัง", "รถเก็บขยะมาไม่ตรงเวลา", "ขอถังขยะแยกประเภท", "ห้ามเผาขยะในที่โล่ง"],
     ["ส่งกลิ่นเหม็นรบกวน", "สุนัขจรจัดคุ้ยกระจาย", "ขยะมูลฝอยตกค้างริมทาง", "ควรมีธนาคารขยะรีไซเคิล",
      "ควันจากการเผาขยะทำให้ผู้ป่วยหายใจไม่ออก", "รถเก็บขยะมาสัปดาห์ละ {n} ครั้ง"]),
    (["เบี้ยยังชีพผู้สูงอายุจ่ายล่าช้า", "ขอรถรับส่งผู้สูงอายุ", "ตั้งชมรมผู้สูงอายุ", "ดูแลผู้สูงอายุติดเตียง"],
     ["เงินเบี้ยยังชีพเข้าบัญชีช้ากว่ากำหนด", "ผู้สูงอายุอยู่ลำพังไปหาหมอไม่ได้", "ควรมีอาสาสมัครเยี่ยมบ้าน",
      "ผู้สูงอายุในหมู่บ้านมี {n} คน", "ขอให้จ่ายผ่านพร้อมเพย์"]),
    (["ตลาดนัดไม่มีที่จอดรถ", "หลังคาตลาดสดรั่ว", "ตลาดสดขาดระบบบำบัดน้ำเสีย", "จัดตลาดสินค้าเกษตร"],
     ["รถจอดกีดขวางทางเข้าออก", "แผงขายผักเปียกเวลาฝนตก", "น้ำเสียไหลลงคลอง", "ค่าเช่าแผงเดือนละ {n} บาท",
      "เกษตรกรอยากขายผักปลอดสารพิษ"]),
    (["ไฟฟ้าส่องสว่างดับ", "ขอติดตั้งไฟกิ่ง", "ขยายเขตไฟฟ้าเข้าไร่", "ไฟโซลาร์เซลล์ที่ป้ายรถ"],
     ["กลางคืนมืดมากเกิดเหตุวิ่งราว", "หลอดไฟดับหลายจุด", "เกษตรกรต้องใช้เครื่องสูบน้ำน้ำมัน",
      "ขอเพิ่มเสาไฟอีก {n} ต้น"]),
    (["น้ำประปาขุ่น", "ประปาหมู่บ้านไหลอ่อน", "ขาดแคลนน้ำอุปโภคบริโภค", "ขอเครื่องกรองน้ำดื่ม"],
     ["น้ำเป็นสีเหลืองมีตะกอน", "บ้านปลายท่อไม่มีน้ำใช้ตอนเย็น", "บ่อบาดาลแห้งช่วงหน้าแล้ง",
      "ต้องซื้อน้ำดื่มวันละ {n} บาท", "ควรเพิ่มถังเก็บน้ำสูง"]),
    (["ปรับปรุงศูนย์พัฒนาเด็กเล็ก", "สนามเด็กเล่นชำรุด", "ขอ Wi-Fi ฟรีที่ห้องสมุด", "อาหารกลางวันเด็กเล็ก"],
     ["เครื่องเล่นเป็นสนิมอันตรายต่อเด็ก", "นักเรียนไม่มีอินเทอร์เน็ตทำการบ้าน", "ผู้ปกครองอยากให้มีผักมากขึ้น",
      "เด็กเล็กในศูนย์มี {n} คน"]),
    (["ควบคุมสุนัขจรจัด", "พ่นหมอกควันกำจัดยุงลาย", "อบรม อสม. ปฐมพยาบาล", "ป้องกันไฟป่าและหมอกควัน"],
     ["สุนัขไล่กัดเด็กนักเรียน", "มีผู้ป่วยไข้เลือดออก {n} ราย", "ค่าฝุ่น PM2.5 สูงเกินมาตรฐาน",
      "ขอวัคซีนพิษสุนัขบ้า"]),
    (["ซ่อมสะพานไม้ข้ามคลอง", "ติดตั้งกล้องวงจรปิดที่สี่แยก", "ปรับปรุงไฟจราจร", "ทางเท้าแคบมีสิ่งกีดขวาง"],
     ["ไม้กระดานผุหักหลายแผ่น", "เกิดอุบัติเหตุรถชนบ่อย", "ร้านค้าวางของล้ำทางเท้า", "มีการลักขโมยรถจักรยานยนต์",
      "สัญญาณไฟเสียบ่อย"]),
]
QUERIES = [
    "ถนน", "ถนนชำรุด", "น้ำท่วม", "ขยะ", "เบี้ยยังชีพ", "ผู้สูงอายุ", "ตลาด", "ไฟฟ้า", "ประปา", "ท่อระบายน้ำ",
    "สุนัขจรจัด", "ยุงลาย", "ไข้เลือดออก", "เด็กเล็ก", "สะพาน", "กล้องวงจรปิด", "ไฟจราจร", "อุบัติเหตุ",
    "น้ำเสีย", "หลุมบ่อ", "ถนนลูกรัง", "ขยะมูลฝอย", "ที่จอดรถ", "น้ำประปาขุ่น", "ไฟกิ่ง", "ซ่อมแซม",
    "ถนน หมู่ 3", "น้ำท่วม โรงเรียน", "ขยะ ตลาด", "ไฟฟ้า ซอย", "ผู้สูงอายุ โรงพยาบาล", "ฝุ่น PM2.5", "Wi-Fi",
    "หนองใหญ่", "บ้านนาทอง", "ถนนคอนกรีตเสริมเหล็ก", "ศูนย์พัฒนาเด็กเล็ก", "บ่อบาดาล", "ผักปลอดสารพิษ",
    "เครื่องสูบน้ำ", "ไฟป่า", "ปฐมพยาบาล", "ห้องสมุด", "แผงขายผัก", "ต้องการ",
]


def setup(database_url):
    bench_setup(database_url)  # as every benchmark: settings, django.setup(), migrate
    from django.conf import settings

    settings.DEBUG = False  # no query log: it would grow with every statement


def village(rng):
    return f"บ้าน{rng.choice(VILLAGES)}{rng.choice(SUFFIXES)}"


def idea_text(rng):
    stems, sentences = rng.choice(TOPICS)
    title = rng.choice(stems)
    if rng.random() < 0.7:
        title += rng.choice(PLACES) if rng.random() < 0.5 else f" หมู่ {rng.randint(1, 15)}"
    if rng.random() < 0.4:
        title += village(rng)
    parts = []
    target = rng.choice([rng.randint(80, 250), rng.randint(200, 450), rng.randint(400, 900)])
    while sum(len(p) for p in parts) < target:
        sentence = rng.choice(sentences).format(n=rng.randint(2, 900))
        if rng.random() < 0.5:
            sentence += rng.choice(PLACES) + village(rng)
        if rng.random() < 0.4:
            sentence += rng.choice(TIMES)
        parts.append(sentence)
        if rng.random() < 0.3:
            parts.append(rng.choice(ASKS))
    # Thai puts spaces between phrases, not between words; some writers put none.
    joiner = "" if rng.random() < 0.2 else " "
    return title[:140], joiner.join(parts)[:5000]


def seed(count):
    from django.utils import timezone

    from consultations.models import ConsultationPage
    from ideas.models import Idea, IdeaState
    from portal.tenancy.bulk import provision_many
    from portal.tenancy.models import Authority
    from portal.tenancy.provisioning import provision_central_site, register_many
    from portal.tenancy.registry import REGISTRY_PATH, read_registry

    provision_central_site()
    by_province = {code: [r for r in read_registry(REGISTRY_PATH) if r.province_code == code] for code in PROVINCES}
    rows = [by_province[code][n] for n in range(LAOS) for code in PROVINCES][:LAOS]
    register_many(rows)
    provision_many(Authority.objects.filter(dla_code__in=[r.dla_code for r in rows]))
    authorities = list(Authority.objects.filter(dla_code__in=[r.dla_code for r in rows]).select_related("home_page"))
    consultations = []
    today = timezone.localdate()
    for authority in authorities:
        home = authority.home_page.specific
        for n in (1, 2):
            page = ConsultationPage.objects.child_of(home).filter(slug=f"bench-{n}").first()
            if page is None:
                page = ConsultationPage(
                    title=f"รับฟังความคิดเห็นโครงการที่ {n}", slug=f"bench-{n}", purpose="ทดสอบการค้นหา",
                    question="ควรแก้ปัญหาใดก่อน", ideas_start=today, ideas_end=today, body=[])
                home.add_child(instance=page)
                page.save_revision().publish()
            consultations.append((authority, page))
    have = Idea.objects.count()
    rng = random.Random(SEED + have)
    now = timezone.now()
    batch = []
    for n in range(have, count):
        authority, page = consultations[n % len(consultations)]
        title, description = idea_text(rng)
        # Submitted over the last three years, in order, and published a few hours to days later.
        submitted = now - timedelta(days=YEARS * 365 * (1 - n / count), hours=rng.randint(50, 100))
        published = submitted + timedelta(hours=rng.randint(1, 48))
        batch.append(
            Idea(
                authority=authority,
                consultation_key=page.translation_key,
                title=title,
                description=description,
                standing="local",
                state=IdeaState.PUBLISHED,
                submitted_at=submitted,
                published_at=published,
            )
        )
        if len(batch) == 5000:
            Idea.objects.bulk_create(batch)  # no signals: indexed below, timed
            batch = []
    Idea.objects.bulk_create(batch)
    return authorities, count - have


def index_ideas(chunk_size=1000):
    from django.db import transaction

    from modelsearch.backends import get_search_backend

    from search.management.commands.rebuild_search_index import chunks
    from search.models import SearchableIdea

    backend = get_search_backend()
    index = backend.get_index_for_model(SearchableIdea)
    queryset = SearchableIdea.get_indexed_objects()
    total = queryset.count()
    started = time.perf_counter()
    done = 0
    with transaction.atomic():
        for chunk in chunks(queryset, chunk_size):
            index.add_items(SearchableIdea, chunk)
            done += len(chunk)
            if done % 10000 < chunk_size:
                rate = done / (time.perf_counter() - started)
                print(f"  indexed {done:,}/{total:,} ({rate:,.0f} ideas/s)", flush=True)
        index._refresh_title_norms(full=True)
    return total, time.perf_counter() - started


def analyse():
    """Fresh planner statistics and visibility maps after the bulk load, for every table
    (autovacuum would get there later; until then PostgreSQL plans with empty statistics)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def time_searches(scopes, queries):
    """The time of each search, in milliseconds, and the results each found."""
    from search.results import search

    times, counts = [], []
    for scope, query in zip(scopes, queries, strict=True):
        started = time.perf_counter()
        outcome = search(scope, query)
        times.append((time.perf_counter() - started) * 1000)
        counts.append(outcome.count)
    return times, counts


def summary(times):
    times = sorted(times)
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[math.ceil(len(times) * 0.95) - 1], 1),
        "max_ms": round(times[-1], 1),
    }


def machine_speed():
    """Milliseconds for a fixed piece of pure Python: the machine's speed at that moment (a
    shared virtual machine's varies by half from minute to minute)."""
    started = time.perf_counter()
    total = 0
    for n in range(2_000_000):
        total += n * n
    return round((time.perf_counter() - started) * 1000)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ruamkhit_bench_search"))
    parser.add_argument("--ideas", type=int, default=100_000)
    parser.add_argument("--searches", type=int, default=100)
    parser.add_argument(
        "--rounds", type=int, default=3, help="times the searches are run, one after the other"
    )
    parser.add_argument(
        "--reindex", action="store_true", help="index the ideas again even if already indexed"
    )
    args = parser.parse_args()
    ensure_database(args.database_url)
    setup(args.database_url)

    from django.contrib.contenttypes.models import ContentType

    from wagtail.search.models import IndexEntry

    from ideas.models import Idea
    from portal.pages.active_locale import active_locale_id
    from search.models import SearchableIdea
    from search.scope import Scope

    figures = {"ideas": args.ideas}
    authorities, added = seed(args.ideas)
    lengths = sorted(len(d) for d in Idea.objects.values_list("description", flat=True)[:20000])
    figures["description_chars_median"] = statistics.median(lengths)
    indexed = IndexEntry.objects.filter(content_type=ContentType.objects.get_for_model(SearchableIdea)).count()
    if added or args.reindex or indexed < args.ideas:
        print(f"Indexing {args.ideas:,} ideas...", flush=True)
        total, seconds = index_ideas()
        figures.update(indexed=total, indexing_seconds=round(seconds, 1),
                       indexing_ideas_per_second=round(total / seconds))
        print(f"Indexed {total:,} ideas in {seconds:.1f} s ({total / seconds:,.0f} ideas/s)")
    analyse()

    from django.utils import translation

    from portal.startup import prepare_process
    from search.analysis import syllables, thai_tokens

    # As a web process is prepared (portal/wsgi.py). This one has just indexed 100,000 ideas:
    # its tokenizer caches are full, which a web process's are not.
    thai_tokens.cache_clear()
    syllables.cache_clear()
    prepare_process()
    translation.activate("th")
    thai = active_locale_id()
    rng = random.Random(SEED)
    queries = [rng.choice(QUERIES) for _ in range(args.searches)]
    provinces = sorted({a.province_id for a in authorities})
    runs = {
        "LAO site (2,000 ideas)": [Scope(locale_id=thai, authority=rng.choice(authorities)) for _ in queries],
        "central site, all LAOs (100,000 ideas)": [Scope(locale_id=thai) for _ in queries],
        "central site, one province": [Scope(locale_id=thai, province=a.province) for a in
                                       (next(x for x in authorities if x.province_id == rng.choice(provinces))
                                        for _ in queries)],
    }
    from search.results import search

    for scopes in runs.values():
        for scope, query in list(zip(scopes, queries, strict=True))[:10]:
            search(scope, query)  # warm-up: the tokenizer, caches, the planner
    times = {label: [] for label in runs}
    figures["rounds"] = []
    for number in range(1, args.rounds + 1):
        speed = machine_speed()
        this_round = {"machine_speed_ms": speed}
        print(f"Round {number} (machine speed {speed} ms)")
        for label, scopes in runs.items():
            round_times, counts = time_searches(scopes, queries)
            times[label].extend(round_times)
            this_round[label] = result = summary(round_times)
            print(
                f"  {label:<40} median {result['median_ms']:6.1f} ms   p95 {result['p95_ms']:6.1f} ms   "
                f"max {result['max_ms']:6.1f} ms   (median {statistics.median(counts):,.0f} results)"
            )
        figures["rounds"].append(this_round)
    print(f"All {args.rounds} rounds ({args.rounds * args.searches} searches each):")
    for label in runs:
        figures[label] = result = summary(times[label])
        print(
            f"  {label:<40} median {result['median_ms']:6.1f} ms   p95 {result['p95_ms']:6.1f} ms   "
            f"max {result['max_ms']:6.1f} ms"
        )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "search_ideas.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
