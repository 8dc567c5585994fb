"""Learner actions (POST only), the dashboard and certificates."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from . import dashboard as dashboard_data
from .certificate_sections import certificate_sections
from .certificates import certificate_pdf
from .grading import InvalidSubmission
from .models import Certificate, CoursePage, LessonPage
from .models.learning import CODE_ALPHABET, CODE_LENGTH
from .progress import Progress, completed_lesson_keys, course_for_lesson
from .services import complete_lesson, enroll, submit_knowledge_check


def is_certificate_code(code):
    """Whether `code` could be a certificate code at all; anything else (a
    typo, a NUL that PostgreSQL refuses) is simply not found, without a query."""
    return len(code) == CODE_LENGTH and all(letter in CODE_ALPHABET for letter in code)


def wants_json(request):
    return request.headers.get("Accept", "").startswith("application/json")


def bad_request(request, message, back_url):
    return render(
        request,
        "courses/bad_request.html",
        {"message": message, "back_url": back_url},
        status=400,
    )


@require_POST
@login_required
def enroll_view(request, course_id):
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    enroll(request.user, course)
    lessons = course.outline.lessons
    if not lessons:
        messages.info(request, _("This course has no lessons yet."))
        return redirect(course.get_url(request))
    progress = Progress(course.outline, completed_lesson_keys(request.user, course))
    target = progress.next_lesson or lessons[0]
    return redirect(target.get_url(request))


@require_POST
@login_required
def complete_view(request, lesson_id):
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    course = course_for_lesson(lesson)
    if lesson.knowledge_check:
        return bad_request(
            request,
            _("This lesson completes when you pass its knowledge check."),
            lesson.get_url(request),
        )
    certificate = complete_lesson(request.user, lesson, course)
    outline = course.outline
    _previous, following = outline.neighbours(lesson)
    if wants_json(request):
        progress = Progress(outline, completed_lesson_keys(request.user, course))
        return JsonResponse(
            {
                "completed": True,
                "percent": progress.percent,
                "completed_count": progress.completed_count,
                "total": progress.total,
                "certificate": bool(certificate),
            }
        )
    if certificate:
        messages.success(request, _("Congratulations! You have completed the course."))
        return redirect(course.get_url(request))
    messages.success(request, _("Lesson marked as complete."))
    return redirect((following or course).get_url(request))


@require_POST
@login_required
def check_view(request, lesson_id):
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    if not lesson.knowledge_check:
        return bad_request(
            request, _("This lesson has no knowledge check."), lesson.get_url(request)
        )
    course = course_for_lesson(lesson)
    try:
        attempt, _results = submit_knowledge_check(
            request.user, lesson, course, request.POST
        )
    except InvalidSubmission as error:
        return bad_request(request, str(error), lesson.get_url(request))
    if attempt.passed:
        messages.success(
            request,
            _("You passed with %(score)s%%. The lesson is complete.")
            % {"score": attempt.score},
        )
    else:
        messages.warning(
            request,
            _("You scored %(score)s%%; %(pass_mark)s%% passes. Review and try again.")
            % {"score": attempt.score, "pass_mark": lesson.pass_mark},
        )
    return redirect(f"{lesson.get_url(request)}?attempt={attempt.pk}#knowledge-check")


@require_GET
@login_required
def dashboard(request):
    return render(
        request, "courses/dashboard.html", dashboard_data.build(request.user, request)
    )


@require_GET
def verify_certificate(request, code):
    normalised = code.upper().strip()
    certificate = (
        Certificate.objects.filter(code=normalised).select_related("user").first()
        if is_certificate_code(normalised)
        else None
    )
    if certificate is None:
        return render(
            request, "courses/certificate_not_found.html", {"code": code}, status=404
        )
    sections = certificate_sections([certificate], request)[certificate.pk]
    return render(
        request,
        "courses/certificate_verify.html",
        {
            "certificate": certificate,
            "certificate_sections": sections,
            "revoked": any(section.get("revoked") for section in sections),
            "is_owner": request.user.is_authenticated
            and certificate.user_id == request.user.pk,
        },
    )


@require_GET
@login_required
def download_certificate(request, code):
    certificate = (
        Certificate.objects.filter(code=code.upper(), user=request.user).first()
        if is_certificate_code(code.upper())
        else None
    )
    if certificate is None:
        # Someone else's certificate looks exactly like one that doesn't exist.
        raise Http404
    verify_url = request.build_absolute_uri(
        f"/{request.LANGUAGE_CODE}/certificates/{certificate.code}/"
    )
    pdf = certificate_pdf(certificate, verify_url)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{certificate.code}.pdf"'
    )
    return response
