import { APIError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatDate } from '../../src/i18n/dates.js'
import { type PolicyError } from '../../src/errors.js'
import {
  importPolicyText,
  publishPolicy,
  type ReleaseNotes,
} from '../../src/operations/importPolicyText.js'
import { withdrawVersion } from '../../src/operations/withdrawVersion.js'
import { databasesUnderTest } from '../support/databases.js'
import { createUser, seededPolicyId, seedText, SLUG } from '../support/fixtures.js'
import { fetchJson, loginToken } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { createStorefront, type TestStorefront } from '../support/storefronts.js'
import { startTestApp, type TestApp } from '../support/testPayload.js'

type Locale = 'lv' | 'en' | 'ru'
const LOCALES: Locale[] = ['lv', 'en', 'ru']

interface Summary {
  number: number
  summary: string
  summaryLocale: string
  changeType: string
}

interface VersionsBody {
  versions: Array<{
    number: number
    summary: string
    summaryLocale: string
    changeTypes: Record<string, string>
    withdrawnAt: string | null
  }>
}

interface PolicyBody {
  version: Summary
  contentHash: string
  translationStatus: string
  upcoming: null | { number: number; effectiveAt: string }
}

interface ConsentStatusBody {
  status: string
  mustReview: boolean
  acceptedVersion: number | null
  currentVersion: number
  translationStatus: string
  changes: null | {
    from: number
    to: number
    locale: string
    summary: string
    summaries: Array<{ version: number; summary: string; summaryLocale: string }>
    diffUrl: string
  }
  prompt: null | { title: string; body: string; notice: string | null }
}

interface DiffBody {
  locale: string
  translationStatus: string
  stats: { sectionsChanged: number }
}

// The edits the scenarios make on the seeded text.
const LV_RETENTION = (text: string) => text.replace('mēs glabājam 5 gadus', 'mēs glabājam 3 gadus')
const LV_TYPO = (text: string) => text.replace('vietnes apeklētāju', 'vietnes apmeklētāju')
const LV_CONTACT = (text: string) =>
  `${text}\n\n10. KONTAKTI\n\nJautājumus sūtiet uz privatums@example.com.`
const EN_RETENTION = (text: string) =>
  text.replace('personal information for 5 years', 'personal information for 3 years')
const RU_RETENTION = (text: string) =>
  text.replace(
    'Личную информацию клиента мы храним 5 лет',
    'Личную информацию клиента мы храним 3 года',
  )

const S1 = {
  lv: 'Pirmā publicētā versija.',
  en: 'First published version.',
  ru: 'Первая опубликованная версия.',
}
const S2 = 'Personas datu glabāšanas termiņš saīsināts no 5 uz 3 gadiem.'
const S3 = 'The English text now says 3 years, as the binding Latvian text does since version 2.'
const S4 = 'Русский текст теперь тоже говорит о 3 годах хранения.'
const S5 = {
  lv: 'Labota drukas kļūda 1. sadaļā.',
  en: 'A typo fixed in the Latvian text.',
  ru: 'Исправлена опечатка в латышском тексте.',
}

const kinds = await databasesUnderTest()

describe.each(kinds)('releases across locales (%s)', (kind) => {
  let app: TestApp
  let server: TestServer
  let shop: TestStorefront
  let policyId: string | number
  let adminToken: string
  const api = (path: string) => `${server.url}/api/storefront${path}`
  const texts: Record<Locale, string> = { lv: '', en: '', ru: '' }

  const read = <T = PolicyBody>(path: string, locale: Locale) =>
    fetchJson<T>(api(`/policies/${SLUG}${path}${path.includes('?') ? '&' : '?'}locale=${locale}`))

  async function accept(customerId: string, version: number, locale: Locale) {
    const { body } = await read(`/versions/${version}`, locale)
    const res = await fetchJson(api(`/policies/${SLUG}/acceptances`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: shop.authorization },
      body: JSON.stringify({
        customerId,
        version,
        locale,
        contentHash: body.contentHash,
        channel: 'checkout',
      }),
    })
    expect(res.status).toBe(201)
  }

  const consent = (customerId: string, locale: Locale) =>
    fetchJson<ConsentStatusBody>(
      api(`/policies/${SLUG}/consent-status?customerId=${customerId}&locale=${locale}`),
      { headers: { authorization: shop.authorization } },
    )

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

  const draft = (locale: Locale, isDraft = true) =>
    app.payload.findByID({
      collection: 'policies',
      id: policyId,
      locale,
      draft: isDraft,
      depth: 0,
      overrideAccess: true,
      fallbackLocale: false,
    })

  /** The CLI's `import --locale L --publish …`. */
  const importAndPublish = async (locale: Locale, text: string, release: ReleaseNotes) => {
    texts[locale] = text
    const result = await importPolicyText({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      locale,
      text,
      publish: release,
    })
    return result.published
  }

  const publish = (locale: Locale, release: ReleaseNotes) =>
    publishPolicy({
      payload: app.payload,
      options: app.options,
      slug: SLUG,
      policyId,
      locale,
      release,
    })

  /** The admin's publish, as its REST call, in an admin language. */
  const adminPublish = (data: Record<string, unknown>, language: string) =>
    fetchJson<{ errors: Array<{ message: string; data?: Record<string, unknown> }> }>(
      `${server.url}/api/policies/${policyId}?locale=lv`,
      {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          'accept-language': language,
          authorization: `JWT ${adminToken}`,
        },
        body: JSON.stringify({ _status: 'published', ...data }),
      },
    )

  beforeAll(async () => {
    app = await startTestApp(kind, { plugin: { freshnessCheckMs: 0 } })
    server = await startTestServer(app.payload, app.key)
    shop = await createStorefront(app.payload)
    policyId = await seededPolicyId(app.payload)
    for (const locale of LOCALES) texts[locale] = seedText(locale)
    const admin = await createUser(app.payload, 'admin')
    adminToken = await loginToken(server.url, admin)
    for (const locale of LOCALES) await accept(`${locale}-1`, 1, locale)
  })

  afterAll(async () => {
    await server?.close()
    await app?.close()
  })

  describe('release notes per locale', () => {
    it('starts the next release with an empty form after the seed’s publish', async () => {
      for (const locale of LOCALES) {
        expect((await draft(locale)).summary ?? null).toBeNull()
        expect((await draft(locale, false)).summary ?? null).toBeNull()
      }
      expect((await draft('lv')).changeType ?? null).toBeNull()
    })

    it('refuses a summary some earlier version carried, in the admin’s language, naming the locales still without one', async () => {
      await importPolicyText({
        payload: app.payload,
        options: app.options,
        slug: SLUG,
        locale: 'lv',
        text: LV_RETENTION(texts.lv),
      })
      const res = await adminPublish({ changeType: 'material', summary: S1.lv }, 'lv')
      expect(res.status).toBe(400)
      const [error] = res.body.errors
      expect(error.message).toBe(
        'Kopsavilkums valodā "lv" joprojām ir versijas 1 kopsavilkums: aprakstiet šī laidiena izmaiņas. ' +
          'Vēl bez sava kopsavilkuma: en, ru (šajās valodās tiks rādīts kopsavilkums valodā "lv" ar norādi par tā valodu).',
      )
      const ru = await adminPublish({ changeType: 'material', summary: '' }, 'ru')
      expect(ru.status).toBe(400)
      expect(ru.body.errors[0].message).toContain(
        'Перед публикацией напишите описание изменений этого выпуска на языке «lv».',
      )
      expect(ru.body.errors[0].message).toContain('Ещё без собственного описания: en, ru')
      const versions = await fetchJson<VersionsBody>(api(`/policies/${SLUG}/versions`))
      expect(versions.body.versions).toHaveLength(1)
    })

    it('refuses a publish without a change type in the admin’s language', async () => {
      await saveDraft('lv', { changeType: null })
      const res = await adminPublish({ summary: S2 }, 'lv')
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toBe(
        'Pirms publicēšanas izvēlieties izmaiņu veidu (būtiskas vai redakcionālas).',
      )
    })

    it('publishes a material change with only the source summary: every locale gets it, labelled lv', async () => {
      texts.lv = LV_RETENTION(texts.lv)
      await saveDraft('lv', { staleTranslations: 'publish-previous' })
      expect(await publish('lv', { changeType: 'material', summary: S2 })).toBe(2)
      for (const locale of ['en', 'ru'] as const) {
        const { body } = await read('/versions/2', locale)
        expect(body.version).toMatchObject({ summary: S2, summaryLocale: 'lv' })
        expect(body.translationStatus).toBe('outdated')
      }
    })

    it('clears the summary of every locale, the change type and the date after the publish', async () => {
      for (const locale of LOCALES) {
        expect((await draft(locale)).summary ?? null).toBeNull()
        expect((await draft(locale, false)).summary ?? null).toBeNull()
      }
      const lv = await draft('lv')
      expect(lv.changeType ?? null).toBeNull()
      expect(lv.effectiveAt ?? null).toBeNull()
    })
  })

  describe('a material change with the translations outdated', () => {
    for (const [locale, inSource] of [
      ['en', 'in Latvian'],
      ['ru', 'на латышском языке'],
    ] as const) {
      it(`prompts a ${locale} customer with a notice, the Latvian summary and the Latvian diff`, async () => {
        const { body } = await consent(`${locale}-1`, locale)
        expect(body).toMatchObject({
          status: 'must-review',
          translationStatus: 'outdated',
          currentVersion: 2,
        })
        expect(body.changes).toMatchObject({
          from: 1,
          to: 2,
          locale: 'lv',
          summary: S2,
          summaries: [{ version: 2, summary: S2, summaryLocale: 'lv' }],
        })
        expect(body.changes?.diffUrl).toContain('locale=lv')
        expect(body.prompt?.notice).toContain(inSource)
        expect(body.prompt?.body.endsWith(body.prompt.notice ?? '—')).toBe(true)
        const diff = await fetchJson<DiffBody>(
          `${server.url}${body.changes?.diffUrl ?? ''}`.replace('format=html', 'format=json'),
        )
        expect(diff.body.stats.sectionsChanged).toBe(1)
      })
    }

    it('prompts the Latvian customer without a notice', async () => {
      const { body } = await consent('lv-1', 'lv')
      expect(body).toMatchObject({ status: 'must-review', translationStatus: 'current' })
      expect(body.changes?.locale).toBe('lv')
      expect(body.prompt?.notice).toBeNull()
    })

    it('says the English diff of versions 1 and 2 shows nothing and is outdated', async () => {
      const { body } = await read<DiffBody>('/diff?from=1&to=2', 'en')
      expect(body).toMatchObject({ locale: 'en', translationStatus: 'outdated' })
      expect(body.stats.sectionsChanged).toBe(0)
    })
  })

  describe('translation-only releases', () => {
    beforeAll(async () => {
      await accept('en-2', 2, 'en')
      await accept('ru-2', 2, 'ru')
    })

    it('imports and publishes the corrected English text from the CLI, material for en only', async () => {
      expect(
        await importAndPublish('en', EN_RETENTION(texts.en), {
          changeType: 'material',
          summary: S3,
        }),
      ).toBe(3)
      const { body } = await fetchJson<VersionsBody>(api(`/policies/${SLUG}/versions`))
      expect(body.versions[0]).toMatchObject({
        number: 3,
        changeTypes: { lv: 'none', en: 'material', ru: 'none' },
      })
      expect((await read('', 'en')).body.translationStatus).toBe('current')
      expect((await read('', 'ru')).body.translationStatus).toBe('outdated')
    })

    it('prompts an English customer of version 1 in English once the translation is updated', async () => {
      const { body } = await consent('en-1', 'en')
      expect(body).toMatchObject({ status: 'must-review', translationStatus: 'current' })
      expect(body.changes).toMatchObject({
        locale: 'en',
        summaries: [
          { version: 2, summary: S2, summaryLocale: 'lv' },
          { version: 3, summary: S3, summaryLocale: 'en' },
        ],
      })
      expect(body.prompt?.notice).toBeNull()
      const diff = await read<DiffBody>('/diff?from=1&to=3', 'en')
      expect(diff.body).toMatchObject({ translationStatus: 'current' })
      expect(diff.body.stats.sectionsChanged).toBe(1)
    })

    it('asks the English customer of version 2 (who read the outdated text) again, in English', async () => {
      const { body } = await consent('en-2', 'en')
      expect(body).toMatchObject({ status: 'must-review', acceptedVersion: 2 })
      expect(body.changes).toMatchObject({ locale: 'en', summaries: [{ version: 3, summary: S3 }] })
    })

    it('asks no Russian or Latvian customer about the English correction', async () => {
      expect((await consent('ru-2', 'ru')).body.status).toBe('up-to-date')
      await accept('lv-2', 2, 'lv')
      expect((await consent('lv-2', 'lv')).body.status).toBe('up-to-date')
    })

    it('publishes the Russian correction (summary written in Russian only) for Russian customers', async () => {
      expect(
        await importAndPublish('ru', RU_RETENTION(texts.ru), {
          changeType: 'material',
          summary: S4,
        }),
      ).toBe(4)
      const ru1 = await consent('ru-1', 'ru')
      expect(ru1.body).toMatchObject({ status: 'must-review', translationStatus: 'current' })
      expect(ru1.body.changes?.locale).toBe('ru')
      expect(ru1.body.prompt?.notice).toBeNull()
      expect((await consent('ru-2', 'ru')).body.changes?.summaries).toEqual([
        { version: 4, summary: S4, summaryLocale: 'ru' },
      ])
      expect((await consent('lv-2', 'lv')).body.status).toBe('up-to-date')
    })

    it('keeps an editorial release, with summaries written in every locale, from prompting anyone new', async () => {
      await accept('en-4', 4, 'en')
      await saveDraft('en', { summary: S5.en })
      await saveDraft('ru', { summary: S5.ru })
      expect(
        await importAndPublish('lv', LV_TYPO(texts.lv), {
          changeType: 'editorial',
          summary: S5.lv,
        }),
      ).toBe(5)
      expect((await consent('en-4', 'en')).body.status).toBe('up-to-date')
    })
  })

  describe('every version’s summary in every locale', () => {
    it('is written for that version or the reference summary, labelled, and never an earlier version’s', async () => {
      const expected: Record<number, Record<Locale, [string, Locale]>> = {
        1: { lv: [S1.lv, 'lv'], en: [S1.en, 'en'], ru: [S1.ru, 'ru'] },
        2: { lv: [S2, 'lv'], en: [S2, 'lv'], ru: [S2, 'lv'] },
        3: { lv: [S3, 'en'], en: [S3, 'en'], ru: [S3, 'en'] },
        4: { lv: [S4, 'ru'], en: [S4, 'ru'], ru: [S4, 'ru'] },
        5: { lv: [S5.lv, 'lv'], en: [S5.en, 'en'], ru: [S5.ru, 'ru'] },
      }
      const seen = new Map<string, number>()
      for (let number = 1; number <= 5; number++) {
        for (const locale of LOCALES) {
          const { body } = await read(`/versions/${number}`, locale)
          const [summary, summaryLocale] = expected[number][locale]
          expect({ locale, ...body.version }).toMatchObject({
            locale,
            number,
            summary,
            summaryLocale,
          })
          const earlier = seen.get(summary)
          expect(earlier === undefined || earlier === number).toBe(true)
          seen.set(summary, number)
        }
      }
    })
  })

  describe('announcement periods', () => {
    const tomorrow = new Date(Date.now() + 86_400_000)
    tomorrow.setUTCHours(0, 0, 0, 0)
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1)

    it('announces a material version for a later date; the one in force stays', async () => {
      await importPolicyText({
        payload: app.payload,
        options: app.options,
        slug: SLUG,
        locale: 'lv',
        text: LV_CONTACT(texts.lv),
      })
      await saveDraft('lv', { staleTranslations: 'publish-previous' })
      expect(
        await publish('lv', {
          changeType: 'material',
          summary: 'Pievienota kontaktinformācija.',
          effectiveAt: tomorrow.toISOString(),
        }),
      ).toBe(6)
      const { body } = await read('', 'lv')
      expect(body.version.number).toBe(5)
      expect(body.upcoming?.number).toBe(6)
      await accept('lv-early', 6, 'lv')
    })

    it('refuses a release that would take effect before the announced one, in the admin’s language', async () => {
      await importPolicyText({
        payload: app.payload,
        options: app.options,
        slug: SLUG,
        locale: 'lv',
        text: LV_CONTACT(texts.lv).replace('sūtiet', 'lūdzam sūtīt'),
      })
      const res = await adminPublish(
        { changeType: 'editorial', summary: 'Precizēts teikums.' },
        'lv',
      )
      expect(res.status).toBe(400)
      const day = formatDate(tomorrow.toISOString(), 'lv', 'locative')
      expect(day).toMatch(/^\d{4}\. gada \d{1,2}\. [a-zāīūē]+(ī|ā)$/)
      expect(res.body.errors[0].message).toBe(
        `Versija 6 ir izziņota un stāsies spēkā ${day}; vēlāks laidiens nevar stāties spēkā pirms tās. ` +
          `Norādiet šim laidienam spēkā stāšanās datumu ne agrāk kā ${day} vai vispirms atsauciet versiju 6.`,
      )
      const cli = await publish('lv', {
        changeType: 'editorial',
        summary: 'Precizēts teikums.',
      }).catch((error: unknown) => error)
      expect(cli).toBeInstanceOf(APIError)
      expect((cli as APIError).message).toContain('Version 6 is announced to take effect on')
      expect((await read('', 'lv')).body).toMatchObject({
        version: { number: 5 },
        upcoming: { number: 6 },
      })
    })

    it('withdraws the announced version: recorded, never deleted, no longer upcoming, early acceptances kept', async () => {
      await expect(
        withdrawVersion({ payload: app.payload, options: app.options, slug: SLUG, number: 5 }),
      ).rejects.toMatchObject({ code: 'version_not_upcoming' } satisfies Partial<PolicyError>)
      const withdrawn = await withdrawVersion({
        payload: app.payload,
        options: app.options,
        slug: SLUG,
        number: 6,
      })
      expect(withdrawn).toMatchObject({ number: 6, withdrawnVia: 'cli' })
      expect(typeof withdrawn.withdrawnAt).toBe('string')
      const { body } = await read('', 'lv')
      expect(body.version.number).toBe(5)
      expect(body.upcoming).toBeNull()
      const versions = await fetchJson<VersionsBody>(api(`/policies/${SLUG}/versions`))
      expect(versions.body.versions.find((entry) => entry.number === 6)?.withdrawnAt).toBe(
        withdrawn.withdrawnAt,
      )
      expect((await read('/versions/6', 'lv')).status).toBe(200)
      const { totalDocs } = await app.payload.count({
        collection: 'policy-acceptances',
        where: { customerId: { equals: 'lv-early' } },
        overrideAccess: true,
      })
      expect(totalDocs).toBe(1)
      await expect(
        withdrawVersion({ payload: app.payload, options: app.options, slug: SLUG, number: 6 }),
      ).rejects.toMatchObject({ code: 'version_not_upcoming' })
      await expect(
        app.payload.update({
          collection: 'policy-versions',
          id: (withdrawn as { id: string | number }).id,
          data: { withdrawnAt: null },
          overrideAccess: true,
        }),
      ).rejects.toThrow('immutable')
    })

    it('lets the next release take effect at once, and the withdrawn version never comes into force', async () => {
      expect(await publish('lv', { changeType: 'editorial', summary: 'Precizēts teikums.' })).toBe(
        7,
      )
      const { body } = await read('', 'lv')
      expect(body).toMatchObject({ version: { number: 7 }, upcoming: null })
      // Version 7 was edited from version 6's text: its material change still asks version 5's readers.
      await accept('lv-5', 5, 'lv')
      expect((await consent('lv-5', 'lv')).body).toMatchObject({
        status: 'must-review',
        currentVersion: 7,
      })
      expect((await consent('lv-early', 'lv')).body.status).toBe('up-to-date')
    })
  })
})
