import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databasesUnderTest } from '../support/databases.js'
import { SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { startServerProcess, type ServerProcess } from '../support/processes.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

interface Receipt {
  id: string | number
  acceptedAt: string
  version: number
}

interface Attempt {
  key: string
  body: Record<string, unknown>
}

interface Outcome extends Attempt {
  status: number | 'network-error'
  receipt?: Receipt
  error?: string
}

async function post(
  server: ServerProcess,
  shop: TestStorefront,
  attempt: Attempt,
): Promise<Outcome> {
  try {
    const res = await fetchJson<Receipt & { error?: string }>(
      `${server.url}/api/storefront/policies/${SLUG}/acceptances`,
      {
        method: 'POST',
        headers: {
          authorization: shop.authorization,
          'content-type': 'application/json',
          'idempotency-key': attempt.key,
        },
        body: JSON.stringify(attempt.body),
      },
    )
    return {
      ...attempt,
      status: res.status,
      receipt: res.status < 300 ? res.body : undefined,
      error: res.status < 300 ? undefined : (res.body?.error ?? res.text.slice(0, 200)),
    }
  } catch (error) {
    return { ...attempt, status: 'network-error', error: String(error) }
  }
}

// Correctness under concurrency and crashes, not speed: generous timeouts (see bench/ for speed).
const kinds = await databasesUnderTest()

describe.each(kinds)('consent ledger under load and crashes (%s)', (kind) => {
  let app: TestApp
  let shop: TestStorefront
  let hash: string

  const acceptances = async (where: Where) =>
    (
      await app.payload.find({
        collection: 'policy-acceptances',
        where,
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs

  beforeAll(async () => {
    app = await startTestApp(kind)
    shop = await createStorefront(app.payload)
    const { docs } = await app.payload.find({ collection: 'policy-versions', depth: 0, limit: 1 })
    hash = (docs[0].contentHashes as Record<string, string>).lv
  })

  afterAll(async () => {
    await app?.close()
  })

  function attemptFor(customer: number, index: number, prefix: string): Attempt {
    return {
      key: `${prefix}-c${customer}-a${index}`,
      body: {
        customerId: `${prefix}-customer-${customer}`,
        version: 1,
        locale: 'lv',
        contentHash: hash,
        channel: index === 0 ? 'checkout' : 'account',
        orderId: `${prefix}-order-${customer}-${index}`,
      },
    }
  }

  it('stores 1,000 concurrent acceptances exactly once, retries included', async () => {
    const server = await startServerProcess(app.database.uri)
    try {
      const originals = Array.from({ length: 200 }, (_, customer) =>
        Array.from({ length: 5 }, (_, index) => attemptFor(customer, index, 'load')),
      ).flat()
      // A third of them are retried at the same time, as a storefront does after a timeout.
      const retries = originals.filter((_, index) => index % 3 === 0)
      const outcomes = await Promise.all(
        [...originals, ...retries].map((attempt) => post(server, shop, attempt)),
      )

      expect(
        outcomes.filter((outcome) => outcome.status !== 201 && outcome.status !== 200),
      ).toEqual([])
      const createdPerKey = new Map<string, number>()
      for (const outcome of outcomes) {
        if (outcome.status === 201)
          createdPerKey.set(outcome.key, (createdPerKey.get(outcome.key) ?? 0) + 1)
      }
      expect(createdPerKey.size).toBe(1000)
      expect([...createdPerKey.values()].every((count) => count === 1)).toBe(true)
      // Both answers for a retried key name the same record.
      const idsPerKey = new Map<string, Set<string>>()
      for (const outcome of outcomes) {
        const ids = idsPerKey.get(outcome.key) ?? new Set()
        ids.add(String(outcome.receipt?.id))
        idsPerKey.set(outcome.key, ids)
      }
      expect([...idsPerKey.values()].every((ids) => ids.size === 1)).toBe(true)

      const stored = await acceptances({ customerId: { like: 'load-customer-' } })
      expect(stored).toHaveLength(1000)
      expect(new Set(stored.map((record) => String(record.idempotencyKey))).size).toBe(1000)
      const { totalDocs } = await app.payload.count({
        collection: 'policy-acceptances',
        where: {
          and: [{ versionNumber: { equals: 1 } }, { customerId: { like: 'load-customer-' } }],
        },
        overrideAccess: true,
      })
      expect(totalDocs).toBe(1000)
    } finally {
      await server.stop()
    }
  }, 300_000)

  it('keeps every acknowledged acceptance when the server is killed mid-burst', async () => {
    let server = await startServerProcess(app.database.uri)
    const attempts = Array.from({ length: 100 }, (_, customer) =>
      Array.from({ length: 4 }, (_, index) => attemptFor(customer, index, 'crash')),
    ).flat()
    const outcomes: Outcome[] = []
    let killed = false
    let next = 0
    // 20 workers keep requests in flight; the server is killed after the 150th answer.
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < attempts.length) {
          const attempt = attempts[next++]
          const outcome = await post(server, shop, attempt)
          outcomes.push(outcome)
          if (!killed && outcomes.length >= 150) {
            killed = true
            process.kill(server.pid, 'SIGKILL')
          }
        }
      }),
    )
    await server.stop()
    expect(killed).toBe(true)
    const acknowledged = outcomes.filter(
      (outcome) => outcome.status === 201 || outcome.status === 200,
    )
    expect(acknowledged.length).toBeGreaterThanOrEqual(150)
    expect(outcomes.some((outcome) => outcome.status === 'network-error')).toBe(true)

    server = await startServerProcess(app.database.uri)
    try {
      const stored = await acceptances({ customerId: { like: 'crash-customer-' } })
      const byKey = new Map(stored.map((record) => [record.idempotencyKey as string, record]))
      for (const outcome of acknowledged) {
        const record = byKey.get(outcome.key)
        expect(record, `acknowledged ${outcome.key} is missing`).toBeDefined()
        expect(String(record?.id)).toBe(String(outcome.receipt?.id))
        expect(record?.customerId).toBe(outcome.body.customerId)
        expect(record?.orderId).toBe(outcome.body.orderId)
      }
      // Nothing half-written: every stored record is complete and cites the published text.
      for (const record of stored) {
        expect(record).toMatchObject({
          versionNumber: 1,
          locale: 'lv',
          contentHash: hash,
          policySlug: SLUG,
        })
        expect(Date.parse(record.acceptedAt as string)).not.toBeNaN()
      }
      // The restarted server answers a retry of an acknowledged request with the same record.
      const retried = await post(server, shop, acknowledged[0])
      expect(retried.status).toBe(200)
      expect(String(retried.receipt?.id)).toBe(String(acknowledged[0].receipt?.id))
    } finally {
      await server.stop()
    }
  }, 300_000)
})
