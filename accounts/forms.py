"""Sign-up and profile forms for learners."""

import unicodedata

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
TEXT_FIELDS = ["full_name", "organisation_name", "city"]
# Direction embeddings, overrides and isolates: they can make a name read
# differently from what it is (on a certificate, in a report). The marks
# Hebrew and Arabic text may need (U+200E, U+200F) stay allowed.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def refuse_control_characters(value):
    """Names and places are one line of visible text: no tab, line break,
    escape or other control character, no direction override."""
    if any(
        unicodedata.category(character) == "Cc" or character in BIDI_CONTROLS
        for character in value
    ):
        raise forms.ValidationError(
            _(
                "Remove the invisible characters (such as tabs, line breaks or "
                "text-direction controls)."
            ),
            code="control_characters",
        )


class ProfileFieldsMixin:
    """Shared rules for the profile fields on sign-up and on the profile page."""

    def _require_profile_basics(self):
        self.fields["full_name"].required = True
        self.fields["organisation_type"].required = True
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation_name"].widget.attrs["autocomplete"] = "organization"
        self.fields["city"].widget.attrs["autocomplete"] = "address-level2"
        self.fields["country"].widget.attrs["autocomplete"] = "country"
        for name in TEXT_FIELDS:
            self.fields[name].validators.append(refuse_control_characters)


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


class DeleteAccountForm(forms.Form):
    """The learner confirms the deletion of their account with their password."""

    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={
            "required": _("Enter your current password to delete your account.")
        },
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("That is not your current password. Your account was not deleted."),
                code="password_incorrect",
            )
        return password
