"""Issue 5, benchmark 5: faults under load. Readers keep getting pages, acknowledged writes
survive, counters recover within the documented loss window.

What it does: it starts a PostgreSQL of its own (initdb into /tmp, port 5440) and a Redis of
its own (port 6390, no persistence: a killed Redis loses its memory, the worst case), never
the machine's 5432 and 6379, and the full stack on them with ops/prod.sh (Varnish 8380, the
app 8400). Then, while these loads run:

- readers: threads loading the flagship article, the home page and its section page through
  Varnish without pause (benchmark 3's readers);
- the editor: changes published through Wagtail's revision API, edit and new article in turn
  (benchmark 3's changes), each waited for until every reader saw it;
- view beacons: POST /engagement/articles/<id>/view/ through Varnish at a steady rate, each
  from another reader, to an article of their own (published at the start, outside the mixed
  load's targets), so that each acknowledged one (204, counted) must be in its counter;
- the mixed load of benchmark 4 (bench/mixed_spike.py: page reads, view beacons, guests'
  comments and poll votes as the page's scripts send them), with --mix-clients readers;
  `--mix ''` leaves it out. It is pluggable: any module with `run_mix(base_url, seconds,
  clients, *, targets)` and `verify(result, before, *, flush_wait)` (and bench/loadcheck.py's
  `targets_discover` and `snapshot`) will do. Its settings, as in benchmark 4: proof of work
  up to 10'000, rate limits ×1000, guests' comments not pre-moderated, 2 trusted proxies;

it injects, one after the other, with quiet time between:

1. Redis killed (SIGKILL), started again (empty) --redis-down seconds later;
2. the app server reloaded gracefully (gunicorn HUP);
3. the app server killed (SIGKILL to gunicorn and its workers) and started again with
   ops/prod.sh (which runs migrate and collectstatic first: tens of seconds without an app);
4. PostgreSQL stopped (`pg_ctl stop -m fast`) for --pg-down seconds, then started again.

It records per phase the reader requests and errors (expected 0: Varnish serves stale
copies), the slowest reader response and the changes published and seen; at the end, with
every service back, whether every acknowledged change is in the database (edits: the lead;
new articles: live) and the view counters against the acknowledged views: views may be lost
only within the documented window (docs/operations.md: those counted in Redis in the last
DEPESCHE_VIEWS_FLUSH_SECONDS before Redis was killed, plus the flush task's wait).

    .venv/bin/python bench/faults.py [--readers 4] [--views-per-second 20]
        [--mix-clients 4] [--fresh]

Load generator and stack share the machine's 2 cores. Everything it started is stopped at
the end, also on an error or Ctrl-C. The PostgreSQL data folder and the site (built on first
use: migrate, load_demo) are kept in /tmp/depesche-prodbench/ for the next run; --fresh
starts from initdb.

Results: bench/results/faults.json and the table in docs/performance.md (between the
`faults` markers).
"""

import argparse
import importlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from publish_visible import (
    Readers,
    article_new,
    changes_run,
    django_setup,
    newsroom,
    tasks_drained,
)
from stack import (
    VAR_ROOT,
    Background,
    BenchError,
    Stack,
    doc_write,
    facts,
    get,
    results_write,
    run_main,
    stop_on_term,
    swiss,
)

PG_PORT, REDIS_PORT = 5440, 6390
PG_DIR = VAR_ROOT / "faults-postgresql"
DATABASE_URL = f"postgres://postgres@127.0.0.1:{PG_PORT}/depesche_bench_faults"
REDIS_URL = f"redis://127.0.0.1:{REDIS_PORT}/0"
FLUSH_SECONDS = 5  # DEPESCHE_VIEWS_FLUSH_SECONDS of this stack (the default)
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 reader/{}"


def answers(port: int) -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
    except OSError:
        return False
    return True


# -- Our own PostgreSQL and Redis --------------------------------------------------------------


def _pg_bin(name: str) -> str:
    for folder in ("/usr/local/bin", "/usr/lib/postgresql/15/bin"):
        if Path(folder, name).exists():
            return str(Path(folder, name))
    found = shutil.which(name)
    if not found:
        raise BenchError(f"{name} not found (PostgreSQL's server binaries)")
    return found


class Postgres:
    """A cluster of our own in PG_DIR on PG_PORT; as root, run as the postgres user."""

    def __init__(self, fresh: bool):
        self.fresh = fresh
        self.log = VAR_ROOT / "faults-postgresql.log"
        self.socket_dir = VAR_ROOT / "faults-postgresql-socket"

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run(
            [*prefix, *command], capture_output=True, text=True, check=check, timeout=120
        )

    def init(self) -> None:
        if self.fresh:
            self.stop()
            shutil.rmtree(PG_DIR, ignore_errors=True)
        VAR_ROOT.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.socket_dir, "postgres")
            self.log.touch()
            shutil.chown(self.log, "postgres")
        if not (PG_DIR / "PG_VERSION").exists():
            PG_DIR.mkdir(parents=True, exist_ok=True)
            if os.geteuid() == 0:
                shutil.chown(PG_DIR, "postgres")
            print(f"== initdb {PG_DIR}", flush=True)
            self._run(_pg_bin("initdb"), "-D", str(PG_DIR), "-A", "trust", "-U", "postgres")

    def start(self) -> None:
        if answers(PG_PORT):
            return
        options = f"-p {PG_PORT} -c listen_addresses=127.0.0.1 -k {self.socket_dir}"
        self._run(
            _pg_bin("pg_ctl"), "-D", str(PG_DIR), "-l", str(self.log), "-o", options, "-w", "start"
        )

    def stop(self) -> None:
        if (PG_DIR / "postmaster.pid").exists():
            self._run(_pg_bin("pg_ctl"), "-D", str(PG_DIR), "-m", "fast", "-w", "stop", check=False)


class Redis:
    """redis-server on REDIS_PORT without persistence, a child of this process."""

    def __init__(self):
        self.process = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server") or "/usr/bin/redis-server",
                "--port",
                str(REDIS_PORT),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not answers(REDIS_PORT):
            if time.monotonic() > deadline:
                raise BenchError(f"redis-server does not answer on {REDIS_PORT}")
            time.sleep(0.1)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None


# -- Loads ---------------------------------------------------------------------------------------


class ViewBeacons(Background):
    """View beacons through Varnish at `rate` per second, each from another reader; counts
    the acknowledged ones (204) with the time of each."""

    def __init__(self, base_url: str, article_id: int, rate: float):
        self.url = f"{base_url}/engagement/articles/{article_id}/view/"
        self.rate = rate
        self.acknowledged: list[float] = []  # monotonic times
        self.refused: dict[str, int] = {}
        super().__init__()

    def _run(self) -> None:
        number, started = 0, time.monotonic()
        while not self._stop.is_set():
            number += 1
            headers = {
                "User-Agent": BROWSER.format(number),
                # the reader's address, as a CDN in front of Varnish would add it
                "X-Forwarded-For": f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}",
            }
            request = urllib.request.Request(self.url, data=b"", method="POST", headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    status = response.status
                    if response.headers.get("Depesche-View-Counted", "1") != "1":
                        status = "not counted"
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError as error:
                status = type(error).__name__
            if status == 204:
                self.acknowledged.append(time.monotonic())
            else:
                self.refused[str(status)] = self.refused.get(str(status), 0) + 1
            delay = started + number / self.rate - time.monotonic()
            if delay > 0:
                self._stop.wait(delay)


class Publisher(Background):
    """Benchmark 3's changes, one after the other, until stopped; keeps what was published.

    Only while the admin answers through Varnish (/healthz passes like /admin/): an editor
    publishes through the admin, on the app server, through Varnish, which refuses it while
    its probe holds the app server sick. (This process could publish without it, straight
    into PostgreSQL, and the purge would remove the pages' only copy from Varnish while it
    cannot fetch them again: readers would get 503, which no editor can cause.)"""

    join_timeout = 60

    def __init__(self, readers: Readers, site: dict, admin_url: str):
        self.readers, self.site, self.admin_url = readers, site, admin_url
        self.admin_unreachable = 0  # changes not tried: the admin did not answer
        self.changes: list[dict] = []
        super().__init__()

    def _run(self) -> None:
        while not self._stop.is_set():
            if get(self.admin_url + "/healthz", timeout=2)[0] != 200:
                self.admin_unreachable += 1
                self._stop.wait(1)
                continue
            self.changes += changes_run(
                self.readers, self.site, count=1, pause=1.0, start=len(self.changes)
            )
            self.changes[-1]["at"] = time.monotonic()


# -- The faults ----------------------------------------------------------------------------------


def app_pid(stack: Stack) -> int:
    return int((stack.var / "run" / "app.pid").read_text())


def faults_run(stack: Stack, redis: Redis, postgres: Postgres, args) -> list[dict]:
    """Inject the faults in turn; the phases with their start and end (monotonic)."""
    phases = []

    def phase(name: str, seconds: float, action=None, after=None):
        started = time.monotonic()
        print(f"== {name}", flush=True)
        detail = action() if action else None
        time.sleep(max(0.0, started + seconds - time.monotonic()))
        if after:
            after()
        phases.append({"name": name, "start": started, "end": time.monotonic(), "detail": detail})

    def app_restart():
        os.killpg(app_pid(stack), signal.SIGKILL)
        started = time.monotonic()
        stack.start()  # ops/prod.sh start: migrate, collectstatic, then gunicorn
        return {"app_down_seconds": round(time.monotonic() - started, 1)}

    phase("steady", args.quiet)
    phase(
        f"Redis killed, {args.redis_down} s down",
        args.redis_down,
        action=lambda: {"killed_at": _now(redis.kill)},
        after=redis.start,
    )
    phase("steady after Redis", args.quiet)
    phase("app server reloaded (HUP)", args.quiet, action=lambda: os.kill(app_pid(stack), 1))
    phase("app server killed and started", args.quiet, action=app_restart)
    phase(
        f"PostgreSQL stopped, {args.pg_down} s down",
        args.pg_down,
        action=postgres.stop,
        after=postgres.start,
    )
    phase("steady after PostgreSQL", args.quiet * 2)
    return phases


def _now(action) -> float:
    action()
    return time.monotonic()


# -- Verification -------------------------------------------------------------------------------


def changes_verify(site: dict, changes: list[dict]) -> dict:
    """Every acknowledged change is in the database: new articles live, the last edit's lead."""
    from django.db import connection

    from articles.models import ArticlePage

    connection.close()  # the connection from before PostgreSQL's restart is gone
    acknowledged = [c for c in changes if c["published"]]
    new = [c["marker"] for c in acknowledged if c["kind"] == "new"]
    live = set(ArticlePage.objects.live().filter(title__in=new).values_list("title", flat=True))
    edits = [c for c in acknowledged if c["kind"] == "edit"]
    lead = ArticlePage.objects.get(pk=site["article"].pk).lead
    return {
        "acknowledged": len(acknowledged),
        "refused": len(changes) - len(acknowledged),
        "new_articles_acknowledged": len(new),
        "new_articles_missing": sorted(set(new) - live),
        "last_edit_kept": (not edits) or lead == edits[-1]["marker"],
    }


def views_verify(article_id: int, before: int, beacons: ViewBeacons, redis_killed: float) -> dict:
    from django.db import connection

    from engagement.models import ArticleStats

    connection.close()
    counted = ArticleStats.objects.filter(pk=article_id).values_list("views", flat=True).first()
    counted = (counted or 0) - before
    acknowledged = len(beacons.acknowledged)
    # Views counted in Redis and not yet flushed when it was killed: at most those of the
    # flush interval before, plus the time the flush task waits for the worker (polling every
    # 0.2 s; a task takes well under a second): 2 s of margin.
    window = FLUSH_SECONDS + 2
    in_window = sum(1 for t in beacons.acknowledged if redis_killed - window <= t <= redis_killed)
    missing = acknowledged - counted
    return {
        "acknowledged": acknowledged,
        "counted": counted,
        "missing": missing,
        "loss_window_seconds": window,
        "acknowledged_in_loss_window": in_window,
        "within_loss_window": 0 <= missing <= in_window,
        "refused": beacons.refused,
    }


def mix_summary(args, mix_result: dict, check: dict | None) -> str:
    beacons = f"view beacons ({args.views_per_second:g}/s) and the editor's changes"
    if not args.mix:
        return beacons + "; no mixed load"
    if not check or "error" in check:
        return beacons + f"; {args.mix}: {check}"
    figures = mix_result["result"]["summary"]
    views = check.get("views", {})
    return (
        f"{beacons}; {args.mix} with {args.mix_clients} clients: {figures['requests']} "
        f"requests, {figures['errors']} errors (while the stack was broken), "
        f"{check['comments']['acknowledged']} comments and {check['votes']['acknowledged']} "
        f"votes acknowledged: **lost {check['lost']}, duplicated {check['duplicated']}**; "
        f"its {views.get('acknowledged', 0)} counted views against the counters: "
        f"{len(views.get('mismatches', []))} articles differ (its check allows no loss window)"
    )


def per_phase(phases: list[dict], readers: Readers, changes: list[dict]) -> list[dict]:
    rows = []
    for p in phases:
        errors = [e for e in readers.errors if p["start"] <= e[0] < p["end"]]
        mine = [c for c in changes if p["start"] <= c.get("at", 0) < p["end"]]
        rows.append(
            {
                "phase": p["name"],
                "seconds": round(p["end"] - p["start"], 1),
                "reader_errors": len(errors),
                # how long readers got errors: the tenths of a second with at least one
                "reader_error_seconds": len({int(t * 10) for t, _p, _w in errors}) / 10,
                "reader_error_samples": sorted({f"{path} {what}" for _t, path, what in errors})[:5],
                "changes_published": sum(1 for c in mine if c["published"]),
                "changes_refused": sum(1 for c in mine if not c["published"]),
                "changes_visible_max_ms": max(
                    (c["visible_ms"] for c in mine if c.get("visible_ms") is not None),
                    default=None,
                ),
                "changes_not_seen": sum(
                    1 for c in mine if c["published"] and c.get("visible_ms") is None
                ),
                "detail": p["detail"],
            }
        )
    return rows


def table(result: dict) -> str:
    lines = [
        "| phase | seconds | reader errors (seconds with errors) | changes published / refused "
        "| slowest visible | not seen in 10 s |",
        "|---|---|---|---|---|---|",
    ]
    for row in result["phases"]:
        slowest = row["changes_visible_max_ms"]
        lines.append(
            f"| {row['phase']} | {row['seconds']:.0f} | {row['reader_errors']} "
            f"({row['reader_error_seconds']:g} s) "
            f"| {row['changes_published']} / {row['changes_refused']} "
            f"| {'–' if slowest is None else f'{slowest / 1000:.2f} s'} "
            f"| {row['changes_not_seen']} |"
        )
    views, changes = result["views"], result["changes_verified"]
    f = result["facts"]
    lines += [
        "",
        f"Readers: {result['readers']} threads through Varnish, "
        f"{swiss(result['reader_requests'])} requests, **{result['reader_errors']} errors**; "
        f"slowest response {result['slowest_reader_response_ms']:.0f} ms. The editor "
        f"publishes only while the admin answers through Varnish: "
        f"{result['admin_unreachable']} tries skipped. "
        f"Acknowledged changes: {changes['acknowledged']}, new articles missing afterwards: "
        f"**{len(changes['new_articles_missing'])}**, last edit kept: "
        f"{'yes' if changes['last_edit_kept'] else '**no**'}. "
        f"Views: {views['acknowledged']} acknowledged, {views['counted']} counted, "
        f"{views['missing']} missing; {views['acknowledged_in_loss_window']} were acknowledged "
        f"in the {views['loss_window_seconds']} s before Redis was killed (the loss window): "
        f"{'**within**' if views['within_loss_window'] else '**not within**'} the window. "
        f"Write load: {result['write_load']}. Measured {f['measured_at'][:10]} at commit "
        f"{f['commit']}; load generator and the whole stack share the machine's 2 cores "
        f"(load average {f['load_average'][0]} at the end).",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--views-per-second", type=float, default=20)
    parser.add_argument("--quiet", type=float, default=15, help="seconds between faults")
    parser.add_argument("--redis-down", type=float, default=15)
    parser.add_argument("--pg-down", type=float, default=30)
    parser.add_argument(
        "--mix", default="mixed_spike", help="module with run_mix() and verify(); '' for none"
    )
    parser.add_argument("--mix-clients", type=int, default=4)
    parser.add_argument("--fresh", action="store_true", help="initdb a new PostgreSQL")
    args = parser.parse_args(argv)
    stop_on_term()
    mix = importlib.import_module(args.mix) if args.mix else None
    for port in (PG_PORT, REDIS_PORT):
        if answers(port) and not (port == PG_PORT and (PG_DIR / "postmaster.pid").exists()):
            raise BenchError(f"port {port} is taken by a server this benchmark did not start")

    postgres, redis = Postgres(args.fresh), Redis()
    stack = Stack(
        "faults",
        database_url=DATABASE_URL,
        redis_url=REDIS_URL,
        extra_env={
            "DEPESCHE_VIEWS_FLUSH_SECONDS": str(FLUSH_SECONDS),
            # benchmark 4's settings (bench/mixed_spike.py), said in the report
            "DEPESCHE_POW_MAX_NUMBER": "10000",
            "DEPESCHE_RATE_LIMIT_FACTOR": "1000",
            "DEPESCHE_COMMENTS_PREMODERATE_GUESTS": "false",
            "DEPESCHE_TRUSTED_PROXIES": "2",
        },
    )
    try:
        postgres.init()
        postgres.start()
        redis.start()
        stack.start()
        django_setup(stack.manage_env())
        tasks_drained()
        site = newsroom()
        mix_result, mix_thread, mix_before, targets = {}, None, None, None
        if mix:
            import loadcheck

            targets = loadcheck.targets_discover()  # before the articles published below
            mix_before = loadcheck.snapshot()
        # The beacons' own article: no other load counts views on it.
        title = f"Zählartikel {int(time.time())}"
        article_new(section_id=site["section"].pk, title=title, editor=site["editor"])
        from articles.models import ArticlePage

        article_id = ArticlePage.objects.get(title=title).pk
        paths = list(site["paths"].values())
        with (
            Readers(stack.url, paths, args.readers) as readers,
            ViewBeacons(stack.url, article_id, args.views_per_second) as beacons,
        ):
            if mix:
                seconds = 8 * args.quiet + args.redis_down + args.pg_down + 30
                mix_thread = threading.Thread(
                    target=lambda: mix_result.update(
                        result=mix.run_mix(stack.url, seconds, args.mix_clients, targets=targets)
                    ),
                    daemon=True,
                )
                mix_thread.start()
            time.sleep(args.quiet)  # warm: the pages in the cache, every load going
            with Publisher(readers, site, stack.url) as publisher:
                phases = faults_run(stack, redis, postgres, args)
            if mix_thread:
                mix_thread.join()
        print(f"== every service back: waiting {FLUSH_SECONDS + 5} s for the last flush")
        time.sleep(FLUSH_SECONDS + 5)
        tasks_drained(60)
        mix_check = None
        if mix:
            try:
                mix_check = mix.verify(mix_result["result"], mix_before, flush_wait=30)
            except Exception as error:  # reported, not fatal: the other checks stand
                mix_check = {"error": repr(error)}
        redis_phase = next(p for p in phases if p["name"].startswith("Redis killed"))
        changes = publisher.changes
        result = {
            "benchmark": "faults",
            "readers": args.readers,
            "reader_requests": readers.requests,
            "reader_errors": len(readers.errors),
            "slowest_reader_response_ms": round(readers.slowest * 1000, 1),
            "admin_unreachable": publisher.admin_unreachable,
            "phases": per_phase(phases, readers, changes),
            "changes": changes,
            "changes_verified": changes_verify(site, changes),
            "views": views_verify(article_id, 0, beacons, redis_phase["detail"]["killed_at"]),
            "mix": {
                "module": args.mix,
                "clients": args.mix_clients,
                "summary": mix_result.get("result", {}).get("summary"),
                "check": mix_check,
            }
            if mix
            else None,
            "write_load": mix_summary(args, mix_result, mix_check),
            "facts": facts(),
        }
    finally:
        stack.stop()
        redis.kill()
        postgres.stop()
    path = results_write("faults", result)
    doc_write("faults", "## Faults under load (`bench/faults.py`)", table(result))
    print("\n" + table(result) + f"\n\nWritten to {path}")
    return 0


if __name__ == "__main__":
    run_main(main, "faults")
