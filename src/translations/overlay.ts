/**
 * The whole document a save will leave behind, in every locale: the stored draft with the data
 * being saved in one locale laid over it. Pure; rows are matched the way Payload merges them.
 */
import type { LexicalState } from '../richtext/types.js'
import type { TranslatableSection, TranslatablePolicy } from './staleness.js'
import { matchRow, type SectionRowInLocale } from './stamp.js'

/** The part of a save's `data` (one locale) that translation tracking looks at. */
export interface PolicyDataInLocale {
  title?: string | null
  sections?: SectionRowInLocale[] | null
}

function setLocale<T>(
  values: Record<string, T | null | undefined> | null | undefined,
  locale: string,
  value: T | null | undefined,
): Record<string, T | null | undefined> {
  return { ...(values ?? {}), [locale]: value }
}

/**
 * Lays `data` (saved in `locale`) over `stored` (read with `locale: 'all'`). When `data` has
 * sections, they decide the rows and their order; every other locale's text comes from the stored
 * row with the same id (or key), as Payload keeps it.
 */
export function overlayLocale(
  stored: TranslatablePolicy,
  data: PolicyDataInLocale,
  locale: string,
): TranslatablePolicy {
  const title =
    data.title === undefined ? stored.title : setLocale(stored.title, locale, data.title)
  if (!Array.isArray(data.sections)) return { title, sections: stored.sections }
  const storedRows = stored.sections ?? []
  const sections = data.sections.map((row): TranslatableSection => {
    const base = matchRow(row, storedRows) ?? {}
    return {
      id: row.id ?? base.id,
      key: row.key ?? base.key,
      heading:
        row.heading === undefined ? base.heading : setLocale(base.heading, locale, row.heading),
      body:
        row.body === undefined ? base.body : setLocale<LexicalState>(base.body, locale, row.body),
      translatedFrom:
        row.translatedFrom === undefined
          ? base.translatedFrom
          : setLocale(base.translatedFrom, locale, row.translatedFrom),
    }
  })
  return { title, sections }
}
