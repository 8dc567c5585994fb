"""Operational endpoints: health check, robots.txt and the error pages."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponseServerError, JsonResponse
from django.template import loader
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
    return value == "ok"


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


def server_error(request):
    """Render the 500 page without touching the database or context processors."""
    return HttpResponseServerError(loader.get_template("500.html").render())
