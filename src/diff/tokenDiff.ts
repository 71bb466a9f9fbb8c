import { diffArrays, type ArrayChange } from 'diff'

import { ChangeList, cleanupChanges } from './changes.js'
import { tokenize, type TokenGranularity } from './tokenize.js'
import type { Change } from './types.js'

/** What one jsdiff call may spend before it gives up and returns `undefined`. */
export interface DiffLimits {
  /** Epoch milliseconds after which the call must give up. */
  deadline: number
  maxEditLength?: number
}

/**
 * Runs jsdiff's `diffArrays` within `limits`; `undefined` when it gave up (or the deadline has
 * already passed, since jsdiff would still run one round of edits at a zero timeout).
 */
export function boundedDiffArrays<T>(
  before: T[],
  after: T[],
  limits: DiffLimits,
): ArrayChange<T>[] | undefined {
  const timeout = limits.deadline - Date.now()
  if (timeout <= 0) return undefined
  return limits.maxEditLength === undefined
    ? diffArrays(before, after, { timeout })
    : diffArrays(before, after, { timeout, maxEditLength: limits.maxEditLength })
}

const SPACE = /\s/u

const isSpace = (char: string | undefined): boolean => char !== undefined && SPACE.test(char)

/**
 * The longest common start and end of two texts that fall on word-token boundaries in both: the
 * start ends with whitespace before a non-space character, the end starts with a non-space
 * character after whitespace. The tokens of the middle are then exactly the middle tokens of the
 * whole texts, so only the middle needs tokenizing and diffing.
 */
function commonWordEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length)
  let prefix = 0
  while (prefix < max && a[prefix] === b[prefix]) prefix++
  const startsToken = (text: string, at: number) =>
    at > 0 && at < text.length && isSpace(text[at - 1]) && !isSpace(text[at])
  while (prefix > 0 && !(startsToken(a, prefix) && startsToken(b, prefix))) prefix--
  let suffix = 0
  while (suffix < max - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++
  while (suffix > 0 && !(startsToken(a, a.length - suffix) && startsToken(b, b.length - suffix))) {
    suffix--
  }
  return { prefix, suffix }
}

/**
 * Diffs two texts token by token at the given granularity and cleans the result up for reading
 * (see {@link cleanupChanges}). Tokens are compared by content; a token kept with different
 * trailing whitespace shows as an equal token followed by a whitespace edit, so the changes
 * still rebuild both texts exactly. `undefined` when jsdiff gave up within `limits`.
 */
export function diffTokens(
  before: string,
  after: string,
  granularity: TokenGranularity,
  limits: DiffLimits,
): Change[] | undefined {
  // Sentence and line tokens hold spaces, so only word tokens can be cut at any space.
  const { prefix, suffix } =
    granularity === 'word' ? commonWordEnds(before, after) : { prefix: 0, suffix: 0 }
  const old = tokenize(before.slice(prefix, before.length - suffix), granularity)
  const next = tokenize(after.slice(prefix, after.length - suffix), granularity)
  const result = boundedDiffArrays(old.content, next.content, limits)
  if (!result) return undefined

  const out = new ChangeList()
  out.push('equal', before.slice(0, prefix))
  const keepSpace = (oldSpace: string, newSpace: string) => {
    if (oldSpace === newSpace) out.push('equal', oldSpace)
    else {
      out.push('delete', oldSpace)
      out.push('insert', newSpace)
    }
  }
  keepSpace(old.lead, next.lead)
  let oldPos = 0
  let newPos = 0
  for (const part of result) {
    if (part.removed) {
      for (let i = oldPos; i < oldPos + part.count; i++) {
        out.push('delete', old.content[i] + old.space[i])
      }
      oldPos += part.count
    } else if (part.added) {
      for (let i = newPos; i < newPos + part.count; i++) {
        out.push('insert', next.content[i] + next.space[i])
      }
      newPos += part.count
    } else {
      for (let i = 0; i < part.count; i++) {
        out.push('equal', next.content[newPos + i])
        keepSpace(old.space[oldPos + i], next.space[newPos + i])
      }
      oldPos += part.count
      newPos += part.count
    }
  }
  out.push('equal', before.slice(before.length - suffix))
  return cleanupChanges(out.changes)
}
