"""Seed the demo: the whole DLA registry in the directory, four real LAOs online with Thai content."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from allauth.account.models import EmailAddress

from consultations.demo import (
    create_demo_ballots,
    create_demo_box_ideas,
    create_demo_consultations,
    create_demo_ideas,
)
from portal.pages.demo import create_demo_budget_summaries, create_demo_problem_brief
from portal.pages.models import StandardPage
from portal.tenancy.models import Authority, AuthorityBranding, Village
from portal.tenancy.provisioning import (
    locales,
    provision,
    provision_central_site,
    register,
    register_many,
    translate_page,
)
from portal.tenancy.registry import REGISTRY_PATH, find_in_registry, read_registry

DEMO_PASSWORD = "ruamkhit-demo"

# Real LAOs from the registry, of four kinds. Villages and contact details are illustrative.
DEMO_LAOS = [
    {
        "code": "2810101", "name_en": "Krabi", "slug": "krabi-pao",
        "phone": "0 7561 1234", "villages": [],
    },
    {
        "code": "3500102", "name_en": "Chiang Mai", "slug": "chiang-mai-city",
        "phone": "0 5325 9000", "villages": [],
    },
    {
        "code": "5810109", "name_en": "Krabi Noi", "slug": "krabi-noi-tambon",
        "phone": "0 7566 2345",
        "villages": ["บ้านกระบี่น้อย", "บ้านคลองหิน", "บ้านทุ่งยาว", "บ้านหนองจิก"],
    },
    {
        "code": "6810104", "name_en": "Ao Nang", "slug": "ao-nang-sao",
        "phone": "0 7563 7100",
        "villages": ["บ้านอ่าวนาง", "บ้านคลองแห้ง", "บ้านนาหลวง", "บ้านหน้าค่าย", "บ้านคลองม่วง"],
    },
]

ABOUT_TH = (
    "{name} เป็นองค์กรปกครองส่วนท้องถิ่นในอำเภอ{district} จังหวัด{province} "
    "มีหน้าที่จัดบริการสาธารณะตามพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 "
    "เช่น ถนนและทางระบายน้ำ การจัดการขยะ สวัสดิการผู้สูงอายุ และการป้องกันภัยพิบัติ"
)
ABOUT_EN = (
    "{name} is a local administrative organisation in {province} province. Under the "
    "Decentralisation Act B.E. 2542 it provides local public services such as roads and drainage, "
    "waste collection, welfare for the elderly and disaster prevention."
)
HOW_TH = (
    "ประชาชนในพื้นที่และผู้สนใจจากภายนอกร่วมเสนอปัญหาและแนวทางแก้ไขได้ทางออนไลน์ตลอดเวลา "
    "ควบคู่กับเวทีประชาคมหมู่บ้าน ข้อเสนอที่อยู่ในอำนาจหน้าที่จะถูกพิจารณาบรรจุในแผนพัฒนาท้องถิ่น "
    "ส่วนเรื่องนอกอำนาจหน้าที่จะส่งต่อไปยังแผนพัฒนาพื้นที่ระดับอำเภอและตำบล (ONE PLAN)"
)
HOW_EN = (
    "Residents and interested people from outside the area can raise problems and propose "
    "solutions online at any time, alongside the village forums. Proposals within the LAO's "
    "authority are considered for the local development plan; the rest are referred to the "
    "district and tambon area plan (ONE PLAN)."
)


def confirm_email(user):
    """Demo logins sign in through allauth, which wants a confirmed e-mail address."""
    EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})


class Command(BaseCommand):
    help = "Seed demo data: every LAO of the registry in the directory, four online with content and logins."

    def handle(self, *args, **options):
        provision_central_site()
        with transaction.atomic():
            created, _ = register_many(read_registry(REGISTRY_PATH))
        self.stdout.write(f"Directory: {Authority.objects.count()} LAOs ({created} new).")
        User = get_user_model()
        admin, made = User.objects.get_or_create(
            username="dla-admin",
            defaults={"is_staff": True, "is_superuser": True, "display_name": "ผู้ดูแลระบบ สถ."},
        )
        if made:
            admin.set_password(DEMO_PASSWORD)
            admin.email = f"dla-admin@{settings.PORTAL_DOMAIN}"
            admin.save()
            confirm_email(admin)
        for spec in DEMO_LAOS:
            authority = self.seed_lao(spec, User)
            self.stdout.write(f"  http://{authority.site.hostname}:{authority.site.port}/  {authority}")
        self.stdout.write(self.style.SUCCESS(f"Demo ready. Logins: dla-admin / editor-<slug> / approver-<slug>, password {DEMO_PASSWORD}"))

    def seed_lao(self, spec, User):
        authority, _ = register(find_in_registry(spec["code"]), name_en=spec["name_en"], slug=spec["slug"])
        result = provision(authority)
        authority = result.authority
        for number, name in enumerate(spec["villages"], start=1):
            Village.objects.get_or_create(
                authority=authority, number=number, defaults={"name_th": name, "sort_order": number}
            )
        branding = AuthorityBranding.objects.get(site=authority.site)
        if not branding.phone:
            branding.phone = spec["phone"]
            branding.address_th = f"สำนักงาน{authority.full_name_th}\nอำเภอ{authority.district_th} จังหวัด{authority.province.name_th}"
            branding.address_en = f"Office of {authority.full_name_en}\n{authority.province.name_en} province"
            branding.opening_hours = "จันทร์–ศุกร์ 08:30–16:30 น."
            branding.save()
        home = authority.home_page.specific
        if not home.get_children().filter(slug="about").exists():
            self.add_page(home, "about", f"เกี่ยวกับ{authority.full_name_th}", f"About {authority.full_name_en}",
                          ABOUT_TH.format(name=authority.full_name_th, district=authority.district_th,
                                          province=authority.province.name_th),
                          ABOUT_EN.format(name=authority.full_name_en, province=authority.province.name_en))
            self.add_page(home, "take-part", "วิธีการมีส่วนร่วม", "How to take part", HOW_TH, HOW_EN)
        th, en = locales()
        brief = create_demo_problem_brief(authority)
        create_demo_budget_summaries(authority)
        create_demo_consultations(
            authority, translate=lambda page, strings: translate_page(page, en, strings), briefs={"flood": brief}
        )
        citizens = [self.demo_citizen(User, authority, n) for n in range(1, 4)]
        for slug in ("waste", "elderly", "flood"):
            page = home.get_children().filter(slug=slug).specific().first()
            if page is not None:
                create_demo_ideas(page, citizens)
        create_demo_box_ideas(authority, citizens)
        create_demo_ballots(authority)
        for role, title in (("editors", "บรรณาธิการ"), ("approvers", "ผู้อนุมัติ"),
                            ("moderators", "ผู้ตรวจสอบเนื้อหา"), ("officers", "เจ้าหน้าที่")):
            self.demo_member(User, authority, role, title)
        from planning.demo import create_demo_planning

        create_demo_planning(authority, User.objects.get(username=f"officer-{authority.slug}"))
        return authority

    def demo_citizen(self, User, authority, n):
        """citizen<n>-<slug>: a resident of the LAO's village n who consented to the privacy notice."""
        from portal.identity.models import Standing, StandingKind, VerificationMethod
        from portal.privacy.consent import record_consent

        user, made = User.objects.get_or_create(
            username=f"citizen{n}-{authority.slug}",
            defaults={"display_name": ["สมชาย", "มาลี", "ประสิทธิ์"][n - 1], "email": f"citizen{n}@{authority.site.hostname}"},
        )
        if made:
            user.set_password(DEMO_PASSWORD)
            user.save()
            confirm_email(user)
            record_consent(user)
            Standing.objects.get_or_create(user=user, authority=authority, defaults={
                "kind": StandingKind.LOCAL, "method": VerificationMethod.OFFICER,
                "village": authority.villages.filter(number=n).first(),
            })
        return user

    def demo_member(self, User, authority, role, title):
        username = f"{role[:-1]}-{authority.slug}"  # editor-<slug>, approver-<slug>
        user, made = User.objects.get_or_create(
            username=username,
            defaults={
                "display_name": f"{title} {authority.full_name_th}",
                "email": f"{role[:-1]}@{authority.site.hostname}",
            },
        )
        if made:
            user.set_password(DEMO_PASSWORD)
            user.save()
            user.groups.add(Group.objects.get(name=authority.group_name(role)))
            confirm_email(user)
        return user

    def add_page(self, home, slug, title_th, title_en, intro_th, intro_en):
        th, en = locales()
        page = StandardPage(title=title_th, slug=slug, intro=intro_th, show_in_menus=True, locale=th)
        home.add_child(instance=page)
        page.save_revision().publish()
        translate_page(page, en, {title_th: title_en, intro_th: intro_en})
