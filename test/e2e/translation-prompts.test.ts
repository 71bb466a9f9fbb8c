/**
 * Re-read prompts in English and Russian after a material change of the Latvian (binding) text,
 * in Debian's Chromium against the real app: first while the translations are still the previous
 * ones (the prompt says so in the customer's language and shows the Latvian summary and changes),
 * then after each translation is corrected in a translation-only release (the prompt is in the
 * customer's own language, with its own highlighted changes, and no notice).
 *
 * The tests run in order and build on each other.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStorefrontClient, type StorefrontClient } from '../../src/client/storefrontClient.js'
import { seedText } from '../support/fixtures.js'
import { runPolicyCli, startAppServer, type AppServer } from './support/appServer.js'
import { launchChromium, screenshot } from './support/browser.js'
import { buyerPage, promptDialog, widgetState } from './support/shop.js'

const SLUG = 'privacy-policy'
const SETUP_TIMEOUT = 15 * 60_000
const STEP_TIMEOUT = 4 * 60_000

const LV_SUMMARY = 'Datus glabājam 3 gadus, nevis 5 gadus.'
const EN_SUMMARY = 'We now keep your data for 3 years, not 5.'
const RU_SUMMARY = 'Теперь мы храним данные 3 года, а не 5 лет.'

const TEXT = {
  en: {
    notice: 'The privacy policy in English has not yet been updated for this change.',
    binds: 'the text in Latvian is the one that binds',
    summary: EN_SUMMARY,
    // The word diff marks the changed word only: "5 years" → "3 years" is one word replaced.
    inserted: '3',
    deleted: '5',
  },
  ru: {
    notice: 'Текст политики конфиденциальности на русском языке ещё не обновлён',
    binds: 'юридическую силу имеет текст на латышском языке',
    summary: RU_SUMMARY,
    inserted: '3 года',
    deleted: '5 лет',
  },
} as const

type Language = keyof typeof TEXT

describe('re-read prompts in English and Russian, with and without an updated translation', () => {
  const apiKey = randomBytes(24).toString('hex')
  const files = mkdtempSync(path.join(os.tmpdir(), 'policy-e2e-texts-'))
  let server: AppServer
  let browser: Browser
  let api: StorefrontClient
  const customers: Record<Language, string> = {
    en: `e2e-en-${randomBytes(3).toString('hex')}`,
    ru: `e2e-ru-${randomBytes(3).toString('hex')}`,
  }

  /** The admin's REST API as the seeded development admin (the choice the CLI does not offer). */
  async function adminFetch(pathname: string, init: RequestInit): Promise<Response> {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(server.admin),
    })
    const { token } = (await login.json()) as { token: string }
    return fetch(`${server.url}${pathname}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        authorization: `JWT ${token}`,
        ...init.headers,
      },
    })
  }

  async function cli(args: string[]) {
    const result = await runPolicyCli(server.databaseUri, args)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    return result.stdout
  }

  /** The returning customer's browser at checkout, with a cart, as the shop remembers them. */
  async function checkout(language: Language): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addCookies([
      { name: 'shop_customer', value: customers[language], url: `${server.url}/shop` },
    ])
    const page = await buyerPage(context)
    await page.goto(`${server.url}/shop/${language}`)
    // A new visitor's cart starts filled; only an emptied one offers the "fill" button.
    const fill = page.locator('.shop-empty button[type="submit"]')
    if (await fill.count()) await fill.click()
    await page.locator('.shop-line').first().waitFor()
    await page.goto(`${server.url}/shop/${language}/checkout`)
    return page
  }

  beforeAll(async () => {
    server = await startAppServer({ DEMO_STOREFRONT_KEY: apiKey })
    browser = await launchChromium()
    api = createStorefrontClient({ baseUrl: `${server.url}/api/storefront`, apiKey })
    // Both customers accepted version 1 in their language at an earlier checkout.
    for (const language of ['en', 'ru'] as const) {
      const shown = await api.policy(SLUG, language)
      await api.recordAcceptance(SLUG, {
        customerId: customers[language],
        version: 1,
        locale: language,
        contentHash: shown.contentHash,
        channel: 'checkout',
      })
    }
  }, SETUP_TIMEOUT)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it(
    'publishes a material Latvian change with the previous English and Russian text',
    async () => {
      const lv = path.join(files, 'lv.txt')
      writeFileSync(lv, seedText('lv').replace('mēs glabājam 5 gadus', 'mēs glabājam 3 gadus'))
      expect(await cli(['import', '--file', lv, '--locale', 'lv'])).toBe('draft saved\n')
      const { docs } = (await (
        await adminFetch(`/api/policies?where[slug][equals]=${SLUG}&depth=0`, { method: 'GET' })
      ).json()) as { docs: Array<{ id: string | number }> }
      const res = await adminFetch(`/api/policies/${docs[0].id}?locale=lv`, {
        method: 'PATCH',
        body: JSON.stringify({
          _status: 'published',
          changeType: 'material',
          summary: LV_SUMMARY,
          staleTranslations: 'publish-previous',
        }),
      })
      expect(res.status).toBe(200)
      await expect
        .poll(async () => (await api.versions(SLUG)).versions[0]?.number, { timeout: 60_000 })
        .toBe(2)
    },
    STEP_TIMEOUT,
  )

  for (const language of ['en', 'ru'] as const) {
    it(
      `prompts the ${language} customer with a notice, the Latvian summary and the Latvian changes`,
      async () => {
        const page = await checkout(language)
        expect(await widgetState(page)).toBe('prompt')
        const dialog = promptDialog(page)
        await dialog.waitFor({ state: 'visible' })
        const text = await dialog.innerText()
        expect(text).toContain(TEXT[language].notice)
        expect(text).toContain(TEXT[language].binds)
        expect(text).toContain(LV_SUMMARY)
        await dialog.locator('ins', { hasText: '3' }).first().waitFor()
        await dialog.locator('del', { hasText: '5' }).first().waitFor()
        // The highlighted changes are the Latvian text's.
        expect(text).toContain('mēs glabājam')
        await screenshot(page, `prompt-${language}-outdated`)
        await page.context().close()
      },
      STEP_TIMEOUT,
    )
  }

  it(
    'publishes the corrected English and Russian texts as translation-only releases',
    async () => {
      const en = path.join(files, 'en.txt')
      writeFileSync(
        en,
        seedText('en').replace(
          'personal information for 5 years',
          'personal information for 3 years',
        ),
      )
      const ru = path.join(files, 'ru.txt')
      writeFileSync(
        ru,
        seedText('ru').replace(
          'Личную информацию клиента мы храним 5 лет',
          'Личную информацию клиента мы храним 3 года',
        ),
      )
      const publish = ['--publish', '--change-type', 'material', '--summary']
      expect(await cli(['import', '--file', en, '--locale', 'en', ...publish, EN_SUMMARY])).toBe(
        '3\n',
      )
      expect(await cli(['import', '--file', ru, '--locale', 'ru', ...publish, RU_SUMMARY])).toBe(
        '4\n',
      )
      await expect
        .poll(async () => (await api.versions(SLUG)).versions[0]?.number, { timeout: 60_000 })
        .toBe(4)
    },
    STEP_TIMEOUT,
  )

  for (const language of ['en', 'ru'] as const) {
    it(
      `prompts the ${language} customer in ${language}, with its own highlighted changes and no notice`,
      async () => {
        const page = await checkout(language)
        expect(await widgetState(page)).toBe('prompt')
        const dialog = promptDialog(page)
        await dialog.waitFor({ state: 'visible' })
        const text = await dialog.innerText()
        expect(text).not.toContain(TEXT[language].notice)
        expect(text).toContain(TEXT[language].summary)
        await dialog.locator('ins', { hasText: TEXT[language].inserted }).first().waitFor()
        await dialog.locator('del', { hasText: TEXT[language].deleted }).first().waitFor()
        await screenshot(page, `prompt-${language}-updated`)
        await page.context().close()
      },
      STEP_TIMEOUT,
    )
  }
})
