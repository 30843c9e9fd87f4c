#!/usr/bin/env bash
# Everything the tests need, then every test: lint, the suite on SQLite and on PostgreSQL, the browser tests.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

need_apt=()
[ -d /usr/lib/postgresql ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
command -v msgfmt >/dev/null || need_apt+=(gettext)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "==> installing ${need_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q "${need_apt[@]}" >/tmp/safesocial-apt.log 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q "${need_apt[@]}" >>/tmp/safesocial-apt.log 2>&1; } \
      || { echo "could not install ${need_apt[*]}; see /tmp/safesocial-apt.log" >&2; exit 1; }
  else
    echo "missing system packages: ${need_apt[*]} (run as root, or install them)" >&2; exit 1
  fi
fi

failed=()
step() { local name=$1; shift; echo "==> $name"; "$@" || failed+=("$name"); }

step "ruff check" $BIN/ruff check src tests bench scripts
step "ruff format" $BIN/ruff format --check src tests bench scripts
step "mypy (core, strict)" $BIN/mypy src/safesocial/policy src/safesocial/screening
step "django checks" env DJANGO_SETTINGS_MODULE=safesocial.config.settings.test $BIN/safesocial check --fail-level WARNING
step "migrations up to date" env DJANGO_SETTINGS_MODULE=safesocial.config.settings.test $BIN/safesocial makemigrations --check --dry-run

step "tests on SQLite" $BIN/pytest -q -m "not browser" -n 2 --dist loadfile

pgdir=$(mktemp -d /tmp/safesocial-pg.XXXXXX)
# A free loopback port, so two runs (or a developer's own PostgreSQL) never collide.
pgport=${SAFESOCIAL_TEST_PG_PORT:-$($BIN/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
trap 'scripts/pg.sh stop "$pgdir"; rm -rf "$pgdir"' EXIT
if scripts/pg.sh start "$pgdir" "$pgport"; then
  step "tests on PostgreSQL" env SAFESOCIAL_DB_ENGINE=postgresql SAFESOCIAL_DB_HOST=127.0.0.1 \
    SAFESOCIAL_DB_PORT="$pgport" SAFESOCIAL_DB_USER=postgres \
    $BIN/pytest -q -m "not browser and not data" -n 2 --dist loadfile
else
  failed+=("start PostgreSQL")
fi

step "browser tests" $BIN/pytest -q -m browser

if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "All checks passed."
