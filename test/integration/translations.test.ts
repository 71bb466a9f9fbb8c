import { APIError, type DefaultServerCellComponentProps, type UIFieldServerProps } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TranslationStatusCell } from '../../src/admin/translations/TranslationStatusCell.js'
import { TranslationStatusField } from '../../src/admin/translations/TranslationStatusField.js'
import {
  importPolicyText,
  publishPolicy,
  type ReleaseNotes,
} from '../../src/operations/importPolicyText.js'
import { translationReport, type TranslationReport } from '../../src/translations/operations.js'
import { databasesUnderTest } from '../support/databases.js'
import { createUser, seededPolicyId, seedText, SLUG } from '../support/fixtures.js'
import { fetchJson, loginToken } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

type Locale = 'lv' | 'en' | 'ru'

interface PolicyBody {
  locale: string
  version: { number: number }
  contentHash: string
  translationStatus: 'current' | 'outdated'
  sections: Array<{ key: string; heading: string; text: string }>
}

interface VersionsBody {
  versions: Array<{ number: number; locales: string[]; translationStatus: Record<string, string> }>
}

// The edits an editor and the translators make, one per section, on the seeded text.
const LV_RETENTION = (text: string) => text.replace('mēs glabājam 5 gadus', 'mēs glabājam 3 gadus')
const LV_TYPO = (text: string) => text.replace('vietnes apeklētāju', 'vietnes apmeklētāju')
const EN_RETENTION = (text: string) =>
  text.replace('personal information for 5 years', 'personal information for 3 years')
const RU_RETENTION = (text: string) =>
  text.replace(
    'Личную информацию клиента мы храним 5 лет',
    'Личную информацию клиента мы храним 3 года',
  )

const kinds = await databasesUnderTest()

describe.each(kinds)('stale translations (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let policyId: string | number
  let adminToken: string
  const api = (path: string) => `${server.url}/api/storefront${path}`

  const read = (locale: Locale, path = '') =>
    fetchJson<PolicyBody>(api(`/policies/${SLUG}${path}?locale=${locale}`))

  const report = async (): Promise<TranslationReport> => {
    const result = await translationReport(app.payload, app.options, SLUG)
    if (!result) throw new Error('no report')
    return result
  }

  const staleNumbers = (result: TranslationReport, locale: string) =>
    result.locales.find((entry) => entry.locale === locale)?.stale.map((section) => section.number)

  const importText = (locale: Locale, text: string) =>
    importPolicyText({ payload: app.payload, options: app.options, slug: SLUG, locale, text })

  const publish = (release: ReleaseNotes) =>
    publishPolicy({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      policyId,
      locale: 'lv',
      release,
    })

  const saveDraft = (locale: Locale, data: Record<string, unknown>) =>
    app.payload.update({
      collection: 'policies',
      id: policyId,
      locale,
      draft: true,
      depth: 0,
      overrideAccess: true,
      data,
    })

  const draft = (locale: Locale) =>
    app.payload.findByID({
      collection: 'policies',
      id: policyId,
      locale,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })

  const latestVersionNumber = async () => {
    const { docs } = await app.payload.find({
      collection: 'policy-versions',
      sort: '-number',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    return (docs[0] as { number?: number } | undefined)?.number
  }

  beforeAll(async () => {
    app = await startTestApp(kind, { plugin: { freshnessCheckMs: 0 } })
    server = await startTestServer(app.payload, app.key)
    policyId = await seededPolicyId(app.payload)
    const admin = await createUser(app.payload, 'admin')
    adminToken = await loginToken(server.url, admin)
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  describe('a fresh start', () => {
    it('serves lv, en and ru as current, each with its own content hash', async () => {
      const responses = await Promise.all(
        (['lv', 'en', 'ru'] as const).map((locale) => read(locale)),
      )
      for (const res of responses) {
        expect(res.status).toBe(200)
        expect(res.body.translationStatus).toBe('current')
        expect(res.body.sections).toHaveLength(9)
      }
      expect(new Set(responses.map((res) => res.body.contentHash)).size).toBe(3)
    })

    it('lists version 1 with every locale current', async () => {
      const res = await fetchJson<VersionsBody>(api(`/policies/${SLUG}/versions`))
      expect(res.body.versions[0]).toMatchObject({
        number: 1,
        locales: ['lv', 'en', 'ru'],
        translationStatus: { lv: 'current', en: 'current', ru: 'current' },
      })
    })

    it('records the seeded translations as made from the seeded Latvian text', async () => {
      const result = await report()
      expect(result.sourceLocale).toBe('lv')
      expect(result.locales).toEqual([
        { locale: 'en', state: 'current', stale: [], missing: [], hasTitle: true },
        { locale: 'ru', state: 'current', stale: [], missing: [], hasTitle: true },
      ])
    })
  })

  describe('a material change to one Latvian section', () => {
    it('marks exactly that section stale in en and ru', async () => {
      await importText('lv', LV_RETENTION(seedText('lv')))
      const result = await report()
      for (const entry of result.locales) {
        expect(entry.state).toBe('outdated')
        expect(entry.stale).toEqual([
          {
            key: expect.any(String) as string,
            number: 5,
            heading: 'CIK ILGI MĒS UZGLABĀJAM JŪSU DATUS',
          },
        ])
        expect(entry.missing).toEqual([])
      }
    })

    it('shows the stale section per locale in the admin edit view and list', async () => {
      const i18n = { language: 'en' }
      const field = await TranslationStatusField({
        id: policyId,
        payload: app.payload,
        i18n,
      } as unknown as UIFieldServerProps)
      const panel = renderToStaticMarkup(field)
      expect(panel).toContain('en: 1 section out of date')
      expect(panel).toContain('ru: 1 section out of date')
      expect(panel).toContain('5. CIK ILGI MĒS UZGLABĀJAM JŪSU DATUS')
      const cell = await TranslationStatusCell({
        rowData: { id: policyId },
        payload: app.payload,
        i18n,
      } as unknown as DefaultServerCellComponentProps)
      expect(renderToStaticMarkup(createElement('div', null, cell))).toContain('en: §5')
    })

    it('refuses to publish without a choice, naming the stale locales, and publishes nothing', async () => {
      const before = await read('lv')
      const error = await publish({
        changeType: 'material',
        summary: 'Glabāšanas termiņš 3 gadi.',
      }).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(APIError)
      expect((error as APIError).status).toBe(400)
      expect((error as APIError).message).toContain('en: §5; ru: §5')
      expect(await latestVersionNumber()).toBe(1)
      const after = await read('lv')
      expect(after.text).toBe(before.text)
      const published = await app.payload.findByID({
        collection: 'policies',
        id: policyId,
        locale: 'lv',
        draft: false,
        depth: 0,
        overrideAccess: true,
      })
      expect(JSON.stringify(published.sections)).toContain('mēs glabājam 5 gadus')
    })

    it('answers the admin REST API with 400 and the reason in the admin’s language', async () => {
      const res = await fetchJson<{ errors: Array<{ message: string }> }>(
        `${server.url}/api/policies/${policyId}?locale=lv`,
        {
          method: 'PATCH',
          headers: {
            'content-type': 'application/json',
            'accept-language': 'lv',
            authorization: `JWT ${adminToken}`,
          },
          body: JSON.stringify({
            _status: 'published',
            changeType: 'material',
            summary: 'Glabāšanas termiņš 3 gadi.',
          }),
        },
      )
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toContain('Novecojuši tulkojumi')
      expect(res.body.errors[0].message).toContain('en: §5; ru: §5')
      expect(await latestVersionNumber()).toBe(1)
    })

    it('holds the publish when the editor chose to hold it', async () => {
      await saveDraft('lv', { staleTranslations: 'hold' })
      const error = await publish({
        changeType: 'material',
        summary: 'Glabāšanas termiņš 3 gadi.',
      }).catch((caught: unknown) => caught)
      expect((error as APIError).status).toBe(400)
      expect(await latestVersionNumber()).toBe(1)
    })

    it('publishes en and ru with their previous text, flagged outdated, when chosen', async () => {
      const v1 = { en: await read('en', '/versions/1'), ru: await read('ru', '/versions/1') }
      await saveDraft('lv', { staleTranslations: 'publish-previous' })
      expect(await publish({ changeType: 'material', summary: 'Glabāšanas termiņš 3 gadi.' })).toBe(
        2,
      )

      const lv = await read('lv', '/versions/2')
      expect(lv.body.translationStatus).toBe('current')
      expect(lv.body.sections[4].text).toContain('mēs glabājam 3 gadus')
      for (const locale of ['en', 'ru'] as const) {
        const res = await read(locale, '/versions/2')
        expect(res.status).toBe(200)
        expect(res.body.translationStatus).toBe('outdated')
        expect(res.body.contentHash).toBe(v1[locale].body.contentHash)
        expect(res.body.sections).toEqual(v1[locale].body.sections)
        const inForce = await read(locale)
        expect(inForce.body.version.number).toBe(2)
        expect(inForce.body.translationStatus).toBe('outdated')
      }
      const versions = await fetchJson<VersionsBody>(api(`/policies/${SLUG}/versions`))
      expect(versions.body.versions[0].translationStatus).toEqual({
        lv: 'current',
        en: 'outdated',
        ru: 'outdated',
      })
    })

    it('asks again for the next release: the choice is cleared by the publish', async () => {
      expect((await draft('lv')).staleTranslations ?? null).toBeNull()
    })
  })

  describe('an editorial change', () => {
    it('counts a translator’s edit of a section as a translation of the current source', async () => {
      await importText('en', EN_RETENTION(seedText('en')))
      const result = await report()
      expect(result.locales.map((entry) => entry.state)).toEqual(['current', 'outdated'])
      expect(staleNumbers(result, 'ru')).toEqual([5])
    })

    it('publishes a stale translation as it is, flagged outdated', async () => {
      await importText('lv', LV_TYPO(LV_RETENTION(seedText('lv'))))
      const stale = await report()
      expect(staleNumbers(stale, 'en')).toEqual([1])
      expect(staleNumbers(stale, 'ru')).toEqual([1, 5])

      expect(await publish({ changeType: 'editorial', summary: 'Labota drukas kļūda.' })).toBe(3)
      const lv = await read('lv', '/versions/3')
      expect(lv.body.translationStatus).toBe('current')
      const en = await read('en', '/versions/3')
      expect(en.body.translationStatus).toBe('outdated')
      expect(en.body.sections[4].text).toContain('personal information for 3 years')
      const ru = await read('ru', '/versions/3')
      expect(ru.body.translationStatus).toBe('outdated')
      expect(ru.body.sections[4].text).toContain('храним 5 лет')
    })
  })

  describe('bringing translations up to date', () => {
    it('makes a translation current when the editor marks it reviewed without editing it', async () => {
      await saveDraft('en', { translationReviewed: true })
      const result = await report()
      expect(result.locales[0]).toMatchObject({ locale: 'en', state: 'current', stale: [] })
      expect((await draft('en')).translationReviewed).toBe(false)
    })

    it('makes an updated section current and leaves the untouched one stale', async () => {
      await importText('ru', RU_RETENTION(seedText('ru')))
      expect(staleNumbers(await report(), 'ru')).toEqual([1])
    })

    it('records current translations in the next version', async () => {
      const ruDraft = await draft('ru')
      // The admin's save: every row sent back as it is, with the review ticked.
      await saveDraft('ru', { sections: ruDraft.sections, translationReviewed: true })
      expect((await report()).locales.every((entry) => entry.state === 'current')).toBe(true)

      const v3en = await read('en', '/versions/3')
      expect(await publish({ changeType: 'editorial', summary: 'Tulkojumi atjaunināti.' })).toBe(4)
      for (const locale of ['lv', 'en', 'ru'] as const) {
        expect((await read(locale)).body).toMatchObject({
          version: { number: 4 },
          translationStatus: 'current',
        })
      }
      // The English words did not change, only their standing: the same text, now current.
      expect((await read('en')).body.contentHash).toBe(v3en.body.contentHash)
      expect((await read('ru')).body.sections[4].text).toContain('храним 3 года')
    })
  })
})
