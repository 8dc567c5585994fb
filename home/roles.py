"""The portal's editorial and programme roles, as Django groups.

- Editors: create and edit pages, images, documents, topics and cities; submit
  pages for moderation and for translation.
- Moderators: everything Editors can, plus approve and publish.
- Programme managers: the programme's reports and exports, including learners'
  data; no content editing.
- Administrators: everything in the admin, without being superusers.

`ensure_roles` is used by a data migration (new installs) and by `load_demo`;
it takes an app registry so it works with historical models too.
"""

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "view_page"]
MODERATOR_PAGE_PERMISSIONS = EDITOR_PAGE_PERMISSIONS + ["publish_page", "unlock_page"]
ADMIN_PAGE_PERMISSIONS = MODERATOR_PAGE_PERMISSIONS + ["bulk_delete_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
EDITOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("home", "add_topic"),
    ("home", "change_topic"),
    ("home", "view_topic"),
    ("home", "add_city"),
    ("home", "change_city"),
    ("home", "view_city"),
]
PROGRAMME_MANAGER_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("courses", "view_programme_reports"),
    ("courses", "view_learner_data"),
    ("search", "view_unansweredquery"),
]


def ensure_roles(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )

    def permissions(pairs):
        return [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in pairs
        ]

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    roles = {
        "Editors": (EDITOR_PERMISSIONS, EDITOR_PAGE_PERMISSIONS),
        "Moderators": (EDITOR_PERMISSIONS, MODERATOR_PAGE_PERMISSIONS),
        "Programme managers": (PROGRAMME_MANAGER_PERMISSIONS, []),
        "Administrators": (None, ADMIN_PAGE_PERMISSIONS),
    }
    for name, (model_permissions, page_permissions) in roles.items():
        group, _created = Group.objects.get_or_create(name=name)
        if model_permissions is None:
            group.permissions.add(*Permission.objects.all())
        else:
            group.permissions.add(*permissions(model_permissions))
        if root_page is not None:
            for permission in permissions(("wagtailcore", c) for c in page_permissions):
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission
                )
        if root_collection is not None and page_permissions:
            for permission in permissions(COLLECTION_PERMISSIONS):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
