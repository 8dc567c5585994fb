"""The course catalogue: filters from GET parameters, sorting and pagination.

Filters are validated by a form. An unknown or malformed value is dropped and
reported next to its filter; the rest of the filters still apply.
"""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _

from home.chrome import topics_for_locale
from home.fallback import with_untranslated
from home.filters import LenientFilterForm, query_string_without_page
from home.models import Audience

from .models import CoursePage
from .models.pages import Level
from .progress import course_summaries

PAGE_SIZE = 12
SORTS = {
    "title": ("title", _("Title (A–Z)")),
    "newest": ("-first_published_at", _("Newest first")),
    "level": ("level_order", _("Level")),
}


class CatalogueFilterForm(LenientFilterForm, forms.Form):
    q = forms.CharField(label=_("Search courses"), required=False, max_length=100)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    audience = forms.ChoiceField(
        label=_("Audience"),
        required=False,
        choices=[("", _("Everyone"))] + list(Audience.choices),
    )
    level = forms.ChoiceField(
        label=_("Level"),
        required=False,
        choices=[("", _("Any level"))] + list(Level.choices),
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(key, label) for key, (_field, label) in SORTS.items()],
    )

    def __init__(self, *args, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic["slug"], topic["name"]) for topic in topics
        ]


def filter_courses(courses, filters):
    if query := filters.get("q"):
        courses = courses.filter(
            Q(title__icontains=query) | Q(summary__icontains=query)
        )
    if topic := filters.get("topic"):
        courses = courses.filter(topics__slug=topic)
    if audience := filters.get("audience"):
        # A course for both audiences belongs in either audience's list.
        courses = courses.filter(audience__in=[audience, Audience.BOTH])
    if level := filters.get("level"):
        courses = courses.filter(level=level)
    return courses


def sort_courses(courses, sort):
    field, _label = SORTS.get(sort or "title", SORTS["title"])
    if field == "level_order":
        courses = courses.annotate(
            level_order=Case(
                *[
                    When(level=value, then=Value(position))
                    for position, value in enumerate(Level.values)
                ],
                output_field=IntegerField(),
            )
        )
        return courses.order_by("is_fallback", "level_order", "title")
    return courses.order_by("is_fallback", field, "title")


def catalogue_context(index_page, request):
    topics = topics_for_locale(index_page.locale_id)
    form = CatalogueFilterForm(request.GET or None, topics=topics)
    filters = form.valid_filters() if request.GET else {}
    # Courses inherit any view restriction of the catalogue page itself, which
    # Wagtail checks when serving it, so .public() would only repeat that query.
    courses = (
        with_untranslated(CoursePage, index_page)
        .select_related("image", "locale")
        .prefetch_related("topics")
    )
    courses = sort_courses(filter_courses(courses, filters), filters.get("sort"))
    paginator = Paginator(courses, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    summaries = course_summaries(page_obj.object_list, request.user)
    return {
        "filter_form": form,
        "active_filters": filters,
        "courses": [
            {"page": course, "summary": summaries[course.pk]}
            for course in page_obj.object_list
        ],
        "page_obj": page_obj,
        "paginator": paginator,
        "result_count": paginator.count,
        "query_string": query_string_without_page(request),
    }
