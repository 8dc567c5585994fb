"""Show linked pages in the visitor's language when they are translated.

Challenges and assessments link courses and resources with page choosers,
which wagtail-localize keeps pointing at the source pages in every
translation. These helpers swap each linked page for its translation in the
active language (else the default language's, else the page itself) with one
query for any number of pages.
"""

from django.conf import settings


def prefer_locale(pages, locale_id):
    """{translation_key: page}: per key, the page in `locale_id`, else the one in
    the default language, else any. `pages` must have `locale` selected."""
    chosen = {}

    def rank(page):
        if page.locale_id == locale_id:
            return 0
        if page.locale.language_code == settings.LANGUAGE_CODE:
            return 1
        return 2

    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or rank(page) < rank(current):
            chosen[page.translation_key] = page
    return chosen


def localised_by_id(model, ids, locale_id):
    """{id: page} for the live pages of `model` with these ids, each page in the
    best language (see prefer_locale)."""
    ids = [page_id for page_id in ids if page_id]
    if not ids:
        return {}
    candidates = list(
        model.objects.live()
        .filter(
            translation_key__in=model.objects.filter(pk__in=ids).values(
                "translation_key"
            )
        )
        .select_related("locale")
    )
    best = prefer_locale(candidates, locale_id)
    return {
        page.pk: best[page.translation_key] for page in candidates if page.pk in ids
    }


def localised_pages(model, ids, locale_id):
    """The live pages of `model` with these ids, each in the best language, in
    the order of `ids`, without duplicates."""
    by_id = localised_by_id(model, ids, locale_id)
    return unique_pages(by_id.get(page_id) for page_id in ids)


def unique_pages(pages):
    """`pages` without the Nones and repeats, in order."""
    seen, unique = set(), []
    for page in pages:
        if page is not None and page.pk not in seen:
            seen.add(page.pk)
            unique.append(page)
    return unique
