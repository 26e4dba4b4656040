"""10'000 agency wire items: the readers alone, and the whole ingest pipeline (issue 12).

What it measures:

(a) readers: `ingest.readers.ninjs` and `ingest.readers.newsml` on --items generated wire
    documents (format detected per file as the `ingest` command does): items per second,
    MB per second, and peak memory, both as Python's allocations (tracemalloc, in a second
    pass, since tracing slows the reading down) and as the process's peak RSS (ru_maxrss).
    No database is used.
(b) pipeline: `call_command("ingest", folder)` (the command of ingest/management/commands) on
    the same folder: readers, wires.py's mapping and the writer storing articles and pictures,
    items per second and peak RSS, on SQLite and, when DATABASE_URL is set, on PostgreSQL. Each
    database runs in a child process of its own (a fresh throwaway site: `migrate`,
    `load_demo`). When the `ingest` command does not exist yet, (b) is skipped with a message.

The documents: a mix like a Swiss desk receives it, 10 % ninjs 1.x, 35 % ninjs 2.x, 20 % ninjs
3.x, 35 % NewsML-G2 (half XHTML, half NITF, every tenth document a newsMessage of 5 items,
every twentieth a package with a picture item), German text of 2 to 8 KB per item, every fifth
item with a picture file beside the document. The folder is temporary (--keep keeps it).

Run from the repository root:

    .venv/bin/python bench/ingest_wires.py --items 500 --readers-only     # (a), seconds
    .venv/bin/python bench/ingest_wires.py --items 10000                  # (a) and (b), SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/depesche_bench_ingest \\
        .venv/bin/python bench/ingest_wires.py --items 10000              # (b) also on PostgreSQL
    .venv/bin/python bench/ingest_wires.py --items 10000 --pipeline-items 200   # (b) small

With DATABASE_URL, --postgresql-only leaves out (b) on SQLite (to run the two at once).

(b) prints items per second (every item is kept, so held ones count), minutes, the articles
created and the peak RSS of the child that ran the command.

Results: a table on stdout and bench/results/ingest_wires.json (git-ignored). With
DATABASE_URL set, that database is emptied for (b), which is only done when its name contains
"bench" or "test". The generator and the readers share the machine's cores with whatever else
runs: compare figures only between runs on the same machine.
"""

import argparse
import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
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
    manage,
)

RESULTS = ROOT / "bench" / "results" / "ingest_wires.json"
HEAD_BYTES = 4096  # what format detection reads of a file
G2 = "http://iptc.org/std/nar/2006-10-01/"
NITF = "http://iptc.org/std/NITF/2006-10-18/"
WORDS = [
    "Bundesrat",
    "Kantone",
    "Gemeinde",
    "Strasse",
    "Verkehr",
    "Bahn",
    "Zürich",
    "Bern",
    "Genf",
    "Basel",
    "Luzern",
    "Lausanne",
    "Parlament",
    "Abstimmung",
    "Initiative",
    "Franken",
    "Millionen",
    "Prozent",
    "Wetter",
    "Schnee",
    "Föhn",
    "Lawine",
    "Alpen",
    "Gotthard",
    "Tunnel",
    "Unfall",
    "Polizei",
    "Feuerwehr",
    "Spital",
    "Gesundheit",
    "Schule",
    "Universität",
    "Forschung",
    "Wirtschaft",
    "Börse",
    "Unternehmen",
    "Arbeitsplätze",
    "Löhne",
    "Mieten",
    "Wohnungen",
    "Energie",
    "Strom",
    "Solar",
    "sagte",
    "teilte",
    "mit",
    "erklärte",
    "betonte",
    "kündigte",
    "an",
    "wird",
    "soll",
    "hat",
    "haben",
    "ist",
    "sind",
    "war",
    "waren",
    "nach",
    "vor",
    "bei",
    "mit",
    "für",
    "über",
    "unter",
    "gegen",
    "ohne",
    "seit",
    "wegen",
    "trotz",
    "während",
    "grosse",
    "kleine",
    "neue",
]


# -- The documents ---------------------------------------------------------------------------


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    text = " ".join(words)
    if rng.random() < 0.2:
        text += f", «{rng.choice(WORDS)} {rng.choice(WORDS)}»"
    return text[0].upper() + text[1:] + "."


def paragraphs(rng: random.Random) -> list[str]:
    """2 to 8 KB of text in 6 to 24 paragraphs."""
    return [
        " ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(6, 24))
    ]


def picture_file(folder: Path, index: int) -> str:
    """A small distinct JPEG beside the documents (the writer deduplicates by content)."""
    from PIL import Image

    name = f"bild-{index:05d}.jpg"
    color = (index * 37 % 256, index * 91 % 256, index * 53 % 256)
    Image.new("RGB", (64, 48), color).save(folder / name, "JPEG", quality=70)
    return name


def ninjs_document(rng, index: int, version: int, picture: str | None) -> dict:
    uri = f"urn:newsml:bench.example:2026:{index:06d}"
    when = datetime(2026, 12, 7, 6, tzinfo=UTC) + timedelta(seconds=index * 7)
    headline = sentence(rng)[:120]
    texts = paragraphs(rng)
    html = "".join(f"<p>{escape(text)}</p>" for text in texts)
    if version == 1:
        item = {
            "uri": uri,
            "type": "text",
            "version": "1",
            "versioncreated": when.isoformat(),
            "headline": headline,
            "byline": "Bench Redaktion",
            "description_text": texts[0][:300],
            "body_html": html,
            "subject": [
                {
                    "scheme": "http://cv.iptc.org/newscodes/mediatopic/",
                    "code": "04000000",
                    "name": "Wirtschaft",
                }
            ],
        }
        if picture:
            item["associations"] = {
                "featureimage": {
                    "type": "picture",
                    "headline": "Bild",
                    "description_text": texts[1][:200],
                    "copyrightholder": "Keystone",
                    "renditions": {
                        "baseImage": {
                            "href": picture,
                            "mimetype": "image/jpeg",
                            "width": 64,
                            "height": 48,
                        }
                    },
                }
            }
        return item
    item = {
        "uri": uri,
        "type": "text",
        "version": "1",
        "versioncreated": when.isoformat(),
        "firstcreated": when.isoformat(),
        "pubstatus": "usable",
        "urgency": rng.randint(1, 8),
        "language": "de-CH",
        "copyrightholder": "Keystone-SDA",
        "by": "Bench Redaktion",
        "headlines": [{"role": "main", "value": headline}],
        "descriptions": [{"role": "summary", "value": texts[0][:300]}],
        "bodies": [{"role": "main", "contenttype": "text/html", "value": html}],
        "subjects": [
            {"name": "Wirtschaft", "uri": "http://cv.iptc.org/newscodes/mediatopic/04000000"}
        ],
        "places": [{"name": "Bern", "uri": "http://sws.geonames.org/2661552/"}],
    }
    if picture:
        item["associations"] = [
            {
                "name": "mainpic",
                "type": "picture",
                "headlines": [{"value": "Bild"}],
                "descriptions": [{"role": "caption", "value": texts[1][:200]}],
                "copyrightholder": "Keystone",
                "renditions": [
                    {
                        "name": "base",
                        "href": picture,
                        "contenttype": "image/jpeg",
                        "width": 64,
                        "height": 48,
                    }
                ],
            }
        ]
    if version == 3:
        item = camel(item)
        item["standard"] = {"name": "ninjs", "version": "3.0"}
    return item


def camel(value):
    names = {
        "versioncreated": "versionCreated",
        "firstcreated": "firstCreated",
        "pubstatus": "pubStatus",
        "copyrightholder": "copyrightHolder",
        "contenttype": "contentType",
    }
    if isinstance(value, dict):
        return {names.get(key, key): camel(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [camel(inner) for inner in value]
    return value


def news_item_xml(rng, index: int, *, nitf: bool, picture_guid: str | None = None) -> str:
    guid = f"urn:newsml:bench.example:2026:{index:06d}"
    when = (datetime(2026, 12, 7, 6, tzinfo=UTC) + timedelta(seconds=index * 7)).isoformat()
    texts = paragraphs(rng)
    if nitf:
        body = "".join(f"<p>{escape(text)}</p>" for text in texts[1:])
        content = (
            f'<inlineXML contenttype="application/nitf+xml"><nitf xmlns="{NITF}"><body><body.head>'
            f"<abstract><p>{escape(texts[0])}</p></abstract></body.head>"
            f"<body.content>{body}<hl2>{escape(sentence(rng)[:80])}</hl2></body.content></body></nitf></inlineXML>"
        )
    else:
        body = "".join(f"<p>{escape(text)}</p>" for text in texts)
        content = (
            '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<body>{body}</body></html></inlineXML>"
        )
    return (
        f'<newsItem xmlns="{G2}" guid="{guid}" version="1" standard="NewsML-G2"'
        ' standardversion="2.35" xml:lang="de-CH">'
        "<rightsInfo><copyrightHolder><name>Keystone-SDA</name></copyrightHolder></rightsInfo>"
        f'<itemMeta><itemClass qcode="ninat:text"/><versionCreated>{when}</versionCreated>'
        f'<firstCreated>{when}</firstCreated><pubStatus qcode="stat:usable"/></itemMeta>'
        f"<contentMeta><urgency>{rng.randint(1, 8)}</urgency><by>Bench Redaktion</by>"
        '<subject qcode="medtop:04000000"><name>Wirtschaft</name></subject>'
        '<located qcode="sdaort:BERN"><name>Bern</name></located>'
        f"<headline>{escape(sentence(rng)[:120])}</headline></contentMeta>"
        f"<contentSet>{content}</contentSet></newsItem>"
    )


def picture_item_xml(guid: str, picture: str) -> str:
    return (
        f'<newsItem xmlns="{G2}" guid="{guid}" version="1">'
        '<itemMeta><itemClass qcode="ninat:picture"/></itemMeta>'
        "<contentMeta><creditline>KEYSTONE</creditline><headline>Bild</headline>"
        '<description role="drol:caption">Eine Bildlegende.</description></contentMeta>'
        f'<contentSet><remoteContent href="{picture}" contenttype="image/jpeg"'
        ' width="64" height="48"/></contentSet>'
        "</newsItem>"
    )


def folder_fill(folder: Path, items: int, seed: int = 12) -> dict:
    """Write documents holding `items` wire items in all into `folder`; their counts."""
    rng = random.Random(seed)
    counts = {"documents": 0, "items": 0, "bytes": 0, "pictures": 0}
    index = 0
    while index < items:
        kind = rng.random()
        picture = None
        if rng.random() < 0.2:
            picture = picture_file(folder, counts["pictures"])
            counts["pictures"] += 1
        name = f"meldung-{counts['documents']:06d}"
        if kind < 0.65:
            version = 1 if kind < 0.10 else 2 if kind < 0.45 else 3
            path = folder / f"{name}.json"
            path.write_text(
                json.dumps(ninjs_document(rng, index, version, picture), ensure_ascii=False)
            )
            index += 1
        else:
            nitf = rng.random() < 0.5
            shape = rng.random()
            if shape < 0.10 and items - index >= 5:
                inner = "".join(news_item_xml(rng, index + n, nitf=nitf) for n in range(5))
                xml = (
                    f'<newsMessage xmlns="{G2}"><header><sent>2026-12-07T08:00:00Z</sent></header>'
                    f"<itemSet>{inner}</itemSet></newsMessage>"
                )
                index += 5
            elif shape < 0.15 and picture:
                text_guid = f"urn:newsml:bench.example:2026:{index:06d}"
                picture_guid = f"{text_guid}:bild"
                package = (
                    f'<packageItem guid="{text_guid}:paket" version="1">'
                    '<itemMeta><itemClass qcode="ninat:composite"/></itemMeta>'
                    f'<groupSet root="G1"><group id="G1"><itemRef residref="{text_guid}"/>'
                    f'<itemRef residref="{picture_guid}"/></group></groupSet></packageItem>'
                )
                inner = news_item_xml(rng, index, nitf=nitf) + picture_item_xml(
                    picture_guid, picture
                )
                xml = f'<newsMessage xmlns="{G2}"><itemSet>{package}{inner}</itemSet></newsMessage>'
                index += 1
            else:
                xml = news_item_xml(rng, index, nitf=nitf)
                index += 1
            path = folder / f"{name}.xml"
            path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + xml, encoding="utf-8")
        counts["documents"] += 1
        counts["bytes"] += path.stat().st_size
    counts["items"] = index
    return counts


# -- (a) the readers -------------------------------------------------------------------------


def readers_pass(folder: Path) -> tuple[int, int, int]:
    """Read every document of the folder: (items, items with an error, bytes)."""
    from ingest.readers import newsml, ninjs

    items = errors = size = 0
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".json", ".xml"):
            continue
        content = path.read_bytes()
        size += len(content)
        head = content[:HEAD_BYTES]
        reader = ninjs if ninjs.detect(head) else newsml if newsml.detect(head) else None
        if reader is None:
            raise BenchError(f"{path.name}: neither ninjs nor NewsML-G2")
        for item in reader.items_read(content, base_dir=folder):
            items += 1
            errors += bool(item.error)
    return items, errors, size


def readers_measure(folder: Path) -> dict:
    print("  (a) readers: timed pass", flush=True)
    started = time.perf_counter()
    items, errors, size = readers_pass(folder)
    seconds = time.perf_counter() - started
    print("  (a) readers: tracemalloc pass", flush=True)
    tracemalloc.start()
    readers_pass(folder)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "items": items,
        "items_with_error": errors,
        "megabytes": round(size / 2**20, 1),
        "seconds": round(seconds, 2),
        "items_per_second": round(items / seconds, 1),
        "megabytes_per_second": round(size / 2**20 / seconds, 2),
        "peak_python_allocations_mb": round(peak / 2**20, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


# -- (b) the pipeline ------------------------------------------------------------------------


def pipeline_child(folder: Path) -> dict:
    """In a child process set up for one database: build the site, then time the command."""
    import django

    django.setup()
    from django.core.management import call_command, get_commands
    from django.db import connection

    if "ingest" not in get_commands():
        return {"skipped": "the `ingest` command does not exist yet (issue 12, i12-agencies)"}
    from articles.models import ArticlePage
    from ingest.models import AgencyItem
    from taxonomy.models import SectionPage

    before = ArticlePage.objects.count()
    # The items name no section and no provider gives one: the command's --section does.
    section = SectionPage.objects.order_by("path").first()
    out, err = io.StringIO(), io.StringIO()
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        call_command("ingest", str(folder), "--section", section.slug, stdout=out, stderr=err)
    except Exception as error:  # the command's own refusal: report it, not a traceback
        return {"failed": f"{type(error).__name__}: {error}", "stderr": err.getvalue()[-2000:]}
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    articles = ArticlePage.objects.count() - before
    items = AgencyItem.objects.count()  # every item is kept, held ones too
    return {
        "database": connection.vendor,
        "seconds": round(seconds, 1),
        "minutes": round(seconds / 60, 2),
        "items": items,
        "items_per_second": round(items / seconds, 2) if seconds else None,
        "articles_created": articles,
        "articles_per_second": round(articles / seconds, 2) if seconds else None,
        # This process's own CPU (PostgreSQL's is not in it): steadier than the wall clock
        # when the machine is shared.
        "cpu_ms_per_item": round(cpu * 1000 / items, 1) if items else None,
        "load_average": round(os.getloadavg()[0], 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "report_tail": out.getvalue()[-500:],
    }


def pipeline_run(folder: Path, *, postgres: bool) -> dict:
    """Run (b) in a child process on a throwaway site: SQLite in a temporary folder, or the
    DATABASE_URL database (emptied)."""
    var_dir = Path(tempfile.mkdtemp(prefix="depesche-bench-ingest-"))
    try:
        env = environment(var_dir)
        if not postgres:
            env.pop("DATABASE_URL", None)
        else:
            database_empty()  # this process is set up on DATABASE_URL (run)
        label = "PostgreSQL" if postgres else "SQLite"
        print(f"  (b) pipeline on {label}: building the site", flush=True)
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo")
        print(f"  (b) pipeline on {label}: manage.py ingest {folder}", flush=True)
        done = subprocess.run(
            [sys.executable, __file__, "--pipeline-child", str(folder)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            return {"failed": (done.stdout + done.stderr)[-2000:]}
        return json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(var_dir, ignore_errors=True)


# -- Running ---------------------------------------------------------------------------------


def arguments(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--items", type=int, default=10_000, help="wire items for (a) (default 10'000)"
    )
    parser.add_argument("--pipeline-items", type=int, help="wire items for (b) (default: --items)")
    parser.add_argument("--readers-only", action="store_true", help="only (a)")
    parser.add_argument("--keep", action="store_true", help="keep the folder of documents")
    parser.add_argument(
        "--postgresql-only",
        action="store_true",
        help="with DATABASE_URL: (b) on PostgreSQL only, not also on SQLite",
    )
    parser.add_argument("--pipeline-child", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run(args, folder: Path) -> dict:
    report = {"commit": git_commit(), "when": datetime.now(UTC).isoformat(timespec="seconds")}
    print(f"Writing {args.items} wire items into {folder}", flush=True)
    started = time.perf_counter()
    report["documents"] = folder_fill(folder, args.items)
    report["documents"]["generate_seconds"] = round(time.perf_counter() - started, 1)
    database_check()  # before anything is built: a DATABASE_URL (b) would empty must say so
    var_dir = folder.parent / (folder.name + "-var")
    var_dir.mkdir()
    os.environ.update(environment(var_dir))
    import django

    django.setup()
    report["readers"] = readers_measure(folder)
    if args.readers_only:
        return report
    pipeline_folder = folder
    if args.pipeline_items and args.pipeline_items != args.items:
        pipeline_folder = folder.parent / (folder.name + "-pipeline")
        pipeline_folder.mkdir()
        folder_fill(pipeline_folder, args.pipeline_items)
    postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
    report["pipeline"] = {}
    if not (postgres and args.postgresql_only):
        report["pipeline"]["sqlite"] = pipeline_run(pipeline_folder, postgres=False)
    if postgres:
        report["pipeline"]["postgresql"] = pipeline_run(pipeline_folder, postgres=True)
    return report


def table(report: dict) -> str:
    documents, readers = report["documents"], report["readers"]
    lines = [
        "",
        f"Documents: {documents['documents']} holding {documents['items']} items, "
        f"{documents['bytes'] / 2**20:.1f} MB, {documents['pictures']} pictures",
        f"(a) readers: {readers['items']} items in {readers['seconds']} s = "
        f"{readers['items_per_second']} items/s, {readers['megabytes_per_second']} MB/s; "
        f"peak allocations {readers['peak_python_allocations_mb']} MB, "
        f"peak RSS {readers['peak_rss_mb']} MB",
    ]
    for database, figures in report.get("pipeline", {}).items():
        if "skipped" in figures or "failed" in figures:
            lines.append(
                f"(b) pipeline, {database}: "
                f"{figures.get('skipped') or 'failed: ' + figures['failed']}"
            )
        else:
            lines.append(
                f"(b) pipeline, {database}: {figures['items']} items, "
                f"{figures['articles_created']} articles in {figures['seconds']} s "
                f"({figures['minutes']} min) = {figures['items_per_second']} items/s, "
                f"{figures['cpu_ms_per_item']} ms of the process's CPU an item, "
                f"peak RSS {figures['peak_rss_mb']} MB, load average {figures['load_average']}"
            )
    return "\n".join(lines)


def main(argv=None) -> int:
    args = arguments(argv)
    if args.pipeline_child:
        print(json.dumps(pipeline_child(Path(args.pipeline_child))))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="depesche-bench-wires-"))
    try:
        report = run(args, folder)
    except BenchError as error:
        print(f"\ningest_wires: error: {error}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"\nThe documents are kept in {folder}")
        else:
            for path in (
                folder,
                folder.parent / (folder.name + "-pipeline"),
                folder.parent / (folder.name + "-var"),
            ):
                shutil.rmtree(path, ignore_errors=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(table(report))
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
