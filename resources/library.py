"""The resource library's faceted filters and the resource page's related items.

Every facet shows how many resources it would leave given the other filters;
the counts are aggregated in the database, one query per facet, whatever the
number of resources.
"""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from home.chrome import cities_for_locale, topics_for_locale
from home.fallback import with_untranslated
from home.filters import LenientFilterForm, query_string_without_page
from home.models import Audience

from .models import ResourcePage, ResourceType

PAGE_SIZE = 12
SORTS = {
    "newest": ("-publication_date", _("Newest first")),
    "title": ("title", _("Title (A–Z)")),
}
FACETS = ["type", "topic", "audience", "city", "language"]


class LibraryFilterForm(LenientFilterForm, forms.Form):
    q = forms.CharField(label=_("Search the library"), required=False, max_length=100)
    type = forms.ChoiceField(label=_("Type"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    audience = forms.ChoiceField(label=_("Audience"), required=False)
    city = forms.ChoiceField(label=_("City"), required=False)
    language = forms.ChoiceField(label=_("Language of the material"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(key, label) for key, (_field, label) in SORTS.items()],
    )

    def __init__(self, *args, topics, cities, **kwargs):
        super().__init__(*args, **kwargs)
        self.option_labels = {
            "type": dict(ResourceType.choices),
            "topic": {topic["slug"]: topic["name"] for topic in topics},
            "audience": dict(Audience.choices),
            "city": {city["slug"]: city["name"] for city in cities},
            "language": dict(settings.LANGUAGES),
        }
        for facet, labels in self.option_labels.items():
            self.fields[facet].choices = [("", _("All"))] + list(labels.items())

    def add_counts(self, counts):
        """Show each option's count in its label, e.g. "Guide (4)"."""
        for facet, labels in self.option_labels.items():
            facet_counts = counts.get(facet, {})
            self.fields[facet].choices = [("", _("All"))] + [
                (value, f"{label} ({facet_counts.get(value, 0)})")
                for value, label in labels.items()
            ]


def apply_filters(resources, filters, skip=None):
    """Narrow `resources` by every filter except the facet named in `skip`."""
    if query := filters.get("q"):
        resources = resources.filter(
            Q(title__icontains=query) | Q(summary__icontains=query)
        )
    if (value := filters.get("type")) and skip != "type":
        resources = resources.filter(resource_type=value)
    if (value := filters.get("topic")) and skip != "topic":
        resources = resources.filter(topics__slug=value)
    if (value := filters.get("audience")) and skip != "audience":
        resources = resources.filter(audience__in=[value, Audience.BOTH])
    if (value := filters.get("city")) and skip != "city":
        resources = resources.filter(cities__slug=value)
    if (value := filters.get("language")) and skip != "language":
        resources = resources.filter(material_language=value)
    return resources


def matching_ids(base, filters, skip=None):
    """Ids of the resources matching the filters (a subquery, not a list)."""
    return apply_filters(base, filters, skip=skip).values("pk")


def facet_counts(base, filters):
    """{facet: {value: count}} for the current selection, one query per facet.

    Each facet counts the resources that match every *other* filter, so its
    numbers say what choosing that option would leave.
    """

    def by_column(facet, field):
        rows = (
            ResourcePage.objects.filter(pk__in=matching_ids(base, filters, skip=facet))
            .values(field)
            .annotate(n=Count("pk"))
            .order_by()
        )
        return {row[field]: row["n"] for row in rows}

    def by_relation(facet, through, field):
        rows = (
            through.objects.filter(
                resourcepage_id__in=matching_ids(base, filters, facet)
            )
            .values(field)
            .annotate(n=Count("resourcepage_id", distinct=True))
            .order_by()
        )
        return {row[field]: row["n"] for row in rows}

    audiences = by_column("audience", "audience")
    both = audiences.get(Audience.BOTH, 0)
    return {
        "type": by_column("type", "resource_type"),
        "topic": by_relation("topic", ResourcePage.topics.through, "topic__slug"),
        # A resource for both audiences counts under each audience.
        "audience": {
            Audience.SMES: audiences.get(Audience.SMES, 0) + both,
            Audience.CITY_STAFF: audiences.get(Audience.CITY_STAFF, 0) + both,
            Audience.BOTH: both,
        },
        "city": by_relation("city", ResourcePage.cities.through, "city__slug"),
        "language": by_column("language", "material_language"),
    }


def library_context(index_page, request):
    topics = topics_for_locale(index_page.locale_id)
    cities = cities_for_locale(index_page.locale_id)
    form = LibraryFilterForm(request.GET or None, topics=topics, cities=cities)
    filters = form.valid_filters() if request.GET else {}
    base = with_untranslated(ResourcePage, index_page)
    form.add_counts(facet_counts(base, filters))
    field, _label = SORTS.get(filters.get("sort") or "newest", SORTS["newest"])
    resources = (
        apply_filters(base, filters)
        .select_related("locale")
        .prefetch_related("topics", "cities")
        .order_by("is_fallback", field, "title")
    )
    paginator = Paginator(resources, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return {
        "filter_form": form,
        "active_filters": filters,
        "resources": page_obj.object_list,
        "page_obj": page_obj,
        "result_count": paginator.count,
        "query_string": query_string_without_page(request),
    }


def resource_context(resource, request):
    """Attachments, links, and related courses and resources sharing a topic."""
    from django.apps import apps

    topic_ids = list(resource.topics.values_list("pk", flat=True))
    related_resources = (
        ResourcePage.objects.live()
        .filter(locale_id=resource.locale_id, topics__in=topic_ids)
        .exclude(pk=resource.pk)
        .distinct()
        .order_by("-publication_date")[:4]
    )
    CoursePage = apps.get_model("courses", "CoursePage")
    related_courses = (
        CoursePage.objects.live()
        .filter(locale_id=resource.locale_id, topics__in=topic_ids)
        .distinct()
        .order_by("title")[:4]
    )
    return {
        "attachments": resource.attachments.select_related("document"),
        "external_links": resource.links.all(),
        "related_resources": related_resources,
        "related_courses": related_courses,
    }
