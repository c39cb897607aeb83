"""Two LAOs seeded like the demo, every row of LAO B given a marker, and the roles of LAO A.

LAO A (อบต.อ่าวนาง) is the one whose people act; LAO B (เทศบาลนครเชียงใหม่) is the one whose
objects they must neither see nor change. Both get the demo's content (pages in both languages,
consultations in every state, ideas, supports, ballots, officers' work), and B gets, on top, what
the demo has not: drafts, pages waiting for approval, locked and private pages, held and rejected
ideas, flags, comments, identity records, resident lists, verification history, export jobs,
images and documents (A gets them too, for the requests that mix A's ids with B's).

Which rows are B's is not listed by hand: it is every row the database gained while B was built
(a snapshot before, one after). Each of those rows then gets a marker, ``ZQB<n>Q``, put in front
of the text of its text fields, so that any response showing a row of B shows its marker.
Copies are marked with their originals because they are B's rows too: a page's title in its
revisions, its log entries, its search index entry and its translation strings.

A marker is *public* when an anonymous visitor of B's own site may read it (a published page's
title, a published idea, a public comment, ...: ``PUBLIC``); every other marker is private. On
the central site, public markers of B may be shown (the directory and the central search list
every LAO); private ones never, anywhere.
"""

import itertools
import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import models
from django.test import TestCase
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction, Revision, Site

from tests.conftest import give_totp
from tests.isolation.snapshot import read_table, table_models

MARKER_RE = re.compile(r"ZQB(\d+)Q")
ROLES = ("editors", "approvers", "moderators", "officers")


@dataclass
class Marker:
    label: str  # the model's label
    pk: object
    field: str
    public: bool


@dataclass(repr=False)
class LAO:
    authority: object
    staff: dict = field(default_factory=dict)  # role -> user
    citizen: object = None
    objects: dict = field(default_factory=dict)  # name -> object (or value), for the fillers
    rows: dict = field(default_factory=dict)  # db table -> primary keys (text) created while it was built
    search_word: str = ""


@dataclass(repr=False)
class World:
    a: LAO
    b: LAO
    superuser: object
    markers: dict  # marker number -> Marker
    table_model: dict  # db table -> model

    def __repr__(self):
        return f"<World A={self.a.authority.slug} B={self.b.authority.slug}, {len(self.markers)} markers>"

    def markers_in(self, text, *, private_only=False):
        found = {}
        for number in set(MARKER_RE.findall(text)):
            marker = self.markers.get(int(number))
            if marker is not None and not (private_only and marker.public):
                found[int(number)] = marker
        return found


# Models whose rows are never an LAO's own, with the reason; every other model must have a row
# of LAO B in the world (``test_world_has_a_row_of_b_in_every_scoped_model`` checks it), so a new
# model is either covered by the matrix or declared shared here.
SHARED = {
    "tenancy.Province": "the registry's provinces",
    "tenancy.PublisherApprovalTask": "the one approval task every LAO's workflow shares",
    "snippets.AuthorityFunction": "the DLA's taxonomy of authority functions",
    "documents.ExportLayout": "the DLA's document layouts",
    "documents.ExportLayoutColumn": "the DLA's document layouts",
    "privacy.PrivacyNotice": "the one privacy notice",
    "privacy.ErasureRecord": "counts only, of no LAO and no person",
    "home.CentralHomePage": "the DLA's central site",
    "wagtailcore.Locale": "the two languages",
    "wagtailcore.Workflow": "the one approval workflow",
    "wagtailcore.WorkflowTask": "the one approval workflow",
    "wagtailcore.Task": "the one approval workflow",
    "wagtailcore.GroupApprovalTask": "the one approval workflow",
    "wagtailcore.WorkflowContentType": "not used: workflows are assigned to pages",
    "wagtailcore.APIToken": "not used by the portal",
    "wagtailcore.CollectionViewRestriction": "not used: collections are not restricted",
    "wagtailcore.PageViewRestriction_groups": "not used: restrictions are by login or password",
    "wagtailcore.WorkflowPage": "the one approval workflow is set on the root page",
    "wagtailadmin.Admin": "a permission holder with no rows",
    "wagtailadmin.FormState": "an editor's unsaved form, kept while they type",
    "wagtailforms.FormSubmission": "the portal has no form pages",
    "wagtailembeds.Embed": "a cache of oEmbed answers, shared by URL",
    "wagtailimages.Rendition": "made on demand from an image",
    "wagtail_localize.LocaleSynchronization": "not used",
    "wagtail_localize.Template": "not used by the portal's pages",
    "wagtail_localize.OverridableSegment": "not used by the portal's pages",
    "wagtail_localize.SegmentOverride": "not used by the portal's pages",
    "wagtail_localize.RelatedObjectSegment": "not used by the portal's pages",
    "taggit.Tag": "tags are shared words",
    "taggit.TaggedItem": "no tagged models",
    "django_comments.CommentFlag": "not used: citizens flag through ideas.Flag",
    "django_comments_xtd.BlackListedDomain": "not used",
    "auth.Permission": "Django's permissions",
    "accounts.User_user_permissions": "no one holds a permission of their own: staff hold their group's",
    "wagtailcore.CollectionViewRestriction_groups": "not used: collections are not restricted",
    "wagtailcore.GroupApprovalTask_groups": "the approval task is the portal's own (PublisherApprovalTask)",
    "contenttypes.ContentType": "Django's content types",
    "sites.Site": "django.contrib.sites' one site",
    "admin.LogEntry": "the Django admin's log, written by the DLA's superusers only",
    "sessions.Session": "sessions",
    "socialaccount.SocialApp": "sign-in providers, configured for the install",
    "socialaccount.SocialAccount": "accounts at sign-in providers, of no LAO",
    "socialaccount.SocialToken": "not stored (SOCIALACCOUNT_STORE_TOKENS is off)",
    "socialaccount.SocialApp_sites": "sign-in providers, configured for the install",
}


def _all_rows():
    """Every table's primary keys (as text), for telling which rows building B added."""
    rows = {}
    for table, model in table_models().items():
        rows[table] = set(read_table(model).keys())
    return rows


def build_world(seed_lao):
    """Build A and B, mark B's rows, and collect the objects the fillers name.

    ``seed_lao(spec)`` seeds one LAO as the demo does and returns its Authority.
    """
    from portal.tenancy.provisioning import provision_central_site

    with TestCase.captureOnCommitCallbacks(execute=True):
        provision_central_site()
    superuser = get_user_model().objects.create_superuser("dla-root", "root@ruamkhit.test", "pw-for-tests-1")
    laos = []
    for spec in (A_SPEC, B_SPEC):
        before = _all_rows()
        lao = _build_lao(seed_lao, spec)
        after = _all_rows()
        lao.rows = {table: keys - before.get(table, set()) for table, keys in after.items()}
        lao.rows = {table: keys for table, keys in lao.rows.items() if keys}
        laos.append(lao)
    a, b = laos
    world = World(a=a, b=b, superuser=superuser, markers={}, table_model=table_models())
    _mark(world)
    for lao in laos:
        _collect_objects(lao)
    b.search_word = MARKER_RE.search(Page.objects.get(pk=b.objects["consultation"].pk).title).group(0)
    from django.core.cache import cache

    cache.clear()  # the tree's titles and the sites' root paths are cached: read them again
    return world


A_SPEC = {"code": "6810104", "name_en": "Ao Nang", "slug": "ao-nang-sao", "phone": "0 7563 7100",
          "villages": ["บ้านอ่าวนาง", "บ้านคลองแห้ง", "บ้านนาหลวง"]}
B_SPEC = {"code": "3500102", "name_en": "Chiang Mai", "slug": "chiang-mai-city", "phone": "0 5325 9000",
          "villages": ["บ้านช้างม่อย", "บ้านวัวลาย", "บ้านป่าตัน"]}


def _build_lao(seed_lao, spec):
    User = get_user_model()
    authority = seed_lao(spec)  # runs the callbacks of its own transactions (never nest two captures:
    # Django's capture leaves the callbacks it ran in the list, and the outer one would run them again)
    with TestCase.captureOnCommitCallbacks(execute=True):
        lao = LAO(authority=authority)
        for role in ROLES:
            lao.staff[role] = User.objects.get(username=f"{role[:-1]}-{authority.slug}")
            give_totp(lao.staff[role])  # staff sign in to the admin with a second factor
        lao.citizen = User.objects.get(username=f"citizen1-{authority.slug}")
        _add_private_objects(lao)
    return lao


def _collect_objects(lao):
    """The LAO's objects by the names the fillers use, read again after marking."""
    from wagtail.models import Collection, Task, Workflow
    from wagtail_localize.models import StringSegment, Translation

    from ballots.models import Ballot, BallotProject
    from planning.models import ForumIdea, PlanProject, ProgressUpdate, Referral
    from portal.documents.models import ExportLayout
    from portal.pages.models import BudgetSummaryPage

    authority = lao.authority
    authority.refresh_from_db()
    objects = lao.objects
    for value in list(objects.values()):
        if isinstance(value, models.Model):
            value.refresh_from_db()
    home = Page.objects.get(pk=authority.home_page_id)
    objects.update(home=home, authority=authority, site=site_of(authority),
                   collection=Collection.objects.get(pk=authority.collection_id),
                   village=authority.villages.order_by("number").first(),
                   officer=lao.staff["officers"], citizen=lao.citizen)
    objects["home_en"] = Page.objects.filter(translation_key=home.translation_key).exclude(pk=home.pk).get()
    ballot = Ballot.objects.filter(authority=authority).order_by("pk").first()
    objects["ballot_page"] = Page.objects.get(translation_key=ballot.consultation_key, locale_id=home.locale_id)
    objects["ballot_project"] = BallotProject.objects.filter(ballot=ballot).order_by("pk").first()
    objects["budget_page"] = BudgetSummaryPage.objects.descendant_of(home).order_by("pk").first()
    objects["plan_project"] = PlanProject.objects.filter(authority=authority, updates__isnull=False) \
        .order_by("pk").first()
    objects["progress_update"] = ProgressUpdate.objects.filter(project=objects["plan_project"]).order_by("pk").first()
    forum_idea = ForumIdea.objects.filter(forum__authority=authority).order_by("pk").first()
    objects["forum"], objects["forum_idea"] = forum_idea.forum, forum_idea.idea
    objects["referral"] = Referral.objects.filter(authority=authority).order_by("pk").first()
    translation = Translation.objects.filter(
        source__object_id=objects["live_page"].translation_key).order_by("pk").first()
    objects["translation"], objects["translation_source"] = translation, translation.source
    objects["string_segment"] = StringSegment.objects.filter(source=translation.source).order_by("pk").first()
    objects["live_revision"] = Page.objects.get(pk=objects["moderated_page"].pk).live_revision
    objects["task"] = Task.objects.order_by("pk").first()
    objects["workflow"] = Workflow.objects.order_by("pk").first()
    objects["layout"] = ExportLayout.objects.order_by("pk").first()
    objects["poll_block_id"] = "poll-1"
    objects["page_paths"] = [
        page.url_path[len(home.url_path):] for page in Page.objects.descendant_of(home).filter(
            pk__in=[objects[n].pk for n in ("draft_page", "consultation", "private_page", "live_page")])
    ]


def _add_private_objects(lao):
    """What the demo lacks: every kind of private object an LAO holds."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.admin.models import EditingSession
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.models import Comment, CommentReply, UploadedFile

    from django_comments_xtd.models import XtdComment

    from consultations.models import ConsultationPage
    from ideas.comments import post_comment
    from ideas.lifecycle import change_state
    from ideas.models import Idea, IdeaState, SubmitterStanding
    from ideas.moderation.flags import flag_item
    from polls.models import PollAnswer
    from portal.documents.models import ExportJob
    from portal.identity.identity_records import record_identity
    from portal.identity.models import StandingProposal, VerificationMethod
    from portal.identity.resident_list import parse_resident_file, store_resident_list
    from portal.identity.standings import grant_standing
    from portal.pages.models import StandardPage
    from portal.snippets.models import ScreeningWord
    from portal.tenancy.models import Tambon
    from tests.identity.conftest import national_id

    authority, editor, officer = lao.authority, lao.staff["editors"], lao.staff["officers"]
    home = authority.home_page.specific
    objects = lao.objects

    # Pages: a draft never published, unpublished changes, a page in moderation, a locked page,
    # a private page, a comment thread on a page.
    draft = StandardPage(title="ร่างประกาศภายใน", slug="internal-draft", intro="ร่างที่ยังไม่เผยแพร่", live=False)
    home.add_child(instance=draft)
    draft.save_revision(user=editor)
    objects["draft_page"] = draft
    about = StandardPage.objects.child_of(home).get(slug="about")
    about.title = "เกี่ยวกับ (ฉบับแก้ไขยังไม่เผยแพร่)"
    about.save_revision(user=editor)
    objects["live_page"] = about
    take_part = StandardPage.objects.child_of(home).get(slug="take-part")
    revision = take_part.save_revision(user=editor)
    workflow = take_part.get_workflow()
    workflow.start(take_part, editor)
    objects["moderated_page"] = take_part
    objects["task_state"] = take_part.current_workflow_task_state
    objects["workflow_state"] = take_part.current_workflow_state
    objects["revision"] = revision
    locked = StandardPage(title="หน้าที่ถูกล็อก", slug="locked", intro="ล็อกโดยบรรณาธิการ")
    home.add_child(instance=locked)
    locked.save_revision(user=editor).publish()
    locked.locked, locked.locked_by, locked.locked_at = True, editor, timezone.now()
    locked.save(update_fields=["locked", "locked_by", "locked_at"])
    private = StandardPage(title="หน้าสำหรับเจ้าหน้าที่", slug="staff-only", intro="เฉพาะผู้ที่ลงชื่อเข้าใช้")
    home.add_child(instance=private)
    private.save_revision(user=editor).publish()
    objects["view_restriction"] = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret-b")
    objects["private_page"] = private
    comment = Comment.objects.create(page=about, user=editor, text="ช่วยตรวจตัวเลขอีกครั้ง", contentpath="title",
                                     revision_created=about.latest_revision)
    CommentReply.objects.create(comment=comment, user=lao.staff["approvers"], text="ตรวจแล้ว")
    objects["page_comment"] = comment
    objects["redirect"] = Redirect.objects.create(old_path="/old-notice", site=authority.site, redirect_page=about)

    # Media in the LAO's collection.
    image = Image(title="ภาพถนนชำรุด", collection=authority.collection, uploaded_by_user=editor,
                  file=ContentFile(_png(), name="road.png"))
    image.save()
    document = Document(title="รายงานการประชุมสภา", collection=authority.collection, uploaded_by_user=editor,
                        file=ContentFile(b"minutes", name="minutes.txt"))
    document.save()
    objects["image"], objects["document"] = image, document

    # Ideas in every private state, flags, comments awaiting review and public ones.
    waste = ConsultationPage.objects.child_of(home).get(slug="waste", locale_id=home.locale_id)
    objects["consultation"] = waste
    citizens = [get_user_model().objects.get(username=f"citizen{n}-{authority.slug}") for n in (1, 2, 3)]
    published = Idea.objects.filter(authority=authority, state=IdeaState.PUBLISHED).order_by("pk")
    objects["published_idea"] = published.first()

    def idea(title, state, consultation_key=waste.translation_key):
        made = Idea.objects.create(
            authority=authority, consultation_key=consultation_key, author=citizens[1], title=title,
            description=f"รายละเอียด{title}", standing=SubmitterStanding.LOCAL,
        )
        if state == IdeaState.HIDDEN:
            change_state(made, IdeaState.PUBLISHED, by=lao.staff["moderators"])
        if state != IdeaState.SUBMITTED:
            change_state(made, state, by=lao.staff["moderators"], reason="เหตุผลของผู้ตรวจ", reason_code="spam")
        return made

    objects["submitted_idea"] = idea("ข้อเสนอที่รอตรวจ", IdeaState.SUBMITTED)
    objects["rejected_idea"] = idea("ข้อเสนอที่ถูกปฏิเสธ", IdeaState.REJECTED)
    objects["hidden_idea"] = idea("ข้อเสนอที่ถูกซ่อน", IdeaState.HIDDEN)
    # The idea box: a published idea, one awaiting review, and the box's settings.
    objects["box_idea"] = idea("ข้อเสนอในกล่องที่เผยแพร่แล้ว", IdeaState.PUBLISHED, consultation_key=None)
    objects["box_submitted_idea"] = idea("ข้อเสนอในกล่องที่รอตรวจ", IdeaState.SUBMITTED, consultation_key=None)
    from ideas.models import IdeaBox

    IdeaBox.objects.create(authority=authority, closed_message="ข้อความเมื่อปิดกล่องรับข้อเสนอ",
                           updated_by=lao.staff["officers"])
    flag_item(authority=authority, user=citizens[2], reason="spam", idea=objects["published_idea"])
    public = post_comment(page=waste, target=objects["published_idea"], user=citizens[0],
                          text="เห็นด้วยกับข้อเสนอนี้", parent_id=None, followup=False, standing="local")
    held = post_comment(page=waste, target=waste, user=citizens[1], text="ความเห็นที่รอตรวจ ติดต่อ 0812345678",
                        parent_id=None, followup=False, standing="local")
    objects["public_comment"], objects["held_comment"] = public, held
    flag_item(authority=authority, user=citizens[2], reason="offensive", comment=public)
    objects["held_comment_record"] = held.record
    for comment_ in (public, held):
        comment_.user_email = comment_.user.email
        XtdComment.objects.filter(pk=comment_.pk).update(user_email=comment_.user.email)
    PollAnswer.objects.create(authority=authority, consultation_key=waste.translation_key, block_id="poll-b",
                              user=citizens[0], choice=0, choice_label="ถนนชำรุด")

    # Identity: records, standings, a resident list, a proposal, the verification log.
    slug, n = authority.slug, authority.pk * 10
    person = get_user_model().objects.create_user(
        username=f"person-{slug}", password="pw-for-tests-1", email=f"person@{slug}.example.org",
        display_name="บุคคลที่ยืนยันตัวตนแล้ว")
    objects["person"] = person
    village = authority.villages.order_by("number").first()
    record_identity(person, national_id(n + 1), VerificationMethod.OFFICER, by=officer, authority=authority)
    objects["standing"] = grant_standing(person, authority, "local", method=VerificationMethod.OFFICER,
                                         village=village, by=officer)
    store_resident_list(authority, parse_resident_file("residents.csv", f"{national_id(n + 2)}\n".encode(),
                                                       authority), by=officer)
    tambon = Tambon.objects.create(authority=authority, name_th="ตำบลในพื้นที่", geocode=f"{authority.pk:06d}")
    proposer = get_user_model().objects.create_user(
        username=f"proposer-{slug}", password="pw-for-tests-1", email=f"proposer@{slug}.example.org",
        display_name="ผู้ขอสิทธิ์จากที่อยู่")
    objects["proposer"] = proposer
    objects["proposal"] = StandingProposal.objects.create(user=proposer, authority=authority, tambon=tambon,
                                                          village=village, provider_id="thaid")
    objects["screening_word"] = ScreeningWord.objects.create(word=f"คำต้องห้ามของ{authority.name_th}",
                                                             category="spam", authority=authority)
    objects["editing_session"] = EditingSession.objects.create(
        user=editor, content_type=ContentType.objects.get_for_model(Page), object_id=str(take_part.pk),
        last_seen_at=timezone.now())
    objects["uploaded_file"] = UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(Image), uploaded_by_user=editor,
        file=ContentFile(_png(), name="upload.png"))
    # What the demo's officers' work and the admin leave behind.
    from wagtail.log_actions import log
    from wagtail.models import PageSubscription
    from wagtail.users.models import UserProfile

    from allauth.account.models import EmailAddress, EmailConfirmation

    from ballots.models import CastBallot
    from ideas.models import CommentDecision, IdeaPhoto
    from planning.models import Forum, ForumBallot, ProgressPhoto, ProgressUpdate

    CommentDecision.objects.create(record=held.record, decision="hide", reason_code="personal_data",
                                   by=lao.staff["moderators"])
    IdeaPhoto.objects.create(idea=objects["published_idea"], image=ContentFile(_png(), name="idea.png"))
    update = ProgressUpdate.objects.filter(project__authority=authority).order_by("pk").first()
    ProgressPhoto.objects.create(update=update, image=ContentFile(_png(), name="progress.png"))
    forum = Forum.objects.filter(authority=authority).order_by("pk").first()
    paper = CastBallot.objects.filter(ballot__authority=authority, channel="paper").order_by("pk").first()
    ForumBallot.objects.create(forum=forum, cast_ballot=paper)
    log(objects["screening_word"], "wagtail.create", user=editor)
    PageSubscription.objects.create(page=about, user=editor, comment_notifications=True)
    UserProfile.get_for_user(editor)
    EmailConfirmation.create(EmailAddress.objects.filter(user=citizens[0]).first())
    objects["export_job"] = ExportJob.objects.create(
        requested_by=officer, authority=authority, filename="plan-b.pdf", rows=200, html="<p>แผนเชียงใหม่</p>",
        status="done", content=b"%PDF-1.4 plan of B", finished_at=timezone.now())


def _png():
    import io

    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 40, 40)).save(buffer, "PNG")
    return buffer.getvalue()


# ---------------------------------------------------------------- markers

# Fields never marked: what the code reads as a value, not as text.
_NAME_NOT_MARKED = re.compile(
    r"(^|_)(path|path_id|field_path|contentpath|position|key|hash|password|token|secret|slug|url|hostname|"
    r"action|uuid|object_id|object_pk|content_type|filter_spec|language_code|code|geocode|kind|status|"
    r"state|standing|channel|route|outcome|method|provider_id|provider|mode|format|filename|file|"
    r"template_format|block_id|decision|reason_code|category|level|permission|codename|model|app_label|"
    r"data_hash|focal_point_key|attrs|ip_address|session_key|name_norm|title_norm|autocomplete|"
    r"translation_type|tool_name|referral_level|submit_ip|old_path|redirect_link|contentpath|"
    r"schema_version|site_name|username|ordering|collection_name|content_json|screening|"
    r"audience_\w+|open_during|contrast|theme|preferred_language|current_time_zone|dismissibles|"
    r"object_str)($|_)"
)
# Models not marked at all: the registry (public facts), and structures the code parses.
_MODELS_NOT_MARKED = {
    "tenancy.Authority",  # the registry: names and codes are public facts of every LAO
    "auth.Group",  # "<DLA code> <role>": parsed by portal.tenancy.roles
    "wagtailcore.Collection",  # named after the LAO (public)
    "wagtailcore.Site",
    "wagtailcore.GroupPagePermission", "wagtailcore.GroupCollectionPermission", "wagtailcore.GroupSitePermission",
    "auth.Group_permissions", "accounts.User_groups",
    "wagtailsearch.IndexEntry",  # rebuilt from the marked objects afterwards
}


def _marked_fields(model):
    # Local fields only: a page's specific table and wagtailcore_page are marked each for its own.
    for f in model._meta.local_concrete_fields:
        if not isinstance(f, (models.CharField, models.TextField)) or f.primary_key or f.choices:
            continue
        if isinstance(f, (models.SlugField, models.URLField)) or _NAME_NOT_MARKED.search(f.name):
            continue
        if not isinstance(f, models.EmailField) and f.max_length is not None and f.max_length < 24:
            continue  # codes, numbers, short labels: no room for a marker
        yield f


_counter = itertools.count(1)


def _marker(world, model, pk, field_name, public):
    number = next(_counter)
    world.markers[number] = Marker(model._meta.label, pk, field_name, public)
    return f"ZQB{number}Q"


def _mark(world):
    for table, keys in world.b.rows.items():
        model = world.table_model.get(table)
        if model is None or model._meta.label in _MODELS_NOT_MARKED or model._meta.proxy:
            continue
        if model is Revision:
            _mark_revisions(world, keys)
            continue
        fields = list(_marked_fields(model))
        if not fields:
            continue
        public = _public_test(model)
        for obj in model._base_manager.filter(pk__in=list(keys)):
            changes = {}
            for f in fields:
                value = getattr(obj, f.attname)
                if not value:
                    continue
                marker = _marker(world, model, obj.pk, f.name, bool(public(obj, f.name)))
                if isinstance(f, models.EmailField):
                    changes[f.attname] = f"{marker.lower()}.{value}"[: f.max_length]
                else:
                    changes[f.attname] = f"{marker} {value}"[: f.max_length or None]
            if changes:
                model._base_manager.filter(pk=obj.pk).update(**changes)
    _reindex(world)


def _mark_revisions(world, keys):
    """A revision's content is the object as saved: its texts get markers of their own."""
    for revision in Revision.objects.filter(pk__in=[int(k) for k in keys]):
        content = dict(revision.content)
        page = Page.objects.filter(pk=revision.object_id).first() if revision.base_content_type_id else None
        live = bool(page and revision.pk == page.live_revision_id and _public_page(page))
        for name, value in list(content.items()):
            if name in _REVISION_TEXTS and isinstance(value, str) and value:
                public = live and name != "draft_title"
                content[name] = f"{_marker(world, Revision, revision.pk, name, public)} {value}"
        object_str = f"{_marker(world, Revision, revision.pk, 'object_str', False)} {revision.object_str}"
        Revision.objects.filter(pk=revision.pk).update(content=content, object_str=object_str[:255])


_REVISION_TEXTS = {"title", "draft_title", "seo_title", "search_description", "intro", "purpose", "question",
                   "eligibility_note", "summary", "evidence", "location_description"}


def _reindex(world):
    """The search index holds copies of titles and text: index B's marked objects again."""
    from wagtail.search.index import insert_or_update_object

    from ideas.models import CommentRecord, Idea
    from search.indexing import update_comment, update_idea

    authority = world.b.authority
    for prefix in page_tree_prefixes(authority):
        for page in Page.objects.filter(path__startswith=prefix).specific():
            insert_or_update_object(page)
    for idea in Idea.objects.filter(authority=authority):
        update_idea(idea)
    for record in CommentRecord.objects.filter(authority=authority).select_related("comment"):
        update_comment(record, record.comment)


# ---------------------------------------------------------------- what is public

def _public_page(page):
    if not page.live:
        return False
    ancestors = [page.path[:n] for n in range(4, len(page.path) + 1, 4)]
    return not PageViewRestriction.objects.filter(page__path__in=ancestors).exists()


def _page_field(page, name):
    """A live page's own fields are public; its draft title only when it has no unpublished changes."""
    base = Page.objects.get(pk=page.pk)
    if not _public_page(base):
        return False
    return name != "draft_title" or not base.has_unpublished_changes


def _public_idea(idea, name=None):
    from ideas.models import IdeaState

    return idea.state == IdeaState.PUBLISHED and name in (None, "title", "description")


def _public_xtd(comment, name):
    return comment.is_public and not comment.is_removed and name in ("comment", "user_name")


# What an anonymous visitor of B's own site may read: (model label) -> test(obj, field name).
PUBLIC = {
    "ideas.Idea": _public_idea,
    "ideas.IdeaPhoto": lambda photo, name: _public_idea(photo.idea),
    "ballots.BallotProject": lambda project, name: True,
    "django_comments_xtd.XtdComment": _public_xtd,
    "django_comments.Comment": _public_xtd,
    "pages.BudgetLine": lambda line, name: _public_page(line.page),
    "consultations.ConsultationProblemBrief": lambda link, name: True,
    "tenancy.Village": lambda village, name: True,
    "tenancy.Tambon": lambda tambon, name: True,
    "tenancy.AuthorityBranding": lambda branding, name: True,
    "planning.PlanProject": lambda project, name: True,
    "planning.ProgressUpdate": lambda update, name: True,
    "planning.Forum": lambda forum, name: name == "place",
    "planning.Referral": lambda referral, name: True,
    "planning.ReferralUpdate": lambda update, name: name != "note",
    # The LAO's note and the agency show on the idea's page and on the public referrals page.
    "planning.TriageDecision": lambda decision, name: name in ("agency", "note") and _public_idea(decision.idea),
    "wagtailimages.Image": lambda image, name: True,
}


def _public_test(model):
    if issubclass(model, Page):
        return _page_field
    return PUBLIC.get(model._meta.label, lambda obj, name: False)


def page_tree_prefixes(authority):
    """The treebeard path prefixes of an LAO's Thai tree and its English translation."""
    home = authority.home_page
    return [p.path for p in Page.objects.filter(translation_key=home.translation_key)]


def site_of(authority):
    return Site.objects.get(pk=authority.site_id)
