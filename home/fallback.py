"""Listings that show a language's own items first, then the items not yet
translated into it (in the default language, labelled as such)."""

from django.conf import settings
from django.db.models import Case, IntegerField, Q, Value, When


def with_untranslated(model, index_page):
    """Live children of `index_page`, plus the default-language index's children
    that have no translation here. Annotated with `is_fallback` (0 or 1)."""
    local = Q(path__startswith=index_page.path, depth=index_page.depth + 1)
    items = model.objects.live()
    source = None
    if index_page.locale.language_code != settings.LANGUAGE_CODE:
        source = (
            index_page.get_translations()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .live()
            .first()
        )
    if source is None:
        return items.filter(local).annotate(is_fallback=Value(0, IntegerField()))
    translated_here = model.objects.filter(local).values("translation_key")
    untranslated = Q(path__startswith=source.path, depth=source.depth + 1) & ~Q(
        translation_key__in=translated_here
    )
    return items.filter(local | untranslated).annotate(
        is_fallback=Case(
            When(locale_id=index_page.locale_id, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
    )
