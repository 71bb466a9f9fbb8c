import { createHash } from 'node:crypto'

import { serializePolicyText } from '../plaintext/serialize.js'
import type { SectionText } from '../plaintext/types.js'

/**
 * The canonical form a content hash is taken of: the version's sections in one locale, rendered
 * in the plain-text policy format (`N. HEADING`, blank line, paragraphs and `- ` bullets separated
 * by blank lines, sections separated by a line holding one no-break space, no trailing newline),
 * in Unicode NFC, encoded as UTF-8. Inline formatting (bold, links) is presentation and is not
 * part of it; every word a customer reads is.
 */
export function canonicalText(sections: readonly SectionText[]): string {
  return serializePolicyText(sections).normalize('NFC')
}

/** SHA-256 of the canonical text, lower-case hex: the `contentHash` a customer's acceptance cites. */
export function contentHash(sections: readonly SectionText[]): string {
  return createHash('sha256').update(canonicalText(sections), 'utf8').digest('hex')
}
