"""Which search fields give text to index."""

from modelsearch.index import AutocompleteField, RelatedFields, SearchField


def has_text(field):
    """Whether a search field yields text: a relation that holds only filter fields (declared so
    that searches may filter on them) does not, and the indexer need not read it."""
    if isinstance(field, RelatedFields):
        return any(has_text(sub) for sub in field.fields)
    return isinstance(field, SearchField | AutocompleteField)
