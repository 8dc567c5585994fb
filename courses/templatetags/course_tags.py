from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from home.models import PortalSettings

register = template.Library()


@register.filter
def duration(minutes):
    """Minutes as a short, translated duration: "45 min", "2 h 15 min"."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _("%(minutes)s min") % {"minutes": rest}
    if not rest:
        return _("%(hours)s h") % {"hours": hours}
    return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": rest}


@register.filter
def is_done(lesson, completed_keys):
    return lesson.translation_key in completed_keys


LINKEDIN_ADD_TO_PROFILE = "https://www.linkedin.com/profile/add"


@register.simple_tag(takes_context=True)
def linkedin_add_to_profile_url(context, certificate):
    """LinkedIn's "Add licence or certification" form, filled in from the
    certificate: course, issuer, month of issue, code and verification page."""
    request = context.get("request")
    portal = PortalSettings.load(request_or_site=request)
    verify_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "courses:verify", args=[certificate.code]
    )
    return (
        LINKEDIN_ADD_TO_PROFILE
        + "?"
        + urlencode(
            {
                "startTask": "CERTIFICATION_NAME",
                "name": certificate.course_title_at_issue,
                "organizationName": portal.certificate_issuer or portal.site_name,
                "issueYear": certificate.issued_at.year,
                "issueMonth": certificate.issued_at.month,
                "certUrl": verify_url,
                "certId": certificate.code,
            }
        )
    )
