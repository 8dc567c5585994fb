"""`make bench`: serve the portal with gunicorn and production settings, load it
with Locust over loopback, and compare every page with a static file.

PostgreSQL and Redis are used when DATABASE_URL and REDIS_URL are set; otherwise
a separate SQLite file (.bench/bench.sqlite3) and per-process memory caches.
The results table is printed and written to bench/results/latest.json.
"""

import json
import os
import platform
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".bench"
PYTHON = sys.executable
BIN = Path(PYTHON).parent
WORKERS = 2
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
USERS = int(os.environ.get("BENCH_USERS", "16"))
FLOW_USERS = 8
SIZE = os.environ.get("BENCH_SIZE", "S")

# The targets, as ratios of the static file's req/s from the same run.
ANONYMOUS_RATIO = 0.25
SIGNED_IN_RATIO = 0.10
FLOW_P95_MS = 150
DASHBOARD_P95_MS_AT_L = 50


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment():
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", f"sqlite:///{WORK / 'bench.sqlite3'}")
    env.update(
        {
            "SECRET_KEY": "bench-only-not-a-secret-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "EMAIL_HOST": "localhost",
            # A bench-only signing key (production refuses the development one).
            "CREDENTIALS_SIGNING_KEY": (
                "z3u2UNNegCtiBJ6QG5RTdPJas4pXzAswvmxRJge18PYgeoRy"
            ),
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": str(WORK / "static"),
            "MEDIA_ROOT": str(WORK / "media"),
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def manage(env, settings, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": f"portal.settings.{settings}"},
        check=True,
        stdout=subprocess.DEVNULL,
    )


def set_up(env):
    """Migrate, load the demo, seed learners and collect static files."""
    WORK.mkdir(exist_ok=True)
    print(f"Preparing data (size {SIZE}) on {env['DATABASE_URL'].split(':')[0]}…")
    manage(env, "dev", "migrate", "--noinput")
    manage(env, "dev", "load_demo")
    manage(env, "dev", "seed_scale", SIZE)
    manage(env, "production", "collectstatic", "--noinput")
    prepared = subprocess.run(
        [PYTHON, "bench/prepare.py", str(FLOW_USERS)],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "portal.settings.production"},
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(prepared.stdout)


def start_server(env, port):
    log = open(WORK / "gunicorn.log", "w")  # noqa: SIM115 - closed with the server
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "portal.wsgi:application",
            f"--workers={WORKERS}",
            f"--bind=127.0.0.1:{port}",
            "--worker-class=sync",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "portal.settings.production"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz") as reply:
                if reply.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    sys.exit(f"gunicorn did not become healthy; see {WORK / 'gunicorn.log'}")


def warm(host, plan):
    """Fill the page cache and each worker's template cache before measuring."""
    for _round in range(2 * WORKERS):
        for path in [plan["static"], *plan["anonymous"].values()]:
            urllib.request.urlopen(host + path).read()


def ratio_rows(results):
    ceiling = results["static"]["page"]["rps"]
    rows = []
    for scenario, entries in results.items():
        for name, entry in entries.items():
            label = scenario if name in ("page", "Aggregated") else name
            if scenario == "signed-in flow" and name != "Aggregated":
                label = f"  flow: {name}"
            rows.append({"name": label, **entry, "ratio": entry["rps"] / ceiling})
    return ceiling, rows


def check_targets(results, ceiling):
    """[(target, measured, met)] for the issue's targets."""
    checks = []
    for scenario, entries in results.items():
        rps = next(iter(entries.values()))["rps"]
        if scenario.startswith("anonymous"):
            checks.append(
                (f"{scenario} ≥ 25% of static", rps / ceiling, ANONYMOUS_RATIO)
            )
        elif scenario in ("signed-in lesson", "signed-in complete"):
            checks.append(
                (f"{scenario} ≥ 10% of static", rps / ceiling, SIGNED_IN_RATIO)
            )
    verdicts = [
        {"target": label, "measured": f"{value:.0%}", "met": value >= threshold}
        for label, value, threshold in checks
    ]
    flow_p95 = results["signed-in flow"]["Aggregated"]["p95"]
    verdicts.append(
        {
            "target": f"signed-in flow p95 ≤ {FLOW_P95_MS} ms at {FLOW_USERS} users",
            "measured": f"{flow_p95} ms",
            "met": flow_p95 <= FLOW_P95_MS,
        }
    )
    if SIZE == "L":
        dashboard_p95 = results["signed-in flow"]["dashboard"]["p95"]
        verdicts.append(
            {
                "target": f"size L: dashboard p95 ≤ {DASHBOARD_P95_MS_AT_L} ms",
                "measured": f"{dashboard_p95} ms",
                "met": dashboard_p95 <= DASHBOARD_P95_MS_AT_L,
            }
        )
    errors = sum(
        entry["errors"]
        for entries in results.values()
        for name, entry in entries.items()
        if name != "Aggregated" or len(entries) == 1
    )
    verdicts.append({"target": "0 errors", "measured": str(errors), "met": errors == 0})
    return verdicts


def print_table(ceiling, rows, verdicts):
    print()
    header = (
        f"{'scenario':34} {'req/s':>8} {'p50':>6} {'p95':>6} {'p99':>6} "
        f"{'errors':>7} {'of static':>10}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['name']:34} {row['rps']:8.1f} {row['p50']:6} {row['p95']:6} "
            f"{row['p99']:6} {row['errors']:7} {row['ratio']:10.0%}"
        )
    print(f"\nStatic ceiling: {ceiling:.1f} req/s. Times in milliseconds.\n")
    for verdict in verdicts:
        mark = "met" if verdict["met"] else "MISSED"
        print(f"  [{mark:6}] {verdict['target']}: {verdict['measured']}")


def main():
    started = time.monotonic()
    env = environment()
    plan = set_up(env)
    plan["cookies"] = {"session": "sessionid", "csrf": "csrftoken"}
    port = free_port()
    host = f"http://127.0.0.1:{port}"
    server = start_server(env, port)
    try:
        warm(host, plan)
        print(f"Measuring {SECONDS} s per scenario, {USERS} virtual users…")
        measured = subprocess.run(
            [PYTHON, "bench/loadtest.py"],
            cwd=ROOT,
            input=json.dumps(
                {
                    "plan": plan,
                    "host": host,
                    "seconds": SECONDS,
                    "users": USERS,
                    "flow_users": FLOW_USERS,
                }
            ),
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    results = json.loads(measured.stdout)
    ceiling, rows = ratio_rows(results)
    verdicts = check_targets(results, ceiling)
    print_table(ceiling, rows, verdicts)
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "database": env["DATABASE_URL"].split(":")[0],
        "cache": "redis" if env.get("REDIS_URL") else "local memory",
        "size": SIZE,
        "workers": WORKERS,
        "seconds_per_scenario": SECONDS,
        "virtual_users": USERS,
        "flow_users": FLOW_USERS,
        "static_ceiling_rps": ceiling,
        "rows": rows,
        "targets": verdicts,
        "duration_seconds": round(time.monotonic() - started),
    }
    output = ROOT / "bench" / "results" / "latest.json"
    output.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nWritten to {output.relative_to(ROOT)} in {report['duration_seconds']} s.")
    return 0 if all(verdict["met"] for verdict in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
