#!/usr/bin/env bash
# Set up (or reuse) the demo: an SQLite database under var/, the demo trust and users, the background worker,
# and the web app on http://127.0.0.1:${PORT:-8000}. Safe to run again: it reuses what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-safesocial.config.settings.dev}
export SAFESOCIAL_VAR_DIR=${SAFESOCIAL_VAR_DIR:-$PWD/var}
PORT=${PORT:-8000}
mkdir -p "$SAFESOCIAL_VAR_DIR"

$BIN/safesocial migrate --noinput -v0
$BIN/safesocial collectstatic --noinput -v0
$BIN/safesocial load_demo

$BIN/safesocial db_worker --interval 2 >"$SAFESOCIAL_VAR_DIR/worker.log" 2>&1 &
worker=$!
trap 'kill $worker 2>/dev/null || true' EXIT INT TERM
echo "Background worker running (log: $SAFESOCIAL_VAR_DIR/worker.log)."
echo "SafeSocial is at http://127.0.0.1:$PORT/  (Ctrl-C to stop)"
$BIN/safesocial runserver --noreload "127.0.0.1:$PORT"
