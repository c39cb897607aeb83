"""wagtail-localize's records of synced page translations, written in bulk for many pages.

``provisioning.translate_page`` goes through wagtail-localize one page at a time: extract the
source (one query per string, context and segment), export and re-import a PO file, then let
``create_or_update_translation`` copy the page, save it twice and publish it when the
transaction commits. For thousands of LAO home pages, ``record_synced_translations`` writes the
same rows for a batch of pages whose translations already exist as pages (created by
``portal.tenancy.batch``) with a handful of bulk INSERTs:

- a ``TranslatableObject`` and a ``TranslationSource`` per source page (the content JSON and
  schema version wagtail-localize records), with its ``String``\\s, ``TranslationContext``\\s
  and ``StringSegment``\\s as ``TranslationSource.refresh_segments`` would extract them;
- a ``Translation`` (enabled) into the target locale, so the translated page opens in
  wagtail-localize's editor as a synced translation;
- a ``StringTranslation`` for every string given a translation (as ``Translation.import_po``
  records it), and a ``TranslationLog`` pointing at the translated page's revision.

Only plain-text segments of top-level fields are handled; ``supports`` says whether a page
qualifies, and the caller uses wagtail-localize itself for a page that does not.
"""

import json

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from wagtail.models import Page
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    TranslatableObject,
    Translation,
    TranslationContext,
    TranslationLog,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue
from wagtail_localize.strings import StringValue, validate_translation_links


def string_segments(page):
    """The page's segments, or None if any is not a plain string of a top-level field."""
    segments = extract_segments(page)
    if all(isinstance(s, StringSegmentValue) and "." not in s.path for s in segments):
        return segments
    return None


def supports(page):
    return string_segments(page) is not None


def record_synced_translations(items, locale, *, user=None):
    """Record each source page's translation into ``locale``.

    ``items`` is a list of ``(source_page, translated_page, revision, strings)``: the translated
    page and its revision exist already; ``strings`` maps source text to its translation (the
    other strings fall back to the source, as with ``Translation.save_target(fallback)``).
    """
    if not items:
        return
    now = timezone.now()
    page_type = ContentType.objects.get_for_model(Page)
    extracted = [string_segments(source) for source, *_ in items]
    if any(segments is None for segments in extracted):
        raise ValueError("a page has segments that only wagtail-localize itself can extract")

    TranslatableObject.objects.bulk_create(
        [TranslatableObject(translation_key=source.translation_key, content_type=page_type) for source, *_ in items],
        ignore_conflicts=True,
    )
    schema_versions = {}
    sources = []
    for source, *_ in items:
        app_label = source._meta.app_label
        if app_label not in schema_versions:
            schema_versions[app_label] = get_schema_version(app_label)
        sources.append(TranslationSource(
            object_id=source.translation_key,
            specific_content_type=ContentType.objects.get_for_model(type(source)),
            locale_id=source.locale_id,
            object_repr=str(source)[:200],
            content_json=source.to_json(),
            schema_version=schema_versions[app_label],
            last_updated_at=now,
        ))
    TranslationSource.objects.bulk_create(sources)

    # Strings are shared between sources (unique per locale and text): insert the new ones.
    texts = {(source.locale_id, seg.string.data) for (source, *_), segs in zip(items, extracted, strict=True) for seg in segs}
    String.objects.bulk_create(
        [String(locale_id=loc, data=text, data_hash=String._get_data_hash(text)) for loc, text in texts],
        ignore_conflicts=True,
    )
    string_ids = {
        (s.locale_id, s.data_hash): s.id
        for s in String.objects.filter(data_hash__in=[String._get_data_hash(text) for _, text in texts])
    }

    contexts, segments = [], []
    for (source, *_), source_record, segs in zip(items, sources, extracted, strict=True):
        for seg in segs:
            context = TranslationContext(
                object_id=source.translation_key, path=seg.path, field_path=seg.path,
                path_id=TranslationContext._get_path_id(seg.path),
            )
            contexts.append(context)
            segments.append((source_record, context, seg))
    TranslationContext.objects.bulk_create(contexts)
    StringSegment.objects.bulk_create([
        StringSegment(
            source=source_record, context=context, order=seg.order,
            string_id=string_ids[(source_record.locale_id, String._get_data_hash(seg.string.data))],
            attrs=json.dumps(seg.attrs, cls=DjangoJSONEncoder),
        )
        for source_record, context, seg in segments
    ])

    Translation.objects.bulk_create(
        [Translation(source=source_record, target_locale=locale, enabled=True) for source_record in sources]
    )
    strings_of = {source_record.pk: item[3] for source_record, item in zip(sources, items, strict=True)}
    translations = []
    for source_record, context, seg in segments:
        text = strings_of[source_record.pk].get(seg.string.data)
        if not text:
            continue
        translations.append(StringTranslation(
            translation_of_id=string_ids[(source_record.locale_id, String._get_data_hash(seg.string.data))],
            locale=locale, context=context, data=text, translation_type="manual", tool_name="",
            last_translated_by=user, updated_at=now, has_error=not _valid(seg.string.data, text),
            field_error="",
        ))
    StringTranslation.objects.bulk_create(translations)
    TranslationLog.objects.bulk_create(
        [TranslationLog(source=source_record, locale=locale, revision=item[2]) for source_record, item in zip(sources, items, strict=True)]
    )


def _valid(source_text, text):
    """What ``StringTranslation.save`` checks before it flags a translation as broken."""
    try:
        StringValue.from_translated_html(text)
        validate_translation_links(source_text, text)
    except ValueError:
        return False
    return True
