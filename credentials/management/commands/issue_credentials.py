from django.core.management.base import BaseCommand

from courses.models import Certificate
from credentials.services import can_have_credential, issue_credential


class Command(BaseCommand):
    help = (
        "Issue the credential of every certificate that has none yet (those "
        "issued before credentials existed). Safe to re-run."
    )

    def handle(self, *args, **options):
        issued = 0
        pending = Certificate.objects.filter(
            credential__isnull=True, user__isnull=False
        )
        for certificate in pending.iterator(chunk_size=200):
            if can_have_credential(certificate) and issue_credential(certificate):
                issued += 1
        self.stdout.write(f"Issued {issued} credential(s).")
