"""Site search over the current language's pages."""

import re

from django import forms
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import F
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from home.chrome import active_locale
from home.filters import query_string_without_page

from .models import UnansweredQuery
from .text import highlighted_snippet

PAGE_SIZE = 10
# Index pages (home, catalogue, library) and module overviews are ways in,
# not answers; they stay out of the results.
EXCLUDED_TYPES = [
    "home.HomePage",
    "courses.CourseIndexPage",
    "courses.ModulePage",
    "resources.ResourceIndexPage",
    "cities.CityIndexPage",
    "cities.ChallengeBoardPage",
    "cities.AssessmentIndexPage",
]


def search_terms(query):
    """The words of a query, lower-cased, without punctuation.

    The database backends hand the query to SQLite FTS5 or PostgreSQL, where
    quotes, brackets, `*`, `:` and upper-case AND/OR/NOT are syntax; a visitor's
    stray quote must find nothing rather than fail.
    """
    return " ".join(re.findall(r"\w+", query.lower()))


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the portal"), max_length=200, required=False)


def searchable_pages(locale):
    from django.apps import apps

    excluded = [apps.get_model(label) for label in EXCLUDED_TYPES]
    return Page.objects.live().public().filter(locale_id=locale.pk).not_type(*excluded)


def record(query, count):
    """Keep count of searches that found nothing, for the editors' report."""
    if count:
        return
    language = translation.get_language()
    updated = UnansweredQuery.objects.filter(
        query_string=query, language=language
    ).update(hits=F("hits") + 1)
    if not updated:
        try:
            with transaction.atomic():
                UnansweredQuery.objects.create(
                    query_string=query, language=language, hits=1
                )
        except IntegrityError:
            pass  # another request created it at the same moment


@require_GET
def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    context = {"form": form, "query": query, "results": [], "promotions": []}
    if not query:
        return render(request, "search/search.html", context)
    normalised = " ".join(query.lower().split())[:200]
    locale = active_locale()
    promotions = list(
        Query.get(normalised)
        .editors_picks.filter(page__live=True, page__locale_id=locale.pk)
        .select_related("page")
        .order_by("sort_order")
    )
    promoted_ids = {promotion.page_id for promotion in promotions}
    hits = searchable_pages(locale).exclude(pk__in=promoted_ids)
    terms = search_terms(query)
    hits = hits.search(terms) if terms else hits.none()
    paginator = Paginator(hits, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    ids = [page.pk for page in page_obj.object_list]
    specific = Page.objects.filter(pk__in=ids).specific().in_bulk()
    results = [
        {
            "page": specific[pk],
            "type": specific[pk]._meta.verbose_name,
            "snippet": highlighted_snippet(specific[pk], query),
        }
        for pk in ids
        if pk in specific
    ]
    if page_obj.number == 1:
        record(normalised, paginator.count + len(promotions))
    context.update(
        results=results,
        promotions=[{"page": p.page, "description": p.description} for p in promotions],
        page_obj=page_obj,
        result_count=paginator.count + len(promotions),
        query_string=query_string_without_page(request),
    )
    response = render(request, "search/search.html", context)
    # Results are the same for every anonymous visitor, so the page cache may
    # keep them; a search that found nothing is not cached, so every such
    # search still reaches the unanswered-searches report.
    if context["result_count"] and not request.user.is_authenticated:
        response.cacheable_page = True
    return response
