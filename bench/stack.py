"""A production stack of the benchmarks' own, started and stopped with ops/prod.sh.

`with Stack(name, database=…, http_port=…, app_port=…) as stack:` starts Varnish, gunicorn, the
task worker and the scheduler (ops/prod.sh start) on the given PostgreSQL database and Redis,
with a var folder under /tmp/depesche-prodbench/<name>/ that is kept between runs (the media
files belong to the database, so a reused database needs its folder), and stops them when the
block ends, also on an error or Ctrl-C. The database must be named `depesche_bench_*`: the
benchmarks may empty it.
"""

import contextlib
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DOC = ROOT / "docs" / "performance.md"
VAR_ROOT = Path(tempfile.gettempdir()) / "depesche-prodbench"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379/11"
FLAGSHIP = "demo-flagship"


class BenchError(Exception):
    """A failure with a message for the person running the benchmark."""


def manage(env: dict, *args: str) -> str:
    """Run `manage.py *args` with the environment `env`; its output, or BenchError."""
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


class Background:
    """`_run` in a thread of its own while the `with` block runs; `_run` returns once
    `self._stop` is set."""

    join_timeout = 30

    def __init__(self):
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=self.join_timeout)

    def _run(self) -> None:
        raise NotImplementedError


def _terminate(signum, frame):
    raise SystemExit(f"signal {signum}")  # runs the `finally` that stops the stack


def stop_on_term() -> None:
    """SIGTERM stops the benchmark like Ctrl-C does: through the `with` blocks' exits."""
    signal.signal(signal.SIGTERM, _terminate)


def run_main(main, name: str) -> None:
    """Exit with `main()`'s code; a BenchError is one line for the person running the
    benchmark (1), Ctrl-C says that what the benchmark started is stopped (130)."""
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"{name}: {error}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print(f"{name}: interrupted; what it started is stopped.", file=sys.stderr)
        sys.exit(130)


class Stack:
    def __init__(
        self,
        name: str,
        *,
        database_url: str,
        redis_url: str = REDIS,
        http_port: int = 8380,
        app_port: int = 8400,
        workers: int | None = None,
        extra_env: dict | None = None,
    ):
        database = database_url.rsplit("/", 1)[-1]
        if not database.startswith("depesche_bench_"):
            raise BenchError(f"{database!r}: the benchmarks use databases named depesche_bench_*")
        self.name = name
        self.var = VAR_ROOT / name
        self.http_port, self.app_port = http_port, app_port
        self.url = f"http://127.0.0.1:{http_port}"
        self.app_url = f"http://127.0.0.1:{app_port}"
        self.database_url = database_url
        self.env = dict(os.environ)
        self.env.update(
            {
                "DEPESCHE_VAR_DIR": str(self.var),
                "DATABASE_URL": database_url,
                "REDIS_URL": redis_url,
                # Keys of this site's own in the shared Redis database.
                "DEPESCHE_CACHE_PREFIX": f"depesche-bench-{name}",
                "DEPESCHE_HTTP_PORT": str(http_port),
                "DEPESCHE_APP_PORT": str(app_port),
                "DJANGO_SETTINGS_MODULE": "depesche.settings.production",
                "PYTHONUNBUFFERED": "1",
            }
        )
        if workers:
            self.env["DEPESCHE_APP_WORKERS"] = str(workers)
        self.env.update(extra_env or {})
        self.env.pop("SECRET_KEY", None)  # prod.sh keeps one in the var folder

    def prod(self, command: str, *, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(ROOT / "ops" / "prod.sh"), command],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=check,
        )

    def manage(self, *args: str) -> str:
        print(f"  manage.py {' '.join(args)}", flush=True)
        return manage(self.manage_env(), *args)

    def manage_env(self) -> dict:
        env = dict(self.env)
        exported = re.findall(r"^export (\w+)=(.*)$", self.prod("env").stdout, re.M)
        env.update({key: value.replace("\\,", ",") for key, value in exported})
        env["DEPESCHE_HTTP_PORT"], env["DEPESCHE_APP_PORT"] = (
            str(self.http_port),
            str(self.app_port),
        )
        return env

    def start(self) -> "Stack":
        self.var.mkdir(parents=True, exist_ok=True)
        print(f"== stack {self.name}: ops/prod.sh start ({self.database_url})", flush=True)
        done = self.prod("start", check=False)
        if done.returncode != 0:
            self.stop()
            raise BenchError(f"ops/prod.sh start failed:\n{done.stdout}{done.stderr}")
        if not wait_ok(self.app_url + "/healthz", 60):
            self.stop()
            raise BenchError(f"the app does not answer on {self.app_url} ({self.var}/log)")
        return self

    def stop(self) -> None:
        print(f"== stack {self.name}: ops/prod.sh stop", flush=True)
        self.prod("stop", check=False)

    def restart_app(self) -> None:
        """Stop the app server only and start the stack again (a new worker count)."""
        pid = self.var / "run" / "app.pid"
        if pid.exists():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(int(pid.read_text()), signal.SIGTERM)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and _alive(int(pid.read_text())):
                time.sleep(0.2)
            pid.unlink(missing_ok=True)
        self.start()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def get(url: str, *, timeout: float = 10, headers: dict | None = None):
    """(status, headers, body) of a GET; status 0 when the connection fails."""
    host, _, rest = url.removeprefix("http://").partition("/")
    hostname, _, port = host.partition(":")
    connection = http.client.HTTPConnection(hostname, int(port or 80), timeout=timeout)
    try:
        connection.request("GET", "/" + rest, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    except OSError:
        return 0, {}, b""
    finally:
        connection.close()


def wait_ok(url: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if get(url, timeout=2)[0] == 200:
            return True
        time.sleep(0.3)
    return False


def psql(url: str, sql: str, *, check: bool = True) -> str:
    done = subprocess.run(["psql", url, "-Atqc", sql], capture_output=True, text=True, check=False)
    if check and done.returncode != 0:
        raise BenchError(f"psql {sql!r}: {done.stderr.strip()}")
    return done.stdout.strip()


def database_ensure(url: str) -> bool:
    """Create the database when missing; whether it existed."""
    server, name = url.rsplit("/", 1)
    exists = f"SELECT 1 FROM pg_database WHERE datname = '{name}'"  # noqa: S608 (our names)
    if psql(f"{server}/postgres", exists) == "1":
        return True
    psql(f"{server}/postgres", f'CREATE DATABASE "{name}"')
    return False


def database_drop(url: str) -> None:
    server, name = url.rsplit("/", 1)
    if not name.startswith("depesche_bench_"):
        raise BenchError(f"refusing to drop {name!r}")
    psql(f"{server}/postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def live_articles(url: str) -> int:
    """Live articles of the site in that database (0 when it has no tables yet)."""
    out = psql(
        url,
        "SELECT count(*) FROM articles_articlepage a JOIN wagtailcore_page p "
        "ON p.id = a.page_ptr_id WHERE p.live",
        check=False,
    )
    return int(out) if out.isdigit() else 0


# -- CPU time ----------------------------------------------------------------------------------


def _cpu(pid: int) -> float:
    """User + system CPU seconds of a process (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _pids(match) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if match(int(entry.name)):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def cpu_of(stack: "Stack") -> dict:
    """CPU seconds used so far by the app server (gunicorn's process group) and by the
    PostgreSQL backends serving the stack's database: what a request costs, whoever else
    shares the cores."""
    group = int((stack.var / "run" / "app.pid").read_text())
    database = stack.database_url.rsplit("/", 1)[-1]
    app = _pids(lambda pid: os.getpgid(pid) == group)
    postgres = _pids(
        lambda pid: f" {database} ".encode() in Path(f"/proc/{pid}/cmdline").read_bytes()
    )
    return {"app": sum(map(_cpu, app)), "postgres": sum(map(_cpu, postgres))}


# -- wrk -------------------------------------------------------------------------------------


def wrk(
    url: str,
    *,
    seconds: int,
    connections: int,
    threads: int | None = None,
    headers=(),
    script: Path | None = None,
    script_args=(),
) -> dict:
    """wrk's figures for `url`; with `script` (a wrk Lua script) and its arguments."""
    command = [
        "wrk",
        f"--threads={threads or min(2, connections)}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=10s",
        "--latency",
        *(f"--header={header}" for header in headers),
        *([f"--script={script}"] if script else []),
        url,
        *(["--", *map(str, script_args)] if script_args else []),
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = {
        p: ms(value) for p, value in re.findall(r"^\s+(50|90|99)%\s+(\S+)\s*$", output, re.M)
    }
    requests = re.search(r"(\d+) requests in", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)$", output, re.M)
    if len(percentiles) < 3:
        print(f"wrk: no latency distribution in:\n{output}", file=sys.stderr, flush=True)
    return {
        "requests_per_second": rps,
        "requests": int(requests.group(1)) if requests else 0,
        "p50_ms": percentiles.get("50"),
        "p90_ms": percentiles.get("90"),
        "p99_ms": percentiles.get("99"),
        "non_2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return round(float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 3)


# -- Reports ---------------------------------------------------------------------------------


def swiss(number: float, digits: int = 0) -> str:
    return f"{number:,.{digits}f}".replace(",", "'")


def commit() -> str:
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "--no-optional-locks", "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.strip()
    return head + ("+dirty" if dirty else "")


def facts() -> dict:
    return {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit(),
        "cores": len(os.sched_getaffinity(0)),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "note": "load generator and servers share the machine's 2 cores",
    }


def results_write(name: str, result: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return path


def doc_write(name: str, heading: str, body: str) -> None:
    """Put `body` between `<!-- name -->` and `<!-- /name -->` in docs/performance.md (the
    markers bench/edge_cache.py uses), under `heading` when the section is new."""
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    block = f"{start}\n{body.strip()}\n{end}"
    text = DOC.read_text()
    if start in text:
        text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _m: block, text, flags=re.S)
    else:
        text = text.rstrip("\n") + f"\n\n{heading}\n\n{block}\n"
    DOC.write_text(text)
