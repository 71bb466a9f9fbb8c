import { diceSimilarity, normalizeHeading, wordBag } from './similarity.js'

/** What section alignment looks at: identity, heading and body text. */
export interface AlignableSection {
  key: string
  heading: string
  /** The body as plain text, for body similarity. */
  text: string
}

/**
 * A row of the aligned output: a matched pair, an added section (`before: null`) or a removed
 * one (`after: null`). Indexes are 0-based positions in the inputs.
 */
export interface SectionMatch {
  before: number | null
  after: number | null
  /** A matched section whose order relative to the other matched sections changed. */
  moved: boolean
}

/**
 * Dice similarity over heading words at or above which two sections whose keys differ are taken
 * for the same section: most of the heading's words survive a rewording.
 */
export const HEADING_MATCH_THRESHOLD = 0.6

/**
 * Dice similarity over body words at or above which two sections whose keys and headings differ
 * are still the same section: a renamed heading over a largely kept body.
 */
export const BODY_MATCH_THRESHOLD = 0.8

/**
 * Weighted similarity (`0.3 · heading + 0.7 · body`, Dice over words) at or above which two
 * sections whose keys differ are the same section; the import's `SECTION_MATCH_THRESHOLD` uses
 * the same rule, so the diff pairs what the import would have kept together.
 */
export const SIMILARITY_MATCH_THRESHOLD = 0.5
export const HEADING_WEIGHT = 0.3
export const BODY_WEIGHT = 0.7

const sameText = (a: string, b: string) =>
  a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim()

/** Above this many candidate pairs, body similarity is skipped to keep alignment linear-ish. */
const MAX_BODY_COMPARISONS = 10_000

interface Candidate {
  before: number
  after: number
  score: number
  distance: number
}

function matchByKey(
  before: readonly AlignableSection[],
  after: readonly AlignableSection[],
  afterToBefore: Array<number | null>,
  matchedBefore: boolean[],
): void {
  const byKey = new Map<string, number[]>()
  before.forEach((section, index) => {
    const list = byKey.get(section.key)
    if (list) list.push(index)
    else byKey.set(section.key, [index])
  })
  after.forEach((section, index) => {
    const candidate = byKey.get(section.key)?.shift()
    if (candidate === undefined) return
    afterToBefore[index] = candidate
    matchedBefore[candidate] = true
  })
}

/**
 * Pairs the sections left unmatched by key on heading and body similarity (≥
 * {@link SIMILARITY_MATCH_THRESHOLD}); when there are too many pairs to compare bodies, on the
 * heading alone (a normalized heading equal, or word overlap ≥ {@link HEADING_MATCH_THRESHOLD}),
 * as for two sections without body text (an unfinished draft).
 * Best scores are taken first; among equal scores, the pair whose relative positions are closest.
 */
function matchBySimilarity(
  before: readonly AlignableSection[],
  after: readonly AlignableSection[],
  afterToBefore: Array<number | null>,
  matchedBefore: boolean[],
): void {
  const freeBefore = before.map((_, i) => i).filter((i) => !matchedBefore[i])
  const freeAfter = after.map((_, i) => i).filter((i) => afterToBefore[i] === null)
  if (!freeBefore.length || !freeAfter.length) return
  const compareBodies = freeBefore.length * freeAfter.length <= MAX_BODY_COMPARISONS
  const heads = (sections: readonly AlignableSection[], indexes: number[]) =>
    new Map(indexes.map((i) => [i, normalizeHeading(sections[i].heading)]))
  const headsBefore = heads(before, freeBefore)
  const headsAfter = heads(after, freeAfter)
  const bags = (
    sections: readonly AlignableSection[],
    indexes: number[],
    key: 'heading' | 'text',
  ) =>
    new Map(
      indexes.map((i) => [i, wordBag(key === 'heading' ? sections[i].heading : sections[i].text)]),
    )
  const headBagsBefore = bags(before, freeBefore, 'heading')
  const headBagsAfter = bags(after, freeAfter, 'heading')
  const bodyBagsBefore = compareBodies ? bags(before, freeBefore, 'text') : undefined
  const bodyBagsAfter = compareBodies ? bags(after, freeAfter, 'text') : undefined

  const candidates: Candidate[] = []
  for (const b of freeBefore) {
    for (const a of freeAfter) {
      const headB = headsBefore.get(b) ?? ''
      const headA = headsAfter.get(a) ?? ''
      const headingScore =
        headB && headB === headA
          ? 1
          : diceSimilarity(headBagsBefore.get(b) ?? new Map(), headBagsAfter.get(a) ?? new Map())
      const bodyScore =
        bodyBagsBefore && bodyBagsAfter
          ? diceSimilarity(bodyBagsBefore.get(b) ?? new Map(), bodyBagsAfter.get(a) ?? new Map())
          : 0
      // Sections whose keys differ were told apart by the import (identity by content), so a
      // similar heading alone is not enough: "Retention of personal data" is not "Sharing of
      // Personal Data". With bodies compared, heading and body weigh in as in `matchSections`.
      let score = 0
      const bodiless = !before[b].text.trim() && !after[a].text.trim()
      if (bodyBagsBefore && bodyBagsAfter && !bodiless) {
        const body = sameText(before[b].text, after[a].text) ? 1 : bodyScore
        const combined = HEADING_WEIGHT * headingScore + BODY_WEIGHT * body
        if (combined >= SIMILARITY_MATCH_THRESHOLD) score = combined
      } else if (headingScore >= HEADING_MATCH_THRESHOLD) score = headingScore
      if (!score) continue
      const distance = Math.abs(b / before.length - a / after.length)
      candidates.push({ before: b, after: a, score, distance })
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.distance - y.distance || x.after - y.after)
  for (const candidate of candidates) {
    if (matchedBefore[candidate.before] || afterToBefore[candidate.after] !== null) continue
    afterToBefore[candidate.after] = candidate.before
    matchedBefore[candidate.before] = true
  }
}

/** Indexes (into `values`) of one longest strictly increasing subsequence, in O(n log n). */
export function longestIncreasingSubsequence(values: readonly number[]): Set<number> {
  const tails: number[] = []
  const previous = new Array<number>(values.length).fill(-1)
  values.forEach((value, index) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (values[tails[mid]] < value) low = mid + 1
      else high = mid
    }
    if (low > 0) previous[index] = tails[low - 1]
    tails[low] = index
  })
  const kept = new Set<number>()
  for (let index = tails[tails.length - 1] ?? -1; index !== -1; index = previous[index]) {
    kept.add(index)
  }
  return kept
}

/**
 * Aligns the sections of two versions: by stable key first, then by heading or body similarity;
 * what is left is added or removed. Matched sections outside a longest run that keeps their old
 * order are `moved`. The result is in the new version's order, each removed section placed right
 * after the matched section that preceded it in the old version (first when none did).
 */
export function alignSections(
  before: readonly AlignableSection[],
  after: readonly AlignableSection[],
): SectionMatch[] {
  const afterToBefore: Array<number | null> = after.map(() => null)
  const matchedBefore: boolean[] = before.map(() => false)
  matchByKey(before, after, afterToBefore, matchedBefore)
  matchBySimilarity(before, after, afterToBefore, matchedBefore)

  const matchedAfter = after.map((_, i) => i).filter((i) => afterToBefore[i] !== null)
  const inOrder = longestIncreasingSubsequence(matchedAfter.map((i) => afterToBefore[i] ?? -1))
  const moved = new Set(matchedAfter.filter((_, position) => !inOrder.has(position)))

  const beforeToAfter = new Map<number, number>()
  afterToBefore.forEach((b, a) => {
    if (b !== null) beforeToAfter.set(b, a)
  })
  // Removed sections keyed by the new index of the matched section that preceded them (-1: none).
  const removedAfter = new Map<number, number[]>()
  let anchor = -1
  before.forEach((_, b) => {
    const a = beforeToAfter.get(b)
    if (a !== undefined) anchor = a
    else {
      const list = removedAfter.get(anchor)
      if (list) list.push(b)
      else removedAfter.set(anchor, [b])
    }
  })

  const rows: SectionMatch[] = []
  const pushRemoved = (a: number) => {
    for (const b of removedAfter.get(a) ?? []) rows.push({ before: b, after: null, moved: false })
  }
  pushRemoved(-1)
  after.forEach((_, a) => {
    const b = afterToBefore[a]
    rows.push({ before: b, after: a, moved: moved.has(a) })
    pushRemoved(a)
  })
  return rows
}
