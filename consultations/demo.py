"""Demo consultations: one in each state for an LAO, with dates relative to the day of seeding."""

import datetime
from decimal import Decimal

from django.utils import timezone

from consultations.models import ConsultationPage, ConsultationProblemBrief
from consultations.timeline import default_fiscal_year

POLL = {
    "question": "เรื่องใดในตำบลที่ควรแก้ไขก่อน",
    "choices": ["ถนนชำรุด", "น้ำท่วมขังหน้าฝน", "ขยะและการคัดแยก", "ไฟส่องสว่างทางสาธารณะ"],
    "audience": "signed_in",
    "open_during": "consultation",
}

# slug, title, question, budget, offsets in days from today for each phase, English title.
DEMO_CONSULTATIONS = [
    ("roads-2572", "ปรับปรุงถนนและทางระบายน้ำในหมู่บ้าน ปีงบประมาณ 2572",
     "ถนนหรือทางระบายน้ำสายใดในหมู่บ้านของคุณควรซ่อมก่อน", 2_500_000,
     dict(ideas_start=14, ideas_end=60, screening_end=80, voting_start=90, voting_end=104, results_date=110),
     "Village roads and drains"),
    ("waste", "ลดขยะและคัดแยกขยะต้นทาง", "เราจะลดขยะในชุมชนได้อย่างไร", 600_000,
     dict(ideas_start=-10, ideas_end=30, voting_start=45, voting_end=59, results_date=65),
     "Less waste, sorted at source"),
    ("elderly", "สวัสดิการและกิจกรรมผู้สูงอายุ", "ผู้สูงอายุในตำบลต้องการบริการอะไรเพิ่มเติม", 400_000,
     dict(ideas_start=-45, ideas_end=-15, voting_start=10, voting_end=24, results_date=30),
     "Services for older people"),
    ("flood", "ป้องกันน้ำท่วมขังหน้าฝน", "จุดใดในตำบลที่น้ำท่วมขังซ้ำทุกปี และควรแก้อย่างไร", 1_800_000,
     dict(ideas_start=-60, ideas_end=-30, voting_start=-5, voting_end=9, results_date=12),
     "Preventing seasonal flooding"),
    ("market", "ปรับปรุงตลาดชุมชน", "ตลาดชุมชนควรปรับปรุงอะไรก่อน", 900_000,
     dict(ideas_start=-120, ideas_end=-90, voting_start=-70, voting_end=-56, results_date=-50),
     "Community market upgrade"),
    ("streetlights", "ติดตั้งไฟส่องสว่างทางสาธารณะ", "ถนนสายใดมืดและไม่ปลอดภัยยามค่ำคืน", 750_000,
     dict(ideas_start=-240, ideas_end=-210, voting_start=-190, voting_end=-176, results_date=-170,
          implementation_start=-120, implementation_end=150),
     "Street lighting"),
]

BODY = [
    {"type": "paragraph", "value": "<p>ร่วมเสนอปัญหาและแนวทางแก้ไข ข้อเสนอที่อยู่ในอำนาจหน้าที่จะนำเข้าสู่แผนพัฒนาท้องถิ่น "
                                   "ส่วนเรื่องนอกอำนาจหน้าที่จะส่งต่อไปยังแผนพัฒนาพื้นที่ระดับอำเภอและตำบล (ONE PLAN)</p>"},
    {"type": "idea_form", "value": {"heading": "เสนอความคิดเห็นของคุณ", "intro": "บอกปัญหาและจุดที่เกิดขึ้น พร้อมแนวทางแก้ไขที่อยากเห็น"}},
    {"type": "idea_list", "value": {"heading": "ข้อเสนอจากประชาชน", "sort": "most_supported", "page_size": 10}},
    {"type": "poll", "value": POLL},
    {"type": "ballot", "value": {"heading": "ลงคะแนนเลือกโครงการ", "intro": "เลือกโครงการโดยรวมงบประมาณไม่เกินวงเงิน"}},
    {"type": "results", "value": {"heading": "ผลการลงคะแนน"}},
    {"type": "comments", "value": {"heading": "ความคิดเห็น"}},
]


DEMO_IDEAS = [
    ("ถนนลูกรังเข้าหมู่บ้านเป็นหลุมบ่อ", "ถนนสายหลักเข้าหมู่บ้านเป็นลูกรัง หน้าฝนรถจักรยานยนต์ล้มบ่อย ขอให้ปรับปรุงเป็นถนนคอนกรีตเสริมเหล็ก", 850000),
    ("น้ำท่วมขังหน้าโรงเรียน", "ฝนตกหนักทีไรน้ำท่วมขังหน้าโรงเรียนนานหลายชั่วโมง เด็กนักเรียนเดินลำบาก ควรวางท่อระบายน้ำใหม่", 420000),
    ("ไฟส่องสว่างริมถนนไม่พอ", "ถนนเลียบคลองมืดมากตอนกลางคืน ผู้สูงอายุและนักเรียนไม่กล้าเดิน ขอติดตั้งไฟโซลาร์เซลล์", 180000),
    ("จุดคัดแยกขยะประจำหมู่บ้าน", "อยากให้มีจุดคัดแยกขยะรีไซเคิลและขยะอันตรายในหมู่บ้าน พร้อมรถเก็บตามวันที่กำหนด", 95000),
]


def create_demo_ideas(page, authors):
    """Published ideas with supports for a consultation, from the given demo citizens."""
    from ideas.listing import published_ideas
    from ideas.models import Idea, IdeaState, SubmitterStanding, Support

    if published_ideas(page).exists():
        return []
    villages = list(page.authority.villages.all())
    ideas = []
    for n, (title, description, cost) in enumerate(DEMO_IDEAS):
        village = villages[n % len(villages)] if villages else None
        ideas.append(Idea.objects.create(
            authority=page.authority, consultation_key=page.translation_key, author=authors[n % len(authors)],
            title=title, description=description, village=village, outside_area=village is None,
            estimated_cost=cost, standing=SubmitterStanding.LOCAL, state=IdeaState.PUBLISHED,
            published_at=timezone.now(),
        ))
    for n, idea in enumerate(ideas):
        for author in authors[: len(authors) - n % len(authors)]:
            if author != idea.author:
                Support.objects.get_or_create(idea=idea, user=author, defaults={"standing": SubmitterStanding.LOCAL})
    return ideas


DEMO_BOX_IDEAS = [
    # (title, description, estimated cost, a point near the LAO's office (degrees north, east) or None)
    ("ไฟถนนดับทั้งซอยข้างวัด", "ไฟถนนในซอยข้างวัดดับมาสองเดือนแล้ว กลางคืนมืดมาก ขอให้ซ่อมหรือเปลี่ยนเป็นไฟโซลาร์เซลล์", 60000,
     (0.004, -0.003)),
    ("ป้ายรถโดยสารไม่มีหลังคา", "ป้ายรอรถหน้าตลาดไม่มีหลังคา ผู้สูงอายุต้องยืนตากแดดตากฝน ขอทำหลังคาและที่นั่ง", 45000,
     (-0.002, 0.005)),
    ("ลานกีฬาสำหรับเยาวชน", "เด็กและเยาวชนไม่มีที่เล่นกีฬาหลังเลิกเรียน อยากให้ปรับที่ดินสาธารณะเป็นลานกีฬาอเนกประสงค์", 350000,
     None),
]


def create_demo_box_ideas(authority, authors):
    """Ideas of the LAO's year-round idea box: two published with supports, one awaiting review."""
    from ideas.models import Idea, IdeaState, SubmitterStanding, Support

    if Idea.objects.filter(authority=authority, consultation_key__isnull=True).exists():
        return []
    villages = list(authority.villages.all())
    ideas = []
    for n, (title, description, cost, offset) in enumerate(DEMO_BOX_IDEAS):
        village = villages[(n + 1) % len(villages)] if villages else None
        published = n < 2
        point = None
        if offset and authority.office_lat is not None and authority.office_lon is not None:
            point = (round(authority.office_lat + Decimal(str(offset[0])), 6),
                     round(authority.office_lon + Decimal(str(offset[1])), 6))
        ideas.append(Idea.objects.create(
            authority=authority, consultation_key=None, author=authors[n % len(authors)], title=title,
            description=description, village=village, outside_area=village is None, estimated_cost=cost,
            latitude=point[0] if point else None, longitude=point[1] if point else None,
            standing=SubmitterStanding.LOCAL, state=IdeaState.PUBLISHED if published else IdeaState.SUBMITTED,
            published_at=timezone.now() if published else None,
        ))
    for author in authors:
        if author != ideas[0].author:
            Support.objects.get_or_create(idea=ideas[0], user=author, defaults={"standing": SubmitterStanding.LOCAL})
    return ideas


def create_demo_consultations(authority, today=None, translate=None, briefs=None):
    """One consultation in each state under the LAO's home page; existing slugs are skipped.

    ``translate(page, english_strings)`` is called for each new page when given; ``briefs``
    maps a consultation slug to the problem brief it addresses.
    """
    briefs = briefs or {}
    today = today or timezone.localdate()
    home = authority.home_page.specific
    created = []
    for slug, title, question, budget, offsets, title_en in DEMO_CONSULTATIONS:
        if home.get_children().filter(slug=slug).exists():
            continue
        dates = {field: today + datetime.timedelta(days=n) for field, n in offsets.items()}
        ideas_end = dates["ideas_end"]
        purpose = (f"{authority.full_name_th} ขอรับฟังความคิดเห็นของประชาชนเพื่อจัดทำโครงการ "
                   f"“{title}” ให้ตรงกับความต้องการของพื้นที่และงบประมาณที่มีจำกัด")
        page = ConsultationPage(
            title=title, slug=slug, purpose=purpose, question=question, budget_envelope=budget,
            fiscal_year=default_fiscal_year(ideas_end), body=BODY, **dates,
        )
        if slug in briefs:
            page.problem_briefs = [ConsultationProblemBrief(brief=briefs[slug])]
        home.add_child(instance=page)
        page.save_revision().publish()
        if translate is not None:
            translate(page, {title: title_en})
        created.append(page)
    return created


# Projects the LAO itself puts on the ballot of the closed demo consultations: title, cost, description.
DEMO_PROJECTS = {
    "market": [
        ("ปรับปรุงหลังคาตลาดสดชุมชน", 350_000, "เปลี่ยนหลังคาที่รั่วซึมและติดตั้งรางน้ำใหม่"),
        ("ทำรางระบายน้ำและบ่อดักไขมันในตลาด", 280_000, "แก้ปัญหาน้ำเสียและกลิ่นจากแผงอาหาร"),
        ("ติดตั้งไฟส่องสว่างและกล้องวงจรปิด", 220_000, "เพิ่มความปลอดภัยให้ตลาดนัดช่วงเย็น"),
        ("จัดลานจอดรถจักรยานยนต์", 150_000, "ลดการจอดรถกีดขวางทางเดิน"),
        ("ห้องน้ำสาธารณะสำหรับผู้สูงอายุและผู้พิการ", 260_000, "ห้องน้ำที่มีราวจับและทางลาด"),
    ],
    "streetlights": [
        ("ไฟโซลาร์เซลล์ถนนเลียบคลอง", 320_000, "ติดตั้งเสาไฟโซลาร์เซลล์ 40 ต้น"),
        ("ไฟส่องสว่างทางเข้าโรงเรียน", 180_000, "ติดตั้งไฟ LED ตลอดแนวทางเข้าโรงเรียน"),
        ("ไฟกระพริบทางแยกหน้าวัด", 90_000, "ลดอุบัติเหตุทางแยก"),
        ("ซ่อมไฟทางสาธารณะที่ชำรุดทั้งตำบล", 260_000, "สำรวจและซ่อมโคมไฟที่ดับ"),
    ],
}


def create_demo_ballots(authority, seed=2570):
    """Ballots for the demo consultations: one open (projects from the ideas), two counted."""
    import random

    from ballots.models import Ballot, BallotProject, CastBallot
    from ideas.listing import published_ideas

    home = authority.home_page.specific
    pages = {page.slug: page for page in home.get_children().type(ConsultationPage).specific()
             if page.locale_id == home.locale_id}
    villages = list(authority.villages.all())
    made = []
    flood = pages.get("flood")
    if flood is not None and not Ballot.objects.filter(consultation_key=flood.translation_key).exists():
        ballot = Ballot.objects.create(authority=authority, consultation_key=flood.translation_key,
                                       budget=flood.budget_envelope)
        for n, idea in enumerate(published_ideas(flood).order_by("pk")):
            project = BallotProject.objects.create(
                ballot=ballot, title=idea.title, description=idea.description, cost=idea.estimated_cost or 100_000,
                village=idea.village, sort_order=n,
            )
            project.source_ideas.add(idea)
        BallotProject.objects.create(
            ballot=ballot, title="ขุดลอกลำรางสาธารณะก่อนฤดูฝน", description="โครงการของ อปท. เพื่อเพิ่มทางระบายน้ำ",
            cost=520_000, village=villages[0] if villages else None, sort_order=99,
        )
        made.append(ballot)
    rng = random.Random(seed)
    for slug, projects in DEMO_PROJECTS.items():
        page = pages.get(slug)
        if page is None or Ballot.objects.filter(consultation_key=page.translation_key).exists():
            continue
        ballot = Ballot.objects.create(authority=authority, consultation_key=page.translation_key,
                                       budget=page.budget_envelope)
        rows = [
            BallotProject.objects.create(ballot=ballot, title=title, description=description, cost=cost,
                                         village=villages[n % len(villages)] if villages else None, sort_order=n)
            for n, (title, cost, description) in enumerate(projects)
        ]
        # Locals lean to the first projects, outsiders to the last ones; every ballot fits the budget.
        ballots = []
        for i in range(140):
            standing = "local" if i < 100 else "outsider"
            weights = [len(rows) - k if standing == "local" else k + 1 for k in range(len(rows))]
            order = sorted(range(len(rows)), key=lambda k: -weights[k] * rng.random())
            chosen, total = [], 0
            for k in order[: rng.randint(1, 3)]:
                if total + rows[k].cost <= ballot.budget:
                    chosen.append(rows[k].pk)
                    total += rows[k].cost
            paper = i % 10 == 0
            ballots.append(CastBallot(
                ballot=ballot, projects=chosen, standing=standing, channel="paper" if paper else "online",
                voter_key="" if paper else f"demo-{slug}-{i}", id_key=f"demo-{slug}-id-{i}" if paper else "",
                forum_date=page.voting_start if paper else None, forum_place="ศาลาประชาคมหมู่ 1" if paper else "",
                cast_on=page.voting_start,
            ))
        CastBallot.objects.bulk_create(ballots)
        made.append(ballot)
    return made
