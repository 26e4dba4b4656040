"""Issue 5, benchmark 3: publish-to-visible through the full stack.

What it measures: how long after an editor's change is published every reader sees it. On
the full stack (Varnish, gunicorn, the database task worker, PostgreSQL, Redis; ops/prod.sh),
--readers threads load the flagship article, the home page and the flagship's section page
through Varnish, one after the other, without pause; meanwhile this process publishes
--changes changes through Wagtail's revision API, the code path the admin's «Publish» takes
(`save_revision().publish()`, whose signal enqueues the purge task after the commit), taking
turns:

- edit: a new revision of the flagship article with a changed lead, published: readers of
  the article page must see the new lead;
- new: a new article published in the flagship's section: readers of the home page and of
  the section page must see its headline.

Per change: the time from `publish()` returning (the editor's acknowledgement) until every
reader has seen the change on every page concerned (each reader's first response with it;
a reader that sees the old version again afterwards counts as a flip-back), then p50, p99
and max over the changes; reader errors (a status other than 200, or no answer) are counted
(goal 0, p99 ≤ 1 s). The readers share the machine's 2 cores with the stack.

    .venv/bin/python bench/publish_visible.py [--changes 20] [--readers 8]

The site is `depesche_bench_publish` on 127.0.0.1:5432 (the demo newsroom, built on first
use and kept; each run adds its new articles), Varnish on 8380, the app on 8400, Redis
database 11; the stack is stopped at the end, also on an error or Ctrl-C.

Results: bench/results/publish_visible.json and the table in docs/performance.md (between the
`publish_visible` markers). `Readers` and `changes_run` are used by bench/faults.py too.
"""

import argparse
import http.client
import os
import statistics
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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

GOAL_P99_S = 1.0


@dataclass
class Change:
    kind: str
    marker: bytes
    paths: tuple[str, ...]
    published_at: float = 0.0  # time.monotonic() when publish() returned
    publish_seconds: float = 0.0
    seen: dict = field(default_factory=dict)  # (reader, path) -> monotonic time
    flip_backs: int = 0


class Readers:
    """`threads` readers, each loading `paths` through `base_url` in turn, without pause.
    Counts errors; reports to the change being watched which reader saw it where."""

    def __init__(self, base_url: str, paths: list[str], threads: int, *, timeout: float = 10):
        host, _, port = base_url.removeprefix("http://").partition(":")
        self.address = (host, int(port or 80))
        self.paths, self.count, self.timeout = paths, threads, timeout
        self.change: Change | None = None
        self.requests = 0
        self.errors: list[tuple[float, str, str]] = []  # (monotonic time, path, what)
        self.slowest = 0.0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [
            threading.Thread(target=self._read, args=(n,), daemon=True) for n in range(threads)
        ]

    def __enter__(self):
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=self.timeout + 5)

    def _read(self, number: int) -> None:
        connection = None
        while not self._stop.is_set():
            for path in self.paths:
                if self._stop.is_set():
                    return
                started = time.monotonic()
                try:
                    if connection is None:
                        connection = http.client.HTTPConnection(*self.address, timeout=self.timeout)
                    connection.request("GET", path, headers={"Accept-Encoding": "identity"})
                    response = connection.getresponse()
                    body = response.read()
                    status = response.status
                except (OSError, http.client.HTTPException) as error:
                    if connection is not None:
                        connection.close()
                    connection = None
                    self._error(path, type(error).__name__)
                    time.sleep(0.05)
                    continue
                done = time.monotonic()
                with self._lock:
                    self.requests += 1
                    self.slowest = max(self.slowest, done - started)
                if status != 200:
                    self._error(path, str(status))
                    time.sleep(0.05)  # a reader tries again, not in a tight loop
                    continue
                change = self.change
                if change is not None and path in change.paths:
                    key = (number, path)
                    if change.marker in body:
                        change.seen.setdefault(key, done)
                    elif key in change.seen:
                        with self._lock:
                            change.flip_backs += 1

    def _error(self, path: str, what: str) -> None:
        with self._lock:
            self.errors.append((time.monotonic(), path, what))

    def visible_after(self, change: Change, timeout: float) -> float | None:
        """Seconds from the change's publishing until every reader saw it on every page it
        concerns; None when some reader had not after `timeout` seconds."""
        wanted = {(n, p) for n in range(self.count) for p in change.paths}
        deadline = change.published_at + timeout
        while time.monotonic() < deadline:
            if wanted <= change.seen.keys():
                return max(0.0, max(change.seen[k] for k in wanted) - change.published_at)
            time.sleep(0.005)
        return None


# -- The editor's changes (Django in this process, the stack's settings) ----------------------


def django_setup(env: dict) -> None:
    os.environ.update(env)
    os.environ.setdefault("DEPESCHE_LOG_LEVEL", "WARNING")  # not every page Wagtail saves
    import django

    django.setup()


def tasks_drained(seconds: float = 300) -> int:
    """Wait until the task worker has no backlog (a new site leaves thousands of index
    updates behind); the tasks still waiting."""
    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    connection.close()  # one from before a database restart would fail
    deadline = time.monotonic() + seconds
    while (waiting := DBTaskResult.objects.ready().count()) and time.monotonic() < deadline:
        print(f"  the task worker has {waiting} tasks to do: waiting", flush=True)
        time.sleep(5)
    return waiting


def newsroom() -> dict:
    """The flagship article, its section, the editor, and the pages the readers load."""
    from django.contrib.auth import get_user_model

    from articles.models import ArticlePage

    article = ArticlePage.objects.live().get(external_id=FLAGSHIP)
    section = article.get_parent().specific
    editor = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    if editor is None:
        raise BenchError("No editor: ops/prod.sh start runs create_editor")
    return {
        "article": article,
        "section": section,
        "editor": editor,
        "paths": {"article": article.get_url(), "home": "/", "section": section.get_url()},
    }


def article_edit(*, article_id: int, lead: str, editor) -> None:
    """A new revision with another lead, published: the admin's edit and «Publish»."""
    from articles.models import ArticlePage

    article = ArticlePage.objects.get(pk=article_id)
    article.lead = lead
    article.save_revision(user=editor).publish(user=editor)


def article_new(*, section_id: int, title: str, editor) -> None:
    """A new article in the section, published: the admin's create and «Publish»."""
    from django.utils.text import slugify

    from articles.models import ArticlePage
    from taxonomy.models import SectionPage

    section = SectionPage.objects.get(pk=section_id)
    article = ArticlePage(
        title=title,
        slug=slugify(title),
        lead="Ein Artikel, den die Messung der Veröffentlichungszeit veröffentlicht hat.",
        key_points=[],
        body=[("paragraph", "<p>Gemessen wird, bis alle Leser ihn sehen.</p>")],
    )
    section.add_child(instance=article)
    article.save_revision(user=editor).publish(user=editor)


def changes_run(
    readers: Readers,
    site: dict,
    *,
    count: int,
    timeout: float = 10,
    pause: float = 1.0,
    start: int = 0,
) -> list[dict]:
    """Publish `count` changes, edit and new in turn (numbered from `start`), each after the
    previous one was seen by every reader (or timed out); what each took."""
    paths = site["paths"]
    results = []
    for number in range(start, start + count):
        token = uuid.uuid4().hex[:10]
        if number % 2 == 0:
            text = f"Nachgeführt {token}: die Bergstrecke bleibt gesperrt."
            change = Change("edit", token.encode(), (paths["article"],))
            act = lambda text=text: article_edit(  # noqa: E731
                article_id=site["article"].pk, lead=text, editor=site["editor"]
            )
        else:
            text = f"Messung {number} {token}"
            change = Change("new", token.encode(), (paths["home"], paths["section"]))
            act = lambda text=text: article_new(  # noqa: E731
                section_id=site["section"].pk, title=text, editor=site["editor"]
            )
        readers.change = change
        started = time.monotonic()
        try:
            act()
        except Exception as error:  # a fault benchmark publishes into outages
            from django.db import connection

            connection.close()  # a lost connection is not reused: the next change reconnects
            readers.change = None
            results.append(
                {"kind": change.kind, "marker": text, "published": False, "error": repr(error)}
            )
            print(f"  {number + 1:3} {change.kind:4} refused: {error!r:.100}", flush=True)
            time.sleep(pause)
            continue
        change.published_at = time.monotonic()
        change.publish_seconds = change.published_at - started
        visible = readers.visible_after(change, timeout)
        readers.change = None
        results.append(
            {
                "kind": change.kind,
                "marker": text,
                "published": True,
                "publish_ms": round(change.publish_seconds * 1000, 1),
                "visible_ms": None if visible is None else round(visible * 1000, 1),
                "flip_backs": change.flip_backs,
            }
        )
        print(
            f"  {number + 1:3} {change.kind:4} published in {change.publish_seconds * 1000:5.0f} "
            f"ms, seen by every reader after "
            + ("—  (timeout)" if visible is None else f"{visible * 1000:5.0f} ms"),
            flush=True,
        )
        time.sleep(pause)
    return results


def quantiles(values: list[float]) -> dict:
    if not values:
        return {}
    cuts = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values
    return {
        "p50_ms": round(statistics.median(values), 1),
        "p99_ms": round(cuts[98] if len(values) > 1 else values[0], 1),
        "max_ms": round(max(values), 1),
    }


def summary(changes: list[dict]) -> dict:
    out = {}
    for kind in ("edit", "new", "all"):
        mine = [c for c in changes if c["published"] and kind in ("all", c["kind"])]
        visible = [c["visible_ms"] for c in mine if c["visible_ms"] is not None]
        out[kind] = {
            "changes": len(mine),
            "timeouts": len(mine) - len(visible),
            "flip_backs": sum(c["flip_backs"] for c in mine),
            "publish_p50_ms": round(statistics.median(c["publish_ms"] for c in mine), 1)
            if mine
            else None,
            **quantiles(visible),
        }
    return out


def table(result: dict) -> str:
    s = result["summary"]
    names = {"edit": "edit (lead of the article)", "new": "new article (home, section)"}
    lines = [
        "| change | changes | visible to every reader p50 | p99 | max | not seen in 10 s "
        "| publish() p50 |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind in ("edit", "new", "all"):
        row = s[kind]
        lines.append(
            f"| {names.get(kind, 'all')} | {row['changes']} | {row.get('p50_ms', '–')} ms "
            f"| {row.get('p99_ms', '–')} ms | {row.get('max_ms', '–')} ms | {row['timeouts']} "
            f"| {row['publish_p50_ms']} ms |"
        )
    f = result["facts"]
    lines += [
        "",
        f"{result['readers']} reader threads through Varnish, {swiss(result['reader_requests'])} "
        f"requests, **{result['reader_errors']} reader errors**, {s['all']['flip_backs']} "
        f"flip-backs (goal: p99 ≤ {GOAL_P99_S:g} s, 0 errors). Measured {f['measured_at'][:10]} "
        f"at commit {f['commit']}, load average {f['load_average'][0]} at the end; readers, "
        "Varnish, app server, worker and PostgreSQL share the machine's 2 cores.",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=10, help="seconds to wait per change")
    args = parser.parse_args(argv)
    stop_on_term()
    url = f"{POSTGRES}/depesche_bench_publish"
    database_ensure(url)
    with Stack("publish", database_url=url) as stack:
        django_setup(stack.manage_env())
        tasks_drained()
        site = newsroom()
        paths = list(site["paths"].values())
        print(f"== {args.readers} readers on {paths}, {args.changes} changes", flush=True)
        with Readers(stack.url, paths, args.readers) as readers:
            time.sleep(2)  # every page in the cache, every reader going
            changes = changes_run(readers, site, count=args.changes, timeout=args.timeout)
        result = {
            "benchmark": "publish_visible",
            "readers": args.readers,
            "paths": site["paths"],
            "reader_requests": readers.requests,
            "reader_errors": len(readers.errors),
            "reader_error_samples": [f"{p} {w}" for _t, p, w in readers.errors[:20]],
            "slowest_reader_response_ms": round(readers.slowest * 1000, 1),
            "changes": changes,
            "summary": summary(changes),
            "facts": facts(),
        }
    path = results_write("publish_visible", result)
    doc_write(
        "publish_visible",
        "## Publish to visible (`bench/publish_visible.py`)",
        table(result),
    )
    print("\n" + table(result) + f"\n\nWritten to {path}")
    return 0


if __name__ == "__main__":
    run_main(main, "publish_visible")
