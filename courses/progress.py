"""A course's outline and a learner's progress through it, in a fixed number of
queries whatever the size of the course."""

from dataclasses import dataclass, field

from django.contrib.auth.views import redirect_to_login
from django.db.models import Count, Q, Sum
from django.db.models.functions import Substr

from .grading import grade
from .models import (
    Certificate,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    QuizAttempt,
)


@dataclass
class OutlineModule:
    page: ModulePage
    lessons: list = field(default_factory=list)

    @property
    def minutes(self):
        return sum(lesson.estimated_minutes for lesson in self.lessons)


@dataclass
class CourseOutline:
    """The live modules and lessons of a course, in tree order: two queries."""

    course: CoursePage
    modules: list

    @classmethod
    def for_course(cls, course):
        modules = [
            OutlineModule(page)
            for page in ModulePage.objects.child_of(course).live().order_by("path")
        ]
        by_path = {module.page.path: module for module in modules}
        lessons = (
            LessonPage.objects.descendant_of(course)
            .live()
            .defer_streamfields()
            .order_by("path")
        )
        for lesson in lessons:
            module = by_path.get(lesson.path[: -lesson.steplen])
            if module:
                module.lessons.append(lesson)
        return cls(course=course, modules=[m for m in modules if m.lessons])

    @property
    def lessons(self):
        return [lesson for module in self.modules for lesson in module.lessons]

    @property
    def lesson_keys(self):
        return {lesson.translation_key for lesson in self.lessons}

    @property
    def minutes(self):
        return sum(module.minutes for module in self.modules)

    def module_of(self, lesson):
        for module in self.modules:
            if any(item.pk == lesson.pk for item in module.lessons):
                return module
        return None

    def neighbours(self, lesson):
        """The lessons before and after `lesson`, across module boundaries."""
        lessons = self.lessons
        for index, item in enumerate(lessons):
            if item.pk == lesson.pk:
                previous = lessons[index - 1] if index > 0 else None
                following = lessons[index + 1] if index + 1 < len(lessons) else None
                return previous, following
        return None, None


@dataclass
class Progress:
    """How far one learner is through one course."""

    outline: CourseOutline
    completed_keys: set

    @property
    def completed_count(self):
        return len(self.completed_keys & self.outline.lesson_keys)

    @property
    def total(self):
        return len(self.outline.lessons)

    @property
    def percent(self):
        return round(100 * self.completed_count / self.total) if self.total else 0

    @property
    def is_complete(self):
        return self.total > 0 and self.completed_count == self.total

    @property
    def next_lesson(self):
        """The first unfinished lesson: where "Continue" takes the learner."""
        for lesson in self.outline.lessons:
            if lesson.translation_key not in self.completed_keys:
                return lesson
        return None


def completed_lesson_keys(user, course):
    if not user.is_authenticated:
        return set()
    return set(
        LessonCompletion.objects.filter(
            user=user, course_key=course.translation_key
        ).values_list("lesson_key", flat=True)
    )


def course_for_lesson(page):
    """The course a lesson or module belongs to (looked up once per page object)."""
    if not hasattr(page, "_course"):
        page._course = CoursePage.objects.ancestor_of(page).first()
    return page._course


def course_context(course, request):
    user = request.user
    outline = course.outline
    progress = Progress(outline, completed_lesson_keys(user, course))
    enrollment = certificate = None
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(
            user=user, course_key=course.translation_key
        ).first()
        # A certificate exists only once the enrollment is completed.
        if enrollment and enrollment.completed_at:
            certificate = Certificate.objects.filter(
                user=user, course_key=course.translation_key
            ).first()
    return {
        "outline": outline,
        "progress": progress,
        "enrollment": enrollment,
        "certificate": certificate,
        "topics": course.topics.all(),
    }


def module_context(module, request):
    course = course_for_lesson(module)
    outline = course.outline
    progress = Progress(outline, completed_lesson_keys(request.user, course))
    this_module = next(
        (item for item in outline.modules if item.page.pk == module.pk), None
    )
    return {
        "course": course,
        "outline": outline,
        "this_module": this_module,
        "progress": progress,
    }


def lesson_context(lesson, request):
    user = request.user
    course = course_for_lesson(lesson)
    outline = course.outline
    progress = Progress(outline, completed_lesson_keys(user, course))
    previous, following = outline.neighbours(lesson)
    attempt = best_attempt = None
    if user.is_authenticated and lesson.knowledge_check:
        attempts = QuizAttempt.objects.filter(
            user=user, lesson_key=lesson.translation_key
        ).order_by("-submitted_at")
        try:
            attempt_id = int(request.GET.get("attempt", ""))
        except ValueError:  # absent, or not a number ("²" is a digit to isdigit)
            attempt_id = None
        if attempt_id is not None and 0 < attempt_id < 2**63:
            # Only the learner's own attempts: someone else's id shows nothing.
            attempt = attempts.filter(pk=attempt_id).first()
        best_attempt = attempts.order_by("-score", "-submitted_at").first()
    results = None
    if attempt:
        _score, _passed, results = grade(
            lesson.knowledge_check, attempt.answers, lesson.pass_mark
        )
    return {
        "course": course,
        "outline": outline,
        "module": outline.module_of(lesson),
        "progress": progress,
        "is_completed": lesson.translation_key in progress.completed_keys,
        "previous_lesson": previous,
        "next_lesson": following,
        "attempt": attempt,
        "attempt_results": results,
        "best_attempt": best_attempt,
    }


def lesson_requires_sign_in(lesson, request):
    """A redirect to sign in when the lesson's course is for registered learners."""
    if request.user.is_authenticated:
        return None
    course = course_for_lesson(lesson)
    if course is None or course.is_open:
        return None
    return redirect_to_login(request.get_full_path())


def course_summaries(courses, user):
    """Duration, lesson count and (for a learner) progress of many courses.

    Two queries for any number of courses: lessons are grouped by the tree path
    prefix of the course they belong to.
    """
    courses = list(courses)
    summaries = {
        course.pk: {"minutes": 0, "lessons": 0, "completed": 0} for course in courses
    }
    if not courses:
        return summaries
    by_path = {course.path: course for course in courses}
    # Lessons sit two levels below their course; courses of one catalogue share
    # a depth, so this is one query (one per distinct depth otherwise).
    for depth in {course.depth for course in courses}:
        paths = {path: c for path, c in by_path.items() if c.depth == depth}
        lessons = (
            LessonPage.objects.live()
            .filter(depth=depth + 2)
            .filter(_any_path_prefix(paths))
            .annotate(course_path=Substr("path", 1, len(next(iter(paths)))))
            .values("course_path")
            .annotate(minutes=Sum("estimated_minutes"), lessons=Count("pk"))
            .order_by()
        )
        for row in lessons:
            course = paths.get(row["course_path"])
            if course:
                summaries[course.pk].update(
                    minutes=row["minutes"], lessons=row["lessons"]
                )
    if user.is_authenticated:
        keys = {course.translation_key: course for course in courses}
        completed = (
            LessonCompletion.objects.filter(user=user, course_key__in=keys)
            .values("course_key")
            .annotate(done=Count("pk"))
            .order_by()
        )
        for row in completed:
            course = keys[row["course_key"]]
            summary = summaries[course.pk]
            summary["completed"] = min(row["done"], summary["lessons"])
    for summary in summaries.values():
        summary["percent"] = (
            round(100 * summary["completed"] / summary["lessons"])
            if summary["lessons"]
            else 0
        )
    return summaries


def _any_path_prefix(by_path):
    condition = Q(pk__in=[])
    for path in by_path:
        condition |= Q(path__startswith=path)
    return condition
