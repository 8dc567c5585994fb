"""How allauth talks to the portal."""

from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.utils import translation

from .mfa import ADMIN_PREFIXES, can_enter_admin


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        # Emails go out in the recipient's preferred language.
        user = context.get("user")
        language = getattr(user, "preferred_language", "") or translation.get_language()
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def is_safe_url(self, url):
        """Never send a signed-in account to an admin it cannot enter.

        The admins send such an account to the sign-in page with ``next``
        pointing back at them; allauth would redirect it straight back, round
        and round. Refusing that ``next`` lands it on its dashboard instead,
        where the admin's "no permission" message is shown.
        """
        if not super().is_safe_url(url):
            return False
        user = getattr(allauth_context.request, "user", None)
        path = urlsplit(url).path
        if (
            user is not None
            and user.is_authenticated
            and path.startswith(ADMIN_PREFIXES)
        ):
            return can_enter_admin(user, path)
        return True
