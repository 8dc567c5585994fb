"""Template tags for the shared page chrome: navigation, languages, footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.models import Page

from home.chrome import page_chrome, site_chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def portal_chrome(context):
    """Site name, logo, menu and footer for this language (cached; see home.chrome)."""
    return site_chrome(context["request"])


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the translation of this page, else that locale's home.

    Non-page views (account pages, dashboard) have the same URL in every language,
    so Django's translate_url swaps the prefix.
    """
    request = context["request"]
    page = context.get("page")
    is_page = isinstance(page, Page) and page.pk is not None
    current = translation.get_language()
    page_urls = page_chrome(page, request)["translations"] if is_page else {}
    links = []
    for code, _name in settings.LANGUAGES:
        if is_page:
            url = page_urls.get(code) or f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "is_current": code == current,
                "bidi": info["bidi"],
                "is_translation": is_page and code in page_urls,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """[{title, url}] from the home page down to the current page's parent."""
    page = context.get("page")
    if not isinstance(page, Page) or page.pk is None:
        return []
    return page_chrome(page, context["request"])["breadcrumbs"]


@register.filter
def is_section_of(menu_path, page_path):
    """True when the page is the menu item or lies below it in the tree."""
    return bool(menu_path and page_path and page_path.startswith(menu_path))
