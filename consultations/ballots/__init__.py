"""Budget votes: setting up a ballot, casting, paper ballots and results (see docs/ballots.md)."""
