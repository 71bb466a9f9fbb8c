import type { LexicalState } from '../richtext/types.js'

export type ChangeType = 'material' | 'editorial'

export const CHANGE_TYPES: readonly ChangeType[] = ['material', 'editorial']

/**
 * What a version changed in one locale's text. A release whose source text is identical to the
 * previous version's (a translation-only release) changes only the locales whose text it corrects:
 * they get the release's change type, every other locale `none`.
 */
export type LocaleChangeType = ChangeType | 'none'

/**
 * Whether a locale's text in a version says what the source text of that version says: `outdated`
 * when it was translated from an earlier source text and not yet updated.
 */
export type TranslationStatus = 'current' | 'outdated'

/** One section of a frozen version in one locale: its stable key, heading and Lexical body. */
export interface SnapshotSection {
  key: string
  heading: string
  body: LexicalState
}

/** A frozen locale of a version: exactly the text that was published and hashed. */
export interface SnapshotLocale {
  title: string
  sections: SnapshotSection[]
}

/** Every locale's text of a version, keyed by locale code. */
export type VersionSnapshot = Record<string, SnapshotLocale>

/** What the read path needs to know about a published version, without its text. */
export interface VersionMeta {
  id: string | number
  /** The policy document this version was published from. */
  policyId: string | number
  number: number
  publishedAt: string
  effectiveAt: string
  changeType: ChangeType
  /** "What changed", per locale. */
  summary: Record<string, string>
  locales: string[]
  contentHashes: Record<string, string>
  /** Per locale: whether its text is current with the source (the source is always current). */
  translationStatus: Record<string, TranslationStatus>
  /** Per locale: what this version changed there (see `changeTypeIn` for versions without it). */
  changeTypes: Record<string, LocaleChangeType>
  /** Per locale: the language `summary` is written in (the source's where none was written). */
  summaryLocales: Record<string, string>
  /** When an announced version was withdrawn before it came into force; null otherwise. */
  withdrawnAt: string | null
}
