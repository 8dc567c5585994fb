"""Markup typed by editors, learners or visitors is shown as text, never run.

A course and a guide titled `<script>alert(1)</script>`, a topic named
`<img src=x onerror=alert(1)>` and a learner with a script for a name go
through the public pages, the certificate email and the admin reports.

Rich text reaches the database through the editor (Draftail), whose
converter escapes text and drops `javascript:` links; the test posts such a
paragraph through the admin the way a malicious editor's browser could.
Wagtail trusts rich text once stored, so anything that writes rich text
another way (imports, scripts) must use the same converter.
"""

import csv
import datetime
import io
import json

import pytest
from django.core import mail
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.test.utils.form_data import nested_form_data, streamfield

from courses.models import CoursePage, LessonPage
from courses.services import complete_lesson
from home.models import Topic
from resources.models import ResourcePage
from search.models import UnansweredQuery
from tests.courses.builders import build_course, catalogue, lessons_of
from tests.resources.builders import build_resource

from .helpers import body_of, sign_in

pytestmark = pytest.mark.django_db

TITLE = "<script>alert(1)</script>"
TITLE_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
TOPIC = "<img src=x onerror=alert(1)>"
TOPIC_ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"
NAME = '<script>alert("name")</script>'
SEARCH_WORD = "quokkaphrase"
RAW_MARKUP = ["<script>alert", "<img src=x", "javascript:alert"]


def assert_inert(html, *escaped):
    """No payload as markup; each expected escaped form present."""
    for raw in RAW_MARKUP:
        assert raw not in html, raw
    for text in escaped:
        assert text in html, text


@pytest.fixture
def topic():
    return Topic.objects.create(name=TOPIC, slug="xss-topic", locale=catalogue().locale)


@pytest.fixture
def course(topic):
    course = build_course(
        catalogue(),
        slug="xss-course",
        title=TITLE,
        access="open",
        topics=["xss-topic"],
        lessons_per_module=1,
    )
    # A word to find it by: PostgreSQL's text search drops <script>…</script>.
    course.summary = f"{SEARCH_WORD} course."
    # Newest, so the home page features it.
    course.first_published_at = timezone.now()
    course.save()
    return course


@pytest.fixture
def guide(topic, course):
    library = ResourcePage.objects.live().first().get_parent()
    guide = build_resource(
        library,
        title=TITLE,
        resource_type="guide",
        topics=["xss-topic"],
        published=timezone.localdate().isoformat(),
    )
    guide.summary = f"{SEARCH_WORD} guide."
    guide.save()
    return guide


@pytest.mark.parametrize(
    "url",
    ["/en/", "/en/courses/", "/en/resources/", f"/en/search/?q={SEARCH_WORD}"],
    ids=["home", "catalogue", "library", "search"],
)
def test_listings_show_markup_as_text(client, course, guide, url):
    html = client.get(url).content.decode()
    assert_inert(html, TITLE_ESCAPED)
    if url in ("/en/courses/", "/en/resources/"):
        assert TOPIC_ESCAPED in html  # on the cards and in the topic filter


def test_course_lesson_and_guide_pages_show_markup_as_text(client, course, guide):
    for url in [course.url, lessons_of(course)[0].url, guide.url]:
        html = client.get(url).content.decode()
        assert_inert(html, TITLE_ESCAPED)


def test_search_query_is_shown_as_text(client):
    html = client.get("/en/search/", {"q": TOPIC}).content.decode()
    assert_inert(html, TOPIC_ESCAPED)


def contentstate(text, link_text, url):
    """A Draftail paragraph as a browser posts it: text plus one link."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "xss01",
                    "type": "unstyled",
                    "depth": 0,
                    "text": f"{text} {link_text}",
                    "inlineStyleRanges": [],
                    "entityRanges": [
                        {"offset": len(text) + 1, "length": len(link_text), "key": 0}
                    ],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
            },
        }
    )


def test_rich_text_from_the_editor_cannot_carry_scripts_or_javascript_links(
    client, django_user_model, course
):
    sign_in(client, django_user_model.objects.get(email="admin@example.com"))
    module = course.get_children().first()
    paragraph = contentstate(
        "Before <script>alert(2)</script> marmalade.",
        "Click here",
        "javascript:alert(3)",
    )
    response = client.post(
        f"/admin/pages/add/courses/lessonpage/{module.pk}/",
        nested_form_data(
            {
                "title": "Rich text lesson",
                "slug": "rich-text-lesson",
                "estimated_minutes": 5,
                "pass_mark": 70,
                "body": streamfield([("paragraph", paragraph)]),
                "action-publish": "action-publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.get(slug="rich-text-lesson")
    stored = lesson.body.raw_data[0]["value"]
    assert "<script>" not in stored and "javascript:" not in stored

    client.logout()
    html = client.get(lesson.url).content.decode()
    assert_inert(html, "&lt;script&gt;alert(2)&lt;/script&gt;", "Click here")
    results = client.get("/en/search/", {"q": "marmalade"}).content.decode()
    assert "Rich text lesson" in results
    assert_inert(results, "&lt;script&gt;alert(2)")


@pytest.fixture
def learner_with_script_name(django_user_model, course):
    user = django_user_model.objects.create_user(
        email="xss-learner@example.com",
        password="Xss-learner-2026",
        full_name=NAME,
        organisation_name='=HYPERLINK("http://evil.example","x")',
        city="@SUM(1+1)",
    )
    return user


@pytest.fixture
def certificate_email(
    course, learner_with_script_name, django_capture_on_commit_callbacks
):
    """The certificate and its email for the script-titled course."""
    with django_capture_on_commit_callbacks(execute=True):
        certificate = complete_lesson(
            learner_with_script_name, lessons_of(course)[0], course
        )
    (message,) = [m for m in mail.outbox if certificate.code in m.body]
    return certificate, message


def test_certificate_page_shows_names_and_titles_as_text(client, certificate_email):
    certificate, _message = certificate_email
    html = client.get(f"/en/certificates/{certificate.code}/").content.decode()
    assert_inert(html, TITLE_ESCAPED, "&lt;script&gt;alert(&quot;name&quot;)")


def test_certificate_email_has_no_html_part_and_reads_as_typed(certificate_email):
    _certificate, message = certificate_email
    # Plain text is not HTML: the title reads as typed, with no entities, and
    # there is no HTML part a mail client could run.
    assert TITLE in message.body and "&lt;" not in message.body
    assert not [part for part in message.alternatives if "html" in part[1]]


def test_certificate_email_subject_reads_as_typed(certificate_email):
    _certificate, message = certificate_email
    assert "\n" not in message.subject
    assert TITLE in message.subject


def test_a_course_title_cannot_add_email_headers(
    course, learner_with_script_name, django_capture_on_commit_callbacks
):
    CoursePage.objects.filter(pk=course.pk).update(
        title="Heat\r\nBcc: attacker@example.com"
    )
    course.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        certificate = complete_lesson(
            learner_with_script_name, lessons_of(course)[0], course
        )
    assert certificate is not None
    # The subject is folded onto one line: the learner gets their email, and
    # nobody else gets a copy.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.recipients() == [learner_with_script_name.email]
    assert message.bcc == [] and "\n" not in message.subject
    assert "Heat Bcc: attacker@example.com" in message.subject


# ----------------------------------------------------------------------------
# Admin reports: HTML escaped; spreadsheet cells never formulas.

# The script-named learner's organisation and city are formulas too.
FORMULA_TITLE = '=HYPERLINK("http://evil.example","x")'


@pytest.fixture
def manager_client(client, django_user_model):
    return sign_in(client, django_user_model.objects.get(email="manager@example.com"))


@pytest.fixture
def reported(course, learner_with_script_name):
    """The script-named learner completed the script-titled course."""
    complete_lesson(learner_with_script_name, lessons_of(course)[0], course)
    formula_course = build_course(
        catalogue(), slug="formula-course", title=FORMULA_TITLE, lessons_per_module=1
    )
    complete_lesson(
        learner_with_script_name, lessons_of(formula_course)[0], formula_course
    )
    return course, formula_course


def csv_cells(response):
    text = body_of(response).decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_report_pages_escape_titles_names_and_searches(manager_client, reported):
    course, _formula_course = reported
    UnansweredQuery.objects.create(query_string=TITLE, language="en", hits=1)
    for url in [
        "/admin/reports/programme-kpis/",
        f"/admin/reports/course-funnel/?course={course.pk}",
        "/admin/reports/learners/",
        "/admin/reports/unanswered-searches/",
    ]:
        html = manager_client.get(url).content.decode()
        assert "<script>alert" not in html, url
    learners = manager_client.get("/admin/reports/learners/").content.decode()
    assert "&lt;script&gt;alert(&quot;name&quot;)" in learners
    kpis = manager_client.get("/admin/reports/programme-kpis/").content.decode()
    assert TITLE_ESCAPED in kpis
    searches = manager_client.get("/admin/reports/unanswered-searches/")
    assert TITLE_ESCAPED in searches.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/reports/programme-kpis/?export=csv",
        "/admin/reports/learners/?export=csv",
    ],
)
def test_csv_exports_neutralise_formulas(manager_client, reported, url):
    cells = csv_cells(manager_client.get(url))
    dangerous = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]
    assert dangerous == []
    # The value is still there, made inert by a leading apostrophe.
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells)


def test_course_funnel_csv_neutralises_formulas(manager_client, django_user_model):
    course = build_course(
        catalogue(), slug="formula-funnel", title="Funnel", lessons_per_module=1
    )
    LessonPage.objects.filter(pk=lessons_of(course)[0].pk).update(title="=1+1")
    response = manager_client.get(
        "/admin/reports/course-funnel/", {"course": course.pk, "export": "csv"}
    )
    assert "'=1+1" in csv_cells(response)
    assert "=1+1" not in csv_cells(response)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/reports/programme-kpis/?export=xlsx",
        "/admin/reports/learners/?export=xlsx",
    ],
)
def test_xlsx_exports_store_formulas_as_text(manager_client, reported, url):
    response = manager_client.get(url)
    sheet = load_workbook(io.BytesIO(body_of(response))).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert any(str(cell.value).startswith("=HYPERLINK(") for cell in cells)


# Visitors type the search terms this report lists, so it is the likeliest
# place for a formula.
def test_unanswered_searches_csv_neutralises_formulas(manager_client):
    UnansweredQuery.objects.create(
        query_string='=hyperlink("http://evil.example")',
        language="en",
        hits=1,
        last_searched_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    cells = csv_cells(
        manager_client.get("/admin/reports/unanswered-searches/?export=csv")
    )
    assert not [cell for cell in cells if cell.startswith("=")]
