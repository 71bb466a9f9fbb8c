import { evidenceEn } from './evidenceStrings.js'
import { reviewEn } from './reviewStrings.js'
import { viewsEn } from './viewStrings.js'

/**
 * The plugin's admin strings in English, the reference for the key set: every other language
 * is typed `AdminStrings`, so the compiler refuses one with a key missing or extra. They are
 * TypeScript rather than `locales/<lng>/*.json` because they are Payload translations (one flat
 * namespace, `privacyPolicy`, merged into `config.i18n.translations`), not the i18next files
 * customers' strings are, and Payload's `t` knows no plural rules: counted messages stay in i18next.
 */
export const en = {
  groupLegal: 'Legal',
  groupSettings: 'Settings',
  // The version, compare and changes views' strings (issue 15).
  ...viewsEn,
  // The evidence log's verification record and panel (issue 16).
  ...evidenceEn,
  // The review hand-off's strings (issue 15).
  ...reviewEn,

  changeTypeMaterial: 'Material',
  changeTypeEditorial: 'Editorial',
  releaseChangeType: 'Change type',
  releaseSummary: 'Summary of changes',
  releaseEffectiveAt: 'Effective from',

  policySingular: 'Policy',
  policyPlural: 'Policies',
  policyDescription:
    'Edit the draft, then publish with a change type and a summary: each publish becomes an immutable version.',
  policyTitle: 'Title',
  policySlug: 'URL identifier',
  policySlugDescription: 'Used in storefront URLs, e.g. privacy-policy.',
  policySection: 'Section',
  policySections: 'Sections',
  policySectionKey: 'Key',
  policySectionKeyDescription:
    'Stable identity of the section across versions; assigned on first save.',
  policyHeading: 'Heading',
  policyBody: 'Text',
  policyNextRelease: 'Next release',
  policyChangeTypeDescription:
    'Material: customers must re-read and accept. Editorial: wording or typo fixes only. Publishing a corrected translation while the source text is unchanged is a translation-only release: only the customers of the corrected languages are asked.',
  policySummaryDescription:
    'What changed, in plain words; shown to customers. Written per language; a language left empty shows the source language’s summary, labelled. Cleared after each publish.',
  policyEffectiveAtDescription: 'Leave empty (or in the past) to take effect on publish.',
  policyChangesSincePublished: 'Changes since the published version',

  translationsField: 'Translations',
  translationReviewed: 'Translation reviewed: still current',
  translationReviewedDescription:
    'In a translation language: tick and save to confirm its text still says what the current source text says. Marks every section of this language up to date; the tick clears itself.',
  staleTranslations: 'Out-of-date translations',
  staleTranslationsDescription:
    'Needed for a material change while a translation is out of date (see Translations). Asked again for every release.',
  staleTranslationsHold: 'Hold the publish until they are updated',
  staleTranslationsPublishPrevious: 'Publish the previous translation, flagged as not yet updated',

  publishedViaAdmin: 'Admin panel',
  publishedViaApi: 'API',
  publishedViaCli: 'Command line',
  publishedViaSeed: 'Initial seed',

  versionSingular: 'Policy version',
  versionPlural: 'Policy versions',
  versionDescription: 'Every published release, frozen. Read-only: publish a policy to add one.',
  versionLabel: 'Label',
  versionPolicySlug: 'Policy URL identifier',
  versionNumber: 'Number',
  versionPublishedAt: 'Published',
  versionSummaryDescription: 'What changed, per locale.',
  versionLocales: 'Languages',
  versionLocalesDescription: 'Locales with complete text.',
  versionContentHashes: 'Content hashes',
  versionContentHashesDescription: 'SHA-256 of the canonical plain text, per locale.',
  versionTranslationStatus: 'Translation status',
  versionTranslationStatusDescription:
    'Per locale: current with the source text, or outdated (translated from an earlier source text).',
  versionSnapshot: 'Frozen text',
  versionSnapshotDescription: 'The frozen text of every locale.',
  versionPublishedBy: 'Published by',
  versionPublishedVia: 'Published via',
  versionChangeTypes: 'Change per language',
  versionChangeTypesDescription:
    'What this version changed in each language: material, editorial, or none (a translation-only release leaves the other languages alone).',
  versionSummaryLocales: 'Summary written in',
  versionSummaryLocalesDescription:
    'Per language: the language its summary is written in (the source language where none was written for this release).',
  versionWithdrawnAt: 'Withdrawn',
  versionWithdrawnBy: 'Withdrawn by',
  versionWithdrawnVia: 'Withdrawn via',

  ledgerTitle: 'Acceptances of this version',
  ledgerNone: 'No customer has accepted this version yet.',
  ledgerLocale: 'Language',
  ledgerTotal: 'Total',
  ledgerCheckout: 'Checkout',
  ledgerAccount: 'Account',
  ledgerReconsent: 'Re-consent',

  acceptanceSingular: 'Acceptance',
  acceptancePlural: 'Acceptances',
  acceptanceDescription: 'Append-only record of what each customer accepted. Read-only.',
  acceptanceUserAgentDescription: 'Only recorded when the plugin option captureUserAgent is on.',

  logLeafSingular: 'Evidence log leaf',
  logLeafPlural: 'Evidence log',
  logLeafDescription:
    'Every acceptance and published version as a leaf of the tamper-evident log, in log order. Read-only.',
  treeHeadSingular: 'Signed tree head',
  treeHeadPlural: 'Signed tree heads',
  treeHeadDescription:
    'The log sealed: its size and root hash, signed with the evidence key. `npm run policy -- verify` checks them all.',

  storefrontSingular: 'Storefront',
  storefrontPlural: 'Storefronts',
  storefrontDescription:
    'Shops allowed to record acceptances. Disable one to revoke its key at once.',
  storefrontName: 'Name',
  storefrontEnabled: 'Enabled',
  storefrontEnabledDescription: 'A disabled storefront gets 403 on every keyed request.',
  storefrontScope: 'Scope',
  storefrontScopeDescription:
    'Whose customers this key sees. Give each channel of one shop (web, app) its own key in the same scope; a customer id in another scope is another person.',
  storefrontPermissions: 'Permissions',
  storefrontPermissionsDescription: 'The keyed endpoints this key may call; any other gets 403.',
  storefrontPermissionAccept: 'Record acceptances',
  storefrontPermissionStatus: 'Read consent status',
  storefrontPermissionExport: 'Export a customer’s records',
  storefrontPermissionErase: 'Erase a customer',
  storefrontApiKey: 'New API key',
  storefrontApiKeyDescription:
    'Paste a new random key (at least 32 characters, e.g. from `openssl rand -hex 24`) and save. Only an HMAC of it is stored: copy it to the shop now, it cannot be shown again. Leave empty to keep the current key.',

  roleAdmin: 'Administrator',
  rolePublisher: 'Publisher',
  roleEditor: 'Editor',
  roleAuditor: 'Auditor',

  userSingular: 'User',
  userPlural: 'Users',
  userName: 'Name',
  userRoles: 'Roles',

  validationSlug: 'Use lower-case letters, digits and single hyphens.',
  validationSectionKey: 'Invalid section key.',
}

/** A key of the plugin's admin namespace, e.g. `policyTitle`. */
export type AdminStringKey = keyof typeof en

/** Every admin string in one language. */
export type AdminStrings = Record<AdminStringKey, string>
