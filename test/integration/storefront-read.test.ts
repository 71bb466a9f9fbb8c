import { get, type IncomingHttpHeaders } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importPolicyText, publishPolicy } from '../../src/operations/importPolicyText.js'
import { databasesUnderTest } from '../support/databases.js'
import { revisedSeedText, seededPolicyId, SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

interface PolicyBody {
  slug: string
  title: string
  locale: string
  version: {
    number: number
    publishedAt: string
    effectiveAt: string
    changeType: string
    summary: string
  }
  contentHash: string
  sections: Array<{ key: string; heading: string; html: string; text: string }>
  upcoming: null | { number: number; effectiveAt: string; changeType: string; summary: string }
}

const SEED_HEADINGS = [
  'PRIVĀTUMA POLITIKA',
  'KĀDUS DATUS MĒS APKOPOJAM UN APSTRĀDĀJAM?',
  'MAKSĀJUMA INFORMĀCIJA',
  'KĀDEĻ MĒS APKOPOJAM JŪSU DATUS',
  'CIK ILGI MĒS UZGLABĀJAM JŪSU DATUS',
  'DATU NODOŠANA TREŠĀJĀM PERSONĀM',
  'KĀ MĒS IZMANTOJAM SĪKDATNES',
  'LIETOTĀJA TIESĪBAS',
  'IZMAIŅAS POLITIKĀ',
]

const kinds = await databasesUnderTest()

describe.each(kinds)('storefront read API (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  const api = (path: string) => `${server.url}/api/storefront${path}`

  beforeAll(async () => {
    app = await startTestApp(kind, { plugin: { freshnessCheckMs: 0 } })
    server = await startTestServer(app.payload, app.key)
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  /** The response head exactly as Node's HTTP client parsed it off the wire. */
  function rawResponse(url: string) {
    return new Promise<{ status: number; headers: IncomingHttpHeaders; bytes: number }>(
      (resolve, reject) => {
        get(url, (res) => {
          let bytes = 0
          res.on('data', (chunk: Buffer) => (bytes += chunk.length))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }))
        }).on('error', reject)
      },
    )
  }

  describe('framing', () => {
    it.each([
      `/policies/${SLUG}?locale=lv`,
      `/policies/${SLUG}/versions/1?locale=lv`,
      `/policies/${SLUG}/diff?from=1&to=1&locale=lv&format=html`,
      `/policies/no-such-policy?locale=lv`,
    ])(
      'sends %s with Content-Length, not Transfer-Encoding: chunked (regression: cached bodies went out chunked)',
      async (path) => {
        const res = await rawResponse(api(path))
        expect(res.headers['transfer-encoding']).toBeUndefined()
        expect(Number(res.headers['content-length'])).toBe(res.bytes)
        expect(res.bytes).toBeGreaterThan(0)
      },
    )
  })

  describe('the seeded policy', () => {
    it('serves the Latvian version 1 with the seed’s 9 sections and headings', async () => {
      const res = await fetchJson<PolicyBody>(api(`/policies/${SLUG}?locale=lv`))
      expect(res.status).toBe(200)
      expect(res.body.slug).toBe(SLUG)
      expect(res.body.locale).toBe('lv')
      expect(res.body.version.number).toBe(1)
      expect(res.body.sections.map((section) => section.heading)).toEqual(SEED_HEADINGS)
      expect(res.body.contentHash).toMatch(/^[0-9a-f]{64}$/)
      expect(res.body.upcoming).toBeNull()
    })

    it('renders each section body to HTML and plain text from Lexical', async () => {
      const { body } = await fetchJson<PolicyBody>(api(`/policies/${SLUG}?locale=lv`))
      const section2 = body.sections[1]
      expect(section2.html).toContain('<ul><li>klienta vārds un uzvārds;</li>')
      expect(section2.text).toContain('\n\n- klienta vārds un uzvārds;\n\n- tālruņa numurs;')
    })

    it('serves English and Russian with their own content hashes', async () => {
      const lv = await fetchJson<PolicyBody>(api(`/policies/${SLUG}?locale=lv`))
      const en = await fetchJson<PolicyBody>(api(`/policies/${SLUG}?locale=en`))
      const ru = await fetchJson<PolicyBody>(api(`/policies/${SLUG}?locale=ru`))
      expect(en.body.sections[0].heading).toBe('PRIVACY POLICY')
      expect(ru.body.sections[0].heading).toBe('ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ')
      expect(new Set([lv.body.contentHash, en.body.contentHash, ru.body.contentHash]).size).toBe(3)
    })

    it('falls back to Accept-Language, then Latvian, when no locale is given', async () => {
      const ru = await fetchJson<PolicyBody>(api(`/policies/${SLUG}`), {
        headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' },
      })
      expect(ru.body.locale).toBe('ru')
      expect(ru.headers.get('vary')).toContain('Accept-Language')
      const plain = await fetchJson<PolicyBody>(api(`/policies/${SLUG}`))
      expect(plain.body.locale).toBe('lv')
    })
  })

  describe('caching', () => {
    it('sends an ETag and CDN-friendly Cache-Control', async () => {
      const res = await fetchJson(api(`/policies/${SLUG}?locale=lv`))
      expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/)
      expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/)
    })

    it('answers If-None-Match with the current ETag with 304 and no body', async () => {
      const first = await fetchJson(api(`/policies/${SLUG}?locale=lv`))
      const etag = first.headers.get('etag') ?? ''
      const second = await fetch(api(`/policies/${SLUG}?locale=lv`), {
        headers: { 'if-none-match': etag },
      })
      expect(second.status).toBe(304)
      expect(await second.text()).toBe('')
    })

    it('gives each locale its own ETag', async () => {
      const lv = await fetchJson(api(`/policies/${SLUG}?locale=lv`))
      const en = await fetchJson(api(`/policies/${SLUG}?locale=en`))
      expect(lv.headers.get('etag')).not.toBe(en.headers.get('etag'))
    })

    it('marks a version by number as immutable', async () => {
      const res = await fetchJson(api(`/policies/${SLUG}/versions/1?locale=lv`))
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toContain('immutable')
    })

    it('answers a version from its cached body exactly as the first time (headers, 304, Vary)', async () => {
      // The first request of each form computes the body, the later ones are answered from it
      // without waiting (the fast path's cached handler): they must not differ.
      for (const [path, headers] of [
        [`/policies/${SLUG}/versions/1?locale=en`, {}],
        [`/policies/${SLUG}/versions/1`, { 'accept-language': 'ru' }],
      ] as const) {
        const first = await fetch(api(path), { headers })
        const firstText = await first.text()
        for (let repeat = 0; repeat < 3; repeat++) {
          const again = await fetch(api(path), { headers })
          expect(again.status).toBe(200)
          expect(await again.text()).toBe(firstText)
          for (const name of ['etag', 'cache-control', 'vary', 'content-type', 'content-length']) {
            expect(again.headers.get(name)).toBe(first.headers.get(name))
          }
        }
        const etag = first.headers.get('etag') ?? ''
        const revalidated = await fetch(api(path), {
          headers: { ...headers, 'if-none-match': etag },
        })
        expect(revalidated.status).toBe(304)
        expect(revalidated.headers.get('etag')).toBe(etag)
      }
      const negotiated = await fetch(api(`/policies/${SLUG}/versions/1`), {
        headers: { 'accept-language': 'ru' },
      })
      expect(negotiated.headers.get('vary')).toContain('Accept-Language')
      expect(((await negotiated.json()) as PolicyBody).locale).toBe('ru')
    })

    it('keeps refusing a query with a control character however often it is sent', async () => {
      // Routed URLs are shared between requests that send the same one; only clean ones are
      // remembered as checked.
      for (let repeat = 0; repeat < 3; repeat++) {
        const res = await fetchJson<{ code: string }>(api(`/policies/${SLUG}?locale=lv%00`))
        expect(res.status).toBe(400)
        expect(res.body.code).toBe('parameter_control_character')
      }
    })
  })

  describe('errors', () => {
    it.each([
      ['an unknown locale', `/policies/${SLUG}?locale=de`, 404],
      ['an unknown slug', '/policies/terms-of-sale?locale=lv', 404],
      ['an unknown version', `/policies/${SLUG}/versions/99?locale=lv`, 404],
      ['a version number that is not an integer', `/policies/${SLUG}/versions/1.5?locale=lv`, 400],
      ['a negative version number', `/policies/${SLUG}/versions/-1`, 400],
      ['an unknown endpoint', '/nothing-here', 404],
    ])('answers %s with JSON { error }', async (_label, path, status) => {
      const res = await fetchJson<{ error: string; code: string }>(api(path))
      expect(res.status).toBe(status)
      expect(typeof res.body.error).toBe('string')
      expect(res.body.error.length).toBeGreaterThan(5)
    })

    it('localizes the error message by Accept-Language', async () => {
      const res = await fetchJson<{ error: string; code: string }>(api('/policies/nope'), {
        headers: { 'accept-language': 'en' },
      })
      expect(res.body).toEqual({
        error: 'There is no published policy "nope".',
        code: 'policy_not_found',
      })
    })
  })

  describe('publishing', () => {
    it('never shows a draft saved after publishing in any public response', async () => {
      const paths = [
        `/policies/${SLUG}?locale=lv`,
        `/policies/${SLUG}/versions`,
        `/policies/${SLUG}/versions/1?locale=lv`,
      ]
      const before = await Promise.all(paths.map((path) => fetchJson(api(path))))
      await importPolicyText({
        payload: app.payload,
        options: app.options,
        slug: SLUG,
        locale: 'lv',
        text: revisedSeedText(),
      })
      const after = await Promise.all(paths.map((path) => fetchJson(api(path))))
      expect(after.map((res) => res.text)).toEqual(before.map((res) => res.text))
      expect(after.map((res) => res.headers.get('etag'))).toEqual(
        before.map((res) => res.headers.get('etag')),
      )
    })

    it('publishes the draft as version 2 and leaves version 1 byte for byte the same', async () => {
      const v1Before = await fetchJson(api(`/policies/${SLUG}/versions/1?locale=lv`))
      const number = await publishPolicy({
        payload: app.payload,
        options: app.options,
        slug: SLUG,
        policyId: await seededPolicyId(app.payload),
        locale: 'lv',
        release: { changeType: 'material', summary: 'Glabāšanas termiņš saīsināts līdz 3 gadiem.' },
      })
      expect(number).toBe(2)
      const current = await fetchJson<PolicyBody>(api(`/policies/${SLUG}?locale=lv`))
      expect(current.body.version.number).toBe(2)
      expect(current.body.sections).toHaveLength(10)
      expect(current.body.sections[4].text).toContain('mēs glabājam 3 gadus')
      const v1After = await fetchJson(api(`/policies/${SLUG}/versions/1?locale=lv`))
      expect(v1After.text).toBe(v1Before.text)
    })

    it('keeps section keys stable across versions', async () => {
      const v1 = await fetchJson<PolicyBody>(api(`/policies/${SLUG}/versions/1?locale=lv`))
      const v2 = await fetchJson<PolicyBody>(api(`/policies/${SLUG}/versions/2?locale=lv`))
      expect(v2.body.sections.slice(0, 9).map((s) => s.key)).toEqual(
        v1.body.sections.map((s) => s.key),
      )
      expect(new Set(v2.body.sections.map((s) => s.key)).size).toBe(10)
    })

    it('answers each version and locale from its own cached body, asked in any order', async () => {
      // Bodies served once are kept by policy, locale and number, and whole URLs are routed
      // once: neither may hand one version's or language's text to another request.
      const asks = [
        [1, 'lv'],
        [2, 'lv'],
        [1, 'en'],
        [1, 'ru'],
      ] as const
      const firstTexts = new Map<string, string>()
      for (let round = 0; round < 3; round++) {
        for (const [number, locale] of round === 1 ? [...asks].reverse() : asks) {
          const res = await fetchJson<PolicyBody>(
            api(`/policies/${SLUG}/versions/${number}?locale=${locale}`),
          )
          expect(res.status).toBe(200)
          expect(res.body.version.number).toBe(number)
          expect(res.body.locale).toBe(locale)
          const key = `${number}|${locale}`
          if (!firstTexts.has(key)) firstTexts.set(key, res.text)
          expect(res.text).toBe(firstTexts.get(key))
        }
      }
      expect(new Set(firstTexts.values()).size).toBe(asks.length)
    })

    it('routes a URL read before like any other for HEAD, a write method and a bad version', async () => {
      const path = `/policies/${SLUG}/versions/1?locale=lv`
      const read = await fetch(api(path))
      const head = await fetch(api(path), { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(await head.text()).toBe('')
      expect(head.headers.get('etag')).toBe(read.headers.get('etag'))
      expect(head.headers.get('content-length')).toBe(read.headers.get('content-length'))
      const post = await fetch(api(path), { method: 'POST', body: '{}' })
      expect(post.status).toBe(405)
      for (let repeat = 0; repeat < 2; repeat++) {
        const bad = await fetchJson<{ code: string }>(api(`/policies/${SLUG}/versions/0`))
        expect(bad.status).toBe(400)
        expect(bad.body.code).toBe('parameter_not_integer')
      }
    })

    it('does not serve a locale a version lacks (no silent fallback to another language)', async () => {
      // Version 2 changed the Latvian structure (a 10th section) without translations.
      const en = await fetchJson(api(`/policies/${SLUG}/versions/2?locale=en`))
      expect(en.status).toBe(404)
      const current = await fetchJson(api(`/policies/${SLUG}?locale=en`))
      expect(current.status).toBe(404)
    })

    it('lists versions newest first with their locales', async () => {
      const res = await fetchJson<{
        slug: string
        versions: Array<{ number: number; locales: string[] }>
      }>(api(`/policies/${SLUG}/versions`))
      expect(res.body.versions.map((v) => v.number)).toEqual([2, 1])
      expect(res.body.versions[1].locales).toEqual(['lv', 'en', 'ru'])
      expect(res.body.versions[0].locales).toEqual(['lv'])
    })

    it('announces a version with a future effective date as upcoming, not current', async () => {
      const effectiveAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
      const { docs } = await app.payload.find({
        collection: 'policies',
        where: { slug: { equals: SLUG } },
        depth: 0,
      })
      await importPolicyText({
        payload: app.payload,
        options: app.options,
        slug: SLUG,
        locale: 'lv',
        text: revisedSeedText().replace('privatums@example.com', 'dati@example.com'),
        publish: { changeType: 'editorial', summary: 'Jauna e-pasta adrese.', effectiveAt },
      })
      const res = await fetchJson<PolicyBody>(api(`/policies/${SLUG}?locale=lv`))
      expect(res.body.version.number).toBe(2)
      expect(res.body.upcoming).toEqual({
        number: 3,
        effectiveAt,
        changeType: 'editorial',
        summary: 'Jauna e-pasta adrese.',
        summaryLocale: 'lv',
      })
      expect(
        Number(/max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1]),
      ).toBeLessThanOrEqual(60)
      expect(docs).toHaveLength(1)
      const upcoming = await fetchJson<PolicyBody>(api(`/policies/${SLUG}/versions/3?locale=lv`))
      expect(upcoming.status).toBe(200)
      expect(upcoming.body.upcoming).toBeNull()
    })
  })
})
