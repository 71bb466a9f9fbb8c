import { describe, expect, it } from 'vitest'

import { SHIPPED_LANGUAGES } from '../i18n/resources.js'
import { DIFF_MESSAGES, diffT } from './testing/diffT.js'

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

const read = (locale: string): Record<string, string> => DIFF_MESSAGES[locale]

const baseKeys = (messages: Record<string, string>) =>
  [...new Set(Object.keys(messages).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort()

describe('diff translations', () => {
  const english = read('en')

  it.each(SHIPPED_LANGUAGES)('%s has the same keys as English', (locale) => {
    expect(baseKeys(read(locale))).toEqual(baseKeys(english))
  })

  it.each(SHIPPED_LANGUAGES)(
    '%s has every plural form its language uses and no other',
    (locale) => {
      const messages = read(locale)
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
      const plurals = baseKeys(english).filter((key) => `${key}_other` in english)
      for (const key of plurals) {
        const forms = Object.keys(messages)
          .filter((k) => k.replace(PLURAL_SUFFIX, '') === key && PLURAL_SUFFIX.test(k))
          .map((k) => k.slice(key.length + 1))
        expect(forms.sort(), `${locale} ${key}`).toEqual([...categories].sort())
      }
    },
  )

  it.each(SHIPPED_LANGUAGES)('%s has no empty values', (locale) => {
    for (const [key, value] of Object.entries(read(locale))) {
      expect(value.trim(), `${locale} ${key}`).not.toBe('')
    }
  })

  it.each(SHIPPED_LANGUAGES)('%s keeps the interpolation placeholders of English', (locale) => {
    const messages = read(locale)
    // A date may be asked for in the case its sentence needs ({{dateGenitive}}, see i18n/dates.ts).
    const placeholders = (text: string) =>
      [...text.matchAll(/{{(\w+)}}/g)]
        .map((m) => m[1].replace(/^date(Genitive|Locative)$/, 'date'))
        .sort()
    for (const [key, value] of Object.entries(messages)) {
      const reference = english[key] ?? english[`${key.replace(PLURAL_SUFFIX, '')}_other`]
      expect(placeholders(value), `${locale} ${key}`).toEqual(placeholders(reference))
    }
  })
})

describe('diff plural forms through the project’s i18next instance', () => {
  it.each([
    ['en', 1, '1 section changed', '1 word inserted'],
    ['en', 2, '2 sections changed', '2 words inserted'],
    ['en', 5, '5 sections changed', '5 words inserted'],
    ['en', 21, '21 sections changed', '21 words inserted'],
    ['lv', 1, '1 sadaļa mainīta', '1 vārds pievienots'],
    ['lv', 2, '2 sadaļas mainītas', '2 vārdi pievienoti'],
    ['lv', 5, '5 sadaļas mainītas', '5 vārdi pievienoti'],
    ['lv', 21, '21 sadaļa mainīta', '21 vārds pievienots'],
    ['lv', 10, '10 sadaļas mainītas', '10 vārdi pievienoti'],
    ['ru', 1, '1 раздел изменён', '1 слово добавлено'],
    ['ru', 2, '2 раздела изменены', '2 слова добавлены'],
    ['ru', 5, '5 разделов изменено', '5 слов добавлено'],
    ['ru', 21, '21 раздел изменён', '21 слово добавлено'],
  ] as const)('%s with count %i', (locale, count, sections, words) => {
    const t = diffT(locale)
    expect(t('sectionsChanged', { count })).toBe(sections)
    expect(t('wordsInserted', { count })).toBe(words)
  })
})
