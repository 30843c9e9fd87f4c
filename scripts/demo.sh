#!/usr/bin/env bash
# Set up (or reuse) the demo and serve it: an SQLite database under var/, the demo trust, schools and users,
# the background worker, and the web app on http://127.0.0.1:${PORT:-8000}. Safe to run again: it reuses what
# is there (the database, the demo records, any passwords people changed).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-safesocial.config.settings.dev}
export SAFESOCIAL_VAR_DIR=${SAFESOCIAL_VAR_DIR:-$PWD/var}
PORT=${PORT:-8000}
HOST=127.0.0.1

if [ ! -x "$BIN/safesocial" ]; then
  echo "SafeSocial is not installed yet: run 'make demo' (or 'make install' first)." >&2
  exit 1
fi
case "$PORT" in ''|*[!0-9]*) echo "PORT must be a number, not '$PORT'." >&2; exit 2 ;; esac

# Refuse early, before any work, if something is already listening on the port.
if ! "$BIN/python" - "$HOST" "$PORT" <<'PY'
import socket, sys
s = socket.socket()
try:
    s.bind((sys.argv[1], int(sys.argv[2])))
except OSError:
    sys.exit(1)
finally:
    s.close()
PY
then
  echo "Port $PORT on $HOST is already in use." >&2
  if "$BIN/python" -c "import sys, urllib.request; sys.exit(0 if b'SafeSocial' in urllib.request.urlopen('http://$HOST:$PORT/accounts/login/', timeout=3).read() else 1)" 2>/dev/null; then
    echo "SafeSocial already seems to be running there: open http://$HOST:$PORT/" >&2
  fi
  echo "Stop whatever is using it, or choose another port: make demo PORT=8001" >&2
  exit 1
fi

mkdir -p "$SAFESOCIAL_VAR_DIR"
echo "==> Database: $SAFESOCIAL_VAR_DIR/safesocial.sqlite3"
"$BIN/safesocial" migrate --noinput -v0
"$BIN/safesocial" collectstatic --noinput -v0
echo "==> Demo data"
"$BIN/safesocial" load_demo

"$BIN/safesocial" db_worker --interval 2 >>"$SAFESOCIAL_VAR_DIR/worker.log" 2>&1 &
worker=$!
# The server runs in the background too, so Ctrl-C or a plain `kill` of this script stops both at once.
"$BIN/safesocial" runserver --noreload "$HOST:$PORT" &
server=$!
cleanup() {
  kill "$server" "$worker" 2>/dev/null || true
  wait "$server" "$worker" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP
echo
echo "Background worker running (log: $SAFESOCIAL_VAR_DIR/worker.log)."
echo "SafeSocial is at http://$HOST:$PORT/  — sign in with any login above. Ctrl-C stops it."
echo "Password reset e-mails are printed here, in this terminal."
echo
wait "$server"
