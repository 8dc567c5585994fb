"""Give Editors, Moderators, Programme managers and Administrators the
permission to see expressions of interest (cities.roles)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need
    # this one now.
    app_config = apps.get_app_config("cities")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    from cities.roles import ensure_interest_permission

    ensure_interest_permission(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("cities", "0001_initial"),
        ("courses", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
