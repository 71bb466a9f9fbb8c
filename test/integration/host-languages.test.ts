import { getTranslation, initI18n, type I18n } from '@payloadcms/translations'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { lv } from '@payloadcms/translations/languages/lv'
import { createClientConfig, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPolicyOptions, privacyPolicyPlugin, privacyPolicySeed } from 'payload-privacy-policy'
import { SLUG } from '../support/fixtures.js'
import { fetchJson } from '../support/http.js'
import { startTestServer, type TestServer } from '../support/httpServer.js'
import { startMinimalHost, type MinimalHost } from '../support/minimalHost.js'

/**
 * A host of its own with a German shop and a German admin: locales lv, en and de, admin languages
 * en, de and lv, translations of its own, and the plugin's strings reworded and extended. SQLite
 * with the schema pushed, as Payload's dev mode does.
 */
function startHost(): Promise<MinimalHost> {
  return startMinimalHost({
    i18n: {
      supportedLanguages: { en, de, lv },
      fallbackLanguage: 'en',
      translations: {
        de: { general: { dashboard: 'Übersicht' } },
        en: { privacyPolicy: { storefrontPlural: 'Shops' } },
      },
    },
    plugins: [
      privacyPolicyPlugin({
        seed: privacyPolicySeed(),
        strings: {
          de: {
            errors: { policy_not_found: 'Es gibt keine veröffentlichte Richtlinie „{{slug}}“.' },
          },
          en: { errors: { parameter_invalid: 'Bad "{{name}}": use {{allowed}}.' } },
        },
      }),
    ],
  })
}

describe('languages from the host (sqlite)', () => {
  let host: MinimalHost
  let server: TestServer
  const api = (route: string) => `${server.url}/api/storefront${route}`
  const errorOf = async (route: string) =>
    (await fetchJson<{ error: string; code: string }>(api(route))).body

  beforeAll(async () => {
    host = await startHost()
    server = await startTestServer(host.payload, host.key)
  })

  afterAll(async () => {
    await server?.close()
    await host?.close()
  })

  describe('customer-facing strings', () => {
    it('answers a German customer in English where neither plugin nor host has German', async () => {
      expect(await errorOf(`/policies/${SLUG}?locale=de`)).toEqual({
        error: 'Version 1 of the policy has no text in "de".',
        code: 'locale_not_available',
      })
    })

    it('answers in the German the host added where it has it', async () => {
      expect((await errorOf('/policies/terms?locale=de')).error).toBe(
        'Es gibt keine veröffentlichte Richtlinie „terms“.',
      )
    })

    it('answers with the host’s rewording of one English string, and only that one', async () => {
      const route = `/policies/${SLUG}/diff?from=1&to=1&format=xml&locale=en`
      expect((await errorOf(route)).error).toBe('Bad "format": use json, html.')
      expect((await errorOf('/policies/terms?locale=en')).error).toBe(
        'There is no published policy "terms".',
      )
    })

    it('keeps the shipped Latvian for a Latvian customer', async () => {
      expect((await errorOf('/policies/terms?locale=lv')).error).toBe(
        'Publicēta politika "terms" nav atrasta.',
      )
    })
  })

  describe('admin strings', () => {
    const adminI18n = (language: 'de' | 'lv' | 'en'): Promise<I18n> =>
      initI18n({ config: host.payload.config.i18n, language, context: 'api' })

    const policies = () =>
      host.payload.config.collections.find(
        (collection) => collection.slug === getPolicyOptions(host.payload).slugs.policies,
      )!

    it('label the plugin’s collections in English for a German admin', async () => {
      const german = await adminI18n('de')
      expect(getTranslation(policies().labels.plural, german)).toBe('Policies')
      expect(getTranslation(policies().labels.plural, await adminI18n('lv'))).toBe('Politikas')
      expect(policies().admin.group).toMatchObject({ de: 'Legal', lv: 'Juridiskie dokumenti' })
    })

    it('carry the host’s English rewording to languages that fall back to English', async () => {
      const storefronts = host.payload.config.collections.find(
        (collection) => collection.slug === getPolicyOptions(host.payload).slugs.storefronts,
      )!
      expect(getTranslation(storefronts.labels.plural, await adminI18n('en'))).toBe('Shops')
      expect(getTranslation(storefronts.labels.plural, await adminI18n('de'))).toBe('Shops')
      expect(getTranslation(storefronts.labels.plural, await adminI18n('lv'))).toBe('Veikali')
    })

    it('keep the host’s own translations beside the plugin’s namespace', async () => {
      const german = await adminI18n('de')
      expect(german.t('general:dashboard')).toBe('Übersicht')
      expect(german.t('general:save')).toBe(de.translations.general.save)
    })

    it('reach the admin’s client config as text in the admin’s language', async () => {
      const slug = getPolicyOptions(host.payload).slugs.policies
      const clientPolicies = async (language: 'de' | 'lv') => {
        const i18n = await initI18n({
          config: host.payload.config.i18n,
          language,
          context: 'client',
        })
        const client = createClientConfig({
          config: host.payload.config,
          i18n,
          importMap: {},
          user: true,
        })
        return client.collections.find((collection) => collection.slug === slug)!
      }
      const german = await clientPolicies('de')
      expect(german.labels.plural).toBe('Policies')
      const title = german.fields.find((field) => 'name' in field && field.name === 'title')
      expect(title && 'label' in title ? title.label : null).toBe('Title')
      expect((await clientPolicies('lv')).labels.plural).toBe('Politikas')
    })

    it('tell a German admin what is wrong with a field in English', async () => {
      const invalid = host.payload.create({
        collection: getPolicyOptions(host.payload).slugs.policies,
        data: { title: 'AGB', slug: 'Not A Slug', sections: [] },
        req: { i18n: await adminI18n('de') },
      })
      await expect(invalid).rejects.toBeInstanceOf(ValidationError)
      const error = (await invalid.catch((caught: unknown) => caught)) as ValidationError
      const messages = error.data.errors.map((entry) => entry.message)
      expect(messages).toContain('Use lower-case letters, digits and single hyphens.')
    })
  })
})
