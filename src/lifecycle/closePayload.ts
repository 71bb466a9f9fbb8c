import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'

interface PgClientInternals {
  release(destroy?: boolean): void
  /** node-postgres before 8.16: the query running on this connection, if any. */
  activeQuery?: unknown
  /** node-postgres before 8.16: queries waiting for this connection. */
  queryQueue?: unknown[]
  /** node-postgres 8.16+: the same two, behind getters that print a deprecation warning. */
  _activeQuery?: unknown
  _queryQueue?: unknown[]
}

interface PgPoolInternals {
  end(): Promise<void>
  ended?: boolean
  _clients?: PgClientInternals[]
  _idle?: Array<{ client: unknown }>
}

/** How long a shutdown waits for queries still running to hand their connections back. */
const IN_FLIGHT_GRACE_MS = 2000

function checkedOut(pool: PgPoolInternals): PgClientInternals[] {
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  return (pool._clients ?? []).filter((client) => !idle.has(client))
}

function busy(client: PgClientInternals): boolean {
  // The fields themselves where they exist: reading the deprecated getters prints a warning.
  const active = '_activeQuery' in client ? client._activeQuery : client.activeQuery
  const queue = '_queryQueue' in client ? client._queryQueue : client.queryQueue
  return Boolean(active) || (queue?.length ?? 0) > 0
}

/**
 * Ends a node-postgres pool. The Postgres adapter keeps one client checked out for the lifetime of
 * the pool (to notice connection resets) and never releases it, so `pool.end()` alone would wait
 * forever; that client is released (destroyed) first. Clients a query still holds (a background
 * freshness check, a ledger write finishing) are given a moment to come back first: destroyed
 * under a running query, the query failed and its own release then threw "Release called on
 * client which has already been released" as an uncaught exception. Uses pg-pool's
 * `_clients`/`_idle` and pg's active query and query queue, stable across pg 8.x, and degrades to a
 * bounded wait if they ever change.
 */
async function endPgPool(pool: PgPoolInternals): Promise<void> {
  if (pool.ended) return
  const deadline = Date.now() + IN_FLIGHT_GRACE_MS
  while (Date.now() < deadline) {
    const held = checkedOut(pool)
    // Only the adapter's own idle client left: nothing is running on the pool.
    if (held.length <= 1 && !held.some(busy)) break
    await sleep(10)
  }
  for (const client of checkedOut(pool)) client.release(true)
  await Promise.race([pool.end(), sleep(2000, undefined, { ref: false })])
}

/**
 * Shuts a Payload instance down and releases its database connections. Payload's `destroy` leaves
 * the drizzle adapters' Postgres pool and libSQL client open, which keeps a CLI process alive and
 * lets a test's dropped database kill live connections.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const db = payload.db as unknown as {
    pool?: PgPoolInternals
    client?: { close(): void; closed?: boolean }
  }
  await payload.destroy()
  if (db.pool) await endPgPool(db.pool)
  if (db.client && !db.client.closed) db.client.close()
}
