import { get, type IncomingHttpHeaders } from 'node:http'

import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { importPolicyText } from '../../src/operations/importPolicyText.js'
import { getCatalog } from '../../src/operations/policyCatalog.js'
import { lexicalToHtml } from '../../src/richtext/toHtml.js'
import { databasesUnderTest } from '../support/databases.js'
import { revisedSeedText, SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

const SHOP = 'http://shop.example.test'
const kinds = await databasesUnderTest()

/** A GET with no headers at all (fetch always sends `Accept-Language: *`). */
function bareGet(url: string): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
    }).on('error', reject)
  })
}

/** Runs `count` tasks, `width` at a time. */
async function inBatches(count: number, width: number, task: (index: number) => Promise<void>) {
  for (let start = 0; start < count; start += width) {
    const batch = Array.from({ length: Math.min(width, count - start) }, (_, i) => task(start + i))
    await Promise.all(batch)
  }
}

describe.each(kinds)('storefront API trust boundaries (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let storefront: TestStorefront
  const api = (path: string) => `${server.url}/api/storefront${path}`

  beforeAll(async () => {
    app = await startTestApp(kind, { plugin: { cors: { origins: [SHOP] } } })
    server = await startTestServer(app.payload, app.key)
    storefront = await createStorefront(app.payload)
    await importPolicyText({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      locale: 'lv',
      text: revisedSeedText(),
      publish: { changeType: 'material', summary: 'Glabāšanas termiņš saīsināts.' },
    })
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  describe('slugs and parameters (F3, F10)', () => {
    it('keeps the catalog bounded however many unknown slugs are asked for (F3)', async () => {
      await inBatches(1000, 25, async (index) => {
        const res = await fetch(api(`/policies/no-such-policy-${index}`))
        expect(res.status).toBe(404)
        await res.arrayBuffer()
      })
      const catalog = getCatalog(app.payload, app.options)
      expect(catalog.size).toBeLessThanOrEqual(257)
      const known = await fetch(api(`/policies/${SLUG}?locale=lv`))
      expect(known.status).toBe(200)
    })

    it('answers a slug that cannot exist with 400 slug_invalid, without a query (F3)', async () => {
      const before = getCatalog(app.payload, app.options).size
      for (const slug of ['x'.repeat(8192), 'Privacy', 'a--b', '-a', 'a_b', 'ä']) {
        const res = await fetchJson(api(`/policies/${encodeURIComponent(slug)}/versions`))
        expect(res.status).toBe(400)
        expect(res.body.code).toBe('slug_invalid')
      }
      expect(getCatalog(app.payload, app.options).size).toBe(before)
    })

    it('answers a NUL byte in a slug or a query with 400, logging nothing (F10)', async () => {
      const logged = vi.spyOn(app.payload.logger, 'error')
      try {
        const urls = [
          api('/policies/privacy%00policy'),
          api(`/policies/${SLUG}?locale=l%00v`),
          api(`/policies/${SLUG}/diff?from=1&to=2%00`),
          api(`/policies/privacy%00policy/consent-status?customerId=c-1`),
        ]
        for (const url of urls) {
          const res = await fetchJson(url, { headers: { authorization: storefront.authorization } })
          expect(res.status).toBe(400)
          expect(['slug_invalid', 'parameter_control_character']).toContain(res.body.code)
        }
        const res = await fetchJson(api(`/policies/${SLUG}?locale=l%00v`), {
          headers: { 'accept-language': 'lv' },
        })
        expect(res.body).toEqual({
          code: 'parameter_control_character',
          error: 'Parametrs "locale" satur vadības rakstzīmi.',
        })
        expect(logged).not.toHaveBeenCalled()
      } finally {
        logged.mockRestore()
      }
    })
  })

  describe('Vary: Accept-Language (F5)', () => {
    const paths = [
      `/policies/${SLUG}`,
      `/policies/${SLUG}/versions/1`,
      `/policies/${SLUG}/diff?from=1&to=2`,
    ]

    it('varies every negotiated response, immutable ones included, even without the header', async () => {
      for (const path of paths) {
        const bare = await bareGet(api(path))
        expect(bare.status).toBe(200)
        expect(bare.headers.vary).toContain('Accept-Language')
        const asked = await fetch(api(path), { headers: { 'accept-language': 'lv, en;q=0.5' } })
        expect(asked.headers.get('vary')).toContain('Accept-Language')
      }
    })

    it('does not vary on the language when the URL names the locale', async () => {
      const sep = (path: string) => (path.includes('?') ? '&' : '?')
      for (const path of paths) {
        const res = await fetch(api(`${path}${sep(path)}locale=lv`))
        expect(res.status).toBe(200)
        expect(res.headers.get('vary') ?? '').not.toContain('Accept-Language')
      }
    })

    it('keeps 304s per language: an English ETag does not validate the Latvian text', async () => {
      const en = await fetch(api(`/policies/${SLUG}/versions/1`), {
        headers: { 'accept-language': 'en' },
      })
      const etag = en.headers.get('etag') ?? ''
      const again = await fetch(api(`/policies/${SLUG}/versions/1`), {
        headers: { 'accept-language': 'en', 'if-none-match': etag },
      })
      expect(again.status).toBe(304)
      expect(again.headers.get('vary')).toContain('Accept-Language')
      const lv = await fetch(api(`/policies/${SLUG}/versions/1`), {
        headers: { 'accept-language': 'lv', 'if-none-match': etag },
      })
      expect(lv.status).toBe(200)
    })
  })

  describe('CORS', () => {
    it('allows a configured origin to read the public API, varying on Origin', async () => {
      const res = await fetch(api(`/policies/${SLUG}?locale=lv`), { headers: { origin: SHOP } })
      expect(res.headers.get('access-control-allow-origin')).toBe(SHOP)
      expect(res.headers.get('access-control-allow-credentials')).toBeNull()
      expect(res.headers.get('vary')).toContain('Origin')
    })

    it('gives another origin no Access-Control-Allow-Origin', async () => {
      const res = await fetch(api(`/policies/${SLUG}?locale=lv`), {
        headers: { origin: 'http://evil.example.test' },
      })
      expect(res.status).toBe(200)
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
      expect(res.headers.get('vary')).toContain('Origin')
    })

    it('keeps each origin’s answer apart when the same read is served from cache', async () => {
      // Cached reads share one finished response per cached body and request shape; the origin
      // is part of that shape, so no origin's answer may reach another.
      const read = (origin: string | null, method = 'GET') =>
        fetch(api(`/policies/${SLUG}/versions/1?locale=en`), {
          method,
          headers: origin === null ? {} : { origin },
        })
      for (let round = 0; round < 3; round++) {
        for (const origin of [
          SHOP,
          'http://evil.example.test',
          null,
          'http://other.example.test',
        ]) {
          const res = await read(origin)
          expect(res.status).toBe(200)
          expect(res.headers.get('access-control-allow-origin')).toBe(origin === SHOP ? SHOP : null)
          expect(res.headers.get('vary')).toContain('Origin')
          expect(res.headers.get('x-content-type-options')).toBe('nosniff')
          expect((await res.json()) as { version?: { number?: number } }).toMatchObject({
            version: { number: 1 },
          })
        }
        const head = await read(SHOP, 'HEAD')
        expect(head.status).toBe(200)
        expect(head.headers.get('access-control-allow-origin')).toBe(SHOP)
        expect(Number(head.headers.get('content-length'))).toBeGreaterThan(100)
        expect(await head.text()).toBe('')
      }
    })

    it('answers the preflight of a public read for an allowed origin', async () => {
      const res = await fetch(api(`/policies/${SLUG}`), {
        method: 'OPTIONS',
        headers: {
          origin: SHOP,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'accept-language',
        },
      })
      expect(res.status).toBe(204)
      expect(res.headers.get('access-control-allow-origin')).toBe(SHOP)
      expect(res.headers.get('access-control-allow-methods')).toContain('GET')
    })

    it('never answers CORS on keyed endpoints, preflight or not', async () => {
      const status = await fetch(api(`/policies/${SLUG}/consent-status?customerId=c-1`), {
        headers: { origin: SHOP, authorization: storefront.authorization },
      })
      expect(status.status).toBe(200)
      expect(status.headers.get('access-control-allow-origin')).toBeNull()
      const preflight = await fetch(api(`/policies/${SLUG}/acceptances`), {
        method: 'OPTIONS',
        headers: { origin: SHOP, 'access-control-request-method': 'POST' },
      })
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
      expect(preflight.headers.get('allow')).toBe('POST, OPTIONS')
    })
  })

  describe('through Payload’s own endpoints (no fast path)', () => {
    const viaPayload = (path: string, init: RequestInit) =>
      handleEndpoints({
        config: app.payload.config,
        payloadInstanceCacheKey: app.key,
        request: new Request(`http://cms.test/api/storefront${path}`, init),
      })

    it('answers the same headers, HEAD and the preflight', async () => {
      const head = await viaPayload(`/policies/${SLUG}?locale=lv`, {
        method: 'HEAD',
        headers: { origin: SHOP },
      })
      expect(head.status).toBe(200)
      expect(head.headers.get('access-control-allow-origin')).toBe(SHOP)
      expect(head.headers.get('x-content-type-options')).toBe('nosniff')
      const preflight = await viaPayload(`/policies/${SLUG}`, {
        method: 'OPTIONS',
        headers: { origin: SHOP, 'access-control-request-method': 'GET' },
      })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-origin')).toBe(SHOP)
      const slug = await viaPayload('/policies/a%00b', { method: 'GET' })
      expect(slug.status).toBe(400)
    })
  })

  describe('the widget script', () => {
    it('serves policy-consent.js as JavaScript with an ETag, a long cache and CORS', async () => {
      const res = await fetch(api('/policy-consent.js'), { headers: { origin: SHOP } })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
      expect(res.headers.get('cache-control')).toBe('public, max-age=86400')
      expect(res.headers.get('access-control-allow-origin')).toBe(SHOP)
      expect(await res.text()).toContain("customElements.define('policy-consent'")
      const again = await fetch(api('/policy-consent.js'), {
        headers: { 'if-none-match': res.headers.get('etag') ?? '' },
      })
      expect(again.status).toBe(304)
    })
  })

  describe('response headers (F13)', () => {
    it('sends nosniff and a referrer policy on every storefront response', async () => {
      for (const path of [`/policies/${SLUG}`, '/policies/nope', '/nothing-here']) {
        const res = await fetch(api(path))
        expect(res.headers.get('x-content-type-options')).toBe('nosniff')
        expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      }
    })

    it('forbids the HTML diff to run, load or be framed anything', async () => {
      const res = await fetch(api(`/policies/${SLUG}/diff?from=1&to=2&locale=lv&format=html`))
      expect(res.status).toBe(200)
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
      const json = await fetch(api(`/policies/${SLUG}/diff?from=1&to=2&locale=lv`))
      expect(json.headers.get('content-security-policy')).toBeNull()
    })

    it('answers HEAD on public reads like GET, without the body', async () => {
      const get = await fetch(api(`/policies/${SLUG}?locale=lv`))
      const body = await get.arrayBuffer()
      const head = await fetch(api(`/policies/${SLUG}?locale=lv`), { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
      expect(head.headers.get('content-length')).toBe(String(body.byteLength))
      expect((await head.arrayBuffer()).byteLength).toBe(0)
    })
  })
})

describe('served HTML links', () => {
  const link = (url: string) =>
    lexicalToHtml({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', fields: { url }, children: [{ type: 'text', text: 'here' }] },
            ],
          },
        ],
      },
    })

  it('renders protocol-relative links as text: //host is another site', () => {
    expect(link('//evil.example/x')).toBe('<p>here</p>')
    expect(link('/\\evil.example/x')).toBe('<p>here</p>')
  })

  it('keeps site paths, anchors and web links', () => {
    expect(link('/privacy')).toBe('<p><a href="/privacy">here</a></p>')
    expect(link('#s2')).toBe('<p><a href="#s2">here</a></p>')
    expect(link('https://example.com')).toBe('<p><a href="https://example.com">here</a></p>')
  })
})
