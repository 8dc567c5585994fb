"""Administrators may revoke credentials (home/roles.py names the groups)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs
    # this one now.
    app_config = apps.get_app_config("credentials")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="credentials", codename="revoke_credential"
    )
    group, _created = Group.objects.get_or_create(name="Administrators")
    group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("credentials", "0001_initial")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
