"""Public documents of the issuer, and the learner's credential downloads."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseNotModified, JsonResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET, require_safe

from courses.models import Certificate
from courses.views import is_certificate_code

from .elm import europass_credential
from .issuer import base_url, did_document, issuer_did, issuer_name
from .keys import previous_public_keys, signing_key
from .services import credential_for, serialise
from .status import status_list_document

# The media type of a credential with an embedded proof (VC Data Model 2.0).
VC_MEDIA_TYPE = "application/vc"


def public(response):
    """Anyone may cache the issuer's documents briefly, and read them from any
    origin (web wallets and verifiers run in browsers)."""
    patch_cache_control(
        response, public=True, max_age=settings.CREDENTIALS_STATUS_MAX_AGE
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def did_json(request):
    """The issuer's DID document (did:web resolves to this address)."""
    response = JsonResponse(did_document(), content_type="application/did+json")
    return public(response)


@require_safe
def status_list(request, number):
    found = status_list_document(number)
    if found is None:
        raise Http404
    body, etag = found
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type=VC_MEDIA_TYPE)
    response["ETag"] = etag
    return public(response)


@require_GET
def vocabulary(request):
    """The issuer's terms are explained on its page, in the visitor's language
    (the browser keeps the #term of the address)."""
    language = translation.get_language_from_request(request)
    return redirect(f"/{language}/credentials/issuer/")


@require_GET
def issuer_page(request):
    return render(
        request,
        "credentials/issuer.html",
        {
            "issuer_name": issuer_name(),
            "did": issuer_did(),
            "current_key": signing_key().public_multibase,
            "previous_keys": previous_public_keys(),
            "did_url": base_url() + "/.well-known/did.json",
            "base_url": base_url(),
        },
    )


def own_certificate(request, code):
    """The signed-in learner's certificate with this code, else 404 (someone
    else's certificate looks exactly like one that does not exist)."""
    code = code.upper()
    certificate = (
        Certificate.objects.filter(code=code, user=request.user).first()
        if is_certificate_code(code)
        else None
    )
    if certificate is None:
        raise Http404
    return certificate


def attachment(body, content_type, filename):
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@login_required
def download_credential(request, code):
    """The learner's Open Badges credential, issued now if it never was."""
    certificate = own_certificate(request, code)
    credential = credential_for(certificate)
    if credential is None:
        raise Http404
    return attachment(
        credential.document,
        VC_MEDIA_TYPE,
        f"credential-{certificate.code}.json",
    )


@require_GET
@login_required
def download_europass(request, code):
    """A micro-credential as an unsealed European Learning Model credential."""
    certificate = own_certificate(request, code)
    credential = credential_for(certificate)
    if credential is None or not credential.is_micro_credential:
        raise Http404
    return attachment(
        serialise(europass_credential(credential)),
        "application/ld+json",
        f"europass-{certificate.code}.jsonld",
    )
