from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CredentialsConfig(AppConfig):
    name = "credentials"
    verbose_name = _("Verifiable credentials")

    def ready(self):
        from django.db.models.signals import post_save

        from courses.models import Certificate

        from .keys import previous_public_keys, signing_key
        from .privacy import register_export_sections
        from .signals import issue_with_certificate

        # Refuse to start with a key that cannot sign, not at the first issue.
        signing_key()
        previous_public_keys()
        # courses never imports credentials: a new certificate is heard here.
        post_save.connect(
            issue_with_certificate,
            sender=Certificate,
            dispatch_uid="credentials_issue_with_certificate",
        )
        register_export_sections()
