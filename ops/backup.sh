#!/usr/bin/env bash
# Back up depesche: the database (pg_dump, custom format) and the media folder (pictures,
# renditions, documents), into one folder. docs/operations.md, «Backups and restore».
#
#   ops/backup.sh [FOLDER]      default: var/backups/<UTC time>
#
# Reads DATABASE_URL (PostgreSQL) and DEPESCHE_MEDIA_ROOT (default var/media) like the app.
# Restore with ops/restore.sh FOLDER.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database to back up}"
MEDIA_ROOT=${DEPESCHE_MEDIA_ROOT:-${DEPESCHE_VAR_DIR:-var}/media}
OUT=${1:-var/backups/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"

# A consistent snapshot of the database while the site keeps running.
pg_dump --format=custom --no-owner --no-privileges --file="$OUT/database.dump" "$DATABASE_URL"
# Media files are only ever added (renditions, new uploads): copying them after the dump
# means every file the dump refers to is in the archive.
if [ -d "$MEDIA_ROOT" ]; then
    tar --create --gzip --file="$OUT/media.tar.gz" --directory="$MEDIA_ROOT" .
else
    tar --create --gzip --file="$OUT/media.tar.gz" --files-from=/dev/null
fi
(cd "$OUT" && sha256sum database.dump media.tar.gz >SHA256SUMS)
echo "backup written to $OUT"
