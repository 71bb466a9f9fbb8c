/**
 * The admin labels of the plugin's collections and fields, as Payload label functions over the
 * `privacyPolicy` namespace (the strings themselves are in `en.ts`, `lv.ts`, `ru.ts`). The
 * customer-facing strings are i18next files under `locales/` instead.
 */
import type { StorefrontPermission } from '../../access/storefrontPermissions.js'
import type { ConsentChannel } from '../../consent/types.js'
import type { VerificationTrigger } from '../../evidence/verificationRuns.js'
import type { Role } from '../../defaults.js'
import type { ChangeType } from '../../policy/types.js'
import type { StaleTranslationChoice } from '../../translations/publishPlan.js'
import type { ResolvedPolicyOptions } from '../../types.js'
import { adminLabel as label, adminRecord, type AdminLabel, type AdminStringKey } from './index.js'

const GROUPS = { legal: 'groupLegal', settings: 'groupSettings' } as const

/** A sidebar group's name in every admin language (Payload takes no function for groups). */
export function groupLabel(
  options: Pick<ResolvedPolicyOptions, 'adminStrings'>,
  group: keyof typeof GROUPS,
): Record<string, string> {
  return adminRecord(options.adminStrings, GROUPS[group])
}

/** A `ui` field's label in every admin language (Payload takes no function for those either). */
export function uiFieldLabel(
  options: Pick<ResolvedPolicyOptions, 'adminStrings'>,
  key: 'translationsField' | 'policyChangesSincePublished' | 'evidenceDownloadField',
): Record<string, string> {
  return adminRecord(options.adminStrings, key)
}

export const changeTypeLabels: Record<ChangeType, AdminLabel> = {
  material: label('changeTypeMaterial'),
  editorial: label('changeTypeEditorial'),
}

/** Labels shared by policies and their versions. */
const release = {
  changeType: label('releaseChangeType'),
  summary: label('releaseSummary'),
  effectiveAt: label('releaseEffectiveAt'),
}

export const policyLabels = {
  singular: label('policySingular'),
  plural: label('policyPlural'),
  description: label('policyDescription'),
  title: label('policyTitle'),
  slug: label('policySlug'),
  slugDescription: label('policySlugDescription'),
  section: label('policySection'),
  sections: label('policySections'),
  key: label('policySectionKey'),
  keyDescription: label('policySectionKeyDescription'),
  heading: label('policyHeading'),
  body: label('policyBody'),
  nextRelease: label('policyNextRelease'),
  ...release,
  changeTypeDescription: label('policyChangeTypeDescription'),
  summaryDescription: label('policySummaryDescription'),
  effectiveAtDescription: label('policyEffectiveAtDescription'),
}

/** The fields that track translations of a policy against its source text. */
export const translationFieldLabels = {
  reviewed: label('translationReviewed'),
  reviewedDescription: label('translationReviewedDescription'),
  stale: label('staleTranslations'),
  staleDescription: label('staleTranslationsDescription'),
}

export const staleTranslationChoiceLabels: Record<StaleTranslationChoice, AdminLabel> = {
  hold: label('staleTranslationsHold'),
  'publish-previous': label('staleTranslationsPublishPrevious'),
}

export const publishedViaLabels: Record<'admin' | 'api' | 'cli' | 'seed', AdminLabel> = {
  admin: label('publishedViaAdmin'),
  api: label('publishedViaApi'),
  cli: label('publishedViaCli'),
  seed: label('publishedViaSeed'),
}

export const versionLabels = {
  singular: label('versionSingular'),
  plural: label('versionPlural'),
  description: label('versionDescription'),
  label: label('versionLabel'),
  policy: policyLabels.singular,
  policySlug: label('versionPolicySlug'),
  number: label('versionNumber'),
  publishedAt: label('versionPublishedAt'),
  ...release,
  summaryDescription: label('versionSummaryDescription'),
  locales: label('versionLocales'),
  localesDescription: label('versionLocalesDescription'),
  contentHashes: label('versionContentHashes'),
  contentHashesDescription: label('versionContentHashesDescription'),
  translationStatus: label('versionTranslationStatus'),
  translationStatusDescription: label('versionTranslationStatusDescription'),
  snapshot: label('versionSnapshot'),
  snapshotDescription: label('versionSnapshotDescription'),
  publishedBy: label('versionPublishedBy'),
  publishedVia: label('versionPublishedVia'),
  changeTypes: label('versionChangeTypes'),
  changeTypesDescription: label('versionChangeTypesDescription'),
  summaryLocales: label('versionSummaryLocales'),
  summaryLocalesDescription: label('versionSummaryLocalesDescription'),
  withdrawnAt: label('versionWithdrawnAt'),
  withdrawnBy: label('versionWithdrawnBy'),
  withdrawnVia: label('versionWithdrawnVia'),
}

/** The ledger summary on a version: its table's captions, by consent channel. */
export const ledgerChannelKeys: Record<ConsentChannel, AdminStringKey> = {
  checkout: 'ledgerCheckout',
  account: 'ledgerAccount',
  reconsent: 'ledgerReconsent',
}

export const acceptanceLabels = {
  singular: label('acceptanceSingular'),
  plural: label('acceptancePlural'),
  description: label('acceptanceDescription'),
  userAgentDescription: label('acceptanceUserAgentDescription'),
}

export const logLeafLabels = {
  singular: label('logLeafSingular'),
  plural: label('logLeafPlural'),
  description: label('logLeafDescription'),
}

export const treeHeadLabels = {
  singular: label('treeHeadSingular'),
  plural: label('treeHeadPlural'),
  description: label('treeHeadDescription'),
}

export const verificationLabels = {
  singular: label('verificationSingular'),
  plural: label('verificationPlural'),
  description: label('verificationDescription'),
  verifiedAt: label('verificationVerifiedAt'),
  ok: label('verificationOk'),
  trigger: label('verificationTrigger'),
  triggers: {
    cli: label('verificationTriggerCli'),
    schedule: label('verificationTriggerSchedule'),
    admin: label('verificationTriggerAdmin'),
  } satisfies Record<VerificationTrigger, AdminLabel>,
  triggeredBy: label('verificationTriggeredBy'),
  durationMs: label('verificationDurationMs'),
  findingCount: label('verificationFindingCount'),
  findings: label('verificationFindings'),
  error: label('verificationError'),
  treeSize: label('verificationTreeSize'),
  rootHash: label('verificationRootHash'),
  treeHeadTimestamp: label('verificationTreeHeadTimestamp'),
  keyId: label('verificationKeyId'),
  counts: label('verificationCounts'),
}

export const storefrontLabels = {
  singular: label('storefrontSingular'),
  plural: label('storefrontPlural'),
  description: label('storefrontDescription'),
  name: label('storefrontName'),
  enabled: label('storefrontEnabled'),
  enabledDescription: label('storefrontEnabledDescription'),
  scope: label('storefrontScope'),
  scopeDescription: label('storefrontScopeDescription'),
  permissions: label('storefrontPermissions'),
  permissionsDescription: label('storefrontPermissionsDescription'),
  apiKey: label('storefrontApiKey'),
  apiKeyDescription: label('storefrontApiKeyDescription'),
}

export const storefrontPermissionLabels: Record<StorefrontPermission, AdminLabel> = {
  accept: label('storefrontPermissionAccept'),
  status: label('storefrontPermissionStatus'),
  export: label('storefrontPermissionExport'),
  erase: label('storefrontPermissionErase'),
}

export const roleLabels: Record<Role, AdminLabel> = {
  admin: label('roleAdmin'),
  publisher: label('rolePublisher'),
  editor: label('roleEditor'),
  auditor: label('roleAuditor'),
}

export const userLabels = {
  singular: label('userSingular'),
  plural: label('userPlural'),
  name: label('userName'),
  roles: label('userRoles'),
}

/** Validation messages of the module's own fields. */
export const validationLabels = {
  slug: label('validationSlug'),
  sectionKey: label('validationSectionKey'),
}
