import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countVersionAcceptances } from '../../src/operations/ledgerCounts.js'
import { databasesUnderTest } from '../support/databases.js'
import { SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

const kinds = await databasesUnderTest()

interface StoredRecord {
  id: string | number
  customerId: string
  scope: string
  orderId?: string | null
  acceptedAt: string
  createdAt: string
  updatedAt: string
}

describe.each(kinds)('storefront scopes and permissions (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let version: { id: string | number; number: number; contentHashes: Record<string, string> }
  /** Two shops of one merchant group, each with its own customers. */
  let shopA: TestStorefront
  let shopB: TestStorefront
  /** Shop A's app: a second channel in A's scope. */
  let appA: TestStorefront
  let checkoutOnly: TestStorefront

  const api = (path: string) => `${server.url}/api/storefront${path}`
  const as = (storefront: TestStorefront, init: RequestInit = {}): RequestInit => ({
    ...init,
    headers: {
      'content-type': 'application/json',
      authorization: storefront.authorization,
      ...init.headers,
    },
  })

  function accept(storefront: TestStorefront, customerId: string, idempotencyKey?: string) {
    return fetchJson<{ id: string | number }>(
      api(`/policies/${SLUG}/acceptances`),
      as(storefront, {
        method: 'POST',
        headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
        body: JSON.stringify({
          customerId,
          version: version.number,
          locale: 'lv',
          contentHash: version.contentHashes.lv,
          channel: 'checkout',
          orderId: `order-${storefront.scope}-${customerId}`,
        }),
      }),
    )
  }

  const status = (storefront: TestStorefront, customerId: string) =>
    fetchJson<{ status: string; acceptedVersion: number | null }>(
      api(`/policies/${SLUG}/consent-status?customerId=${customerId}&locale=lv`),
      as(storefront),
    )

  const exportOf = (storefront: TestStorefront, customerId: string) =>
    fetchJson<{ acceptances: Array<{ id: string | number; orderId: string | null }> }>(
      api(`/customers/${customerId}/acceptances`),
      as(storefront),
    )

  const erase = (storefront: TestStorefront, customerId: string) =>
    fetchJson<{ erased: number }>(
      api(`/customers/${customerId}/acceptances`),
      as(storefront, { method: 'DELETE' }),
    )

  async function records(where: Where): Promise<StoredRecord[]> {
    const { docs } = await app.payload.db.find<StoredRecord>({
      collection: 'policy-acceptances',
      where,
      limit: 0,
      pagination: false,
    })
    return docs
  }

  beforeAll(async () => {
    app = await startTestApp(kind, { plugin: { freshnessCheckMs: 0 } })
    server = await startTestServer(app.payload, app.key)
    const { docs } = await app.payload.find({
      collection: 'policy-versions',
      where: { number: { equals: 1 } },
      depth: 0,
      overrideAccess: true,
    })
    version = docs[0] as unknown as typeof version
    shopA = await createStorefront(app.payload, { name: 'Shop A web', scope: 'shop-a' })
    appA = await createStorefront(app.payload, { name: 'Shop A app', scope: 'shop-a' })
    shopB = await createStorefront(app.payload, { name: 'Shop B', scope: 'shop-b' })
    checkoutOnly = await createStorefront(app.payload, {
      name: 'Checkout',
      scope: 'shop-a',
      permissions: ['accept'],
    })
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  describe('scopes (regression: any key read, queried and erased every shop’s customers)', () => {
    it('records each acceptance in the scope of the storefront that reported it', async () => {
      expect((await accept(shopA, 'cust-1')).status).toBe(201)
      expect((await accept(shopB, 'cust-1')).status).toBe(201)
      const stored = await records({ customerId: { equals: 'cust-1' } })
      expect(stored.map((record) => record.scope).sort()).toEqual(['shop-a', 'shop-b'])
    })

    it('exports only the customer of the storefront’s own scope', async () => {
      const fromB = await exportOf(shopB, 'cust-1')
      expect(fromB.status).toBe(200)
      expect(fromB.body.acceptances.map((record) => record.orderId)).toEqual([
        'order-shop-b-cust-1',
      ])
    })

    it('answers consent status from the own scope only', async () => {
      await accept(shopA, 'only-a')
      expect((await status(shopA, 'only-a')).body.status).toBe('up-to-date')
      expect((await status(shopB, 'only-a')).body).toMatchObject({
        status: 'never-accepted',
        acceptedVersion: null,
      })
    })

    it('shares customers between the channels of one scope (web and app keys)', async () => {
      await accept(appA, 'cust-app')
      expect((await status(shopA, 'cust-app')).body.status).toBe('up-to-date')
      expect((await exportOf(shopA, 'cust-app')).body.acceptances).toHaveLength(1)
    })

    it('erases only the own scope’s customer; the same id elsewhere is someone else', async () => {
      const res = await erase(shopB, 'cust-1')
      expect(res.status).toBe(200)
      expect(res.body.erased).toBe(1)
      const left = await records({ customerId: { equals: 'cust-1' } })
      expect(left.map((record) => [record.scope, record.orderId])).toEqual([
        ['shop-a', 'order-shop-a-cust-1'],
      ])
      expect((await exportOf(shopA, 'cust-1')).body.acceptances).toHaveLength(1)
    })

    it('keeps idempotency keys apart across scopes', async () => {
      const first = await accept(shopA, 'idem-a', 'order-1001')
      const other = await accept(shopB, 'idem-b', 'order-1001')
      expect(first.status).toBe(201)
      expect(other.status).toBe(201)
      expect(other.body.id).not.toBe(first.body.id)
      const replay = await accept(shopA, 'idem-a', 'order-1001')
      expect(replay.status).toBe(200)
      expect(replay.body.id).toBe(first.body.id)
    })

    it('counts a version’s acceptances across all scopes (the admin summary)', async () => {
      const counts = await countVersionAcceptances(app.payload, app.options, version.id)
      const total = (await records({ version: { equals: version.id } })).length
      expect(counts.total).toBe(total)
      expect(counts.total).toBeGreaterThanOrEqual(6)
    })
  })

  describe('permissions', () => {
    it('gives a new storefront accept and status only', async () => {
      const created = await app.payload.create({
        collection: 'storefronts',
        overrideAccess: true,
        data: { name: 'Defaults', apiKey: 'd'.repeat(48) },
      })
      expect(created.permissions).toEqual(['accept', 'status'])
      expect(created.scope).toBe('default')
      const key: TestStorefront = {
        id: created.id,
        apiKey: 'd'.repeat(48),
        scope: 'default',
        authorization: `storefronts API-Key ${'d'.repeat(48)}`,
      }
      expect((await status(key, 'nobody')).status).toBe(200)
      const exported = await exportOf(key, 'nobody')
      expect(exported.status).toBe(403)
      expect(exported.body).toMatchObject({ code: 'storefront_permission_required' })
    })

    it('refuses each endpoint outside the key’s permissions with 403 naming the permission', async () => {
      expect((await accept(checkoutOnly, 'perm-1')).status).toBe(201)
      const refused = [
        ['status', await status(checkoutOnly, 'perm-1')],
        ['export', await exportOf(checkoutOnly, 'perm-1')],
        ['erase', await erase(checkoutOnly, 'perm-1')],
      ] as const
      for (const [permission, res] of refused) {
        expect(res.status).toBe(403)
        expect(res.body).toMatchObject({ code: 'storefront_permission_required' })
        expect((res.body as unknown as { error: string }).error).toContain(`"${permission}"`)
      }
      expect(await records({ customerId: { equals: 'perm-1' } })).toHaveLength(1)
    })
  })

  describe('erasure (regression: the exact time stayed in createdAt)', () => {
    it('removes the time of day from every timestamp of the erased records', async () => {
      await accept(shopA, 'timed')
      const [before] = await records({ customerId: { equals: 'timed' } })
      expect(before.createdAt).not.toMatch(/T00:00:00\.000Z$/)
      expect((await erase(shopA, 'timed')).body.erased).toBe(1)
      const after = await app.payload.findByID({
        collection: 'policy-acceptances',
        id: before.id,
        depth: 0,
        overrideAccess: true,
      })
      const day = before.acceptedAt.slice(0, 10)
      expect(after.acceptedAt).toBe(`${day}T00:00:00.000Z`)
      expect(after.createdAt).toBe(`${before.createdAt.slice(0, 10)}T00:00:00.000Z`)
      expect(after.updatedAt).toBe(`${before.updatedAt.slice(0, 10)}T00:00:00.000Z`)
    })
  })
})
