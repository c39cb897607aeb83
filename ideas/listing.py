"""The published ideas of a consultation, filtered, sorted and paginated in a fixed number of queries."""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q

from ideas.models import Idea, IdeaPhoto, SubmitterStanding, Support

SORTS = {"newest": ("-published_at", "-pk"), "most_supported": ("-support_count", "-published_at", "-pk")}


def with_support_counts(queryset):
    return queryset.annotate(
        support_count=Count("supports", distinct=True),
        local_supports=Count("supports", filter=Q(supports__standing=SubmitterStanding.LOCAL), distinct=True),
        outsider_supports=Count("supports", filter=Q(supports__standing=SubmitterStanding.OUTSIDER), distinct=True),
    )


def published_ideas(page):
    authority = page.authority
    return with_support_counts(
        Idea.objects.published().filter(consultation_key=page.translation_key, authority=authority)
        .select_related("village", "category")
        .prefetch_related(Prefetch("photos", queryset=IdeaPhoto.objects.order_by("sort_order", "pk")))
    )


def idea_list(page, params, page_size=10, default_sort="newest"):
    """(page of ideas, the filters applied) for the GET parameters of the idea list."""
    ideas = published_ideas(page)
    village = params.get("village", "")
    if village == "outside":
        ideas = ideas.filter(outside_area=True)
    elif village.isdigit():
        ideas = ideas.filter(village_id=int(village))
    category = params.get("category", "")
    if category.isdigit():
        ideas = ideas.filter(category_id=int(category))
    standing = params.get("standing", "")
    if standing in (SubmitterStanding.LOCAL, SubmitterStanding.OUTSIDER, SubmitterStanding.ONSITE):
        ideas = ideas.filter(standing=standing)
    sort = params.get("sort") if params.get("sort") in SORTS else default_sort
    ideas = ideas.order_by(*SORTS[sort])
    page_obj = Paginator(ideas, page_size).get_page(params.get("ideas_page"))
    return page_obj, {"village": village, "category": category, "standing": standing, "sort": sort}


def onsite_split(page):
    """The consultation's published ideas: {"total", "online", "onsite"} (onsite: entered by an
    officer from a forum), in one query."""
    counts = Idea.objects.published().filter(consultation_key=page.translation_key, authority=page.authority).aggregate(
        total=Count("pk"), onsite=Count("pk", filter=Q(standing=SubmitterStanding.ONSITE)))
    return {**counts, "online": counts["total"] - counts["onsite"]}


def supported_by(user, ideas):
    if user is None or not user.is_authenticated:
        return set()
    return set(Support.objects.filter(user=user, idea__in=[i.pk for i in ideas]).values_list("idea_id", flat=True))
