#!/usr/bin/env bash
# Development only, before the first release: rebuilds the single initial migration of each SQL
# adapter from the current schema. After a release, add new migrations with
# `npm run payload -- migrate:create <name>` instead (one per adapter, see README).
# (payload migrate:create prints nothing and writes nothing when its stdout is redirected, so
# its output is left on the terminal.)
set -euo pipefail
cd "$(dirname "$0")/.."
pg_admin=${POSTGRES_TEST_URI:-postgres://postgres@127.0.0.1:5432/postgres}
tmp=$(mktemp -d)
db=policy_migrations_$$
for kind in sqlite postgres; do
  rm -f migrations/$kind/*_initial.ts migrations/$kind/*_initial.json
  printf "import type { Migration } from 'payload'\n\nexport const migrations: Migration[] = []\n" > migrations/$kind/index.ts
done
DATABASE_URI="file:$tmp/m.db" npx payload migrate:create initial
psql "$pg_admin" -qc "create database $db" >/dev/null
trap 'psql "$pg_admin" -qc "drop database if exists $db" >/dev/null; rm -rf "$tmp"' EXIT
DATABASE_URI="${pg_admin%/*}/$db" npx payload migrate:create initial
npx payload generate:types
ls migrations/sqlite migrations/postgres
