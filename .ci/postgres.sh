# Start a throw-away PostgreSQL server for the tests: `source .ci/postgres.sh;
# start_postgres` exports AUDITOR_TEST_POSTGRES_URL and stops the server on exit.
# Needs root (apt-get, and `su postgres` because initdb refuses to run as root) or
# an existing postgres install runnable by the current user.

pg_bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

start_postgres() {
  if [ -z "$(pg_bindir)" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
      || { echo "ci: could not install postgresql" >&2; return 1; }
  fi
  local bin; bin="$(pg_bindir)"
  [ -n "$bin" ] || { echo "ci: no PostgreSQL binaries under /usr/lib/postgresql" >&2; return 1; }

  PG_TMP="$(mktemp -d /tmp/auditor-pg.XXXXXX)"
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  local as_pg=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$PG_TMP"
    as_pg=(runuser -u postgres --)
  fi
  PG_STOP=("${as_pg[@]}" "$bin/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop)
  trap 'stop_postgres' EXIT
  "${as_pg[@]}" "$bin/initdb" -D "$PG_TMP/data" -A trust -U postgres --no-sync >"$PG_TMP/initdb.log" 2>&1 \
    || { cat "$PG_TMP/initdb.log" >&2; return 1; }
  "${as_pg[@]}" "$bin/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $PG_TMP -F" start >/dev/null \
    || { cat "$PG_TMP/server.log" >&2; return 1; }
  "${as_pg[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres auditor_test
  export AUDITOR_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/auditor_test"
  echo "ci: $("$bin/postgres" --version) on 127.0.0.1:$port" >&2
}

stop_postgres() {
  if [ -n "${PG_TMP:-}" ] && [ -d "$PG_TMP/data" ]; then
    "${PG_STOP[@]}" >/dev/null 2>&1 || true
    rm -rf "$PG_TMP"
  fi
}
