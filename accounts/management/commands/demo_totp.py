from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.mfa import current_totp_code, seconds_until_next_code


class Command(BaseCommand):
    help = (
        "Print the current two-factor (TOTP) code of an account, for signing in "
        "to the admin with the demo accounts without an authenticator app. "
        "Development only: refuses to run with production settings."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="e.g. editor@example.com")

    def handle(self, *args, email, **options):
        if settings.SETTINGS_MODULE.endswith(".production"):
            raise CommandError(
                "demo_totp reveals a second factor; it refuses to run with "
                "production settings."
            )
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError(f"No account with the email address {email}.")
        code = current_totp_code(user)
        if code is None:
            raise CommandError(f"{email} has no authenticator app set up.")
        self.stdout.write(code)
        self.stdout.write(
            f"Valid for another {seconds_until_next_code()} seconds, and only once."
        )
