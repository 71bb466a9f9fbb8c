import { describe, expect, it } from 'vitest'

import { releaseSummaries } from './releaseSummaries.js'

const locales = ['lv', 'en', 'ru']
const v1 = {
  number: 1,
  summary: { lv: 'Pirmā versija.', en: 'First version.', ru: 'Первая версия.' },
}
const v2 = {
  number: 2,
  summary: { lv: 'Termiņš 3 gadi.', en: 'Termiņš 3 gadi.', ru: 'Срок 3 года.' },
}

describe('release summaries of a new version', () => {
  it('keeps every summary written for this release', () => {
    const result = releaseSummaries({
      locales,
      sourceLocale: 'lv',
      drafted: { lv: 'Termiņš 3 gadi.', en: 'Retention is now 3 years.', ru: 'Срок 3 года.' },
      earlier: [v1],
    })
    expect(result).toEqual({
      ok: true,
      summary: { lv: 'Termiņš 3 gadi.', en: 'Retention is now 3 years.', ru: 'Срок 3 года.' },
      summaryLocales: { lv: 'lv', en: 'en', ru: 'ru' },
      borrowed: [],
    })
  })

  it('never gives a translation an earlier version’s summary: the source’s, labelled, instead', () => {
    const result = releaseSummaries({
      locales,
      sourceLocale: 'lv',
      // en still holds version 1's text, ru version 2's (not the previous one's, an earlier one's).
      drafted: { lv: 'Labota drukas kļūda.', en: 'First version.', ru: 'Срок 3 года.' },
      earlier: [v1, v2],
    })
    expect(result).toMatchObject({
      ok: true,
      summary: {
        lv: 'Labota drukas kļūda.',
        en: 'Labota drukas kļūda.',
        ru: 'Labota drukas kļūda.',
      },
      summaryLocales: { lv: 'lv', en: 'lv', ru: 'lv' },
      borrowed: ['en', 'ru'],
    })
  })

  it('refuses a release without a source summary, naming the locales still missing one', () => {
    const result = releaseSummaries({
      locales,
      sourceLocale: 'lv',
      drafted: { lv: ' ', en: 'Retention is now 3 years.' },
      earlier: [v1],
    })
    expect(result).toEqual({ ok: false, reason: 'missing', locale: 'lv', missing: ['lv', 'ru'] })
  })

  it('refuses a source summary some earlier version already carried, naming that version', () => {
    const result = releaseSummaries({
      locales,
      sourceLocale: 'lv',
      drafted: { lv: 'Pirmā versija.' },
      earlier: [v1, v2],
    })
    expect(result).toMatchObject({ ok: false, reason: 'stale', version: 1 })
  })

  it('takes a translation-only release’s summary from the corrected locale when the source has none', () => {
    const result = releaseSummaries({
      locales,
      sourceLocale: 'lv',
      drafted: { lv: 'Termiņš 3 gadi.', en: 'Section 5 of the English text corrected.', ru: '' },
      earlier: [v1, v2],
      corrected: ['en'],
    })
    expect(result).toMatchObject({
      ok: true,
      summary: {
        lv: 'Section 5 of the English text corrected.',
        ru: 'Section 5 of the English text corrected.',
      },
      summaryLocales: { lv: 'en', en: 'en', ru: 'en' },
    })
  })

  it('takes every written summary of the first version as it is', () => {
    const result = releaseSummaries({
      locales: ['lv', 'en'],
      sourceLocale: 'lv',
      drafted: { lv: 'Pirmā versija.', en: 'First version.' },
      earlier: [],
    })
    expect(result).toMatchObject({ ok: true, summaryLocales: { lv: 'lv', en: 'en' } })
  })
})
