"""Operational endpoints: health check, robots.txt and the error pages."""

import logging
import sys
import uuid

from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger("portal.health")


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.exception("Health check: database unreachable")
        return False
    return True


def _cache_ok():
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", timeout=5)
        value = cache.get(key)
        cache.delete(key)
    except Exception:
        logger.exception("Health check: cache unreachable")
        return False
    if value != "ok":
        # home/cache.py answers for an unreachable Redis with a miss.
        logger.error("Health check: cache unreachable")
        return False
    return True


@never_cache
@require_GET
def healthz(request):
    """200 when the database and cache answer; 503 naming what does not."""
    status = {
        "database": "ok" if _database_ok() else "unavailable",
        "cache": "ok" if _cache_ok() else "unavailable",
    }
    healthy = all(value == "ok" for value in status.values())
    return JsonResponse(status, status=200 if healthy else 503)


# Seconds a client is asked to wait before trying again when the database is down.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """Render the 500 page without touching the database or context processors.

    Django calls this while handling the uncaught exception, from anywhere in
    the view or middleware. When the database could not be reached, that is an
    outage rather than a bug: answer with the plain 503 page instead.
    """
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        return database_unavailable()
    return HttpResponseServerError(loader.get_template("500.html").render())


def database_unavailable():
    """The plain 503 page: a static template, no database, never cached."""
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
