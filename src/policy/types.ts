import type { LexicalState } from '../richtext/types.js'

export type ChangeType = 'material' | 'editorial'

export const CHANGE_TYPES: readonly ChangeType[] = ['material', 'editorial']

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
}
