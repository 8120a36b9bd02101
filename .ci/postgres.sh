#!/usr/bin/env bash
# Makes a local PostgreSQL ready for the postgres-artemis profile: installed, running, XA enabled
# (max_prepared_transactions > 0, needed because a request commits JDBC and JMS together), with an empty database.
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "installing PostgreSQL from Debian packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /etc/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
fi

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -c \"$1\""; }

if [ "$(psql_admin 'SHOW max_prepared_transactions')" = "0" ]; then
  echo "enabling prepared transactions (XA) and restarting PostgreSQL $version"
  psql_admin "ALTER SYSTEM SET max_prepared_transactions = 20"
  pg_ctlcluster --skip-systemctl-redirect "$version" main restart
fi

# Wait for the server to accept connections again.
for _ in $(seq 1 60); do
  su postgres -c "pg_isready -q -h 127.0.0.1 -p 5432" && break
  sleep 1
done

if [ -z "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = 'switchboard'")" ]; then
  psql_admin "CREATE ROLE switchboard LOGIN PASSWORD 'switchboard'"
fi
# Leftover prepared transactions from an aborted run would hold locks on the old database.
for gid in $(psql_admin "SELECT gid FROM pg_prepared_xacts WHERE database = 'switchboard_it'"); do
  su postgres -c "psql -d switchboard_it -qAt -c \"ROLLBACK PREPARED '$gid'\"" || true
done
psql_admin "DROP DATABASE IF EXISTS switchboard_it WITH (FORCE)"
psql_admin "CREATE DATABASE switchboard_it OWNER switchboard"
echo "PostgreSQL $version ready: database switchboard_it, max_prepared_transactions=$(psql_admin 'SHOW max_prepared_transactions')"
