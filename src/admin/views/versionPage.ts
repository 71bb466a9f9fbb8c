/**
 * What the version view shows, as plain data: a published version read as the policy it is, in
 * one locale, with everything that makes it evidence (dates with their zone, hashes and how to
 * recompute them, translation status, who published it). No Payload imports, so it is unit-tested.
 */
import type { VersionLedgerCounts } from '../../operations/ledgerCounts.js'
import { toVersionMeta, type StoredVersion } from '../../operations/versionQueries.js'
import { renderVersion, type RenderedSection } from '../../policy/render.js'
import type { AdminStringKey } from '../i18n/index.js'
import { formatDateTime } from '../format.js'
import { versionState, type VersionState, type VersionTiming } from './versionState.js'

/** An admin string in the admin user's language (Payload's `t` over the plugin's namespace). */
export type AdminT = (key: AdminStringKey, vars?: Record<string, unknown>) => string

/** A `policy-versions` document as the view reads it (depth 0). */
export type VersionDocument = StoredVersion & {
  label?: string | null
  /** Set by withdrawing a version (issue 12); absent until that exists. */
  withdrawnAt?: string | null
  publishedVia?: string | null
}

export interface VersionPageInput {
  version: VersionDocument
  /** Every published version of the same policy, for the version's state. */
  versions: readonly VersionTiming[]
  now: number
  /** The locale whose text is shown (the admin's content locale). */
  locale: string
  /** The admin's interface language. */
  language: string
  timeZone: string
  /** The publisher's name or e-mail, or null (seed, CLI, a deleted user). */
  publisher: string | null
  /** Acceptance figures, or null when the reader may not see the ledger. */
  acceptances: { customers: number; counts: VersionLedgerCounts } | null
  /** The admin route of this version's policy document, for the compare links; null if unknown. */
  policyHref: string | null
  t: AdminT
}

export interface VersionLanguage {
  locale: string
  hash: string
  /** `current`, or `outdated`: translated from an earlier source text. */
  status: 'current' | 'outdated'
  statusText: string
  summary: string | null
  /** The shell command that prints this locale's text, piped to `sha256sum`. */
  recipe: string
}

export interface VersionPage {
  heading: string
  title: string | null
  state: VersionState
  stateText: string
  facts: Array<{ label: string; value: string }>
  languages: VersionLanguage[]
  /** The text in the shown locale, or why there is none. */
  reading: { locale: string; sections: RenderedSection[] } | { locale: string; missing: string }
  compare: { href: string; label: string } | null
  acceptances: VersionPageInput['acceptances']
}

const STATE_KEYS = {
  'in-force': 'viewStateInForce',
  superseded: 'viewStateSuperseded',
  upcoming: 'viewStateUpcoming',
  withdrawn: 'viewStateWithdrawn',
} as const satisfies Record<VersionState, AdminStringKey>

const VIA_KEYS: Record<string, AdminStringKey> = {
  admin: 'publishedViaAdmin',
  api: 'publishedViaApi',
  cli: 'publishedViaCli',
  seed: 'publishedViaSeed',
}

/** `npx payload policy export …`: any host's CLI prints exactly the hashed text, no newline added. */
export function hashRecipe(slug: string, number: number, locale: string): string {
  return `npx payload policy export --slug ${slug} --version ${number} --locale ${locale} | sha256sum`
}

export function buildVersionPage(input: VersionPageInput): VersionPage {
  const { version, locale, language, timeZone, t } = input
  const meta = toVersionMeta(version)
  const date = (iso: string) => formatDateTime(iso, language, timeZone)
  const state = versionState(version, input.versions, input.now)
  // "Stāsies spēkā 2027. gada 15. janvārī": the state sentence takes the locative.
  const stateText = t(STATE_KEYS[state], {
    date: formatDateTime(version.effectiveAt, language, timeZone, 'locative'),
  })

  const via = version.publishedVia && VIA_KEYS[version.publishedVia]
  const publishedBy = [input.publisher, via ? t('viewPublishedVia', { via: t(via) }) : null]
    .filter(Boolean)
    .join(' ')
  const facts = [
    { label: t('viewPublishedAt'), value: date(version.publishedAt) },
    { label: t('viewEffectiveAt'), value: date(version.effectiveAt) },
    ...(version.withdrawnAt
      ? [{ label: t('viewWithdrawnAt'), value: date(version.withdrawnAt) }]
      : []),
    {
      label: t('viewChangeType'),
      value: t(version.changeType === 'material' ? 'changeTypeMaterial' : 'changeTypeEditorial'),
    },
    ...(publishedBy ? [{ label: t('viewPublishedBy'), value: publishedBy }] : []),
  ]

  const languages = meta.locales.map((code): VersionLanguage => {
    const status = meta.translationStatus[code] ?? 'current'
    return {
      locale: code,
      hash: meta.contentHashes[code] ?? '',
      status,
      statusText: t(status === 'current' ? 'viewTranslationCurrent' : 'viewTranslationOutdated'),
      summary: meta.summary[code] || null,
      recipe: hashRecipe(version.policySlug, version.number, code),
    }
  })

  const frozen = version.snapshot?.[locale]
  const reading = frozen
    ? { locale, sections: renderVersion(version.policySlug, meta, locale, frozen).sections }
    : { locale, missing: t('viewNotInLocale', { number: version.number, locale }) }

  const previous = version.number > 1 ? version.number - 1 : null
  const compare =
    input.policyHref && previous
      ? {
          href: `${input.policyHref}/compare?from=${previous}&to=${version.number}&locale=${encodeURIComponent(locale)}`,
          label: t('viewCompareWithPrevious', { number: previous }),
        }
      : null

  return {
    heading: t('viewVersionHeading', { number: version.number }),
    title: frozen?.title ?? null,
    state,
    stateText,
    facts,
    languages,
    reading,
    compare,
    acceptances: input.acceptances,
  }
}
