/**
 * The customer's side, end to end, in Debian's Chromium against the real app (`src/server.ts`,
 * built Next included) on a fresh SQLite database: buyers check out in the demo shop, an editor
 * publishes through the admin, and returning buyers are (or are not) asked to re-read.
 *
 * The tests run in order and build on each other, like the story they tell.
 */
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStorefrontClient, type StorefrontClient } from '../../src/client/storefrontClient.js'
import { logIn, openPolicy, publish, saveDraft, typeOver } from './support/admin.js'
import { runPolicyCli, startAppServer, type AppServer } from './support/appServer.js'
import { launchChromium, screenshot } from './support/browser.js'
import {
  buyerPage,
  fillCheckout,
  placeOrderButton,
  promptDialog,
  waitForWidgetState,
  widgetState,
} from './support/shop.js'

const SLUG = 'privacy-policy'

/** What the shop says in each language, where the tests look for it. */
const TEXT = {
  lv: {
    accept: (version: number) =>
      `Apstiprinu, ka privātuma politika (versija ${version}) ir izlasīta, un tai piekrītu`,
    promptTitle: 'Mūsu privātuma politika ir mainījusies',
    acceptChanges: 'Apstiprinu, ka izmaiņas ir izlasītas, un tām piekrītu',
    summary: 'Datus glabājam 3 gadus no pēdējā pirkuma, nevis 5 gadus.',
  },
  ru: {
    accept: (version: number) =>
      `Я прочитал(а) и принимаю политику конфиденциальности (версия ${version})`,
    promptTitle: 'Наша политика конфиденциальности изменилась',
    acceptChanges: 'Подтверждаю, что изменения прочитаны, и принимаю их',
    summary: 'Данные хранятся 3 года, а не 5 лет.',
  },
} as const

type Language = keyof typeof TEXT

interface Buyer {
  context: BrowserContext
  page: Page
  customerId: string
}

const SETUP_TIMEOUT = 15 * 60_000
const STEP_TIMEOUT = 4 * 60_000

describe('the demo shop and the re-read prompt, in Chromium', () => {
  const apiKey = randomBytes(24).toString('hex')
  let server: AppServer
  let browser: Browser
  let api: StorefrontClient
  let editor: Page
  let policyId: string
  const buyers: Partial<Record<Language, Buyer>> = {}

  const buyer = (language: Language): Buyer => {
    const found = buyers[language]
    if (!found) throw new Error(`no ${language} buyer: an earlier test failed`)
    return found
  }

  beforeAll(async () => {
    // The demo shop's key is ours, so the test can read the ledger the way a shop would.
    server = await startAppServer({ DEMO_STOREFRONT_KEY: apiKey })
    browser = await launchChromium()
    api = createStorefrontClient({ baseUrl: `${server.url}/api/storefront`, apiKey })
  }, SETUP_TIMEOUT)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function checkOutAsNewBuyer(language: Language): Promise<Buyer> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: language === 'lv' ? 'lv-LV' : 'ru-RU',
    })
    const page = await buyerPage(context)
    // `/shop` picks the language from the browser's Accept-Language.
    await page.goto(`${server.url}/shop`)
    expect(new URL(page.url()).pathname).toBe(`/shop/${language}`)
    await page.goto(`${server.url}/shop/${language}/checkout`)
    expect(await page.locator('html').getAttribute('lang')).toBe(language)

    const shown = await api.policy(SLUG, language)
    const checkbox = page.getByLabel(TEXT[language].accept(shown.version.number))
    await fillCheckout(page, {
      name: language === 'lv' ? 'Anna Bērziņa' : 'Ольга Петрова',
      email: 'buyer@example.com',
      address: 'Brīvības iela 1, Rīga',
    })
    await checkbox.check()
    await screenshot(page, `checkout-${language}`, { fullPage: true })
    // Without the checkbox the order cannot be placed: the browser refuses to submit the form.
    await checkbox.uncheck()
    await placeOrderButton(page).click()
    expect(new URL(page.url()).pathname).toBe(`/shop/${language}/checkout`)
    expect(await checkbox.evaluate((input) => input.matches(':invalid'))).toBe(true)

    await checkbox.check()
    await placeOrderButton(page).click()
    await page.waitForURL(/\/orders\//)
    const orderId = await page.getByTestId('order-id').innerText()
    const customerId = await page.getByTestId('customer-id').innerText()

    // The ledger, read back through the storefront API, holds exactly what the page showed.
    const { acceptances } = await api.customerAcceptances(customerId)
    expect(acceptances).toEqual([
      expect.objectContaining({
        policy: SLUG,
        version: shown.version.number,
        locale: language,
        contentHash: shown.contentHash,
        channel: 'checkout',
        orderId,
      }),
    ])

    // The buyer comes back later with a new cart.
    await page.goto(`${server.url}/shop/${language}`)
    await page.locator('.shop-empty button[type="submit"]').click()
    await page.locator('.shop-line').first().waitFor()
    return { context, page, customerId }
  }

  it(
    'lets a new buyer check out in Latvian only with the policy accepted, recording the hash shown',
    async () => {
      buyers.lv = await checkOutAsNewBuyer('lv')
    },
    STEP_TIMEOUT,
  )

  it(
    'lets a new buyer check out in Russian the same way',
    async () => {
      buyers.ru = await checkOutAsNewBuyer('ru')
      const mobile = await browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await mobile.newPage()
      await page.goto(`${server.url}/shop/ru/checkout`)
      // Nothing wider than the phone's screen: no sideways scrolling at mobile width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      )
      await screenshot(page, 'checkout-ru-mobile', { fullPage: true })
      await mobile.close()
    },
    STEP_TIMEOUT,
  )

  it(
    'lets an editor publish a material change through the admin, after reading the draft diff',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
      editor = await context.newPage()
      await logIn(editor, server.url, server.admin.email, server.admin.password)
      await editor.goto(`${server.url}/admin/collections/policies`)
      await editor.locator('.table a[href*="/admin/collections/policies/"]').first().click()
      await editor.waitForURL(/\/admin\/collections\/policies\/[^/?]+/)
      policyId = new URL(editor.url()).pathname.split('/').pop() ?? ''

      // Latvian (the source): section 5's retention period.
      await openPolicy(editor, server.url, policyId, 'lv')
      await typeOver(editor, 4, '5 gadus', '3 gadus no pēdējā pirkuma')
      await saveDraft(editor)
      await openPolicy(editor, server.url, policyId, 'lv')
      const panel = editor.locator('.policy-draft-diff')
      await panel.locator('ins', { hasText: 'pirkuma' }).first().waitFor()
      await panel.locator('del', { hasText: '5' }).first().waitFor()
      await panel.scrollIntoViewIfNeeded()
      await screenshot(panel, 'admin-diff')

      // Russian: the translator updates the same sentence and the summary.
      await openPolicy(editor, server.url, policyId, 'ru')
      await typeOver(editor, 4, '5 лет', '3 года')
      await editor.locator('#field-summary').fill(TEXT.ru.summary)
      await saveDraft(editor)

      // English stays as it was: the publisher ships the previous English text, flagged.
      await openPolicy(editor, server.url, policyId, 'lv')
      await publish(editor, {
        changeType: 'material',
        summary: TEXT.lv.summary,
        staleTranslations: /previous translation/i,
      })
      await expect
        .poll(async () => (await api.versions(SLUG)).versions.length, { timeout: 60_000 })
        .toBe(2)
      const [latest] = (await api.versions(SLUG)).versions
      expect(latest).toMatchObject({ number: 2, changeType: 'material' })
    },
    STEP_TIMEOUT,
  )

  async function reviewChanges(language: Language, inserted: string, deleted: string) {
    const { page, customerId } = buyer(language)
    await page.goto(`${server.url}/shop/${language}/checkout`)
    expect(await page.locator('html').getAttribute('lang')).toBe(language)
    expect(await widgetState(page)).toBe('prompt')
    // Before re-accepting, the order cannot be placed.
    expect(await placeOrderButton(page).isDisabled()).toBe(true)

    const dialog = promptDialog(page)
    await dialog.waitFor({ state: 'visible' })
    expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toBe(
      TEXT[language].promptTitle,
    )
    expect(await dialog.innerText()).toContain(TEXT[language].summary)
    const ins = dialog.locator('ins', { hasText: inserted }).first()
    const del = dialog.locator('del', { hasText: deleted }).first()
    await ins.scrollIntoViewIfNeeded()
    expect(await ins.isVisible()).toBe(true)
    expect(await del.isVisible()).toBe(true)
    // Highlighted, not just marked up: the page shows them in colour (and struck through).
    expect(await ins.evaluate((node) => getComputedStyle(node).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    )
    expect(await del.evaluate((node) => getComputedStyle(node).textDecorationLine)).toBe(
      'line-through',
    )

    // Keyboard: focus starts in the dialog and Tab never leaves it.
    const focusInDialog = () =>
      page.evaluate(() => {
        const host = document.querySelector('policy-consent')
        const active = host?.shadowRoot?.activeElement
        return document.activeElement === host && !!active?.closest('dialog')
      })
    expect(await focusInDialog()).toBe(true)
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab')
      expect(await focusInDialog()).toBe(true)
    }
    await dialog.locator('.scroll').evaluate((node) => node.scrollTo(0, 0))
    await screenshot(page, `prompt-${language}`)

    await dialog.getByRole('button', { name: TEXT[language].acceptChanges }).click()
    await waitForWidgetState(page, 'accepted')
    expect(await dialog.count()).toBe(0)
    // The checkout opens up without a reload, and stays open after one: no prompt any more.
    await expect.poll(() => placeOrderButton(page).isDisabled(), { timeout: 20_000 }).toBe(false)
    await page.reload()
    expect(await widgetState(page)).toBe('idle')
    expect(await promptDialog(page).count()).toBe(0)

    const current = await api.policy(SLUG, language)
    const { acceptances } = await api.customerAcceptances(customerId)
    expect(acceptances.at(-1)).toMatchObject({
      version: current.version.number,
      locale: language,
      contentHash: current.contentHash,
      channel: 'reconsent',
    })
    expect((await api.consentStatus(SLUG, customerId, language)).status).toBe('up-to-date')
  }

  it(
    'asks the returning Latvian buyer to read the highlighted changes, and records the acceptance',
    () => reviewChanges('lv', 'pirkuma', '5'),
    STEP_TIMEOUT,
  )

  it(
    'asks the returning Russian buyer the same, in Russian',
    () => reviewChanges('ru', '3 года', '5 лет'),
    STEP_TIMEOUT,
  )

  it(
    'prompts nobody after an editorial change',
    async () => {
      await openPolicy(editor, server.url, policyId, 'lv')
      await typeOver(editor, 0, 'apeklētāju', 'apmeklētāju')
      await publish(editor, {
        changeType: 'editorial',
        summary: 'Izlabota drukas kļūda 1. sadaļā.',
      })
      await expect
        .poll(async () => (await api.versions(SLUG)).versions[0]?.number, { timeout: 60_000 })
        .toBe(3)
      expect((await api.versions(SLUG)).versions[0].changeType).toBe('editorial')

      for (const language of ['lv', 'ru'] as const) {
        const { page, customerId } = buyer(language)
        await page.goto(`${server.url}/shop/${language}/checkout`)
        expect(await widgetState(page)).toBe('idle')
        expect(await promptDialog(page).count()).toBe(0)
        expect(await placeOrderButton(page).isDisabled()).toBe(false)
        expect((await api.consentStatus(SLUG, customerId, language)).status).toBe('up-to-date')
      }
    },
    STEP_TIMEOUT,
  )

  it(
    'announces a published version that takes effect later',
    async () => {
      const exported = await runPolicyCli(server.databaseUri, [
        'export',
        '--slug',
        SLUG,
        '--version',
        '3',
        '--locale',
        'lv',
      ])
      expect(exported.code, exported.stderr).toBe(0)
      const file = path.join(os.tmpdir(), `policy-e2e-${process.pid}-v4.lv.txt`)
      writeFileSync(file, exported.stdout.replace('3 gadus no pēdējā pirkuma', '3 gadus'))
      const effectiveAt = new Date(Date.now() + 30 * 24 * 3600_000).toISOString()
      const imported = await runPolicyCli(server.databaseUri, [
        'import',
        '--file',
        file,
        '--locale',
        'lv',
        '--publish',
        '--change-type',
        'editorial',
        '--summary',
        'Precizēts glabāšanas termiņa formulējums.',
        '--effective-at',
        effectiveAt,
      ])
      expect(imported.code, imported.stderr).toBe(0)

      const { page } = buyer('lv')
      await expect
        .poll(
          async () => {
            await page.goto(`${server.url}/shop/lv`)
            return page.getByTestId('upcoming').count()
          },
          { timeout: 30_000 },
        )
        .toBe(1)
      const notice = page.getByTestId('upcoming')
      expect(await notice.innerText()).toContain('versija 4')
      expect(await notice.innerText()).toContain('Precizēts glabāšanas termiņa formulējums.')
      // Announced is not in force: the checkout still offers version 3, and nobody is prompted.
      expect(await widgetState(page)).toBe('idle')
      await page.goto(`${server.url}/shop/lv/checkout`)
      expect(await page.getByLabel(TEXT.lv.accept(3)).count()).toBe(1)
    },
    STEP_TIMEOUT,
  )
})
