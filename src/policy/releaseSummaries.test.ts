import { describe, expect, it } from 'vitest'

import { releaseSummaries } from './releaseSummaries.js'

const locales = ['lv', 'en', 'ru']

describe('release summaries of a new version', () => {
  it('keeps a translation’s summary written for this release', () => {
    const result = releaseSummaries({
      locales,
      sourceLocale: 'lv',
      drafted: { lv: 'Termiņš 3 gadi.', en: 'Retention is now 3 years.', ru: 'Срок 3 года.' },
      previous: { lv: 'Pirmā versija.', en: 'First version.', ru: 'Первая версия.' },
    })
    expect(result.summary).toEqual({
      lv: 'Termiņš 3 gadi.',
      en: 'Retention is now 3 years.',
      ru: 'Срок 3 года.',
    })
    expect(result.summaryLocales).toEqual({ lv: 'lv', en: 'en', ru: 'ru' })
  })

  it('never gives a translation the previous version’s summary: the source’s, labelled, instead', () => {
    const result = releaseSummaries({
      locales,
      sourceLocale: 'lv',
      drafted: { lv: 'Termiņš 3 gadi.', en: 'First version.', ru: '' },
      previous: { lv: 'Pirmā versija.', en: 'First version.', ru: 'Первая версия.' },
    })
    expect(result.summary).toEqual({
      lv: 'Termiņš 3 gadi.',
      en: 'Termiņš 3 gadi.',
      ru: 'Termiņš 3 gadi.',
    })
    expect(result.summaryLocales).toEqual({ lv: 'lv', en: 'lv', ru: 'lv' })
  })

  it('takes every written summary of the first version as it is', () => {
    const result = releaseSummaries({
      locales: ['lv', 'en'],
      sourceLocale: 'lv',
      drafted: { lv: 'Pirmā versija.', en: 'First version.' },
      previous: null,
    })
    expect(result.summaryLocales).toEqual({ lv: 'lv', en: 'en' })
  })
})
