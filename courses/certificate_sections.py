"""Sections other apps add beside a certificate, on its verification page and
on the learner's dashboard.

An app registers a function with the `portal_certificate_sections` Wagtail
hook: (certificates, request) → {certificate pk: section}, a section being a
dict with a "template" to include and its context. It is called once for all
the certificates of a page, so it can answer in one query. A section with
"revoked": True makes the verification page say the certificate is revoked.
Courses need not know those apps (the credentials app adds its credential).
"""

from wagtail import hooks


def certificate_sections(certificates, request):
    sections = {certificate.pk: [] for certificate in certificates}
    if not certificates:
        return sections
    for sections_for in hooks.get_hooks("portal_certificate_sections"):
        for pk, section in sections_for(certificates, request).items():
            sections[pk].append(section)
    return sections
