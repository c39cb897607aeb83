"""Who a person is to each LAO: local resident or verified outsider, and how that was established."""
