/**
 * Which translated sections are out of date with the source text. Pure: it takes a policy as read
 * with `locale: 'all'` and derives everything from the `translatedFrom` hash each translated
 * section stores, so nothing has to be kept in sync when the source changes.
 */
import type { Localized } from '../policy/snapshot.js'
import { lexicalToBlocks } from '../richtext/toBlocks.js'
import type { LexicalState } from '../richtext/types.js'
import { sectionSourceHash } from './sourceHash.js'

/** A section row of a policy read with `locale: 'all'`, including its translation records. */
export interface TranslatableSection {
  id?: string | null
  key?: string | null
  heading?: Localized<string>
  body?: Localized<LexicalState>
  /** Per translation locale: the source hash (see `sectionSourceHash`) it was translated from. */
  translatedFrom?: Localized<string>
}

/** A policy read with `locale: 'all'`, as far as translation tracking looks at it. */
export interface TranslatablePolicy {
  title?: Localized<string>
  sections?: TranslatableSection[] | null
}

/**
 * A translated section is `current` when it was translated from the source text as it is now,
 * `stale` when the source changed since (or nobody recorded what it was translated from), and
 * `missing` when it has no complete text in that locale.
 */
export type SectionTranslationState = 'current' | 'stale' | 'missing'

/**
 * A translation locale is `current` when complete and no section is stale, `outdated` when
 * complete but some section is stale, and `incomplete` when the title or a section is missing (an
 * incomplete text is never published: legal text is served whole or not at all).
 */
export type LocaleTranslationState = 'current' | 'outdated' | 'incomplete'

/** A section as an editor identifies it: its key, its 1-based number and its source heading. */
export interface SectionRef {
  key: string
  number: number
  heading: string
}

/** One translation locale's standing against the source. */
export interface LocaleTranslationReport {
  locale: string
  state: LocaleTranslationState
  /** Sections translated from an earlier source text. */
  stale: SectionRef[]
  /** Sections with no complete translation. */
  missing: SectionRef[]
  /** False when the title has no translation (the locale is then incomplete too). */
  hasTitle: boolean
}

/** The source hash of every section, in order (null for a section without source text). */
export function sourceHashes(
  policy: TranslatablePolicy,
  sourceLocale: string,
): Array<string | null> {
  return (policy.sections ?? []).map((section) =>
    sectionSourceHash(section.heading?.[sourceLocale], section.body?.[sourceLocale]),
  )
}

/** Complete, as `buildSnapshot` counts it: a heading and a body with some text. */
function isComplete(section: TranslatableSection, locale: string): boolean {
  return (
    Boolean(section.heading?.[locale]?.trim()) && lexicalToBlocks(section.body?.[locale]).length > 0
  )
}

/** The state of one section's translation into `locale`, given the source's current hash. */
export function sectionTranslationState(
  section: TranslatableSection,
  locale: string,
  sourceHash: string | null,
): SectionTranslationState {
  if (!isComplete(section, locale)) return 'missing'
  const from = section.translatedFrom?.[locale]
  return from && from === sourceHash ? 'current' : 'stale'
}

function sectionRef(section: TranslatableSection, index: number, sourceLocale: string): SectionRef {
  return {
    key: section.key ?? `#${index + 1}`,
    number: index + 1,
    heading: section.heading?.[sourceLocale]?.trim() ?? '',
  }
}

/** How one translation locale stands against the source locale. */
export function localeTranslationReport(
  policy: TranslatablePolicy,
  locale: string,
  sourceLocale: string,
  hashes: ReadonlyArray<string | null> = sourceHashes(policy, sourceLocale),
): LocaleTranslationReport {
  const stale: SectionRef[] = []
  const missing: SectionRef[] = []
  const sections = policy.sections ?? []
  sections.forEach((section, index) => {
    const state = sectionTranslationState(section, locale, hashes[index] ?? null)
    if (state === 'stale') stale.push(sectionRef(section, index, sourceLocale))
    if (state === 'missing') missing.push(sectionRef(section, index, sourceLocale))
  })
  const hasTitle = Boolean(policy.title?.[locale]?.trim())
  const state: LocaleTranslationState =
    !hasTitle || missing.length || !sections.length
      ? 'incomplete'
      : stale.length
        ? 'outdated'
        : 'current'
  return { locale, state, stale, missing, hasTitle }
}

/** Every translation locale's report, in the configured order (the source locale is left out). */
export function translationReports(
  policy: TranslatablePolicy,
  locales: readonly string[],
  sourceLocale: string,
): LocaleTranslationReport[] {
  const hashes = sourceHashes(policy, sourceLocale)
  return locales
    .filter((locale) => locale !== sourceLocale)
    .map((locale) => localeTranslationReport(policy, locale, sourceLocale, hashes))
}

/**
 * The sections of a locale that need a translator, as `en: §3, §5` (missing ones too), for
 * messages that must name them in any language.
 */
export function describeOutOfDate(reports: readonly LocaleTranslationReport[]): string {
  return reports
    .map((report) => {
      const numbers = [...report.stale, ...report.missing]
        .map((section) => section.number)
        .sort((a, b) => a - b)
      return `${report.locale}: ${numbers.length ? numbers.map((n) => `§${n}`).join(', ') : '—'}`
    })
    .join('; ')
}
