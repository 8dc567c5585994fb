"""Write the benchmark plan: the URLs to load and signed-in sessions to use.

Runs under the same settings and SECRET_KEY as the benchmarked server, so the
sessions it creates are valid there. Prints the plan as JSON on stdout.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

import django  # noqa: E402

django.setup()

from django.contrib.auth import (  # noqa: E402
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    get_user_model,  # noqa: E402
)
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.contrib.staticfiles.storage import staticfiles_storage  # noqa: E402
from django.utils.crypto import get_random_string  # noqa: E402

from courses.grading import choices_of, questions_of  # noqa: E402
from courses.models import CoursePage  # noqa: E402
from courses.services import enroll  # noqa: E402
from resources.models import ResourcePage  # noqa: E402

BENCH_DOMAIN = "bench.example.invalid"
AUTH_BACKEND = "allauth.account.auth_backends.AuthenticationBackend"


def english(queryset):
    return queryset.live().public().filter(locale__language_code="en")


def demo_course():
    """The open demo course with the most lessons: the benchmark's learning path.

    Open, so that anonymous visitors can read its lessons too.
    """
    courses = english(CoursePage.objects).filter(access="open")
    courses = courses.exclude(slug__startswith="seed-")  # seed_scale's courses
    return max(courses, key=lambda course: len(course.outline.lessons))


def correct_answers(check):
    """POST data that passes a knowledge check: the choices marked correct."""
    data = {}
    for question_id, question in questions_of(check):
        data[f"question-{question_id}"] = [
            choice_id for choice_id, choice in choices_of(question) if choice["correct"]
        ]
    return data


def signed_in_learner(number, course):
    """A learner enrolled in the course, with a live session and CSRF secret."""
    user, _created = get_user_model().objects.get_or_create(
        email=f"learner-{number}@{BENCH_DOMAIN}",
        defaults={"full_name": f"Bench learner {number}", "organisation_type": "sme"},
    )
    enroll(user, course)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = AUTH_BACKEND
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return {"session": session.session_key, "csrf": get_random_string(32)}


def main(learners):
    course = demo_course()
    lessons = course.outline.lessons
    plain = next(lesson for lesson in lessons if not lesson.knowledge_check)
    checked = next(lesson for lesson in lessons if lesson.knowledge_check)
    guide = english(ResourcePage.objects).order_by("path").first()
    plan = {
        "anonymous": {
            "home": "/en/",
            "catalogue": "/en/courses/",
            "course": course.url,
            "lesson": plain.url,
            "library": "/en/resources/",
            "guide": guide.url,
            "search": "/en/search/?q=procurement",
        },
        "static": staticfiles_storage.url("css/portal.css"),
        "signed_in": {
            "dashboard": "/en/dashboard/",
            "lesson": plain.url,
            "complete": f"/en/learning/lessons/{plain.pk}/complete/",
            "check": f"/en/learning/lessons/{checked.pk}/check/",
            "check_data": correct_answers(checked.knowledge_check),
        },
        "learners": [signed_in_learner(n, course) for n in range(learners)],
    }
    json.dump(plan, sys.stdout)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
