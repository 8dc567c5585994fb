"""Whole-page cache for anonymous visitors.

A page that anyone would see identically (no session, no pending message) is
stored after its first rendering and served from the cache before Wagtail
routes the request, with no database query. Entries carry the chrome version
(home/chrome.py), so publishing, unpublishing, moving or deleting any page, or
changing the footer, settings or taxonomy, retires them all at once.

Only Wagtail pages opt in (`CachedPageMixin`); previews, drafts, account pages,
the dashboard and anything with a session cookie are never cached.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from .chrome import _version

logger = logging.getLogger("portal.page_cache")
MAX_QUERY_STRING = 200
SHARED_CACHE_SECONDS = 60
STORED_HEADERS = ["Content-Type", "Content-Language"]


def timeout():
    """Seconds a page stays cached (PAGE_CACHE_TIMEOUT; 0 turns the cache off)."""
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 600)


def is_cacheable_request(request):
    language = request.path.split("/")[1] if request.path.count("/") > 1 else ""
    return (
        timeout() > 0
        and request.method in {"GET", "HEAD"}
        and language in dict(settings.LANGUAGES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
    )


def cache_key(request):
    path = request.get_full_path()
    digest = hashlib.sha256(f"{request.get_host()}{path}".encode()).hexdigest()
    return f"page:{_version()}:{digest}"


def mark_shared(response):
    """Anonymous pages may be kept briefly by shared caches (a CDN), never by
    browsers, and differ by cookie."""
    patch_cache_control(response, public=True, max_age=0, s_maxage=SHARED_CACHE_SECONDS)
    patch_vary_headers(response, ["Cookie"])


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous Wagtail pages (after the session middleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        try:
            key = cache_key(request)
            stored = cache.get(key)
        except Exception:
            # A cache outage must not take the pages down with it.
            logger.warning("Page cache unavailable", exc_info=True)
            return self.get_response(request)
        if stored is not None:
            response = HttpResponse(stored["content"], status=200)
            for header, value in stored["headers"].items():
                response[header] = value
            response["X-Page-Cache"] = "hit"
            mark_shared(response)
            return response
        response = self.get_response(request)
        if (
            getattr(response, "cacheable_page", False)
            and response.status_code == 200
            and not response.cookies  # a Set-Cookie belongs to one visitor
        ):
            stored = {
                "content": response.content,
                "headers": {h: response[h] for h in STORED_HEADERS if h in response},
            }
            try:
                cache.set(key, stored, timeout())
            except Exception:
                logger.warning("Page cache unavailable", exc_info=True)
            response["X-Page-Cache"] = "miss"
            mark_shared(response)
        return response


class CachedPageMixin:
    """Pages whose anonymous rendering is the same for everyone opt in here."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if is_cacheable_request(request) and not request.user.is_authenticated:
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            response.cacheable_page = True
        return response
