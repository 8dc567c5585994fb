"""The Open Badges 3.0 `OpenBadgeCredential` of a certificate.

Built once, when the credential is issued, from the certificate (the
learner's name and the course title as they were at issue) and the course
page; then signed and stored as it is (credentials/services.py).

A micro-credential's achievement also states the elements of Annex I of the
Council Recommendation on micro-credentials. Open Badges has no terms for
them (except the EQF level, written as an alignment), so the credential
defines them in a small inline context, in the issuer's own vocabulary:
`<portal>/credentials/vocabulary#<term>`, documented on the issuer's page.
"""

import hashlib
import secrets
from datetime import UTC

from django.utils import translation
from django.utils.translation import gettext as _

from courses.models import LessonPage

from .issuer import base_url, issuer_profile
from .jsonld import CREDENTIALS_V2, OPEN_BADGES_EXTENSIONS, OPEN_BADGES_V3

ACHIEVEMENT_CREDENTIAL_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
    "ob_v3p0_achievementcredential_schema.json"
)
XSD = "http://www.w3.org/2001/XMLSchema#"
EQF_CONCEPT = "http://data.europa.eu/snb/eqf/{level}"

# The issuer's terms for the micro-credential elements; the issuer page
# explains each (templates/credentials/issuer.html, #vocabulary).
VOCABULARY_TERMS = {
    "microCredential": {},
    "learningOutcome": {},
    "notionalWorkload": {"@type": XSD + "duration"},
    "ectsCredits": {"@type": XSD + "decimal"},
    "eqfLevel": {"@type": XSD + "integer"},
    "assessmentType": {},
    "formOfParticipation": {},
    "qualityAssurance": {},
    "prerequisites": {},
}


def vocabulary_url():
    return f"{base_url()}/credentials/vocabulary"


def vocabulary_context():
    namespace = vocabulary_url() + "#"
    return {
        term: {"@id": namespace + term, **definition}
        for term, definition in VOCABULARY_TERMS.items()
    }


def timestamp(moment):
    """XML Schema dateTime in UTC to the second, as credentials write it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def identity_object(email, salt):
    """The learner as Open Badges hashes them: sha256 of email + salt."""
    digest = hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()
    return {
        "type": "IdentityObject",
        "identityHash": f"sha256${digest}",
        "identityType": "emailAddress",
        "hashed": True,
        "salt": salt,
    }


def status_entry(status_list, status_index):
    list_url = f"{base_url()}/credentials/status/{status_list}"
    return {
        "id": f"{list_url}#{status_index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(status_index),
        "statusListCredential": list_url,
    }


def micro_credential_elements(course):
    elements = {
        "learningOutcome": [block.value for block in course.learning_outcomes],
        "notionalWorkload": f"PT{course.notional_workload_hours}H",
        "assessmentType": course.assessment_type.strip(),
        "formOfParticipation": course.form_of_participation.strip(),
        "qualityAssurance": course.quality_assurance.strip(),
        "prerequisites": course.prerequisites.strip(),
    }
    if course.ects_credits is not None:
        elements["ectsCredits"] = str(course.ects_credits)
    if course.eqf_level:
        elements["eqfLevel"] = course.eqf_level
    return elements


def criteria_narrative(course):
    """What earning the certificate took: every lesson, every check (one query)."""
    lessons = list(LessonPage.objects.live().descendant_of(course))
    text = _("Complete all %(lessons)s lessons of the online course.") % {
        "lessons": len(lessons)
    }
    if any(lesson.knowledge_check for lesson in lessons):
        text += " " + _("Pass each knowledge check with its pass mark.")
    return text


def achievement(certificate, course, language):
    """The course as an Open Badges `Achievement`, in the course's language."""
    data = {
        "id": f"urn:uuid:{certificate.course_key}",
        "type": ["Achievement"],
        "achievementType": "MicroCredential"
        if course.is_micro_credential
        else "Course",
        "name": certificate.course_title_at_issue,
        "description": course.summary,
        "criteria": {
            "id": base_url() + course.get_url(),
            "narrative": criteria_narrative(course),
        },
        "inLanguage": language,
    }
    if course.is_micro_credential:
        data["microCredential"] = micro_credential_elements(course)
        if course.eqf_level:
            data["alignment"] = [
                {
                    "type": ["Alignment"],
                    "targetName": _("EQF level %(level)s")
                    % {"level": course.eqf_level},
                    "targetFramework": "European Qualifications Framework",
                    "targetCode": str(course.eqf_level),
                    "targetUrl": EQF_CONCEPT.format(level=course.eqf_level),
                }
            ]
    return data


def open_badge_credential(credential, certificate, course):
    """The unsigned credential (a dict), ready for credentials.proofs."""
    language = course.locale.language_code
    with translation.override(language):
        contexts = [CREDENTIALS_V2, OPEN_BADGES_V3, OPEN_BADGES_EXTENSIONS]
        if course.is_micro_credential:
            contexts.append(vocabulary_context())
        issued = timestamp(certificate.issued_at)
        return {
            "@context": contexts,
            "id": credential.urn,
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": issuer_profile(language),
            "validFrom": issued,
            "awardedDate": issued,
            "name": certificate.course_title_at_issue,
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "name": certificate.name_at_issue,
                "identifier": [
                    identity_object(certificate.user.email, secrets.token_hex(16))
                ],
                "achievement": achievement(certificate, course, language),
            },
            "credentialSchema": [
                {
                    "id": ACHIEVEMENT_CREDENTIAL_SCHEMA,
                    "type": "1EdTechJsonSchemaValidator2019",
                }
            ],
            "credentialStatus": status_entry(
                credential.status_list, credential.status_index
            ),
        }
