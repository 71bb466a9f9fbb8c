import type { Config } from 'payload'

import {
  DEFAULT_FRESHNESS_CHECK_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_RETENTION_YEARS,
  DEFAULT_SLUGS,
  defaultCanEdit,
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
    access: {
      canEdit: options.access?.canEdit ?? defaultCanEdit,
      canPublish: options.access?.canPublish ?? defaultCanPublish,
      isAdmin: options.access?.isAdmin ?? defaultIsAdmin,
      canCreateLedgerRecords: options.access?.canCreateLedgerRecords ?? (() => false),
    },
    seed: options.seed ?? false,
    strings: mergeStrings(resources, options.strings),
    adminStrings: resolveAdminStrings(config.i18n),
  }
}
