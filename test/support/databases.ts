import pg from 'pg'

import type { DatabaseKind } from '../../dev/database.js'

export const POSTGRES_ADMIN_URI =
  process.env.POSTGRES_TEST_URI ?? 'postgres://postgres@127.0.0.1:5432/postgres'

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: POSTGRES_ADMIN_URI,
    connectionTimeoutMillis: 2000,
  })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * The databases the integration suites run on: SQLite always; Postgres when reachable, and always
 * under `REQUIRE_POSTGRES=1` (CI), so a missing server fails the run instead of skipping it;
 * MongoDB only when `MONGODB_URI` is set (no server can be installed on the dev machine).
 */
export async function databasesUnderTest(): Promise<DatabaseKind[]> {
  const kinds: DatabaseKind[] = ['sqlite']
  if (process.env.REQUIRE_POSTGRES === '1' || (await postgresReachable())) kinds.push('postgres')
  if (process.env.MONGODB_URI) kinds.push('mongodb')
  return kinds
}
