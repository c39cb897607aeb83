"""Rebuild the search index from scratch, with a progress bar per kind of content.

    manage.py rebuild_search_index                      # everything: pages, ideas, comments, images...
    manage.py rebuild_search_index --only search.SearchableIdea --chunk-size 1000

Like Wagtail's ``update_index`` (which stays available), but chunks are read by primary key
instead of by OFFSET, so the last chunk of 100,000 ideas costs what the first does, and the
progress shows objects done, the rate and the time left. On PostgreSQL the rebuild runs in one
transaction: searches keep working on the old index until it commits.
"""

import sys
import time

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from modelsearch.backends import get_search_backend
from modelsearch.conf import get_app_config
from modelsearch.index import get_indexed_models
from tqdm import tqdm


def chunks(queryset, size):
    """Lists of up to ``size`` objects, in primary-key order, read by key rather than offset."""
    last = None
    while True:
        page = queryset if last is None else queryset.filter(pk__gt=last)
        items = list(page.order_by("pk")[:size])
        if not items:
            return
        yield items
        last = items[-1].pk


class Command(BaseCommand):
    help = "Rebuild the search index (Thai-aware), with a progress bar."

    def add_arguments(self, parser):
        parser.add_argument("--backend", help="The search backend to rebuild (default: every one configured).")
        parser.add_argument("--only", action="append", default=[], metavar="APP_LABEL.MODEL",
                            help="Rebuild only this model (repeat for more); other entries are kept.")
        parser.add_argument("--chunk-size", type=int, default=500)

    def handle(self, *args, backend=None, only=(), chunk_size=500, verbosity=1, **options):
        models = self.models(only)
        names = [backend] if backend else list(get_app_config().get_search_backend_config())
        for name in names:
            self.rebuild(name, models, chunk_size, quiet=verbosity == 0, partial=bool(only))

    def models(self, only):
        indexed = get_indexed_models()
        if not only:
            return indexed
        chosen = []
        for label in only:
            try:
                model = apps.get_model(label)
            except (LookupError, ValueError) as error:
                raise CommandError(f"Unknown model {label!r}: {error}") from error
            if model not in indexed:
                raise CommandError(f"{label} is not indexed for search.")
            chosen.append(model)
        return chosen

    def rebuild(self, name, models, chunk_size, quiet, partial):
        backend = get_search_backend(name)
        if backend.rebuilder_class is None:
            self.stdout.write(f"{name}: this backend searches the tables directly; nothing to rebuild.")
            return
        started = time.perf_counter()
        index = backend.get_index_for_model(models[0])
        if partial:  # the other models' entries stay; only these are rewritten
            with transaction.atomic():
                total = self.add(index, models, chunk_size, quiet)
                index._refresh_title_norms(full=True)
        else:  # stale entries go, every norm is recomputed
            rebuilder = backend.rebuilder_class(index)
            index = rebuilder.start()
            total = self.add(index, models, chunk_size, quiet)
            rebuilder.finish()
        self.stdout.write(f"{name}: indexed {total} objects in {time.perf_counter() - started:.1f} s.")

    def add(self, index, models, chunk_size, quiet):
        total = 0
        for model in models:
            queryset = model.get_indexed_objects()
            label = f"{model._meta.app_label}.{model.__name__}"
            with tqdm(total=queryset.count(), desc=label, unit=" objects", file=sys.stderr, disable=quiet,
                      dynamic_ncols=True) as progress:
                for chunk in chunks(queryset, chunk_size):
                    index.add_items(model, chunk)
                    progress.update(len(chunk))
                    total += len(chunk)
        return total
