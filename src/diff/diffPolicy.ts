import { displayNormalize } from '../plaintext/displayText.js'
import { serializeBlocks } from '../plaintext/serialize.js'
import { alignSections } from './align.js'
import { diffBodies } from './textDiff.js'
import { countWords } from './tokenize.js'
import {
  DIFF_LEVELS,
  type Change,
  type DiffInputSection,
  type DiffLevel,
  type DiffOptions,
  type DiffStats,
  type PolicyDiff,
  type SectionDiff,
} from './types.js'

/**
 * Default edit-length bound of every jsdiff call, in tokens. This is the bound that normally
 * decides when a level gives up: it caps jsdiff's O((N+M)·D) work and, unlike a clock, gives the
 * same result on a busy machine as on an idle one, so a diff (and its cache entry) is reproducible.
 */
export const DEFAULT_MAX_EDIT_LENGTH = 4000

/**
 * Default time one section's diff may take, in milliseconds: a safety net behind the edit-length
 * bound, generous enough that load on the machine does not change results.
 */
export const DEFAULT_SECTION_TIMEOUT_MS = 1000

/** Default time the whole policy's diff may take, in milliseconds (the never-hang guarantee). */
export const DEFAULT_BUDGET_MS = 4000

const coarser = (a: DiffLevel, b: DiffLevel): DiffLevel =>
  DIFF_LEVELS.indexOf(a) >= DIFF_LEVELS.indexOf(b) ? a : b

function whole(type: Change['type'], text: string): Change[] {
  return text ? [{ type, text }] : []
}

function emptyStats(): DiffStats {
  return {
    sectionsAdded: 0,
    sectionsRemoved: 0,
    sectionsChanged: 0,
    sectionsUnchanged: 0,
    sectionsMoved: 0,
    wordsInserted: 0,
    wordsDeleted: 0,
  }
}

function tally(stats: DiffStats, section: SectionDiff): void {
  if (section.status === 'added') stats.sectionsAdded++
  else if (section.status === 'removed') stats.sectionsRemoved++
  else if (section.status === 'changed') stats.sectionsChanged++
  else stats.sectionsUnchanged++
  if (section.moved) stats.sectionsMoved++
  // Invisible differences of an unchanged or moved section are no words a reader could find.
  if (section.status === 'unchanged' || section.status === 'moved') return
  for (const change of section.changes) {
    if (change.type === 'insert') stats.wordsInserted += countWords(change.text)
    else if (change.type === 'delete') stats.wordsDeleted += countWords(change.text)
  }
}

/**
 * Compares two versions of a policy section by section. Sections are aligned by key, then by
 * heading or body similarity; a matched section is `changed` only if its heading or body differs
 * as a reader sees it (under `displayNormalize`: whitespace kinds and runs, Unicode NFC), else
 * `unchanged`, or `moved` when its relative order changed (with `movedFrom`, which a changed
 * section that moved carries too); identical bodies are skipped by string equality; edited bodies are diffed
 * word by word inside each paragraph and bullet, falling back to sentences, lines or the whole
 * section when jsdiff gives up within the time and edit limits of `options`, so the call always
 * returns promptly.
 *
 * For every section, the `equal` + `delete` texts rebuild `serializeBlocks` of the old blocks
 * (empty for an added section) and `equal` + `insert` the new ones (empty for a removed one).
 */
export function diffPolicy(
  before: readonly DiffInputSection[],
  after: readonly DiffInputSection[],
  options: DiffOptions = {},
): PolicyDiff {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SECTION_TIMEOUT_MS
  const budgetDeadline = Date.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS)
  const beforeTexts = before.map((section) => serializeBlocks(section.blocks))
  const afterTexts = after.map((section) => serializeBlocks(section.blocks))
  const rows = alignSections(
    before.map((section, i) => ({
      key: section.key,
      heading: section.heading,
      text: beforeTexts[i],
    })),
    after.map((section, i) => ({
      key: section.key,
      heading: section.heading,
      text: afterTexts[i],
    })),
  )

  const stats = emptyStats()
  let level: DiffLevel = 'word'
  const sections = rows.map((row): SectionDiff => {
    const old = row.before === null ? null : before[row.before]
    const next = row.after === null ? null : after[row.after]
    const base = {
      moved: row.moved,
      ...(row.moved && row.before !== null ? { movedFrom: row.before + 1 } : {}),
      headingBefore: old?.heading ?? null,
      headingAfter: next?.heading ?? null,
      numberBefore: row.before === null ? null : row.before + 1,
      numberAfter: row.after === null ? null : row.after + 1,
    }
    let section: SectionDiff
    if (row.before === null || !old) {
      const text = row.after === null ? '' : afterTexts[row.after]
      section = {
        key: next?.key ?? '',
        status: 'added',
        ...base,
        level: 'word',
        changes: whole('insert', text),
      }
    } else if (row.after === null || !next) {
      const text = beforeTexts[row.before]
      section = {
        key: old.key,
        status: 'removed',
        ...base,
        level: 'word',
        changes: whole('delete', text),
      }
    } else {
      const body = diffBodies(
        old.blocks,
        next.blocks,
        beforeTexts[row.before],
        afterTexts[row.after],
        {
          start: Date.now(),
          timeoutMs,
          budgetDeadline,
          maxEditLength: options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH,
        },
      )
      const identical =
        beforeTexts[row.before] === afterTexts[row.after] && old.heading === next.heading
      const looksSame =
        identical ||
        (displayNormalize(beforeTexts[row.before]) === displayNormalize(afterTexts[row.after]) &&
          displayNormalize(old.heading) === displayNormalize(next.heading))
      const status = !looksSame ? 'changed' : row.moved ? 'moved' : 'unchanged'
      section = {
        key: next.key,
        status,
        ...base,
        ...(looksSame && !identical ? { note: 'invisible-changes' as const } : {}),
        ...body,
      }
      level = coarser(level, body.level)
    }
    tally(stats, section)
    return section
  })
  return { stats, level, sections }
}
