#!/usr/bin/env bash
# The Postgres equivalence check against a real server: a throwaway cluster from Debian's
# postgresql packages (initdb into a temporary directory, Unix socket only, no TCP; run as
# the postgres user when root, since initdb refuses root), stopped and removed on exit, also
# on failure. Installs postgresql with apt-get when root and it is missing, and psycopg into
# the virtual environment. Prints "SKIPPED: <reason>" and exits 0 when no server can be had.
# Usage: bash Warehouse/run_postgres.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
source Warehouse/common.sh

# The newest installed server's programs (Debian keeps them out of PATH).
server_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin=$(server_bin)
if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get install -y -qq postgresql >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq postgresql >/dev/null 2>&1; } || true
  bin=$(server_bin)
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "SKIPPED: no PostgreSQL server programs (/usr/lib/postgresql/*/bin), and they cannot be installed here (not root, or no apt-get)"
  exit 0
fi
as_owner=()
if [ "$(id -u)" = 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "SKIPPED: running as root and there is no postgres user to run the server as"
    exit 0
  fi
  as_owner=(runuser -u postgres --)
fi

cluster=$(mktemp -d /tmp/footprint-postgres.XXXXXX)
stop_cluster() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap stop_cluster EXIT
[ ${#as_owner[@]} -eq 0 ] || chown postgres "$cluster"
"${as_owner[@]}" "$bin/initdb" -D "$cluster/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
  -o "-c listen_addresses='' -k $cluster -c fsync=off" start >/dev/null
export PGHOST="$cluster" PGUSER=postgres PGDATABASE=postgres

warehouse_python psycopg 'psycopg[binary]'
run_equivalence postgres "${1:-100000}"
