#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the tests, from Debian's packages, with a test
# role that owns a test database. Idempotent: a second run reuses the running server. Prints the
# connection URL on its last line (the tests give every test a schema of its own inside it).
#
# The server is for tests only: fsync is off (a crash may lose it, and nothing in it matters).
# INTERVISIE_PG_DURABLE=1 keeps PostgreSQL's defaults (for benchmarks/postgres.py).
set -euo pipefail

PORT=${INTERVISIE_PG_PORT:-54329}
DATA=${INTERVISIE_PG_DATA:-/tmp/intervisie-pg-$PORT}
ROLE=intervisie_test
PASSWORD=intervisie_test
DB=intervisie_test

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql >/dev/null
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres() { runuser -u postgres -- "$@"; }

if [ ! -f "$DATA/PG_VERSION" ]; then
    rm -rf "$DATA"
    install -d -o postgres -g postgres -m 700 "$DATA"
    as_postgres "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >/dev/null
fi

OPTIONS="-c listen_addresses=127.0.0.1 -p $PORT -k /tmp -c max_connections=200"
if [ -z "${INTERVISIE_PG_DURABLE:-}" ]; then
    OPTIONS="$OPTIONS -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
fi
if ! as_postgres "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 -o "$OPTIONS" start \
        >/dev/null
fi

psql_admin() { as_postgres psql -h /tmp -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
    psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE $DB OWNER $ROLE ENCODING 'UTF8' TEMPLATE template0"
fi

echo "postgresql://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
