"""Issue 14: a news day at the origin, every page type against WordPress in the same run.

What it measures: the app server directly (gunicorn as `make prod` runs it, PostgreSQL and
Redis, no Varnish) on a site of 100'000 articles while the newsroom works as on a news day:

- a reader's comment approved every 2 s (a new guest comment, then `comments_moderate`: the
  moderator's «Freigeben»), on one of the newest 100 articles;
- every 30 s an article published or edited (new and edit in turn, as the admin's «Publish»);
- every 10 s an entry on a running live ticker (`tickers.services.entry_post`), if one runs.

Reads are spread as a portal's: article pages most, 60 % of them on the newest hundred (the
first the most, Zipf) and 40 % anywhere in the archive (so most of those find nothing kept),
home, section, topic, region, author and search pages among them. The run reports:

- the mix: requests per second and CPU per request, and the share of article reads on
  articles not read in the 10 minutes before (the issue asks for at least a third);
- per page type, each read on its own with the newsroom still working: requests per second
  with 2 connections per worker, p50 and p99, CPU per request (app + PostgreSQL);
- right after a change: an article of the newest is edited, then each page type that shows it
  is read once (the article, home, its section, topic, region, author, a search for its
  title): the p50 and p99 of that first view;
- WordPress (`../shared/peers/wordpress`, `setup.sh` when it is not set up, then `bench.sh`
  for its post and home page, and wrk on its category, tag, author and search pages, the
  pages it has for ours) measured in the same run, and the ratios: req/s against WordPress's
  at 32 connections (goal ≥ 3×), and WordPress's p50 at one connection against our first
  view after a change (goal ≥ 2×). WordPress has no region pages: its tag page stands in.

The site is PostgreSQL database `depesche_bench_newsday_100k` (built with ops/prod.sh start and
`generate_articles` on first use, kept: `--reuse` measures it again; the news day's
publications make it grow, which `--reuse` accepts up to a tenth more). The stack runs on
ports 8380/8400 with Redis database 11; load generator, this process (the newsroom), app
server and PostgreSQL share the machine's 2 cores: compare the ratios, not absolute times.

    .venv/bin/python bench/news_day.py [--size 100000] [--workers 4] [--seconds 15]
        [--after-change 20] [--reuse] [--peer DIR]

Results: bench/results/news_day.json and the table in docs/performance.md (between the
`news_day` markers).
"""

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_server import site
from publish_visible import article_edit, article_new, django_setup
from stack import (
    ROOT,
    Background,
    BenchError,
    cpu_of,
    doc_write,
    facts,
    get,
    results_write,
    run_main,
    stop_on_term,
    swiss,
    wrk,
)

PEER = ROOT.parent / "shared" / "peers" / "wordpress"
PEER_URL = "http://127.0.0.1:8081"
SCRIPT = Path(__file__).resolve().parent / "news_day.lua"
TYPES = ("article", "home", "section", "topic", "region", "author", "search")
# A portal's reads: what share of requests goes to each page type.
MIX = {
    "article": 0.70,
    "home": 0.10,
    "section": 0.08,
    "topic": 0.04,
    "region": 0.03,
    "author": 0.03,
    "search": 0.02,
}
NEWEST = 100
NEWEST_SHARE = 0.6  # of article reads; the rest goes anywhere in the archive
SEQUENCE = 200_000  # paths in a mix file (wrk walks it round and round)
LONG_TAIL_WINDOW = 600  # seconds: «not read in the last 10 minutes»
GOAL_FACTOR, GOAL_AFTER_CHANGE = 3, 2
COMMENT_EVERY, PUBLISH_EVERY, TICKER_EVERY = 2, 30, 10


# -- WordPress ---------------------------------------------------------------------------------


def _peer_bench_line(output: str, label: str) -> dict:
    match = re.search(rf"^{label}\s+(.*)$", output, re.M)
    if not match:
        raise BenchError(f"WordPress bench.sh printed no {label} line:\n{output}")
    fields = dict(pair.split("=", 1) for pair in match.group(1).split())
    return {
        "requests_per_second": float(fields["rps"]),
        "p50_ms": float(fields["p50_ms"]),
        "p99_ms": float(fields["p99_ms"]),
    }


def _peer_sql(sql: str) -> str:
    done = subprocess.run(
        ["mysql", "-uroot", "-N", "wordpress", "-e", sql], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise BenchError(f"WordPress's database: {done.stderr}")
    return done.stdout.strip()


def _peer_archives() -> dict:
    """The peer's pages for our listing types: its biggest category and tag, the main post's
    author, a search for a word of the main post's title."""
    category = _peer_sql(
        "SELECT t.slug FROM wp_terms t JOIN wp_term_taxonomy x USING (term_id) "
        "WHERE x.taxonomy='category' ORDER BY x.count DESC LIMIT 1"
    )
    tags = _peer_sql(
        "SELECT t.slug FROM wp_terms t JOIN wp_term_taxonomy x USING (term_id) "
        "WHERE x.taxonomy='post_tag' ORDER BY x.count DESC LIMIT 2"
    ).split()
    author = _peer_sql(
        "SELECT u.user_nicename FROM wp_users u JOIN wp_posts p ON p.post_author = u.ID "
        "JOIN wp_postmeta m ON m.post_id = p.ID WHERE m.meta_key='_peer' AND m.meta_value='main'"
    )
    return {
        "section": f"/category/{category}/",
        "topic": f"/tag/{tags[0]}/",
        "region": f"/tag/{tags[-1]}/",
        "author": f"/author/{author}/",
        "search": "/?s=Putin",
    }


def wordpress_measure(peer: Path, *, seconds: int) -> dict:
    """The peer's req/s at 32 connections and p50 at one, per page type; its servers are
    stopped afterwards (they would take CPU from ours)."""
    if not (peer / "bench.sh").exists():
        raise BenchError(f"{peer}: no WordPress peer there (--peer DIR)")
    if not Path("/etc/wordpress/config-127.0.0.1.php").exists():
        print("== WordPress peer: setup.sh (once, about a minute)", flush=True)
        subprocess.run([str(peer / "setup.sh")], check=True, capture_output=True)
    print("== WordPress peer: bench.sh", flush=True)
    env = dict(os.environ, D=f"{seconds}s", C1="1", CACHED="0")
    output = subprocess.run(
        [str(peer / "bench.sh")], env=env, capture_output=True, text=True, check=True
    ).stdout
    measured = {}
    for kind, label in (("article", "post"), ("home", "home")):
        measured[kind] = {
            "capacity": _peer_bench_line(output, f"{label}_uncached"),
            "latency": _peer_bench_line(output, f"{label}_uncached_c1"),
        }
    for kind, path in _peer_archives().items():
        url = PEER_URL + path
        status = get(url)[0]
        if status != 200:
            raise BenchError(f"WordPress answers {status} for {url}")
        wrk(url, seconds=3, connections=32)  # warm-up, as bench.sh does
        measured[kind] = {
            "path": path,
            "capacity": wrk(url, seconds=seconds, connections=32),
            "latency": wrk(url, seconds=seconds, connections=1, threads=1),
        }
    subprocess.run([str(peer / "ctl.sh"), "stop"], capture_output=True)
    for kind, page in measured.items():
        print(
            f"  {kind:8} {page['capacity']['requests_per_second']:6.1f} req/s, "
            f"p50 at one connection {page['latency']['p50_ms']:.1f} ms",
            flush=True,
        )
    return measured


# -- The site's pages ----------------------------------------------------------------------------


def pages_of_site() -> dict:
    """Paths per page type: every live article (the newest first), the listing pages, search
    queries from the newest titles."""
    from wagtail.models import Page, Site

    from articles.models import ArticlePage
    from authors.models import AuthorPage
    from taxonomy.models import RegionPage, SectionPage, TopicPage

    root = Site.objects.get(is_default_site=True).root_page.url_path

    def path_of(url_path: str) -> str:
        return url_path[len(root) - 1 :]

    articles = list(
        Page.objects.live()
        .type(ArticlePage)
        .order_by("-first_published_at", "-pk")
        .values_list("pk", "url_path")
    )
    newest = ArticlePage.objects.live().order_by("-first_published_at", "-pk")[:NEWEST]
    if path_of(articles[0][1]) != newest[0].get_url():
        raise BenchError("article paths do not follow url_path: the site's URLs changed?")
    words = [
        word
        for title in newest.values_list("title", flat=True)
        for word in re.findall(r"\w{6,}", title)
    ]
    listing = {
        kind: [
            path_of(p) for p in Page.objects.live().type(model).values_list("url_path", flat=True)
        ]
        for kind, model in (
            ("section", SectionPage),
            ("topic", TopicPage),
            ("region", RegionPage),
            ("author", AuthorPage),
        )
    }
    return {
        "article": [(pk, path_of(url_path)) for pk, url_path in articles],
        "home": ["/"],
        **listing,
        "search": [f"/suche/?q={quote(word)}" for word in sorted(set(words))] or ["/suche/?q=Bern"],
    }


def article_reads(pages: dict, rng: random.Random, count: int) -> list[tuple[int, str]]:
    """`count` article reads: the newest hundred by Zipf, the rest uniform over the archive."""
    articles = pages["article"]
    newest = articles[:NEWEST]
    weights = [1 / (rank + 1) for rank in range(len(newest))]
    hot = rng.choices(newest, weights=weights, k=count)
    return [hot[i] if rng.random() < NEWEST_SHARE else rng.choice(articles) for i in range(count)]


def mix_sequence(pages: dict, rng: random.Random) -> tuple[list[str], list[int | None]]:
    """The mixed reads in order: paths, and the article id of each (None for other pages)."""
    kinds = rng.choices(list(MIX), weights=list(MIX.values()), k=SEQUENCE)
    reads = iter(article_reads(pages, rng, kinds.count("article")))
    paths, ids = [], []
    for kind in kinds:
        if kind == "article":
            pk, path = next(reads)
            paths.append(path)
            ids.append(pk)
        else:
            paths.append(rng.choice(pages[kind]))
            ids.append(None)
    return paths, ids


def long_tail_share(ids: list[int | None], *, served: int, seconds: float) -> float:
    """Of the article reads among the first `served` of the sequence, the share on an article
    not read in the LONG_TAIL_WINDOW before (at the measured rate, in sequence order)."""
    per_window = max(1, round(served / seconds * LONG_TAIL_WINDOW))
    last, fresh, total = {}, 0, 0
    for position, pk in enumerate(ids[: min(served, len(ids))]):
        if pk is None:
            continue
        total += 1
        if pk not in last or position - last[pk] > per_window:
            fresh += 1
        last[pk] = position
    return fresh / total if total else 0.0


def path_file(folder: Path, name: str, paths: list[str]) -> Path:
    path = folder / f"{name}.txt"
    path.write_text("\n".join(paths) + "\n")
    return path


# -- The newsroom at work ----------------------------------------------------------------------


class Newsroom(Background):
    """Comments approved, articles published and edited, ticker entries, on their clocks."""

    def __init__(self, pages: dict, rng: random.Random):
        super().__init__()
        from django.contrib.auth import get_user_model

        from taxonomy.models import SectionPage

        self.rng = rng
        self.newest = [pk for pk, _ in pages["article"][:NEWEST]]
        self.sections = list(SectionPage.objects.live().values_list("pk", flat=True))
        self.editor = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
        if self.editor is None:
            raise BenchError("No editor: ops/prod.sh start runs create_editor")
        self.done = {"comments approved": 0, "articles published": 0, "articles edited": 0}
        self.done["ticker entries"] = 0
        self.errors = []

    def comment_approve(self, article_id: int) -> None:
        """A guest's comment, held for moderation, then approved by the moderator."""
        from comments.models import Comment, CommentStatus
        from comments.pipeline import text_fingerprint
        from comments.services import comments_moderate
        from engagement.identity import Reader, guest_ensure

        body = f"Ein Leserkommentar am Nachrichtentag, Nummer {self.rng.randrange(10**9)}."
        reader = guest_ensure(Reader(user=None, guest=None, ip="10.14.0.1"))
        comment = Comment.objects.create(
            article_id=article_id,
            guest=reader.guest,
            ip_hash=reader.ip_hash,
            body=body,
            fingerprint=text_fingerprint(body),
            status=CommentStatus.PENDING,
        )
        comments_moderate(comment_ids=[comment.pk], action="approve", moderator=self.editor)

    def _ticker_post(self) -> bool:
        from tickers.models import Ticker
        from tickers.services import entry_post

        ticker = Ticker.objects.filter(started_at__isnull=False, ended_at__isnull=True).first()
        if ticker is None:
            return False
        entry_post(ticker=ticker, user=self.editor, body="<p>Neuer Stand am Nachrichtentag.</p>")
        return True

    def _act(self, clock: int) -> None:
        if clock % COMMENT_EVERY == 0:
            self.comment_approve(self.rng.choice(self.newest))
            self.done["comments approved"] += 1
        if clock % PUBLISH_EVERY == 0:
            if (clock // PUBLISH_EVERY) % 2:
                lead = f"Nachgeführt {self.rng.randrange(10**9)}: die Lage bleibt angespannt."
                article_edit(article_id=self.rng.choice(self.newest), lead=lead, editor=self.editor)
                self.done["articles edited"] += 1
            else:
                title = f"Nachrichtentag {self.rng.randrange(10**9)}"
                article_new(
                    section_id=self.rng.choice(self.sections), title=title, editor=self.editor
                )
                self.done["articles published"] += 1
        if clock % TICKER_EVERY == 0 and self._ticker_post():
            self.done["ticker entries"] += 1

    def _run(self) -> None:
        from django.db import connection

        start, clock = time.monotonic(), 0
        try:
            while not self._stop.is_set():
                try:
                    self._act(clock)
                except Exception as error:  # counted and reported, the day goes on
                    self.errors.append(repr(error))
                clock += 1
                self._stop.wait(max(0.0, start + clock - time.monotonic()))
        finally:
            connection.close()


# -- depesche ----------------------------------------------------------------------------------


def _run(stack, paths_file: Path, *, seconds: int, workers: int) -> dict:
    threads = 2
    before = cpu_of(stack)
    run = wrk(
        stack.app_url + "/",
        seconds=seconds,
        connections=2 * workers,
        threads=threads,
        script=SCRIPT,
        script_args=(paths_file, threads),
    )
    after = cpu_of(stack)
    for part in ("app", "postgres"):
        run[f"{part}_cpu_ms"] = round(
            1000 * (after[part] - before[part]) / max(run["requests"], 1), 1
        )
    if run["non_2xx"] or run["socket_errors"]:
        raise BenchError(f"{paths_file.name}: {run['non_2xx']} errors, {run['socket_errors']}")
    return run


def after_change(stack, pages: dict, newsroom: Newsroom, *, count: int) -> dict:
    """Edit one of the newest articles, then read once each page type that shows it."""
    from articles.models import ArticlePage

    times = {kind: [] for kind in TYPES}
    for number in range(count):
        article = ArticlePage.objects.live().get(pk=newsroom.rng.choice(newsroom.newest[:20]))
        article_edit(
            article_id=article.pk,
            lead=f"Neu {number}: {article.lead[:200]}",
            editor=newsroom.editor,
        )
        article = ArticlePage.objects.get(pk=article.pk)
        topic = article.article_topics.select_related("topic").first()
        region = article.article_regions.select_related("region").first()
        author = article.article_authors.select_related("author").first()
        shows = {
            "article": article.get_url(),
            "home": "/",
            "section": article.get_parent().get_url(),
            "topic": topic and topic.topic.get_url(),
            "region": region and region.region.get_url(),
            "author": author and author.author.get_url(),
            "search": "/suche/?q=" + quote((re.findall(r"\w{5,}", article.title) or ["Bern"])[0]),
        }
        for kind, path in shows.items():
            if not path:
                path = newsroom.rng.choice(pages[kind])
            started = time.perf_counter()
            status = get(stack.app_url + path)[0]
            times[kind].append(1000 * (time.perf_counter() - started))
            if status != 200:
                raise BenchError(f"{path} answers {status} right after a change")
    result = {}
    for kind, values in times.items():
        cuts = statistics.quantiles(values, n=100) if len(values) > 1 else values * 99
        result[kind] = {"p50_ms": round(statistics.median(values), 1), "p99_ms": round(cuts[98], 1)}
    return result


def depesche_measure(stack, *, seconds: int, workers: int, after_change_count: int) -> dict:
    rng = random.Random(14)
    pages = pages_of_site()
    folder = Path(tempfile.mkdtemp(prefix="news-day-"))
    try:
        mix_paths, mix_ids = mix_sequence(pages, rng)
        files = {"mix": path_file(folder, "mix", mix_paths)}
        for kind in TYPES:
            if kind == "article":
                chosen = [path for _pk, path in article_reads(pages, rng, SEQUENCE)]
            else:
                chosen = [rng.choice(pages[kind]) for _ in range(min(SEQUENCE, 20_000))]
            files[kind] = path_file(folder, kind, chosen)
        result = {"articles": len(pages["article"]), "types": {}}
        with Newsroom(pages, rng) as newsroom:
            print(f"== the news day begins ({len(pages['article'])} articles)", flush=True)
            _run(stack, files["mix"], seconds=5, workers=workers)  # connections, renditions
            mix = _run(stack, files["mix"], seconds=2 * seconds, workers=workers)
            mix["long_tail_share"] = round(
                long_tail_share(mix_ids, served=mix["requests"], seconds=2 * seconds), 3
            )
            result["mix"] = mix
            print(
                f"  mix      {mix['requests_per_second']:6.1f} req/s  p50 {mix['p50_ms']:.1f} ms  "
                f"p99 {mix['p99_ms']:.1f} ms  long tail {mix['long_tail_share']:.0%}",
                flush=True,
            )
            for kind in TYPES:
                run = _run(stack, files[kind], seconds=seconds, workers=workers)
                result["types"][kind] = {"capacity": run}
                print(
                    f"  {kind:8} {run['requests_per_second']:6.1f} req/s  "
                    f"p50 {run['p50_ms']:.1f} ms  p99 {run['p99_ms']:.1f} ms  "
                    f"CPU {run['app_cpu_ms']} + {run['postgres_cpu_ms']} ms",
                    flush=True,
                )
            changed = after_change(stack, pages, newsroom, count=after_change_count)
            for kind, figures in changed.items():
                result["types"][kind]["after_change"] = figures
                print(f"  {kind:8} right after a change p50 {figures['p50_ms']:.1f} ms", flush=True)
        result["newsroom"] = dict(newsroom.done)
        result["newsroom_errors"] = newsroom.errors[:20]
        if newsroom.errors:
            raise BenchError(f"the newsroom failed {len(newsroom.errors)}×: {newsroom.errors[:3]}")
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- Report ------------------------------------------------------------------------------------


def summary(ours: dict, peer: dict) -> dict:
    out = {}
    for kind in TYPES:
        page, theirs = ours["types"][kind], peer[kind]
        if not theirs["capacity"]["requests_per_second"] or not page["after_change"]["p50_ms"]:
            raise BenchError(f"{kind}: a side served nothing in the run (a machine too busy?)")
        factor = page["capacity"]["requests_per_second"] / theirs["capacity"]["requests_per_second"]
        after = theirs["latency"]["p50_ms"] / page["after_change"]["p50_ms"]
        out[kind] = {
            "factor": round(factor, 2),
            "after_change_factor": round(after, 2),
            "meets_goal": factor >= GOAL_FACTOR and after >= GOAL_AFTER_CHANGE,
        }
    return out


def table(result: dict) -> str:
    ours, peer, s = result["depesche"], result["wordpress"], result["summary"]
    lines = [
        "| page | WordPress req/s | depesche req/s | × | p50 / p99 "
        "| CPU per request: app + PostgreSQL | WordPress p50, 1 connection "
        "| first view after a change p50 / p99 | × |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for kind in TYPES:
        cap, after = ours["types"][kind]["capacity"], ours["types"][kind]["after_change"]
        theirs = peer[kind]
        lines.append(
            f"| {kind} | {theirs['capacity']['requests_per_second']:.1f} "
            f"| {cap['requests_per_second']:.1f} | **{s[kind]['factor']:.1f}×** "
            f"| {cap['p50_ms']:.1f} / {cap['p99_ms']:.1f} ms "
            f"| {cap['app_cpu_ms']:.1f} + {cap['postgres_cpu_ms']:.1f} ms "
            f"| {theirs['latency']['p50_ms']:.1f} ms "
            f"| {after['p50_ms']:.1f} / {after['p99_ms']:.1f} ms "
            f"| **{s[kind]['after_change_factor']:.1f}×** |"
        )
    mix, f, done = ours["mix"], result["facts"], ours["newsroom"]
    met = [kind for kind in TYPES if s[kind]["meets_goal"]]
    lines += [
        "",
        f"The mix ({', '.join(f'{kind} {share:.0%}' for kind, share in MIX.items())}): "
        f"{mix['requests_per_second']:.1f} req/s, p50 {mix['p50_ms']:.1f} ms, p99 "
        f"{mix['p99_ms']:.1f} ms, CPU {mix['app_cpu_ms']:.1f} + {mix['postgres_cpu_ms']:.1f} ms a "
        f"request; {mix['long_tail_share']:.0%} of its article reads were on an article not read "
        f"in the 10 minutes before. Meanwhile the newsroom: "
        + ", ".join(f"{count} {what}" for what, count in done.items())
        + f". {swiss(ours['articles'])} articles, {result['workers']} gunicorn workers, "
        f"{2 * result['workers']} connections, {result['seconds']} s per page type; «first view "
        f"after a change»: {result['after_change']} times an article of the newest edited, then "
        "each page type showing it read once. Goals: ≥ 3× WordPress's req/s (32 connections), "
        "and WordPress's p50 at one connection ≥ 2× our first view after a change; met by "
        f"{', '.join(met) if met else 'none'}. Measured {f['measured_at'][:10]} at commit "
        f"{f['commit']}, load average {f['load_average'][0]} at the end; wrk, this process, the "
        "servers and both databases share the machine's 2 cores.",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="live articles")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--seconds", type=int, default=15, help="seconds per page type")
    parser.add_argument("--after-change", type=int, default=20, help="changes to read after")
    parser.add_argument("--reuse", action="store_true", help="reuse a site of the right size")
    parser.add_argument("--peer", type=Path, default=PEER, help="the WordPress peer's folder")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        raise BenchError("wrk is missing: `make wrk` installs Debian's")
    stop_on_term()
    result = {
        "benchmark": "news_day",
        "workers": args.workers,
        "seconds": args.seconds,
        "after_change": args.after_change,
        "wordpress": wordpress_measure(args.peer, seconds=args.seconds),
    }
    stack = site(args.size, reuse=args.reuse, workers=args.workers, name="newsday", grows=True)
    try:
        django_setup(stack.manage_env())
        result["depesche"] = depesche_measure(
            stack, seconds=args.seconds, workers=args.workers, after_change_count=args.after_change
        )
    finally:
        stack.stop()
    result["facts"] = facts()
    result["summary"] = summary(result["depesche"], result["wordpress"])
    path = results_write("news_day", result)
    if args.size >= 100_000:
        doc_write("news_day", "## A news day at the origin (`bench/news_day.py`)", table(result))
    print("\n" + table(result))
    print(f"\nWritten to {path}")
    return 0


if __name__ == "__main__":
    run_main(main, "news_day")
