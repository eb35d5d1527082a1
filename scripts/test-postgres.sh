#!/usr/bin/env bash
# Installs (Debian's package, needs root), starts and prepares a local PostgreSQL for the test
# suites, then prints the TEST_POSTGRES_URL to use. Safe to run again. Loopback only.
#   export TEST_POSTGRES_URL=$(bash scripts/test-postgres.sh)
set -euo pipefail

USER_NAME=kennissen
PASSWORD=kennissen-test
DATABASE=kennissen_test

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian's packages..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${VERSION} main$"; then
  pg_createcluster "$VERSION" main >&2
fi
if ! pg_lsclusters -h | awk '$1=="'"$VERSION"'" && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VERSION" main start >&2
fi
PORT=$(pg_lsclusters -h | awk '$1=="'"$VERSION"'" && $2=="main" {print $3}')

psql_admin() { runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -qtAc "$1"; }
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '${USER_NAME}'")" != "1" ]; then
  psql_admin "CREATE ROLE ${USER_NAME} LOGIN PASSWORD '${PASSWORD}'" >&2
fi
# The test run creates one database per Jest worker beside the named one.
psql_admin "ALTER ROLE ${USER_NAME} CREATEDB" >&2
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '${DATABASE}'")" != "1" ]; then
  psql_admin "CREATE DATABASE ${DATABASE} OWNER ${USER_NAME}" >&2
fi

echo "postgres://${USER_NAME}:${PASSWORD}@127.0.0.1:${PORT}/${DATABASE}"
