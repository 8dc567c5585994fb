"""Per-learner records. They live in plain Django models, never on pages.

Progress is keyed on the Wagtail `translation_key` of courses and lessons, so a
lesson completed in Spanish counts in English too.

When a learner deletes their account the records stay without a user (SET_NULL),
so the programme's totals keep counting them anonymously; unique constraints
ignore NULL users in both SQLite and PostgreSQL.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Unambiguous characters: no 0/O, 1/I/L.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10  # 31**10 ≈ 8e14 codes: unguessable, yet short to type.


def new_certificate_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def unlink_and_erase_name(collector, field, sub_objs, using):
    """on_delete of Certificate.user: like SET_NULL, and the learner's name copied
    onto the certificate is erased in the same transaction.

    Done in the deletion itself, not in a view, so an administrator deleting a
    user erases exactly what the learner's own deletion erases, in one UPDATE per
    batch. Migrations refer to this function: keep its name.
    """
    collector.add_field_update(field, None, sub_objs)
    collector.add_field_update(
        field.model._meta.get_field("name_at_issue"), "", sub_objs
    )


class Enrollment(models.Model):
    """A learner has started a course."""

    # Kept, without its learner, when the account is deleted: the programme's
    # anonymous counts stay right (see docs/operations.md, data retention).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="enrollments",
    )
    course_key = models.UUIDField(_("course translation key"), db_index=True)
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The course page in the language the learner enrolled in."),
    )
    enrolled_at = models.DateTimeField(
        _("enrolled at"), default=timezone.now, editable=False
    )
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("enrollment")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="one_enrollment_per_course"
            )
        ]
        indexes = [
            models.Index(fields=["user", "-enrolled_at"]),
            # The programme reports count per course within a period.
            models.Index(fields=["course_key", "enrolled_at"]),
            models.Index(fields=["course_key", "completed_at"]),
        ]
        permissions = [
            ("view_programme_reports", _("Can view the programme's reports")),
            ("view_learner_data", _("Can view learners' personal data and progress")),
        ]

    def __str__(self):
        return f"{self.user} – {self.course_key}"


class LessonCompletion(models.Model):
    """A learner has completed a lesson (in any of its translations)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="lesson_completions",
    )
    lesson_key = models.UUIDField(_("lesson translation key"))
    course_key = models.UUIDField(_("course translation key"), db_index=True)
    lesson = models.ForeignKey(
        "courses.LessonPage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    completed_at = models.DateTimeField(
        _("completed at"), default=timezone.now, editable=False
    )

    class Meta:
        verbose_name = _("lesson completion")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key"], name="one_completion_per_lesson"
            )
        ]
        indexes = [
            models.Index(fields=["user", "course_key"]),
            models.Index(fields=["completed_at"]),
            # The dashboard's recent activity: without it, PostgreSQL walks the
            # completed_at index of every learner's completions (185 ms at 1M).
            models.Index(fields=["user", "-completed_at"]),
        ]

    def __str__(self):
        return f"{self.user} – {self.lesson_key}"


class QuizAttempt(models.Model):
    """One submission of a lesson's knowledge check, graded on the server."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="quiz_attempts",
    )
    lesson_key = models.UUIDField(_("lesson translation key"))
    course_key = models.UUIDField(_("course translation key"))
    lesson = models.ForeignKey(
        "courses.LessonPage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    answers = models.JSONField(
        _("answers"), help_text=_("Question id → list of chosen answer ids.")
    )
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    submitted_at = models.DateTimeField(
        _("submitted at"), default=timezone.now, editable=False
    )

    class Meta:
        verbose_name = _("knowledge-check attempt")
        indexes = [
            models.Index(fields=["user", "lesson_key", "-score"]),
            models.Index(fields=["submitted_at"]),
            models.Index(fields=["user", "-submitted_at"]),  # recent activity
        ]

    def __str__(self):
        return f"{self.user} – {self.lesson_key}: {self.score}%"


class QuestionAnswer(models.Model):
    """Whether one question of an attempt was answered correctly, so reports can
    find the hardest questions with a database aggregate."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="+")
    lesson_key = models.UUIDField(_("lesson translation key"))
    question_id = models.CharField(_("question id"), max_length=64)
    correct = models.BooleanField(_("correct"))

    class Meta:
        verbose_name = _("answer to a question")
        indexes = [models.Index(fields=["lesson_key", "question_id"])]

    def __str__(self):
        return f"{self.question_id}: {self.correct}"


class Certificate(models.Model):
    """Issued once, automatically, when a learner completes every lesson.

    The learner's name and the course title are copied at issue so the
    certificate keeps saying what it said when it was issued. When the learner
    deletes their account the name is erased and the user unlinked: the code
    then verifies as "no longer available".
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=unlink_and_erase_name,
        related_name="certificates",
    )
    course_key = models.UUIDField(_("course translation key"))
    course = models.ForeignKey(
        "courses.CoursePage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    code = models.CharField(
        _("verification code"), max_length=16, unique=True, default=new_certificate_code
    )
    name_at_issue = models.CharField(_("learner name at issue"), max_length=150)
    course_title_at_issue = models.CharField(_("course title at issue"), max_length=255)
    issued_at = models.DateTimeField(
        _("issued at"), default=timezone.now, editable=False
    )

    class Meta:
        verbose_name = _("certificate")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="one_certificate_per_course"
            )
        ]
        indexes = [models.Index(fields=["course_key", "issued_at"])]

    def __str__(self):
        return f"{self.code} – {self.name_at_issue}"
