import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AcceptanceInput } from '../../src/consent/input.js'
import { PolicyError } from '../../src/errors.js'
import { acceptanceGroupCommit } from '../../src/operations/acceptanceGroupCommit.js'
import {
  recordAcceptance,
  type RecordAcceptanceResult,
} from '../../src/operations/recordAcceptance.js'
import type { StorefrontClient } from '../../src/storefront/auth.js'
import { databasesUnderTest } from '../support/databases.js'
import { SLUG } from '../support/fixtures.js'
import { createStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

type Outcome = { ok: true; result: RecordAcceptanceResult } | { ok: false; error: unknown }

const kinds = await databasesUnderTest()

// Acceptances arriving together share one INSERT (group commit); these pin that they still behave
// exactly like one insert each. Requests are issued in one burst in process so they do meet in
// one batch; the HTTP path is covered by ledger-reliability.test.ts.
describe.each(kinds)('acceptances sharing a commit (%s)', (kind) => {
  let app: TestApp
  let storefront: StorefrontClient
  let hash: string

  const input = (customer: string, extra: Partial<AcceptanceInput> = {}): AcceptanceInput => ({
    customerId: customer,
    version: 1,
    locale: 'lv',
    contentHash: hash,
    channel: 'checkout',
    orderId: `order-${customer}`,
    ...extra,
  })

  const record = (acceptance: AcceptanceInput, idempotencyKey: string | null): Promise<Outcome> =>
    recordAcceptance({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      input: acceptance,
      storefront,
      idempotencyKey,
    }).then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    )

  const stored = async (prefix: string) =>
    (
      await app.payload.db.find<{
        id: string | number
        idempotencyKey: string
        customerId: string
      }>({
        collection: 'policy-acceptances',
        where: { customerId: { like: prefix } },
        limit: 0,
        pagination: false,
      })
    ).docs

  beforeAll(async () => {
    app = await startTestApp(kind)
    const shop = await createStorefront(app.payload)
    storefront = { id: shop.id, name: 'Test shop', scope: shop.scope, permissions: ['accept'] }
    const { docs } = await app.payload.find({ collection: 'policy-versions', depth: 0, limit: 1 })
    hash = (docs[0].contentHashes as Record<string, string>).lv
    // Warm the catalog, so a burst's requests reach the ledger in the same turn of the loop.
    await record(input('warm-up'), 'warm-up')
  })

  afterAll(async () => {
    await app?.close()
  })

  it('stores every acknowledged acceptance of a burst exactly once, in fewer statements', async () => {
    const committer = acceptanceGroupCommit(app.payload, app.options)
    const before = { ...committer.stats }
    const keys = Array.from({ length: 300 }, (_, i) => `burst-${i}`)
    // Every third key is sent twice in the same burst, as a storefront retrying at once would.
    const attempts = [...keys, ...keys.filter((_, i) => i % 3 === 0)]
    const outcomes = await Promise.all(
      attempts.map((key) => record(input(`burst-customer-${key}`), key)),
    )

    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([])
    const results = outcomes.map((outcome) => (outcome.ok ? outcome.result : null)!)
    const created = results.filter((result) => result.created)
    expect(created).toHaveLength(300)
    // The replay names the record the first request created.
    const idByKey = new Map<string, string>()
    attempts.forEach((key, i) => {
      const id = String(results[i].receipt.id)
      if (idByKey.has(key)) expect(idByKey.get(key)).toBe(id)
      else idByKey.set(key, id)
    })
    const rows = await stored('burst-customer-')
    expect(rows).toHaveLength(300)
    expect(new Set(rows.map((row) => row.idempotencyKey))).toEqual(new Set(keys))
    for (const row of rows) expect(idByKey.get(row.idempotencyKey)).toBe(String(row.id))

    const statements = committer.stats.statements - before.statements
    // SQL adapters share statements; any other adapter writes one by one (and so as before).
    if (kind !== 'mongodb') expect(statements).toBeLessThan(300)
  })

  it('answers a receipt the same as a write of its own would', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => record(input(`receipt-${i}`), `receipt-${i}`)),
    )
    for (const [i, outcome] of outcomes.entries()) {
      if (!outcome.ok) throw outcome.error
      const { receipt } = outcome.result
      const [row] = await app.payload.db
        .find<{ id: string | number; acceptedAt: string }>({
          collection: 'policy-acceptances',
          where: { idempotencyKey: { equals: `receipt-${i}` } },
          limit: 1,
          pagination: false,
        })
        .then((found) => found.docs)
      expect(String(receipt.id)).toBe(String(row.id))
      expect(receipt.acceptedAt).toBe(new Date(row.acceptedAt).toISOString())
      expect(receipt).toMatchObject({ version: 1, current: true })
      expect(receipt.receipt?.leaf.id).toBe(String(row.id))
    }
  })

  it('stores an absent order id as NULL, written alone and in a shared statement', async () => {
    // Statements are prepared with placeholders; a null must still reach the database as NULL.
    const alone = await record(input('null-order-alone', { orderId: undefined }), 'null-alone')
    expect(alone.ok).toBe(true)
    const burst = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        record(input(`null-order-burst-${i}`, { orderId: undefined }), `null-burst-${i}`),
      ),
    )
    expect(burst.every((outcome) => outcome.ok)).toBe(true)
    const { docs } = await app.payload.db.find<{ orderId?: string | null }>({
      collection: 'policy-acceptances',
      where: { customerId: { like: 'null-order-' } },
      limit: 0,
      pagination: false,
    })
    expect(docs).toHaveLength(6)
    for (const doc of docs) expect([null, undefined]).toContain(doc.orderId)
  })

  it('refuses a reused key with other content inside one batch, and stores the first', async () => {
    const [first, second] = await Promise.all([
      record(input('reuse-a'), 'reused-key'),
      record(input('reuse-b'), 'reused-key'),
    ])
    expect(first.ok && first.result.created).toBe(true)
    expect(second.ok).toBe(false)
    expect(!second.ok && second.error instanceof PolicyError && second.error.code).toBe(
      'idempotency_key_reused',
    )
    expect((await stored('reuse-')).map((row) => row.customerId)).toEqual(['reuse-a'])
  })

  it('replays a key stored by an earlier batch without failing the rest of its batch', async () => {
    await record(input('stored-once'), 'earlier-key')
    const outcomes = await Promise.all([
      record(input('stored-once'), 'earlier-key'),
      ...Array.from({ length: 10 }, (_, i) => record(input(`fresh-beside-${i}`), `be-${i}`)),
    ])
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true)
    expect(outcomes[0].ok && outcomes[0].result.created).toBe(false)
    expect(outcomes.slice(1).every((outcome) => outcome.ok && outcome.result.created)).toBe(true)
    expect(await stored('stored-once')).toHaveLength(1)
    expect(await stored('fresh-beside-')).toHaveLength(10)
  })

  it('answers a record the database refuses with its own error and commits the others', async () => {
    const committer = acceptanceGroupCommit(app.payload, app.options)
    const failedBefore = committer.stats.failedStatements
    // A record past validation that the database still refuses (a required column left empty):
    // a stand-in for any per-record failure inside a shared statement.
    const broken = input('bad-record', { channel: null as unknown as AcceptanceInput['channel'] })
    const outcomes = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => record(input(`good-record-${i}`), `good-${i}`)),
      record(broken, 'bad-record'),
      ...Array.from({ length: 10 }, (_, i) =>
        record(input(`good-record-${10 + i}`), `good-${10 + i}`),
      ),
    ])
    const bad = outcomes[10]
    expect(bad.ok).toBe(false)
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(20)
    expect(await stored('good-record-')).toHaveLength(20)
    expect(await stored('bad-record')).toHaveLength(0)
    if (kind !== 'mongodb') expect(committer.stats.failedStatements).toBeGreaterThan(failedBefore)
  })
})
