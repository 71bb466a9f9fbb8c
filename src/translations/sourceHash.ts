import { createHash } from 'node:crypto'

import { serializeBlocks } from '../plaintext/serialize.js'
import { lexicalToBlocks } from '../richtext/toBlocks.js'
import type { LexicalState } from '../richtext/types.js'

/**
 * The words of one section in one locale, as a reader sees them: the heading, a blank line and
 * the body in the plain-text format. Formatting is left out on purpose: making a word bold in the
 * source is not a reason to re-translate it.
 */
export function sectionPlainText(
  heading: string | null | undefined,
  body: LexicalState | null | undefined,
): string {
  return `${heading?.trim() ?? ''}\n\n${serializeBlocks(lexicalToBlocks(body))}`.normalize('NFC')
}

/** Whether a section has any text in a locale (a heading or a non-empty body). */
export function hasSectionText(
  heading: string | null | undefined,
  body: LexicalState | null | undefined,
): boolean {
  return Boolean(heading?.trim()) || lexicalToBlocks(body).length > 0
}

/**
 * SHA-256 (hex) of a source section's plain text: what a translation records as `translatedFrom`
 * to say which wording of the source it was made from. Null when the section has no source text.
 */
export function sectionSourceHash(
  heading: string | null | undefined,
  body: LexicalState | null | undefined,
): string | null {
  if (!hasSectionText(heading, body)) return null
  return createHash('sha256').update(sectionPlainText(heading, body), 'utf8').digest('hex')
}
