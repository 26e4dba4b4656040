"""Issue 5, benchmark 4: a mixed spike through Varnish on the `make prod` stack.

What it measures: for 60 s (--seconds), 50 concurrent readers (--clients) send 95 % page reads
(the home page and articles: mostly the 20 newest, a few older ones), 4 % view beacons
(POST /engagement/articles/<id>/view/, as engagement.js sends them) and 1 % writes (comments
and poll votes, as the page's scripts send them: bench/loadclient.py) to Varnish, in front of
gunicorn, PostgreSQL, Redis and the database task worker, all started by ops/prod.sh with a
throwaway DEPESCHE_VAR_DIR under /tmp. Each reader has their own cookies and address
(X-Forwarded-For; the server trusts two proxies, the load generator standing for the CDN or
load balancer in front of Varnish) and makes 5 to 30 requests before the next one arrives.
It reports requests/s, p50/p99 per kind and errors (the goal is 0), then waits for the view
counters' flush (Redis → database) and checks that every acknowledged write is stored
exactly once, the counters agree with the rows and the view counters equal the views the
beacon answered as counted (`Depesche-View-Counted: 1`).

    .venv/bin/python bench/mixed_spike.py [--seconds 60] [--clients 50]

The database `depesche_bench_spike` (127.0.0.1:5432) is dropped and created (names without
"bench" or "test" are refused); Redis redis://127.0.0.1:6379/12 with a key prefix of its own.
Ports 8280 (Varnish) and 8300 (gunicorn). Everything is stopped at the end, also on Ctrl-C.
Bench settings as in engagement_load.py (proof of work 10'000, rate limits ×1000, guests'
comments not pre-moderated). Results: bench/results/mixed_spike.json and docs/performance.md
between the `mixed_spike` markers.

A fault benchmark runs the same load while it breaks the stack:

    from mixed_spike import run_mix, verify
    before = loadcheck.snapshot()
    result = run_mix("http://127.0.0.1:8280", 60, 50, targets=loadcheck.targets_discover())
    check = verify(result, before)
"""

import argparse
import json
import os
import random
import secrets
import signal
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loadcheck
from loadcheck import COMMENT_MARK, BenchError, Targets
from loadclient import Budget, GuestReader, Recorder, client_failed, summary, write_once
from stack import run_main

ROOT = loadcheck.ROOT
RESULTS = ROOT / "bench" / "results" / "mixed_spike.json"
DOC = ROOT / "docs" / "performance.md"
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/depesche_bench_spike"
REDIS_URL = "redis://127.0.0.1:6379/12"
HTTP_PORT, APP_PORT = 8280, 8300
RATE_LIMIT_FACTOR = 1000
# The mix: reads (of which the home page HOME_SHARE), view beacons, writes (of which votes
# VOTE_SHARE); article reads and views go to the newest articles RECENT_SHARE of the time.
MIX = {"read": 0.95, "view": 0.04, "write": 0.01}
HOME_SHARE = 0.2
VOTE_SHARE = 0.5
RECENT_SHARE = 0.9
KINDS = ("home", "article", "view", "state", "challenge", "comment", "vote")


def _client(number, base_url, targets: Targets, recorder, deadline, budget, token):
    rng = random.Random(f"{token}-{number}")
    reader, left, written = None, 0, 0

    def article() -> int:
        pool = targets.recent if rng.random() < RECENT_SHARE or not targets.old else targets.old
        return rng.choice(pool)

    while time.monotonic() < deadline and budget.take():
        try:
            if reader is None or left <= 0:
                if reader is not None:
                    reader.close()
                reader, left = GuestReader(base_url, recorder), rng.randint(5, 30)
            left -= 1
            draw = rng.random()
            if draw < MIX["read"]:
                if rng.random() < HOME_SHARE:
                    reader.page("/", "home")
                else:
                    reader.page(targets.paths[article()], "article")
            elif draw < MIX["read"] + MIX["view"]:
                reader.view(article())
            else:
                if write_once(
                    reader,
                    targets,
                    rng,
                    vote_share=VOTE_SHARE,
                    comment_text=(
                        f"{COMMENT_MARK} {token} {number}-{written + 1}: Ein Leserkommentar "
                        "während der Spitze, sachlich und ohne Verweis."
                    ),
                ):
                    written += 1
        except Exception as error:
            client_failed(recorder, error)
    if reader is not None:
        reader.close()


def run_mix(
    base_url: str,
    seconds: float,
    clients: int,
    *,
    targets: Targets,
    max_requests: int | None = 1_000_000,
    token: str | None = None,
) -> dict:
    """The mixed load against `base_url` (Varnish of a running stack) for `seconds` with
    `clients` concurrent readers, at most `max_requests` requests. Errors do not stop it (a
    fault benchmark breaks the stack meanwhile). Returns the figures (`summary`), the
    acknowledged writes (`acks`, for `verify`) and the run's `token`."""
    token = token or secrets.token_hex(4)
    recorder = Recorder()
    budget = Budget(max_requests)
    started = time.monotonic()
    deadline = started + seconds
    threads = [
        threading.Thread(
            target=_client,
            args=(n, base_url, targets, recorder, deadline, budget, token),
            daemon=True,
        )
        for n in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()) + 40)
    wall = time.monotonic() - started
    return {
        "token": token,
        "summary": summary(recorder, wall),
        "acks": recorder.acks,
        "unanswered": recorder.unanswered,
    }


def verify(result: dict, before: dict, *, flush_wait: float = 90) -> dict:
    """After `run_mix`: wait for the views' flush, then check in the database (Django set
    up on the stack's settings, `loadcheck.django_setup`) that every acknowledged write is
    stored once and every counted view is in the counters. `before`: `loadcheck.snapshot()`
    taken before the run."""
    waited = loadcheck.views_settle(result["acks"], before, seconds=flush_wait)
    check = loadcheck.verify(result["acks"], before, token=result["token"], views=True)
    check["views_flush_wait_seconds"] = waited
    return check


def report(result: dict) -> str:
    figures, check = result["summary"], result["check"]
    total = figures["requests"]
    lines = [
        "| request | share | requests | req/s | p50 | p99 | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind in KINDS:
        k = figures["kinds"].get(kind)
        if not k:
            continue
        lines.append(
            f"| {kind} | {100 * k['requests'] / total:.1f} % | {k['requests']} "
            f"| {k['per_second']} | {k['p50_ms']} ms | {k['p99_ms']} ms | {k['errors']} |"
        )
    lines.append(
        f"| **all** | 100 % | {total} | **{figures['requests_per_second']}** | | "
        f"| **{figures['errors']}** |"
    )
    views = check["views"]
    counters_ok = (
        not check["counters"]["mismatches"] and not check["counters"]["answer_counters_off"]
    )
    problems = result["server_log"]
    lines += [
        "",
        f"Acknowledged writes: {check['comments']['acknowledged']} comments, "
        f"{check['votes']['acknowledged']} votes, {views['acknowledged']} counted views; "
        f"**lost {check['lost']}, duplicated {check['duplicated']}**; article counters equal "
        f"to the rows: {'yes' if counters_ok else 'NO'}; view counters equal to the counted "
        f"views: {'yes' if not views['mismatches'] else 'NO'} (after "
        f"{check['views_flush_wait_seconds']} s for the flush). Refused by the product: "
        f"{figures['refused']}.",
        "",
        f"{result['clients']} readers at once for {result['seconds']} s, through Varnish to "
        f"gunicorn ({result['workers']} sync workers), {result['database']}, Redis, the "
        f"database task worker; {result['articles']} articles (reads: the home page "
        f"{HOME_SHARE:.0%} of them, articles the {len(result['recent'])} newest "
        f"{RECENT_SHARE:.0%} of the time). Load generator (Python threads) and stack on the "
        f"same {os.cpu_count()} shared cores. Bench settings: "
        f"`DEPESCHE_POW_MAX_NUMBER={result['pow_max_number']}`, "
        f"`DEPESCHE_RATE_LIMIT_FACTOR={RATE_LIMIT_FACTOR}`, "
        "`DEPESCHE_COMMENTS_PREMODERATE_GUESTS=false`, `DEPESCHE_TRUSTED_PROXIES=2`. Server "
        "logs: " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in problems.items()) + ". "
        f"Measured {result['measured_at'][:10]} at commit {result['commit']}.",
    ]
    return "\n".join(lines)


DOC_INTRO = """\
A spike of mixed traffic through Varnish on the `make prod` stack (PostgreSQL, Redis, the
task worker): 95 % page reads (the home page and articles, mostly recent ones), 4 % view
beacons, 1 % comments and poll votes as the page's scripts send them. Goal: 0 errors and every
acknowledged write stored. After the load the script waits for the view counters' flush and
checks the database: comments and votes stored exactly once, the articles' counters equal to
the rows, the view counters equal to the views the beacon answered as counted. The reads' p50
are Varnish hits; their p99 are misses waiting for the app (an approved comment purges the
pages that show its article, the home page among them), which the beacons and engagement
requests, passed through Varnish, keep busy."""


def arguments(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--max-requests", type=int, default=1_000_000)
    parser.add_argument("--pow-max-number", type=int, default=10_000)
    parser.add_argument("--database-url", default=DATABASE_URL)
    parser.add_argument("--redis-url", default=REDIS_URL)
    parser.add_argument("--keep", action="store_true", help="keep the stack's folder in /tmp")
    return loadcheck.load_arguments(parser, argv)


def main(argv=None) -> int:
    args = arguments(argv)
    signal.signal(signal.SIGTERM, loadcheck.interrupt)
    for port in (HTTP_PORT, APP_PORT):
        loadcheck.port_free(port)
    loadcheck.database_recreate(args.database_url)
    var_dir = Path(tempfile.mkdtemp(prefix="depesche-spike-", dir="/tmp"))
    env = loadcheck.server_env(
        var_dir,
        database_url=args.database_url,
        redis_url=args.redis_url,
        app_port=APP_PORT,
        http_port=HTTP_PORT,
        pow_max_number=args.pow_max_number,
        rate_limit_factor=RATE_LIMIT_FACTOR,
        trusted_proxies=2,
    )
    workers = 2 * os.cpu_count()
    print(f"== the make prod stack in {var_dir}", flush=True)
    try:
        loadcheck.stack_start(env)
        loadcheck.django_setup(env)
        targets = loadcheck.targets_discover()
        base_url = f"http://127.0.0.1:{HTTP_PORT}"
        warm = Recorder()  # every page once, as the first reader after a publish would
        warmer = GuestReader(base_url, warm)
        for path in ["/", *targets.paths.values()]:
            warmer.page(path)
        warmer.close()
        if any(s.outcome != "ok" for s in warm.samples):
            raise BenchError("Warming up: a page does not answer 200 through Varnish.")
        before = loadcheck.snapshot()
        print(
            f"== {args.clients} readers for {args.seconds} s through Varnish "
            f"({len(targets.paths)} articles, {len(targets.polls)} polls)",
            flush=True,
        )
        run = run_mix(
            base_url, args.seconds, args.clients, targets=targets, max_requests=args.max_requests
        )
        print("== waiting for the views' flush, checking the database", flush=True)
        check = verify(run, before)
        problems = loadcheck.log_problems(var_dir)
        database = loadcheck.database_version()
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        loadcheck.stack_stop(env)
        loadcheck.redis_forget(args.redis_url, env["DEPESCHE_CACHE_PREFIX"])
        if args.keep:
            print(f"   kept: {var_dir}")
        else:
            loadcheck.var_dir_remove(var_dir)
    result = {
        "benchmark": "mixed_spike",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": loadcheck.git_commit(),
        "seconds": args.seconds,
        "clients": args.clients,
        "workers": workers,
        "cores": os.cpu_count(),
        "database": database,
        "pow_max_number": args.pow_max_number,
        "rate_limit_factor": RATE_LIMIT_FACTOR,
        "mix": MIX,
        "articles": len(targets.paths),
        "recent": targets.recent,
        "summary": run["summary"],
        "unanswered_writes": run["unanswered"],
        "check": check,
        "server_log": problems,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    loadcheck.doc_section_write(
        DOC,
        "mixed_spike",
        "## Mixed spike through Varnish (`bench/mixed_spike.py`)",
        DOC_INTRO,
        report(result),
    )
    print(report(result))
    print(f"\nWritten: {RESULTS.relative_to(ROOT)}, {DOC.relative_to(ROOT)}")
    if run["summary"]["errors"] or not check["ok"]:
        print("\nNot clean: errors, lost or duplicated writes, or counters that disagree.")
    return 0


if __name__ == "__main__":
    run_main(main, "mixed_spike")
