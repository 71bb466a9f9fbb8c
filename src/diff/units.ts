import type { Block } from '../plaintext/types.js'
import { BULLET_PREFIX } from '../plaintext/serialize.js'
import { diceSimilarity, wordBag, type WordBag } from './similarity.js'
import { boundedDiffArrays, type DiffLimits } from './tokenDiff.js'

/**
 * A paragraph or one bullet (`- item`) of a section body: the pieces `serializeBlocks` joins
 * with a blank line, and the pieces a word diff must not match across.
 */
export interface TextUnit {
  kind: 'paragraph' | 'item'
  text: string
}

/** The units of a body; joined with `BLOCK_SEPARATOR` they are exactly `serializeBlocks(blocks)`. */
export function unitsOf(blocks: readonly Block[]): TextUnit[] {
  const units: TextUnit[] = []
  for (const block of blocks) {
    if (block.type === 'paragraph') units.push({ kind: 'paragraph', text: block.text })
    // An empty list still serializes to an empty string between two separators.
    else if (!block.items.length) units.push({ kind: 'paragraph', text: '' })
    else for (const item of block.items) units.push({ kind: 'item', text: BULLET_PREFIX + item })
  }
  return units
}

/** One step of a unit alignment; indexes point into the old (`before`) and new (`after`) units. */
export type UnitOp =
  | { type: 'equal'; before: number; after: number }
  | { type: 'modify'; before: number; after: number }
  | { type: 'delete'; before: number }
  | { type: 'insert'; after: number }

/**
 * How similar (Dice over words, see {@link diceSimilarity}) a deleted and an inserted unit must be
 * to be shown as one edited unit rather than a removed one and an added one: at least half of
 * their words in common.
 */
export const UNIT_PAIRING_THRESHOLD = 0.5

/** Above this many deleted × inserted units the optimal pairing gives way to pairing by position. */
const MAX_PAIRING_CELLS = 10_000

/** Length of the common prefix plus the common suffix of two strings, not overlapping. */
function sharedEnds(a: string, b: string): number {
  const max = Math.min(a.length, b.length)
  let prefix = 0
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (
    suffix < max - prefix &&
    a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)
  ) {
    suffix++
  }
  return prefix + suffix
}

/** Scores pairs of units, computing word bags only for units that need them. */
class UnitSimilarity {
  private readonly bags = new Map<TextUnit, WordBag>()

  private bag(unit: TextUnit): WordBag {
    let bag = this.bags.get(unit)
    if (!bag) {
      bag = wordBag(unit.text)
      this.bags.set(unit, bag)
    }
    return bag
  }

  /**
   * The pair's similarity when it reaches {@link UNIT_PAIRING_THRESHOLD}, else 0. An edit inside
   * a unit leaves a long common start and end, whose share of the text is then taken as the
   * score: it is what a word-level Dice would say, and costs no tokenizing.
   */
  score(a: TextUnit, b: TextUnit): number {
    if (a.kind !== b.kind) return 0
    const ends = (2 * sharedEnds(a.text, b.text)) / (a.text.length + b.text.length || 1)
    if (ends >= UNIT_PAIRING_THRESHOLD) return ends
    const dice = diceSimilarity(this.bag(a), this.bag(b))
    return dice >= UNIT_PAIRING_THRESHOLD ? dice : 0
  }
}

/**
 * Pairs deleted with inserted units, keeping their order, so that the total similarity of the
 * pairs is the highest possible (a weighted longest common subsequence). Returns pairs of
 * positions in `deleted` and `inserted`.
 */
function pairUnits(deleted: TextUnit[], inserted: TextUnit[]): Array<[number, number]> {
  const n = deleted.length
  const m = inserted.length
  if (!n || !m) return []
  const similarity = new UnitSimilarity()
  if (n * m > MAX_PAIRING_CELLS) {
    const pairs: Array<[number, number]> = []
    for (let k = 0; k < Math.min(n, m); k++) {
      if (similarity.score(deleted[k], inserted[k])) pairs.push([k, k])
    }
    return pairs
  }
  const sim = deleted.map((unit) => inserted.map((other) => similarity.score(unit, other)))
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const paired = sim[i - 1][j - 1] ? best[i - 1][j - 1] + sim[i - 1][j - 1] : 0
      best[i][j] = Math.max(best[i - 1][j], best[i][j - 1], paired)
    }
  }
  const pairs: Array<[number, number]> = []
  for (let i = n, j = m; i > 0 && j > 0;) {
    if (best[i][j] === best[i - 1][j]) i--
    else if (best[i][j] === best[i][j - 1]) j--
    else {
      pairs.push([i - 1, j - 1])
      i--
      j--
    }
  }
  return pairs.reverse()
}

function emitRegion(
  ops: UnitOp[],
  deletedFrom: number,
  deletedCount: number,
  insertedFrom: number,
  insertedCount: number,
  before: readonly TextUnit[],
  after: readonly TextUnit[],
): void {
  const deleted = before.slice(deletedFrom, deletedFrom + deletedCount)
  const inserted = after.slice(insertedFrom, insertedFrom + insertedCount)
  let d = 0
  let i = 0
  // The closing sentinel pair flushes the units after the last real pair; it pairs nothing.
  for (const [pd, pi] of [...pairUnits(deleted, inserted), [deletedCount, insertedCount]]) {
    for (; d < pd; d++) ops.push({ type: 'delete', before: deletedFrom + d })
    for (; i < pi; i++) ops.push({ type: 'insert', after: insertedFrom + i })
    if (pd < deletedCount) {
      ops.push({ type: 'modify', before: deletedFrom + pd, after: insertedFrom + pi })
      d++
      i++
    }
  }
}

/**
 * Aligns the units of two bodies: equal units by string equality (jsdiff's `diffArrays`), then,
 * between two equal runs, similar deleted and inserted units paired up as modified. `undefined`
 * when jsdiff gave up within `limits`.
 */
export function alignUnits(
  before: readonly TextUnit[],
  after: readonly TextUnit[],
  limits: DiffLimits,
): UnitOp[] | undefined {
  const result = boundedDiffArrays(
    before.map((unit) => unit.text),
    after.map((unit) => unit.text),
    limits,
  )
  if (!result) return undefined
  const ops: UnitOp[] = []
  let oldPos = 0
  let newPos = 0
  let deletedFrom = 0
  let deletedCount = 0
  let insertedFrom = 0
  let insertedCount = 0
  const flush = () => {
    emitRegion(ops, deletedFrom, deletedCount, insertedFrom, insertedCount, before, after)
    deletedCount = 0
    insertedCount = 0
  }
  for (const part of result) {
    if (part.removed) {
      if (!deletedCount) deletedFrom = oldPos
      deletedCount += part.count
      oldPos += part.count
    } else if (part.added) {
      if (!insertedCount) insertedFrom = newPos
      insertedCount += part.count
      newPos += part.count
    } else {
      flush()
      for (let k = 0; k < part.count; k++) {
        ops.push({ type: 'equal', before: oldPos + k, after: newPos + k })
      }
      oldPos += part.count
      newPos += part.count
    }
  }
  flush()
  return ops
}
