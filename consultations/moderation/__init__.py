"""The moderation queue of each LAO in the Wagtail admin: ideas awaiting a decision."""
