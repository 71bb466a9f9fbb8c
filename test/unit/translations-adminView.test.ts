import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { TranslationStatusPanel } from '../../src/admin/translations/TranslationStatusPanel.js'
import {
  translationStatusCell as statusCell,
  translationStatusView as statusView,
} from '../../src/admin/translations/view.js'
import { resources } from '../../src/i18n/resources.js'
import type { TranslationReport } from '../../src/translations/operations.js'
import type { LocaleTranslationReport } from '../../src/translations/staleness.js'

/** The panel and the column with the shipped strings, as a host without `strings` has them. */
const translationStatusView = (report: TranslationReport, language: string) =>
  statusView(report, language, resources)
const translationStatusCell = (report: TranslationReport, language: string) =>
  statusCell(report, language, resources)

const ref = (number: number) => ({ key: `s${number}`, number, heading: `SADAĻA ${number}` })

function reportWith(...locales: LocaleTranslationReport[]): TranslationReport {
  return { policyId: 1, slug: 'privacy-policy', sourceLocale: 'lv', locales }
}

function stale(locale: string, numbers: number[]): LocaleTranslationReport {
  return { locale, state: 'outdated', stale: numbers.map(ref), missing: [], hasTitle: true }
}

const current = (locale: string): LocaleTranslationReport => ({
  locale,
  state: 'current',
  stale: [],
  missing: [],
  hasTitle: true,
})

describe('the admin translation panel', () => {
  it('lists the out-of-date sections of each locale with their source headings', () => {
    const view = translationStatusView(reportWith(stale('en', [3, 5]), current('ru')), 'en')
    expect(view.allCurrent).toBeNull()
    expect(view.lines).toEqual([
      {
        locale: 'en',
        state: 'outdated',
        text: 'en: 2 sections out of date',
        sections: ['3. SADAĻA 3', '5. SADAĻA 5'],
      },
      { locale: 'ru', state: 'current', text: 'ru: up to date', sections: [] },
    ])
    expect(view.hints).toHaveLength(2)
  })

  it('says so when every translation is current', () => {
    const view = translationStatusView(reportWith(current('en'), current('ru')), 'lv')
    expect(view.allCurrent).toBe('Visi tulkojumi atbilst pašreizējam tekstam valodā "lv".')
    expect(view.hints).toEqual([])
  })

  it.each([
    ['en', 1, 'en: 1 section out of date'],
    ['en', 2, 'en: 2 sections out of date'],
    ['lv', 1, 'en: 1 sadaļa novecojusi'],
    ['lv', 2, 'en: 2 sadaļas novecojušas'],
    ['lv', 21, 'en: 21 sadaļa novecojusi'],
    ['ru', 1, 'en: 1 раздел устарел'],
    ['ru', 2, 'en: 2 раздела устарели'],
    ['ru', 5, 'en: 5 разделов устарели'],
    ['ru', 21, 'en: 21 раздел устарел'],
  ])('counts sections in the admin language (%s, %i)', (language, count, text) => {
    const numbers = Array.from({ length: count }, (_, index) => index + 1)
    expect(translationStatusView(reportWith(stale('en', numbers)), language).lines[0].text).toBe(
      text,
    )
  })

  it('falls back to English for an admin language the module does not speak', () => {
    expect(translationStatusView(reportWith(current('en')), 'de').title).toBe('Translations')
  })

  it('renders every line and section as markup', () => {
    const view = translationStatusView(reportWith(stale('en', [5]), stale('ru', [5])), 'en')
    const html = renderToStaticMarkup(createElement(TranslationStatusPanel, { view }))
    expect(html).toContain('data-locale="en" data-state="outdated"')
    expect(html).toContain('5. SADAĻA 5')
    expect(html.match(/<li/g)).toHaveLength(4)
  })
})

describe('the admin list column', () => {
  it('names the stale sections per locale', () => {
    expect(translationStatusCell(reportWith(stale('en', [3, 5]), stale('ru', [5])), 'en')).toEqual([
      'en: §3, §5',
      'ru: §5',
    ])
  })

  it('reads "up to date" when nothing is stale', () => {
    expect(translationStatusCell(reportWith(current('en'), current('ru')), 'ru')).toEqual([
      'Актуальны',
    ])
  })

  it('calls an incomplete translation incomplete', () => {
    const incomplete: LocaleTranslationReport = {
      locale: 'en',
      state: 'incomplete',
      stale: [],
      missing: [ref(10)],
      hasTitle: true,
    }
    expect(translationStatusCell(reportWith(incomplete), 'lv')).toEqual(['en: nepilnīgs'])
  })
})
