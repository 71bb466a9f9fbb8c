import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ERASED_CUSTOMER_ID } from '../../src/operations/customerAcceptances.js'
import { importPolicyText } from '../../src/operations/importPolicyText.js'
import { databasesUnderTest } from '../support/databases.js'
import { revisedSeedText, SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

interface Receipt {
  id: string | number
  acceptedAt: string
  version: number
  current: boolean
}

interface ConsentStatusBody {
  customerId: string
  slug: string
  status: string
  mustReview: boolean
  acceptedVersion: number | null
  currentVersion: number
  changes: null | { from: number; to: number; summary: string; diffUrl: string }
  prompt: null | { title: string; body: string }
}

const kinds = await databasesUnderTest()

describe.each(kinds)('consent ledger (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let shop: TestStorefront
  const hashes: Record<number, Record<string, string>> = {}
  const api = (path: string) => `${server.url}/api/storefront${path}`

  async function versionHash(version: number, locale: string): Promise<string> {
    hashes[version] ??= {}
    if (!hashes[version][locale]) {
      const res = await fetchJson<{ contentHash: string }>(
        api(`/policies/${SLUG}/versions/${version}?locale=${locale}`),
      )
      hashes[version][locale] = res.body.contentHash
    }
    return hashes[version][locale]
  }

  async function accept(
    body: Record<string, unknown>,
    { key, auth = shop.authorization }: { key?: string; auth?: string | null } = {},
  ) {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (auth) headers.authorization = auth
    if (key) headers['idempotency-key'] = key
    return fetchJson<Receipt & { error?: string }>(api(`/policies/${SLUG}/acceptances`), {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    })
  }

  async function validBody(customerId: string, version = 1, locale = 'lv') {
    return {
      customerId,
      version,
      locale,
      contentHash: await versionHash(version, locale),
      channel: 'checkout',
    }
  }

  async function consentStatus(customerId: string, locale = 'lv') {
    return fetchJson<ConsentStatusBody>(
      api(
        `/policies/${SLUG}/consent-status?customerId=${encodeURIComponent(customerId)}&locale=${locale}`,
      ),
      { headers: { authorization: shop.authorization } },
    )
  }

  async function ledgerCount(where: Where = {}): Promise<number> {
    const { totalDocs } = await app.payload.count({
      collection: 'policy-acceptances',
      where,
      overrideAccess: true,
    })
    return totalDocs
  }

  async function publish(text: string, changeType: 'material' | 'editorial', summary: string) {
    await importPolicyText({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      locale: 'lv',
      text,
      publish: { changeType, summary },
    })
  }

  beforeAll(async () => {
    app = await startTestApp(kind, { plugin: { freshnessCheckMs: 0 } })
    server = await startTestServer(app.payload, app.key)
    shop = await createStorefront(app.payload)
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  describe('recording an acceptance', () => {
    it('records the version and text shown at checkout and says it is current', async () => {
      const res = await accept({ ...(await validBody('cust-1')), orderId: 'order-1001' })
      expect(res.status).toBe(201)
      expect(res.body).toMatchObject({ version: 1, current: true })
      expect(Date.parse(res.body.acceptedAt)).not.toBeNaN()
      const stored = await app.payload.findByID({
        collection: 'policy-acceptances',
        id: res.body.id,
        depth: 0,
      })
      expect(stored).toMatchObject({
        customerId: 'cust-1',
        versionNumber: 1,
        locale: 'lv',
        channel: 'checkout',
        orderId: 'order-1001',
        contentHash: await versionHash(1, 'lv'),
      })
      expect(stored.userAgent ?? null).toBeNull()
    })

    it('accepts the Russian text with the Russian hash, which differs from the Latvian one', async () => {
      const ruHash = await versionHash(1, 'ru')
      expect(ruHash).not.toBe(await versionHash(1, 'lv'))
      const res = await accept(await validBody('cust-ru', 1, 'ru'))
      expect(res.status).toBe(201)
    })

    it('answers a retry with the same Idempotency-Key with the same record and writes nothing', async () => {
      const body = await validBody('cust-retry')
      const first = await accept(body, { key: 'checkout-abc-1' })
      const before = await ledgerCount()
      const second = await accept(body, { key: 'checkout-abc-1' })
      expect(first.status).toBe(201)
      expect(second.status).toBe(200)
      expect(second.body).toEqual(first.body)
      expect(await ledgerCount()).toBe(before)
    })

    it('records each concurrent retry of one key exactly once', async () => {
      const body = await validBody('cust-race')
      const results = await Promise.all(
        Array.from({ length: 8 }, () => accept(body, { key: 'race-key' })),
      )
      expect(results.filter((res) => res.status === 201)).toHaveLength(1)
      expect(results.filter((res) => res.status === 200)).toHaveLength(7)
      expect(new Set(results.map((res) => String(res.body.id))).size).toBe(1)
      expect(await ledgerCount({ customerId: { equals: 'cust-race' } })).toBe(1)
    })
  })

  describe('refusing bad requests, writing nothing', () => {
    const cases: Array<[string, () => Promise<{ status: number }>, number]> = [
      ['no API key', async () => accept(await validBody('bad-1'), { auth: null }), 401],
      [
        'a wrong API key',
        async () => accept(await validBody('bad-2'), { auth: 'storefronts API-Key nope' }),
        401,
      ],
      [
        'malformed JSON',
        async () =>
          fetchJson(api(`/policies/${SLUG}/acceptances`), {
            method: 'POST',
            headers: { authorization: shop.authorization, 'content-type': 'application/json' },
            body: '{"customerId": "x",',
          }),
        400,
      ],
      [
        'a version given as a string',
        async () => accept({ ...(await validBody('bad-3')), version: '1' }),
        422,
      ],
      [
        'a missing contentHash',
        async () => {
          const { contentHash: _omit, ...rest } = await validBody('bad-4')
          return accept(rest)
        },
        422,
      ],
      [
        'an unknown field',
        async () => accept({ ...(await validBody('bad-5')), email: 'a@b.lv' }),
        422,
      ],
      [
        'an unknown channel',
        async () => accept({ ...(await validBody('bad-6')), channel: 'fax' }),
        422,
      ],
      [
        'an unknown version',
        async () => accept({ ...(await validBody('bad-7')), version: 99 }),
        404,
      ],
      [
        'a hash of another locale',
        async () =>
          accept({ ...(await validBody('bad-8')), contentHash: await versionHash(1, 'en') }),
        409,
      ],
      [
        'an unknown locale',
        async () => accept({ ...(await validBody('bad-9')), locale: 'de' }),
        422,
      ],
      [
        'an e-mail address as customer id',
        async () => accept({ ...(await validBody('x')), customerId: 'anna@example.lv' }),
        422,
      ],
      [
        'a NoSQL operator as customer id',
        async () => accept({ ...(await validBody('x')), customerId: { $gt: '' } }),
        422,
      ],
      [
        'an operator string as customer id',
        async () => accept({ ...(await validBody('x')), customerId: '$ne' }),
        422,
      ],
      [
        'an SQL fragment as customer id',
        async () => accept({ ...(await validBody('x')), customerId: "1' OR '1'='1" }),
        422,
      ],
      [
        'an oversized body',
        async () => accept({ ...(await validBody('bad-10')), orderId: 'o'.repeat(5000) }),
        413,
      ],
    ]

    it.each(cases)('answers %s with its status', async (_label, send, status) => {
      const before = await ledgerCount()
      const res = await send()
      expect(res.status).toBe(status)
      expect(await ledgerCount()).toBe(before)
    })

    it('refuses Idempotency-Key reuse with a different body with 409', async () => {
      await accept(await validBody('cust-key'), { key: 'reused-key' })
      const before = await ledgerCount()
      const res = await accept(await validBody('someone-else'), { key: 'reused-key' })
      expect(res.status).toBe(409)
      expect(await ledgerCount()).toBe(before)
    })

    it.each(['auto:6f1c2d3e', '~erased:1'])(
      'refuses the server’s reserved Idempotency-Key prefix (%s) with 400 and a localized reason, writing nothing',
      async (key) => {
        const before = await ledgerCount()
        const res = await fetchJson<{ error: string; code: string }>(
          api(`/policies/${SLUG}/acceptances`),
          {
            method: 'POST',
            headers: {
              authorization: shop.authorization,
              'content-type': 'application/json',
              'accept-language': 'lv',
              'idempotency-key': key,
            },
            body: JSON.stringify(await validBody('reserved-key')),
          },
        )
        expect(res.status).toBe(400)
        expect(res.body.code).toBe('idempotency_key_reserved')
        expect(res.body.error).toMatch(/rezervētas serverim/)
        expect(res.body.error).toContain(`"${key.slice(0, key.startsWith('~') ? 1 : 5)}"`)
        expect(await ledgerCount()).toBe(before)
      },
    )

    it('refuses a disabled storefront’s key with 403', async () => {
      const disabled = await createStorefront(app.payload, { enabled: false, name: 'Closed shop' })
      const res = await accept(await validBody('bad-11'), { auth: disabled.authorization })
      expect(res.status).toBe(403)
    })

    it('answers errors as JSON { error } localized by Accept-Language', async () => {
      const res = await fetchJson<{ error: string; code: string }>(
        api(`/policies/${SLUG}/acceptances`),
        {
          method: 'POST',
          headers: { 'accept-language': 'ru', 'content-type': 'application/json' },
          body: '{}',
        },
      )
      expect(res.status).toBe(401)
      expect(res.body.code).toBe('unauthorized')
      expect(res.body.error).toMatch(/API-ключ/)
    })
  })

  describe('consent status of a returning buyer', () => {
    it('walks through never-accepted, up-to-date, must-review, up-to-date and editorial changes', async () => {
      const customer = 'cust-journey'
      expect((await consentStatus(customer)).body).toMatchObject({
        status: 'never-accepted',
        mustReview: false,
        acceptedVersion: null,
        currentVersion: 1,
        changes: null,
        prompt: null,
      })

      await accept(await validBody(customer, 1))
      expect((await consentStatus(customer)).body).toMatchObject({
        status: 'up-to-date',
        acceptedVersion: 1,
      })

      await publish(revisedSeedText(), 'material', 'Glabāšanas termiņš saīsināts līdz 3 gadiem.')
      const mustReview = await consentStatus(customer)
      expect(mustReview.status).toBe(200)
      expect(mustReview.body).toMatchObject({
        status: 'must-review',
        mustReview: true,
        acceptedVersion: 1,
        currentVersion: 2,
        changes: { from: 1, to: 2, summary: 'Glabāšanas termiņš saīsināts līdz 3 gadiem.' },
      })
      expect(mustReview.body.changes?.diffUrl).toBe(
        `/api/storefront/policies/${SLUG}/diff?from=1&to=2&locale=lv&format=html`,
      )
      expect(mustReview.body.prompt?.title).toBe('Mūsu privātuma politika ir mainījusies')
      expect(mustReview.body.prompt?.body).toContain('versija 2')

      const accepted = await accept({ ...(await validBody(customer, 2)), channel: 'reconsent' })
      expect(accepted.body).toMatchObject({ version: 2, current: true })
      expect((await consentStatus(customer)).body).toMatchObject({
        status: 'up-to-date',
        acceptedVersion: 2,
      })

      await publish(
        revisedSeedText().replace('privatums@example.com', 'dati@example.com'),
        'editorial',
        'Jauna e-pasta adrese.',
      )
      expect((await consentStatus(customer)).body).toMatchObject({
        status: 'up-to-date',
        acceptedVersion: 2,
        currentVersion: 3,
        prompt: null,
      })
    })

    it('says an acceptance of an older version is not current', async () => {
      const res = await accept(await validBody('cust-old', 1))
      expect(res.status).toBe(201)
      expect(res.body).toMatchObject({ version: 1, current: false })
    })

    it('localizes the prompt in English and Russian', async () => {
      const customer = 'cust-prompt'
      await accept(await validBody(customer, 1))
      const en = await consentStatus(customer, 'en')
      expect(en.body.prompt?.title).toBe('Our privacy policy has changed')
      const ru = await consentStatus(customer, 'ru')
      expect(ru.body.prompt?.title).toBe('Наша политика конфиденциальности изменилась')
    })

    it('refuses a customer id that is not an opaque id with 400', async () => {
      const res = await consentStatus('anna@example.lv')
      expect(res.status).toBe(400)
    })

    it('requires the storefront key', async () => {
      const res = await fetchJson(api(`/policies/${SLUG}/consent-status?customerId=x&locale=lv`))
      expect(res.status).toBe(401)
    })
  })

  describe('data-subject rights', () => {
    it('exports every record of a customer', async () => {
      await accept({ ...(await validBody('cust-export', 1)), orderId: 'order-7' })
      await accept({ ...(await validBody('cust-export', 3)), channel: 'account' })
      const res = await fetchJson<{
        customerId: string
        acceptances: Array<Record<string, unknown>>
      }>(api('/customers/cust-export/acceptances'), {
        headers: { authorization: shop.authorization },
      })
      expect(res.status).toBe(200)
      expect(res.body.customerId).toBe('cust-export')
      expect(
        res.body.acceptances.map((record) => [record.version, record.channel, record.orderId]),
      ).toEqual([
        [1, 'checkout', 'order-7'],
        [3, 'account', null],
      ])
    })

    it('erases the customer id from every record and keeps the counts per version', async () => {
      const countV1 = await ledgerCount({ versionNumber: { equals: 1 } })
      const res = await fetchJson<{ customerId: string; erased: number }>(
        api('/customers/cust-export/acceptances'),
        {
          method: 'DELETE',
          headers: { authorization: shop.authorization },
        },
      )
      expect(res.body).toEqual({ customerId: 'cust-export', erased: 2 })
      expect(await ledgerCount({ customerId: { equals: 'cust-export' } })).toBe(0)
      expect(await ledgerCount({ orderId: { equals: 'order-7' } })).toBe(0)
      expect(await ledgerCount({ versionNumber: { equals: 1 } })).toBe(countV1)
      expect(
        await ledgerCount({ customerId: { equals: ERASED_CUSTOMER_ID } }),
      ).toBeGreaterThanOrEqual(2)
      const after = await fetchJson<{ acceptances: unknown[] }>(
        api('/customers/cust-export/acceptances'),
        {
          headers: { authorization: shop.authorization },
        },
      )
      expect(after.body.acceptances).toEqual([])
    })
  })

  describe('append-only', () => {
    it('refuses updates and deletes through the Local API with access control, even for an admin', async () => {
      const admin = await app.payload.create({
        collection: 'users',
        overrideAccess: true,
        data: {
          email: `ledger-admin-${kind}@example.com`,
          password: 'correct horse battery',
          roles: ['admin'],
        },
      })
      const { docs } = await app.payload.find({
        collection: 'policy-acceptances',
        limit: 1,
        depth: 0,
      })
      const user = { ...admin, collection: 'users' as const }
      await expect(
        app.payload.update({
          collection: 'policy-acceptances',
          id: docs[0].id,
          data: { channel: 'account' },
          overrideAccess: false,
          user,
        }),
      ).rejects.toThrow()
      await expect(
        app.payload.delete({
          collection: 'policy-acceptances',
          id: docs[0].id,
          overrideAccess: false,
          user,
        }),
      ).rejects.toThrow()
    })

    it('refuses updates and deletes even with access overridden', async () => {
      const { docs } = await app.payload.find({
        collection: 'policy-acceptances',
        limit: 1,
        depth: 0,
      })
      await expect(
        app.payload.update({
          collection: 'policy-acceptances',
          id: docs[0].id,
          data: { channel: 'account' },
        }),
      ).rejects.toThrow(/cannot be changed/)
      await expect(
        app.payload.delete({ collection: 'policy-acceptances', id: docs[0].id }),
      ).rejects.toThrow(/cannot be deleted/)
      const again = await app.payload.findByID({
        collection: 'policy-acceptances',
        id: docs[0].id,
        depth: 0,
      })
      expect(again.channel).toBe(docs[0].channel)
    })
  })
})
