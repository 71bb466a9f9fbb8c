import { changeTypeIn } from '../policy/changeTypes.js'
import { versionsInTime } from '../policy/inForce.js'
import type { ChangeType, LocaleChangeType, TranslationStatus } from '../policy/types.js'
import type { ConsentStatus } from './types.js'

/** What the decision needs to know about each published version. */
export interface ConsentVersionFacts {
  number: number
  effectiveAt: string
  changeType: ChangeType
  /** Per locale, what the version changed there; absent: every locale follows `changeType`. */
  changeTypes?: Readonly<Record<string, LocaleChangeType>>
  /** The locales the version publishes; absent: every locale. */
  locales?: readonly string[]
  /** Per published locale: current with the source or not; absent: current. */
  translationStatus?: Readonly<Record<string, TranslationStatus>>
  /** Set when an announced version was withdrawn: it never comes into force. */
  withdrawnAt?: string | null
}

/** Where the customer's locale stands in the version in force. */
export type LocaleStanding = TranslationStatus | 'missing'

export interface ConsentDecision<V extends ConsentVersionFacts = ConsentVersionFacts> {
  status: ConsentStatus
  mustReview: boolean
  acceptedVersion: number | null
  /** The version in force at `now`, or null when none is in force yet. */
  currentVersion: number | null
  /** Versions after the accepted one up to the one in force that changed `locale` materially, oldest first. */
  materialChanges: V[]
  /** The customer's locale in the version in force: `missing` when it publishes no text in it. */
  translationStatus: LocaleStanding
  /**
   * The locale to show the changes in (summaries and highlighted diff): the customer's, unless
   * its text in force does not carry a material change of the binding source text (outdated or
   * missing), then the source locale's.
   */
  changesLocale: string
}

function standing(version: ConsentVersionFacts | null, locale: string): LocaleStanding {
  if (!version) return 'current'
  if (version.locales && !version.locales.includes(locale)) return 'missing'
  return version.translationStatus?.[locale] ?? 'current'
}

function publishes(version: ConsentVersionFacts | undefined, locale: string): boolean {
  return Boolean(version && (!version.locales || version.locales.includes(locale)))
}

/**
 * Must a customer who accepted a version in `locale` review the policy before buying again? The
 * table in README ("Who is asked to review") states it; in short:
 * - only a version after the accepted one, already in force, that changed `locale` **materially**
 *   asks (its change type in that locale, see `changeTypeIn`): editorial fixes never ask, an
 *   announced version does not count until its effective date, and a translation-only release
 *   asks only the customers of the locales whose text it corrected;
 * - a material change of the source text asks every locale, even one whose translation is not yet
 *   updated: the source text binds, so its change is never hidden. The changes are then shown in
 *   the source language (`changesLocale`), because the customer's own text does not show them;
 * - one prompt covers every material version in between, and a customer who accepted a version
 *   ahead of its effective date (or a later one) is not asked again.
 *
 * A withdrawn version never comes into force, but a material change it made still counts for a
 * later version in force: that version was edited from the withdrawn one's text.
 *
 * @param acceptedVersion the highest version number the customer accepted, or null for none
 * @param versions every published version of the policy, in any order
 */
export function decideConsent<V extends ConsentVersionFacts>(input: {
  acceptedVersion: number | null
  versions: readonly V[]
  now: number
  /** The customer's locale; omitted: the source locale (every version changes it as recorded). */
  locale?: string
  sourceLocale?: string
}): ConsentDecision<V> {
  const { acceptedVersion, versions, now } = input
  const sourceLocale = input.sourceLocale ?? input.locale ?? ''
  const locale = input.locale ?? sourceLocale
  const current = versionsInTime(
    versions.filter((version) => !version.withdrawnAt),
    now,
  ).current
  const currentVersion = current?.number ?? null
  const translationStatus = standing(current, locale)
  const base = { acceptedVersion, currentVersion, translationStatus, changesLocale: locale }
  if (acceptedVersion === null) {
    return { ...base, status: 'never-accepted', mustReview: false, materialChanges: [] }
  }
  const between = versions
    .filter(
      (version) =>
        currentVersion !== null &&
        version.number > acceptedVersion &&
        version.number <= currentVersion,
    )
    .sort((a, b) => a.number - b.number)
  const sourceMaterial = (version: V) => changeTypeIn(version, sourceLocale) === 'material'
  // A translation's own material change counts only where the version has that translation: a
  // change the customer cannot see is never asked about.
  const materialChanges = between.filter(
    (version) =>
      changeTypeIn(version, locale) === 'material' &&
      (sourceMaterial(version) || publishes(version, locale)),
  )
  const mustReview = materialChanges.length > 0
  const sourceChanged = between.some(sourceMaterial)
  const accepted = versions.find((version) => version.number === acceptedVersion)
  // The customer's own text shows the change only when it is current in force and existed in the
  // version they accepted; a translation-only correction shows in its own language either way.
  const ownText = translationStatus === 'current' ? publishes(accepted, locale) : !sourceChanged
  const changesLocale = ownText && publishes(current ?? undefined, locale) ? locale : sourceLocale
  return {
    ...base,
    status: mustReview ? 'must-review' : 'up-to-date',
    mustReview,
    materialChanges,
    changesLocale,
  }
}
