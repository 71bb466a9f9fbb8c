import { setTimeout as sleep } from 'node:timers/promises'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../dev/database.js'
import { databasesUnderTest, POSTGRES_ADMIN_URI } from '../support/databases.js'
import { SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { openPayload } from '../support/openPayload.js'
import { startServerProcess, type ServerProcess } from '../support/processes.js'
import { createTestDatabase, type TestDatabase } from '../support/testPayload.js'

const kinds = await databasesUnderTest()

/** Ends every session on the database from the server side, as a restart or a DBA would. */
async function terminateSessions(databaseUri: string): Promise<number> {
  const name = new URL(databaseUri).pathname.slice(1)
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URI })
  await admin.connect()
  try {
    const { rows } = await admin.query<{ terminated: boolean }>(
      'SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = $1',
      [name],
    )
    return rows.filter((row) => row.terminated).length
  } finally {
    await admin.end()
  }
}

describe.skipIf(!kinds.includes('postgres'))(
  'PostgreSQL connections lost under a running app',
  () => {
    let database: TestDatabase
    let server: ServerProcess
    // Payload REST reads go to the database on every request (the storefront API would answer
    // from its cache), so they show whether the app can still query after losing its connections.
    const policiesUrl = () => `${server.url}/api/policies?depth=0&limit=1&locale=lv`

    beforeAll(async () => {
      database = await createTestDatabase('postgres')
      server = await startServerProcess(database.uri)
    })

    afterAll(async () => {
      await server?.stop()
      await database?.drop()
    })

    it('keeps the process up and serving when the server ends its idle connections', async () => {
      // Several requests at once leave several idle connections in the pool.
      const warm = await Promise.all(Array.from({ length: 6 }, () => fetchJson(policiesUrl())))
      expect(warm.map((res) => res.status)).toEqual(Array(6).fill(200))

      expect(await terminateSessions(database.uri)).toBeGreaterThan(1)
      // Let the termination notices reach the idle connections.
      await sleep(500)

      const after = await fetchJson<{ docs: unknown[] }>(policiesUrl())
      expect(after.status).toBe(200)
      expect(after.body.docs).toHaveLength(1)
      const policy = await fetchJson(`${server.url}/api/storefront/policies/${SLUG}?locale=lv`)
      expect(policy.status).toBe(200)
    })
  },
)

describe.skipIf(!kinds.includes('postgres'))('closing Payload on PostgreSQL', () => {
  let database: TestDatabase

  beforeAll(async () => {
    database = await createTestDatabase('postgres')
  })

  afterAll(async () => {
    await database?.drop()
  })

  it('lets a query still running finish instead of destroying its connection under it', async () => {
    const payload = await openPayload(database.uri)
    const pool = (payload.db as unknown as { pool: pg.Pool }).pool
    // What a background freshness check or a ledger write finishing looks like at shutdown.
    const running = pool.query<{ done: number }>('SELECT pg_sleep(0.3), 1 AS done')
    await sleep(50)
    await closePayload(payload)
    // Destroyed under it, the query failed with "Connection terminated" and its own release
    // threw "Release called on client which has already been released" as an uncaught error.
    const { rows } = await running
    expect(rows[0].done).toBe(1)
    expect((pool as unknown as { ended: boolean }).ended).toBe(true)
  })
})
