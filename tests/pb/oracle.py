"""pabutools (GPL-3.0, test-only) as an oracle for the engine's Method of Equal Shares.

Only tests and bench/ import pabutools; ``test_licence.py`` checks that the project does not.
Ties are broken as the engine breaks them: pabutools is given the engine's order (higher
score, lower cost, smaller id) as its tie-breaking rule, so instances with ties are compared
too.
"""

from __future__ import annotations

from fractions import Fraction

from pabutools.election import Cost_Sat
from pabutools.election.pabulib import parse_pabulib_from_string
from pabutools.rules import method_of_equal_shares
from pabutools.tiebreaking import TieBreakingRule

from pb import Instance, dumps
from pb.scores import id_key


class Oracle:
    """One instance as pabutools reads it from the engine's ``.pb`` output."""

    def __init__(self, instance: Instance):
        self.instance, self.profile = parse_pabulib_from_string(dumps(instance))
        approvals: dict[str, int] = {}
        for ballot in self.profile:
            for project in ballot:
                approvals[project.name] = approvals.get(project.name, 0) + 1
        self.tie_breaking = TieBreakingRule(
            lambda inst, prof, proj: (-approvals.get(proj.name, 0), proj.cost, id_key(proj.name))
        )

    def mes(self, total: Fraction | None = None, voter_budget_increment=None) -> list[str]:
        """pabutools' MES (cost utilities) with ``total`` shared among the voters."""
        limit = self.instance.budget_limit
        if total is not None:
            self.instance.budget_limit = Fraction(total)
        try:
            outcome = method_of_equal_shares(
                self.instance,
                self.profile,
                sat_class=Cost_Sat,
                tie_breaking=self.tie_breaking,
                voter_budget_increment=voter_budget_increment,
            )
        finally:
            self.instance.budget_limit = limit
        return [project.name for project in outcome]

    def run(self, _instance: Instance, total: Fraction) -> list[str]:
        """The signature ``tests.pb.reference.mes_add1`` expects of one MES run."""
        return self.mes(total)
