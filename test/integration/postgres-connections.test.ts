import { setTimeout as sleep } from 'node:timers/promises'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databasesUnderTest, POSTGRES_ADMIN_URI } from '../support/databases.js'
import { SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
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
