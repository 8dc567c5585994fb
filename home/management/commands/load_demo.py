from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Load the demo site (pages in five languages, courses, resources and demo "
        "accounts). Safe to re-run: existing demo objects are left as they are."
    )

    def handle(self, *args, **options):
        if settings.SETTINGS_MODULE.endswith(".production"):
            raise CommandError(
                "load_demo creates accounts with a published password; it refuses "
                "to run with production settings."
            )
        # Each of our apps may contribute a `demo` module with a load(stdout)
        # function; they run in INSTALLED_APPS order, so home comes first.
        with transaction.atomic():
            for app in settings.LOCAL_APPS:
                module_name = f"{app}.demo"
                if find_spec(module_name) is not None:
                    import_module(module_name).load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo site ready."))
