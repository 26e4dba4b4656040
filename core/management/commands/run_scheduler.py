"""`manage.py run_scheduler`: scheduled go-live and expiry, every DEPESCHE_SCHEDULER_SECONDS
(core/scheduling.py; docs/operations.md, «Scheduler»). Started by `make run` and `make prod`;
stops at the end of the pass it is in on SIGTERM or SIGINT."""

import logging
import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from core.scheduling import scheduled_changes_apply, scheduler_pass

logger = logging.getLogger("core.scheduling")


class Command(BaseCommand):
    help = "Publishes scheduled revisions and unpublishes expired pages, every few seconds."

    def add_arguments(self, parser):
        parser.add_argument(
            "--seconds",
            type=float,
            default=None,
            help="Seconds between passes (default: DEPESCHE_SCHEDULER_SECONDS).",
        )
        parser.add_argument("--once", action="store_true", help="One pass, then exit.")

    def handle(self, *args, seconds=None, once=False, **options):
        seconds = settings.DEPESCHE_SCHEDULER_SECONDS if seconds is None else seconds
        stop = threading.Event()

        def request_stop(signum, frame):
            stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        if not once:
            logger.info("scheduler: every %s s", seconds)
        while not stop.is_set():
            try:
                scheduled_changes_apply()
                # Higher layers' periodic work (the agencies' poller): its failure is logged
                # and never stops the scheduler.
                for receiver, error in scheduler_pass.send_robust(sender=self.__class__):
                    if isinstance(error, Exception):
                        logger.error("scheduler: %r failed: %s", receiver, error)
            except DatabaseError:
                # The database is away (restarting, failing over): try again next pass.
                logger.exception("scheduler: pass failed")
            if once:
                return
            stop.wait(seconds)
            # As after a request: a connection that broke or outlived CONN_MAX_AGE goes.
            close_old_connections()
        logger.info("scheduler: stopped")
