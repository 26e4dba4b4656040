"""Render time of the article page (and the home page) on a site with 1'000 articles.

What it measures: the time Django and Wagtail take to answer `GET <flagship article URL>` and
`GET /` as an anonymous reader, from the WSGI call to the last byte of the body, with the
production settings (DEBUG off, ManifestStaticFilesStorage, the connection to the database
opened and closed per request like in production). It reports p50, p90, p99 and mean in ms,
requests per second for one process, the number of database queries of one request, and the
size of the HTML, raw and gzip-compressed.

How: it builds a throwaway site in a temporary folder (DEPESCHE_VAR_DIR, so the developer's
var/ is never touched): `manage.py migrate`, `collectstatic`, `load_demo` and
`generate_articles`, until the site has --articles articles. It then calls the project's WSGI
application in this process, without an HTTP server, socket or load generator in between:
no network and no server overhead are measured, and since the caller and the application
share one process (and the machine's cores), the figures are for one worker serving one
request at a time. They are not the site's capacity under concurrent load.

Run from the repository root:

    .venv/bin/python bench/article_render.py [--articles 1000] [--requests 300] [--keep]

Results: a table on stdout and bench/results/article_render.json (git-ignored).
SQLite by default; with DATABASE_URL set, that database is used, and emptied first, which is
only done when its name contains "bench" or "test".
"""

import argparse
import atexit
import gzip
import io
import json
import os
import platform
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results" / "article_render.json"
FLAGSHIP = "demo-flagship"
WARMUP = 20  # first views generate the image renditions and fill the caches
HOST = "127.0.0.1"
GZIP_LEVEL = 6  # what nginx and most proxies are configured with


class BenchError(Exception):
    """A failure with a message for the person running the benchmark."""


# -- The throwaway site ----------------------------------------------------------------------


def environment(var_dir: Path) -> dict[str, str]:
    """Environment variables for the setup commands and for this process (base.py reads them
    at import). Everything that could point at the developer's files points into var_dir."""
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "depesche.settings.production",
            "DEPESCHE_VAR_DIR": str(var_dir),
            "DEPESCHE_MEDIA_ROOT": str(var_dir / "media"),
            "DEPESCHE_STATIC_ROOT": str(var_dir / "static"),
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": HOST,
            "DEPESCHE_SSL_REDIRECT": "false",
            "PYTHONUNBUFFERED": "1",
        }
    )
    if env.get("REDIS_URL", "").strip():
        # Keys of its own, so this site's rendition URLs never reach another site's cache.
        env["DEPESCHE_CACHE_PREFIX"] = f"depesche-bench-{secrets.token_hex(4)}"
    return env


def database_check() -> None:
    """Refuse a DATABASE_URL whose name does not say it is disposable."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return
    import dj_database_url

    config = dj_database_url.parse(url)
    name = str(config.get("NAME") or "")
    if config["ENGINE"] == "django.db.backends.sqlite3":
        name = Path(name).name
    if "bench" not in name.lower() and "test" not in name.lower():
        raise BenchError(
            f"DATABASE_URL names the database {name!r}; the benchmark empties the database it "
            "uses, so its name must contain 'bench' or 'test'. Unset DATABASE_URL to use a "
            "temporary SQLite database."
        )


def django_on_postgres(name: str) -> dict[str, str]:
    """Set this process up on the DATABASE_URL database, which must be a disposable PostgreSQL
    one (database_check), with a throwaway folder for files; returns the environment for the
    setup commands (`manage`, `site_build`). Raises BenchError."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise BenchError(f"{name}: set DATABASE_URL to a PostgreSQL database")
    database_check()
    var_dir = Path(tempfile.mkdtemp(prefix=f"depesche-{name}-"))
    atexit.register(shutil.rmtree, var_dir, ignore_errors=True)
    env = environment(var_dir)
    os.environ.update(env)
    import django

    django.setup()
    return env


def database_empty() -> None:
    """Drop every table of the DATABASE_URL database, so that the site is built from scratch
    (only called after database_check accepted its name)."""
    from django.conf import settings
    from django.db import connection

    if not os.environ.get("DATABASE_URL", "").strip():
        return  # the SQLite file in the new temporary folder does not exist yet
    if connection.vendor == "sqlite":
        name = Path(settings.DATABASES["default"]["NAME"])
        for file in (name, *(name.with_name(name.name + s) for s in ("-wal", "-shm"))):
            file.unlink(missing_ok=True)
        return
    if connection.vendor != "postgresql":
        raise BenchError(f"Unsupported database {connection.vendor}: use SQLite or PostgreSQL.")
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)} CASCADE")
    connection.close()


def manage(env: dict[str, str], *args: str) -> str:
    """Run a management command in a child process; its output, or BenchError with it."""
    command = [sys.executable, "manage.py", *args]
    print(f"  manage.py {' '.join(args)}", flush=True)
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BenchError(
            f"`manage.py {' '.join(args)}` failed (exit {done.returncode}):\n"
            f"{done.stdout}{done.stderr}".rstrip()
        )
    return done.stdout


def article_count() -> int:
    from django.db import connection

    from articles.models import ArticlePage

    count = ArticlePage.objects.live().count()
    connection.close()
    return count


def site_build(env: dict[str, str], articles: int) -> dict:
    """Migrate, load the demo newsroom, generate articles up to `articles` in total."""
    started = time.perf_counter()
    database_empty()
    manage(env, "migrate", "--noinput")
    # Production settings hash static file names: the manifest must exist to render a page.
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_demo")
    demo = article_count()
    if demo == 0:
        raise BenchError("load_demo created no articles.")
    if articles < demo:
        raise BenchError(f"--articles must be at least {demo}, the demo newsroom's articles.")
    if articles > demo:
        manage(env, "generate_articles", "--count", str(articles - demo))
    total = article_count()
    if total != articles:
        raise BenchError(f"The site has {total} live articles, not the {articles} asked for.")
    return {
        "articles": total,
        "demo_articles": demo,
        "generated_articles": total - demo,
        "setup_seconds": round(time.perf_counter() - started, 1),
    }


# -- Requests --------------------------------------------------------------------------------


def get(application, path: str) -> tuple[float, int, bytes]:
    """One GET through the WSGI application: (seconds, status code, body). The clock stops
    after the body is read and the response closed, as a WSGI server would do it (closing
    sends request_finished, which closes the database connection)."""
    environ = {
        "REQUEST_METHOD": "GET",
        # PEP 3333: PATH_INFO holds the URL-decoded UTF-8 bytes as latin-1 characters.
        "PATH_INFO": unquote(path).encode().decode("latin-1"),
        "QUERY_STRING": "",
        "SERVER_NAME": HOST,
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": HOST,
        "HTTP_ACCEPT": "text/html",
        "REMOTE_ADDR": HOST,
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    status = []

    def start_response(line, headers, exc_info=None):
        status.append(int(line.split(" ", 1)[0]))
        return lambda data: None

    started = time.perf_counter()
    result = application(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return time.perf_counter() - started, status[0], body


def get_ok(application, path: str) -> tuple[float, bytes]:
    seconds, status, body = get(application, path)
    if status != 200:
        raise BenchError(f"GET {path} answered {status}, not 200.")
    return seconds, body


def page_measure(application, name: str, path: str, requests: int, expect: str = "") -> dict:
    """Warm up, count the queries of one request, then time `requests` GETs of `path`;
    `expect` is a text the page must contain (HTML-escaped as templates do)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils.html import escape

    print(f"  {name}: {path} ({WARMUP} warm-up requests, then {requests})", flush=True)
    for _ in range(WARMUP):
        get_ok(application, path)
    with CaptureQueriesContext(connection) as queries:
        _seconds, body = get_ok(application, path)
    # Read now: the next request's request_started signal empties the connection's query log.
    sql = [query["sql"] for query in queries.captured_queries]
    if expect and escape(expect).encode() not in body:
        raise BenchError(f"GET {path} answered 200 but without {expect!r}: not the right page?")

    durations = []
    started = time.perf_counter()
    for _ in range(requests):
        seconds, _body = get_ok(application, path)
        durations.append(seconds)
    wall = time.perf_counter() - started

    cuts = statistics.quantiles(durations, n=100, method="inclusive")
    ms = 1000
    return {
        "path": path,
        "requests": requests,
        "p50_ms": round(cuts[49] * ms, 2),
        "p90_ms": round(cuts[89] * ms, 2),
        "p99_ms": round(cuts[98] * ms, 2),
        "mean_ms": round(statistics.fmean(durations) * ms, 2),
        "min_ms": round(min(durations) * ms, 2),
        "max_ms": round(max(durations) * ms, 2),
        "requests_per_second": round(requests / wall, 1),
        "queries": len(sql),
        "bytes": len(body),
        "gzip_bytes": len(gzip.compress(body, compresslevel=GZIP_LEVEL)),
        "queries_sql": sql,
    }


# -- Report ----------------------------------------------------------------------------------


def machine() -> dict:
    import django
    import wagtail
    from django.conf import settings
    from django.db import connection

    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    connection.ensure_connection()
    database_version = ".".join(str(part) for part in connection.get_database_version())
    connection.close()
    return {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu_count": os.cpu_count(),
        "cpu": cpu,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "database": connection.vendor,
        "database_version": database_version,
        "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
    }


def git_commit() -> str | None:
    """The checked-out commit, "+dirty" when the work tree has changes (read-only git)."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if commit.returncode != 0:
            return None
        dirty = subprocess.run(
            ["git", "--no-optional-locks", "status", "--porcelain"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        return None
    return commit.stdout.strip() + ("+dirty" if dirty else "")


def table(report: dict) -> str:
    site, facts = report["site"], report["machine"]
    lines = [
        "",
        f"depesche page render, in-process WSGI, {site['articles']} articles, "
        f"{facts['database']} {facts['database_version']}, {facts['nproc']} CPUs, "
        f"Python {facts['python']}, Django {facts['django']}, Wagtail {facts['wagtail']}",
        "",
        f"{'page':<8} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'mean ms':>8} {'req/s':>7} "
        f"{'queries':>7} {'bytes':>7} {'gzip':>6}",
    ]
    for name, page in report["pages"].items():
        lines.append(
            f"{name:<8} {page['p50_ms']:>7.2f} {page['p90_ms']:>7.2f} {page['p99_ms']:>7.2f} "
            f"{page['mean_ms']:>8.2f} {page['requests_per_second']:>7.1f} {page['queries']:>7} "
            f"{page['bytes']:>7} {page['gzip_bytes']:>6}"
        )
    lines.append(
        f"\n{report['requests']} timed requests per page after {WARMUP} warm-up requests; "
        f"req/s is one process serving one request at a time; gzip level {GZIP_LEVEL}."
    )
    return "\n".join(lines)


# -- Main ------------------------------------------------------------------------------------


def arguments(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Time the article page's render (p50/p90/p99) on a throwaway site."
    )
    parser.add_argument(
        "--articles", type=int, default=1000, help="live articles on the site (default 1000)"
    )
    parser.add_argument(
        "--requests", type=int, default=300, help="timed requests per page (default 300)"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary site folder and print its path"
    )
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be 1 or more")
    if args.requests < 2:
        parser.error("--requests must be 2 or more")
    return args


def run(args: argparse.Namespace, var_dir: Path) -> dict:
    database_check()
    env = environment(var_dir)
    os.environ.update(env)

    import django

    django.setup()

    print(f"Building a site with {args.articles} articles in {var_dir}", flush=True)
    site = site_build(env, args.articles)
    # The static files storage of this process read its manifest before collectstatic wrote
    # it (django.setup): read it again, or every {% static %} fails.
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.core.files.storage import storages

    storages._storages.pop("staticfiles", None)
    staticfiles_storage._setup()

    from articles.models import ArticlePage
    from depesche.wsgi import application

    flagship = ArticlePage.objects.filter(external_id=FLAGSHIP).first()
    if flagship is None:
        raise BenchError(f"No article with external_id {FLAGSHIP!r}: did load_demo change?")
    article_path = flagship.get_url()
    if not article_path or not article_path.startswith("/"):
        raise BenchError(f"The flagship article's URL is {article_path!r}, not a path.")

    print("Timing", flush=True)
    pages = {
        "article": page_measure(
            application, "article", article_path, args.requests, expect=flagship.title
        ),
        "home": page_measure(application, "home", "/", args.requests),
    }
    return {
        "benchmark": "article_render",
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "mode": "in-process WSGI, one request at a time, no HTTP server",
        "settings": "depesche.settings.production",
        "requests": args.requests,
        "warmup_requests": WARMUP,
        "gzip_level": GZIP_LEVEL,
        "machine": machine(),
        "site": site,
        "pages": pages,
    }


def main(argv=None) -> int:
    args = arguments(argv)
    var_dir = Path(tempfile.mkdtemp(prefix="depesche-bench-"))
    try:
        report = run(args, var_dir)
    except BenchError as error:
        print(f"\narticle_render: error: {error}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"\nThe site is kept in {var_dir} (DEPESCHE_VAR_DIR={var_dir} to use it)")
        else:
            shutil.rmtree(var_dir, ignore_errors=True)

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(table(report))
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
