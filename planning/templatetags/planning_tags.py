"""The outcome of an idea on its public page and in "My ideas": triage, referral, plan
project and progress, and the forum an onsite idea came from."""

from django import template

from planning.models import ForumIdea, PlanProject, ProjectStatus, TriageDecision

register = template.Library()


def _outcome(idea):
    decision = (TriageDecision.objects.filter(idea=idea, current=True)
                .select_related("function", "duplicate_of", "referral", "authority").first())
    projects = list(PlanProject.objects.filter(source_ideas=idea).exclude(status=ProjectStatus.CANCELLED)
                    .prefetch_related("updates"))
    return decision, projects


@register.inclusion_tag("planning/_idea_outcome.html", takes_context=True)
def idea_outcome(context, idea, page_url=""):
    """The idea page's outcome panel (three queries: decision, projects with updates, forum)."""
    decision, projects = _outcome(idea)
    forum = None
    if idea.standing == "onsite":
        link = ForumIdea.objects.filter(idea=idea).select_related("forum", "forum__village").first()
        forum = link.forum if link else None
    original_url = ""
    if decision is not None and decision.duplicate_of is not None:
        original = decision.duplicate_of
        if original.consultation_key == idea.consultation_key:
            original_url = f"{page_url}ideas/{original.pk}/"
        else:  # the same request, another consultation of the LAO: one more query, only here
            from planning.referrals import idea_urls

            original_url = idea_urls([original], context.get("request")).get(original.pk, "")
    more_referrals_url = ""
    if decision is not None and decision.outcome == "refer":
        from planning.public import central_referrals_url

        more_referrals_url = central_referrals_url(decision.authority, context.get("request"))
    return {"decision": decision, "projects": projects, "forum": forum, "original_url": original_url,
            "more_referrals_url": more_referrals_url}


@register.inclusion_tag("planning/_my_idea_outcome.html")
def my_idea_outcome(idea, decisions):
    return {"decision": decisions.get(idea.pk), "idea": idea}


@register.simple_tag
def current_decisions_of(ideas):
    from planning.triage import current_decisions

    return current_decisions(list(ideas))
