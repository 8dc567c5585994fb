"""What a learner's dashboard shows, in a fixed number of queries."""

from django.db.models import Q
from wagtail import hooks

from home.chrome import active_locale

from .certificate_sections import certificate_sections
from .models import Certificate, CoursePage, Enrollment, LessonCompletion, QuizAttempt
from .progress import course_summaries

RECENT_ACTIVITY = 8
RECOMMENDATIONS = 3


def localised_courses(keys, locale):
    """Live courses with these translation keys, preferring the active locale."""
    courses = {}
    for course in (
        CoursePage.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("path")
    ):
        current = courses.get(course.translation_key)
        if current is None or course.locale_id == locale.pk:
            courses[course.translation_key] = course
    return courses


def build(user, request):
    locale = active_locale()
    enrollments = list(Enrollment.objects.filter(user=user).order_by("-enrolled_at"))
    courses = localised_courses([e.course_key for e in enrollments], locale)
    summaries = course_summaries(courses.values(), user)
    certificates = {
        certificate.course_key: certificate
        for certificate in Certificate.objects.filter(user=user)
    }
    in_progress, completed = [], []
    for enrollment in enrollments:
        course = courses.get(enrollment.course_key)
        if course is None:
            continue
        item = {
            "course": course,
            "enrollment": enrollment,
            "summary": summaries[course.pk],
            "certificate": certificates.get(enrollment.course_key),
        }
        (completed if item["certificate"] else in_progress).append(item)
    sections = certificate_sections(
        [item["certificate"] for item in completed], request
    )
    for item in completed:
        item["certificate_sections"] = sections[item["certificate"].pk]
        item["revoked"] = any(s.get("revoked") for s in item["certificate_sections"])
    return {
        "in_progress": in_progress,
        "completed": completed,
        "recent_activity": recent_activity(user),
        "recommendations": recommendations(user, locale, courses.values()),
        "extra_sections": extra_sections(user, request),
    }


def extra_sections(user, request):
    """Sections other apps add through the `portal_dashboard_sections` hook: a
    function (user, request) returning a dict with a "template" and its context,
    or None to show nothing. Courses need not know those apps."""
    sections = []
    for section_for in hooks.get_hooks("portal_dashboard_sections"):
        section = section_for(user, request)
        if section:
            sections.append(section)
    return sections


def recent_activity(user):
    completions = (
        LessonCompletion.objects.filter(user=user)
        .select_related("lesson")
        .order_by("-completed_at")[:RECENT_ACTIVITY]
    )
    attempts = (
        QuizAttempt.objects.filter(user=user)
        .select_related("lesson")
        .order_by("-submitted_at")[:RECENT_ACTIVITY]
    )
    events = [
        {"kind": "completed", "when": c.completed_at, "lesson": c.lesson}
        for c in completions
        if c.lesson
    ] + [
        {
            "kind": "passed" if a.passed else "attempted",
            "when": a.submitted_at,
            "lesson": a.lesson,
            "score": a.score,
        }
        for a in attempts
        if a.lesson
    ]
    return sorted(events, key=lambda event: event["when"], reverse=True)[
        :RECENT_ACTIVITY
    ]


def recommendations(user, locale, started_courses):
    """Courses not yet started that share a topic or the audience of started ones."""
    started = list(started_courses)
    started_keys = [course.translation_key for course in started]
    candidates = CoursePage.objects.live().public().filter(locale=locale)
    candidates = candidates.exclude(translation_key__in=started_keys)
    if started:
        topic_keys = CoursePage.topics.through.objects.filter(
            coursepage__in=started
        ).values("topic__translation_key")
        audiences = {course.audience for course in started} | {"both"}
        candidates = candidates.filter(
            Q(topics__translation_key__in=topic_keys) | Q(audience__in=audiences)
        ).distinct()
    return list(candidates.order_by("title")[:RECOMMENDATIONS])
