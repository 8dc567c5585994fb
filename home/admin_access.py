"""Admin menu items and views guarded by one plain Django permission."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    """An admin menu item shown only to users with one permission."""

    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class RequirePermissionMixin:
    """For admin report views: refuse anyone without `required_permission`.

    Wagtail's own checks go through a model's permission policy, which these
    reports (of aggregates, not of one model) do not have.
    """

    required_permission = None
    permission_policy = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.required_permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def register_reports(reports, first_order):
    """Admin URLs and a Reports-menu item, shown only with its permission, for
    each (slug, url name, view, label, permission, icon) in `reports`."""

    @hooks.register("register_admin_urls")
    def register_report_urls():
        urls = []
        for slug, name, view, _label, _permission, _icon in reports:
            urls += [
                path(f"reports/{slug}/", view.as_view(), name=name),
                path(
                    f"reports/{slug}/results/",
                    view.as_view(results_only=True),
                    name=f"{name}_results",
                ),
            ]
        return urls

    def register_menu_item(name, label, permission, icon, order):
        hooks.register(
            "register_reports_menu_item",
            lambda: PermissionMenuItem(
                label, reverse(name), icon_name=icon, order=order, permission=permission
            ),
        )

    for order, (_slug, name, _view, label, permission, icon) in enumerate(reports):
        register_menu_item(name, label, permission, icon, first_order + order)


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class FormulaSafeExportMixin:
    """CSV exports that a spreadsheet cannot run: a text cell that would start
    a formula (a learner named "=HYPERLINK(…)", a course title) gets a leading
    apostrophe, as OWASP advises. XLSX needs nothing: Wagtail already stores
    such values as text cells there. Numbers and dates are left alone.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if (
            export_format == self.FORMAT_CSV
            and isinstance(value, str)
            and value.startswith(FORMULA_PREFIXES)
        ):
            return "'" + value
        return value
