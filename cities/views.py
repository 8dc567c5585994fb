"""Expressing interest in a challenge, scoring an assessment and a learner's
stored results. State changes are POST only."""

from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_POST

from home.chrome import active_locale

from .assessments import (
    AssessmentForm,
    dimensions_of,
    localised_assessment,
    past_results,
    rename_to_current,
    result_context,
    save_result,
    score,
    scores_of,
)
from .challenges import challenge_context
from .interests import AlreadyExpressed, InterestForm, RateLimited, express_interest
from .models import AssessmentPage, AssessmentResult, ChallengePage


def render_page(request, page, extra, status):
    """The page's own template with its context plus `extra` (e.g. a bound form
    with errors), as Wagtail would serve it."""
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, page.get_template(request), context, status=status)


@require_POST
@login_required
def express_interest_view(request, challenge_id):
    challenge = get_object_or_404(
        ChallengePage.objects.live().public(), pk=challenge_id
    )
    form = InterestForm(request.POST)

    def again(status):
        return render_page(
            request,
            challenge,
            challenge_context(challenge, request, form=form),
            status=status,
        )

    if not form.is_valid():
        return again(400)
    try:
        express_interest(request.user, challenge, form.cleaned_data["message"])
    except AlreadyExpressed as already:
        messages.info(
            request,
            _(
                "You told the city you can help with this challenge on %(date)s; "
                "it has your message. You can express interest once per challenge."
            )
            % {"date": date_format(already.interest.created_at, "DATE_FORMAT")},
        )
        return redirect(challenge.get_url(request))
    except RateLimited:
        form.add_error(
            None,
            _(
                "You have sent as many expressions of interest as we accept in an "
                "hour. Your message is kept below: please send it again later."
            ),
        )
        return again(429)
    messages.success(
        request,
        _(
            "Thank you: the city and the programme team will see your interest "
            "and may contact you by email."
        ),
    )
    return redirect(challenge.get_url(request))


@csrf_exempt
@require_POST
def score_assessment_view(request, assessment_id):
    """Score a submission. Anonymous visitors' answers change nothing on the
    server, so their cached form needs no CSRF token; a signed-in learner's
    submission stores a result and is CSRF-checked as usual."""
    if request.user.is_authenticated:
        return csrf_protect(_score)(request, assessment_id)
    return _score(request, assessment_id)


def _score(request, assessment_id):
    assessment = get_object_or_404(
        AssessmentPage.objects.live().public(), pk=assessment_id
    )
    dimensions = dimensions_of(assessment)
    form = AssessmentForm(request.POST, dimensions=dimensions)
    if not form.is_valid():
        return render_page(
            request,
            assessment,
            {
                "form": form,
                "past_results": past_results(request.user, assessment.translation_key),
            },
            status=400,
        )
    answers = form.answers()
    scores, total = score(dimensions, answers)
    if request.user.is_authenticated:
        result = save_result(request.user, assessment, scores, total, answers)
        return redirect("cities:result", result_id=result.pk)
    context = result_context(assessment, scores, total, assessment.locale_id)
    context.update(
        {
            "page": assessment,
            "result": None,
            "sign_in_url": f"{reverse('account_login')}?next={quote(assessment.url)}",
        }
    )
    return TemplateResponse(request, "cities/assessment_result.html", context)


@require_GET
@login_required
def result_view(request, result_id):
    result = (
        AssessmentResult.objects.filter(pk=result_id, user=request.user)
        .prefetch_related("dimension_scores")
        .first()
    )
    if result is None:
        # Someone else's result looks exactly like one that doesn't exist.
        raise Http404
    locale = active_locale()
    assessment = localised_assessment(result, locale.pk)
    previous = (
        AssessmentResult.objects.filter(
            user=request.user,
            assessment_key=result.assessment_key,
            created_at__lte=result.created_at,
            pk__lt=result.pk,
        )
        .order_by("-created_at", "-pk")
        .prefetch_related("dimension_scores")
        .first()
    )
    scores = rename_to_current(scores_of(result), assessment)
    context = result_context(
        assessment,
        scores,
        result.total,
        locale.pk,
        previous=scores_of(previous) if previous else None,
    )
    context.update(
        {
            "result": result,
            "previous": previous,
            "history": past_results(request.user, result.assessment_key),
        }
    )
    return TemplateResponse(request, "cities/assessment_result.html", context)
