"""The administrators' credentials list and the revocation form (/admin/)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from .models import Credential, RevocationReason
from .services import revoke

REVOKE_PERMISSION = "credentials.revoke_credential"
PER_PAGE = 50


class RevokeForm(forms.Form):
    reason = forms.ChoiceField(
        label=gettext_lazy("Reason"),
        choices=RevocationReason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=gettext_lazy("Note for administrators"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("What happened, for the record. Never published."),
    )


def require_permission(request):
    if not request.user.has_perm(REVOKE_PERMISSION):
        raise PermissionDenied


def credential_list(request):
    """Credentials, newest first, searchable by certificate code or name."""
    require_permission(request)
    query = request.GET.get("q", "").strip()[:100].replace("\x00", "")
    credentials = Credential.objects.select_related("certificate").order_by(
        "-issued_at", "-pk"
    )
    if query:
        credentials = credentials.filter(
            Q(certificate__code__iexact=query)
            | Q(certificate__name_at_issue__icontains=query)
            | Q(certificate__course_title_at_issue__icontains=query)
        )
    page = Paginator(credentials, PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "credentials/admin/list.html",
        {"page_obj": page, "query": query},
    )


@require_http_methods(["GET", "POST"])
def revoke_credential(request, pk):
    require_permission(request)
    credential = get_object_or_404(
        Credential.objects.select_related("certificate", "revoked_by"), pk=pk
    )
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and not credential.is_revoked and form.is_valid():
        revoke(
            credential,
            form.cleaned_data["reason"],
            form.cleaned_data["note"],
            request.user,
        )
        messages.success(
            request,
            _("Credential %(code)s is revoked.")
            % {"code": credential.certificate.code},
        )
        return redirect("credentials_admin:list")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "credentials/admin/revoke.html",
        {"credential": credential, "form": form},
        status=status,
    )
