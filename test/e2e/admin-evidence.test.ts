/**
 * The evidence log in the admin, in Debian's Chromium against the real app (Next build, jobs
 * queue sealing every few seconds): the dashboard's panel in Latvian with the latest signed tree
 * head, "Verify now" storing a clean run shown on return, and an acceptance's evidence downloaded
 * as a PDF from its page.
 */
import { randomBytes } from 'node:crypto'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { logIn } from './support/admin.js'
import { startAppServer, type AppServer } from './support/appServer.js'
import { launchChromium, screenshot } from './support/browser.js'

const SLUG = 'privacy-policy'
const SETUP_TIMEOUT = 20 * 60_000
const STEP_TIMEOUT = 4 * 60_000

describe('the evidence log in the admin, in Chromium', () => {
  const apiKey = randomBytes(24).toString('hex')
  let server: AppServer
  let browser: Browser
  let page: Page
  let acceptanceId: number

  const storefront = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}/api/storefront${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        authorization: `storefronts API-Key ${apiKey}`,
        ...init.headers,
      },
    })

  beforeAll(async () => {
    server = await startAppServer({ DEMO_STOREFRONT_KEY: apiKey })
    browser = await launchChromium()
    const policy = (await (await storefront(`/policies/${SLUG}?locale=lv`)).json()) as {
      contentHash: string
    }
    const accepted = await storefront(`/policies/${SLUG}/acceptances`, {
      method: 'POST',
      body: JSON.stringify({
        customerId: 'cust-e2e-evidence',
        version: 1,
        locale: 'lv',
        contentHash: policy.contentHash,
        channel: 'checkout',
      }),
    })
    expect(accepted.status).toBe(201)
    acceptanceId = ((await accepted.json()) as { id: number }).id
    // The server's own sealing job (every 5 s) takes it into the log.
    const deadline = Date.now() + 120_000
    for (;;) {
      const proof = await storefront(`/policies/${SLUG}/acceptances/${acceptanceId}/proof`)
      const { receipt } = (await proof.json()) as { receipt: { inclusion: unknown } }
      if (receipt.inclusion) break
      if (Date.now() > deadline) throw new Error('the sealing job did not seal the acceptance')
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    // Latvian admin: Payload takes the language from the browser's Accept-Language.
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      extraHTTPHeaders: { 'accept-language': 'lv' },
    })
    page = await context.newPage()
    page.setDefaultTimeout(120_000)
    await logIn(page, server.url, server.admin.email, server.admin.password)
  }, SETUP_TIMEOUT)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it(
    'shows the latest signed tree head, its signature checked, and that the log was never verified',
    async () => {
      await page.goto(`${server.url}/admin`)
      const panel = page.locator('#policy-evidence-log')
      await panel.waitFor()
      await expect.poll(() => panel.locator('h2').textContent()).toBe('Pierādījumu žurnāls')
      const head = (await (await storefront('/ledger/tree-head')).json()) as { rootHash: string }
      const table = panel.locator('.policy-evidence-head')
      expect(Number(await table.getAttribute('data-tree-size'))).toBeGreaterThanOrEqual(2)
      expect(await panel.locator('[data-signature]').getAttribute('data-signature')).toBe('valid')
      expect(await panel.locator('[data-signature]').textContent()).toBe('derīgs')
      // The page may have been rendered before a newer seal; the root is one the log signed.
      expect(await panel.locator('[data-root-hash]').textContent()).toMatch(/^[0-9a-f]{64}$/)
      expect(head.rootHash).toMatch(/^[0-9a-f]{64}$/)
      expect(await panel.locator('.policy-evidence-never').isVisible()).toBe(true)
    },
    STEP_TIMEOUT,
  )

  it(
    'verifies on "Verify now" and shows the clean run it stored, by whom',
    async () => {
      await page.locator('#policy-evidence-log button[type="submit"]').click()
      const run = page.locator('#policy-evidence-log .policy-evidence-verification')
      await run.waitFor()
      expect(await run.getAttribute('data-ok')).toBe('true')
      const text = (await run.textContent()) ?? ''
      expect(text).toContain('Bez problēmām')
      expect(text).toContain(`Administrators (${server.admin.email})`)
      expect(text).toMatch(/Pārbaudīts līdz koka izmēram \d+/)
      // The whole page: the admin may re-render the card after the redirect, detaching a locator.
      await screenshot(page, 'admin-evidence-log-lv')
    },
    STEP_TIMEOUT,
  )

  it(
    'downloads an acceptance’s evidence as a PDF from its page',
    async () => {
      await page.goto(`${server.url}/admin/collections/policy-acceptances/${acceptanceId}`)
      const link = page.locator('.policy-acceptance-evidence a[data-format="pdf"]')
      await link.waitFor()
      expect(await link.textContent()).toBe('Pierādījumu dokuments (PDF)')
      const response = await page.request.get(
        new URL((await link.getAttribute('href'))!, server.url).href,
      )
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toBe('application/pdf')
      expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    },
    STEP_TIMEOUT,
  )
})
