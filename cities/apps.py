from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitiesConfig(AppConfig):
    name = "cities"
    verbose_name = _("Cities, challenges and readiness")

    def ready(self):
        # The learner's interests and results in their data export
        # (accounts/data_export.py).
        from .privacy import register_export_sections

        register_export_sections()
