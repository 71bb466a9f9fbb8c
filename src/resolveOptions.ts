import type { Config } from 'payload'

import {
  DEFAULT_FRESHNESS_CHECK_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_RETENTION_YEARS,
  DEFAULT_SEAL_EVERY_SECONDS,
  DEFAULT_VERIFY_CRON,
  DEFAULT_SLUGS,
  DEFAULT_TIME_ZONE,
  defaultCanEdit,
  defaultCanReadLedger,
  defaultCanPublish,
  defaultIsAdmin,
} from './defaults.js'
import { resolveAdminStrings } from './admin/i18n/index.js'
import { resources } from './i18n/resources.js'
import { mergeStrings } from './i18n/strings.js'
import type { PrivacyPolicyPluginOptions, ResolvedPolicyOptions } from './types.js'

function localeCodes(config: Config): string[] {
  const localization = config.localization
  if (!localization) {
    throw new Error(
      'privacyPolicyPlugin needs `localization` in the Payload config (e.g. lv, en, ru).',
    )
  }
  return localization.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code))
}

/** Applies defaults and checks the options against the host config once, at config time. */
export function resolveOptions(
  options: PrivacyPolicyPluginOptions,
  config: Config,
): ResolvedPolicyOptions {
  const locales = localeCodes(config)
  const sourceLocale =
    options.sourceLocale ??
    ((config.localization && config.localization.defaultLocale) || locales[0])
  if (!locales.includes(sourceLocale)) {
    throw new Error(
      `privacyPolicyPlugin: sourceLocale "${sourceLocale}" is not a configured locale.`,
    )
  }
  const retentionYears = options.retentionYears ?? DEFAULT_RETENTION_YEARS
  if (!(retentionYears > 0))
    throw new Error('privacyPolicyPlugin: retentionYears must be positive.')
  return {
    disabled: options.disabled ?? false,
    slugs: { ...DEFAULT_SLUGS, ...options.slugs },
    overrides: options.overrides ?? {},
    addRolesToUsers: options.addRolesToUsers ?? true,
    sourceLocale,
    // The source first: it is the language every other text is measured against.
    locales: [sourceLocale, ...locales.filter((locale) => locale !== sourceLocale)],
    retentionYears,
    captureUserAgent: options.captureUserAgent ?? false,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    freshnessCheckMs: options.freshnessCheckMs ?? DEFAULT_FRESHNESS_CHECK_MS,
    cors: resolveCors(options.cors),
    access: {
      canEdit: options.access?.canEdit ?? defaultCanEdit,
      canPublish: options.access?.canPublish ?? defaultCanPublish,
      isAdmin: options.access?.isAdmin ?? defaultIsAdmin,
      canCreateLedgerRecords: options.access?.canCreateLedgerRecords ?? (() => false),
      canReadLedger: options.access?.canReadLedger ?? defaultCanReadLedger,
    },
    seed: options.seed ?? false,
    strings: mergeStrings(resources, options.strings),
    adminStrings: resolveAdminStrings(config.i18n),
    timeZone: resolveTimeZone(options.timeZone),
    requireSecondPublisher: options.requireSecondPublisher ?? false,
    evidence: resolveEvidence(options.evidence),
  }
}

function resolveEvidence(
  evidence: PrivacyPolicyPluginOptions['evidence'],
): ResolvedPolicyOptions['evidence'] {
  if (evidence === false) return null
  const sealEverySeconds = evidence?.sealEverySeconds ?? DEFAULT_SEAL_EVERY_SECONDS
  if (!(Number.isInteger(sealEverySeconds) && sealEverySeconds >= 1 && sealEverySeconds <= 59)) {
    throw new Error('privacyPolicyPlugin: evidence.sealEverySeconds must be a whole 1–59.')
  }
  const verifyCron = evidence?.verifyCron ?? DEFAULT_VERIFY_CRON
  return {
    signingKey: evidence?.signingKey ?? null,
    sealEverySeconds,
    verifyCron: verifyCron === false ? null : verifyCron,
  }
}

/** A zone name Intl does not know would fail on the first admin page: fail at startup instead. */
function resolveTimeZone(timeZone: string | undefined): string {
  const zone = timeZone ?? DEFAULT_TIME_ZONE
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
  } catch {
    throw new Error(`privacyPolicyPlugin: timeZone "${zone}" is not an IANA time zone.`)
  }
  return zone
}

/**
 * Origins as browsers send them (`Origin: https://shop.example.com`): a typo such as a trailing
 * slash or a path would never match, so it fails at startup instead of silently allowing nothing.
 */
function resolveCors(cors: PrivacyPolicyPluginOptions['cors']): ResolvedPolicyOptions['cors'] {
  if (!cors) return { origins: new Set() }
  if (cors.origins === '*') return { origins: '*' }
  for (const origin of cors.origins) {
    let parsed: URL | null = null
    try {
      parsed = new URL(origin)
    } catch {
      parsed = null
    }
    if (!parsed || parsed.origin !== origin) {
      throw new Error(
        `privacyPolicyPlugin: cors origin "${origin}" is not an origin like "https://shop.example.com".`,
      )
    }
  }
  return { origins: new Set(cors.origins) }
}
