import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databasesUnderTest } from '../support/databases.js'
import { createUser, SLUG, type Role } from '../support/fixtures.js'
import { executeGraphql } from '../support/graphql.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

const kinds = await databasesUnderTest()

const DENIED = [401, 403]

/**
 * Every collection of the demo config that Payload serves over REST, its own included
 * (`payload-migrations` has no REST route: 501 for everyone).
 */
const COLLECTIONS = [
  'users',
  'policies',
  'policy-versions',
  'storefronts',
  'policy-acceptances',
  'policy-log-leaves',
  'policy-tree-heads',
  'payload-locked-documents',
  'payload-preferences',
  'payload-jobs',
]

/** The ones that hold nothing public (policies and versions serve published text to anyone). */
const PRIVATE_COLLECTIONS = COLLECTIONS.filter(
  (slug) => slug !== 'policies' && slug !== 'policy-versions',
)

describe.each(kinds)('storefront principals and the ledger boundary (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let shop: TestStorefront
  let version: { id: string | number; number: number; contentHashes: Record<string, string> }
  const tokens = {} as Record<Role, string>
  let adminId: string | number

  const url = (path: string) => `${server.url}/api${path}`
  const asShop = (init: RequestInit = {}): RequestInit => ({
    ...init,
    headers: { 'content-type': 'application/json', authorization: shop.authorization },
  })
  const asUser = (role: Role, init: RequestInit = {}): RequestInit => ({
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[role]}` },
  })

  async function accept(storefront: TestStorefront, customerId: string) {
    return fetchJson<{ id: string | number }>(url(`/storefront/policies/${SLUG}/acceptances`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: storefront.authorization },
      body: JSON.stringify({
        customerId,
        version: version.number,
        locale: 'lv',
        contentHash: version.contentHashes.lv,
        channel: 'checkout',
        orderId: `order-${customerId}`,
      }),
    })
  }

  beforeAll(async () => {
    app = await startTestApp(kind, { plugin: { freshnessCheckMs: 0 } })
    server = await startTestServer(app.payload, app.key)
    // The admin first: the first account of a database always becomes an admin.
    for (const role of ['admin', 'publisher', 'editor', 'auditor'] as const) {
      const user = (await createUser(app.payload, role)) as unknown as {
        id: string | number
        email: string
        password: string
      }
      if (role === 'admin') adminId = user.id
      const login = await fetchJson<{ token: string }>(url('/users/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: user.password }),
      })
      expect(login.status).toBe(200)
      tokens[role] = login.body.token
    }
    shop = await createStorefront(app.payload)
    const { docs } = await app.payload.find({
      collection: 'policy-versions',
      where: { number: { equals: 1 } },
      depth: 0,
      overrideAccess: true,
    })
    version = docs[0] as unknown as typeof version
    expect((await accept(shop, 'cust-1')).status).toBe(201)
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  describe('a storefront key on Payload’s own API', () => {
    it.each(PRIVATE_COLLECTIONS)('cannot list /api/%s', async (slug) => {
      const res = await fetchJson(url(`/${slug}`), asShop())
      expect(DENIED).toContain(res.status)
      expect(res.text).not.toContain('cust-1')
    })

    it.each(COLLECTIONS)('cannot create in /api/%s', async (slug) => {
      const res = await fetchJson(url(`/${slug}`), asShop({ method: 'POST', body: '{}' }))
      expect(DENIED).toContain(res.status)
    })

    it('cannot lock a document, not even in an admin’s name (regression: editors got 423)', async () => {
      const res = await fetchJson(
        url('/payload-locked-documents'),
        asShop({
          method: 'POST',
          body: JSON.stringify({
            document: { relationTo: 'policies', value: 1 },
            globalSlug: null,
            user: { relationTo: 'users', value: adminId },
          }),
        }),
      )
      expect(DENIED).toContain(res.status)
      const locks = await app.payload.count({
        collection: 'payload-locked-documents',
        overrideAccess: true,
      })
      expect(locks.totalDocs).toBe(0)
    })

    it('cannot write preferences', async () => {
      const res = await fetchJson(
        url('/payload-preferences/nav'),
        asShop({ method: 'POST', body: JSON.stringify({ value: { open: true } }) }),
      )
      expect(DENIED).toContain(res.status)
    })

    it('is nobody to /api/users/me', async () => {
      const res = await fetchJson<{ user: unknown }>(url('/users/me'), asShop())
      expect(res.body?.user ?? null).toBeNull()
    })

    it('cannot run the jobs queue', async () => {
      const res = await fetchJson(url('/payload-jobs/run'), asShop())
      expect(DENIED).toContain(res.status)
    })

    it('gets nothing through GraphQL, query or mutation', async () => {
      const query = await executeGraphql(
        app,
        '{ Users { docs { email } } PolicyAcceptances { docs { customerId } } }',
        { authorization: shop.authorization },
      )
      expect(query.errors?.length).toBeGreaterThan(0)
      expect(JSON.stringify(query.data ?? null)).not.toContain('@example.com')
      expect(JSON.stringify(query.data ?? null)).not.toContain('cust-1')
      const mutation = await executeGraphql(
        app,
        'mutation { createStorefront(data: { name: "Rogue" }) { id } }',
        { authorization: shop.authorization },
      )
      expect(mutation.errors?.length).toBeGreaterThan(0)
    })

    it('still works on the storefront API', async () => {
      const status = await fetchJson<{ status: string }>(
        url(`/storefront/policies/${SLUG}/consent-status?customerId=cust-1&locale=lv`),
        asShop(),
      )
      expect(status.status).toBe(200)
      expect(status.body.status).toBe('up-to-date')
      const exported = await fetchJson<{ acceptances: unknown[] }>(
        url('/storefront/customers/cust-1/acceptances'),
        asShop(),
      )
      expect(exported.status).toBe(200)
      expect(exported.body.acceptances).toHaveLength(1)
    })
  })

  describe('running jobs over HTTP', () => {
    it('is refused to editors and publishers', async () => {
      for (const role of ['editor', 'publisher'] as const) {
        const res = await fetchJson(url('/payload-jobs/run'), asUser(role))
        expect(DENIED).toContain(res.status)
      }
    })

    it('is allowed to admins', async () => {
      const res = await fetchJson(url('/payload-jobs/run'), asUser('admin'))
      expect(res.status).toBe(200)
    })
  })

  describe('storefront keys', () => {
    it('are stored only as an HMAC, never in the clear', async () => {
      const { docs } = await app.payload.db.find<Record<string, unknown>>({
        collection: 'storefronts',
        where: { id: { equals: shop.id } },
        limit: 1,
        pagination: false,
      })
      expect(JSON.stringify(docs[0])).not.toContain(shop.apiKey)
      expect(docs[0].apiKeyIndex).toMatch(/^[0-9a-f]{64}$/)
    })

    it('are not shown to admins reading the storefront', async () => {
      const res = await fetchJson<Record<string, unknown>>(
        url(`/storefronts/${shop.id}`),
        asUser('admin'),
      )
      expect(res.status).toBe(200)
      expect(res.text).not.toContain(shop.apiKey)
      expect(res.body.apiKeyIndex).toBeUndefined()
    })

    it('keep working when an admin edits something else, and a new key replaces the old', async () => {
      const rename = await fetchJson(
        url(`/storefronts/${shop.id}`),
        asUser('admin', { method: 'PATCH', body: JSON.stringify({ name: 'Renamed shop' }) }),
      )
      expect(rename.status).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const statusPath = `/storefront/policies/${SLUG}/consent-status?customerId=cust-1&locale=lv`
      expect((await fetchJson(url(statusPath), asShop())).status).toBe(200)

      const other = await createStorefront(app.payload, { name: 'Rotating shop' })
      const newKey = 'n'.repeat(40)
      const rotate = await fetchJson(
        url(`/storefronts/${other.id}`),
        asUser('admin', { method: 'PATCH', body: JSON.stringify({ apiKey: newKey }) }),
      )
      expect(rotate.status).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const oldKey = await fetchJson(url(statusPath), {
        headers: { authorization: other.authorization },
      })
      expect(oldKey.status).toBe(401)
      const rotated = await fetchJson(url(statusPath), {
        headers: { authorization: `storefronts API-Key ${newKey}` },
      })
      expect(rotated.status).toBe(200)
    })

    it('refuses a key too short to be secret, with a clear message', async () => {
      const res = await fetchJson(
        url('/storefronts'),
        asUser('admin', {
          method: 'POST',
          body: JSON.stringify({ name: 'Weak', apiKey: 'short' }),
        }),
      )
      expect(res.status).toBe(400)
      expect(res.text).toContain('32')
    })

    it('cannot be planted as a known index through the API', async () => {
      const res = await fetchJson<{ doc: { id: string | number } }>(
        url('/storefronts'),
        asUser('admin', {
          method: 'POST',
          body: JSON.stringify({ name: 'Planted', apiKeyIndex: 'a'.repeat(64) }),
        }),
      )
      expect(res.status).toBe(201)
      const { docs } = await app.payload.db.find<{ apiKeyIndex?: string | null }>({
        collection: 'storefronts',
        where: { id: { equals: res.body.doc.id } },
        limit: 1,
        pagination: false,
      })
      expect(docs[0].apiKeyIndex ?? null).toBeNull()
    })
  })

  describe('deleting a storefront', () => {
    it('is refused with 409 while it has ledger records, saying to disable it (regression: 500)', async () => {
      const res = await fetchJson<{ errors: Array<{ message: string }> }>(
        url(`/storefronts/${shop.id}`),
        asUser('admin', { method: 'DELETE' }),
      )
      expect(res.status).toBe(409)
      expect(res.body.errors[0].message).toMatch(/Disable it instead/)
      const still = await app.payload.count({ collection: 'storefronts', overrideAccess: true })
      expect(still.totalDocs).toBeGreaterThan(0)
    })

    it('works for a storefront without records', async () => {
      const unused = await createStorefront(app.payload, { name: 'Unused shop' })
      const res = await fetchJson(
        url(`/storefronts/${unused.id}`),
        asUser('admin', { method: 'DELETE' }),
      )
      expect(res.status).toBe(200)
    })
  })

  describe('reading the ledger through Payload', () => {
    it.each(['editor', 'publisher'] as const)(
      'is refused to the %s role (customer and order ids)',
      async (role) => {
        const res = await fetchJson(url('/policy-acceptances'), asUser(role))
        expect(res.status).toBe(403)
        expect(res.text).not.toContain('cust-1')
        const graphql = await executeGraphql(
          app,
          '{ PolicyAcceptances { docs { customerId orderId } } }',
          tokens[role],
        )
        expect(JSON.stringify(graphql.data ?? null)).not.toContain('cust-1')
      },
    )

    it.each(['admin', 'auditor'] as const)('is allowed to the %s role', async (role) => {
      const res = await fetchJson<{ docs: Array<{ customerId: string }> }>(
        url('/policy-acceptances'),
        asUser(role),
      )
      expect(res.status).toBe(200)
      expect(res.body.docs.map((doc) => doc.customerId)).toContain('cust-1')
    })

    it('gives auditors nothing else to change', async () => {
      const res = await fetchJson(
        url('/policies'),
        asUser('auditor', { method: 'POST', body: JSON.stringify({ title: 'x', slug: 'x' }) }),
      )
      expect(DENIED).toContain(res.status)
    })
  })
})
