"""Bulk-create learners and learning records to measure the portal at scale."""

import random
import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from courses.models import (
    Certificate,
    CourseIndexPage,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    QuestionAnswer,
    QuizAttempt,
)
from courses.progress import CourseOutline

SIZES = {
    # learners, courses, lesson completions, quiz attempts
    "S": (1_000, 10, 10_000, 1_000),
    "M": (10_000, 40, 100_000, 10_000),
    "L": (100_000, 80, 1_000_000, 100_000),
}
MODULES_PER_COURSE = 3
LESSONS_PER_MODULE = 4
BATCH = 10_000
EMAIL_DOMAIN = "seed.example.invalid"
ORGANISATION_TYPES = [
    "sme",
    "sme",
    "sme",
    "public_authority",
    "business_support",
    "university",
]
PLACES = [
    ("ES", "Malaga"),
    ("ES", "Murcia"),
    ("ES", "Cartagena"),
    ("ES", "Molina de Segura"),
    ("IT", "Genova"),
    ("IL", "Kfar Saba"),
    ("IL", "Tel Aviv"),
    ("IL", "Herzliya"),
    ("IL", "Eilat"),
]


class Command(BaseCommand):
    help = (
        "Seed synthetic learners, courses, enrollments, lesson completions and quiz "
        "attempts for performance measurements: size S, M or L (L: 100,000 learners, "
        "80 courses, 1,000,000 completions, 100,000 attempts). Re-running adds only "
        "what is missing; --reset removes earlier seed data first."
    )

    def add_arguments(self, parser):
        parser.add_argument("size", choices=sorted(SIZES))
        parser.add_argument("--reset", action="store_true")
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, size, reset, seed, **options):
        if settings.SETTINGS_MODULE.endswith(".production"):
            raise CommandError(
                "seed_scale fills the database with synthetic learners; "
                "it refuses to run with production settings."
            )
        learners, courses, completions, attempts = SIZES[size]
        rng = random.Random(seed)
        started = time.monotonic()
        if reset:
            self.reset()
        index = CourseIndexPage.objects.filter(locale__language_code="en").first()
        if index is None:
            raise CommandError(
                "Run load_demo first: the seed courses go in its catalogue."
            )
        course_pages = self.ensure_courses(index, courses)
        users = self.ensure_learners(learners, rng)
        self.seed_learning(users, course_pages, completions, attempts, rng)
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded size {size} in {time.monotonic() - started:.0f} s."
            )
        )

    def reset(self):
        User = get_user_model()
        seeded = User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")
        # Deleting a user keeps their records anonymously (SET_NULL); synthetic
        # records must go, or they would stay in the programme's totals.
        for model in (QuizAttempt, LessonCompletion, Certificate, Enrollment):
            model.objects.filter(user__in=seeded).delete()
        seeded.delete()
        for course in CoursePage.objects.filter(slug__startswith="seed-course-"):
            course.delete()

    def ensure_courses(self, index, count):
        existing = list(
            CoursePage.objects.child_of(index).filter(slug__startswith="seed-course-")
        )
        for number in range(len(existing), count):
            course = index.add_child(
                instance=CoursePage(
                    title=f"Seed course {number + 1}",
                    slug=f"seed-course-{number + 1}",
                    summary="A synthetic course for performance measurements.",
                    audience=["smes", "city_staff", "both"][number % 3],
                )
            )
            for m in range(MODULES_PER_COURSE):
                module = course.add_child(
                    instance=ModulePage(title=f"Module {m + 1}", slug=f"module-{m + 1}")
                )
                for n in range(LESSONS_PER_MODULE):
                    module.add_child(
                        instance=LessonPage(
                            title=f"Lesson {m + 1}.{n + 1}",
                            slug=f"lesson-{n + 1}",
                            estimated_minutes=10,
                            body=[{"type": "paragraph", "value": "<p>Text.</p>"}],
                        )
                    )
            existing.append(course)
            self.stdout.write(f"  course {number + 1}/{count}")
        return existing[:count]

    def ensure_learners(self, count, rng):
        User = get_user_model()
        have = User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").count()
        joined = timezone.now() - timedelta(days=365)
        batch = []
        for number in range(have, count):
            country, city = rng.choice(PLACES)
            batch.append(
                User(
                    email=f"learner-{number}@{EMAIL_DOMAIN}",
                    full_name=f"Seed Learner {number}",
                    organisation_type=rng.choice(ORGANISATION_TYPES),
                    organisation_name=f"Organisation {number % 5000}",
                    country=country,
                    city=city,
                    password="!",  # unusable: seed learners cannot sign in
                    date_joined=joined + timedelta(minutes=number % 500_000),
                )
            )
            if len(batch) == BATCH:
                User.objects.bulk_create(batch)
                batch = []
        User.objects.bulk_create(batch)
        self.stdout.write(f"  learners: {count}")
        return list(
            User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")
            .order_by("pk")
            .values_list("pk", flat=True)[:count]
        )

    @transaction.atomic
    def seed_learning(self, user_ids, courses, completions, attempts, rng):
        if LessonCompletion.objects.filter(user_id=user_ids[0]).exists():
            self.stdout.write("  learning records already seeded")
            return
        outlines = [
            (course, CourseOutline.for_course(course).lessons) for course in courses
        ]
        now = timezone.now()
        enrollments, done, certificates = [], [], []
        attempt_rows = []
        # About a third of learners finish a course (and get its certificate);
        # the others are part-way through one or two. Stops at the target.
        total = 0
        for user_id in user_ids:
            if total >= completions:
                break
            chosen = rng.sample(outlines, k=min(2, len(outlines)))
            plan = [len(chosen[0][1]) if rng.random() < 0.35 else rng.randint(2, 12)]
            if rng.random() < 0.5 and len(chosen) > 1:
                plan.append(rng.randint(1, 8))
            for (course, lessons), count in zip(chosen, plan, strict=False):
                taken = lessons[: min(len(lessons), count, completions - total)]
                if not taken:
                    break
                total += len(taken)
                when = now - timedelta(days=rng.randint(0, 300))
                complete = len(taken) == len(lessons)
                enrollments.append(
                    Enrollment(
                        user_id=user_id,
                        course_key=course.translation_key,
                        course=course,
                        enrolled_at=when,
                        completed_at=when if complete else None,
                    )
                )
                done.extend(
                    LessonCompletion(
                        user_id=user_id,
                        lesson_key=lesson.translation_key,
                        course_key=course.translation_key,
                        lesson=lesson,
                        completed_at=when,
                    )
                    for lesson in taken
                )
                if complete:
                    certificates.append(
                        Certificate(
                            user_id=user_id,
                            course_key=course.translation_key,
                            course=course,
                            name_at_issue=f"Seed Learner {user_id}",
                            course_title_at_issue=course.title,
                            issued_at=when,
                        )
                    )
                if len(attempt_rows) < attempts:
                    score = rng.choice([33, 67, 100])
                    attempt_rows.append(
                        QuizAttempt(
                            user_id=user_id,
                            lesson_key=taken[-1].translation_key,
                            course_key=course.translation_key,
                            lesson=taken[-1],
                            answers={},
                            score=score,
                            passed=score >= 70,
                            submitted_at=when,
                        )
                    )
            if len(done) >= BATCH:
                self._flush(enrollments, done, certificates)
        self._flush(enrollments, done, certificates)
        created = QuizAttempt.objects.bulk_create(attempt_rows, batch_size=BATCH)
        QuestionAnswer.objects.bulk_create(
            (
                QuestionAnswer(
                    attempt=attempt,
                    lesson_key=attempt.lesson_key,
                    question_id=f"seed-q{number}",
                    correct=rng.random() < 0.6,
                )
                for attempt in created
                for number in range(3)
            ),
            batch_size=BATCH,
        )
        seeded = LessonCompletion.objects.filter(
            user__email__endswith=f"@{EMAIL_DOMAIN}"
        )
        self.stdout.write(
            f"  {seeded.count()} completions, {len(attempt_rows)} attempts"
        )

    def _flush(self, enrollments, done, certificates):
        Enrollment.objects.bulk_create(enrollments, batch_size=BATCH)
        LessonCompletion.objects.bulk_create(done, batch_size=BATCH)
        Certificate.objects.bulk_create(certificates, batch_size=BATCH)
        enrollments.clear()
        done.clear()
        certificates.clear()
