"""Editors can build courses in the Wagtail admin with every lesson block."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import HomePage, StandardPage
from tests.mfa import sign_in_with_mfa


def list_block(values):
    return {
        "count": str(len(values)),
        **{
            str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
            for index, value in enumerate(values)
        },
    }


@pytest.mark.django_db
class TestEditorsBuildCourses(WagtailPageTestCase):
    def setUp(self):
        self.editor = get_user_model().objects.get(email="editor@example.com")
        sign_in_with_mfa(self.client, self.editor)
        self.catalogue = CourseIndexPage.objects.get(locale__language_code="en")
        self.home = HomePage.objects.get(locale__language_code="en")
        self.image = get_image_model().objects.first()
        from django.core.files.base import ContentFile

        self.document = get_document_model().objects.create(
            title="Tender checklist", file=ContentFile(b"checklist", name="check.txt")
        )

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertCanCreateAt(HomePage, CourseIndexPage)
        self.assertCanNotCreateAt(HomePage, LessonPage)

    def test_editor_creates_a_standard_page(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Events",
                    "slug": "events",
                    "introduction": "Online and in-person events.",
                    "body": streamfield([("paragraph", rich_text("<p>Soon.</p>"))]),
                }
            ),
            # Editors save drafts and submit them; moderators publish.
            publish=False,
        )

    def test_editor_creates_course_module_and_lesson_with_every_block(self):
        self.assertCanCreate(
            self.catalogue,
            CoursePage,
            nested_form_data(
                {
                    "title": "Water reuse for hotels",
                    "slug": "water-reuse",
                    "summary": "Cut water use in tourist areas.",
                    "audience": "smes",
                    "level": "introductory",
                    "access": "open",
                    "learning_outcomes": streamfield(
                        [("outcome", "Plan a reuse pilot")]
                    ),
                    "description": streamfield(
                        [("paragraph", rich_text("<p>Why.</p>"))]
                    ),
                }
            ),
            publish=False,
        )
        course = CoursePage.objects.get(slug="water-reuse")
        self.assertCanCreate(
            course,
            ModulePage,
            nested_form_data({"title": "Basics", "slug": "basics", "introduction": ""}),
            publish=False,
        )
        module = ModulePage.objects.get(slug="basics")
        question = {
            "text": "Which water can be reused for irrigation?",
            "multiple": "",
            "choices": list_block(
                [
                    {"text": "Treated grey water", "correct": "on"},
                    {"text": "Seawater", "correct": ""},
                ]
            ),
            "explanation": "Treated grey water is safe for irrigation.",
        }
        body = streamfield(
            [
                ("heading", {"text": "Why reuse", "level": "h2"}),
                ("paragraph", rich_text("<p>Hotels use a lot of water.</p>")),
                (
                    "image",
                    {"image": self.image.pk, "alt_text": "A skyline", "caption": ""},
                ),
                ("callout", {"kind": "tip", "text": rich_text("<p>Meter first.</p>")}),
                ("quote", {"text": "Measure, then act.", "attribution": "An engineer"}),
                (
                    "accordion",
                    {
                        "title": "FAQ",
                        "items": list_block(
                            [{"heading": "Cost?", "text": rich_text("<p>Low.</p>")}]
                        ),
                    },
                ),
                ("document", {"document": self.document.pk, "title": ""}),
                (
                    "checklist",
                    {"title": "Steps", "items": list_block(["Meter", "Treat"])},
                ),
                (
                    "case_study",
                    {
                        "title": "A hotel",
                        "city": "Eilat",
                        "text": rich_text("<p>It worked.</p>"),
                    },
                ),
                ("related_resource", {"page": self.home.pk, "note": ""}),
                (
                    "knowledge_check",
                    {"title": "Check", "questions": list_block([question])},
                ),
            ]
        )
        self.assertCanCreate(
            module,
            LessonPage,
            nested_form_data(
                {
                    "title": "Grey water",
                    "slug": "grey-water",
                    "estimated_minutes": "12",
                    "pass_mark": "100",
                    "body": body,
                }
            ),
            publish=False,
        )
        lesson = LessonPage.objects.get(slug="grey-water")
        self.assertEqual(
            [block.block_type for block in lesson.body],
            [
                "heading",
                "paragraph",
                "image",
                "callout",
                "quote",
                "accordion",
                "document",
                "checklist",
                "case_study",
                "related_resource",
                "knowledge_check",
            ],
        )
        self.assertEqual(
            lesson.knowledge_check["questions"][0]["text"], question["text"]
        )

    def test_a_question_without_a_correct_answer_is_refused(self):
        module = Page.objects.type(ModulePage).first()
        question = {
            "text": "Pick one",
            "multiple": "",
            "choices": list_block(
                [{"text": "A", "correct": ""}, {"text": "B", "correct": ""}]
            ),
            "explanation": "None.",
        }
        data = nested_form_data(
            {
                "title": "Broken check",
                "slug": "broken-check",
                "estimated_minutes": "5",
                "pass_mark": "70",
                "body": streamfield(
                    [
                        (
                            "knowledge_check",
                            {"title": "Check", "questions": list_block([question])},
                        )
                    ]
                ),
                "action-publish": "publish",
            }
        )
        response = self.client.post(
            f"/admin/pages/add/courses/lessonpage/{module.pk}/", data
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(LessonPage.objects.filter(slug="broken-check").exists())
        self.assertContains(response, "Mark at least one answer as correct.")
