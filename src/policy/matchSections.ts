/**
 * Section identity by content: which section of an incoming text is which section of the current
 * draft. Pure: plain data in, plain data out, no Payload.
 *
 * Keys name clauses (a storefront links to `#cookies`), so identity must follow the clause, not
 * its number: inserting, removing or moving a section renumbers the others but must not hand their
 * keys to different text.
 */
import { diceSimilarity, normalizeHeading, wordBag, type WordBag } from '../diff/similarity.js'
import { longestIncreasingSubsequence } from '../diff/align.js'
import { displayNormalize } from '../plaintext/displayText.js'

/** A section as the matcher compares it: heading (without its number) and body as plain text. */
export interface MatchableSection {
  heading: string
  text: string
}

/** A section of the current draft: it has a key the matched incoming section inherits. */
export interface KeyedSection extends MatchableSection {
  key: string
}

/**
 * Similarity, from 0 to 1, at or above which an incoming section that is not an exact copy is
 * taken for a draft section: `0.3 · heading Dice + 0.7 · body Dice` over lower-cased words. So a
 * section keeping its heading needs about 29 % of its body's words, a renamed section (no heading
 * word in common) about 71 %; unrelated sections of one policy share common words ("we", "your",
 * "data") but stay well below.
 */
export const SECTION_MATCH_THRESHOLD = 0.5

/**
 * Share of the smaller section's body words, at or above which a lone unmatched section that sits
 * where a lone unmatched draft section sat (between the same matched neighbours) is that section
 * rewritten: Buffer's "Cookie Statement" (323 words) became "Use of Cookies and Similar
 * Technology" (1,035 words) in the same place, keeping 79 % of its words.
 */
export const IN_PLACE_CONTAINMENT_THRESHOLD = 0.5

const HEADING_WEIGHT = 0.3
const BODY_WEIGHT = 0.7

export interface SectionMatchSummary {
  /** Incoming sections no draft section matched: they get new keys. */
  added: Array<{ number: number; heading: string }>
  /** Draft sections no incoming section matched: they are removed. */
  removed: Array<{ key: string; number: number; heading: string }>
  /** Matched sections whose order relative to the other matched sections changed. */
  moved: Array<{ key: string; from: number; to: number; heading: string }>
  /** Matched sections whose heading changed (beyond case, punctuation and numbering). */
  renamed: Array<{ key: string; number: number; headingBefore: string; headingAfter: string }>
  /** Matched sections whose body text changed. */
  changed: Array<{ key: string; number: number; heading: string }>
  /** Matched sections whose heading and body are unchanged. */
  unchanged: number
}

export interface SectionMatching {
  /** For each incoming section (by position), the index of the draft section it is, or null. */
  matches: Array<number | null>
  summary: SectionMatchSummary
}

interface Prepared {
  heading: string
  body: string
  headingBag: WordBag
  bodyBag: WordBag
}

function prepare(section: MatchableSection): Prepared {
  return {
    heading: normalizeHeading(section.heading),
    body: displayNormalize(section.text),
    headingBag: wordBag(section.heading),
    bodyBag: wordBag(section.text),
  }
}

/** Two bodies without words (both empty) are alike; one empty and one not share nothing. */
function bodySimilarity(a: Prepared, b: Prepared): number {
  if (a.body === b.body) return 1
  return diceSimilarity(a.bodyBag, b.bodyBag)
}

function headingSimilarity(a: Prepared, b: Prepared): number {
  if (a.heading === b.heading) return 1
  return diceSimilarity(a.headingBag, b.headingBag)
}

/** The similarity {@link SECTION_MATCH_THRESHOLD} is compared with. */
export function sectionSimilarity(a: MatchableSection, b: MatchableSection): number {
  const x = prepare(a)
  const y = prepare(b)
  return HEADING_WEIGHT * headingSimilarity(x, y) + BODY_WEIGHT * bodySimilarity(x, y)
}

/**
 * Matches each incoming section to at most one draft section:
 * 1. exact copies (same heading and body under {@link displayNormalize}), in order;
 * 2. then, among the rest, the most similar pairs at or above {@link SECTION_MATCH_THRESHOLD},
 *    best first; among equal scores the pair whose relative positions are closest, so repeated
 *    look-alike sections pair in their order.
 * Numbers play no part: renumbering alone changes no match.
 */
export function matchSections(
  draft: readonly KeyedSection[],
  incoming: readonly MatchableSection[],
): SectionMatching {
  const before = draft.map(prepare)
  const after = incoming.map(prepare)
  const matches: Array<number | null> = incoming.map(() => null)
  const taken = draft.map(() => false)

  const exact = new Map<string, number[]>()
  before.forEach((section, index) => {
    const id = `${section.heading}\u0000${section.body}`
    const list = exact.get(id)
    if (list) list.push(index)
    else exact.set(id, [index])
  })
  after.forEach((section, index) => {
    const candidate = exact.get(`${section.heading}\u0000${section.body}`)?.shift()
    if (candidate === undefined) return
    matches[index] = candidate
    taken[candidate] = true
  })

  const candidates: Array<{ b: number; a: number; score: number; distance: number }> = []
  after.forEach((next, a) => {
    if (matches[a] !== null) return
    before.forEach((old, b) => {
      if (taken[b]) return
      const score =
        HEADING_WEIGHT * headingSimilarity(old, next) + BODY_WEIGHT * bodySimilarity(old, next)
      if (score < SECTION_MATCH_THRESHOLD) return
      const distance = Math.abs(b / Math.max(1, before.length) - a / Math.max(1, after.length))
      candidates.push({ b, a, score, distance })
    })
  })
  candidates.sort((x, y) => y.score - x.score || x.distance - y.distance || x.a - y.a)
  for (const { a, b } of candidates) {
    if (taken[b] || matches[a] !== null) continue
    matches[a] = b
    taken[b] = true
  }

  matchInPlace(before, after, matches, taken)
  return { matches, summary: summarize(draft, incoming, before, after, matches, taken) }
}

/** Common words over the smaller bag's size: how much of the shorter body the longer one keeps. */
function containment(a: WordBag, b: WordBag): number {
  let sizeA = 0
  let sizeB = 0
  for (const count of a.values()) sizeA += count
  for (const count of b.values()) sizeB += count
  if (!sizeA || !sizeB) return 0
  const dice = diceSimilarity(a, b)
  // Dice = 2·common / (|a| + |b|), so common follows from it without a second pass.
  return (dice * (sizeA + sizeB)) / 2 / Math.min(sizeA, sizeB)
}

/**
 * The rewrite-in-place pass: between two consecutive matched sections (in the same order in both
 * texts), exactly one unmatched incoming and one unmatched draft section are the same clause
 * rewritten when the shorter body's words are mostly in the longer one.
 */
function matchInPlace(
  before: readonly Prepared[],
  after: readonly Prepared[],
  matches: Array<number | null>,
  taken: boolean[],
): void {
  const anchors = [-1, ...after.map((_, a) => a).filter((a) => matches[a] !== null), after.length]
  for (let i = 0; i + 1 < anchors.length; i++) {
    const [from, to] = [anchors[i], anchors[i + 1]]
    const oldFrom = from === -1 ? -1 : (matches[from] ?? -1)
    const oldTo = to === after.length ? before.length : (matches[to] ?? before.length)
    if (to - from !== 2 || oldTo <= oldFrom) continue
    const gap = before.map((_, b) => b).filter((b) => b > oldFrom && b < oldTo && !taken[b])
    if (gap.length !== 1 || oldTo - oldFrom - 1 !== 1) continue
    const [a, b] = [from + 1, gap[0]]
    if (containment(before[b].bodyBag, after[a].bodyBag) < IN_PLACE_CONTAINMENT_THRESHOLD) continue
    matches[a] = b
    taken[b] = true
  }
}

function summarize(
  draft: readonly KeyedSection[],
  incoming: readonly MatchableSection[],
  before: readonly Prepared[],
  after: readonly Prepared[],
  matches: ReadonlyArray<number | null>,
  taken: readonly boolean[],
): SectionMatchSummary {
  const summary = emptyMatchSummary()
  const matchedAfter = incoming.map((_, a) => a).filter((a) => matches[a] !== null)
  const inOrder = longestIncreasingSubsequence(matchedAfter.map((a) => matches[a] ?? -1))
  const moved = new Set(matchedAfter.filter((_, position) => !inOrder.has(position)))
  incoming.forEach((section, a) => {
    const b = matches[a]
    if (b === null) {
      summary.added.push({ number: a + 1, heading: section.heading })
      return
    }
    const { key } = draft[b]
    const renamed = before[b].heading !== after[a].heading
    const changed = before[b].body !== after[a].body
    if (moved.has(a)) {
      summary.moved.push({ key, from: b + 1, to: a + 1, heading: section.heading })
    }
    if (renamed) {
      summary.renamed.push({
        key,
        number: a + 1,
        headingBefore: draft[b].heading,
        headingAfter: section.heading,
      })
    }
    if (changed) summary.changed.push({ key, number: a + 1, heading: section.heading })
    if (!renamed && !changed) summary.unchanged++
  })
  draft.forEach((section, b) => {
    if (!taken[b])
      summary.removed.push({ key: section.key, number: b + 1, heading: section.heading })
  })
  return summary
}

/** The summary as lines an editor reads before publishing; empty when nothing but text changed. */
export function describeSectionMatching(summary: SectionMatchSummary): string[] {
  const lines: string[] = []
  for (const s of summary.added) lines.push(`new: §${s.number} "${s.heading}"`)
  for (const s of summary.removed) lines.push(`removed: §${s.number} "${s.heading}" (${s.key})`)
  for (const s of summary.moved) {
    lines.push(`moved: §${s.from} → §${s.to} "${s.heading}" (${s.key})`)
  }
  for (const s of summary.renamed) {
    lines.push(`renamed: §${s.number} "${s.headingBefore}" → "${s.headingAfter}" (${s.key})`)
  }
  return lines
}

/** A summary with nothing matched yet: what each way of matching fills in. */
export function emptyMatchSummary(): SectionMatchSummary {
  return { added: [], removed: [], moved: [], renamed: [], changed: [], unchanged: 0 }
}
