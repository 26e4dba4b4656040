"""The server side of the load benchmarks: the stack they load and the database check after.

- `server_env()`: the environment of a bench server (production settings, a throwaway
  DEPESCHE_VAR_DIR, the bench's settings: proof-of-work difficulty, no pre-moderation of
  guests, raised rate limits, trusted proxies).
- `stack_start()` / `stack_stop()`: the `make prod` stack through ops/prod.sh;
  `app_start()` / `process_stop()`: gunicorn alone, started as ops/prod.sh starts it (for the
  embedded SQLite set-up, which ops/prod.sh does not run).
- `django_setup()`, `targets_discover()`, `snapshot()`, `verify()`: with Django set up in the
  bench's own process on the server's database, what to load, the counts before, and after
  the load whether every acknowledged write is stored exactly once and the counters agree
  with the rows.

Used by bench/engagement_load.py, bench/mixed_spike.py and the fault benchmark.
"""

import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from stack import BenchError, manage

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
PROD_SH = ROOT / "ops" / "prod.sh"
HOST = "127.0.0.1"
# A comment's text starts with this and the run's token: the run's rows are found by it.
COMMENT_MARK = "Lasttest"


# -- The server ----------------------------------------------------------------------------


def server_env(
    var_dir: Path,
    *,
    database_url: str = "",
    redis_url: str = "",
    app_port: int,
    http_port: int | None = None,
    pow_max_number: int,
    rate_limit_factor: int,
    trusted_proxies: int,
) -> dict[str, str]:
    """Environment of the bench server and of this process's Django (same database, same
    SECRET_KEY: the check recomputes the readers' address hashes)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DEPESCHE_") and key not in ("DATABASE_URL", "REDIS_URL")
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "depesche.settings.production",
            "DEPESCHE_VAR_DIR": str(var_dir),
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": f"{HOST},localhost",
            "DEPESCHE_SSL_REDIRECT": "false",
            "DEPESCHE_APP_PORT": str(app_port),
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            # What the bench sets, and says so in its report:
            "DEPESCHE_POW_MAX_NUMBER": str(pow_max_number),
            "DEPESCHE_RATE_LIMIT_FACTOR": str(rate_limit_factor),
            "DEPESCHE_COMMENTS_PREMODERATE_GUESTS": "false",
            "DEPESCHE_TRUSTED_PROXIES": str(trusted_proxies),
            "PYTHONUNBUFFERED": "1",
        }
    )
    if http_port is not None:
        env["DEPESCHE_HTTP_PORT"] = str(http_port)
        env["DEPESCHE_VARNISH_URLS"] = f"http://{HOST}:{http_port}"
        env["DEPESCHE_BASE_URL"] = f"http://{HOST}:{http_port}"
    if redis_url:
        # Keys of its own in Redis: view counters, rate limits, caches.
        env["DEPESCHE_CACHE_PREFIX"] = f"depesche-bench-{secrets.token_hex(4)}"
    return env


def load_arguments(parser, argv):
    """The load benchmarks' arguments, checked: clients, seconds and a disposable database."""
    args = parser.parse_args(argv)
    if not 1 <= args.clients <= 500:
        parser.error("--clients must be 1 to 500")
    if not 0 < args.seconds <= 600:
        parser.error("--seconds must be above 0 and at most 600")
    database_name_check(args.database_url)
    return args


def database_name_check(url: str) -> None:
    """Refuse a PostgreSQL database whose name does not say it is disposable."""
    name = url.rsplit("/", 1)[-1].split("?")[0]
    if "bench" not in name.lower() and "test" not in name.lower():
        raise BenchError(
            f"The database {name!r} would be emptied: its name must contain 'bench' or 'test'."
        )


def database_recreate(url: str) -> None:
    """Drop and create the PostgreSQL database of `url` (its name checked first)."""
    database_name_check(url)
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def redis_forget(redis_url: str, prefix: str) -> None:
    """Delete the keys of this run's prefix (views, rate limits, caches)."""
    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(f"{prefix}*", count=1000))  # prefix:…, prefix-r:… (renditions)
    for start in range(0, len(keys), 1000):
        client.delete(*keys[start : start + 1000])


def site_build(env: dict) -> None:
    """The demo newsroom on the (empty) database of `env`, as ops/prod.sh builds it."""
    for args in (("migrate", "--noinput"), ("collectstatic", "--noinput"), ("load_demo",)):
        print(f"  manage.py {' '.join(args)}", flush=True)
        manage(env, *args)


def app_start(env: dict, *, workers: int) -> subprocess.Popen:
    """gunicorn with ops/prod.sh's options (start_app), in a session of its own."""
    log_dir = Path(env["DEPESCHE_VAR_DIR"]) / "log"
    log_dir.mkdir(parents=True, exist_ok=True)
    log = (log_dir / "app.log").open("ab")
    command = [
        str(BIN / "gunicorn"),
        "depesche.wsgi:application",
        f"--bind={HOST}:{env['DEPESCHE_APP_PORT']}",
        f"--workers={workers}",
        "--preload",
        f"--access-logfile={log_dir / 'app-access.log'}",
        "--max-requests=10000",
        "--max-requests-jitter=1000",
        "--graceful-timeout=20",
    ]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True
    )
    wait_for_port(int(env["DEPESCHE_APP_PORT"]), "gunicorn", process)
    return process


def process_stop(process: subprocess.Popen | None) -> None:
    """TERM to the process's group, KILL after 20 s."""
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


def wait_for_port(port: int, what: str, process=None, seconds: float = 30) -> None:
    import socket

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise BenchError(f"{what} ended at once (exit {process.returncode}); see its log")
        with socket.socket() as probe:
            probe.settimeout(0.5)
            if probe.connect_ex((HOST, port)) == 0:
                return
        time.sleep(0.2)
    raise BenchError(f"{what} does not answer on {HOST}:{port}")


def port_free(port: int) -> None:
    import socket

    with socket.socket() as probe:
        if probe.connect_ex((HOST, port)) == 0:
            raise BenchError(f"Port {port} is taken: is a bench server still running?")


def stack_start(env: dict) -> None:
    """The `make prod` stack (PostgreSQL, Redis, Varnish, gunicorn, db_worker) with `env`."""
    print("  ops/prod.sh start", flush=True)
    done = subprocess.run(
        [str(PROD_SH), "start"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise BenchError(f"ops/prod.sh start failed:\n{done.stdout}{done.stderr}")


def stack_stop(env: dict) -> None:
    """ops/prod.sh stop with the same var dir: stops what the start started."""
    subprocess.run([str(PROD_SH), "stop"], cwd=ROOT, env=env, capture_output=True, check=False)


def var_dir_remove(var_dir: Path) -> None:
    shutil.rmtree(var_dir, ignore_errors=True)


def log_problems(var_dir: Path) -> dict:
    """Server errors in the app's and worker's logs: tracebacks, locked databases, 500s."""
    found = {"tracebacks": 0, "database_is_locked": 0, "deadlocks": 0, "worker_timeouts": 0}
    for name in ("app.log", "worker.log"):
        path = var_dir / "log" / name
        if not path.exists():
            continue
        text = path.read_text(errors="replace")
        found["tracebacks"] += text.count("Traceback (most recent call last)")
        found["database_is_locked"] += text.count("database is locked")
        found["deadlocks"] += text.lower().count("deadlock detected")
        found["worker_timeouts"] += text.count("WORKER TIMEOUT")
    return found


def interrupt(signum, frame):
    """SIGTERM handler: stop like Ctrl-C, so that the finally blocks stop the servers."""
    raise KeyboardInterrupt


def database_version() -> str:
    from django.db import connection

    connection.ensure_connection()
    version = ".".join(map(str, connection.get_database_version()))
    vendor = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}.get(connection.vendor, "")
    connection.close()
    return f"{vendor} {version}"


def git_commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    # The figures' own document does not make the code dirty.
    status = ["status", "--porcelain", "--untracked-files=no", "--", ".", ":!docs/performance.md"]
    dirty = subprocess.run(
        ["git", "--no-optional-locks", *status],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return done.stdout.strip() + ("+dirty" if dirty else "")


def doc_section_write(doc: Path, name: str, heading: str, intro: str, body: str) -> None:
    """Put `body` between the `<!-- name:start -->` / `<!-- name:end -->` markers of `doc`;
    the first time, append `heading`, `intro` and the markers at its end."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = doc.read_text()
    block = f"{start}\n{body.strip()}\n{end}"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + f"\n\n{heading}\n\n{intro.strip()}\n\n{block}\n"
    doc.write_text(text)


# -- The database, seen from this process --------------------------------------------------


def django_setup(env: dict) -> None:
    """Django in this process, on the bench server's database and settings."""
    os.environ.update(env)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()


@dataclass
class Targets:
    """What readers read and write: articles open for comments, polls with their article."""

    articles: list[int]  # open for comments (mode open, not closed by age)
    paths: dict[int, str]  # every live article's path
    recent: list[int]  # the newest live articles
    old: list[int]  # the others
    polls: list[tuple[int, list[int], int]]  # (poll, answers, article showing it)


def targets_discover(*, recent: int = 20) -> Targets:
    from django.db import connection

    from articles.models import ArticlePage
    from comments.pipeline import comments_closed, effective_mode
    from comments.services import section_of
    from core.models import CommentMode
    from polls.models import Poll

    live = list(ArticlePage.objects.live().order_by("-first_published_at"))
    paths = {article.pk: article.get_url() for article in live}
    open_ids = []
    for article in live:
        section = section_of(article)
        if effective_mode(article, section) == CommentMode.OPEN and not comments_closed(
            article, section
        ):
            open_ids.append(article.pk)
    # The polls in the live articles' bodies (the reference index may still be building in
    # the task worker right after load_demo).
    shown_in = {}
    for article in live:
        for block in article.body.raw_data:
            if block["type"] == "poll" and block["value"]:
                shown_in.setdefault(block["value"], article.pk)
    polls = []
    for poll in Poll.objects.prefetch_related("answers").filter(pk__in=shown_in):
        answers = [answer.pk for answer in poll.answers.all()]
        if not poll.is_closed and answers:
            polls.append((poll.pk, answers, shown_in[poll.pk]))
    connection.close()
    ids = [article.pk for article in live]
    return Targets(
        articles=open_ids, paths=paths, recent=ids[:recent], old=ids[recent:], polls=polls
    )


def snapshot() -> dict:
    """Counters and rows per article before the load: the check compares differences."""
    from django.db import connection
    from django.db.models import Count, Max, Sum

    from comments.models import Comment, CommentStatus
    from engagement.models import ArticleStats, ArticleViewHour
    from polls.models import PollAnswer, PollVote

    def per_article(queryset, value):
        return {row["article_id"]: row["n"] or 0 for row in queryset.annotate(n=value)}

    state = {
        "stats": {
            row["article_id"]: row
            for row in ArticleStats.objects.values("article_id", "comments", "poll_votes", "views")
        },
        "approved": per_article(
            Comment.objects.filter(status=CommentStatus.APPROVED).values("article_id"),
            Count("id"),
        ),
        "votes": per_article(PollVote.objects.values("article_id"), Count("id")),
        "view_hours": per_article(ArticleViewHour.objects.values("article_id"), Sum("views")),
        "answers": dict(PollAnswer.objects.values_list("pk", "votes")),
        "last_comment": Comment.objects.aggregate(n=Max("pk"))["n"] or 0,
        "last_vote": PollVote.objects.aggregate(n=Max("pk"))["n"] or 0,
    }
    connection.close()
    return state


def _delta(after: dict, before: dict, article: int, field: str | None = None) -> int:
    if field:
        return after.get(article, {}).get(field, 0) - before.get(article, {}).get(field, 0)
    return after.get(article, 0) - before.get(article, 0)


def verify(acks: list, before: dict, *, token: str, views: bool = False) -> dict:
    """Whether every acknowledged write is stored exactly once and the counters agree.

    `acks` are loadclient.Ack of one run, `before` the `snapshot()` taken before it, `token`
    the run's mark in its comments' text. Views are checked with `views=True` (after the
    flush: see `views_settle`)."""
    from django.db import connection

    from comments.models import Comment, CommentStatus
    from engagement.identity import ip_digest
    from polls.models import PollVote

    after = snapshot()
    result: dict = {}

    # Comments: the acknowledged id holds the text that was sent, and the text is stored once.
    comment_acks = [a for a in acks if a.kind == "comment"]
    rows = {
        pk: (body, status, article)
        for pk, body, status, article in Comment.objects.filter(
            body__startswith=f"{COMMENT_MARK} {token} "
        ).values_list("pk", "body", "status", "article_id")
    }
    stored_bodies: dict[str, int] = {}
    for body, _status, _article in rows.values():
        stored_bodies[body] = stored_bodies.get(body, 0) + 1
    acked_bodies = {a.body for a in comment_acks}
    result["comments"] = {
        "acknowledged": len(comment_acks),
        "lost": sum(1 for a in comment_acks if rows.get(a.comment_id, (None,))[0] != a.body),
        "duplicated": sum(n - 1 for n in stored_bodies.values() if n > 1),
        "stored_unacknowledged": sum(1 for b in stored_bodies if b not in acked_bodies),
        "acknowledged_published": sum(1 for a in comment_acks if a.published),
        "stored_published": sum(
            1 for _b, status, _a in rows.values() if status == CommentStatus.APPROVED
        ),
    }

    # Votes: one row per acknowledged (poll, reader address), with the acknowledged answer.
    vote_acks = [a for a in acks if a.kind == "vote"]
    new_votes: dict[tuple[int, str], list[int]] = {}
    for poll, ip_hash, answer in PollVote.objects.filter(pk__gt=before["last_vote"]).values_list(
        "poll_id", "ip_hash", "answer_id"
    ):
        new_votes.setdefault((poll, ip_hash), []).append(answer)
    acked_keys = {(a.poll_id, ip_digest(a.address)) for a in vote_acks}
    result["votes"] = {
        "acknowledged": len(vote_acks),
        "lost": sum(
            1
            for a in vote_acks
            if a.answer_id not in new_votes.get((a.poll_id, ip_digest(a.address)), [])
        ),
        "duplicated": sum(len(v) - 1 for v in new_votes.values() if len(v) > 1),
        "stored_unacknowledged": sum(1 for key in new_votes if key not in acked_keys),
    }

    # Counters against rows, per article the run wrote to.
    mismatches = []
    acked_comments: dict[int, int] = {}
    for a in comment_acks:
        if a.published:
            acked_comments[a.article_id] = acked_comments.get(a.article_id, 0) + 1
    acked_votes: dict[int, int] = {}
    for a in vote_acks:
        acked_votes[a.article_id] = acked_votes.get(a.article_id, 0) + 1
    for article in sorted(set(acked_comments) | set(acked_votes)):
        figures = {
            "comments_counter": _delta(after["stats"], before["stats"], article, "comments"),
            "comments_rows": _delta(after["approved"], before["approved"], article),
            "comments_acknowledged": acked_comments.get(article, 0),
            "votes_counter": _delta(after["stats"], before["stats"], article, "poll_votes"),
            "votes_rows": _delta(after["votes"], before["votes"], article),
            "votes_acknowledged": acked_votes.get(article, 0),
        }
        if (
            len({v for k, v in figures.items() if k.startswith("comments")}) > 1
            or len({v for k, v in figures.items() if k.startswith("votes")}) > 1
        ):
            mismatches.append({"article": article, **figures})
    answer_rows: dict[int, int] = {}
    for votes in new_votes.values():
        for answer in votes:
            answer_rows[answer] = answer_rows.get(answer, 0) + 1
    answers_off = [
        answer
        for answer, rows_added in answer_rows.items()
        if after["answers"].get(answer, 0) - before["answers"].get(answer, 0) != rows_added
    ]
    result["counters"] = {
        "articles_checked": len(set(acked_comments) | set(acked_votes)),
        "mismatches": mismatches,
        "answer_counters_off": answers_off,
    }

    if views:
        view_acks: dict[int, int] = {}
        for a in acks:
            if a.kind == "view":
                view_acks[a.article_id] = view_acks.get(a.article_id, 0) + 1
        view_mismatches = []
        for article in sorted(set(view_acks) | set(after["stats"])):
            counter = _delta(after["stats"], before["stats"], article, "views")
            hours = _delta(after["view_hours"], before["view_hours"], article)
            acked = view_acks.get(article, 0)
            if not counter == hours == acked:
                view_mismatches.append(
                    {"article": article, "counter": counter, "hours": hours, "acknowledged": acked}
                )
        result["views"] = {
            "acknowledged": sum(view_acks.values()),
            "counted": sum(
                _delta(after["stats"], before["stats"], a, "views") for a in after["stats"]
            ),
            "mismatches": view_mismatches,
        }
    connection.close()
    result["lost"] = result["comments"]["lost"] + result["votes"]["lost"]
    result["duplicated"] = result["comments"]["duplicated"] + result["votes"]["duplicated"]
    result["ok"] = (
        result["lost"] == 0
        and result["duplicated"] == 0
        and not mismatches
        and not answers_off
        and not (views and result["views"]["mismatches"])
    )
    return result


def views_settle(acks: list, before: dict, *, seconds: float = 90) -> float:
    """Wait until the views counted in Redis reached the database (the flush task runs every
    DEPESCHE_VIEWS_FLUSH_SECONDS) and the counters stopped moving. Returns the wait."""
    from django.conf import settings
    from django.db import connection

    from engagement.models import ArticleStats

    expected = sum(1 for a in acks if a.kind == "view")
    started = time.monotonic()
    base = sum(row["views"] for row in before["stats"].values())
    client = None
    if settings.REDIS_URL:
        import redis

        client = redis.Redis.from_url(settings.REDIS_URL)
    while time.monotonic() - started < seconds:
        dirty = client.scard(f"{settings.DEPESCHE_REDIS_PREFIX}:views:dirty") if client else 0
        stored = sum(ArticleStats.objects.values_list("views", flat=True)) - base
        connection.close()
        if not dirty and stored >= expected:
            break
        time.sleep(1)
    return round(time.monotonic() - started, 1)
