"""The challenge board: every city's challenges, filtered by city, category,
stage and topic (GET parameters), sorted and paginated.

Filters are validated by a form whose choices are allowlists: an unknown or
malformed value is reported beside its filter and ignored, never a 500. In a
language other than English the board shows that language's challenges, then
the English ones not yet translated.
"""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _

from home.chrome import cities_for_locale, topics_for_locale
from home.filters import LenientFilterForm, query_string_without_page

from .models import Category, ChallengePage, CityPage, Stage

PAGE_SIZE = 12
SORTS = {
    "title": _("Title (A–Z)"),
    "stage": _("Stage (earliest first)"),
    "newest": _("Newest first"),
}


class ChallengeFilterForm(LenientFilterForm, forms.Form):
    city = forms.ChoiceField(label=_("City"), required=False)
    category = forms.ChoiceField(
        label=_("Category"),
        required=False,
        choices=[("", _("All categories"))] + list(Category.choices),
    )
    stage = forms.ChoiceField(
        label=_("Stage"),
        required=False,
        choices=[("", _("Any stage"))] + list(Stage.choices),
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"), required=False, choices=list(SORTS.items())
    )

    def __init__(self, *args, cities, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].choices = [("", _("All cities"))] + [
            (city["slug"], city["name"]) for city in cities
        ]
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic["slug"], topic["name"]) for topic in topics
        ]


def board_challenges(board):
    """Live challenges in the board's language, plus the default language's
    challenges not translated into it (annotated `is_fallback`)."""
    local = Q(locale_id=board.locale_id)
    challenges = ChallengePage.objects.live()
    if board.locale.language_code == settings.LANGUAGE_CODE:
        return challenges.filter(local).annotate(is_fallback=Value(0, IntegerField()))
    translated_here = ChallengePage.objects.filter(local).values("translation_key")
    untranslated = Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(
        translation_key__in=translated_here
    )
    return challenges.filter(local | untranslated).annotate(
        is_fallback=Case(
            When(locale_id=board.locale_id, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
    )


def city_pages(board):
    """{tree path: CityPage} of the cities a board challenge can belong to."""
    pages = (
        CityPage.objects.live()
        .filter(
            Q(locale_id=board.locale_id)
            | Q(locale__language_code=settings.LANGUAGE_CODE)
        )
        .select_related("city")
        .defer_streamfields()
    )
    return {page.path: page for page in pages}


def below_any(paths):
    """Q for pages below any of the tree paths."""
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def filter_challenges(challenges, filters, cities_by_path):
    # Only challenges of live cities: a challenge below an unpublished city
    # cannot be reached.
    city = filters.get("city")
    challenges = challenges.filter(
        below_any(
            path
            for path, page in cities_by_path.items()
            if not city or page.city.slug == city
        )
    )
    if category := filters.get("category"):
        challenges = challenges.filter(category=category)
    if stage := filters.get("stage"):
        challenges = challenges.filter(stage=stage)
    if topic := filters.get("topic"):
        challenges = challenges.filter(topics__slug=topic)
    return challenges


def sort_challenges(challenges, sort):
    if sort == "stage":
        challenges = challenges.annotate(
            stage_order=Case(
                *[
                    When(stage=value, then=Value(position))
                    for position, value in enumerate(Stage.values)
                ],
                output_field=IntegerField(),
            )
        )
        return challenges.order_by("is_fallback", "stage_order", "title")
    if sort == "newest":
        return challenges.order_by("is_fallback", "-first_published_at", "title")
    return challenges.order_by("is_fallback", "title")


def board_context(board, request):
    topics = topics_for_locale(board.locale_id)
    cities = cities_for_locale(board.locale_id)
    form = ChallengeFilterForm(request.GET or None, cities=cities, topics=topics)
    filters = form.valid_filters() if request.GET else {}
    cities_by_path = city_pages(board)
    challenges = (
        filter_challenges(board_challenges(board), filters, cities_by_path)
        .select_related("locale")
        .prefetch_related("topics")
        .defer_streamfields()
    )
    challenges = sort_challenges(challenges, filters.get("sort"))
    paginator = Paginator(challenges, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    steplen = ChallengePage.steplen
    return {
        "filter_form": form,
        "active_filters": filters,
        "challenges": [
            {
                "page": challenge,
                "city_page": cities_by_path.get(challenge.path[:-steplen]),
            }
            for challenge in page_obj.object_list
        ],
        "page_obj": page_obj,
        "result_count": paginator.count,
        "query_string": query_string_without_page(request),
        "stage_count": len(Stage.values),
    }
