"""European micro-credentials: the elements a course must state, and the
editor's check that refuses to publish a micro-credential without them.

Annex I of the Council Recommendation on micro-credentials (2022/C 243/02)
lists what a micro-credential says. The learner, title, issuer, country and
date come with every certificate; the course states the rest. A draft may be
incomplete; submitting for moderation or publishing is refused, each missing
element named beside its field.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

# Fields the course must fill when it is a micro-credential (the EQF level
# and ECTS credits are optional in the Recommendation).
REQUIRED_ELEMENTS = {
    "learning_outcomes": _("List the learning outcomes of a micro-credential."),
    "notional_workload_hours": _("State the notional workload in hours."),
    "assessment_type": _("Say how learning is assessed."),
    "form_of_participation": _("Say how learners take part."),
    "quality_assurance": _("Describe the quality assurance of the course."),
    "prerequisites": _("State the prerequisites, or write “None”."),
}

MICRO_CREDENTIAL_PANEL = MultiFieldPanel(
    [
        FieldPanel("is_micro_credential"),
        FieldPanel("notional_workload_hours"),
        FieldPanel("ects_credits"),
        FieldPanel("eqf_level"),
        FieldPanel("assessment_type"),
        FieldPanel("form_of_participation"),
        FieldPanel("quality_assurance"),
        FieldPanel("prerequisites"),
    ],
    heading=_("European micro-credential"),
)


def missing_elements(values):
    """Names of the required elements that `values` (a dict) leaves empty."""
    missing = []
    for name in REQUIRED_ELEMENTS:
        value = values.get(name)
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "" or (hasattr(value, "__len__") and not value):
            missing.append(name)
    return missing


class MicroCredentialPageForm(WagtailAdminPageForm):
    """The course editor: a micro-credential is published only when complete."""

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation or not cleaned_data.get("is_micro_credential"):
            return cleaned_data  # a draft may be incomplete
        for name in missing_elements(cleaned_data):
            if name in self.fields and name not in self.errors:
                self.add_error(name, ValidationError(REQUIRED_ELEMENTS[name]))
        return cleaned_data
