"""A consultation's poll answers, read once per request however many poll blocks the page has."""

from collections import Counter, defaultdict

from django.db.models import Count

from .models import PollAnswer


def answers_of(participation):
    """{block id: PollAnswer} of the visitor on this consultation (one query a request)."""

    def read():
        if not participation.is_authenticated:
            return {}
        answers = PollAnswer.objects.filter(consultation_key=participation.page.translation_key,
                                            user=participation.user)
        return {answer.block_id: answer for answer in answers}

    return participation.cached("poll_answers", read)


def counts_of(participation):
    """{block id: Counter(choice → answers)} for every poll of this consultation (one query a request)."""

    def read():
        counts = defaultdict(Counter)
        rows = (
            PollAnswer.objects.filter(consultation_key=participation.page.translation_key)
            .values_list("block_id", "choice")
            .annotate(n=Count("id"))
            .order_by()
        )
        for block_id, choice, n in rows:
            counts[block_id][choice] = n
        return counts

    return participation.cached("poll_counts", read)
