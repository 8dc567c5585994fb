from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"

    def ready(self):
        # The learner's records in their data export (accounts/data_export.py).
        from .privacy import register_export_sections

        register_export_sections()
