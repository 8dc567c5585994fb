"""Security headers Django does not set itself: the Content-Security-Policy
(django-csp) with a relaxed variant for the two admin sites, and the
Permissions-Policy.

Both middlewares sit before the anonymous page cache, so pages replayed from
the cache carry the same headers as freshly rendered ones.
"""

from csp.constants import HEADER, NONE, SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings

ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")


def is_admin_path(path):
    return path.startswith(ADMIN_PATH_PREFIXES)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with two portal rules.

    - The Wagtail admin runs inline scripts and styles of its own (date
      pickers, inline panels, chooser modals), so `/admin/` and
      `/django-admin/` get `ADMIN_CONTENT_SECURITY_POLICY` instead of the
      strict public policy. Only staff who passed the second factor get
      further there than a redirect to sign in.
    - `frame-ancestors` follows `X-Frame-Options`: 'self' where a view allows
      same-origin framing (Wagtail's page previews, shown in the editor's
      iframe), 'none' everywhere else. Browsers obey `frame-ancestors` over
      `X-Frame-Options`, so a blanket 'self' would silently undo DENY.
    """

    def process_response(self, request, response):
        if is_admin_path(request.path_info):
            # Wagtail renders a preview by running the page's public URL
            # through the whole middleware stack inside the admin request, so
            # it arrives here already carrying the public policy. The admin
            # request's own policy replaces it.
            response.headers.pop(HEADER, None)
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(
                settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            )
        framing = SELF if response.get("X-Frame-Options") == "SAMEORIGIN" else NONE
        parts.replace = {**(parts.replace or {}), "frame-ancestors": [framing]}
        return parts


class PermissionsPolicyMiddleware:
    """Sets `Permissions-Policy` from the PERMISSIONS_POLICY setting
    ({feature: [allowed origins]}; an empty list turns the feature off)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in getattr(settings, "PERMISSIONS_POLICY", {}).items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
