/**
 * `payload-privacy-policy`: versioned, localized legal texts with word diffs, a storefront API and
 * an append-only consent ledger, as a Payload 3 plugin.
 *
 *   plugins: [privacyPolicyPlugin({ seed: privacyPolicySeed() })]
 *
 * Admin components live in `payload-privacy-policy/rsc`, the custom-server fast path in
 * `payload-privacy-policy/server`, the typed storefront client in
 * `payload-privacy-policy/storefront-client` and the `<policy-consent>` element in
 * `payload-privacy-policy/policy-consent`.
 */
export { privacyPolicyPlugin, getPolicyOptions } from './plugin.js'
export type {
  PrivacyPolicyPluginOptions,
  PolicyCollectionSlugs,
  PolicySeed,
  PolicyStrings,
  PolicyStringTree,
  ResolvedPolicyOptions,
  RequestUser,
  RoleCheck,
} from './types.js'
export {
  ROLES,
  defaultCanEdit,
  defaultCanPublish,
  defaultCanReadLedger,
  defaultIsAdmin,
  type Role,
} from './defaults.js'
export { privacyPolicySeed } from './seed/index.js'
// For a host rewording admin labels in `i18n.translations.<lng>.privacyPolicy`.
export type { AdminStringKey, AdminStrings } from './admin/i18n/index.js'

// Operations a host may call from its own code (hooks, scripts, jobs), with the plugin's options
// from `getPolicyOptions(payload)`. They raise `PolicyError`s, never HTTP statuses.
export { seedPolicy } from './operations/seed.js'
export {
  importPolicyText,
  publishPolicy,
  type ImportPolicyTextArgs,
  type ImportPolicyTextResult,
  type ReleaseNotes,
} from './operations/importPolicyText.js'
export { exportPolicyText } from './operations/exportPolicyText.js'
export { diffPolicyVersions, type PolicyDiffDocument } from './operations/diffVersions.js'
export {
  readPolicyInForce,
  readPolicyVersion,
  listPolicyVersions,
  type PolicyDocument,
  type PolicyInForce,
} from './operations/readPolicy.js'
export { recordAcceptance, type RecordAcceptanceResult } from './operations/recordAcceptance.js'
export { readConsentStatus, type ConsentStatusResult } from './operations/consentStatus.js'
export {
  exportCustomerAcceptances,
  eraseCustomerAcceptances,
  type ScopedCustomer,
} from './operations/customerAcceptances.js'
export { purgeExpiredAcceptances, type PurgeResult } from './operations/purgeExpired.js'
// Storefront keys: the permissions a key can hold, and the only trace of a key that is stored.
export {
  STOREFRONT_PERMISSIONS,
  type StorefrontPermission,
} from './access/storefrontPermissions.js'
export { storefrontKeyIndex, type StorefrontClient } from './storefront/auth.js'
export { PolicyError, localizeError } from './errors.js'
export type { ChangeType } from './policy/types.js'
export type { ConsentChannel, ConsentStatus } from './consent/types.js'
