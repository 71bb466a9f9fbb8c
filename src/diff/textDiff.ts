import type { Block } from '../plaintext/types.js'
import { BLOCK_SEPARATOR } from '../plaintext/serialize.js'
import { ChangeList, rebuildText } from './changes.js'
import { diffTokens, type DiffLimits } from './tokenDiff.js'
import type { Change, DiffLevel } from './types.js'
import { alignUnits, unitsOf, type TextUnit, type UnitOp } from './units.js'

/** The changes of one section body and the level they were computed at. */
export interface BodyDiff {
  level: DiffLevel
  changes: Change[]
}

/** The time and edit limits of one section's diff. */
export interface BodyDiffLimits {
  /** Epoch milliseconds the section's diff started at. */
  start: number
  /** Milliseconds the section may take; see {@link LEVEL_TIME_SHARES}. */
  timeoutMs: number
  /** Epoch milliseconds by which the whole policy must be done; caps every level's deadline. */
  budgetDeadline: number
  maxEditLength?: number
}

/**
 * The fraction of a section's time after which each level gives up, cumulative: the word level
 * gets the first half, so a level that timed out still leaves the coarser, cheaper ones time.
 */
export const LEVEL_TIME_SHARES = { word: 0.5, sentence: 0.8, line: 1 } as const

type TimedLevel = keyof typeof LEVEL_TIME_SHARES

function levelLimits(level: TimedLevel, limits: BodyDiffLimits): DiffLimits {
  const deadline = Math.min(
    limits.start + limits.timeoutMs * LEVEL_TIME_SHARES[level],
    limits.budgetDeadline,
  )
  return { deadline, maxEditLength: limits.maxEditLength }
}

/**
 * Builds a body's changes from a unit alignment. Each unit but the first carries the blank line
 * before it, so an added bullet is one insert of `"\n\n- item"` and a removed one one delete;
 * a separator that only one side has is inserted or deleted with it.
 */
function assemble(
  ops: readonly UnitOp[],
  before: readonly TextUnit[],
  after: readonly TextUnit[],
  diffPair: (before: string, after: string) => Change[] | undefined,
): Change[] | undefined {
  const out = new ChangeList()
  let hadBefore = false
  let hadAfter = false
  for (const op of ops) {
    const beforeSeparator = op.type !== 'insert' && hadBefore ? BLOCK_SEPARATOR : ''
    const afterSeparator = op.type !== 'delete' && hadAfter ? BLOCK_SEPARATOR : ''
    if (op.type === 'delete') {
      out.push('delete', beforeSeparator + before[op.before].text)
    } else if (op.type === 'insert') {
      out.push('insert', afterSeparator + after[op.after].text)
    } else {
      if (beforeSeparator && afterSeparator) out.push('equal', BLOCK_SEPARATOR)
      else {
        out.push('delete', beforeSeparator)
        out.push('insert', afterSeparator)
      }
      if (op.type === 'equal') out.push('equal', after[op.after].text)
      else {
        const changes = diffPair(before[op.before].text, after[op.after].text)
        if (!changes) return undefined
        out.pushAll(changes)
      }
    }
    hadBefore ||= op.type !== 'insert'
    hadAfter ||= op.type !== 'delete'
  }
  return out.changes
}

function diffAtUnitLevel(
  level: 'word' | 'sentence',
  before: readonly Block[],
  after: readonly Block[],
  limits: BodyDiffLimits,
): Change[] | undefined {
  const bounds = levelLimits(level, limits)
  const oldUnits = unitsOf(before)
  const newUnits = unitsOf(after)
  const ops = alignUnits(oldUnits, newUnits, bounds)
  if (!ops) return undefined
  return assemble(ops, oldUnits, newUnits, (a, b) => diffTokens(a, b, level, bounds))
}

/** The last resort, which cannot fail: all of the old text deleted, all of the new inserted. */
export function replaceWhole(before: string, after: string): Change[] {
  const out = new ChangeList()
  out.push('delete', before)
  out.push('insert', after)
  return out.changes
}

const describes = (changes: readonly Change[], before: string, after: string): boolean =>
  rebuildText(changes, 'before') === before && rebuildText(changes, 'after') === after

/**
 * Diffs two section bodies, word by word inside paragraphs and bullets that were edited. When
 * jsdiff gives up (time or `maxEditLength`), the section is diffed again at the next coarser
 * level: sentences inside edited units, then lines of the whole body, then the whole body
 * replaced. `beforeText`/`afterText` are `serializeBlocks` of the blocks, which callers already
 * have for the equality check.
 */
export function diffBodies(
  before: readonly Block[],
  after: readonly Block[],
  beforeText: string,
  afterText: string,
  limits: BodyDiffLimits,
): BodyDiff {
  if (beforeText === afterText) {
    return { level: 'word', changes: beforeText ? [{ type: 'equal', text: beforeText }] : [] }
  }
  const attempts: Array<[DiffLevel, () => Change[] | undefined]> = [
    ['word', () => diffAtUnitLevel('word', before, after, limits)],
    ['sentence', () => diffAtUnitLevel('sentence', before, after, limits)],
    ['line', () => diffTokens(beforeText, afterText, 'line', levelLimits('line', limits))],
  ]
  for (const [level, attempt] of attempts) {
    const changes = attempt()
    // The check is cheap next to the diff and turns any tokenizer surprise into a fallback
    // instead of a diff that misquotes the legal text.
    if (changes && describes(changes, beforeText, afterText)) return { level, changes }
  }
  return { level: 'section', changes: replaceWhole(beforeText, afterText) }
}
