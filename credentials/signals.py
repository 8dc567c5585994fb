"""A new certificate gets its credential once the certificate is committed."""

from .services import issue_on_commit


def issue_with_certificate(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        issue_on_commit(instance)
