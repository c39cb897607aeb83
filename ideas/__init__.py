"""Ideas, supports, comments, flags and their moderation: a way of taking part (docs/consultations.md)."""
