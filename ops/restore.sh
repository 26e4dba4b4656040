#!/usr/bin/env bash
# Restore a backup of ops/backup.sh into an EMPTY database and media folder.
#
#   ops/restore.sh FOLDER
#
# DATABASE_URL names the database to restore into: it is created when missing and must hold
# no tables (never restores over live data). DEPESCHE_MEDIA_ROOT (default var/media) receives
# the media files. Then run `manage.py migrate` (a no-op for a backup of the same version).
set -euo pipefail
cd "$(dirname "$0")/.."
FOLDER=${1:?usage: ops/restore.sh BACKUP_FOLDER}
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database to restore into}"
MEDIA_ROOT=${DEPESCHE_MEDIA_ROOT:-${DEPESCHE_VAR_DIR:-var}/media}

(cd "$FOLDER" && sha256sum --check --quiet SHA256SUMS)

name=${DATABASE_URL##*/}
name=${name%%\?*}
server=${DATABASE_URL%/*}/postgres
if ! psql "$server" -Atc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    psql "$server" -qc "CREATE DATABASE \"$name\""
fi
tables=$(psql "$DATABASE_URL" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != 0 ]; then
    echo "$name has $tables tables: restore only into an empty database" >&2
    exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" \
    "$FOLDER/database.dump"

mkdir -p "$MEDIA_ROOT"
tar --extract --gzip --file="$FOLDER/media.tar.gz" --directory="$MEDIA_ROOT"
echo "restored $FOLDER into $name and $MEDIA_ROOT"
