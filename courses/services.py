"""State changes of learning: enrolling, completing lessons, attempts, certificates.

Each function is idempotent and safe under concurrent requests: unique
constraints in the database decide, and get_or_create absorbs the race.
"""

from django.db import transaction
from django.utils import timezone

from .emails import send_certificate_issued_email
from .grading import grade, read_answers
from .models import (
    Certificate,
    Enrollment,
    LessonCompletion,
    QuestionAnswer,
    QuizAttempt,
)
from .progress import CourseOutline, Progress, completed_lesson_keys


def enroll(user, course):
    enrollment, _created = Enrollment.objects.get_or_create(
        user=user, course_key=course.translation_key, defaults={"course": course}
    )
    return enrollment


def complete_lesson(user, lesson, course):
    """Record the completion (once) and issue the certificate when it was the last."""
    with transaction.atomic():
        enrollment = enroll(user, course)
        LessonCompletion.objects.get_or_create(
            user=user,
            lesson_key=lesson.translation_key,
            defaults={"course_key": course.translation_key, "lesson": lesson},
        )
        Enrollment.objects.filter(pk=enrollment.pk).update(last_lesson=lesson)
    return issue_certificate_if_complete(user, course)


def issue_certificate_if_complete(user, course):
    """The learner's certificate for the course, issued now if every lesson is done."""
    outline = CourseOutline.for_course(course)
    progress = Progress(outline, completed_lesson_keys(user, course))
    if not progress.is_complete:
        return None
    with transaction.atomic():
        certificate, created = Certificate.objects.get_or_create(
            user=user,
            course_key=course.translation_key,
            defaults={
                "course": course,
                "name_at_issue": user.get_full_name(),
                "course_title_at_issue": course.title,
            },
        )
        if created:
            Enrollment.objects.filter(
                user=user, course_key=course.translation_key, completed_at=None
            ).update(completed_at=timezone.now())
            transaction.on_commit(
                lambda: send_certificate_issued_email.enqueue(certificate.pk)
            )
    return certificate


def submit_knowledge_check(user, lesson, course, data):
    """Grade a submission, store the attempt and complete the lesson on a pass.

    Raises InvalidSubmission (nothing stored) when the data does not fit the check.
    """
    check = lesson.knowledge_check
    answers = read_answers(check, data)
    score, passed, results = grade(check, answers, lesson.pass_mark)
    with transaction.atomic():
        enroll(user, course)
        attempt = QuizAttempt.objects.create(
            user=user,
            lesson=lesson,
            lesson_key=lesson.translation_key,
            course_key=course.translation_key,
            answers=answers,
            score=score,
            passed=passed,
        )
        QuestionAnswer.objects.bulk_create(
            QuestionAnswer(
                attempt=attempt,
                lesson_key=lesson.translation_key,
                question_id=result.question_id,
                correct=result.is_correct,
            )
            for result in results
        )
    if passed:
        complete_lesson(user, lesson, course)
    return attempt, results
