"""European micro-credentials: complete before publishing, exported for EDC."""

import json

import jsonschema
import pytest
from django.contrib.auth import get_user_model
from referencing import Registry, Resource
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from courses.micro_credentials import REQUIRED_ELEMENTS
from courses.models import Certificate, CourseIndexPage, CoursePage
from tests.mfa import sign_in_with_mfa

from .helpers import finish_course
from .references import EUROPASS, load

COURSE = {
    "title": "Green public procurement",
    "slug": "green-procurement",
    "summary": "Buy greener as a city.",
    "audience": "both",
    "level": "introductory",
    "access": "registered",
    "learning_outcomes": streamfield([("outcome", "Write green award criteria")]),
    "description": streamfield([]),
}
ELEMENTS = {
    "is_micro_credential": "on",
    "notional_workload_hours": "12",
    "assessment_type": "Graded online knowledge checks.",
    "form_of_participation": "Online, self-paced.",
    "quality_assurance": "Reviewed by a second programme partner.",
    "prerequisites": "None.",
}


@pytest.mark.django_db
class TestPublishingAMicroCredential(WagtailPageTestCase):
    def setUp(self):
        self.moderator = get_user_model().objects.get(email="moderator@example.com")
        sign_in_with_mfa(self.client, self.moderator)
        self.catalogue = CourseIndexPage.objects.get(locale__language_code="en")
        self.add_url = f"/admin/pages/add/courses/coursepage/{self.catalogue.pk}/"

    def post(self, data, publish=True):
        form = nested_form_data(data)
        if publish:
            form["action-publish"] = "action-publish"
        return self.client.post(self.add_url, form)

    def test_publishing_is_refused_while_an_element_is_missing(self):
        data = {**COURSE, **ELEMENTS, "quality_assurance": "", "prerequisites": " "}
        response = self.post(data)
        assert response.status_code == 200
        page = response.content.decode()
        assert str(REQUIRED_ELEMENTS["quality_assurance"]) in page
        assert "State the prerequisites, or write" in page
        assert not CoursePage.objects.filter(slug="green-procurement").exists()

    def test_learning_outcomes_are_required_too(self):
        data = {**COURSE, **ELEMENTS, "learning_outcomes": streamfield([])}
        response = self.post(data)
        assert response.status_code == 200
        assert str(REQUIRED_ELEMENTS["learning_outcomes"]) in response.content.decode()
        assert not CoursePage.objects.filter(slug="green-procurement").exists()

    def test_an_incomplete_draft_can_be_saved(self):
        data = {**COURSE, "is_micro_credential": "on"}
        response = self.post(data, publish=False)
        assert response.status_code == 302
        page = CoursePage.objects.get(slug="green-procurement")
        assert page.is_micro_credential and not page.live

    def test_a_complete_micro_credential_is_published(self):
        response = self.post({**COURSE, **ELEMENTS, "eqf_level": "4"})
        assert response.status_code == 302
        page = CoursePage.objects.get(slug="green-procurement")
        assert page.live and page.eqf_level == 4 and page.notional_workload_hours == 12

    def test_an_ordinary_course_needs_none_of_them(self):
        response = self.post(COURSE)
        assert response.status_code == 302
        assert CoursePage.objects.get(slug="green-procurement").live


def edc_validator():
    """The EBSI Europass EDC schema (draft 2020-12) and the attestation schema
    it refers to, with format checks on."""
    main = load(EUROPASS / "europass-edc-schema.json")
    attestation = load(EUROPASS / "vcdm2.0-attestation-schema.json")
    base = main["$id"].rsplit("/", 1)[0] + "/"
    registry = Registry().with_resources(
        [
            (main["$id"], Resource.from_contents(main)),
            (
                base + "vcdm2.0-attestation-schema.json",
                Resource.from_contents(attestation),
            ),
        ]
    )
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    return jsonschema.Draft202012Validator(
        main, registry=registry, format_checker=checker
    )


def test_the_schema_accepts_its_own_examples_and_refuses_a_broken_one():
    validator = edc_validator()
    for example in (EUROPASS / "examples").glob("*.json"):
        assert list(validator.iter_errors(load(example))) == [], example.name
    broken = load(EUROPASS / "examples/microcredential.json")
    del broken["displayParameter"]
    assert list(validator.iter_errors(broken))


@pytest.mark.django_db
def test_demo_certificate_exports_as_a_valid_europass_credential(
    learner_client, learner
):
    certificate = Certificate.objects.get(
        user=learner, course__slug="designing-a-smart-city-solution"
    )
    response = learner_client.get(
        f"/en/dashboard/credentials/{certificate.code}-europass.jsonld"
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    document = json.loads(response.content)
    errors = [
        f"{list(error.absolute_path)}: {error.message[:200]}"
        for error in edc_validator().iter_errors(document)
    ]
    assert errors == []
    claim = document["credentialSubject"]["hasClaim"][0]
    spec = claim["specifiedBy"]
    assert document["credentialSubject"]["fullName"] == {
        "en": [learner.get_full_name()]
    }
    assert claim["title"] == {"en": [certificate.course_title_at_issue]}
    assert spec["volumeOfLearning"] == "PT25H"
    assert spec["educationLevel"][0]["id"] == "http://data.europa.eu/snb/eqf/5"
    assert spec["creditPoint"][0]["point"] == "1.0"
    assert len(spec["learningOutcome"]) >= 3
    assert spec["entryRequirement"]["noteLiteral"]["en"][0].startswith("None.")
    country = claim["awardedBy"]["awardingBody"][0]["location"][0]["address"][0]
    assert country["countryCode"]["id"].endswith("/country/ESP")
    assert "proof" not in document  # the portal does not seal
    image = document["displayParameter"]["individualDisplay"][0]["displayDetail"][0]
    assert image["image"]["content"].startswith("iVBORw0KGgo")  # a PNG


@pytest.mark.django_db
def test_an_ordinary_course_has_no_europass_export(client, learner):
    certificate = finish_course(learner)
    client.force_login(learner)
    response = client.get(
        f"/en/dashboard/credentials/{certificate.code}-europass.jsonld"
    )
    assert response.status_code == 404
