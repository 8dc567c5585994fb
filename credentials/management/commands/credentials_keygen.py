from django.core.management.base import BaseCommand

from credentials.keys import SigningKey


class Command(BaseCommand):
    help = (
        "Print a new Ed25519 key pair for signing credentials: the private key "
        "for CREDENTIALS_SIGNING_KEY and its public key. Nothing is stored."
    )

    def handle(self, *args, **options):
        key = SigningKey.generate()
        self.stdout.write(f"CREDENTIALS_SIGNING_KEY={key.private_multibase}")
        # After the next rotation, this goes into CREDENTIALS_PREVIOUS_KEYS.
        self.stdout.write(f"public key: {key.public_multibase}")
