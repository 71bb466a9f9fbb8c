/**
 * Regression (F8): erased customer ids stayed in the raw SQLite files — dozens of copies in the
 * WAL, and a few in table and index pages after a checkpoint — because SQLite only marks deleted
 * cells free. An erasure must leave the id nowhere a copy of the database file could show it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

describe('erasure on SQLite', () => {
  let app: TestApp
  let server: TestServer
  let shop: TestStorefront
  let file: string
  let version: { number: number; contentHashes: Record<string, string> }

  const api = (path: string) => `${server.url}/api/storefront${path}`
  const keyed = (init: RequestInit = {}): RequestInit => ({
    ...init,
    headers: { 'content-type': 'application/json', authorization: shop.authorization },
  })

  beforeAll(async () => {
    app = await startTestApp('sqlite', { plugin: { freshnessCheckMs: 0 } })
    server = await startTestServer(app.payload, app.key)
    shop = await createStorefront(app.payload)
    file = app.database.uri.slice('file:'.length)
    const { docs } = await app.payload.find({
      collection: 'policy-versions',
      where: { number: { equals: 1 } },
      depth: 0,
      overrideAccess: true,
    })
    version = docs[0] as unknown as typeof version
  }, 120_000)

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  /** Every place the raw bytes of the database can be read from: the file and its WAL. */
  function rawCopiesOf(text: string): Record<string, number> {
    const needle = Buffer.from(text)
    const copies: Record<string, number> = {}
    for (const suffix of ['', '-wal']) {
      if (!existsSync(file + suffix)) continue
      const bytes = readFileSync(file + suffix)
      let count = 0
      for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) count++
      copies[`test.db${suffix}`] = count
    }
    return copies
  }

  it('leaves no copy of an erased customer id in the database file or its WAL', async () => {
    const customerId = `erase-me-${randomBytes(6).toString('hex')}`
    for (let n = 0; n < 5; n++) {
      const accepted = await fetchJson(
        api(`/policies/${SLUG}/acceptances`),
        keyed({
          method: 'POST',
          body: JSON.stringify({
            customerId,
            version: version.number,
            locale: 'lv',
            contentHash: version.contentHashes.lv,
            channel: 'checkout',
            orderId: `order-${n}`,
          }),
        }),
      )
      expect(accepted.status).toBe(201)
    }
    // The id is really on disk before the erasure, so its absence afterwards means something.
    const before = rawCopiesOf(customerId)
    expect(Object.values(before).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0)

    const erased = await fetchJson<{ erased: number }>(
      api(`/customers/${customerId}/acceptances`),
      keyed({ method: 'DELETE' }),
    )
    expect(erased.status).toBe(200)
    expect(erased.body.erased).toBe(5)

    for (const [name, copies] of Object.entries(rawCopiesOf(customerId))) {
      expect(copies, `copies of the erased id in ${name}`).toBe(0)
    }
  })
})
