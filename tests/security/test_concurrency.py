"""Fifty identical requests at the same instant leave exactly one record.

PostgreSQL only (CI runs it there): SQLite serialises writers behind one
database-wide lock, so it cannot show a race, only "database is locked".

Each of the 50 threads has its own test client and its own database
connection; a barrier releases them together. The data they race on must be
committed for other connections to see it, so it is written (and afterwards
deleted) from a thread of its own, outside the test's transaction. Not with a
transactional test (`django_db(transaction=True)`): that flushes every table
afterwards, the demo included, for every later transactional test of the
session. The `committed` fixture deletes exactly what it built and checks
that the row counts are back to what they were.
"""

import threading
import time

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import connection, connections
from django.test import Client
from wagtail.models import Page

from courses.models import (
    Certificate,
    Enrollment,
    LessonCompletion,
    QuestionAnswer,
    QuizAttempt,
)
from courses.services import issue_certificate_if_complete
from credentials.models import Credential
from tests.courses.builders import build_course, catalogue, lessons_of

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="concurrency is tested on PostgreSQL (CI); SQLite has one writer lock",
    ),
    # The test itself reads in its own (rolled back) transaction; that also
    # makes pytest-django create the test database and load the demo.
    pytest.mark.django_db,
]

THREADS = 50
MODELS = [
    Page,
    get_user_model(),
    Session,
    Enrollment,
    LessonCompletion,
    QuizAttempt,
    QuestionAnswer,
    Certificate,
    Credential,
]


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


class Committed:
    """Data a concurrency test builds, committed, and how to remove it."""

    def __init__(self):
        self.courses = []
        self.users = []
        self.sessions = []

    def course(self, **kwargs):
        course = in_own_connection(
            lambda: build_course(catalogue(), modules=1, **kwargs)
        )
        self.courses.append(course)
        return course

    def learner(self):
        user = in_own_connection(
            lambda: get_user_model().objects.create_user(
                email=f"race-{len(self.users)}@example.com",
                password="Race-condition-2026",
                full_name="Rae Condition",
            )
        )
        self.users.append(user)
        return user

    def signed_in_cookies(self, user):
        """A session for `user`, shared by every thread's client."""
        client = Client()
        in_own_connection(lambda: client.force_login(user))
        self.sessions.append(client.cookies[settings.SESSION_COOKIE_NAME].value)
        return {name: morsel.value for name, morsel in client.cookies.items()}

    def remove(self):
        keys = [course.translation_key for course in self.courses]
        # Learner records outlive accounts (and pages): removed by course;
        # a certificate's credential first (it protects its certificate).
        Credential.objects.filter(certificate__course_key__in=keys).delete()
        for model in (Certificate, QuizAttempt, LessonCompletion, Enrollment):
            model.objects.filter(course_key__in=keys).delete()
        Session.objects.filter(session_key__in=self.sessions).delete()
        for user in self.users:
            user.delete()
        for course in self.courses:
            Page.objects.get(pk=course.pk).delete()


def in_own_connection(function):
    """`function()` run in a thread with its own connection, in autocommit:
    what it writes is committed at once, visible to every other connection."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except BaseException as error:  # noqa: BLE001 (re-raised below)
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@pytest.fixture
def committed():
    before = in_own_connection(counts)
    built = Committed()
    yield built
    in_own_connection(built.remove)
    assert in_own_connection(counts) == before, "the test left rows behind"


def at_once(action, threads=THREADS):
    """Run `action()` in `threads` threads released together; their results.

    A result is whatever `action` returned, or the exception it raised (the
    test client re-raises a view's exception, so a 500 shows up here).
    """
    barrier = threading.Barrier(threads)
    results = [None] * threads

    def run(index):
        try:
            barrier.wait(timeout=60)
            results[index] = action()
        except Exception as error:  # noqa: BLE001 (reported by the test)
            results[index] = error
        finally:
            connections.close_all()

    workers = [threading.Thread(target=run, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert not any(worker.is_alive() for worker in workers), "a request hung"
    return results


def client_with(cookies):
    client = Client()
    for name, value in cookies.items():
        client.cookies[name] = value
    return client


def post_from_each_thread(cookies, url):
    def action():
        return client_with(cookies).post(url).status_code

    started = time.monotonic()
    results = at_once(action)
    elapsed = time.monotonic() - started
    print(f"{THREADS} concurrent POST {url}: {elapsed:.2f}s")  # noqa: T201
    return results


def test_concurrent_mark_complete_records_one_completion(committed):
    course = committed.course(slug="race-complete", lessons_per_module=3)
    learner = committed.learner()
    lesson = lessons_of(course)[0]

    results = post_from_each_thread(
        committed.signed_in_cookies(learner),
        f"/en/learning/lessons/{lesson.pk}/complete/",
    )

    assert results == [302] * THREADS
    assert (
        LessonCompletion.objects.filter(
            user=learner, lesson_key=lesson.translation_key
        ).count()
        == 1
    )
    assert Enrollment.objects.filter(user=learner).count() == 1
    assert not Certificate.objects.filter(user=learner).exists()


def test_concurrent_enrollment_records_one_enrollment(committed):
    course = committed.course(slug="race-enroll", lessons_per_module=2)
    learner = committed.learner()

    results = post_from_each_thread(
        committed.signed_in_cookies(learner),
        f"/en/learning/courses/{course.pk}/enroll/",
    )

    assert results == [302] * THREADS
    assert (
        Enrollment.objects.filter(
            user=learner, course_key=course.translation_key
        ).count()
        == 1
    )


def test_concurrent_completion_of_the_last_lesson_issues_one_certificate(committed):
    course = committed.course(slug="race-certificate", lessons_per_module=2)
    learner = committed.learner()
    first, last = lessons_of(course)
    cookies = committed.signed_in_cookies(learner)
    response = in_own_connection(
        lambda: client_with(cookies).post(f"/en/learning/lessons/{first.pk}/complete/")
    )
    assert response.status_code == 302
    mail.outbox.clear()

    results = post_from_each_thread(
        cookies, f"/en/learning/lessons/{last.pk}/complete/"
    )

    assert results == [302] * THREADS
    assert LessonCompletion.objects.filter(user=learner).count() == 2
    certificate = Certificate.objects.get(user=learner)  # exactly one
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.completed_at is not None
    emails = [m for m in mail.outbox if certificate.code in m.body]
    assert len(emails) == 1


def test_concurrent_certificate_service_calls_issue_one_certificate(committed):
    course = committed.course(slug="race-service", lessons_per_module=2)
    learner = committed.learner()
    # Every lesson done, no certificate yet: as if issuing had been interrupted.
    in_own_connection(
        lambda: LessonCompletion.objects.bulk_create(
            LessonCompletion(
                user=learner,
                lesson=lesson,
                lesson_key=lesson.translation_key,
                course_key=course.translation_key,
            )
            for lesson in lessons_of(course)
        )
    )
    mail.outbox.clear()

    results = at_once(lambda: issue_certificate_if_complete(learner, course))

    errors = [result for result in results if isinstance(result, Exception)]
    assert errors == []
    certificate = Certificate.objects.get(user=learner)  # exactly one
    assert {result.pk for result in results} == {certificate.pk}
    assert len([m for m in mail.outbox if certificate.code in m.body]) == 1


def test_concurrent_first_downloads_issue_one_credential(committed):
    """A certificate from before credentials existed, downloaded by fifty
    requests at once: one credential, and every response is that one."""
    course = committed.course(slug="race-credential", lessons_per_module=1)
    learner = committed.learner()
    certificate = in_own_connection(
        lambda: Certificate.objects.create(
            user=learner,
            course=course,
            course_key=course.translation_key,
            name_at_issue="Rae Condition",
            course_title_at_issue=course.title,
        )
    )
    cookies = committed.signed_in_cookies(learner)
    url = f"/en/dashboard/credentials/{certificate.code}.json"

    results = at_once(lambda: client_with(cookies).get(url))

    assert [getattr(result, "status_code", result) for result in results] == (
        [200] * THREADS
    )
    assert Credential.objects.filter(certificate=certificate).count() == 1
    stored = Credential.objects.get(certificate=certificate).document.encode()
    assert {result.content for result in results} == {stored}
