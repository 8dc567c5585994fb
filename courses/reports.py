"""The programme's reports in the Wagtail admin: KPIs, course funnel, learners.

Every figure is aggregated in the database (subqueries and GROUP BY), never by
looping over learners in Python, so the reports stay fast at 100,000 learners.
Wagtail's report views give each one CSV and XLSX export.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import (
    Avg,
    Case,
    Count,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Round
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_filters import ChoiceFilter, DateFromToRangeFilter, ModelChoiceFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView

from accounts.models import OrganisationType
from home.admin_access import FormulaSafeExportMixin, RequirePermissionMixin
from home.replica import ReadFromReplicaMixin

from .models import (
    Certificate,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    QuestionAnswer,
    QuizAttempt,
)
from .progress import CourseOutline

REPORTS_PERMISSION = "courses.view_programme_reports"
LEARNER_DATA_PERMISSION = "courses.view_learner_data"
ACTIVE_DAYS = 30


# A spreadsheet reads a CSV cell starting with one of these as a formula.
def count_of(queryset, key):
    """A correlated subquery counting `queryset` rows per `key`, 0 when none."""
    return Coalesce(
        Subquery(
            queryset.filter(**{key: OuterRef("translation_key")})
            .order_by()
            .values(key)
            .annotate(n=Count("pk"))
            .values("n")[:1],
            output_field=IntegerField(),
        ),
        0,
    )


def within(field, start, end):
    """Q for `field` inside [start, end] (dates, inclusive); open ends allowed."""
    condition = Q()
    if start:
        condition &= Q(
            **{
                f"{field}__gte": datetime.combine(
                    start, time.min, tzinfo=timezone.get_current_timezone()
                )
            }
        )
    if end:
        condition &= Q(
            **{
                f"{field}__lt": datetime.combine(
                    end + timedelta(days=1),
                    time.min,
                    tzinfo=timezone.get_current_timezone(),
                )
            }
        )
    return condition


class PeriodFilterSet(WagtailFilterSet):
    period = DateFromToRangeFilter(
        label=_("Period"), method="keep", widget=DateRangePickerWidget
    )

    class Meta:
        model = CoursePage
        fields = []

    def keep(self, queryset, name, value):
        # The period narrows the counted events, not the listed rows.
        return queryset


class PeriodReportMixin:
    """Reads the report's period from its filter form."""

    def period(self):
        if self.filters and self.filters.is_valid():
            value = self.filters.form.cleaned_data.get("period")
            if value:
                return value.start, value.stop
        return None, None


def source_courses():
    """Courses in the default language: each course once, whatever its translations."""
    return CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class ProgrammeKPIReportView(
    FormulaSafeExportMixin,
    RequirePermissionMixin,
    ReadFromReplicaMixin,
    PeriodReportMixin,
    ReportView,
):
    page_title = _("Programme KPIs")
    header_icon = "pick"
    index_url_name = "programme_kpis"
    index_results_url_name = "programme_kpis_results"
    results_template_name = "courses/reports/programme_kpis_results.html"
    required_permission = REPORTS_PERMISSION
    filterset_class = PeriodFilterSet
    model = CoursePage
    paginate_by = 100
    columns = [
        Column("title", label=_("Course"), sort_key="title"),
        NumberColumn("enrollments", label=_("Enrollments"), sort_key="enrollments"),
        NumberColumn("completions", label=_("Completions"), sort_key="completions"),
        NumberColumn(
            "completion_rate",
            label=_("Completion rate (%)"),
            sort_key="completion_rate",
        ),
        NumberColumn("certificates", label=_("Certificates"), sort_key="certificates"),
    ]
    list_export = [
        "title",
        "enrollments",
        "completions",
        "completion_rate",
        "certificates",
    ]
    export_headings = {
        "title": _("Course"),
        "enrollments": _("Enrollments"),
        "completions": _("Completions"),
        "completion_rate": _("Completion rate (%)"),
        "certificates": _("Certificates"),
    }
    default_ordering = "title"

    def get_base_queryset(self):
        start, end = self.period()
        return course_kpis(source_courses(), start, end)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        start, end = self.period()
        context["summary"] = programme_summary(start, end)
        return context


def course_kpis(courses, start=None, end=None):
    enrollments = count_of(
        Enrollment.objects.filter(within("enrolled_at", start, end)), "course_key"
    )
    completions = count_of(
        Enrollment.objects.filter(
            Q(completed_at__isnull=False) & within("completed_at", start, end)
        ),
        "course_key",
    )
    certificates = count_of(
        Certificate.objects.filter(within("issued_at", start, end)), "course_key"
    )
    return courses.annotate(
        enrollments=enrollments, completions=completions, certificates=certificates
    ).annotate(
        completion_rate=Case(
            When(enrollments=0, then=Value(0.0)),
            default=Round(100.0 * F("completions") / F("enrollments"), 1),
            output_field=FloatField(),
        )
    )


def programme_summary(start=None, end=None):
    """Headline figures and learner breakdowns, a handful of GROUP BY queries."""
    User = get_user_model()
    learners = User.objects.filter(is_staff=False).filter(
        within("date_joined", start, end)
    )
    active_since = timezone.now() - timedelta(days=ACTIVE_DAYS)
    # UNION removes duplicates: each learner counts once, whatever they did.
    # Records of deleted accounts (user NULL) belong to nobody active.
    active = (
        LessonCompletion.objects.filter(
            completed_at__gte=active_since, user__isnull=False
        )
        .values("user_id")
        .union(
            QuizAttempt.objects.filter(
                submitted_at__gte=active_since, user__isnull=False
            ).values("user_id")
        )
        .count()
    )
    issued = Certificate.objects.filter(within("issued_at", start, end))
    # Who was trained needs the profile, which deleted accounts no longer have;
    # the number of certificates issued still counts theirs.
    trained = issued.filter(user__isnull=False)

    def by(field, limit=None):
        rows = learners.values(field).annotate(n=Count("pk")).order_by("-n", field)
        return list(rows[:limit] if limit else rows)

    return {
        "learners": learners.count(),
        "active_learners": active,
        "active_days": ACTIVE_DAYS,
        "smes_trained": trained.filter(user__organisation_type="sme")
        .values("user")
        .distinct()
        .count(),
        "civil_servants_trained": trained.filter(
            user__organisation_type="public_authority"
        )
        .values("user")
        .distinct()
        .count(),
        "certificates": issued.count(),
        "by_organisation_type": [
            {**row, "label": _label_for_type(row["organisation_type"])}
            for row in by("organisation_type")
        ],
        "by_country": by("country", limit=15),
        "by_city": by("city", limit=15),
    }


def _label_for_type(value):
    return dict(OrganisationType.choices).get(value, _("Not given"))


class CourseFilterSet(PeriodFilterSet):
    course = ModelChoiceFilter(
        label=_("Course"),
        queryset=source_courses().order_by("title"),
        method="keep",
        empty_label=None,
    )

    class Meta:
        model = LessonPage
        fields = []


class CourseFunnelReportView(
    FormulaSafeExportMixin,
    RequirePermissionMixin,
    ReadFromReplicaMixin,
    PeriodReportMixin,
    ReportView,
):
    page_title = _("Course funnel")
    header_icon = "list-ol"
    index_url_name = "course_funnel"
    index_results_url_name = "course_funnel_results"
    results_template_name = "courses/reports/course_funnel_results.html"
    required_permission = REPORTS_PERMISSION
    filterset_class = CourseFilterSet
    model = LessonPage
    paginate_by = 500
    columns = [
        Column("module_title", label=_("Module")),
        Column("title", label=_("Lesson")),
        NumberColumn("reached", label=_("Learners who reached it")),
        NumberColumn("completed", label=_("Learners who completed it")),
        NumberColumn("average_score", label=_("Average check score (%)")),
    ]
    list_export = ["module_title", "title", "reached", "completed", "average_score"]
    export_headings = {
        "module_title": _("Module"),
        "title": _("Lesson"),
        "reached": _("Learners who reached it"),
        "completed": _("Learners who completed it"),
        "average_score": _("Average check score (%)"),
    }

    def selected_course(self):
        if self.filters and self.filters.is_valid():
            course = self.filters.form.cleaned_data.get("course")
            if course:
                return course
        return source_courses().order_by("title").first()

    def get_queryset(self):
        # Rows are computed per lesson from aggregates (see lesson_funnel), in
        # course order; the filters only choose the course and the period.
        start, end = self.period()
        course = self.selected_course()
        return lesson_funnel(course, start, end) if course else []

    def filter_queryset(self, queryset):
        return queryset  # already narrowed by course and period above

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        start, end = self.period()
        context["course"] = self.selected_course()
        context["hardest_questions"] = hardest_questions(context["course"], start, end)
        return context


@dataclass
class FunnelRow:
    module_title: str
    title: str
    reached: int
    completed: int
    average_score: float | None


def lesson_funnel(course, start=None, end=None):
    """Per lesson of `course`, in order: learners who reached it (completed it or
    any later lesson), learners who completed it, and the average check score.

    One conditional aggregate over the course's completions and one GROUP BY
    over its attempts, whatever the number of learners.
    """
    outline = CourseOutline.for_course(course)
    lessons = outline.lessons
    if not lessons:
        return []
    keys = [lesson.translation_key for lesson in lessons]
    completions = LessonCompletion.objects.filter(
        within("completed_at", start, end), course_key=course.translation_key
    ).annotate(
        position=Case(
            *[
                When(lesson_key=key, then=Value(index))
                for index, key in enumerate(keys)
            ],
            default=Value(-1),
            output_field=IntegerField(),
        )
    )
    totals = completions.aggregate(
        **{
            f"reached_{index}": Count(
                "user", distinct=True, filter=Q(position__gte=index)
            )
            for index in range(len(keys))
        },
        **{
            f"completed_{index}": Count("pk", filter=Q(position=index))
            for index in range(len(keys))
        },
    )
    averages = dict(
        QuizAttempt.objects.filter(
            within("submitted_at", start, end), lesson_key__in=keys
        )
        .values("lesson_key")
        .annotate(average=Avg("score"))
        .values_list("lesson_key", "average")
    )
    rows = []
    for module in outline.modules:
        for lesson in module.lessons:
            index = keys.index(lesson.translation_key)
            average = averages.get(lesson.translation_key)
            rows.append(
                FunnelRow(
                    module_title=module.page.title,
                    title=lesson.title,
                    reached=totals[f"reached_{index}"],
                    completed=totals[f"completed_{index}"],
                    average_score=round(average, 1) if average is not None else None,
                )
            )
    return rows


def hardest_questions(course, start=None, end=None, limit=5):
    """The questions of the course answered correctly least often."""
    if course is None:
        return []
    outline = CourseOutline.for_course(course)
    texts = {}
    for lesson in LessonPage.objects.filter(
        pk__in=[item.pk for item in outline.lessons]
    ):
        check = lesson.knowledge_check
        if check:
            for question in check["questions"].bound_blocks:
                texts[question.id] = (lesson.title, question.value["text"])
    rows = (
        QuestionAnswer.objects.filter(
            lesson_key__in=[lesson.translation_key for lesson in outline.lessons],
            attempt__submitted_at__isnull=False,
        )
        .filter(within("attempt__submitted_at", start, end))
        .values("question_id")
        .annotate(
            answers=Count("pk"),
            correct_rate=Round(
                100.0 * Count("pk", filter=Q(correct=True)) / Count("pk"), 1
            ),
        )
        .order_by("correct_rate", "-answers")[:limit]
    )
    return [
        {
            "lesson": texts.get(row["question_id"], ("", ""))[0],
            "question": texts.get(row["question_id"], ("", _("(question removed)")))[1],
            "answers": row["answers"],
            "correct_rate": row["correct_rate"],
        }
        for row in rows
    ]


class LearnerFilterSet(WagtailFilterSet):
    organisation_type = ChoiceFilter(
        label=_("Organisation type"), choices=OrganisationType.choices
    )
    country = ChoiceFilter(label=_("Country"), choices=countries)

    class Meta:
        model = get_user_model()
        fields = []


class LearnersReportView(
    FormulaSafeExportMixin, RequirePermissionMixin, ReadFromReplicaMixin, ReportView
):
    """Learners and their progress. Personal data: programme managers and
    administrators only, never editors."""

    page_title = _("Learners")
    header_icon = "group"
    index_url_name = "learners_report"
    index_results_url_name = "learners_report_results"
    required_permission = LEARNER_DATA_PERMISSION
    filterset_class = LearnerFilterSet
    is_searchable = True
    search_fields = ["email", "full_name", "organisation_name", "city"]
    paginate_by = 50
    columns = [
        Column("full_name", label=_("Name"), sort_key="full_name"),
        Column("email", label=_("Email"), sort_key="email"),
        Column("get_organisation_type_display", label=_("Organisation type")),
        Column(
            "organisation_name", label=_("Organisation"), sort_key="organisation_name"
        ),
        Column("country.name", label=_("Country")),
        NumberColumn(
            "enrollment_count", label=_("Courses started"), sort_key="enrollment_count"
        ),
        NumberColumn(
            "lessons_completed",
            label=_("Lessons completed"),
            sort_key="lessons_completed",
        ),
        NumberColumn(
            "certificate_count", label=_("Certificates"), sort_key="certificate_count"
        ),
    ]
    list_export = [
        "full_name",
        "email",
        "organisation_type",
        "organisation_name",
        "country.code",
        "city",
        "enrollment_count",
        "lessons_completed",
        "certificate_count",
        "date_joined",
    ]
    default_ordering = "-date_joined"

    def get_base_queryset(self):
        return learners_with_progress()


def learners_with_progress():
    User = get_user_model()

    def per_user(queryset):
        return Coalesce(
            Subquery(
                queryset.filter(user=OuterRef("pk"))
                .order_by()
                .values("user")
                .annotate(n=Count("pk"))
                .values("n")[:1],
                output_field=IntegerField(),
            ),
            0,
        )

    return User.objects.filter(is_staff=False).annotate(
        enrollment_count=per_user(Enrollment.objects.all()),
        lessons_completed=per_user(LessonCompletion.objects.all()),
        certificate_count=per_user(Certificate.objects.all()),
    )
