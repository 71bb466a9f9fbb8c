import type { TFunction } from 'i18next'

import { getT } from '../../i18n/index.js'
import { FALLBACK_LANGUAGE } from '../../i18n/resources.js'
import type { LocaleTranslationReport } from '../../translations/staleness.js'
import type { TranslationReport } from '../../translations/operations.js'
import type { PolicyStrings } from '../../types.js'

/** One translation locale's line in the panel, with the sections an editor has to look at. */
export interface LocaleStatusLine {
  locale: string
  state: LocaleTranslationReport['state']
  text: string
  sections: string[]
}

/** Everything the admin's translation panel shows, as strings in the admin user's language. */
export interface TranslationStatusView {
  title: string
  lead: string
  allCurrent: string | null
  lines: LocaleStatusLine[]
  hints: string[]
}

/**
 * The panel's strings in the admin user's language; one without strings (or no language, outside
 * a request) reads English, as Payload's own admin strings do.
 */
export function translationStatusT(
  language: string | undefined,
  strings: PolicyStrings,
): TFunction {
  return getT(language ?? FALLBACK_LANGUAGE, 'translationStatus', strings)
}

function localeLines(report: LocaleTranslationReport, t: TFunction): LocaleStatusLine {
  const locale = report.locale
  const section = (ref: { number: number; heading: string }) =>
    t('section', { number: ref.number, heading: ref.heading })
  if (report.state === 'current') {
    return { locale, state: report.state, text: t('localeCurrent', { locale }), sections: [] }
  }
  const parts: string[] = []
  if (report.stale.length) parts.push(t('localeOutdated', { locale, count: report.stale.length }))
  if (report.missing.length)
    parts.push(t('localeMissing', { locale, count: report.missing.length }))
  if (!report.hasTitle) parts.push(t('localeNoTitle', { locale }))
  return {
    locale,
    state: report.state,
    text: parts.join('; '),
    sections: [...report.stale, ...report.missing].sort((a, b) => a.number - b.number).map(section),
  }
}

/** The edit view's panel: one line per translation locale, naming its out-of-date sections. */
export function translationStatusView(
  report: TranslationReport,
  language: string | undefined,
  strings: PolicyStrings,
): TranslationStatusView {
  const t = translationStatusT(language, strings)
  const source = report.sourceLocale
  const lines = report.locales.map((locale) => localeLines(locale, t))
  const outdated = report.locales.some((locale) => locale.state !== 'current')
  return {
    title: t('title'),
    lead: t('lead', { source }),
    allCurrent: outdated ? null : t('allCurrent', { source }),
    lines,
    hints: outdated ? [t('hintOutdated', { source }), t('hintPublish')] : [],
  }
}

/** The list view's cell: `en: §3, §5` per locale not up to date, or "up to date". */
export function translationStatusCell(
  report: TranslationReport,
  language: string | undefined,
  strings: PolicyStrings,
): string[] {
  const t = translationStatusT(language, strings)
  const lines = report.locales
    .filter((locale) => locale.state !== 'current')
    .map((locale) =>
      locale.state === 'incomplete'
        ? t('cellMissing', { locale: locale.locale })
        : t('cellOutdated', {
            locale: locale.locale,
            sections: locale.stale.map((section) => section.number).join(', §'),
          }),
    )
  return lines.length ? lines : [t('cellCurrent')]
}

/** What "Translation reviewed" would do in one translation locale, in the admin's language. */
export interface ReviewedSectionsView {
  /** "Saving with this ticked marks N sections of the en text current:", or "nothing to review". */
  lead: string
  /** The sections it marks current, as `5. HEADING` (empty: nothing to review). */
  sections: string[]
}

/**
 * The sections a save with "Translation reviewed" ticked in `locale` marks current: that locale's
 * out-of-date ones (a missing translation cannot be reviewed into existence).
 */
export function reviewedSectionsView(
  report: TranslationReport,
  locale: string,
  language: string | undefined,
  strings: PolicyStrings,
): ReviewedSectionsView {
  const t = translationStatusT(language, strings)
  const stale = report.locales.find((entry) => entry.locale === locale)?.stale ?? []
  if (!stale.length) return { lead: t('reviewedNothing', { locale }), sections: [] }
  return {
    lead: t('reviewedMarks', { locale, count: stale.length }),
    sections: stale.map((ref) => t('section', { number: ref.number, heading: ref.heading })),
  }
}
