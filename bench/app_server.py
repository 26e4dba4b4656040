"""Issue 5, benchmark 2: reader pages uncached, straight from the app server, at 1'000 and
100'000 articles on PostgreSQL.

What it measures: gunicorn as `make prod` runs it (ops/prod.sh, production settings, Redis
cache), no Varnish in between: a few articles (the demo flagship, the newest and the oldest
generated article) and the home page. Per page, with wrk (Debian's, `make wrk`):

- latency: one connection, one request at a time: p50 and p99 of the page's own time;
- capacity: 2 connections per worker, the app server saturated: requests per second;
- right after a change: one request at a time, each after a new content generation (as a
  publication makes one, core.changes): the article's kept parts and the modules under it are
  rendered anew, as for the first reader after a change. The other figures are for a page
  read again and again, whose kept parts come from the cache (reader.selectors.
  article_rendered, discovery.selectors.article_modules_rendered).

It reports the ratio of the p50s at 100'000 and at 1'000 articles (goal ≤ 1.2, docs/design.md §5),
the article's p50 (goal ≤ 20 ms) and its requests per second against WordPress on the same
2 cores (32 req/s; goal ≥ 3×, i.e. ≥ 96 req/s). With `--workers 2,4` each worker count is
measured, and the report says which serves most.

How: each size has its own PostgreSQL database on 127.0.0.1:5432 (`depesche_bench_app_1k`,
`depesche_bench_app_100k`) and var folder in /tmp/depesche-prodbench/; it is built with
ops/prod.sh start (migrate, load_demo) and `manage.py generate_articles` (which ANALYZEs), and
kept: `--reuse` measures an existing site of the right size again without the ~3 minutes of
generating 100'000 articles. The stack runs on ports 8380 (Varnish, unused here) and 8400
(the app) with Redis database 11 and is stopped at the end, also on an error or Ctrl-C.
Load generator and app server share the machine's 2 cores.

    .venv/bin/python bench/app_server.py [--sizes 1000,100000] [--workers 4] [--seconds 8]
        [--rounds 2] [--reuse]

Results: bench/results/app_server.json and the table in docs/performance.md (between the
`app_server` markers).
"""

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stack import (
    FLAGSHIP,
    POSTGRES,
    BenchError,
    Stack,
    cpu_of,
    database_drop,
    database_ensure,
    doc_write,
    facts,
    get,
    live_articles,
    results_write,
    run_main,
    stop_on_term,
    swiss,
    wrk,
)

WORDPRESS_RPS = 32  # WordPress on these 2 cores (the figure)
GOAL_RATIO, GOAL_P50_MS, GOAL_FACTOR = 1.2, 20, 3
WARMUP = 30
AFTER_CHANGE_REQUESTS = 100

PAGES_SCRIPT = f"""
import json
from articles.models import ArticlePage
live = ArticlePage.objects.live()
print(json.dumps({{
    "article": live.get(external_id={FLAGSHIP!r}).get_url(),
    "article, newest": live.order_by("-first_published_at").first().get_url(),
    "article, oldest": live.order_by("first_published_at").first().get_url(),
    "home": "/",
}}))
"""


def label(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def site(size: int, *, reuse: bool, workers: int, name: str = "app", grows: bool = False) -> Stack:
    """The running stack of a site with `size` live articles, built unless reused (a site
    that `grows`, as a news day's publications make it, is reused with more)."""
    url = f"{POSTGRES}/depesche_bench_{name}_{label(size)}"
    stack = Stack(f"{name}-{label(size)}", database_url=url, workers=workers)
    existed = database_ensure(url)
    live = live_articles(url) if existed else 0
    if reuse and (live == size or (grows and size <= live <= size + size // 10)):
        print(f"== reusing {url} ({live} articles)", flush=True)
        return stack.start()
    print(f"== building a site with {size} articles in {url}", flush=True)
    database_drop(url)
    database_ensure(url)
    shutil.rmtree(stack.var, ignore_errors=True)  # its media belonged to the old database
    stack.start()
    try:
        demo = live_articles(url)
        if size < demo:
            raise BenchError(f"--sizes must be at least {demo}, the demo newsroom's articles")
        if size > demo:
            stack.manage("generate_articles", "--count", str(size - demo))
        if live_articles(url) != size:
            raise BenchError(f"{url} has {live_articles(url)} live articles, not {size}")
    except BaseException:
        stack.stop()
        raise
    return stack


def _capacity(stack: Stack, url: str, *, seconds: int, workers: int) -> dict:
    """wrk with 2 connections per worker, and the CPU time the app server and PostgreSQL
    spent per request meanwhile (independent of what else runs on the shared cores)."""
    before = cpu_of(stack)
    run = wrk(url, seconds=seconds, connections=2 * workers)
    after = cpu_of(stack)
    for part in ("app", "postgres"):
        spent = after[part] - before[part]
        run[f"{part}_cpu_ms"] = round(1000 * spent / max(run["requests"], 1), 1)
    return run


def _after_change(stack: Stack, url: str) -> dict:
    """p50 and p99 of requests each made right after a change that everything shows: the
    version of the `all` tag (core.fragments, in the stack's cache) is deleted, so every kept
    fragment is stale and the next request renders the page's anew, as the first reader after
    a change to what the page shows does."""
    client = redis.Redis.from_url(stack.env["REDIS_URL"])
    key = f"{stack.env['DEPESCHE_CACHE_PREFIX']}:1:tag-version:all"
    if not client.exists(key):  # the article pages measured before made it
        raise BenchError(f"{key} is not in the stack's cache: the key's name changed?")
    times = []
    for _ in range(AFTER_CHANGE_REQUESTS):
        client.delete(key)
        start = time.perf_counter()
        status = get(url)[0]
        times.append(1000 * (time.perf_counter() - start))
        if status != 200:
            raise BenchError(f"{url} answers {status} right after a change")
    cuts = statistics.quantiles(times, n=100)
    return {"p50_ms": round(cuts[49], 1), "p99_ms": round(cuts[98], 1)}


def measure(stack: Stack, pages: dict, *, seconds: int, workers: int, rounds: int) -> dict:
    """Each page's best round (the machine is shared: the best is the least disturbed)."""
    measured = {}
    for name, path in pages.items():
        url = stack.app_url + path
        for _ in range(WARMUP):  # renditions, the modules' fragments, connections
            status = get(url)[0]
        if status != 200:
            raise BenchError(f"{url} answers {status}")
        latency = min(
            (wrk(url, seconds=seconds, connections=1, threads=1) for _ in range(rounds)),
            key=lambda run: run["p50_ms"],
        )
        capacity = max(
            (_capacity(stack, url, seconds=seconds, workers=workers) for _ in range(rounds)),
            key=lambda run: run["requests_per_second"],
        )
        errors = latency["non_2xx"] + capacity["non_2xx"]
        if errors or latency["socket_errors"] or capacity["socket_errors"]:
            raise BenchError(f"{url}: {errors} errors, {capacity['socket_errors']}")
        after_change = _after_change(stack, url)
        measured[name] = {
            "path": path,
            "latency": latency,
            "capacity": capacity,
            "after_change": after_change,
        }
        print(
            f"  {name:16} p50 {latency['p50_ms']:7.1f} ms  p99 {latency['p99_ms']:7.1f} ms  "
            f"{capacity['requests_per_second']:6.1f} req/s ({2 * workers} connections)  "
            f"after a change p50 {after_change['p50_ms']:.1f} ms",
            flush=True,
        )
    return measured


def summary(result: dict) -> dict:
    """Ratio 100k/1k per page, and the goals, with the best worker count per size."""
    sizes = sorted(result["sizes"], key=int)
    best = {}
    for size in sizes:
        runs = result["sizes"][size]["workers"]
        best[size] = max(runs, key=lambda w: runs[w]["article"]["capacity"]["requests_per_second"])
    small, large = sizes[0], sizes[-1]
    out = {"best_workers": best, "ratio_p50": {}}
    for page in result["sizes"][large]["workers"][best[large]]:
        p50 = [
            result["sizes"][s]["workers"][best[s]][page]["latency"]["p50_ms"]
            for s in (small, large)
        ]
        out["ratio_p50"][page] = round(p50[1] / p50[0], 2)
    article = result["sizes"][large]["workers"][best[large]]["article"]
    out["article_p50_ms"] = article["latency"]["p50_ms"]
    out["article_requests_per_second"] = article["capacity"]["requests_per_second"]
    out["factor_wordpress"] = round(article["capacity"]["requests_per_second"] / WORDPRESS_RPS, 2)
    cpu_ms = article["capacity"]["app_cpu_ms"] + article["capacity"]["postgres_cpu_ms"]
    # What the 2 cores could serve if nothing else ran: CPU per request is what limits.
    out["article_cpu_ms"] = round(cpu_ms, 1)
    out["article_cpu_bound_rps"] = round(2000 / cpu_ms, 0) if cpu_ms else None
    return out


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} ms"


def _after_change_cell(page: dict) -> str:
    after = page.get("after_change")
    return f"{_ms(after['p50_ms'])} / {_ms(after['p99_ms'])}" if after else "–"


def table(result: dict) -> str:
    s = result["summary"]
    lines = [
        "| articles | workers | page | p50, 1 connection | p99, 1 connection "
        "| req/s, 2 per worker | p99 there | CPU per request: app + PostgreSQL "
        "| p50 / p99 right after a change |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for size in sorted(result["sizes"], key=int):
        for workers, pages in result["sizes"][size]["workers"].items():
            for name, page in pages.items():
                lat, cap = page["latency"], page["capacity"]
                lines.append(
                    f"| {swiss(int(size))} | {workers} | {name} | {_ms(lat['p50_ms'])} "
                    f"| {_ms(lat['p99_ms'])} | {cap['requests_per_second']:.1f} "
                    f"| {_ms(cap['p99_ms'])} "
                    f"| {cap['app_cpu_ms']:.1f} + {cap['postgres_cpu_ms']:.1f} ms "
                    f"| {_after_change_cell(page)} |"
                )
    ratios = ", ".join(f"{page} {ratio:.2f}" for page, ratio in s["ratio_p50"].items())
    f = result["facts"]
    lines += [
        "",
        f"p50 ratio 100'000 / 1'000 articles: {ratios} (goal ≤ {GOAL_RATIO}). "
        f"Article p50 at 100'000: **{s['article_p50_ms']:.1f} ms** (goal ≤ {GOAL_P50_MS} ms); "
        f"**{s['article_requests_per_second']:.0f} req/s**, {s['factor_wordpress']:.1f}× "
        f"WordPress's {WORDPRESS_RPS} (goal ≥ {GOAL_FACTOR}×); the article costs "
        f"{s['article_cpu_ms']:.1f} ms of CPU (app + PostgreSQL), i.e. at most about "
        f"{s['article_cpu_bound_rps']:.0f} req/s on 2 cores with nothing else running. "
        f"wrk, best of {result['rounds']} runs of {result['seconds']} s after {WARMUP} warm-up "
        "requests: a page read again and again, its content parts and modules kept rendered "
        f"(«right after a change»: {AFTER_CHANGE_REQUESTS} requests, each after a new content "
        "generation, everything rendered anew); gunicorn sync "
        f"workers as `make prod` runs them, PostgreSQL 15 and Redis on the same machine. "
        f"Measured {f['measured_at'][:10]} at commit {f['commit']}, load average "
        f"{f['load_average'][0]} at the end; load generator, app server and PostgreSQL share "
        "the machine's 2 cores.",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,100000", help="live articles per site")
    parser.add_argument("--workers", default="4", help="gunicorn workers to compare, e.g. 2,4")
    parser.add_argument("--seconds", type=int, default=8, help="seconds per wrk run")
    parser.add_argument("--rounds", type=int, default=2, help="runs per page; the best is kept")
    parser.add_argument("--reuse", action="store_true", help="reuse sites of the right size")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        raise BenchError("wrk is missing: `make wrk` installs Debian's")
    stop_on_term()
    sizes = [int(s) for s in args.sizes.split(",")]
    worker_counts = [int(w) for w in args.workers.split(",")]
    result = {
        "benchmark": "app_server",
        "seconds": args.seconds,
        "rounds": args.rounds,
        "sizes": {},
    }
    for size in sizes:
        stack = site(size, reuse=args.reuse, workers=worker_counts[0])
        try:
            pages = json.loads(stack.manage("shell", "-c", PAGES_SCRIPT).strip().splitlines()[-1])
            runs = {}
            for workers in worker_counts:
                if workers != worker_counts[0]:
                    stack.env["DEPESCHE_APP_WORKERS"] = str(workers)
                    stack.restart_app()
                print(f"== {size} articles, {workers} workers", flush=True)
                runs[str(workers)] = measure(
                    stack, pages, seconds=args.seconds, workers=workers, rounds=args.rounds
                )
            result["sizes"][str(size)] = {"database": stack.database_url, "workers": runs}
        finally:
            stack.stop()
    result["facts"] = facts()
    if len(sizes) > 1:
        result["summary"] = summary(result)
    path = results_write("app_server", result)
    if len(sizes) > 1:
        doc_write("app_server", "## App server, uncached (`bench/app_server.py`)", table(result))
        print("\n" + table(result))
    print(f"\nWritten to {path}")
    return 0


if __name__ == "__main__":
    run_main(main, "app_server")
