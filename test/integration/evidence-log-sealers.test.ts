import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../dev/database.js'
import { readLeaves } from '../../src/evidence/logStore.js'
import { sealLog } from '../../src/evidence/sealLog.js'
import { verifyLog } from '../../src/evidence/verifyLog.js'
import { recordAcceptance } from '../../src/operations/recordAcceptance.js'
import { getPolicyOptions } from '../../src/plugin.js'
import type { StorefrontClient } from '../../src/storefront/auth.js'
import { databasesUnderTest } from '../support/databases.js'
import { SLUG } from '../support/fixtures.js'
import { openPayload } from '../support/openPayload.js'
import { createStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

const kinds = await databasesUnderTest()

// Every Payload instance runs the sealing job, so instances on one database seal at the same time.
describe.each(kinds)('evidence log sealed by racing instances (%s)', (kind) => {
  let app: TestApp
  let other: Payload
  let storefront: StorefrontClient
  let hash: string

  async function acceptMany(prefix: string, n: number) {
    for (let i = 0; i < n; i += 1) {
      await recordAcceptance({
        payload: app.payload,
        options: app.options,
        slug: SLUG,
        input: {
          customerId: `${prefix}-${i}`,
          version: 1,
          locale: 'lv',
          contentHash: hash,
          channel: 'checkout',
          orderId: null,
        },
        storefront,
        idempotencyKey: null,
      })
    }
  }

  beforeAll(async () => {
    app = await startTestApp(kind)
    // A second instance of the app on the same database, as a second server process would be.
    other = await openPayload(app.database.uri)
    const shop = await createStorefront(app.payload)
    storefront = { id: shop.id, name: 'Test shop', scope: shop.scope, permissions: ['accept'] }
    const { docs } = await app.payload.find({ collection: 'policy-versions', depth: 0, limit: 1 })
    hash = (docs[0].contentHashes as Record<string, string>).lv
  })

  afterAll(async () => {
    await closePayload(other).catch(() => undefined)
    await app?.close()
  })

  it('appends each record once and keeps one consistent log when two instances seal at once', async () => {
    const sealers = [
      () => sealLog(app.payload, app.options, { settleMs: 0 }),
      () => sealLog(other, getPolicyOptions(other), { settleMs: 0 }),
    ]
    let recorded = 0
    for (let round = 0; round < 4; round += 1) {
      await acceptMany(`race-${round}`, 25)
      recorded += 25
      // A seal that loses the race on the unique leaf index starts over and succeeds.
      const results = await Promise.allSettled([...sealers, ...sealers].map((seal) => seal()))
      expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    }
    expect((await sealers[0]()).added).toBe(0)

    const leaves = await readLeaves(app.payload, app.options, { limit: 100_000 })
    const acceptanceLeaves = leaves.filter((leaf) => leaf.kind === 'acceptance')
    expect(acceptanceLeaves).toHaveLength(recorded)
    expect(new Set(acceptanceLeaves.map((leaf) => leaf.record)).size).toBe(recorded)
    expect(leaves.map((leaf) => leaf.index)).toEqual(leaves.map((_, i) => i))

    const report = await verifyLog(app.payload, app.options)
    expect(report.findings).toEqual([])
    expect(report).toMatchObject({ ok: true, acceptances: recorded, pending: 0 })
    expect(report.treeHeads).toBeGreaterThanOrEqual(4)
  })
})
