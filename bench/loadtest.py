"""Drive the benchmarked server with Locust and print the measurements as JSON.

Run by bench/run.py in its own process (Locust patches the standard library
with gevent on import). Each scenario runs its virtual users back to back with
no think time for a fixed period, after a short warm-up that is not counted.
"""

import json
import sys
import time
from urllib.parse import urlencode

import gevent
from locust import FastHttpUser, constant, task
from locust.env import Environment

BROWSER_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
    "Accept-Encoding": "gzip, br",
    "Accept-Language": "en",
}


def measure(user_class, host, users, seconds, warmup=2):
    """Run one scenario; return req/s, percentiles and errors per request name."""
    env = Environment(user_classes=[user_class], host=host)
    runner = env.create_local_runner()
    runner.start(users, spawn_rate=users)
    gevent.sleep(warmup)
    env.stats.reset_all()
    started = time.monotonic()
    gevent.sleep(seconds)
    elapsed = time.monotonic() - started
    runner.quit()
    results = {}
    entries = list(env.stats.entries.values())
    if len(entries) > 1:
        entries.append(env.stats.total)
    for entry in entries:
        results[entry.name] = {
            "requests": entry.num_requests,
            "errors": entry.num_failures,
            "rps": round(entry.num_requests / elapsed, 1),
            "p50": entry.get_response_time_percentile(0.50),
            "p95": entry.get_response_time_percentile(0.95),
            "p99": entry.get_response_time_percentile(0.99),
        }
    return results


def page_user(path):
    """A visitor who requests one URL again and again."""

    class PageVisitor(FastHttpUser):
        wait_time = constant(0)

        @task
        def visit(self):
            with self.client.get(
                path,
                headers=BROWSER_HEADERS,
                name="page",
                allow_redirects=False,
                catch_response=True,
            ) as response:
                if response.status_code != 200:
                    response.failure(f"status {response.status_code}")

    return PageVisitor


def learner_user(plan, actions):
    """Signed-in learners, each with their own session, repeating `actions`."""
    sessions = iter(plan["learners"] * 100)
    signed_in = plan["signed_in"]
    cookie_names = plan["cookies"]
    check_body = urlencode(signed_in["check_data"], doseq=True)

    class Learner(FastHttpUser):
        wait_time = constant(0)

        def on_start(self):
            learner = next(sessions)
            # The session cookie is Secure in production; over loopback HTTP the
            # client would withhold it, so the header is set by hand.
            self.headers = {
                **BROWSER_HEADERS,
                "Cookie": f"{cookie_names['session']}={learner['session']}; "
                f"{cookie_names['csrf']}={learner['csrf']}",
            }
            self.post_headers = {
                **self.headers,
                "X-CSRFToken": learner["csrf"],
                "Content-Type": "application/x-www-form-urlencoded",
            }

        def get(self, name):
            with self.client.get(
                signed_in[name],
                headers=self.headers,
                name=name,
                allow_redirects=False,
                catch_response=True,
            ) as response:
                if response.status_code != 200:
                    response.failure(f"status {response.status_code}")

        @task
        def flow(self):
            for action in actions:
                if action == "complete":
                    self.client.post(
                        signed_in["complete"],
                        data="",
                        headers={**self.post_headers, "Accept": "application/json"},
                        name="mark complete",
                    )
                elif action == "check":
                    with self.client.post(
                        signed_in["check"],
                        data=check_body,
                        headers=self.post_headers,
                        name="knowledge check",
                        allow_redirects=False,
                        catch_response=True,
                    ) as response:
                        if response.status_code != 302:
                            response.failure(f"status {response.status_code}")
                else:
                    self.get(action)

    return Learner


def main():
    config = json.load(sys.stdin)
    plan, host = config["plan"], config["host"]
    seconds, users = config["seconds"], config["users"]
    results = {"static": measure(page_user(plan["static"]), host, users, seconds)}
    for name, path in plan["anonymous"].items():
        results[f"anonymous {name}"] = measure(page_user(path), host, users, seconds)
    for action in ("lesson", "complete"):
        results[f"signed-in {action}"] = measure(
            learner_user(plan, [action]), host, users, seconds
        )
    results["signed-in flow"] = measure(
        learner_user(plan, ["dashboard", "lesson", "complete", "check"]),
        host,
        config["flow_users"],
        seconds,
    )
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
