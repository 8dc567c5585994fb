"""Editors build cities, challenges and assessments in the Wagtail admin, and
the editor refuses assessments that could not be scored."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cities.models import (
    AssessmentIndexPage,
    AssessmentPage,
    ChallengeBoardPage,
    ChallengePage,
    CityIndexPage,
    CityPage,
)
from courses.models import CoursePage
from home.models import City, HomePage, Topic
from tests.mfa import sign_in_with_mfa


def list_block(values):
    return {
        "count": str(len(values)),
        **{
            str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
            for index, value in enumerate(values)
        },
    }


def question(text, scores):
    return {
        "text": text,
        "help_text": "",
        "answers": list_block(
            [{"text": f"Answer {score}", "score": str(score)} for score in scores]
        ),
    }


def dimension(name, questions, courses=()):
    return {
        "name": name,
        "description": "",
        "questions": list_block(questions),
        "recommended_courses": list_block([str(course.pk) for course in courses]),
        "recommended_resources": list_block([]),
    }


@pytest.mark.django_db
class TestEditorsBuildTheCitiesSection(WagtailPageTestCase):
    def setUp(self):
        self.editor = get_user_model().objects.get(email="editor@example.com")
        sign_in_with_mfa(self.client, self.editor)
        self.index = AssessmentIndexPage.objects.get(locale__language_code="en")
        self.course = CoursePage.objects.get(
            slug="selling-innovation-to-cities", locale__language_code="en"
        )

    def assessment_data(self, slug, dimensions):
        return nested_form_data(
            {
                "title": f"Assessment {slug}",
                "slug": slug,
                "introduction": "For testing the editor.",
                "audience": "smes",
                "dimensions": streamfield(
                    [("dimension", value) for value in dimensions]
                ),
            }
        )

    def refused(self, slug, dimensions):
        # Drafts may be saved incomplete (Wagtail defers required-field
        # checks); submitting for review validates everything.
        data = self.assessment_data(slug, dimensions)
        data["action-submit"] = "submit"
        response = self.client.post(
            f"/admin/pages/add/cities/assessmentpage/{self.index.pk}/", data
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(AssessmentPage.objects.filter(slug=slug).exists())
        return response.content.decode()

    def test_page_tree_rules(self):
        self.assertCanCreateAt(HomePage, CityIndexPage)
        self.assertCanCreateAt(HomePage, ChallengeBoardPage)
        self.assertCanCreateAt(HomePage, AssessmentIndexPage)
        self.assertAllowedSubpageTypes(CityIndexPage, {CityPage})
        self.assertAllowedSubpageTypes(CityPage, {ChallengePage})
        self.assertAllowedSubpageTypes(ChallengePage, set())
        self.assertAllowedSubpageTypes(ChallengeBoardPage, set())
        self.assertAllowedSubpageTypes(AssessmentIndexPage, {AssessmentPage})
        self.assertAllowedParentPageTypes(ChallengePage, {CityPage})
        self.assertCanNotCreateAt(HomePage, ChallengePage)

    def test_editor_creates_an_assessment(self):
        self.assertCanCreate(
            self.index,
            AssessmentPage,
            self.assessment_data(
                "editor-assessment",
                [
                    dimension(
                        "Data",
                        [question("Do you publish open data?", [0, 2, 4])],
                        courses=[self.course],
                    )
                ],
            ),
            publish=False,
        )
        page = AssessmentPage.objects.get(slug="editor-assessment")
        block = page.dimensions[0]
        self.assertEqual(block.value["name"], "Data")
        answers = block.value["questions"][0]["answers"]
        self.assertEqual([answer["score"] for answer in answers], [0, 2, 4])
        self.assertEqual(block.value["recommended_courses"][0].pk, self.course.pk)

    def test_a_question_with_one_answer_is_refused(self):
        body = self.refused(
            "one-answer", [dimension("Data", [question("Only one?", [4])])]
        )
        self.assertIn("The minimum number of items is 2", body)

    def test_answers_that_all_score_the_same_are_refused(self):
        body = self.refused(
            "same-scores", [dimension("Data", [question("All equal?", [2, 2, 2])])]
        )
        self.assertIn("measures nothing", body)

    def test_a_dimension_without_questions_is_refused(self):
        self.refused("no-questions", [dimension("Empty", [])])

    def test_a_score_outside_0_to_4_is_refused(self):
        self.refused("bad-score", [dimension("Data", [question("Too high?", [0, 9])])])

    def test_an_assessment_without_dimensions_is_refused(self):
        self.refused("no-dimensions", [])

    def test_editor_creates_a_city_and_a_challenge_with_its_preparation(self):
        index = CityIndexPage.objects.get(locale__language_code="en")
        city = City.objects.get(slug="murcia", locale__language_code="en")
        self.assertCanCreate(
            index,
            CityPage,
            nested_form_data(
                {
                    "title": "Murcia (second page)",
                    "slug": "murcia-two",
                    "city": city.pk,
                    "summary": "A test city page.",
                    "region": "Region of Murcia",
                    "population": "460000",
                    "partner_organisation": "",
                    "profile": streamfield(
                        [("paragraph", rich_text("<p>About the city.</p>"))]
                    ),
                    "innovation_strategy": rich_text("<p>Innovate.</p>"),
                    "climate_strategy": rich_text("<p>Adapt.</p>"),
                    "contact_label": "Programme team",
                    "contact_email": "cities@example.org",
                    "contact_url": "",
                }
            ),
            publish=False,
        )
        city_page = CityPage.objects.get(slug="murcia-two")
        topic = Topic.objects.get(slug="climate-readiness", locale__language_code="en")
        self.assertCanCreate(
            city_page,
            ChallengePage,
            nested_form_data(
                {
                    "title": "Shade at bus stops",
                    "slug": "shade-at-bus-stops",
                    "summary": "Cooler waiting.",
                    "category": "environmental",
                    "stage": "market_consultation",
                    "topics": [topic.pk],
                    "description": streamfield(
                        [("paragraph", rich_text("<p>Hot bus stops.</p>"))]
                    ),
                    "desired_outcomes": streamfield([("outcome", "Cooler stops")]),
                    "indicators": streamfield([("indicator", "Degrees at noon")]),
                    "related_courses": inline_formset([{"course": self.course.pk}]),
                    "related_resources": inline_formset([]),
                }
            ),
            publish=False,
        )
        challenge = ChallengePage.objects.get(slug="shade-at-bus-stops")
        self.assertEqual(challenge.city_page.pk, city_page.pk)
        self.assertEqual(
            [item.course_id for item in challenge.related_courses.all()],
            [self.course.pk],
        )


@pytest.mark.django_db
def test_editors_translate_an_assessment_and_a_challenge_with_wagtail_localize(client):
    from django.urls import reverse
    from wagtail.models import Locale
    from wagtail_localize.models import String, Translation

    from tests.cities.builders import build_assessment, build_challenge, build_city

    sign_in_with_mfa(client, get_user_model().objects.get(email="editor@example.com"))
    italian = Locale.objects.get(language_code="it")
    assessment = build_assessment()
    challenge = build_challenge(build_city(city_slug="genova"), title="Shade test")
    strings = {}
    for page, model in ((assessment, AssessmentPage), (challenge, ChallengePage)):
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        response = client.post(url, {"locales": [italian.pk]})
        assert response.status_code == 302, page
        assert model.objects.filter(
            translation_key=page.translation_key, locale=italian
        ).exists()
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=italian
        )
        strings[page.pk] = set(
            String.objects.filter(segments__source=translation.source).values_list(
                "data", flat=True
            )
        )
    # Questions and answers are offered for translation; ids and scores are not.
    assert {"Strategy question 1?", "Answer worth 2"} <= strings[assessment.pk]
    assert "2" not in strings[assessment.pk]
    assert {"Shade test", "Cooler streets"} <= strings[challenge.pk]
    translated = AssessmentPage.objects.get(
        translation_key=assessment.translation_key, locale=italian
    )
    assert [block.id for block in translated.dimensions] == ["d1", "d2"]
    answers = translated.dimensions[0].value["questions"][0]["answers"]
    assert [answer["score"] for answer in answers] == [0, 2, 4]
