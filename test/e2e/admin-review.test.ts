/**
 * The review hand-off in Debian's Chromium against the real app (fresh SQLite, four eyes on): an
 * editor (English admin) asks for review and is offered no publish or restore; a publisher (Latvian
 * admin) finds the request on the dashboard and in the filtered list, and, having saved the draft
 * last, is told another publisher must publish it; a second publisher (Latvian admin) publishes it
 * scheduled, entered in the plugin's zone, and the admin says which version takes effect when.
 *
 * The tests run in order and build on each other.
 */
import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { appPath } from '../../dev/paths.js'
import { choose, logIn } from './support/admin.js'
import { runPolicyCli, startAppServer, type AppServer } from './support/appServer.js'
import { SCREENSHOTS, launchChromium, screenshot } from './support/browser.js'

const SLUG = 'privacy-policy'
const SETUP_TIMEOUT = 20 * 60_000
const STEP_TIMEOUT = 4 * 60_000
const PASSWORD = 'correct horse battery staple'
const NOTE = 'Please check the new retention period in section 5.'

type Who = 'editor' | 'publisherA' | 'publisherB'

describe('the review hand-off and four eyes, in Chromium', () => {
  let server: AppServer
  let browser: Browser
  let policyId: string
  const pages = {} as Record<Who, Page>
  const emails = {} as Record<Who, string>
  const contexts: BrowserContext[] = []

  /** A signed-in admin page in one admin language (Payload reads the `payload-lng` cookie). */
  async function signedIn(email: string, password: string, language: 'en' | 'lv'): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      locale: language === 'lv' ? 'lv-LV' : 'en-GB',
    })
    await context.addCookies([{ name: 'payload-lng', value: language, url: server.url }])
    contexts.push(context)
    const page = await context.newPage()
    page.setDefaultTimeout(120_000)
    await logIn(page, server.url, email, password)
    return page
  }

  /** "Save draft", waiting for the admin's answer in any language (its toast's type, not words). */
  async function saveDraft(page: Page) {
    await page.locator('#action-save-draft').click()
    const saved = page.locator('[data-sonner-toast][data-type="success"]')
    const error = page.locator('[data-sonner-toast][data-type="error"]')
    const outcome = await Promise.race([
      saved
        .first()
        .waitFor()
        .then(() => 'saved' as const),
      error
        .first()
        .waitFor()
        .then(() => 'error' as const),
    ])
    if (outcome === 'error')
      throw new Error(`the admin refused: ${await error.first().innerText()}`)
    await page
      .locator('[data-sonner-toast]')
      .first()
      .waitFor({ state: 'detached', timeout: 30_000 })
  }

  const REVIEW_TICK = '#field-reviewRequested'

  const openPolicy = async (page: Page) => {
    await page.goto(`${server.url}/admin/collections/policies/${policyId}?locale=lv`)
    await page.locator(REVIEW_TICK).first().waitFor({ state: 'attached' })
    // Payload locks a document for the user who has it open; the previous user's page may still
    // hold the lock, and the form is then read-only until this user takes it over.
    const takeOver = page.locator('#document-locked-take-over')
    const locked = await takeOver.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    )
    if (!locked) return
    // Taking over refreshes the page from the server once the lock is this user's (Payload's
    // `handleTakeOver` clears the route cache), and the refreshed form replaces whatever was typed
    // meanwhile, unmodified again, so "Save draft" would stay disabled. Wait for the lock to be
    // this user's, then load the page afresh: no modal, and a form nothing will reset.
    const lockTaken = page.waitForResponse(
      (res) =>
        res.request().method() === 'PATCH' && res.url().includes('/api/payload-locked-documents/'),
    )
    await takeOver.click()
    expect((await lockTaken).ok()).toBe(true)
    await page.reload()
    await page.locator(REVIEW_TICK).first().waitFor({ state: 'attached' })
  }

  beforeAll(async () => {
    server = await startAppServer({ POLICY_REQUIRE_SECOND_PUBLISHER: 'true' })
    browser = await launchChromium()
    const admin = await signedIn(server.admin.email, server.admin.password, 'en')
    const roles: Record<Who, string> = {
      editor: 'editor',
      publisherA: 'publisher',
      publisherB: 'publisher',
    }
    for (const who of Object.keys(roles) as Who[]) {
      emails[who] = `${who.toLowerCase()}-${randomBytes(3).toString('hex')}@example.com`
      const res = await admin.request.post(`${server.url}/api/users`, {
        data: { email: emails[who], password: PASSWORD, roles: [roles[who]] },
      })
      expect(res.status(), await res.text()).toBe(201)
    }
    const found = await admin.request.get(
      `${server.url}/api/policies?where[slug][equals]=${SLUG}&depth=0&draft=true`,
    )
    policyId = String(((await found.json()) as { docs: Array<{ id: number }> }).docs[0].id)

    // The new text, imported as an operator would: nobody's edit in the admin.
    const exported = await runPolicyCli(server.databaseUri, [
      'export',
      '--slug',
      SLUG,
      '--version',
      '1',
      '--locale',
      'lv',
    ])
    const dir = path.join(os.tmpdir(), `policy-review-e2e-${process.pid}`)
    mkdirSync(dir, { recursive: true })
    const file = path.join(dir, 'lv.txt')
    const edited = exported.stdout.replace('glabājam 5 gadus', 'glabājam 4 gadus')
    expect(edited).not.toBe(exported.stdout)
    writeFileSync(file, edited)
    const imported = await runPolicyCli(server.databaseUri, [
      'import',
      '--file',
      file,
      '--locale',
      'lv',
    ])
    expect(imported.code, imported.stderr).toBe(0)

    pages.editor = await signedIn(emails.editor, PASSWORD, 'en')
    pages.publisherA = await signedIn(emails.publisherA, PASSWORD, 'lv')
    pages.publisherB = await signedIn(emails.publisherB, PASSWORD, 'lv')
  }, SETUP_TIMEOUT)

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    await browser?.close()
    await server?.stop()
  })

  it(
    'lets an editor request review, tells them why they cannot publish, and offers no restore',
    async () => {
      const page = pages.editor
      await openPolicy(page)
      const notice = page.locator('.policy-publish-notice')
      expect(await notice.getAttribute('data-reason')).toBe('role')
      expect(await notice.innerText()).toContain('Only a publisher can publish')
      expect(await page.locator('#action-save').count()).toBe(0)

      await page.locator(REVIEW_TICK).first().check({ force: true })
      await page.locator('#field-reviewNote').fill(NOTE)
      await saveDraft(page)

      await openPolicy(page)
      const status = page.locator('.policy-review-status')
      expect(await status.getAttribute('data-requested')).toBe('true')
      expect(await status.innerText()).toMatch(
        new RegExp(`^Review requested by ${emails.editor} on .+ \\(Europe/Riga\\)\\.$`),
      )
      await screenshot(page, 'admin-review-editor')

      // Payload's "Restore this version" would republish an old version: not offered.
      await page.goto(`${server.url}/admin/collections/policies/${policyId}/versions`)
      await page.locator('.table a[href*="/versions/"]').first().click()
      await page.waitForURL(/\/versions\/[^/?]+/)
      await page.locator('.view-version, .version').first().waitFor()
      expect(await page.locator('.restore-version').count()).toBe(0)
    },
    STEP_TIMEOUT,
  )

  it(
    'shows a publisher the request on the dashboard and in the filtered list',
    async () => {
      const page = pages.publisherA
      await page.goto(`${server.url}/admin`)
      const card = page.locator('.policy-review-dashboard')
      await card.waitFor()
      expect(await card.getAttribute('data-pending')).toBe('1')
      expect(await card.locator('h2').innerText()).toBe('Melnraksti, kas gaida pārskatīšanu')
      const request = card.locator('.policy-review-request')
      expect(await request.innerText()).toContain(`lūdza ${emails.editor}`)
      expect(await request.locator('.policy-review-note').innerText()).toBe(NOTE)
      await card.screenshot({ path: path.join(SCREENSHOTS, 'admin-review.png') })
      mkdirSync(appPath('docs'), { recursive: true })
      copyFileSync(path.join(SCREENSHOTS, 'admin-review.png'), appPath('docs', 'admin-review.png'))

      await card.locator('.policy-review-list-link').click()
      await page.waitForURL(/where/)
      expect(await page.locator('.policy-review-links').getAttribute('data-pending')).toBe('1')
      const rows = page.locator('.table tbody tr')
      await rows.first().waitFor()
      expect(await rows.count()).toBe(1)
      expect(await rows.first().locator('.policy-review-badge').innerText()).toBe(
        'Lūgta pārskatīšana',
      )
    },
    STEP_TIMEOUT,
  )

  it(
    'tells the publisher who saved the draft last that another publisher must publish it',
    async () => {
      const page = pages.publisherA
      await openPolicy(page)
      // Not the last author yet: Payload's Publish button is there.
      await page.locator('#action-save').waitFor()
      await page.locator('#field-reviewNote').fill(`${NOTE} Checked.`)
      await saveDraft(page)

      await openPolicy(page)
      const notice = page.locator('.policy-publish-notice')
      expect(await notice.getAttribute('data-reason')).toBe('second-publisher')
      expect(await notice.innerText()).toContain('jāpublicē citam publicētājam')
      expect(await page.locator('#action-save').count()).toBe(0)
      // The request is still the editor's.
      expect(await page.locator('.policy-review-status').innerText()).toContain(emails.editor)

      // A publish sent anyway is refused in the admin's language, and nothing is written.
      const res = await page.request.patch(`${server.url}/api/policies/${policyId}?locale=lv`, {
        headers: { 'accept-language': 'lv' },
        data: { _status: 'published', changeType: 'editorial', summary: 'Precizēts termiņš.' },
      })
      const text = await res.text()
      expect(res.status(), text).toBe(403)
      const body = JSON.parse(text) as {
        errors: Array<{ message?: string; data?: { code?: string } }>
      }
      expect(body.errors[0].data?.code, text).toBe('second_publisher_required')
      expect(body.errors[0].message, text).toBe(
        'Šo melnrakstu pēdējais saglabājāt jūs (vai mainījāt tā tekstu, publicējot): ar četru acu pārbaudi tas jāpublicē citam publicētājam.',
      )
      const after = await page.request.get(
        `${server.url}/api/policies/${policyId}?draft=true&depth=0&locale=lv`,
      )
      expect(await after.json()).toMatchObject({ _status: 'draft', reviewRequested: true })
    },
    STEP_TIMEOUT,
  )

  it(
    'lets another publisher publish it, scheduled in the plugin’s zone, and says what happened',
    async () => {
      const page = pages.publisherB
      await openPolicy(page)
      // The date picker names the zone it reads the time in.
      const effective = page.locator('#field-effectiveAt')
      await effective.scrollIntoViewIfNeeded()
      expect(await page.locator('.date-time-field .timezone-picker').innerText()).toContain(
        'Europe/Riga',
      )
      const input = effective.locator('input').first()
      await input.click()
      await input.fill('2027-01-15 10:00')
      await input.press('Tab')
      await choose(page, 'changeType', /^Redakcionālas$/)
      await page.locator('#field-summary').fill('Precizēts glabāšanas termiņš.')
      await page.locator('#action-save').click()

      const toast = page.locator('[data-sonner-toast]', { hasText: 'versija publicēta' })
      await toast.first().waitFor()
      expect((await toast.first().innerText()).trim()).toMatch(
        /^2\. versija publicēta; stāsies spēkā 2027\. gada 15\. janvārī 10:00 \(Europe\/Riga\); līdz tam spēkā paliek 1\. versija\.$/,
      )
      await screenshot(page, 'admin-review-published')

      // The release form starts clean and the request is closed.
      await openPolicy(page)
      expect(await page.locator('#field-summary').inputValue()).toBe('')
      expect(await page.locator('.policy-review-status').getAttribute('data-requested')).toBe(
        'false',
      )
      await page.goto(`${server.url}/admin`)
      expect(await page.locator('.policy-review-dashboard').getAttribute('data-pending')).toBe('0')
    },
    STEP_TIMEOUT,
  )
})
