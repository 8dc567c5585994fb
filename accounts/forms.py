"""Sign-up and profile forms for learners."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import User

PROFILE_FIELDS = [
    "full_name",
    "organisation_type",
    "organisation_name",
    "country",
    "city",
    "preferred_language",
]


class ProfileFieldsMixin:
    """Shared rules for the profile fields on sign-up and on the profile page."""

    def _require_profile_basics(self):
        self.fields["full_name"].required = True
        self.fields["organisation_type"].required = True
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation_name"].widget.attrs["autocomplete"] = "organization"
        self.fields["city"].widget.attrs["autocomplete"] = "address-level2"
        self.fields["country"].widget.attrs["autocomplete"] = "country"


class ProfileSignupForm(ProfileFieldsMixin, forms.ModelForm):
    """Extra fields allauth adds to its sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    privacy_consent = forms.BooleanField(
        label=_("I have read and accept the privacy notice."),
        required=True,
        error_messages={
            "required": _("You need to accept the privacy notice to create an account.")
        },
    )

    class Meta:
        model = User
        fields = PROFILE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._require_profile_basics()

    def signup(self, request, user):
        for field in PROFILE_FIELDS:
            setattr(user, field, self.cleaned_data[field])
        user.privacy_consent_at = timezone.now()
        user.save()


class ProfileForm(ProfileFieldsMixin, forms.ModelForm):
    """The learner edits their own profile."""

    class Meta:
        model = User
        fields = PROFILE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._require_profile_basics()
