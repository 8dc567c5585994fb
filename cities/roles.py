"""Who sees the cities section's admin reports (see home/roles.py for the groups).

Expressions of interest are messages to the cities: Editors (and so
Moderators) and Programme managers see and export them. The readiness report
uses the programme reports permission of Programme managers.
"""

INTEREST_PERMISSION = ("cities", "view_expressions_of_interest")
GROUPS_SEEING_INTERESTS = [
    "Editors",
    "Moderators",
    "Programme managers",
    "Administrators",
]


def ensure_interest_permission(apps):
    """Give the groups the permission; they are created when missing, so this
    works before or after home.roles.ensure_roles. Takes an app registry so a
    data migration can use it with historical models."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = INTEREST_PERMISSION
    permission = Permission.objects.get(
        content_type__app_label=app_label, codename=codename
    )
    for name in GROUPS_SEEING_INTERESTS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)
