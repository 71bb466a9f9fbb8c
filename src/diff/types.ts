import type { Block } from '../plaintext/types.js'

/** One section of a policy version as the diff engine sees it: plain data, no CMS types. */
export interface DiffInputSection {
  /** Stable identity across versions; a renumbered section keeps its key. */
  key: string
  /** The heading without its number. */
  heading: string
  blocks: Block[]
}

export type ChangeType = 'equal' | 'insert' | 'delete'

/** A run of body text that is common to both versions, only in the new one, or only in the old. */
export interface Change {
  type: ChangeType
  text: string
}

/** The granularity a section's changes were computed at; coarser levels are fallbacks. */
export type DiffLevel = 'word' | 'sentence' | 'line' | 'section'

/** Finest first: a level's index grows with its coarseness. */
export const DIFF_LEVELS: readonly DiffLevel[] = ['word', 'sentence', 'line', 'section']

/**
 * `moved`: the text is unchanged (as a reader sees it) but the section's order relative to the
 * other matched sections changed. A changed section that also moved stays `changed` and carries
 * `movedFrom`.
 */
export type SectionStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'moved'

/**
 * Why a section whose stored text differs is reported `unchanged` (or `moved`): its only
 * differences are invisible (whitespace kinds and runs, Unicode composition; see
 * `displayNormalize`). Its `changes` still rebuild both exact texts.
 */
export type SectionNote = 'invisible-changes'

/**
 * How one section differs between two versions. Concatenating the `equal` and `delete` texts of
 * `changes` gives the old body (`serializeBlocks`), `equal` and `insert` texts give the new one.
 */
export interface SectionDiff {
  /** The new version's key for matched and added sections, the old one's for removed sections. */
  key: string
  status: SectionStatus
  /** A matched section whose order relative to the other matched sections changed. */
  moved: boolean
  /** For a moved section (status `moved`, or `changed` and moved): its 1-based old position. */
  movedFrom?: number
  /** Set when the text differs only invisibly, so the section is not reported `changed`. */
  note?: SectionNote
  /** `null` for an added section. */
  headingBefore: string | null
  /** `null` for a removed section. */
  headingAfter: string | null
  /** 1-based position in the old version; `null` for an added section. */
  numberBefore: number | null
  /** 1-based position in the new version; `null` for a removed section. */
  numberAfter: number | null
  /** Added, removed and unchanged sections are exact by construction and report `'word'`. */
  level: DiffLevel
  changes: Change[]
}

export interface DiffStats {
  sectionsAdded: number
  sectionsRemoved: number
  sectionsChanged: number
  /** Matched sections whose text is unchanged as a reader sees it, moved or not. */
  sectionsUnchanged: number
  /** Matched sections (changed or not) whose relative order changed. */
  sectionsMoved: number
  /** Words in inserted body text (headings are not counted). */
  wordsInserted: number
  /** Words in deleted body text (headings are not counted). */
  wordsDeleted: number
}

export interface PolicyDiff {
  stats: DiffStats
  /** The coarsest level any section was diffed at; `'word'` when no section needed a fallback. */
  level: DiffLevel
  /** The new version's order, each removed section right after the section that preceded it. */
  sections: SectionDiff[]
}

export interface DiffOptions {
  /**
   * Time one section's diff may take, in milliseconds (default 250). The word level gets half of
   * it, the sentence level up to 80 %, the line level the rest; then the section level, which
   * cannot fail, is used.
   */
  timeoutMs?: number
  /** Passed to every jsdiff call: a diff needing more token edits falls back to a coarser level. */
  maxEditLength?: number
  /**
   * Time the whole policy may take, in milliseconds (default 1500). Once spent, the remaining
   * changed sections go straight to the section level, so a huge rewrite stays responsive.
   */
  budgetMs?: number
}
