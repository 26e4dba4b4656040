#!/usr/bin/env bash
# The production configuration on this machine, everything on 127.0.0.1 (docs/operations.md).
#
#   ops/prod.sh start    (make prod)       PostgreSQL and Redis (the ones answering, else
#                                           Debian's), migrate, static files, demo content,
#                                           the app server, the task worker, the
#                                           scheduler, Varnish
#   ops/prod.sh stop     (make prod-stop)  stops what `start` started
#   ops/prod.sh status
#   ops/prod.sh env      prints the running stack's environment: `eval "$(ops/prod.sh env)"`, then
#                        `.venv/bin/python manage.py …` works on the running stack
#
# Both are idempotent: what runs already is left running. Settings come from the environment
# (README, «Configuration»); this script only fills in the local stack's defaults below.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=$ROOT/.venv/bin
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

VAR=${DEPESCHE_VAR_DIR:-$ROOT/var}
RUN=$VAR/run
LOG=$VAR/log
# Ports of the local stack; readers use Varnish's.
HTTP_PORT=${DEPESCHE_HTTP_PORT:-8080}
APP_PORT=${DEPESCHE_APP_PORT:-8100}
# The app server: gunicorn, chosen against granian by measurement (docs/performance.md), with
# two sync workers per core (a request spends a good part of its time waiting on PostgreSQL).
CORES=$(nproc)
APP_WORKERS=${DEPESCHE_APP_WORKERS:-$((2 * CORES))}
VARNISH_MEMORY=${DEPESCHE_VARNISH_MEMORY:-256m}

export DJANGO_SETTINGS_MODULE=depesche.settings.production
export DEPESCHE_VAR_DIR=$VAR
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/depesche}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/0}
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
export DEPESCHE_SSL_REDIRECT=${DEPESCHE_SSL_REDIRECT:-false}  # no TLS on the local stack
export DEPESCHE_TASKS_BACKEND=${DEPESCHE_TASKS_BACKEND:-database}
export DEPESCHE_VARNISH_URLS=${DEPESCHE_VARNISH_URLS:-http://127.0.0.1:$HTTP_PORT}
export DEPESCHE_SERVE_MEDIA=${DEPESCHE_SERVE_MEDIA:-true}  # Varnish → app for /media/
# Varnish appends the reader's address to X-Forwarded-For: rate limits count readers by it.
export DEPESCHE_TRUSTED_PROXIES=${DEPESCHE_TRUSTED_PROXIES:-1}
export DEPESCHE_BASE_URL=${DEPESCHE_BASE_URL:-http://127.0.0.1:$HTTP_PORT}

say() { printf '%s\n' "== $*"; }
answers() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
running() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }
url_part() { "$BIN/python" -c "import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(getattr(p, sys.argv[2]) or '')" "$1" "$2"; }

wait_for() {  # wait_for HOST PORT WHAT
    for _ in $(seq 1 100); do answers "$1" "$2" && return 0; sleep 0.2; done
    echo "$3 does not answer on $1:$2 (logs: $LOG)" >&2
    return 1
}

start_detached() {  # start_detached NAME COMMAND…: in its own session, pid file, log file
    local name=$1
    shift
    if running "$name"; then
        say "$name runs already (pid $(cat "$RUN/$name.pid"))"
        return
    fi
    setsid nohup "$@" >>"$LOG/$name.log" 2>&1 </dev/null &
    echo $! >"$RUN/$name.pid"
    say "$name started (pid $!, log $LOG/$name.log)"
}

ensure_postgres() {
    local host port
    host=$(url_part "$DATABASE_URL" hostname)
    port=$(url_part "$DATABASE_URL" port)
    port=${port:-5432}
    if answers "$host" "$port"; then
        say "PostgreSQL answers on $host:$port"
    elif [ "$host" = 127.0.0.1 ] || [ "$host" = localhost ]; then
        [ -d /etc/postgresql ] || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq postgresql; }
        $SUDO pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
        touch "$RUN/postgresql.started"
        wait_for "$host" "$port" PostgreSQL
        say "PostgreSQL started (Debian's cluster)"
    else
        echo "PostgreSQL does not answer on $host:$port" >&2
        exit 1
    fi
    local name
    name=$(url_part "$DATABASE_URL" path)
    name=${name#/}
    if ! psql "${DATABASE_URL%/*}/postgres" -Atc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
        psql "${DATABASE_URL%/*}/postgres" -qc "CREATE DATABASE \"$name\""
        say "database $name created"
    fi
}

ensure_redis() {
    local host port
    host=$(url_part "$REDIS_URL" hostname)
    port=$(url_part "$REDIS_URL" port)
    port=${port:-6379}
    if answers "$host" "$port"; then
        say "Redis answers on $host:$port"
        return
    fi
    command -v redis-server >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq redis-server; }
    mkdir -p "$VAR/redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --dir "$VAR/redis" \
        --pidfile "$RUN/redis.pid" --logfile "$LOG/redis.log"
    touch "$RUN/redis.started"
    wait_for 127.0.0.1 "$port" Redis
    say "Redis started (pid file $RUN/redis.pid)"
}

secret_key() {
    # A secret for this local stack only, kept in var/ (never committed). Real deployments set
    # SECRET_KEY themselves.
    if [ -z "${SECRET_KEY:-}" ]; then
        [ -s "$VAR/prod_secret_key" ] || (umask 077 && "$BIN/python" -c \
            "import secrets; print(secrets.token_urlsafe(50))" >"$VAR/prod_secret_key")
        SECRET_KEY=$(cat "$VAR/prod_secret_key")
        export SECRET_KEY
    fi
}

start_app() {
    start_detached app "$BIN/gunicorn" depesche.wsgi:application \
        --bind "127.0.0.1:$APP_PORT" --workers "$APP_WORKERS" --preload \
        --access-logfile "$LOG/app-access.log" --max-requests 10000 \
        --max-requests-jitter 1000 --graceful-timeout 20
    wait_for 127.0.0.1 "$APP_PORT" "The app server"
}

start_varnish() {
    { command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ]; } &&
        ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1 ||
        { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq varnish varnish-modules; }
    local varnishd
    varnishd=$(command -v varnishd || echo /usr/sbin/varnishd)
    mkdir -p "$VAR/varnish"
    "$BIN/python" -c "from edge.testing import backend_vcl; print(backend_vcl(host='127.0.0.1', port=$APP_PORT))" \
        >"$VAR/varnish/backend.vcl"
    if running varnish; then
        say "varnish runs already (pid $(cat "$RUN/varnish.pid"))"
    else
        # -j none: the local stack runs as the current user; Debian's varnish.service runs
        # varnishd in its own jail (docs/operations.md).
        "$varnishd" -j none -n "$VAR/varnish/state" -a "127.0.0.1:$HTTP_PORT" \
            -f "$ROOT/ops/varnish/depesche.vcl" -p "vcl_path=$VAR/varnish" \
            -s "malloc,$VARNISH_MEMORY" -T none -P "$RUN/varnish.pid" >>"$LOG/varnish.log" 2>&1
        say "varnish started (pid $(cat "$RUN/varnish.pid"))"
    fi
    if ! running varnishncsa && command -v varnishncsa >/dev/null; then
        varnishncsa -n "$VAR/varnish/state" -a -w "$LOG/varnish-access.log" -D \
            -P "$RUN/varnishncsa.pid"
    fi
    wait_for 127.0.0.1 "$HTTP_PORT" Varnish
}

start() {
    mkdir -p "$RUN" "$LOG"
    [ -x "$BIN/python" ] || make install
    secret_key
    ensure_postgres
    ensure_redis
    say "migrate, static files, demo content"
    "$BIN/python" manage.py migrate --noinput >>"$LOG/manage.log"
    # Absolute URLs (feeds, sitemaps, e-mails) name the address readers use: Varnish's.
    "$BIN/python" manage.py site_address "$DEPESCHE_BASE_URL"
    "$BIN/python" manage.py collectstatic --noinput >>"$LOG/manage.log"
    "$BIN/python" manage.py load_demo
    "$BIN/python" manage.py create_editor
    (umask 077 && print_env >"$RUN/prod.env")  # what `ops/prod.sh env` prints while it runs
    start_app
    # db_worker exits when the database goes away (django-tasks-db re-raises the
    # OperationalError): restarted after a second, as systemd's Restart=always would, so that
    # purges and view flushes resume when PostgreSQL is back (docs/operations.md).
    start_detached worker bash -c \
        "while :; do '$BIN/python' manage.py db_worker --queue-name '*' --interval 0.2 --no-reload; sleep 1; done"
    # Scheduled go-live and expiry every DEPESCHE_SCHEDULER_SECONDS (core/scheduling.py); it
    # outlives a database outage itself, the loop restarts it should it exit all the same.
    start_detached scheduler bash -c \
        "while :; do '$BIN/python' manage.py run_scheduler; sleep 1; done"
    start_varnish
    cat <<EOF

depesche runs (production settings, gunicorn with $APP_WORKERS workers on $CORES cores):
  site (through Varnish)  http://127.0.0.1:$HTTP_PORT/
  newsroom                http://127.0.0.1:$HTTP_PORT/admin/
  app server, uncached    http://127.0.0.1:$APP_PORT/
  database                $DATABASE_URL
  Redis                   $REDIS_URL
  logs                    $LOG/
Stop it with: make prod-stop
EOF
}

stop_pid() {  # stop_pid NAME: TERM, then KILL after 20 s
    local name=$1 pid
    [ -f "$RUN/$name.pid" ] || return 0
    pid=$(cat "$RUN/$name.pid")
    if kill -0 "$pid" 2>/dev/null; then
        # Processes started here lead their own process group (setsid): stop the whole group.
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        if kill -0 "$pid" 2>/dev/null; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"; fi
        say "$name stopped"
    fi
    rm -f "$RUN/$name.pid"
}

stop() {
    rm -f "$RUN/prod.env"
    stop_pid varnishncsa
    stop_pid varnish
    stop_pid scheduler
    stop_pid worker
    stop_pid app
    if [ -f "$RUN/redis.started" ]; then
        stop_pid redis
        rm -f "$RUN/redis.started"
    fi
    if [ -f "$RUN/postgresql.started" ]; then
        $SUDO pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main stop
        rm -f "$RUN/postgresql.started"
        say "PostgreSQL stopped"
    fi
}

status() {
    for name in varnish varnishncsa app worker scheduler redis; do
        if running "$name"; then echo "$name: running (pid $(cat "$RUN/$name.pid"))"; else echo "$name: not started here"; fi
    done
}

print_env() {
    mkdir -p "$RUN" "$LOG"
    secret_key
    for name in DJANGO_SETTINGS_MODULE DEPESCHE_VAR_DIR DATABASE_URL REDIS_URL ALLOWED_HOSTS \
        DEPESCHE_SSL_REDIRECT DEPESCHE_TASKS_BACKEND DEPESCHE_VARNISH_URLS DEPESCHE_SERVE_MEDIA \
        DEPESCHE_TRUSTED_PROXIES \
        DEPESCHE_BASE_URL SECRET_KEY; do
        printf 'export %s=%q\n' "$name" "${!name}"
    done
    printf 'export DEPESCHE_HTTP_PORT=%q DEPESCHE_APP_PORT=%q\n' "$HTTP_PORT" "$APP_PORT"
}

case ${1:-} in
    start) start ;;
    env) if [ -f "$RUN/prod.env" ]; then cat "$RUN/prod.env"; else print_env; fi ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 start|stop|status|env" >&2; exit 2 ;;
esac
