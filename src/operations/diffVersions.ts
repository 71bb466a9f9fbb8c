import type { DiffInputSection, PolicyDiff } from '../diff/index.js'
import { PolicyError } from '../errors.js'
import type { TranslationStatus, VersionMeta } from '../policy/types.js'
import { lexicalToBlocks } from '../richtext/toBlocks.js'
import type { LexicalState } from '../richtext/types.js'
import { diffPolicyOffThread } from '../workers/diffPool.js'
import type { PolicyCatalog } from './policyCatalog.js'

/**
 * The contract's diff document: which versions of which policy in which locale, then the engine's
 * statistics and sections. Beyond the contract it carries the engine's extras (`level`, each
 * section's `moved`, numbers and level, `stats.sectionsMoved`).
 */
export interface PolicyDiffDocument extends PolicyDiff {
  slug: string
  locale: string
  from: number
  to: number
  /**
   * Whether `locale`'s text in version `to` is current with the source text, or translated from
   * an earlier one (then the change may be visible only in the source locale's diff).
   */
  translationStatus: TranslationStatus
}

/** A section as the policy and its snapshots hold it, in one locale; any part may be missing. */
export interface SectionSource {
  key?: string | null
  heading?: string | null
  body?: LexicalState | null
}

/**
 * The diff engine's input from stored sections (a version snapshot's or a draft's, in one locale).
 * A missing heading or body counts as empty, so an unfinished draft still compares.
 */
export function toDiffSections(sections: readonly SectionSource[]): DiffInputSection[] {
  return sections.map((section, index) => ({
    // A draft row saved before keys existed has none: its position keeps it distinct, and the
    // engine's heading-similarity pass can still pair it with its published counterpart.
    key: section.key || `unkeyed-${index + 1}`,
    heading: section.heading?.trim() ?? '',
    blocks: lexicalToBlocks(section.body),
  }))
}

function findVersion(metas: readonly VersionMeta[], slug: string, number: number): VersionMeta {
  const meta = metas.find((candidate) => candidate.number === number)
  if (!meta) throw new PolicyError(404, 'version_not_found', { slug, version: number })
  return meta
}

function requireDiffLocale(meta: VersionMeta, locale: string): void {
  if (!meta.locales.includes(locale)) {
    throw new PolicyError(404, 'diff_locale_missing', { locale, version: meta.number })
  }
}

/**
 * Compares two published versions of a policy in one locale. Any two versions may be compared in
 * either direction: `from` > `to` shows what going back would change, `from` = `to` reports every
 * section unchanged. Published versions never change, so the result is computed once per pair
 * and locale and kept in the catalog's bounded memo; callers must not mutate it.
 *
 * @throws PolicyError 404 `policy_not_found`, `version_not_found`, `locale_unknown`, or
 *   `diff_locale_missing` when either version has no complete text in `locale`.
 */
export async function diffPolicyVersions(
  catalog: PolicyCatalog,
  slug: string,
  from: number,
  to: number,
  locale: string,
): Promise<PolicyDiffDocument> {
  if (!catalog.options.locales.includes(locale)) {
    throw new PolicyError(404, 'locale_unknown', { locale: locale.slice(0, 20) })
  }
  const metas = await catalog.versions(slug)
  if (!metas.length) throw new PolicyError(404, 'policy_not_found', { slug })
  const before = findVersion(metas, slug, from)
  const after = findVersion(metas, slug, to)
  requireDiffLocale(before, locale)
  requireDiffLocale(after, locale)
  // Keyed by the version documents' ids, not only their numbers: a policy deleted and recreated
  // under the same slug reuses numbers but never ids.
  return catalog.memoize(`diff|${slug}|${before.id}|${after.id}|${locale}`, async () => {
    const [old, next] = await Promise.all([
      catalog.snapshot(slug, before),
      catalog.snapshot(slug, after),
    ])
    // A large pair takes seconds: in the diff pool's worker, so the storefront keeps answering.
    const diff = await diffPolicyOffThread(
      toDiffSections(old[locale]?.sections ?? []),
      toDiffSections(next[locale]?.sections ?? []),
    )
    const translationStatus = after.translationStatus[locale] ?? 'current'
    return { slug, locale, from, to, translationStatus, ...diff }
  })
}
