"""A micro-credential as a European Learning Model (ELM 3) credential, for the
European Digital Credentials for Learning (EDC).

The export is unsealed: a programme partner that holds a qualified electronic
seal imports it into the EDC issuer, which seals and issues it (the portal
never seals). It is built from the stored Open Badges credential, so it says
what the credential said at issue. Where Annex I of the Council
Recommendation meets ELM:

- learner: `credentialSubject.fullName`; title: the achievement's `title`
- awarding body and its country: `awardedBy.awardingBody` (`location`)
- date of issuing: `awardedBy.awardingDate`, `issued`, `validFrom`
- learning outcomes: `specifiedBy.learningOutcome`
- notional workload: `specifiedBy.volumeOfLearning` (and `creditPoint`, ECTS)
- EQF level: `specifiedBy.educationLevel`
- type of assessment: `specifiedBy.provenBy` (a LearningAssessmentSpecification)
- form of participation: `specifiedBy.influencedBy` (a LearningActivitySpecification)
- quality assurance: `specifiedBy.additionalNote`
- prerequisites: `specifiedBy.entryRequirement`

Concept identifiers are those of the EU vocabularies (publications.europa.eu
authority tables and data.europa.eu/snb), as the EBSI examples use them.
"""

import base64
import json

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries

from .display import certificate_png
from .issuer import issuer_did

EDC_CONTEXT = "http://data.europa.eu/snb/model/context/edc-ap"
EDC_SCHEMAS = [
    {
        "id": "http://data.europa.eu/snb/model/ap/edc-generic-full",
        "type": "ShaclValidator2017",
    },
    {
        "id": "https://api-pilot.ebsi.eu/trusted-schemas-registry/v3/schemas/"
        "0x7ff3bc76bd5e37b3d29721b8698646a722a24a4f4ab0a0ba63d4bbbe0ef9758d",
        "type": "JsonSchema",
    },
]
AUTHORITY = "http://publications.europa.eu/resource/authority/"
SNB = "http://data.europa.eu/snb/"
# The portal's languages in the EU's language authority table.
LANGUAGE_CODES = {"en": "ENG", "es": "SPA", "it": "ITA", "he": "HEB", "ar": "ARA"}


def concept(concept_id, scheme, label, language, notation=None):
    data = {
        "id": concept_id,
        "type": "Concept",
        "inScheme": {"id": scheme, "type": "ConceptScheme"},
        "prefLabel": {language: [label]},
    }
    if notation:
        data["notation"] = notation
    return data


def language_concept(code):
    with translation.override(code):
        label = translation.get_language_info(code)["name_local"]
    return concept(
        AUTHORITY + "language/" + LANGUAGE_CODES[code],
        AUTHORITY + "language",
        label,
        code,
        "language",
    )


def country_concept(alpha2, language):
    alpha3 = countries.alpha3(alpha2)
    with translation.override(language):
        label = str(countries.name(alpha2))
    return concept(
        AUTHORITY + "country/" + alpha3,
        AUTHORITY + "country",
        label,
        language,
        "country",
    )


def note(text, language):
    return {"type": "Note", "noteLiteral": {language: [text]}}


def organisation(name, language):
    country = settings.CREDENTIALS_ISSUER_COUNTRY
    return {
        "id": issuer_did(),
        "type": "Organisation",
        "legalName": {language: [name]},
        "location": [
            {
                "id": "urn:epass:location:1",
                "type": "Location",
                "address": [
                    {
                        "id": "urn:epass:address:1",
                        "type": "Address",
                        "countryCode": country_concept(country, language),
                    }
                ],
            }
        ],
    }


def specification(achievement, language):
    """The micro-credential's elements as a LearningAchievementSpecification."""
    elements = achievement["microCredential"]
    title = achievement["name"]
    spec = {
        "id": "urn:epass:learningAchievementSpec:1",
        "type": "LearningAchievementSpecification",
        "title": {language: [title]},
        "description": {language: [achievement["description"]]},
        "language": [language_concept(language)],
        "homepage": [
            {"type": "WebResource", "contentURL": achievement["criteria"]["id"]}
        ],
        "learningOutcome": [
            {
                "id": f"urn:epass:learningOutcome:{number}",
                "type": "LearningOutcome",
                "title": {language: [outcome]},
            }
            for number, outcome in enumerate(elements["learningOutcome"], start=1)
        ],
        "volumeOfLearning": elements["notionalWorkload"],
        "provenBy": [
            {
                "id": "urn:epass:learningAssessmentSpec:1",
                "type": "LearningAssessmentSpecification",
                "title": {language: [_("Assessment")]},
                "description": {language: [elements["assessmentType"]]},
            }
        ],
        "influencedBy": [
            {
                "id": "urn:epass:learningActivitySpec:1",
                "type": "LearningActivitySpecification",
                "title": {language: [title]},
                "description": {language: [elements["formOfParticipation"]]},
                "volumeOfLearning": elements["notionalWorkload"],
            }
        ],
        "entryRequirement": note(elements["prerequisites"], language),
        "additionalNote": [
            note(
                _("Quality assurance: %(text)s")
                % {"text": elements["qualityAssurance"]},
                language,
            )
        ],
    }
    if "ectsCredits" in elements:
        spec["creditPoint"] = [
            {
                "id": "urn:epass:creditPoint:1",
                "type": "CreditPoint",
                "framework": concept(
                    SNB + "education-credit/6fcec5c5af",
                    SNB + "education-credit/25831c2",
                    "European Credit Transfer System",
                    "en",
                ),
                "point": elements["ectsCredits"],
            }
        ]
    if "eqfLevel" in elements:
        level = elements["eqfLevel"]
        spec["educationLevel"] = [
            concept(
                SNB + f"eqf/{level}",
                SNB + "eqf/25831c2",
                _("EQF level %(level)s") % {"level": level},
                language,
            )
        ]
    return spec


def display(credential, document, language):
    image = base64.b64encode(certificate_png(credential.certificate, language)).decode()
    title = _("Micro-credential: %(title)s") % {"title": document["name"]}
    return {
        "id": "urn:epass:displayParameter:1",
        "type": "DisplayParameter",
        "title": {language: [title]},
        "language": [language_concept(language)],
        "primaryLanguage": language_concept(language),
        "individualDisplay": [
            {
                "id": "urn:epass:individualDisplay:1",
                "type": "IndividualDisplay",
                "language": language_concept(language),
                "displayDetail": [
                    {
                        "id": "urn:epass:displayDetail:1",
                        "type": "DisplayDetail",
                        "page": 1,
                        "image": {
                            "id": "urn:epass:mediaObject:1",
                            "type": "MediaObject",
                            "content": image,
                            "contentEncoding": concept(
                                SNB + "encoding/6146cde7dd",
                                SNB + "encoding/25831c2",
                                "base64",
                                "en",
                            ),
                            "contentType": concept(
                                AUTHORITY + "file-type/PNG",
                                AUTHORITY + "file-type",
                                "PNG",
                                "en",
                                "file-type",
                            ),
                        },
                    }
                ],
            }
        ],
    }


def europass_credential(credential):
    """The unsealed ELM credential (a dict) of a micro-credential."""
    document = json.loads(credential.document)
    language = credential.language
    achievement = document["credentialSubject"]["achievement"]
    issued = document["validFrom"]
    with translation.override(language):
        awarding_body = organisation(document["issuer"]["name"], language)
        return {
            "@context": ["https://www.w3.org/ns/credentials/v2", EDC_CONTEXT],
            "id": f"urn:credential:{credential.uuid}",
            "type": [
                "VerifiableCredential",
                "VerifiableAttestation",
                "EuropeanDigitalCredential",
            ],
            "credentialSchema": EDC_SCHEMAS,
            "credentialProfiles": [
                concept(
                    SNB + "credential/e34929035b",
                    SNB + "credential/25831c2",
                    "Generic",
                    "en",
                )
            ],
            "issuer": awarding_body,
            "issuanceDate": issued,
            "issued": issued,
            "validFrom": issued,
            "credentialSubject": {
                "type": "Person",
                "fullName": {language: [document["credentialSubject"]["name"]]},
                "hasClaim": [
                    {
                        "id": "urn:epass:learningAchievement:1",
                        "type": "LearningAchievement",
                        "title": {language: [achievement["name"]]},
                        "description": {language: [achievement["description"]]},
                        "awardedBy": {
                            "id": "urn:epass:awardingProcess:1",
                            "type": "AwardingProcess",
                            "awardingBody": [awarding_body],
                            "awardingDate": issued,
                        },
                        "specifiedBy": specification(achievement, language),
                    }
                ],
            },
            "displayParameter": display(credential, document, language),
        }
