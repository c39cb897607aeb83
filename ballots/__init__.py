"""Ballots: the budget vote, its projects, casting, counting and results (docs/ballots.md)."""
