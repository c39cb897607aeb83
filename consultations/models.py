"""The participation engine: consultation pages, ideas, comments, supports, ballots, results."""
