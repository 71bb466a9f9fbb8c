import { describe, expect, it } from 'vitest'

import { blocksToLexical } from '../../src/richtext/fromBlocks.js'
import { overlayLocale } from '../../src/translations/overlay.js'
import { sectionSourceHash } from '../../src/translations/sourceHash.js'
import {
  describeOutOfDate,
  localeTranslationReport,
  translationReports,
  type TranslatablePolicy,
  type TranslatableSection,
} from '../../src/translations/staleness.js'
import { stampTranslatedFrom, type SectionRowInLocale } from '../../src/translations/stamp.js'

const body = (...paragraphs: string[]) =>
  blocksToLexical(paragraphs.map((text) => ({ type: 'paragraph' as const, text })))

type Texts = Record<string, [heading: string, text: string]>

/** A section with text per locale, each translation made from the source text as given. */
function section(
  key: string,
  texts: Texts,
  translatedFrom: Record<string, string | null> = {},
): TranslatableSection {
  return {
    id: `row-${key}`,
    key,
    heading: Object.fromEntries(
      Object.entries(texts).map(([locale, [heading]]) => [locale, heading]),
    ),
    body: Object.fromEntries(
      Object.entries(texts).map(([locale, [, text]]) => [locale, body(text)]),
    ),
    translatedFrom,
  }
}

const hashOf = (heading: string, text: string) => sectionSourceHash(heading, body(text))

/** Three sections translated into en and ru from the source text as it is. */
function translatedPolicy(): TranslatablePolicy {
  const lv: Array<[string, string]> = [
    ['IEVADS', 'Mēs aizsargājam datus.'],
    ['DATI', 'Mēs glabājam 5 gadus.'],
    ['TIESĪBAS', 'Jums ir tiesības.'],
  ]
  const en: Array<[string, string]> = [
    ['INTRODUCTION', 'We protect data.'],
    ['DATA', 'We keep it 5 years.'],
    ['RIGHTS', 'You have rights.'],
  ]
  const ru: Array<[string, string]> = [
    ['ВВЕДЕНИЕ', 'Мы защищаем данные.'],
    ['ДАННЫЕ', 'Храним 5 лет.'],
    ['ПРАВА', 'У вас есть права.'],
  ]
  return {
    title: { lv: 'Politika', en: 'Policy', ru: 'Политика' },
    sections: lv.map((source, index) => {
      const from = hashOf(...source)
      return section(
        `s${index + 1}`,
        { lv: source, en: en[index], ru: ru[index] },
        { en: from, ru: from },
      )
    }),
  }
}

function withSourceText(
  policy: TranslatablePolicy,
  index: number,
  text: string,
): TranslatablePolicy {
  const sections = (policy.sections ?? []).map((row, i) =>
    i === index ? { ...row, body: { ...row.body, lv: body(text) } } : row,
  )
  return { ...policy, sections }
}

describe('stale translations', () => {
  it('reports every translation current when each was made from the source as it is', () => {
    const reports = translationReports(translatedPolicy(), ['lv', 'en', 'ru'], 'lv')
    expect(reports.map((report) => [report.locale, report.state])).toEqual([
      ['en', 'current'],
      ['ru', 'current'],
    ])
    expect(reports.every((report) => !report.stale.length && !report.missing.length)).toBe(true)
  })

  it('marks exactly the changed source section stale in every translation', () => {
    const policy = withSourceText(translatedPolicy(), 1, 'Mēs glabājam 3 gadus.')
    const reports = translationReports(policy, ['lv', 'en', 'ru'], 'lv')
    for (const report of reports) {
      expect(report.state).toBe('outdated')
      expect(report.stale).toEqual([{ key: 's2', number: 2, heading: 'DATI' }])
      expect(report.missing).toEqual([])
    }
  })

  it('treats a source heading change as a change of the section', () => {
    const policy = translatedPolicy()
    const sections = (policy.sections ?? []).map((row, i) =>
      i === 2 ? { ...row, heading: { ...row.heading, lv: 'JŪSU TIESĪBAS' } } : row,
    )
    const report = localeTranslationReport({ ...policy, sections }, 'en', 'lv')
    expect(report.stale.map((ref) => ref.number)).toEqual([3])
  })

  it('ignores formatting-only and whitespace-only differences in the source', () => {
    const policy = translatedPolicy()
    const sections = (policy.sections ?? []).map((row, i) =>
      i === 0 ? { ...row, heading: { ...row.heading, lv: '  IEVADS ' } } : row,
    )
    expect(localeTranslationReport({ ...policy, sections }, 'en', 'lv').state).toBe('current')
  })

  it('becomes current again when the source change is undone', () => {
    const changed = withSourceText(translatedPolicy(), 1, 'Mēs glabājam 3 gadus.')
    const undone = withSourceText(changed, 1, 'Mēs glabājam 5 gadus.')
    expect(localeTranslationReport(undone, 'ru', 'lv').state).toBe('current')
  })

  it('calls a translation incomplete when a new source section has no translation yet', () => {
    const policy = translatedPolicy()
    const added = section('s4', { lv: ['KONTAKTI', 'Rakstiet mums.'] })
    const report = localeTranslationReport(
      { ...policy, sections: [...(policy.sections ?? []), added] },
      'en',
      'lv',
    )
    expect(report.state).toBe('incomplete')
    expect(report.missing).toEqual([{ key: 's4', number: 4, heading: 'KONTAKTI' }])
  })

  it('counts a translation with no record of its source as stale, never as current', () => {
    const policy = translatedPolicy()
    const sections = (policy.sections ?? []).map((row) => ({
      ...row,
      translatedFrom: { ru: null },
    }))
    const report = localeTranslationReport({ ...policy, sections }, 'ru', 'lv')
    expect(report.state).toBe('outdated')
    expect(report.stale).toHaveLength(3)
  })

  it('names stale and missing sections per locale for messages', () => {
    const policy = withSourceText(translatedPolicy(), 2, 'Jums ir visas tiesības.')
    const added = section('s4', { lv: ['KONTAKTI', 'Rakstiet mums.'] })
    const reports = translationReports(
      { ...policy, sections: [...(policy.sections ?? []), added] },
      ['lv', 'en', 'ru'],
      'lv',
    )
    expect(describeOutOfDate(reports)).toBe('en: §3, §4; ru: §3, §4')
  })
})

describe('recording what a translation was made from', () => {
  const stored = () => withSourceText(translatedPolicy(), 1, 'Mēs glabājam 3 gadus.')
  const rowsIn = (policy: TranslatablePolicy, locale: string): SectionRowInLocale[] =>
    (policy.sections ?? []).map((row) => ({
      id: row.id,
      key: row.key,
      heading: row.heading?.[locale],
      body: row.body?.[locale],
      translatedFrom: row.translatedFrom?.[locale],
    }))

  it('stamps an edited section with the source as it is now and keeps the others', () => {
    const policy = stored()
    const previous = rowsIn(policy, 'en')
    const rows = previous.map((row, i) =>
      i === 1 ? { ...row, body: body('We keep it 3 years.') } : row,
    )
    const stamped = stampTranslatedFrom({
      rows,
      previous,
      source: policy.sections ?? [],
      sourceLocale: 'lv',
      reviewed: false,
    })
    expect(stamped[1].translatedFrom).toBe(hashOf('DATI', 'Mēs glabājam 3 gadus.'))
    expect(stamped[0].translatedFrom).toBe(previous[0].translatedFrom)
    expect(stamped[2].translatedFrom).toBe(previous[2].translatedFrom)
    const after = overlayLocale(policy, { sections: stamped }, 'en')
    expect(localeTranslationReport(after, 'en', 'lv').state).toBe('current')
    expect(localeTranslationReport(after, 'ru', 'lv').stale.map((ref) => ref.number)).toEqual([2])
  })

  it('marks every section current when the editor reviews the translation unchanged', () => {
    const policy = stored()
    const previous = rowsIn(policy, 'ru')
    const stamped = stampTranslatedFrom({
      rows: previous,
      previous,
      source: policy.sections ?? [],
      sourceLocale: 'lv',
      reviewed: true,
    })
    const after = overlayLocale(policy, { sections: stamped }, 'ru')
    expect(localeTranslationReport(after, 'ru', 'lv').state).toBe('current')
  })

  it('does not let a client claim an unedited section is current', () => {
    const policy = stored()
    const previous = rowsIn(policy, 'en')
    const claimed = previous.map((row) => ({ ...row, translatedFrom: 'forged' }))
    const stamped = stampTranslatedFrom({
      rows: claimed,
      previous,
      source: policy.sections ?? [],
      sourceLocale: 'lv',
      reviewed: false,
    })
    expect(stamped.map((row) => row.translatedFrom)).toEqual(
      previous.map((row) => row.translatedFrom),
    )
  })

  it('treats a translation saved for the first time as made from the current source', () => {
    const policy = stored()
    const sections = (policy.sections ?? []).map((row) => ({
      ...row,
      heading: { lv: row.heading?.lv },
      body: { lv: row.body?.lv },
      translatedFrom: {},
    }))
    const empty = { ...policy, sections }
    const rows = rowsIn(policy, 'en')
    const stamped = stampTranslatedFrom({
      rows,
      previous: rowsIn(empty, 'en'),
      source: sections,
      sourceLocale: 'lv',
      reviewed: false,
    })
    const after = overlayLocale(empty, { sections: stamped }, 'en')
    expect(localeTranslationReport({ ...after, title: policy.title }, 'en', 'lv').state).toBe(
      'current',
    )
  })
})
