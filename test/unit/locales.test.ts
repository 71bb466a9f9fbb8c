import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { SHIPPED_ADMIN_STRINGS } from '../../src/admin/i18n/index.js'
import { FALLBACK_LANGUAGE, SHIPPED_LANGUAGES, resources } from '../../src/i18n/resources.js'
import { appPath } from '../../dev/paths.js'

const REFERENCE = FALLBACK_LANGUAGE
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

type Messages = Record<string, string>

/** i18next keys of a translation file, nested objects flattened with `.` as i18next reads them. */
function flatten(value: unknown, prefix = '', into: Messages = {}): Messages {
  if (typeof value === 'string') {
    into[prefix] = value
    return into
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    into[prefix] = String(value)
    return into
  }
  for (const [key, child] of Object.entries(value))
    flatten(child, prefix ? `${prefix}.${key}` : key, into)
  return into
}

const namespacesOn = (locale: string): string[] =>
  readdirSync(appPath('locales', locale))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort()

const readFile = (locale: string, namespace: string): unknown =>
  JSON.parse(readFileSync(appPath('locales', locale, `${namespace}.json`), 'utf8'))

const messages = (locale: string, namespace: string): Messages =>
  flatten(readFile(locale, namespace))

const baseKey = (key: string): string => key.replace(PLURAL_SUFFIX, '')

const baseKeys = (entries: Messages): string[] =>
  [...new Set(Object.keys(entries).map(baseKey))].sort()

const NAMESPACES = namespacesOn(REFERENCE)
const FILES = SHIPPED_LANGUAGES.flatMap((locale) =>
  NAMESPACES.map((namespace) => [locale, namespace] as const),
)

describe('translation files', () => {
  it('exist for at least one namespace', () => {
    expect(NAMESPACES.length).toBeGreaterThan(0)
  })

  it('are shipped in lv, en and ru', () => {
    expect([...SHIPPED_LANGUAGES].sort()).toEqual(['en', 'lv', 'ru'])
  })

  it.each(SHIPPED_LANGUAGES)('%s has a file for every English namespace and no other', (locale) => {
    expect(namespacesOn(locale)).toEqual(NAMESPACES)
  })

  it.each(FILES)('%s/%s has the key set of English', (locale, namespace) => {
    expect(baseKeys(messages(locale, namespace))).toEqual(baseKeys(messages(REFERENCE, namespace)))
  })

  it.each(FILES)(
    '%s/%s has every plural form its language needs and no other',
    (locale, namespace) => {
      const entries = messages(locale, namespace)
      const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort()
      const pluralKeys = new Set(
        [...Object.keys(messages(REFERENCE, namespace)), ...Object.keys(entries)]
          .filter((key) => PLURAL_SUFFIX.test(key))
          .map(baseKey),
      )
      for (const key of pluralKeys) {
        const forms = Object.keys(entries)
          .filter((candidate) => PLURAL_SUFFIX.test(candidate) && baseKey(candidate) === key)
          .map((candidate) => candidate.slice(key.length + 1))
          .sort()
        expect(forms, `${locale}/${namespace}: ${key}`).toEqual(categories)
      }
    },
  )

  it.each(FILES)('%s/%s has no empty values', (locale, namespace) => {
    for (const [key, value] of Object.entries(messages(locale, namespace))) {
      expect(value.trim(), `${locale}/${namespace}: ${key}`).not.toBe('')
    }
  })
})

describe('translation resources', () => {
  const registered = resources as Record<string, Record<string, unknown>>

  it('registers exactly the languages that have a folder under locales/', () => {
    const folders = readdirSync(appPath('locales'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
    expect(Object.keys(registered).sort()).toEqual(folders)
  })

  it.each(SHIPPED_LANGUAGES)(
    'registers every %s file under its namespace, and nothing else',
    (locale) => {
      expect(Object.keys(registered[locale] ?? {}).sort()).toEqual(namespacesOn(locale))
      for (const namespace of namespacesOn(locale)) {
        expect(registered[locale][namespace], `${locale}/${namespace}`).toEqual(
          readFile(locale, namespace),
        )
      }
    },
  )
})

describe('admin strings', () => {
  const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()
  const english: Record<string, string> = SHIPPED_ADMIN_STRINGS[REFERENCE]
  const ADMIN_LANGUAGES = Object.keys(SHIPPED_ADMIN_STRINGS)

  it('are shipped in the languages of the customer-facing strings', () => {
    expect([...ADMIN_LANGUAGES].sort()).toEqual([...SHIPPED_LANGUAGES].sort())
  })

  it.each(ADMIN_LANGUAGES)('%s has the key set of English', (language) => {
    expect(Object.keys(SHIPPED_ADMIN_STRINGS[language]).sort()).toEqual(Object.keys(english).sort())
  })

  it.each(ADMIN_LANGUAGES)('%s has no empty values', (language) => {
    for (const [key, value] of Object.entries(SHIPPED_ADMIN_STRINGS[language])) {
      expect(value.trim(), `${language}: ${key}`).not.toBe('')
    }
  })

  it.each(ADMIN_LANGUAGES)('%s keeps the interpolation placeholders of English', (language) => {
    for (const [key, value] of Object.entries(SHIPPED_ADMIN_STRINGS[language])) {
      expect(placeholders(value), `${language}: ${key}`).toEqual(placeholders(english[key]))
    }
  })
})
