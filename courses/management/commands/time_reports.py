"""Time the admin report pages against the current database (e.g. after seed_scale)."""

import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.test import Client

URLS = [
    "/admin/reports/programme-kpis/",
    "/admin/reports/programme-kpis/?period_from=2026-01-01&period_to=2026-12-31",
    "/admin/reports/programme-kpis/?export=csv",
    "/admin/reports/course-funnel/",
    "/admin/reports/course-funnel/?export=csv",
    "/admin/reports/learners/",
    "/admin/reports/learners/?q=learner-4242",
    "/admin/reports/learners/?export=csv",
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
        client = Client(SERVER_NAME="localhost")
        client.force_login(user)
        for url in URLS:
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                response = client.get(url)
                if getattr(response, "streaming", False):
                    b"".join(response.streaming_content)
                timings.append(time.perf_counter() - started)
            self.stdout.write(
                f"{response.status_code}  {min(timings) * 1000:8.0f} ms  {url}"
            )
