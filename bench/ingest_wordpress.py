"""A WordPress migration at scale: a 5'000-post export with 20'000 comments (docs/ingest.md).

What it measures: `manage.py import_wordpress` on a generated WXR 1.2 export, in a child
process: the wall-clock minutes of the first import (everything created) and of a second one
(everything unchanged), and the peak memory of each (the child's ru_maxrss). The reader streams
the export (iterparse, two passes), so peak memory should stay flat as the export grows; the
writer holds one post at a time.

How: it writes the export with a streaming writer (never the whole document in memory): posts
with Gutenberg paragraphs, a subheading, a quote, categories and tags from small pools, about
four comments a post (threaded, some waiting for moderation, some spam), a featured picture on
every --picture-every'th post from --pictures small generated pictures (Pillow) in an uploads
folder. It builds a throwaway site in a temporary folder (DEPESCHE_VAR_DIR: `migrate` only, no
demo newsroom), imports the export twice and checks the second import changed nothing.

Run from the repository root:

    .venv/bin/python bench/ingest_wordpress.py [--posts 5000] [--comments 20000] [--keep]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/depesche_bench_wordpress \\
        .venv/bin/python bench/ingest_wordpress.py --posts 5000 --comments 20000

Results: a table on stdout and bench/results/ingest_wordpress.json (git-ignored). SQLite by
default; with DATABASE_URL set, that database is used, and emptied first, which is only done
when its name contains "bench" or "test".
"""

import argparse
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from article_render import (  # noqa: E402
    BenchError,
    database_check,
    database_empty,
    environment,
    git_commit,
    machine,
    manage,
)

RESULTS = ROOT / "bench" / "results" / "ingest_wordpress.json"
HOST = "www.bench-bote.ch"
CATEGORIES = ["Schweiz", "International", "Wirtschaft", "Sport", "Kultur", "Zürich", "Bern"]
TAGS = [f"Thema {number}" for number in range(1, 41)]
AUTHORS = ["Anna Müller", "Reto Brunner", "Vreni Schär", "Peter Küng", "Käthi Bühler"]
WORDS = [
    "der", "die", "das", "und", "in", "zu", "den", "von", "mit", "sich", "des", "auf", "für",
    "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus",
    "nach", "wird", "bei", "einer", "über", "Zürich", "Bern", "Basel", "Genf", "Kanton",
    "Gemeinde", "Bundesrat", "Parlament", "Abstimmung", "Franken", "Prozent",
]  # fmt: skip


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def export_write(folder: Path, *, posts: int, comments: int, pictures: int, every: int) -> dict:
    """Write folder/export.xml and folder/uploads/; returns what they hold."""
    from PIL import Image

    rng = random.Random(12)
    uploads = folder / "uploads"
    for number in range(pictures):
        file = uploads / "2024" / "05" / f"bild-{number}.jpg"
        file.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        Image.new("RGB", (320, 200), (number * 37 % 255, 120, 200 - number % 200)).save(
            buffer, "JPEG"
        )
        file.write_bytes(buffer.getvalue())
    per_post = [comments // posts + (1 if n < comments % posts else 0) for n in range(posts)]
    start = datetime(2015, 1, 1, 6, 0, tzinfo=UTC)
    written = {"posts": 0, "comments": 0, "spam": 0, "pending": 0, "pictures": pictures}
    path = folder / "export.xml"
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
            f"<title>Bench-Bote</title>\n<link>https://{HOST}</link>\n"
            "<wp:wxr_version>1.2</wp:wxr_version>\n"
        )
        for number, name in enumerate(AUTHORS):
            out.write(
                f"<wp:author><wp:author_login>autor{number}</wp:author_login>"
                f"<wp:author_display_name>{cdata(name)}</wp:author_display_name></wp:author>\n"
            )
        for number, name in enumerate(CATEGORIES):
            out.write(
                f"<wp:category><wp:category_nicename>kat-{number}</wp:category_nicename>"
                f"<wp:cat_name>{cdata(name)}</wp:cat_name></wp:category>\n"
            )
        for number, name in enumerate(TAGS):
            out.write(
                f"<wp:tag><wp:tag_slug>tag-{number}</wp:tag_slug>"
                f"<wp:tag_name>{cdata(name)}</wp:tag_name></wp:tag>\n"
            )
        for number in range(pictures):
            out.write(
                f"<item><title>Bild {number}</title><wp:post_id>{900000 + number}</wp:post_id>"
                f"<excerpt:encoded>{cdata(f'Bildlegende {number}')}</excerpt:encoded>"
                "<wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>"
                f"<wp:attachment_url>https://{HOST}/wp-content/uploads/2024/05/bild-{number}.jpg"
                "</wp:attachment_url></item>\n"
            )
        comment_id = 0
        for post in range(1, posts + 1):
            when = start + timedelta(hours=post * 3)
            slug = f"beitrag-{post}"
            paragraphs = [
                " ".join(sentence(rng, rng.randint(8, 20)) for _ in range(rng.randint(2, 5)))
                for _ in range(rng.randint(4, 9))
            ]
            blocks = [f"<!-- wp:paragraph -->\n<p>{escape(p)}</p>\n<!-- /wp:paragraph -->"
                      for p in paragraphs]  # fmt: skip
            blocks.insert(
                2, '<!-- wp:heading -->\n<h2 class="wp-block-heading">Zwischentitel</h2>\n'
                "<!-- /wp:heading -->",
            )  # fmt: skip
            blocks.insert(
                4,
                '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>'
                f"{escape(sentence(rng, 10))}</p><cite>Eine Sprecherin</cite></blockquote>\n"
                "<!-- /wp:quote -->",
            )
            categories = rng.sample(range(len(CATEGORIES)), rng.randint(1, 2))
            tags = rng.sample(range(len(TAGS)), rng.randint(0, 3))
            out.write(
                f"<item><title>{escape(f'Beitrag {post}: ' + sentence(rng, 6))}</title>"
                f"<link>https://{HOST}/{when:%Y/%m/%d}/{slug}/</link>"
                f"<dc:creator>autor{post % len(AUTHORS)}</dc:creator>"
                f"<content:encoded>{cdata(chr(10).join(blocks))}</content:encoded>"
                "<excerpt:encoded><![CDATA[]]></excerpt:encoded>"
                f"<wp:post_id>{post}</wp:post_id>"
                f"<wp:post_date>{when:%Y-%m-%d %H:%M:%S}</wp:post_date>"
                f"<wp:post_date_gmt>{when:%Y-%m-%d %H:%M:%S}</wp:post_date_gmt>"
                "<wp:comment_status>open</wp:comment_status>"
                f"<wp:post_name>{slug}</wp:post_name><wp:status>publish</wp:status>"
                "<wp:post_type>post</wp:post_type>"
            )
            for category in categories:
                out.write(
                    f'<category domain="category" nicename="kat-{category}">'
                    f"{cdata(CATEGORIES[category])}</category>"
                )
            for tag in tags:
                name = cdata(TAGS[tag])
                out.write(f'<category domain="post_tag" nicename="tag-{tag}">{name}</category>')
            if pictures and post % every == 0:
                out.write(
                    "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>"
                    f"{900000 + post // every % pictures}</wp:meta_value></wp:postmeta>"
                )
            first = comment_id + 1
            for _ in range(per_post[post - 1]):
                comment_id += 1
                state = rng.choices(["1", "0", "spam"], weights=[85, 10, 5])[0]
                parent = (
                    rng.randint(first, comment_id - 1)
                    if comment_id > first and rng.random() < 0.4
                    else 0
                )
                moment = when + timedelta(minutes=comment_id % 500 + 1)
                written["comments"] += 1
                written["spam"] += state == "spam"
                written["pending"] += state == "0"
                out.write(
                    f"<wp:comment><wp:comment_id>{comment_id}</wp:comment_id>"
                    f"<wp:comment_author>{cdata(rng.choice(AUTHORS).split()[0])}</wp:comment_author>"
                    "<wp:comment_author_email></wp:comment_author_email>"
                    f"<wp:comment_date_gmt>{moment:%Y-%m-%d %H:%M:%S}</wp:comment_date_gmt>"
                    f"<wp:comment_content>{cdata(sentence(rng, rng.randint(5, 40)))}"
                    f"</wp:comment_content><wp:comment_approved>{state}</wp:comment_approved>"
                    f"<wp:comment_type>comment</wp:comment_type>"
                    f"<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>"
                )
            out.write("</item>\n")
            written["posts"] += 1
        out.write("</channel>\n</rss>\n")
    written["megabytes"] = round(path.stat().st_size / 1e6, 1)
    return written


def import_run(env: dict, export: Path, uploads: Path) -> dict:
    """`manage.py import_wordpress` in a child process: seconds, peak memory, its report."""
    command = [
        sys.executable,
        "manage.py",
        "import_wordpress",
        str(export),
        "--uploads",
        str(uploads),
    ]
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=err, text=True)
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        output, errors = out.read(), err.read()
    if child.returncode != 0:
        raise BenchError(f"import_wordpress failed (exit {child.returncode}):\n{output}{errors}")
    counts = {}
    for line in output.splitlines():
        match = re.match(r"\s+([^:]+): (\d+) \S+, (\d+) \S+, (\d+) \S+, (\d+) \S+", line)
        if match:
            counts[match.group(1)] = [int(match.group(n)) for n in range(2, 6)]
    return {
        "minutes": round(seconds / 60, 2),
        "seconds": round(seconds, 1),
        "peak_memory_mb": round(usage.ru_maxrss / 1024, 1),  # Linux: kilobytes
        # The command's own CPU (PostgreSQL's is not in it): steadier than the wall clock when
        # the machine is shared.
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
        "load_average": round(os.getloadavg()[0], 2),
        "counts": counts,
        "report_head": "\n".join(output.splitlines()[:12]),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--comments", type=int, default=20000)
    parser.add_argument("--pictures", type=int, default=20, help="pictures in the uploads folder")
    parser.add_argument(
        "--picture-every", type=int, default=10, help="a featured picture on every n-th post"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="depesche-ingest-wordpress-"))
    try:
        database_check()
        env = environment(folder)
        os.environ.update(env)
        import django

        django.setup()
        from django.db import connection

        print(f"Writing an export of {args.posts} posts, {args.comments} comments", flush=True)
        started = time.perf_counter()
        export = export_write(
            folder, posts=args.posts, comments=args.comments, pictures=args.pictures,
            every=args.picture_every,
        )  # fmt: skip
        export["write_seconds"] = round(time.perf_counter() - started, 1)
        print(f"  {export['megabytes']} MB in {export['write_seconds']} s", flush=True)
        database_empty()
        manage(env, "migrate", "--noinput")
        database = connection.vendor
        connection.close()
        print("Importing", flush=True)
        first = import_run(env, folder / "export.xml", folder / "uploads")
        print(f"  first: {first['minutes']} min, {first['peak_memory_mb']} MB", flush=True)
        print("Importing again", flush=True)
        second = import_run(env, folder / "export.xml", folder / "uploads")
        print(f"  again: {second['minutes']} min, {second['peak_memory_mb']} MB", flush=True)
        facts = machine()  # asks the database for its version: before its folder goes
    except BenchError as error:
        print(f"ingest_wordpress: error: {error}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    changed = {
        kind: numbers
        for kind, numbers in second["counts"].items()
        if numbers[0] or numbers[1]  # created, updated
    }
    print(f"\n{database}: {args.posts} posts, {export['comments']} comments "
          f"({export['spam']} spam), {export['megabytes']} MB export")  # fmt: skip
    print(f"{'import':10} {'minutes':>8} {'posts/s':>8} {'CPU min':>8} {'peak MB':>8} {'load':>6}")
    for name, run in (("first", first), ("again", second)):
        rate = args.posts / run["seconds"] if run["seconds"] else 0
        print(f"{name:10} {run['minutes']:8.2f} {rate:8.2f} {run['cpu_seconds'] / 60:8.2f} "
              f"{run['peak_memory_mb']:8.1f} {run['load_average']:6.2f}")  # fmt: skip
    print(first["report_head"])
    if changed:
        print(f"the second import changed something: {changed}", file=sys.stderr)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "database": database,
                "export": export,
                "first": first,
                "again": second,
                "commit": git_commit(),
                "machine": facts,
            },
            indent=2,
        )
    )
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
