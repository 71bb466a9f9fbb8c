import type { LexicalState } from '../richtext/types'

export type ChangeType = 'material' | 'editorial'

export const CHANGE_TYPES: readonly ChangeType[] = ['material', 'editorial']

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
  number: number
  publishedAt: string
  effectiveAt: string
  changeType: ChangeType
  /** "What changed", per locale. */
  summary: Record<string, string>
  locales: string[]
  contentHashes: Record<string, string>
}
