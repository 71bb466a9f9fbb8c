import type { Payload } from 'payload'

interface PgPoolInternals {
  end(): Promise<void>
  ended?: boolean
  _clients?: Array<{ release(destroy?: boolean): void }>
  _idle?: Array<{ client: unknown }>
}

/**
 * Ends a node-postgres pool. The Postgres adapter keeps one client checked out for the lifetime of
 * the pool (to notice connection resets) and never releases it, so `pool.end()` alone would wait
 * forever; that client is released (destroyed) first. Uses pg-pool's `_clients`/`_idle`, stable
 * across pg 8.x, and degrades to a bounded wait if they ever change.
 */
async function endPgPool(pool: PgPoolInternals): Promise<void> {
  if (pool.ended) return
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  for (const client of pool._clients ?? []) {
    if (!idle.has(client)) client.release(true)
  }
  await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 2000).unref())])
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
