"""Send the admin reports' reads to a read replica when one is configured.

Only views that opt in (`ReadFromReplicaMixin`) read from the replica: their
aggregates can be a few seconds behind without harm, while a learner must
always read what they have just written, so everything else stays on the
primary. With no "replica" database configured, nothing changes.
"""

from contextvars import ContextVar

from django.conf import settings
from django.core.signals import request_finished
from django.dispatch import receiver

REPLICA = "replica"
_reading_from_replica = ContextVar("reading_from_replica", default=False)


class ReplicaRouter:
    """Django database router: reads go to the replica inside opted-in views."""

    def db_for_read(self, model, **hints):
        if _reading_from_replica.get() and REPLICA in settings.DATABASES:
            return REPLICA
        return None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"


class ReadFromReplicaMixin:
    """For report views: read from the replica for the whole response,
    including a CSV export streamed after the view has returned."""

    def dispatch(self, request, *args, **kwargs):
        _reading_from_replica.set(True)
        return super().dispatch(request, *args, **kwargs)


@receiver(request_finished)
def stop_reading_from_replica(**kwargs):
    # Sent when the response is closed, after any streaming: the worker's next
    # request starts on the primary again.
    _reading_from_replica.set(False)
