"""Issue 13: a live ticker's updates reaching every reader through the edge cache.

What it measures: --readers simulated readers poll one ticker's `/live/<article id>/updates`
through Varnish as the article page's script does (tickers/static/tickers/ticker.js): the
same URL for everyone, at the interval the server sets in each answer, with the page's
jitter (0.8 to 1.2 times the interval) and its back-off after a failure, each reader on one
keep-alive connection (asyncio, raw HTTP/1.1, no library). Meanwhile an editor posts an
entry every --every seconds for --seconds seconds through `tickers.services.entry_post`
in this process, the code path of the newsroom's form (its purge task runs in the stack's
task worker).

- Posting to visible: from `entry_post` returning (the editor's acknowledgement) until a
  reader's answer has the entry's change number (`sequence`); per entry the time until
  every reader had it, p50 / p99 / max over the entries (goal p99 ≤ 3 s), and over all
  (reader, entry) pairs.
- Origin requests for the endpoint: the lines of the app server's access log for it during
  the run, per second and per cache window (DEPESCHE_TICKER_CACHE_SECONDS); the goal is about
  one per window plus one per entry (the purge), whatever the number of readers.
- Reader errors: a status other than 200, a refused or broken connection, an answer that is
  not the endpoint's JSON (goal 0).

    .venv/bin/python bench/live_ticker.py [--readers 2000] [--seconds 120] [--every 5]

Load goes to 127.0.0.1 only, bounded: at most MAX_READERS readers and MAX_SECONDS seconds of
posting. The site is `depesche_bench_live` on 127.0.0.1:5432 (the demo newsroom, built on
first use and kept; each run adds its entries to the flagship's ticker, started or reopened
when needed), Varnish on 8380, the app on 8400, Redis database 11; the stack is stopped at
the end, also on an error or Ctrl-C. Readers, Varnish, the app server, the worker and
PostgreSQL share the machine's cores.

Results: bench/results/live_ticker.json and the table in docs/performance.md (between the
`live_ticker` markers, section «Live ticker»).
"""

import argparse
import asyncio
import random
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from publish_visible import django_setup, quantiles, tasks_drained
from stack import (
    FLAGSHIP,
    POSTGRES,
    BenchError,
    Stack,
    database_ensure,
    doc_write,
    facts,
    results_write,
    run_main,
    stop_on_term,
    swiss,
)

GOAL_P99_S = 3.0
MAX_READERS = 5000
MAX_SECONDS = 300
# The endpoint's answer starts with the ticker's change number and the interval
# (tickers.selectors.ticker_changes: a dict in that order, as JsonResponse writes it).
ANSWER_HEAD = re.compile(rb'^\{"sequence":\s*(\d+),\s*"interval":\s*(\d+)')


@dataclass
class ReaderState:
    """What one reader saw: (change number, monotonic time) whenever its number grew."""

    sequence: int = 0
    seen: list = field(default_factory=list)
    requests: int = 0


class Readers:
    """`count` readers polling `path` at `address` on an asyncio loop in a thread of its
    own; `stop()` ends them (each finishes its request)."""

    def __init__(self, address: tuple[str, int], path: str, count: int, *, timeout: float = 10):
        if address[0] != "127.0.0.1":
            raise BenchError("the readers load 127.0.0.1 only")
        self.address, self.path, self.count, self.timeout = address, path, count, timeout
        self.states = [ReaderState() for _ in range(count)]
        self.errors: list[tuple[float, str]] = []
        self.status_counts: dict[str, int] = {}
        self.slowest = 0.0
        self.interval = None  # the last interval the server set
        self._running = True
        self._thread = threading.Thread(target=self._main, daemon=True)
        self.request = (
            f"GET {path} HTTP/1.1\r\nHost: {address[0]}:{address[1]}\r\n"
            "Accept: application/json\r\nAccept-Encoding: identity\r\n"
            "User-Agent: depesche-bench-live-ticker\r\n\r\n"
        ).encode()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def stop(self) -> None:
        self._running = False
        self._thread.join(timeout=self.timeout + 15)

    def _main(self) -> None:
        asyncio.run(self._all())

    async def _all(self) -> None:
        await asyncio.gather(*(self._reader(n) for n in range(self.count)))

    def _error(self, what: str) -> None:
        self.errors.append((time.monotonic(), what))

    async def _fetch(self, connection) -> tuple[int, bytes, bool]:
        """One request on the connection: (status, body, whether it may be reused)."""
        reader, writer = connection
        writer.write(self.request)
        await writer.drain()
        status_line = await reader.readline()
        if not status_line:
            raise ConnectionError("closed")
        status = int(status_line.split()[1])
        length, chunked, keep = None, False, True
        while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            name, value = name.strip().lower(), value.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding" and "chunked" in value:
                chunked = True
            elif name == "connection" and value == "close":
                keep = False
        if chunked:
            parts = []
            while (size := int((await reader.readline()).split(b";")[0], 16)) > 0:
                parts.append(await reader.readexactly(size))
                await reader.readline()
            await reader.readline()
            body = b"".join(parts)
        elif length is not None:
            body = await reader.readexactly(length)
        else:
            body, keep = await reader.read(), False
        return status, body, keep

    async def _reader(self, number: int) -> None:
        state = self.states[number]
        interval, failures, connection = 2.0, 0, None
        # Readers opened the page at different moments.
        await asyncio.sleep(random.uniform(0, interval))
        while self._running:
            started = time.monotonic()
            try:
                if connection is None:
                    connection = await asyncio.wait_for(
                        asyncio.open_connection(*self.address), self.timeout
                    )
                status, body, keep = await asyncio.wait_for(self._fetch(connection), self.timeout)
            except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError) as error:
                if connection is not None:
                    connection[1].close()
                connection = None
                failures += 1
                self._error(type(error).__name__)
            else:
                done = time.monotonic()
                state.requests += 1
                self.slowest = max(self.slowest, done - started)
                self.status_counts[str(status)] = self.status_counts.get(str(status), 0) + 1
                if not keep:
                    connection[1].close()
                    connection = None
                head = ANSWER_HEAD.match(body) if status == 200 else None
                if head is None:
                    failures += 1
                    self._error(f"{status}" if status != 200 else "not the endpoint's JSON")
                else:
                    failures = 0
                    sequence, interval = int(head[1]), float(head[2])
                    self.interval = head[2].decode()
                    if sequence > state.sequence:
                        state.sequence = sequence
                        state.seen.append((sequence, done))
            # The page's schedule: the server's interval, jitter, back-off after failures.
            wait = interval * random.uniform(0.8, 1.2) * 2 ** min(failures, 4)
            end = time.monotonic() + wait
            while self._running and time.monotonic() < end:
                await asyncio.sleep(min(0.5, end - time.monotonic()))
        if connection is not None:
            connection[1].close()

    def first_seen(self, sequence: int) -> list[float | None]:
        """Per reader, when its answers first had change number `sequence` or later."""
        result = []
        for state in self.states:
            result.append(next((t for s, t in state.seen if s >= sequence), None))
        return result

    @property
    def requests(self) -> int:
        return sum(state.requests for state in self.states)


# -- The editor (Django in this process, the stack's settings) --------------------------------


def ticker_ready():
    """The flagship article's ticker, started (or reopened); the editor."""
    from django.contrib.auth import get_user_model

    from articles.models import ArticlePage
    from tickers import services
    from tickers.models import Ticker

    article = ArticlePage.objects.live().get(external_id=FLAGSHIP)
    editor = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    if editor is None:
        raise BenchError("No editor: ops/prod.sh start runs create_editor")
    ticker = Ticker.objects.filter(article=article).first()
    if ticker is None or ticker.started_at is None:
        ticker = services.ticker_start(article=article, user=editor)
    elif ticker.ended_at is not None:
        ticker = services.ticker_reopen(ticker=ticker, user=editor)
    return article, ticker, editor


def entry_post(ticker, editor, number: int) -> int:
    """Post one entry; its change number."""
    from tickers import services

    entry = services.entry_post(
        ticker=ticker,
        user=editor,
        title=f"Messung {number}",
        body=f"<p>Eintrag {number} der Messung: er erreicht jeden Leser in Sekunden.</p>",
    )
    return entry.sequence


def access_log_lines(stack: Stack) -> Path:
    return stack.var / "log" / "app-access.log"


def origin_requests(log: Path, offset: int, path: str) -> int:
    """Requests for `path` in the app server's access log after byte `offset`."""
    with log.open("rb") as handle:
        handle.seek(offset)
        needle = f'"GET {path} '.encode()
        return sum(1 for line in handle if needle in line)


def summary(readers: Readers, posts: list[tuple[int, float]], timeout: float) -> dict:
    every, pairs, missed = [], [], 0
    for sequence, posted in posts:
        seen = readers.first_seen(sequence)
        late = [t - posted for t in seen if t is not None]
        missed += sum(1 for t in seen if t is None)
        pairs += [max(0.0, x) for x in late]
        if len(late) == len(seen):
            every.append(max(0.0, max(late)))
    ms = lambda values: [v * 1000 for v in values]  # noqa: E731
    return {
        "entries": len(posts),
        "entries_not_seen_by_every_reader": len(posts) - len(every),
        "reader_entry_pairs_missed": missed,
        "every_reader": quantiles(ms(every)),
        "each_reader": quantiles(ms(pairs)),
        "timeout_s": timeout,
    }


def table(result: dict) -> str:
    s, o = result["summary"], result["origin"]
    every, each = s["every_reader"], s["each_reader"]
    lines = [
        "| measure | p50 | p99 | max |",
        "|---|---|---|---|",
        f"| posting → every reader has the entry | {every.get('p50_ms', '–')} ms "
        f"| {every.get('p99_ms', '–')} ms | {every.get('max_ms', '–')} ms |",
        f"| posting → a reader has it (all reader-entry pairs) | {each.get('p50_ms', '–')} ms "
        f"| {each.get('p99_ms', '–')} ms | {each.get('max_ms', '–')} ms |",
        "",
        f"{swiss(result['readers'])} readers polling `/live/<id>/updates` through Varnish "
        f"(interval {result['interval_s']} s from the server, jitter ±20 %), "
        f"{s['entries']} entries posted every {result['every_s']} s for "
        f"{result['seconds']} s; {swiss(result['reader_requests'])} reader requests "
        f"({swiss(result['reader_requests_per_s'])}/s), **{result['reader_errors']} reader "
        f"errors**, {s['entries_not_seen_by_every_reader']} entries not seen by every reader "
        f"within {s['timeout_s']:g} s. Origin: **{o['requests']} requests** for the endpoint in "
        f"{o['seconds']} s = {o['per_second']}/s, {o['per_window']} per cache window of "
        f"{o['cache_seconds']} s (goal: about one per window and one per entry, whatever the "
        f"number of readers; p99 ≤ {GOAL_P99_S:g} s; 0 errors).",
    ]
    f = result["facts"]
    lines.append(
        f"Measured {f['measured_at'][:10]} at commit {f['commit']}, load average "
        f"{f['load_average'][0]} at the end; readers, Varnish, app server, worker and "
        "PostgreSQL share the machine's cores."
    )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=120, help="how long the editor posts")
    parser.add_argument("--every", type=float, default=5, help="seconds between entries")
    parser.add_argument("--timeout", type=float, default=10, help="seconds to wait at the end")
    args = parser.parse_args(argv)
    if not 1 <= args.readers <= MAX_READERS or not 0 < args.seconds <= MAX_SECONDS:
        raise BenchError(f"at most {MAX_READERS} readers and {MAX_SECONDS} seconds")
    stop_on_term()
    url = f"{POSTGRES}/depesche_bench_live"
    database_ensure(url)
    with Stack("live", database_url=url) as stack:
        django_setup(stack.manage_env())
        from django.conf import settings

        tasks_drained()
        article, ticker, editor = ticker_ready()
        path = f"/live/{article.pk}/updates"
        log = access_log_lines(stack)
        print(f"== {args.readers} readers on {path}, an entry every {args.every:g} s", flush=True)
        address = ("127.0.0.1", stack.http_port)
        with Readers(address, path, args.readers) as readers:
            time.sleep(5)  # every reader polling, the answer in the cache
            offset = log.stat().st_size if log.exists() else 0
            origin_started = time.monotonic()
            posts = []
            number = 0
            started = time.monotonic()
            while time.monotonic() - started < args.seconds:
                number += 1
                sequence = entry_post(ticker, editor, number)
                posts.append((sequence, time.monotonic()))
                print(f"  entry {number:3} posted (change {sequence})", flush=True)
                time.sleep(max(0.0, started + number * args.every - time.monotonic()))
            time.sleep(args.timeout)  # the last entry's way to every reader
            origin_seconds = time.monotonic() - origin_started
            readers.stop()
        requests = origin_requests(log, offset, path) if log.exists() else None
        cache_seconds = getattr(settings, "DEPESCHE_TICKER_CACHE_SECONDS", None)
        result = {
            "benchmark": "live_ticker",
            "readers": args.readers,
            "seconds": args.seconds,
            "every_s": args.every,
            "interval_s": readers.interval,
            "path": path,
            "reader_requests": readers.requests,
            "reader_requests_per_s": round(readers.requests / max(origin_seconds + 5, 1)),
            "reader_errors": len(readers.errors),
            "reader_error_samples": [what for _t, what in readers.errors[:20]],
            "statuses": readers.status_counts,
            "slowest_reader_response_ms": round(readers.slowest * 1000, 1),
            "summary": summary(readers, posts, args.timeout),
            "origin": {
                "requests": requests,
                "seconds": round(origin_seconds, 1),
                "per_second": round(requests / origin_seconds, 2) if requests is not None else None,
                "cache_seconds": cache_seconds,
                "per_window": round(requests / origin_seconds * cache_seconds, 2)
                if requests is not None and cache_seconds
                else None,
            },
            "facts": facts(),
        }
    path = results_write("live_ticker", result)
    doc_write("live_ticker", "## Live ticker (`bench/live_ticker.py`)", table(result))
    print("\n" + table(result) + f"\n\nWritten to {path}")
    return 0


if __name__ == "__main__":
    run_main(main, "live_ticker")
