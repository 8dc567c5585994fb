"""Admin reports of the cities section, with CSV and XLSX export.

- Expressions of interest: who told which city they can help, filtered by
  city, challenge and period. Editors and Programme managers.
- Readiness by country and organisation type: each group's average score per
  dimension of one assessment, from every learner's latest result in the
  period, with one GROUP BY. Programme managers.
"""

from types import SimpleNamespace

from django.conf import settings
from django.db.models import Avg, Count, OuterRef, Q, Subquery
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_filters import DateFromToRangeFilter, ModelChoiceFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from accounts.models import OrganisationType
from courses.reports import REPORTS_PERMISSION, PeriodReportMixin, within
from home.admin_access import FormulaSafeExportMixin, RequirePermissionMixin
from home.models import City
from home.replica import ReadFromReplicaMixin

from .models import (
    AssessmentPage,
    AssessmentResult,
    ChallengePage,
    DimensionScore,
    ExpressionOfInterest,
)

INTEREST_PERMISSION = "cities.view_expressions_of_interest"
READINESS_PERMISSION = REPORTS_PERMISSION


def in_default_language(model):
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class InterestFilterSet(WagtailFilterSet):
    city = ModelChoiceFilter(
        label=_("City"),
        queryset=in_default_language(City).order_by("name"),
        method="filter_city",
    )
    challenge = ModelChoiceFilter(
        label=_("Challenge"),
        queryset=in_default_language(ChallengePage).order_by("title"),
        method="filter_challenge",
    )
    period = DateFromToRangeFilter(
        label=_("Period"), field_name="created_at", widget=DateRangePickerWidget
    )

    class Meta:
        model = ExpressionOfInterest
        fields = []

    def filter_city(self, queryset, name, value):
        # Interests record the city in the language they were sent in.
        return queryset.filter(city__translation_key=value.translation_key)

    def filter_challenge(self, queryset, name, value):
        return queryset.filter(challenge_key=value.translation_key)


class InterestReportView(
    RequirePermissionMixin, FormulaSafeExportMixin, ReadFromReplicaMixin, ReportView
):
    page_title = _("Expressions of interest")
    header_icon = "mail"
    index_url_name = "expressions_of_interest"
    index_results_url_name = "expressions_of_interest_results"
    required_permission = INTEREST_PERMISSION
    filterset_class = InterestFilterSet
    model = ExpressionOfInterest
    paginate_by = 50
    columns = [
        DateColumn("created_at", label=_("Sent"), sort_key="created_at"),
        Column("challenge_title", label=_("Challenge")),
        Column("city_name", label=_("City")),
        Column("learner_name", label=_("Name")),
        Column("learner_email", label=_("Email")),
        Column("organisation_name", label=_("Organisation")),
        Column("message", label=_("Message")),
    ]
    list_export = [
        "created_at",
        "challenge_title",
        "city_name",
        "learner_name",
        "learner_email",
        "organisation_name",
        "organisation_type",
        "learner_country",
        "language",
        "message",
    ]
    export_headings = {
        "created_at": _("Sent"),
        "challenge_title": _("Challenge"),
        "city_name": _("City"),
        "learner_name": _("Name"),
        "learner_email": _("Email"),
        "organisation_name": _("Organisation"),
        "organisation_type": _("Organisation type"),
        "learner_country": _("Country"),
        "language": _("Language"),
        "message": _("Message"),
    }
    export_filename = "expressions-of-interest"
    default_ordering = "-created_at"

    def get_base_queryset(self):
        return ExpressionOfInterest.objects.select_related("user", "challenge", "city")

    def decorate_paginated_queryset(self, object_list):
        return [decorate_interest(interest) for interest in object_list]

    def to_row_dict(self, item):
        return super().to_row_dict(decorate_interest(item))


def decorate_interest(interest):
    """Flat, printable attributes for the table and the export."""
    user = interest.user
    interest.challenge_title = interest.challenge.title if interest.challenge else ""
    interest.city_name = interest.city.name if interest.city else ""
    interest.learner_name = user.get_full_name()
    interest.learner_email = user.email
    interest.learner_country = user.country.code or ""
    return interest


class ReadinessFilterSet(WagtailFilterSet):
    assessment = ModelChoiceFilter(
        label=_("Assessment"),
        queryset=in_default_language(AssessmentPage).order_by("title"),
        method="keep",
        empty_label=None,
    )
    period = DateFromToRangeFilter(
        label=_("Period"), method="keep", widget=DateRangePickerWidget
    )

    class Meta:
        model = AssessmentResult
        fields = []

    def keep(self, queryset, name, value):
        # The filters choose the assessment and period of the aggregate below.
        return queryset


class ReadinessReportView(
    RequirePermissionMixin,
    FormulaSafeExportMixin,
    ReadFromReplicaMixin,
    PeriodReportMixin,
    ReportView,
):
    page_title = _("Readiness by country and organisation type")
    header_icon = "tasks"
    index_url_name = "readiness_report"
    index_results_url_name = "readiness_report_results"
    results_template_name = "cities/reports/readiness_results.html"
    required_permission = READINESS_PERMISSION
    filterset_class = ReadinessFilterSet
    model = AssessmentResult
    paginate_by = 500
    export_filename = "readiness-by-country-and-organisation-type"

    @cached_property
    def assessment(self):
        if self.filters and self.filters.is_valid():
            chosen = self.filters.form.cleaned_data.get("assessment")
            if chosen:
                return chosen
        return in_default_language(AssessmentPage).order_by("title").first()

    @cached_property
    def dimensions(self):
        """[(dimension id, name)] of the chosen assessment."""
        if self.assessment is None:
            return []
        return [(block.id, block.value["name"]) for block in self.assessment.dimensions]

    @property
    def columns(self):
        return [
            Column("country_name", label=_("Country")),
            Column("organisation_type_label", label=_("Organisation type")),
            NumberColumn("learners", label=_("Learners")),
            *[
                NumberColumn(f"dimension_{index}", label=name)
                for index, (_id, name) in enumerate(self.dimensions)
            ],
            NumberColumn("average", label=_("Average of the dimensions")),
        ]

    @property
    def list_export(self):
        return [
            "country_name",
            "organisation_type_label",
            "learners",
            *[f"dimension_{index}" for index in range(len(self.dimensions))],
            "average",
        ]

    @property
    def export_headings(self):
        return {
            "country_name": _("Country"),
            "organisation_type_label": _("Organisation type"),
            "learners": _("Learners"),
            **{
                f"dimension_{index}": name
                for index, (_id, name) in enumerate(self.dimensions)
            },
            "average": _("Average of the dimensions"),
        }

    def get_queryset(self):
        if self.assessment is None:
            return []
        start, end = self.period()
        return readiness_rows(self.assessment, self.dimensions, start, end)

    def filter_queryset(self, queryset):
        return queryset  # already narrowed by assessment and period

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["assessment"] = self.assessment
        return context


def latest_results(assessment_key, start=None, end=None):
    """Each learner's latest result of an assessment within the period (as a
    subquery); results of deleted accounts each count once."""
    results = AssessmentResult.objects.filter(assessment_key=assessment_key).filter(
        within("created_at", start, end)
    )
    latest = (
        results.filter(user=OuterRef("user"))
        .order_by("-created_at", "-pk")
        .values("pk")[:1]
    )
    return results.filter(Q(user__isnull=True) | Q(pk=Subquery(latest)))


def readiness_rows(assessment, dimensions, start=None, end=None):
    """One row per (country, organisation type) with the average score (%) of
    each dimension, plus a first row for everyone: one GROUP BY query."""
    aggregates = (
        DimensionScore.objects.filter(
            result__in=latest_results(assessment.translation_key, start, end).values(
                "pk"
            )
        )
        .values("result__country", "result__organisation_type", "dimension_id")
        .annotate(average=Avg("score"), learners=Count("result", distinct=True))
        .order_by("result__country", "result__organisation_type")
    )
    positions = {
        dimension_id: index for index, (dimension_id, _n) in enumerate(dimensions)
    }
    groups = {}
    for row in aggregates:
        position = positions.get(row["dimension_id"])
        if position is None:
            continue  # a dimension since removed from the assessment
        key = (row["result__country"], row["result__organisation_type"])
        group = groups.setdefault(key, {"learners": 0, "scores": {}})
        group["learners"] = max(group["learners"], row["learners"])
        group["scores"][position] = (row["average"], row["learners"])
    if not groups:
        return []
    everyone = {"learners": 0, "scores": {}}
    for group in groups.values():
        everyone["learners"] += group["learners"]
        for position, (average, learners) in group["scores"].items():
            total, count = everyone["scores"].get(position, (0, 0))
            everyone["scores"][position] = (
                total + average * learners,
                count + learners,
            )
    everyone["scores"] = {
        position: (total / count, count)
        for position, (total, count) in everyone["scores"].items()
    }
    rows = [_row("", "", everyone, len(dimensions), everyone_label=True)]
    for (country, organisation_type), group in sorted(
        groups.items(), key=lambda item: (countries.name(item[0][0]) or "~", item[0][1])
    ):
        rows.append(_row(country, organisation_type, group, len(dimensions)))
    return rows


def _row(country, organisation_type, group, dimension_count, everyone_label=False):
    types = dict(OrganisationType.choices)
    averages = [
        group["scores"][position][0] if position in group["scores"] else None
        for position in range(dimension_count)
    ]
    given = [value for value in averages if value is not None]
    row = SimpleNamespace(
        country_code=country or "",
        country_name=(
            _("All countries")
            if everyone_label
            else countries.name(country) or _("Not given")
        ),
        organisation_type=organisation_type or "",
        organisation_type_label=(
            _("All organisation types")
            if everyone_label
            else types.get(organisation_type, _("Not given"))
        ),
        learners=group["learners"],
        average=round(sum(given) / len(given), 1) if given else None,
    )
    for position, value in enumerate(averages):
        setattr(
            row, f"dimension_{position}", None if value is None else round(value, 1)
        )
    return row
