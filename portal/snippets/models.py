"""Shared reference data (authority functions, categories, moderation reasons) lives here."""
