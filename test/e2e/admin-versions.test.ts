/**
 * The legal editor's admin, in Debian's Chromium against the real app on a fresh SQLite database:
 * a published version read as text with its hash, two versions compared in Russian, the draft's
 * changes at the top of a tab, a scheduled version announced with its date and zone, and the
 * acceptance dashboard's figures against the ledger.
 *
 * The tests run in order and build on each other: three versions published with the CLI, as an
 * operator would, then read in the admin.
 */
import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { appPath } from '../../dev/paths.js'
import { createStorefrontClient, type StorefrontClient } from '../../src/client/storefrontClient.js'
import { logIn } from './support/admin.js'
import { runPolicyCli, startAppServer, type AppServer } from './support/appServer.js'
import { SCREENSHOTS, launchChromium, screenshot } from './support/browser.js'

const SLUG = 'privacy-policy'
const SETUP_TIMEOUT = 20 * 60_000
const STEP_TIMEOUT = 4 * 60_000
/** Version 3 takes effect in 60 days: always in the future, whenever the test runs. */
const V3_EFFECTIVE = new Date(Date.now() + 60 * 86_400_000)
V3_EFFECTIVE.setUTCHours(8, 0, 0, 0)

/** The README's screenshots, refreshed by this test. */
function keepForDocs(name: string) {
  mkdirSync(appPath('docs'), { recursive: true })
  copyFileSync(path.join(SCREENSHOTS, `${name}.png`), appPath('docs', `${name}.png`))
}

describe('the legal editor’s admin, in Chromium', () => {
  const apiKey = randomBytes(24).toString('hex')
  let server: AppServer
  let browser: Browser
  let page: Page
  let api: StorefrontClient
  let policyId: string
  const dir = path.join(os.tmpdir(), `policy-admin-e2e-${process.pid}`)

  async function cli(args: string[]): Promise<string> {
    const result = await runPolicyCli(server.databaseUri, args)
    if (result.code !== 0) throw new Error(`policy ${args.join(' ')}: ${result.stderr}`)
    return result.stdout
  }

  /** Exports version `n` in `locale`, applies `edit`, and imports the result as the draft. */
  async function draftFrom(n: number, locale: string, edit: (text: string) => string) {
    const text = await cli(['export', '--slug', SLUG, '--version', String(n), '--locale', locale])
    const file = path.join(dir, `${locale}-${n}-${randomBytes(4).toString('hex')}.txt`)
    const edited = edit(text)
    expect(edited).not.toBe(text)
    writeFileSync(file, edited)
    return file
  }

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true })
    server = await startAppServer({ DEMO_STOREFRONT_KEY: apiKey })
    browser = await launchChromium()
    api = createStorefrontClient({ baseUrl: `${server.url}/api/storefront`, apiKey })

    // Version 2: the retention period, in force at once.
    const lv2 = await draftFrom(1, 'lv', (text) =>
      text.replace('glabājam 5 gadus', 'glabājam 3 gadus'),
    )
    const ru2 = await draftFrom(1, 'ru', (text) => text.replace('храним 5 лет', 'храним 3 года'))
    await cli(['import', '--file', lv2, '--locale', 'lv'])
    await cli(['import', '--file', ru2, '--locale', 'ru'])
    await cli([
      'import',
      '--file',
      lv2,
      '--locale',
      'lv',
      '--publish',
      '--change-type',
      'editorial',
      '--summary',
      'Datus glabājam 3 gadus.',
    ])
    // Version 3: a new title in Russian and two years, scheduled.
    const ru3 = await draftFrom(2, 'ru', (text) =>
      text
        .replace('храним 3 года', 'храним 2 года')
        .replace('ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ', 'ПОЛИТИКА ЗАЩИТЫ ДАННЫХ'),
    )
    const lv3 = await draftFrom(2, 'lv', (text) =>
      text.replace('glabājam 3 gadus', 'glabājam 2 gadus'),
    )
    await cli(['import', '--file', ru3, '--locale', 'ru'])
    await cli([
      'import',
      '--file',
      lv3,
      '--locale',
      'lv',
      '--publish',
      '--change-type',
      'editorial',
      '--summary',
      'Precizēti glabāšanas termiņi.',
      '--effective-at',
      V3_EFFECTIVE.toISOString(),
    ])

    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    page = await context.newPage()
    page.setDefaultTimeout(120_000)
    await logIn(page, server.url, server.admin.email, server.admin.password)
    await page.goto(`${server.url}/admin/collections/policies`)
    await page.locator('.table a[href*="/admin/collections/policies/"]').first().click()
    await page.waitForURL(/\/admin\/collections\/policies\/[^/?]+/)
    policyId = new URL(page.url()).pathname.split('/')[4] ?? ''
  }, SETUP_TIMEOUT)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it(
    'reads a published version as the policy text, with its hash and nothing to edit',
    async () => {
      await page.goto(`${server.url}/admin/collections/policy-versions?locale=lv`)
      await page.locator('.table a', { hasText: 'privacy-policy v2' }).click()
      const view = page.locator('.policy-version-view')
      await view.waitFor()
      await expect.poll(() => view.getAttribute('data-state')).toBe('in-force')
      await expect.poll(() => view.locator('h1').innerText()).toMatch(/^Version 2/)

      // The text as customers read it: numbered headings and the changed sentence.
      const text = view.locator('.policy-version-text article')
      expect(await text.locator('h3').first().innerText()).toMatch(/^1\. /)
      expect(await text.innerText()).toContain('glabājam 3 gadus')
      expect(await text.locator('li').count()).toBeGreaterThan(0)

      // Its hash is the one the storefront serves and an acceptance must cite.
      const served = await api.version(SLUG, 2, 'lv')
      const lv = view.locator('.policy-version-language[data-locale="lv"]')
      expect(await lv.locator('.policy-version-hash').innerText()).toBe(served.contentHash)
      expect(await lv.innerText()).toContain(
        'npx payload policy export --slug privacy-policy --version 2 --locale lv | sha256sum',
      )
      expect(await view.innerText()).toMatch(
        /Takes effect\s+\d{1,2} \w+ \d{4} \d{2}:\d{2} \(Europe\/Riga\)/,
      )

      // Immutable: no form, no save or publish, no JSON editors.
      expect(
        await page
          .locator('form #action-save, #action-save-draft, .code-editor, .json-field')
          .count(),
      ).toBe(0)
      await view.scrollIntoViewIfNeeded()
      await screenshot(page, 'admin-version', { fullPage: true })
      keepForDocs('admin-version')
    },
    STEP_TIMEOUT,
  )

  it(
    'compares version 1 with version 3 in Russian, word by word, picked by number',
    async () => {
      await page.goto(`${server.url}/admin/collections/policy-versions/`)
      await page.goto(`${server.url}/admin/collections/policies/${policyId}/compare?locale=ru`)
      const form = page.locator('.policy-compare-form')
      await form.locator('select[name="from"]').selectOption('1')
      await form.locator('select[name="to"]').selectOption('3')
      await form.locator('select[name="locale"]').selectOption('ru')
      await form.locator('button[type="submit"]').click()
      await page.waitForURL(/from=1&to=3&locale=ru/)

      const diff = page.locator('.policy-compare-diff')
      await diff.waitFor()
      expect(await diff.getAttribute('lang')).toBe('ru')
      await diff.locator('ins', { hasText: 'ЗАЩИТЫ' }).first().waitFor()
      await diff.locator('del', { hasText: 'КОНФИДЕНЦИАЛЬНОСТИ' }).first().waitFor()
      await diff.locator('ins', { hasText: '2 года' }).first().waitFor()
      expect(await page.locator('.policy-compare-lead').innerText()).toContain(
        'Version 1 → version 3, in ru.',
      )
      // The same sections the storefront's diff reports as changed.
      const served = await api.diff(SLUG, 1, 3, 'ru')
      const changed = served.sections.filter((section) => section.status === 'changed').length
      expect(await page.locator('.policy-section-glance li[data-status="changed"]').count()).toBe(
        changed,
      )
      await screenshot(page, 'admin-compare')
      keepForDocs('admin-compare')
    },
    STEP_TIMEOUT,
  )

  it(
    'links the version view to its comparison with the version before',
    async () => {
      await page.goto(`${server.url}/admin/collections/policy-versions?locale=ru`)
      await page.locator('.table a', { hasText: 'privacy-policy v3' }).click()
      await page.locator('.policy-version-compare').click()
      await page.waitForURL(/\/compare\?from=2&to=3&locale=ru/)
      // Word by word: only the number changed between versions 2 and 3.
      await page.locator('.policy-compare-diff ins', { hasText: /^2$/ }).first().waitFor()
    },
    STEP_TIMEOUT,
  )

  it(
    'shows the Russian draft’s changes against the Russian text in force, without scrolling',
    async () => {
      const ru = await draftFrom(2, 'ru', (text) => text.replace('храним 3 года', 'храним 4 года'))
      await cli(['import', '--file', ru, '--locale', 'ru'])
      await page.goto(`${server.url}/admin/collections/policies/${policyId}/changes?locale=ru`)
      const view = page.locator('.policy-changes-view')
      await view.waitFor()
      expect(await view.getAttribute('data-locale')).toBe('ru')
      expect(await view.locator('.policy-draft-diff').innerText()).toContain('(ru)')
      const inserted = view.locator('ins', { hasText: /^4$/ }).first()
      await inserted.waitFor()
      const glance = view.locator('.policy-section-glance li[data-status="changed"]').first()
      // Both the section statuses and the first change are on the first screen.
      for (const target of [glance, inserted]) {
        const box = await target.boundingBox()
        expect(box && box.y + box.height).toBeLessThan(1000)
      }
      await screenshot(page, 'admin-changes')
    },
    STEP_TIMEOUT,
  )

  it(
    'announces the scheduled version with its date and zone, in the list and on the policy',
    async () => {
      await page.goto(`${server.url}/admin/collections/policies/${policyId}?locale=lv`)
      const announcement = page.locator('.policy-release-announcement')
      await announcement.waitFor()
      expect(await announcement.innerText()).toMatch(
        /^Version 3 published; takes effect \d{1,2} \w+ \d{4} 1[01]:00 \(Europe\/Riga\); version 2 stays in force until then\.$/,
      )
      await page.goto(`${server.url}/admin/collections/policy-versions`)
      const v3 = page.locator('tr', { hasText: 'privacy-policy v3' }).locator('.policy-state-badge')
      expect(await v3.getAttribute('data-state')).toBe('upcoming')
      expect(await v3.innerText()).toContain('(Europe/Riga)')
      const v2 = page.locator('tr', { hasText: 'privacy-policy v2' }).locator('.policy-state-badge')
      expect(await v2.getAttribute('data-state')).toBe('in-force')
    },
    STEP_TIMEOUT,
  )

  it(
    'shows the ledger on the dashboard: customers and records per version, by locale and channel',
    async () => {
      const v2 = { lv: await api.version(SLUG, 2, 'lv'), ru: await api.version(SLUG, 2, 'ru') }
      const accept = (customerId: string, locale: 'lv' | 'ru', channel: 'checkout' | 'account') =>
        api.recordAcceptance(SLUG, {
          customerId,
          version: 2,
          locale,
          contentHash: v2[locale].contentHash,
          channel,
        })
      // One customer twice (checkout, then account), another once in Russian.
      await accept('dash-anna', 'lv', 'checkout')
      await accept('dash-anna', 'lv', 'account')
      await accept('dash-olga', 'ru', 'checkout')
      const ledger = [
        ...(await api.customerAcceptances('dash-anna')).acceptances,
        ...(await api.customerAcceptances('dash-olga')).acceptances,
      ].filter((record) => record.version === 2)
      expect(ledger).toHaveLength(3)

      await page.goto(`${server.url}/admin`)
      const row = page.locator('.policy-acceptance-dashboard tr[data-version="2"]')
      await row.waitFor()
      const cell = async (selector: string) => Number(await row.locator(selector).innerText())
      expect(await cell('[data-customers]')).toBe(2)
      expect(await cell('[data-records]')).toBe(ledger.length)
      expect(await cell('[data-locale="lv"]')).toBe(ledger.filter((r) => r.locale === 'lv').length)
      expect(await cell('[data-locale="ru"]')).toBe(1)
      expect(await cell('[data-channel="checkout"]')).toBe(2)
      expect(await cell('[data-channel="account"]')).toBe(1)
      const coverage = page.locator('.policy-dashboard-coverage')
      expect(await coverage.getAttribute('data-seen')).toBe('2')
      expect(await coverage.getAttribute('data-covered')).toBe('2')
      expect(await page.locator('.policy-dashboard-chart rect').count()).toBe(30)
      await page
        .locator('.policy-acceptance-dashboard')
        .first()
        .screenshot({
          path: path.join(SCREENSHOTS, 'admin-dashboard.png'),
        })
      keepForDocs('admin-dashboard')
    },
    STEP_TIMEOUT,
  )
})
