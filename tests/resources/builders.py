import datetime
import itertools

from home.models import City, HomePage, Topic
from resources.models import ResourceIndexPage, ResourcePage

_counter = itertools.count()


def empty_library(language="en"):
    """A library page of its own, so counts are not mixed with the demo's."""
    home = HomePage.objects.get(locale__language_code=language)
    return home.add_child(
        instance=ResourceIndexPage(
            title="Test library", slug=f"test-library-{next(_counter)}"
        )
    )


def build_resource(
    library,
    title=None,
    resource_type="guide",
    audience="both",
    topics=(),
    cities=(),
    language="en",
    published="2024-01-01",
    body=None,
):
    number = next(_counter)
    page = library.add_child(
        instance=ResourcePage(
            title=title or f"Resource {number}",
            slug=f"resource-{number}",
            resource_type=resource_type,
            audience=audience,
            material_language=language,
            publication_date=datetime.date.fromisoformat(published),
            summary="A resource built for a test.",
            body=body or [{"type": "paragraph", "value": "<p>Useful text.</p>"}],
        )
    )
    if topics:
        page.topics.set(Topic.objects.filter(slug__in=topics, locale=library.locale))
    if cities:
        page.cities.set(City.objects.filter(slug__in=cities, locale=library.locale))
    if topics or cities:
        page.save()
    return page
