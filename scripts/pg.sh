#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the test suite: `scripts/pg.sh start DIR PORT` / `stop DIR`.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?directory}; port=${3:-54329}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    if [ "$(id -u)" = 0 ]; then install -d -o postgres -g postgres "$dir"; else mkdir -p "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      run "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1
    fi
    run "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      run "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || kill "$(head -n 1 "$dir/data/postmaster.pid")" || true
    fi
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
