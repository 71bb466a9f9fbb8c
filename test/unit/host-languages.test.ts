import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { getTranslation, initI18n } from '@payloadcms/translations'
import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { buildConsentPrompt } from '../../src/consent/prompt.js'
import { PolicyError, localizeError } from '../../src/errors.js'
import { getI18n } from '../../src/i18n/index.js'
import { resources } from '../../src/i18n/resources.js'
import { mergeStrings } from '../../src/i18n/strings.js'
import { privacyPolicyPlugin } from '../../src/plugin.js'
import { errorResponse } from '../../src/storefront/errorResponse.js'
import type {
  PolicyStrings,
  PrivacyPolicyPluginOptions,
  ResolvedPolicyOptions,
} from '../../src/types.js'

const notFound = new PolicyError(404, 'policy_not_found', { slug: 'terms' })

const prompt = (locale: string, strings: PolicyStrings = resources) =>
  buildConsentPrompt({
    locale,
    version: 2,
    effectiveAt: '2026-11-25T00:00:00.000Z',
    materialChanges: 1,
    strings,
  })

/** A host with a German shop and a German admin, besides the plugin's own languages. */
function hostConfig(i18n?: Config['i18n']): Config {
  return {
    secret: 'test',
    db: {} as Config['db'],
    localization: { locales: ['lv', 'en', 'de'], defaultLocale: 'lv', fallback: false },
    ...(i18n ? { i18n } : {}),
  }
}

function install(pluginOptions: PrivacyPolicyPluginOptions = {}, config = hostConfig()) {
  const installed = privacyPolicyPlugin(pluginOptions)(config)
  const options = installed.custom?.privacyPolicy as ResolvedPolicyOptions
  return { config: installed, options }
}

const collection = (config: Config, slug: string): CollectionConfig => {
  const found = config.collections?.find((candidate) => candidate.slug === slug)
  if (!found) throw new Error(`no collection ${slug}`)
  return found
}

describe('customer-facing strings in a locale the plugin does not ship', () => {
  it('gives a German customer the English error message', () => {
    expect(localizeError(notFound, 'de')).toBe('There is no published policy "terms".')
  })

  it('gives a German customer the English consent prompt', () => {
    const german = prompt('de')
    expect(german.title).toBe('Our privacy policy has changed')
    expect(german.accept).toBe('I have read the changes and accept')
    expect(german.body).toContain('1 important change has taken effect (version 2')
  })

  it('reads a regional locale in its base language', () => {
    expect(prompt('ru-RU').title).toBe(prompt('ru').title)
    expect(prompt('ru').title).not.toBe(prompt('en').title)
  })
})

describe('host strings', () => {
  const strings = mergeStrings(resources, {
    en: { errors: { policy_not_found: 'No policy "{{slug}}" here.' } },
    de: {
      consent: { prompt: { title: 'Unsere Datenschutzerklärung hat sich geändert' } },
      errors: { policy_not_found: 'Es gibt keine veröffentlichte Richtlinie „{{slug}}“.' },
    },
  })

  it('replace one shipped key and leave the others', () => {
    expect(localizeError(notFound, 'en', strings)).toBe('No policy "terms" here.')
    const other = new PolicyError(404, 'version_not_found', { version: 3, slug: 'terms' })
    expect(localizeError(other, 'en', strings)).toBe(localizeError(other, 'en'))
  })

  it('add a language, which falls back to English where it has no string', () => {
    const german = prompt('de', strings)
    expect(german.title).toBe('Unsere Datenschutzerklärung hat sich geändert')
    expect(german.accept).toBe('I have read the changes and accept')
    expect(localizeError(notFound, 'de', strings)).toBe(
      'Es gibt keine veröffentlichte Richtlinie „terms“.',
    )
  })

  it('leave the shipped strings and every other config untouched', () => {
    expect(localizeError(notFound, 'en')).toBe('There is no published policy "terms".')
    expect(prompt('de').title).toBe('Our privacy policy has changed')
  })

  it('are the shipped object itself when there are none, so such configs share one instance', () => {
    expect(mergeStrings(resources, undefined)).toBe(resources)
    expect(mergeStrings(resources, {})).toBe(resources)
    expect(getI18n(resources)).toBe(getI18n(mergeStrings(resources, undefined)))
    expect(getI18n(strings)).not.toBe(getI18n(resources))
  })

  it('refuse a namespace the plugin does not have, naming it', () => {
    const typo = { de: { eror: { policy_not_found: 'x' } } } as never
    expect(() => mergeStrings(resources, typo)).toThrow(/strings\.de\.eror is not a namespace/)
  })

  it('reach the resolved options of the config they were given to', () => {
    const { options } = install({ strings: { en: { errors: { policy_not_found: 'Gone.' } } } })
    expect(localizeError(notFound, 'en', options.strings)).toBe('Gone.')
    expect(install().options.strings).toBe(resources)
  })
})

describe('the language of a storefront error', () => {
  const { options } = install({
    strings: { de: { errors: { route_not_found: 'Diesen Endpunkt gibt es nicht.' } } },
  })
  const respond = (query: string, acceptLanguage: string | null, opts = options) => {
    const headers = { get: (name: string) => (name === 'accept-language' ? acceptLanguage : null) }
    const req = { payload: {} as never, options: opts, query: new URLSearchParams(query), headers }
    const res = errorResponse(new PolicyError(404, 'route_not_found'), req)
    return (JSON.parse(res.body ?? '{}') as { error: string }).error
  }

  it('is the explicit locale when the host configured it', () => {
    expect(respond('locale=de', 'en')).toBe('Diesen Endpunkt gibt es nicht.')
  })

  it('is the best configured Accept-Language otherwise, also past an unknown locale', () => {
    expect(respond('', 'de-AT, en;q=0.5')).toBe('Diesen Endpunkt gibt es nicht.')
    expect(respond('locale=fr', 'de')).toBe('Diesen Endpunkt gibt es nicht.')
  })

  it('is the source locale when nothing else names a configured one', () => {
    expect(respond('locale=fr', 'fr')).toBe('Šāda veikala API galapunkta nav.')
  })

  it('is English for a configured locale without strings', () => {
    const { options: shipped } = install()
    expect(respond('locale=de', null, shipped)).toBe('There is no such storefront API endpoint.')
  })
})

describe('admin strings in the host config', () => {
  const hostTranslations = {
    de: { general: { dashboard: 'Übersicht' } },
    en: { privacyPolicy: { storefrontPlural: 'Shops' } },
  }
  const { config, options } = install(
    {},
    hostConfig({ supportedLanguages: { en, de }, translations: hostTranslations }),
  )
  const translations = config.i18n?.translations as Record<string, Record<string, unknown>>
  const namespace = (language: string) =>
    translations[language].privacyPolicy as Record<string, string>

  it('are merged under one namespace for lv, en, ru and every admin language of the host', () => {
    expect(Object.keys(translations).sort()).toEqual(['de', 'en', 'lv', 'ru'])
    // Besides ours, only the corrections of Payload's own Latvian strings (payloadStringFixes.ts).
    expect(Object.keys(translations.lv).sort()).toEqual(['general', 'lexical', 'privacyPolicy'])
    expect(namespace('lv').policyPlural).toBe('Politikas')
  })

  it('are English for a German admin, never raw keys', () => {
    expect(namespace('de').policyPlural).toBe('Policies')
    expect(Object.keys(namespace('de')).sort()).toEqual(Object.keys(namespace('lv')).sort())
  })

  it('keep the host’s own translations, and its overrides of the plugin’s', () => {
    expect(translations.de.general).toEqual({ dashboard: 'Übersicht' })
    expect(namespace('en').storefrontPlural).toBe('Shops')
    expect(namespace('en').storefrontSingular).toBe('Storefront')
    expect(options.adminStrings.en.storefrontPlural).toBe('Shops')
  })

  it('label collections and fields in the admin user’s language through Payload’s own i18n', async () => {
    const i18nConfig = { ...config.i18n, fallbackLanguage: 'en' as const, translations }
    const german = await initI18n({ config: i18nConfig, language: 'de', context: 'client' })
    const policies = collection(config, options.slugs.policies)
    const title = policies.fields.find((field) => 'name' in field && field.name === 'title')
    expect(getTranslation(policies.labels?.plural ?? '', german)).toBe('Policies')
    expect(title && 'label' in title && getTranslation(title.label || '', german)).toBe('Title')
    // German falls back to English, the host's English included.
    const storefronts = collection(config, options.slugs.storefronts)
    expect(getTranslation(storefronts.labels?.plural ?? '', german)).toBe('Shops')
  })

  it('name the sidebar groups in every admin language, English for German', () => {
    const group = collection(config, options.slugs.acceptances).admin?.group
    expect(group).toEqual({
      en: 'Legal',
      lv: 'Juridiskie dokumenti',
      ru: 'Юридические документы',
      de: 'Legal',
    })
    expect(collection(config, options.slugs.policies).admin?.group).toEqual(group)
  })

  it('leave a host without an i18n config with Payload’s defaults plus the plugin’s namespace', () => {
    const bare = install().config.i18n
    expect(bare?.supportedLanguages).toBeUndefined()
    expect(Object.keys(bare?.translations ?? {}).sort()).toEqual(['en', 'lv', 'ru'])
  })
})
