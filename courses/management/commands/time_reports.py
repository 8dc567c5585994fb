"""Time the admin report pages against the current database (e.g. after seed_scale)."""

import time

from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.test import Client, RequestFactory

from accounts.mfa import record_mfa

URLS = [
    "/admin/reports/programme-kpis/",
    "/admin/reports/programme-kpis/?period_from=2026-01-01&period_to=2026-12-31",
    "/admin/reports/programme-kpis/?export=csv",
    "/admin/reports/course-funnel/",
    "/admin/reports/course-funnel/?export=csv",
    "/admin/reports/learners/",
    "/admin/reports/learners/?q=learner-4242",
    "/admin/reports/learners/?export=csv",
    "/admin/reports/expressions-of-interest/",
    "/admin/reports/expressions-of-interest/?export=csv",
    "/admin/reports/readiness/",
    "/admin/",
]


class Command(BaseCommand):
    help = "Print how long each admin report takes to answer (best of --runs)."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=3)

    def handle(self, runs, **options):
        user = get_user_model().objects.filter(is_superuser=True).first()
        if user is None:
            raise CommandError("No superuser to sign in with; run load_demo first.")
        authenticator = Authenticator.objects.filter(
            user=user, type=Authenticator.Type.TOTP
        ).first()
        if authenticator is None:
            raise CommandError("The superuser has no TOTP; run load_demo first.")
        client = Client(SERVER_NAME="localhost")
        client.force_login(user)
        # The admin wants the second-factor step recorded in the session.
        request = RequestFactory().get("/")
        request.session = client.session
        record_mfa(request, authenticator)
        request.session.save()
        for url in URLS:
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                response = client.get(url)
                if getattr(response, "streaming", False):
                    b"".join(response.streaming_content)
                timings.append(time.perf_counter() - started)
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code}")
            self.stdout.write(
                f"{response.status_code}  {min(timings) * 1000:8.0f} ms  {url}"
            )
