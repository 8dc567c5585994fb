from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts.admin_auth import login_redirect, logout_redirect
from credentials.urls import public_urlpatterns as credentials_public_urls
from home.sitemaps import LocalisedSitemap
from home.views import healthz

handler500 = "home.views.server_error"
# allauth's rate limits answer with this page (it calls the URLconf's handler429).
handler429 = "accounts.ratelimit.too_many_requests"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": LocalisedSitemap}},
        name="sitemap",
    ),
    # Both admins sign in and out through allauth only (accounts/admin_auth.py).
    path("django-admin/login/", login_redirect("/django-admin/")),
    path("django-admin/logout/", logout_redirect),
    path("admin/login/", login_redirect("/admin/")),
    path("admin/logout/", logout_redirect),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # The issuer's DID document and status lists, fetched by verifiers.
    path("", include((credentials_public_urls, "credentials_public"))),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("accounts/", include("accounts.urls")),
    path("", include("courses.urls")),
    path("", include("cities.urls")),
    path("", include("credentials.urls")),
    path("", include("search.urls")),
    # Wagtail's page serving catches everything else, so it comes last.
    path("", include(wagtail_urls)),
)
