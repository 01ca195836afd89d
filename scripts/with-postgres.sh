#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster on 127.0.0.1, which it stops and deletes at
# the end. The command finds the server in KORDON_TEST_POSTGRES_URL.
set -uo pipefail
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ]; then
  echo "PostgreSQL is not installed; run 'make system-deps' first." >&2
  exit 1
fi
pgdir=$(mktemp -d /tmp/kordon-pg.XXXXXX)
chmod 755 "$pgdir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pgdir"; fi
as_pg "$pgbin/initdb" -D "$pgdir/data" -U kordon --auth=trust -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 \
  || { cat "$pgdir/initdb.log" >&2; exit 1; }
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pgdir -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$pgdir/server.log" >&2; exit 1; }
stop_pg() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1; rm -rf "$pgdir"; }
trap stop_pg EXIT
export KORDON_TEST_POSTGRES_URL="postgresql+psycopg://kordon@127.0.0.1:$port/postgres"
"$@"
