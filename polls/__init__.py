"""The one-question poll: a way of taking part (docs/consultations.md, "The poll")."""
