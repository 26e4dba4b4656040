"""Issue 3's benchmark: comment posting and poll voting under load, on a real app server.

What it measures: 50 concurrent guest readers (--clients) for 30 s (--seconds, and at most
--max-writes writes in all) post comments and vote in polls against gunicorn started as
`make prod` starts it (production settings, 2 sync workers per core), once on the embedded
default (SQLite in WAL mode, in-process cache, tasks run in the request) and once on the
production backends (PostgreSQL, Redis, the database task worker and Varnish to purge, all
started by ops/prod.sh). Each client is a guest reader with their own cookie jar and address
(X-Forwarded-For, the server trusting one proxy as behind Varnish) and does what the page's
scripts do (bench/loadclient.py): fetch the engagement state and CSRF token, fetch and solve
the proof of work, post a comment, vote. A reader who has voted in every poll leaves and a
new one arrives. It reports p50/p99 per request kind, throughput, refusals and errors, then
checks in the database that every acknowledged write (201 with the comment's id, 200 with the
vote) is stored exactly once and that the articles' counters agree with the rows.

The bench server is configured through documented settings so that the load measures
accepted writes: DEPESCHE_RATE_LIMIT_FACTOR (rate limits ×1000), guests' comments not
pre-moderated, DEPESCHE_POW_MAX_NUMBER lowered (--pow-max-number, 10'000: the client solves in
Python on the same cores as the server). Refusals are counted apart from errors.

    .venv/bin/python bench/engagement_load.py [--backend both|sqlite|postgres]
        [--clients 50] [--seconds 30] [--max-writes 100000]

PostgreSQL: the database `depesche_bench_load` on 127.0.0.1:5432 is dropped and created
(names without "bench" or "test" are refused); Redis: redis://127.0.0.1:6379/13 with a key
prefix of its own, deleted afterwards. Ports 8300 (gunicorn) and 8301 (Varnish). Everything
the run starts lives in a folder under /tmp and is stopped at the end, also on Ctrl-C.
Results: bench/results/engagement_load.json and docs/performance.md between the
`engagement_load` markers.
"""

import argparse
import json
import os
import random
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loadcheck
from loadcheck import COMMENT_MARK, BenchError
from loadclient import Budget, GuestReader, Recorder, client_failed, summary, write_once
from stack import run_main

ROOT = loadcheck.ROOT
RESULTS = ROOT / "bench" / "results" / "engagement_load.json"
DOC = ROOT / "docs" / "performance.md"
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/depesche_bench_load"
REDIS_URL = "redis://127.0.0.1:6379/13"
RATE_LIMIT_FACTOR = 1000
KINDS = ("state", "challenge", "solve (client)", "comment", "vote")


def client_run(number, base_url, targets, recorder, deadline, budget, vote_share, token):
    """One client: a guest reader after another, until the time or the writes run out."""
    rng = random.Random(f"{token}-{number}")
    reader = None
    written = 0
    # A reader leaves once they voted in every poll, or after this many writes.
    writes_per_reader = 2 * max(1, len(targets.polls))
    while time.monotonic() < deadline:
        try:
            if reader is None or reader.writes >= writes_per_reader:
                if reader is not None:
                    reader.close()
                reader = GuestReader(base_url, recorder)
                reader.state(rng.choice(targets.articles))
                continue
            if targets.polls and len(reader.voted) == len(targets.polls):
                reader.writes = writes_per_reader
                continue
            if not budget.take():
                break
            reader.writes += 1
            if write_once(
                reader,
                targets,
                rng,
                vote_share=vote_share,
                comment_text=(
                    f"{COMMENT_MARK} {token} {number}-{written + 1}: Ein Leserkommentar unter "
                    "Last, sachlich und ohne Verweis."
                ),
            ):
                written += 1
        except Exception as error:
            client_failed(recorder, error)
    if reader is not None:
        reader.close()


def load(base_url, targets, *, clients, seconds, max_writes, vote_share, token):
    recorder = Recorder()
    budget = Budget(max_writes)
    started = time.monotonic()
    deadline = started + seconds
    threads = [
        threading.Thread(
            target=client_run,
            args=(n, base_url, targets, recorder, deadline, budget, vote_share, token),
            daemon=True,
        )
        for n in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        # A request in flight at the deadline may take up to the client's timeout.
        thread.join(timeout=max(0.0, deadline - time.monotonic()) + 40)
    return recorder, time.monotonic() - started


def run_backend(args, backend: str) -> dict:
    """Build the site, start the server, load it, check the database; stop what was started."""
    loadcheck.port_free(args.port)
    var_dir = Path(tempfile.mkdtemp(prefix=f"depesche-loadbench-{backend}-", dir="/tmp"))
    postgres = backend == "postgres"
    if postgres:
        loadcheck.port_free(args.port + 1)
        loadcheck.database_recreate(args.database_url)
    env = loadcheck.server_env(
        var_dir,
        database_url=args.database_url if postgres else "",
        redis_url=args.redis_url if postgres else "",
        app_port=args.port,
        http_port=args.port + 1 if postgres else None,
        pow_max_number=args.pow_max_number,
        rate_limit_factor=RATE_LIMIT_FACTOR,
        trusted_proxies=1,
    )
    workers = args.workers or 2 * os.cpu_count()
    env["DEPESCHE_APP_WORKERS"] = str(workers)
    process = None
    print(f"== {backend}: a site in {var_dir}", flush=True)
    try:
        if postgres:
            loadcheck.stack_start(env)  # migrate, static files, demo, gunicorn, worker, Varnish
        else:
            loadcheck.site_build(env)
            process = loadcheck.app_start(env, workers=workers)
        loadcheck.django_setup(env)
        targets = loadcheck.targets_discover()
        if not targets.articles:
            raise BenchError("No article of the demo newsroom is open for comments.")
        base_url = f"http://127.0.0.1:{args.port}"
        # Warm up every worker (imports, connections, templates) before the clock starts.
        warm = Recorder()
        for _ in range(4 * workers):
            GuestReader(base_url, warm).state(targets.articles[0])
        before = loadcheck.snapshot()
        token = secrets.token_hex(4)
        print(
            f"== {backend}: {args.clients} clients for {args.seconds} s, {len(targets.articles)} "
            f"articles open for comments, {len(targets.polls)} polls",
            flush=True,
        )
        recorder, wall = load(
            base_url,
            targets,
            clients=args.clients,
            seconds=args.seconds,
            max_writes=args.max_writes,
            vote_share=args.vote_share,
            token=token,
        )
        figures = summary(recorder, wall)
        check = loadcheck.verify(recorder.acks, before, token=token)
        problems = loadcheck.log_problems(var_dir)
        database = loadcheck.database_version()
    finally:
        # A second Ctrl-C must not cut the clean-up short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        loadcheck.process_stop(process)
        if postgres:
            loadcheck.stack_stop(env)
            loadcheck.redis_forget(args.redis_url, env["DEPESCHE_CACHE_PREFIX"])
        if args.keep:
            print(f"   kept: {var_dir}")
        else:
            loadcheck.var_dir_remove(var_dir)
    acknowledged = figures["acknowledged"]
    return {
        "backend": backend,
        "database": database,
        "cache": "Redis" if postgres else "in-process",
        "workers": workers,
        "clients": args.clients,
        "polls": len(targets.polls),
        "articles_open": len(targets.articles),
        "writes_per_second": round((acknowledged["comment"] + acknowledged["vote"]) / wall, 1),
        **figures,
        "check": check,
        "server_log": problems,
    }


def report(result: dict) -> str:
    runs = result["runs"]
    lines = [
        "| database | requests/s | writes stored/s | comments | votes | refused | errors "
        "| lost | duplicated | counters = rows |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for run in runs.values():
        check = run["check"]
        counters_ok = (
            not check["counters"]["mismatches"] and not check["counters"]["answer_counters_off"]
        )
        lines.append(
            f"| {run['database']}, {run['cache']} cache | {run['requests_per_second']} "
            f"| {run['writes_per_second']} | {run['acknowledged']['comment']} "
            f"| {run['acknowledged']['vote']} | {run['refused']} | {run['errors']} "
            f"| {check['lost']} | {check['duplicated']} | {'yes' if counters_ok else 'NO'} |"
        )
    lines += [
        "",
        "| request | " + " | ".join(f"{r['database']} p50 / p99" for r in runs.values()) + " |",
    ]
    lines.append("|---|" + "---|" * len(runs))
    for kind in KINDS:
        cells = []
        for run in runs.values():
            figures = run["kinds"].get(kind)
            cells.append(f"{figures['p50_ms']} / {figures['p99_ms']} ms" if figures else "–")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    first = next(iter(runs.values()))
    problems = {
        name: sum(r["server_log"][name] for r in runs.values()) for name in first["server_log"]
    }
    lines += [
        "",
        f"{first['clients']} clients (each a guest reader after another: own cookies, own "
        f"address), {result['seconds']} s per database, gunicorn with {first['workers']} sync "
        f"workers; load generator (Python threads, solving the proof of work) and server on "
        f"the same {os.cpu_count()} shared cores. Bench settings: "
        f"`DEPESCHE_POW_MAX_NUMBER={result['pow_max_number']}` (default 100'000), "
        f"`DEPESCHE_RATE_LIMIT_FACTOR={RATE_LIMIT_FACTOR}`, "
        "`DEPESCHE_COMMENTS_PREMODERATE_GUESTS=false`. "
        "Server logs: "
        + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in problems.items())
        + f". Measured {result['measured_at'][:10]} at commit {result['commit']}.",
    ]
    return "\n".join(lines)


DOC_INTRO = """\
Comment posting and poll voting against gunicorn as `make prod` runs it, once on SQLite
(WAL, in-process cache, tasks in the request) and once on PostgreSQL with Redis, the task
worker and Varnish purges. Concurrent guest readers do what the page's scripts do: fetch the
engagement state and CSRF token, fetch and solve the proof of work, post a comment, vote. After
the load the database is checked: every acknowledged write stored exactly once, the articles'
counters equal to the rows. «refused» are the product's own answers (a reader's second vote in
a poll, …), not errors; p50 / p99 are per request as the client saw it. With 50 clients that
send their next request at once and 4 workers, most of a request's time is waiting for a
worker (about clients ÷ requests/s): the figures show capacity, not one request's cost."""


def write_outputs(result: dict) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    loadcheck.doc_section_write(
        DOC,
        "engagement_load",
        "## Comments and votes under load (`bench/engagement_load.py`)",
        DOC_INTRO,
        report(result),
    )
    print(report(result))
    print(f"\nWritten: {RESULTS.relative_to(ROOT)}, {DOC.relative_to(ROOT)}")


def arguments(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["both", "sqlite", "postgres"], default="both")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--max-writes", type=int, default=100_000, help="in all clients")
    parser.add_argument("--vote-share", type=float, default=0.5, help="share of writes that vote")
    parser.add_argument("--pow-max-number", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=0, help="gunicorn workers (2 per core)")
    parser.add_argument("--port", type=int, default=8300, help="gunicorn; Varnish on port+1")
    parser.add_argument("--database-url", default=DATABASE_URL)
    parser.add_argument("--redis-url", default=REDIS_URL)
    parser.add_argument("--keep", action="store_true", help="keep the site folders under /tmp")
    parser.add_argument("--result-file", help=argparse.SUPPRESS)  # one backend, for `both`
    return loadcheck.load_arguments(parser, argv)


def main(argv=None) -> int:
    args = arguments(argv)
    # `kill` (TERM) stops the run like Ctrl-C: the finally blocks stop the servers.
    signal.signal(signal.SIGTERM, loadcheck.interrupt)
    runs = {}
    if args.result_file:
        result = run_backend(args, args.backend)
        Path(args.result_file).write_text(json.dumps(result))
        return 0
    for backend in ("sqlite", "postgres") if args.backend == "both" else (args.backend,):
        # Django is set up once per process: each database in a process of its own.
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            command = [sys.executable, __file__, *(argv or sys.argv[1:])]
            command += ["--backend", backend, "--result-file", out.name]
            child = subprocess.Popen(command)
            try:
                code = child.wait()
            except KeyboardInterrupt:
                child.send_signal(signal.SIGTERM)  # it stops what it started, then ends
                child.wait()
                raise
            if code != 0:
                raise BenchError(f"The {backend} run failed (its output is above).")
            runs[backend] = json.loads(Path(out.name).read_text())
    result = {
        "benchmark": "engagement_load",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": loadcheck.git_commit(),
        "seconds": args.seconds,
        "pow_max_number": args.pow_max_number,
        "rate_limit_factor": RATE_LIMIT_FACTOR,
        "cores": os.cpu_count(),
        "runs": runs,
    }
    write_outputs(result)
    failed = [b for b, r in runs.items() if not r["check"]["ok"] or r["errors"]]
    if failed:
        print(f"\nNot clean: {', '.join(failed)} (lost, duplicated, mismatched or errors).")
    return 0


if __name__ == "__main__":
    run_main(main, "engagement_load")
