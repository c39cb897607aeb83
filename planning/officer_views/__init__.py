"""Officers' planning work in the Wagtail admin, one LAO at a time (see docs/officers.md)."""
