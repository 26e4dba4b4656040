"""Issue 5, benchmark 1: the article page through Varnish vs a static file through Varnish.

What it measures: requests per second and latency of `GET <flagship article>` answered from
Varnish's cache (the app is not involved once the page is cached), against a static HTML file
of the same bytes served through the same Varnish (from /media/, cached the same way). The
ratio article / static shows what the page's headers and cache handling cost at the edge;
the goal is ≥ 0.8.

How: it uses the running `make prod` stack (starts it with ops/prod.sh when Varnish does not
answer), copies the article's HTML into MEDIA_ROOT/bench/, warms both URLs, then runs wrk
(Debian's, `make wrk`) against each, alternating, --rounds times, and keeps each URL's best
round (the machine is shared: the best round is the least disturbed one). wrk sends
`Accept-Encoding: gzip` like a browser. Load generator and Varnish share the machine's cores.

    .venv/bin/python bench/edge_cache.py [--seconds 10] [--connections 32] [--rounds 3]

Results: bench/results/edge_cache.json and the table in docs/performance.md (between the
`edge_cache` markers).
"""

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stack import BenchError, get, run_main, wrk

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "edge_cache.json"
DOC = ROOT / "docs" / "performance.md"
FLAGSHIP = "/news/felssturz-im-urner-reusstal-gotthard-bergstrecke-fuer-tage-gesperrt/"
GOAL = 0.8


def stack_env() -> dict:
    """The running stack's environment (ops/prod.sh env), started first when needed."""
    result = subprocess.run([ROOT / "ops" / "prod.sh", "env"], capture_output=True, text=True)
    env = dict(re.findall(r"^export (\w+)=(.*)$", result.stdout, re.MULTILINE))
    port = int(env.get("DEPESCHE_HTTP_PORT", "8080").split()[0])
    if get(f"http://127.0.0.1:{port}/healthz")[0] != 200:
        print("== the stack does not answer: ops/prod.sh start")
        subprocess.run([ROOT / "ops" / "prod.sh", "start"], check=True)
        return stack_env()
    return {key: value.replace("\\,", ",") for key, value in env.items()} | {"port": port}


def _swiss(number: float) -> str:
    return f"{number:,.0f}".replace(",", "'")


def write_doc(result: dict) -> None:
    article, static = result["article"], result["static"]
    table = "\n".join(
        [
            "<!-- edge_cache -->",
            "| through Varnish (cache hit) | req/s | p50 | p90 | p99 | bytes (gzip) |",
            "|---|---|---|---|---|---|",
            *(
                f"| {label} | {_swiss(r['requests_per_second'])} | {r['p50_ms']} ms "
                f"| {r['p90_ms']} ms | {r['p99_ms']} ms | {_swiss(result['gzip_bytes'])} |"
                for label, r in (("article page", article), ("static file, same bytes", static))
            ),
            "",
            f"Ratio article / static: **{result['ratio']:.2f}** (goal ≥ {GOAL}). "
            f"wrk, {result['connections']} connections, best of {result['rounds']} rounds of "
            f"{result['seconds']} s each; measured {result['measured_at'][:10]} at commit "
            f"{result['commit']}, load generator and Varnish on the same 2 shared cores.",
            "<!-- /edge_cache -->",
        ]
    )
    text = DOC.read_text()
    if "<!-- edge_cache -->" in text:
        text = re.sub(r"<!-- edge_cache -->.*?<!-- /edge_cache -->", table, text, flags=re.S)
    else:
        text += "\n## Edge cache: article vs static file (`bench/edge_cache.py`)\n\n" + table + "\n"
    DOC.write_text(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--path", default=FLAGSHIP, help="the article to measure")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise BenchError("wrk is missing: `make wrk` installs Debian's")

    env = stack_env()
    port = env["port"]
    status, _headers, html = get(f"http://127.0.0.1:{port}{args.path}")
    if status != 200:
        raise BenchError(f"{args.path} answers {status} through Varnish")
    media_root = Path(env.get("DEPESCHE_MEDIA_ROOT") or Path(env["DEPESCHE_VAR_DIR"]) / "media")
    static_path = "/media/bench/article-copy.html"
    (media_root / "bench").mkdir(parents=True, exist_ok=True)
    (media_root / "bench" / "article-copy.html").write_bytes(html)
    gzip_bytes = 0
    for path in (args.path, static_path):
        for _ in range(3):  # the second and later requests are hits
            status, headers, body = get(
                f"http://127.0.0.1:{port}{path}", headers={"Accept-Encoding": "gzip"}
            )
        if status != 200 or headers.get("X-Cache") != "HIT":
            raise BenchError(f"{path}: {status} {headers.get('X-Cache')}: not a cache hit")
        gzip_bytes = max(gzip_bytes, len(body))

    best = {"article": None, "static": None}
    urls = [("article", args.path), ("static", static_path)]
    for _ in range(args.rounds):
        for name, path in urls:
            run = wrk(
                f"http://127.0.0.1:{port}{path}",
                seconds=args.seconds,
                connections=args.connections,
                headers=["Accept-Encoding: gzip"],
            )
            print(f"{name:8} {run['requests_per_second']:10.0f} req/s  p99 {run['p99_ms']} ms")
            if (
                best[name] is None
                or run["requests_per_second"] > (best[name]["requests_per_second"])
            ):
                best[name] = run
        urls.reverse()  # neither URL always goes first
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    result = {
        "benchmark": "edge_cache",
        "article_path": args.path,
        "html_bytes": len(html),
        "gzip_bytes": gzip_bytes,
        "article": best["article"],
        "static": best["static"],
        "ratio": round(
            best["article"]["requests_per_second"] / best["static"]["requests_per_second"], 3
        ),
        "goal": GOAL,
        "seconds": args.seconds,
        "connections": args.connections,
        "rounds": args.rounds,
        "commit": commit,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    write_doc(result)
    print(f"ratio article / static: {result['ratio']:.2f} (goal ≥ {GOAL}); {RESULTS}")
    return 0


if __name__ == "__main__":
    run_main(main, "edge_cache")
