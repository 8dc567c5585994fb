"""Emails about learning, sent in the learner's preferred language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from home.models import PortalSettings

from .models import Certificate


@task()
def send_certificate_issued_email(certificate_id):
    """Tell a learner their certificate is ready, with its verification link."""
    certificate = (
        Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    )
    if certificate is None or certificate.user is None:
        return
    user = certificate.user
    language = user.preferred_language or settings.LANGUAGE_CODE
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(language):
        context = {
            "certificate": certificate,
            "user": user,
            "site_name": PortalSettings.load().site_name,
            "verify_url": f"{base_url}/{language}/certificates/{certificate.code}/",
            "dashboard_url": f"{base_url}/{language}/dashboard/",
        }
        # One line, whatever the course title holds: a line break in a header
        # would make the mail refused and the learner would get nothing.
        subject = " ".join(
            render_to_string(
                "courses/email/certificate_issued_subject.txt", context
            ).split()
        )
        message = render_to_string(
            "courses/email/certificate_issued_message.txt", context
        )
    send_mail(subject, message, None, [user.email])
