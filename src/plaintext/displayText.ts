import type { SectionText } from './types.js'
import { serializeBlocks } from './serialize.js'

/**
 * Text as a reader sees it: Unicode NFC, every run of whitespace of any kind (spaces, no-break
 * spaces, tabs, line breaks) one space, no leading or trailing space. Two texts equal under it look
 * the same on screen. Used to compare, never to store: the content hash keeps the exact text.
 */
export function displayNormalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/**
 * Whether two versions' texts differ, but only in what a reader cannot see (whitespace kinds and
 * runs, Unicode composition): same sections, headings and bodies under {@link displayNormalize}.
 * A release like that must not ask every customer to re-read the policy.
 */
export function differsOnlyInvisibly(
  before: readonly SectionText[],
  after: readonly SectionText[],
): boolean {
  if (before.length !== after.length) return false
  let differs = false
  for (const [index, old] of before.entries()) {
    const next = after[index]
    const oldBody = serializeBlocks(old.blocks)
    const nextBody = serializeBlocks(next.blocks)
    if (old.heading === next.heading && oldBody === nextBody) continue
    if (displayNormalize(old.heading) !== displayNormalize(next.heading)) return false
    if (displayNormalize(oldBody) !== displayNormalize(nextBody)) return false
    differs = true
  }
  return differs
}
