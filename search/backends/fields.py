"""Which search fields give text to index, and what both database backends' indexes share."""

from modelsearch.index import AutocompleteField, RelatedFields, SearchField


def has_text(field):
    """Whether a search field yields text: a relation that holds only filter fields (declared so
    that searches may filter on them) does not, and the indexer need not read it."""
    if isinstance(field, RelatedFields):
        return any(has_text(sub) for sub in field.fields)
    return isinstance(field, SearchField | AutocompleteField)


class TextFieldsOnly:
    """An ``ObjectIndexer`` that reads only the search fields with text: a relation of filter
    fields only would cost a query per object for nothing."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.search_fields = [field for field in self.search_fields if has_text(field)]


def indexers_for(index, model, objs):
    """The index's indexer of each object, or [] when the model has nothing to index (as
    modelsearch's ``add_items`` opens)."""
    if not model.get_search_fields():
        return []
    return [index.indexer_class(obj, index.backend) for obj in objs]
