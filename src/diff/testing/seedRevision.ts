/**
 * A revised version of the Latvian seed policy with known edits, shared by the diff tests and
 * the diff benchmark. Pure text in, text out: callers read the seed file themselves.
 */
import type { NumberedSectionText } from '../../plaintext/types.js'
import type { DiffInputSection } from '../types.js'

/** The edits, by the section (1-based number in the seed) they touch. */
export const SEED_REVISION = {
  typo: { section: 1, from: 'apeklētāju', to: 'apmeklētāju' },
  /** Section 5 has "5 gadus" and "5 gadu"; only the first changes. */
  number: {
    section: 5,
    from: 'glabājam 5 gadus',
    to: 'glabājam 3 gadus',
    deleted: '5',
    inserted: '3',
  },
  addedBullet: {
    section: 3,
    after: '- bankas iestādes nosaukums;',
    item: 'maksājuma datums un summa;',
  },
  removedBullet: { section: 4, item: 'pārdodu mūsu preces un pakalpojumus;' },
  addedSection: {
    number: 10,
    heading: 'KONTAKTINFORMĀCIJA',
    text: 'Jautājumus par personas datu apstrādi sūtiet uz e-pasta adresi privatums@example.lv.',
  },
} as const

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from)
  if (at < 0) throw new Error(`the seed no longer contains ${JSON.stringify(from)}`)
  return text.slice(0, at) + to + text.slice(at + from.length)
}

/** Applies {@link SEED_REVISION} to the seed's plain text. */
export function reviseSeedText(seed: string): string {
  const { typo, number, addedBullet, removedBullet, addedSection } = SEED_REVISION
  let text = replaceOnce(seed, typo.from, typo.to)
  text = replaceOnce(text, number.from, number.to)
  text = replaceOnce(text, addedBullet.after, `${addedBullet.after}\n\n- ${addedBullet.item}`)
  text = replaceOnce(text, `- ${removedBullet.item}\n\n`, '')
  return `${text}\n\n\u00a0\n\n${addedSection.number}. ${addedSection.heading}\n\n${addedSection.text}`
}

/** Parsed sections as diff input, keyed by their number (stable here: no section is renumbered). */
export function toDiffInput(sections: readonly NumberedSectionText[]): DiffInputSection[] {
  return sections.map((section) => ({
    key: `section-${section.number}`,
    heading: section.heading,
    blocks: section.blocks,
  }))
}
