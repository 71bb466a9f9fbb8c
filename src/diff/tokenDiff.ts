import { diffArrays, type ArrayChange } from 'diff'

import { ChangeList, cleanupChanges } from './changes'
import { tokenize, type TokenGranularity } from './tokenize'
import type { Change } from './types'

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
  const old = tokenize(before, granularity)
  const next = tokenize(after, granularity)
  const result = boundedDiffArrays(old.content, next.content, limits)
  if (!result) return undefined

  const out = new ChangeList()
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
  return cleanupChanges(out.changes)
}
