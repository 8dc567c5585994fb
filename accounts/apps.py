from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        # Connects the receiver that counts a TOTP activation as a passed
        # second factor for the session.
        from . import mfa  # noqa: F401
