#!/usr/bin/env bash
# Development only, before the first release: rebuilds the single initial migration of each SQL
# adapter from the current schema. After a release, add new migrations with
# `npm run payload -- migrate:create <name>` instead (one per adapter, see README).
# (payload migrate:create prints nothing and writes nothing when its stdout is redirected, so
# its output is left on the terminal.)
set -euo pipefail
# Lexical's TLA entry points can deadlock Node 20's ESM loader (see vitest.config.ts).
export NODE_OPTIONS="${NODE_OPTIONS:-} --conditions=production"
cd "$(dirname "$0")/.."
pg_admin=${POSTGRES_TEST_URI:-postgres://postgres@127.0.0.1:5432/postgres}
tmp=$(mktemp -d)
db=policy_migrations_$$
for kind in sqlite postgres; do
  rm -f dev/migrations/$kind/*_initial.ts dev/migrations/$kind/*_initial.json
  printf "import type { Migration } from 'payload'\n\nexport const migrations: Migration[] = []\n" > dev/migrations/$kind/index.ts
done
# migrate:create occasionally exits 0 without writing anything (seen when its output is not a
# terminal); try again until the migration file is there.
create() {
  local kind=$1 uri=$2
  for attempt in 1 2 3; do
    DATABASE_URI="$uri" PAYLOAD_CONFIG_PATH=dev/payload.config.ts npx payload migrate:create initial
    ls dev/migrations/$kind/*_initial.ts >/dev/null 2>&1 && return 0
    echo "retrying $kind migration ($attempt)"
  done
  echo "could not create the $kind migration" >&2
  return 1
}
create sqlite "file:$tmp/m.db"
psql "$pg_admin" -qc "create database $db" >/dev/null
trap 'psql "$pg_admin" -qc "drop database if exists $db" >/dev/null; rm -rf "$tmp"' EXIT
create postgres "${pg_admin%/*}/$db"
PAYLOAD_CONFIG_PATH=dev/payload.config.ts npx payload generate:types
ls dev/migrations/sqlite dev/migrations/postgres
