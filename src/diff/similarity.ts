import { wordsOf } from './tokenize.js'

/** A multiset of lower-cased words, for similarity scores. */
export type WordBag = ReadonlyMap<string, number>

export function wordBag(text: string): WordBag {
  const bag = new Map<string, number>()
  for (const word of wordsOf(text)) bag.set(word, (bag.get(word) ?? 0) + 1)
  return bag
}

function bagSize(bag: WordBag): number {
  let size = 0
  for (const count of bag.values()) size += count
  return size
}

/**
 * Dice coefficient of two word multisets: 2·|common| / (|a| + |b|), from 0 (no word in common)
 * to 1 (the same words). Two texts without words score 0: there is nothing to base a match on.
 */
export function diceSimilarity(a: WordBag, b: WordBag): number {
  const total = bagSize(a) + bagSize(b)
  if (total === 0) return 0
  let common = 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const [word, count] of small) common += Math.min(count, large.get(word) ?? 0)
  return (2 * common) / total
}

/**
 * A heading reduced to what identifies it: no leading number, no punctuation, one space between
 * words, lower case. `"4. Kādeļ mēs apkopojam?"` and `"KĀDEĻ MĒS APKOPOJAM"` normalize alike.
 */
export function normalizeHeading(heading: string): string {
  return wordsOf(heading.replace(/^\s*\d+[.)]?\s+/u, '')).join(' ')
}
