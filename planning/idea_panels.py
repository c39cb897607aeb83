"""The outcome of an idea on its public page and in "My ideas": triage, referral, plan project
and progress, and the forum an onsite idea came from. Registered with the ideas app's outcome
panels (``ideas.outcomes``) when the app is ready."""

from django.template.loader import render_to_string

from .models import ForumIdea, PlanProject, ProjectStatus, TriageDecision


def _outcome(idea):
    decision = (TriageDecision.objects.filter(idea=idea, current=True)
                .select_related("function", "duplicate_of", "referral", "authority").first())
    projects = list(PlanProject.objects.filter(source_ideas=idea).exclude(status=ProjectStatus.CANCELLED)
                    .prefetch_related("updates"))
    return decision, projects


def idea_outcome(request, idea, page_url=""):
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
            from .referrals import idea_urls

            original_url = idea_urls([original], request).get(original.pk, "")
    more_referrals_url = ""
    if decision is not None and decision.outcome == "refer":
        from .public import central_referrals_url

        more_referrals_url = central_referrals_url(decision.authority, request)
    return render_to_string("planning/_idea_outcome.html", {
        "decision": decision, "projects": projects, "forum": forum, "original_url": original_url,
        "more_referrals_url": more_referrals_url,
    }, request=request)


def my_idea_outcomes(request, ideas):
    """{idea pk: the outcome line of "My ideas"} for ``ideas`` (one query)."""
    from .triage import current_decisions

    decisions = current_decisions(ideas)
    return {idea.pk: render_to_string("planning/_my_idea_outcome.html",
                                      {"decision": decisions.get(idea.pk), "idea": idea}, request=request)
            for idea in ideas}


def register():
    from ideas import outcomes

    outcomes.register_page_panel("planning", idea_outcome, order=10)
    outcomes.register_my_ideas_panel("planning", my_idea_outcomes, order=10)
