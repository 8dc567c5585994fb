"""The parts of every page that are the same for everyone in one language:
site name and logo, main navigation, footer links and funding text.

They are computed once per language and kept in the cache until an editor
publishes, moves or deletes a page or changes the footer or portal settings, so
the header and footer cost no database queries on a warm cache.
"""

import threading
from contextvars import ContextVar

from django.core.cache import cache
from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "chrome:version"
TIMEOUT = 60 * 60 * 24
# Set when a bump could not reach the cache (see invalidate()).
_bump_pending = threading.Event()
# The version read once per request: every cached part of a page is keyed on
# it, and one cache round trip instead of one per part matters on busy pages.
_request_version = ContextVar("chrome_request_version", default=None)


def _version():
    if _bump_pending.is_set():
        invalidate()
    version = _request_version.get()
    if version is None:
        version = cache.get_or_set(VERSION_KEY, 1, timeout=None)
        _request_version.set(version)
    return version


@receiver(request_started)
def _read_version_afresh(**kwargs):
    _request_version.set(None)


def invalidate(**kwargs):
    _request_version.set(None)
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, timeout=None)
    # During a Redis outage the bump is lost (home/cache.py answers as a miss),
    # and entries cached before the outage would outlive the change once Redis
    # is back. This process bumps again on its next request until it works.
    if getattr(cache, "available", True):
        _bump_pending.clear()
    else:
        _bump_pending.set()


def active_locale():
    """The Locale of the active language, from the cache when possible."""
    language = translation.get_language()
    key = f"chrome:{_version()}:locale:{language}"
    locale_id = cache.get(key)
    if locale_id is None:
        locale = Locale.get_active()
        cache.set(key, locale.pk, TIMEOUT)
        return locale
    locale = Locale(pk=locale_id, language_code=language)
    locale._state.adding = False
    return locale


def _taxonomy_for_locale(model, locale_id):
    """[{slug, name}] of a translatable taxonomy snippet in one language, cached."""
    key = f"chrome:{_version()}:{model._meta.model_name}:{locale_id}"
    items = cache.get(key)
    if items is None:
        items = [
            {"slug": item.slug, "name": item.name}
            for item in model.objects.filter(locale_id=locale_id).order_by("name")
        ]
        cache.set(key, items, TIMEOUT)
    return items


def topics_for_locale(locale_id):
    """The topics of one language, as filter choices."""
    from .models import Topic

    return _taxonomy_for_locale(Topic, locale_id)


def cities_for_locale(locale_id):
    """The cities of one language, as filter choices."""
    from .models import City

    return _taxonomy_for_locale(City, locale_id)


def site_chrome(request):
    """Header and footer data for the request's site in the active language."""
    site = Site.find_for_request(request)
    language = translation.get_language()
    key = f"chrome:{_version()}:{site.pk if site else 0}:{language}"
    data = cache.get(key)
    if data is None:
        data = _build(site, request)
        cache.set(key, data, TIMEOUT)
    return data


def _build(site, request):
    from .models import FooterText, PortalSettings

    portal = PortalSettings.load(request_or_site=site)
    home = site.root_page.localized if site else None
    menu = []
    if home:
        for page in home.get_children().live().in_menu().public().specific():
            menu.append(
                {"title": page.title, "url": page.get_url(request), "path": page.path}
            )
    footer_links = []
    for link in portal.footer_links.select_related("page"):
        target = link.page.localized
        if target.live:
            footer_links.append({"title": target.title, "url": target.get_url(request)})
    locale = active_locale()
    footer = (
        FooterText.objects.filter(locale=locale).first()
        or FooterText.objects.filter(locale__language_code="en").first()
    )
    logo_url = ""
    if portal.logo:
        logo_url = portal.logo.get_rendition("height-48").url
    return {
        "site_name": portal.site_name,
        "logo_url": logo_url,
        "contact_email": portal.contact_email,
        "home_url": home.get_url(request) if home else "/",
        "menu": menu,
        "footer_links": footer_links,
        "funding_acknowledgement": footer.funding_acknowledgement if footer else "",
    }


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(invalidate, dispatch_uid=f"chrome-{signal!r}")


@receiver(post_delete, sender=Page, dispatch_uid="chrome-page-delete")
def _page_deleted(**kwargs):
    invalidate()


def _connect_model_signals():
    from .models import City, FooterLink, FooterText, PortalSettings, Topic

    for model in (FooterText, FooterLink, PortalSettings, Locale, Topic, City):
        post_save.connect(
            invalidate, sender=model, dispatch_uid=f"chrome-save-{model.__name__}"
        )
        post_delete.connect(
            invalidate, sender=model, dispatch_uid=f"chrome-del-{model.__name__}"
        )


def page_chrome(page, request):
    """Breadcrumbs and the URLs of this page's translations, cached per page."""
    site = Site.find_for_request(request)
    key = f"chrome:{_version()}:page:{page.pk}:{site.pk if site else 0}"
    data = cache.get(key)
    if data is None:
        ancestors = page.get_ancestors().filter(depth__gt=2).specific(defer=True)
        translations = (
            page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
            .only("url_path", "locale__language_code")
        )
        data = {
            "breadcrumbs": [
                {"title": ancestor.title, "url": ancestor.get_url(request)}
                for ancestor in ancestors
            ],
            "translations": {
                translated.locale.language_code: translated.get_url(request)
                for translated in translations
            },
        }
        cache.set(key, data, TIMEOUT)
    return data


def cached_route(root, request, path_components):
    """Resolve a URL below `root` with one query on a warm cache.

    Wagtail's own routing walks the tree one query pair per path segment. The
    page a path leads to is remembered (until the next publish, move or delete)
    for pages that use Wagtail's default routing; anything else falls back.
    """
    from django.apps import apps
    from wagtail.url_routing import RouteResult

    key = f"chrome:{_version()}:route:{root.pk}:{'/'.join(path_components)}"
    cached = cache.get(key)
    if cached:
        model = apps.get_model(cached["model"])
        url_path = root.url_path + "/".join(path_components) + "/"
        page = model.objects.filter(
            pk=cached["pk"], live=True, url_path=url_path
        ).first()
        if page is not None:
            return RouteResult(page)
    # Raises Http404 when nothing lives at this path.
    result = Page.route(root, request, path_components)
    page, args, kwargs = result[0], result[1], result[2]
    if type(page).route is Page.route and not args and not kwargs:
        cache.set(key, {"model": page._meta.label, "pk": page.pk}, TIMEOUT)
    return result
