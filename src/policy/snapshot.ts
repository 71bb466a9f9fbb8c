import { contentHash } from '../hash/contentHash.js'
import { lexicalToBlocks } from '../richtext/toBlocks.js'
import type { LexicalState } from '../richtext/types.js'
import type { SectionText } from '../plaintext/types.js'
import type { SnapshotLocale, SnapshotSection, VersionSnapshot } from './types.js'

/** A localized value as Payload returns it with `locale: 'all'`. */
export type Localized<T> = Record<string, T | null | undefined> | null | undefined

/** The shape of a policy document read with `locale: 'all'` that a snapshot is built from. */
export interface PolicyAllLocales {
  title?: Localized<string>
  sections?: Array<{
    key?: string | null
    heading?: Localized<string>
    body?: Localized<LexicalState>
  }> | null
}

/** The plain text of a snapshot locale: what is hashed, diffed and exported. */
export function snapshotText(locale: SnapshotLocale): SectionText[] {
  return locale.sections.map((section) => ({
    heading: section.heading,
    blocks: lexicalToBlocks(section.body),
  }))
}

/**
 * A locale's text, or null when it is incomplete: legal text is served whole or not at all, so a
 * locale counts only when the title and every section's heading and body are there.
 */
function localeSnapshot(policy: PolicyAllLocales, locale: string): SnapshotLocale | null {
  const title = policy.title?.[locale]?.trim()
  if (!title) return null
  const sections: SnapshotSection[] = []
  for (const section of policy.sections ?? []) {
    const heading = section.heading?.[locale]?.trim()
    const body = section.body?.[locale]
    if (!section.key || !heading || !body || !lexicalToBlocks(body).length) return null
    sections.push({ key: section.key, heading, body })
  }
  return sections.length ? { title, sections } : null
}

export interface BuiltSnapshot {
  snapshot: VersionSnapshot
  /** Locales with complete text, in the configured order. */
  locales: string[]
  contentHashes: Record<string, string>
}

/** Freezes every complete locale of a policy and hashes each one. */
export function buildSnapshot(policy: PolicyAllLocales, locales: readonly string[]): BuiltSnapshot {
  const snapshot: VersionSnapshot = {}
  const contentHashes: Record<string, string> = {}
  for (const locale of locales) {
    const frozen = localeSnapshot(policy, locale)
    if (!frozen) continue
    snapshot[locale] = frozen
    contentHashes[locale] = contentHash(snapshotText(frozen))
  }
  return { snapshot, locales: Object.keys(snapshot), contentHashes }
}
