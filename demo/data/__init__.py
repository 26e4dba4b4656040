"""The demo newsroom as data, in this folder.

- `newsroom.json`: sections, regions, topics, authors and the 61 articles, an import file
  (docs/import-format.md) that `manage.py import_articles` reads as it is, once its pictures
  are drawn next to it (`load_demo --write FOLDER` writes both);
- `pictures.json`: how to draw each picture the import file names (demo/pictures.py): a
  motif, seeded by the file's name, or an author's initials on a colour;
- `policies.json`, `correction.json`, `tickers.json`: what the import format does not hold
  (the policy pages, a correction note, live tickers), in the fields of the services that
  write them.

Every time in these files (a field whose name ends in `_at`) is written as seen at `ANCHOR`:
the loader moves them all by the time since (demo.services), so «6 hours ago» stays 6 hours
ago. All people, companies, clubs and organisations in the articles are fictional (except
public institutions such as the Bundesrat); real places only serve as settings. The text is
Swiss German: «ss» for «ß», 10'000, «guillemets». The flagship (`demo-flagship`) uses every
kind of body block and an archive picture, and has no kicker, so its primary topic stands
there; its YouTube video is the Blender Foundation's open film «Big Buck Bunny» (CC BY), a
stand-in.
"""

import json
from datetime import datetime
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).parent
ANCHOR = datetime.fromisoformat("2026-11-29T13:00:00+01:00")


@cache
def _read(name: str):
    return json.loads((FOLDER / name).read_text(encoding="utf-8"))


# Read once per process; callers copy before they change anything (demo.services.as_of).
def newsroom() -> dict:
    return _read("newsroom.json")


def pictures() -> dict:
    return _read("pictures.json")


def policies() -> list:
    return _read("policies.json")


def correction() -> dict:
    return _read("correction.json")


def tickers() -> list:
    return _read("tickers.json")
