"""The learner's own profile page, their data export and account deletion."""

import json

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from .data_export import export_user_data
from .deletion import can_delete_own_account, delete_account
from .forms import DeleteAccountForm, ProfileForm


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect("accounts:profile")
        return render(request, "accounts/profile.html", {"form": form}, status=400)
    return render(request, "accounts/profile.html", {"form": form})


@require_GET
@login_required
def data_export(request):
    """Everything about the signed-in learner as a JSON download; never anyone
    else's: the view takes no user parameter at all."""
    data = export_user_data(request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json",
    )
    filename = f"smart-cities-academy-data-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Personal data: no browser or proxy may keep a copy.
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
@login_required
def delete_account_view(request):
    """GET explains what deletion removes and keeps; POST with the current
    password deletes. Nothing is deleted on GET or with a wrong password."""
    user = request.user
    template = "accounts/delete_account.html"
    if not can_delete_own_account(user):
        status = 403 if request.method == "POST" else 200
        return render(request, template, {"form": None}, status=status)
    if request.method == "GET":
        return render(request, template, {"form": DeleteAccountForm(user)})
    # Counts towards allauth's "reauthenticate" limit: no password guessing here.
    limited = ratelimit.consume_or_429(request, action="reauthenticate", user=user)
    if limited:
        return limited
    form = DeleteAccountForm(user, request.POST)
    if not form.is_valid():
        return render(request, template, {"form": form})
    delete_account(user)
    logout(request)
    messages.success(request, _("Your account has been deleted."))
    return redirect(f"/{translation.get_language()}/")
