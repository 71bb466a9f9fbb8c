/**
 * Recording what a translation was made from. Pure: the publish hook gives it the rows being saved
 * in a translation locale, the same rows before the save, and the source text.
 */
import type { LexicalState } from '../richtext/types.js'
import { hasSectionText, sectionPlainText, sectionSourceHash } from './sourceHash.js'
import type { TranslatableSection } from './staleness.js'

/** A section row in one locale, as a save submits it (or as it was before the save). */
export interface SectionRowInLocale {
  id?: string | null
  key?: string | null
  heading?: string | null
  body?: LexicalState | null
  translatedFrom?: string | null
}

/**
 * The row of `rows` that is the same section as `row`: same array row id, else same section key.
 * Ids come first because a section saved for the first time may not have its key yet.
 */
export function matchRow<T extends { id?: string | null; key?: string | null }>(
  row: { id?: string | null; key?: string | null },
  rows: readonly T[],
): T | undefined {
  return (
    (row.id ? rows.find((candidate) => candidate.id === row.id) : undefined) ??
    (row.key ? rows.find((candidate) => candidate.key === row.key) : undefined)
  )
}

export interface StampArgs<T extends SectionRowInLocale> {
  /** The rows being saved, in the translation locale. */
  rows: readonly T[]
  /** The same document's rows before the save, in the translation locale. */
  previous: readonly SectionRowInLocale[]
  /** The document's rows with every locale (for the source text as it is now). */
  source: readonly TranslatableSection[]
  sourceLocale: string
  /** The editor confirmed the whole translation still says what the source says now. */
  reviewed: boolean
}

/**
 * Sets `translatedFrom` on every row saved in a translation locale. A section whose words changed
 * (or that is new) is now a translation of the source as it is now; so is every section when the
 * editor marks the translation reviewed. An untouched section keeps what it was translated from,
 * whatever the client sent: only an edit or a review may claim a translation is current.
 */
export function stampTranslatedFrom<T extends SectionRowInLocale>(
  args: StampArgs<T>,
): Array<T & { translatedFrom: string | null }> {
  const { rows, previous, source, sourceLocale, reviewed } = args
  return rows.map((row) => {
    const before = matchRow(row, previous)
    const kept = before?.translatedFrom ?? null
    // A partial row (neither heading nor body sent) does not change the text.
    if (row.heading === undefined && row.body === undefined) return { ...row, translatedFrom: kept }
    if (!hasSectionText(row.heading, row.body)) return { ...row, translatedFrom: null }
    const sourceRow = matchRow(row, source)
    const now = sourceRow
      ? sectionSourceHash(sourceRow.heading?.[sourceLocale], sourceRow.body?.[sourceLocale])
      : null
    const edited =
      !before ||
      sectionPlainText(before.heading, before.body) !== sectionPlainText(row.heading, row.body)
    return { ...row, translatedFrom: reviewed || edited ? now : kept }
  })
}
