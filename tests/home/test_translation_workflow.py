"""Editors translate pages with wagtail-localize; listings fall back to English."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from courses.models import CoursePage, LessonPage, ModulePage
from tests.mfa import sign_in_with_mfa

pytestmark = pytest.mark.django_db


def test_editor_submits_a_new_lesson_for_translation(client):
    editor = get_user_model().objects.get(email="editor@example.com")
    sign_in_with_mfa(client, editor)
    course = CoursePage.objects.get(
        slug="climate-readiness-for-mediterranean-cities", locale__language_code="en"
    )
    module = ModulePage.objects.child_of(course).first()
    lesson = module.add_child(
        instance=LessonPage(
            title="Cool roofs",
            slug="cool-roofs",
            estimated_minutes=8,
            body=[{"type": "paragraph", "value": "<p>White roofs reflect heat.</p>"}],
        )
    )
    spanish = Locale.objects.get(language_code="es")
    url = reverse("wagtail_localize:submit_page_translation", args=[lesson.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"locales": [spanish.pk]})
    assert response.status_code == 302
    translated = LessonPage.objects.get(
        translation_key=lesson.translation_key, locale=spanish
    )
    assert translated.get_parent().locale == spanish
    translation = Translation.objects.get(
        source__object_id=lesson.translation_key, target_locale=spanish
    )
    # The editor translates it string by string in the admin's translation editor.
    assert translation.source.get_source_instance() == lesson
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    assert edit.status_code == 200


def test_catalogue_lists_untranslated_courses_after_the_locales_own(client):
    response = client.get("/he/courses/")
    courses = [item["page"] for item in response.context["courses"]]
    languages = [course.locale.language_code for course in courses]
    assert languages[:2] == ["he", "he"]
    assert set(languages[2:]) == {"en"}
    assert len(courses) == CoursePage.objects.filter(locale__language_code="en").count()
    body = response.content.decode()
    assert 'lang="en" dir="auto"' in body
    assert body.count("not-translated") == len(courses) - 2


def test_library_lists_untranslated_resources_after_the_locales_own(client):
    response = client.get("/it/resources/")
    resources = list(response.context["resources"])
    assert resources[0].locale.language_code == "it"
    assert resources[-1].locale.language_code == "en"


def test_language_switcher_marks_languages_without_a_translation(client):
    lesson = (
        LessonPage.objects.filter(locale__language_code="en")
        .exclude(
            translation_key__in=LessonPage.objects.filter(
                locale__language_code="es"
            ).values("translation_key")
        )
        .first()
    )
    course = CoursePage.objects.ancestor_of(lesson).get()
    course.access = "open"
    course.save_revision().publish()
    body = client.get(lesson.url).content.decode()
    assert 'href="/es/" lang="es"' in body
    assert "(page not translated)" in body
