/**
 * What a publish does with translations that are out of date with the source. Pure: the publish
 * hook (to refuse early) and the version recorder (to freeze the text) both ask it, with the same
 * reports, so they cannot disagree.
 */
import type { BuiltSnapshot } from '../policy/snapshot.js'
import type { ChangeType, TranslationStatus, VersionSnapshot } from '../policy/types.js'
import type { LocaleTranslationReport } from './staleness.js'

/**
 * The editor's decision for a release while translations are stale: `hold` the publish until they
 * are updated, or `publish-previous`: serve each stale locale's text of the previous version,
 * flagged as not yet updated, so no locale ever mixes new source wording into an old translation.
 */
export const STALE_TRANSLATION_CHOICES = ['hold', 'publish-previous'] as const

export type StaleTranslationChoice = (typeof STALE_TRANSLATION_CHOICES)[number]

export function isStaleTranslationChoice(value: unknown): value is StaleTranslationChoice {
  return STALE_TRANSLATION_CHOICES.some((choice) => choice === value)
}

/** Which text a translation locale gets in the new version, and how it is flagged. */
export interface LocalePublishPlan {
  locale: string
  /** `draft`: the translation as it is now; `previous`: the previous version's text. */
  text: 'draft' | 'previous'
  status: TranslationStatus
}

export type TranslationPublishPlan =
  | {
      ok: true
      locales: LocalePublishPlan[]
      /** Translation locales the new version has no text for. */
      withheld: string[]
    }
  | {
      ok: false
      /** `choice-required`: a material change with stale translations and no decision. */
      reason: 'choice-required' | 'held'
      /** The locales in the way, with their stale and missing sections. */
      blocking: LocaleTranslationReport[]
    }

export interface PlanArgs {
  changeType: ChangeType
  choice: StaleTranslationChoice | null | undefined
  /** Reports of the translation locales (not the source) for the text being published. */
  reports: readonly LocaleTranslationReport[]
  /** Locales the previous version has text for (empty for a first publish). */
  previousLocales: readonly string[]
  /**
   * False for a translation-only release (the source text is the previous version's): it asks no
   * customer of an untouched stale locale anything, so their staleness needs no decision now.
   */
  sourceChanged?: boolean
}

/**
 * Decides each translation locale's text for a publish:
 * - a current translation is published as it is;
 * - a stale one (complete, but translated from an earlier source text): a material change needs
 *   the editor's choice, because customers are asked to accept it in their language; an editorial
 *   change publishes it as it is, flagged `outdated`;
 * - `publish-previous` serves the previous version's text instead, flagged `outdated`, or nothing
 *   for a locale that version lacks;
 * - an incomplete translation is never published (served whole or not at all), unless the
 *   previous version's text is chosen.
 */
export function planTranslationPublish(args: PlanArgs): TranslationPublishPlan {
  const { changeType, choice, reports, previousLocales } = args
  const hadText = (report: LocaleTranslationReport) => previousLocales.includes(report.locale)
  const outdated = reports.filter((report) => report.state === 'outdated')
  const lapsing = reports.filter((report) => report.state === 'incomplete' && hadText(report))
  if (choice === 'hold' && (outdated.length || lapsing.length)) {
    const blocking = reports.filter(
      (report) => outdated.includes(report) || lapsing.includes(report),
    )
    return { ok: false, reason: 'held', blocking }
  }
  if (!choice && changeType === 'material' && args.sourceChanged !== false && outdated.length) {
    return { ok: false, reason: 'choice-required', blocking: outdated }
  }
  const locales: LocalePublishPlan[] = []
  const withheld: string[] = []
  for (const report of reports) {
    const { locale } = report
    if (report.state === 'current') locales.push({ locale, text: 'draft', status: 'current' })
    else if (choice === 'publish-previous') {
      if (hadText(report)) locales.push({ locale, text: 'previous', status: 'outdated' })
      else withheld.push(locale)
    } else if (report.state === 'outdated') {
      locales.push({ locale, text: 'draft', status: 'outdated' })
    } else withheld.push(locale)
  }
  return { ok: true, locales, withheld }
}

/** A version's frozen text with each locale's standing against the source. */
export interface FrozenRelease extends BuiltSnapshot {
  translationStatus: Record<string, TranslationStatus>
}

export interface ApplyArgs {
  /** The draft's complete locales, as `buildSnapshot` froze them. */
  built: BuiltSnapshot
  plan: Extract<TranslationPublishPlan, { ok: true }>
  sourceLocale: string
  /** Configured locales, source first: the order of the version's `locales`. */
  locales: readonly string[]
  /** The previous version's text and hashes, when the plan carries any of it forward. */
  previous: { snapshot: VersionSnapshot; contentHashes: Record<string, string> } | null
}

/**
 * Assembles the text of a new version from the draft and, per the plan, the previous version. A
 * carried-forward locale keeps its previous content hash: it is the same text, byte for byte.
 */
export function applyTranslationPlan(args: ApplyArgs): FrozenRelease {
  const { built, plan, sourceLocale, locales, previous } = args
  const snapshot: VersionSnapshot = {}
  const contentHashes: Record<string, string> = {}
  const translationStatus: Record<string, TranslationStatus> = {}
  for (const locale of locales) {
    const planned =
      locale === sourceLocale
        ? { text: 'draft' as const, status: 'current' as const }
        : plan.locales.find((candidate) => candidate.locale === locale)
    if (!planned) continue
    const from = planned.text === 'draft' ? built : previous
    const text = from?.snapshot[locale]
    const hash = from?.contentHashes[locale]
    if (!text || !hash) continue
    snapshot[locale] = text
    contentHashes[locale] = hash
    translationStatus[locale] = planned.status
  }
  return { snapshot, locales: Object.keys(snapshot), contentHashes, translationStatus }
}
