"""Snippet views for the shared taxonomy and the footer text."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import City, FooterText, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "description"]
    ordering = ["name"]


class CityViewSet(SnippetViewSet):
    model = City
    icon = "site"
    list_display = ["name", "country", "slug", "locale"]
    list_filter = ["locale", "country"]
    search_fields = ["name"]
    ordering = ["name"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    list_display = ["__str__", "locale"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy and footer")
    menu_icon = "tag"
    menu_order = 300
    items = (TopicViewSet, CityViewSet, FooterTextViewSet)


register_snippet(TaxonomyViewSetGroup)
