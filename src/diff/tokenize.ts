/**
 * Splitting text into diff tokens. Every token is a piece of content plus the whitespace after it,
 * so the tokens (after the leading whitespace) rebuild the text exactly while the diff compares
 * content only: whitespace never anchors a match between unrelated words.
 */

/** A text split for diffing: `lead + Σ (content[i] + space[i])` is the text. */
export interface TokenizedText {
  lead: string
  content: string[]
  space: string[]
}

export type TokenGranularity = 'word' | 'sentence' | 'line'

/**
 * Letters, digits and combining marks of any script (Latvian ā č ē ģ ī ķ ļ ņ š ū ž, Cyrillic)
 * form words; soft hyphens and zero-width joiners stay inside the word they break.
 */
const WORD_CHARS = '\\p{L}\\p{N}\\p{M}\\u00ad\\u200c\\u200d'

/** A word, or a single punctuation mark so that `gadus:` → `gadus.` changes only the mark. */
const WORD_TOKEN = new RegExp(`([${WORD_CHARS}]+|[^\\s${WORD_CHARS}])(\\s*)`, 'gu')

/**
 * A sentence ends at `.`, `!`, `?` or `…` before whitespace, or at the end of its line; the line
 * break itself is trailing space, so a sentence never spans paragraphs.
 */
const SENTENCE_TOKEN = /(\S(?:[^\n]*?[.!?…](?=\s|$)|(?:[^\n]*\S)?))(\s*)/gu

/** A line's content from its first to its last non-space character. */
const LINE_TOKEN = /(\S(?:[^\n]*\S)?)(\s*)/gu

const PATTERNS: Record<TokenGranularity, RegExp> = {
  word: WORD_TOKEN,
  sentence: SENTENCE_TOKEN,
  line: LINE_TOKEN,
}

const LEADING_SPACE = /^\s*/u

/** Splits `text` into tokens of the given granularity; the split is lossless. */
export function tokenize(text: string, granularity: TokenGranularity): TokenizedText {
  const lead = LEADING_SPACE.exec(text)?.[0] ?? ''
  const pattern = new RegExp(PATTERNS[granularity])
  pattern.lastIndex = lead.length
  const content: string[] = []
  const space: string[] = []
  let end = lead.length
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // Every non-space character starts a token, so matches are contiguous; this guards the
    // lossless-split contract against a future pattern edit rather than expected input.
    if (match.index !== end || match[0] === '') break
    content.push(match[1])
    space.push(match[2])
    end += match[0].length
  }
  if (end !== text.length) {
    content.push(text.slice(end))
    space.push('')
  }
  return { lead, content, space }
}

const COUNTED_WORD = /\p{L}[\p{L}\p{N}\p{M}]*|\p{N}+/gu

/** Counts words the way the diff statistics do: a run of letters and digits starting with a letter, or a number. */
export function countWords(text: string): number {
  let count = 0
  for (const _ of text.matchAll(COUNTED_WORD)) count++
  return count
}

/** The lower-cased words of `text`, as counted by {@link countWords}. */
export function wordsOf(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(COUNTED_WORD), (match) => match[0])
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u

/** Whether `text` holds a letter or digit, as opposed to only spaces and punctuation. */
export function hasWordChar(text: string): boolean {
  return HAS_WORD_CHAR.test(text)
}
