import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WIDGET_BUNDLE } from '../../scripts/widgetBundle.js'
import { importPolicyText } from '../../src/operations/importPolicyText.js'
import { revisedSeedText, SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'
import { launchChromium } from './support/browser.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>

/** A plain `node:http` site on its own port, i.e. its own origin. */
async function startSite(handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    void Promise.resolve(handler(req, res)).catch((error: unknown) => {
      res.writeHead(500)
      res.end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

function html(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
  res.end(`<!doctype html><html lang="lv"><body>${body}</body></html>`)
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

const CUSTOMER = 'cust-cross-origin'
const HOSTILE_HTML =
  '<p>Teksts</p><img src="x" onerror="window.__pwned = \'img\'"><script>window.__pwned = \'script\'</script>' +
  '<a href="javascript:window.__pwned=\'link\'">saite</a>'

describe('the widget embedded on another site', () => {
  let app: TestApp
  let api: TestServer
  let shop: { url: string; server: Server }
  let stranger: { url: string; server: Server }
  let elsewhere: { url: string; server: Server }
  let storefront: TestStorefront
  let browser: Browser
  const elsewhereRequests: string[] = []

  const embed = (apiUrl: string, attributes = 'view="policy"') =>
    `<script type="module" src="${apiUrl}/api/storefront/policy-consent.js"></script>` +
    `<policy-consent ${attributes} locale="lv" api="${apiUrl}/api/storefront"></policy-consent>`

  beforeAll(async () => {
    // Port B's origin is only known once it listens; the API allows it by name, so B starts first.
    shop = await startSite(async (req, res) => {
      const url = new URL(req.url ?? '/', shop.url)
      if (url.pathname === '/policy') return html(res, embed(api.url))
      if (url.pathname === '/account')
        return html(res, embed(api.url, 'consent-endpoint="/consent" auto-open'))
      if (url.pathname === '/consent') {
        // The shop's own backend: the customer comes from its session (fixed here), the key
        // stays on the server, the browser never calls a keyed endpoint.
        const query = new URLSearchParams({
          customerId: CUSTOMER,
          locale: url.searchParams.get('locale') ?? 'lv',
        })
        const status = await fetch(
          `${api.url}/api/storefront/policies/${SLUG}/consent-status?${query.toString()}`,
          { headers: { authorization: storefront.authorization } },
        )
        res.writeHead(status.status, {
          'content-type': 'application/json',
          'cache-control': 'no-store',
        })
        return void res.end(await status.text())
      }
      if (url.pathname === '/hostile') {
        return html(
          res,
          `<script type="module" src="${api.url}/api/storefront/policy-consent.js"></script>` +
            `<policy-consent id="policy" view="policy" locale="lv" api="${shop.url}/evil"></policy-consent>` +
            `<policy-consent id="offsite" locale="lv" api="${shop.url}/evil" consent-endpoint="/evil/offsite-consent"></policy-consent>` +
            `<policy-consent id="onsite" locale="lv" api="${shop.url}/evil" consent-endpoint="/evil/onsite-consent"></policy-consent>`,
        )
      }
      if (url.pathname === `/evil/policies/${SLUG}`) {
        return json(res, {
          slug: SLUG,
          title: 'Politika',
          locale: 'lv',
          version: { number: 1, publishedAt: '2026-01-01', effectiveAt: '2026-01-01' },
          contentHash: '0'.repeat(64),
          sections: [{ key: 's1', heading: 'Virsraksts', html: HOSTILE_HTML, text: 'Teksts' }],
          upcoming: null,
        })
      }
      if (url.pathname === '/evil/offsite-consent' || url.pathname === '/evil/onsite-consent') {
        const diffUrl =
          url.pathname === '/evil/offsite-consent' ? `${elsewhere.url}/diff` : `/evil/diff`
        return json(res, {
          customerId: 'c',
          slug: SLUG,
          status: 'must-review',
          mustReview: true,
          acceptedVersion: 1,
          currentVersion: 2,
          changes: { from: 1, to: 2, summary: 'Izmaiņas', diffUrl, locale: 'lv' },
          translationStatus: 'current',
          prompt: { title: 'Politika mainījusies', body: 'Lūdzu izlasiet.' },
        })
      }
      if (url.pathname === '/evil/diff') return html(res, HOSTILE_HTML)
      res.writeHead(404)
      res.end()
    })
    // A site the API does not allow, serving its own copy of the widget (a module script from
    // the API would not even load there: module scripts need CORS too).
    stranger = await startSite((req, res) => {
      if (req.url !== '/policy-consent.js') {
        return html(
          res,
          '<script type="module" src="/policy-consent.js"></script>' +
            `<policy-consent view="policy" locale="lv" api="${api.url}/api/storefront"></policy-consent>`,
        )
      }
      res.writeHead(200, { 'content-type': 'text/javascript' })
      res.end(readFileSync(WIDGET_BUNDLE))
    })
    elsewhere = await startSite((req, res) => {
      elsewhereRequests.push(req.url ?? '')
      html(res, HOSTILE_HTML)
    })
    app = await startTestApp('sqlite', { plugin: { cors: { origins: [shop.url] } } })
    api = await startTestServer(app.payload, app.key)
    storefront = await createStorefront(app.payload)
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    for (const site of [shop, stranger, elsewhere]) site?.server.closeAllConnections()
    for (const site of [shop, stranger, elsewhere]) site?.server.close()
    await api?.close()
    await app?.close()
  })

  async function openPage(url: string): Promise<Page> {
    const page = await browser.newPage()
    await page.goto(url)
    return page
  }

  it('renders the policy in force from the API on another origin, as the README embeds it', async () => {
    const page = await openPage(`${shop.url}/policy`)
    const widget = page.locator('policy-consent')
    await expect.poll(() => widget.getAttribute('state')).toBe('policy')
    expect(await widget.locator('h3').first().textContent()).toBe('PRIVĀTUMA POLITIKA')
    await page.close()
  })

  it('shows the re-read prompt through the shop’s own backend after a material change', async () => {
    const v1 = await fetchJson<{ contentHash: string }>(
      `${api.url}/api/storefront/policies/${SLUG}/versions/1?locale=lv`,
    )
    const accepted = await fetch(`${api.url}/api/storefront/policies/${SLUG}/acceptances`, {
      method: 'POST',
      headers: { authorization: storefront.authorization, 'content-type': 'application/json' },
      body: JSON.stringify({
        customerId: CUSTOMER,
        version: 1,
        locale: 'lv',
        contentHash: v1.body.contentHash,
        channel: 'checkout',
      }),
    })
    expect(accepted.status).toBe(201)
    await importPolicyText({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      locale: 'lv',
      text: revisedSeedText(),
      publish: { changeType: 'material', summary: 'Glabāšanas termiņš saīsināts.' },
    })
    const page = await openPage(`${shop.url}/account`)
    const widget = page.locator('policy-consent')
    await expect.poll(() => widget.getAttribute('state'), { timeout: 20_000 }).toBe('prompt')
    await expect.poll(() => widget.locator('dialog .diff ins').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('shows the load-failed state on an origin the API does not allow', async () => {
    const script = await fetch(`${api.url}/api/storefront/policy-consent.js`, {
      headers: { origin: stranger.url },
    })
    expect(script.headers.get('access-control-allow-origin')).toBeNull()
    const page = await openPage(`${stranger.url}/`)
    const widget = page.locator('policy-consent')
    await expect.poll(() => widget.getAttribute('state'), { timeout: 20_000 }).toBe('error')
    expect(await widget.locator('[role="alert"]').count()).toBe(1)
    await page.close()
  })

  it('runs no script from a hostile API’s HTML and follows no diffUrl off the API’s origin (F7)', async () => {
    const page = await openPage(`${shop.url}/hostile`)
    const state = (id: string) => page.locator(`#${id}`).getAttribute('state')
    await expect.poll(() => state('policy')).toBe('policy')
    await expect.poll(() => state('onsite')).toBe('prompt')
    await expect.poll(() => state('offsite')).toBe('error')
    const body = page.locator('#policy article div').first()
    expect(await body.textContent()).toBe('Tekstssaite')
    expect(
      await page
        .locator('#policy')
        .evaluate((el) => el.shadowRoot?.querySelector('img, script, a')),
    ).toBeNull()
    // Give an `onerror` every chance to fire before concluding it did not.
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined()
    expect(elsewhereRequests).toEqual([])
    await page.close()
  })
})
