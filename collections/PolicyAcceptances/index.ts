import type { CollectionConfig } from 'payload'

import { CONSENT_CHANNELS } from '../../src/consent/types.js'
import { createCanReadLedger } from '../../src/access/canReadLedger.js'
import { DEFAULT_STOREFRONT_SCOPE } from '../../src/access/storefrontPermissions.js'
import { denyAll } from '../../src/access/denyAll.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'
import { acceptanceLabels as L, groupLabel, uiFieldLabel } from '../../src/admin/i18n/labels.js'
import { defaultRequestLocaleHook } from '../Policies/hooks/defaultRequestLocale.js'
import { createAcceptanceEvidenceEndpoint } from './endpoints/evidenceEndpoint.js'
import { refuseAcceptanceDelete, refuseAcceptanceUpdate } from './hooks/appendOnly.js'

/**
 * The consent ledger: one record per acceptance a storefront reports, stating exactly which version
 * and which text (locale + content hash) the customer accepted. `customerId` is the storefront's
 * opaque id — never a name, e-mail or address: the policy itself promises data minimisation.
 */
export function createPolicyAcceptancesCollection(
  options: ResolvedPolicyOptions,
): CollectionConfig {
  return {
    slug: options.slugs.acceptances,
    labels: { singular: L.singular, plural: L.plural },
    admin: {
      useAsTitle: 'customerId',
      defaultColumns: [
        'customerId',
        'scope',
        'policySlug',
        'versionNumber',
        'locale',
        'channel',
        'acceptedAt',
      ],
      listSearchableFields: ['customerId', 'orderId'],
      group: groupLabel(options, 'legal'),
      description: L.description,
    },
    access: {
      // Customer and order ids: admins and auditors only. Editors see counts per version.
      read: createCanReadLedger(options),
      create: ({ req }) => options.access.canCreateLedgerRecords(req.user),
      update: denyAll,
      delete: denyAll,
    },
    hooks: {
      // A `where` or `sort` through the policy relationship reaches the policies' localized fields.
      beforeOperation: [defaultRequestLocaleHook],
      beforeChange: [refuseAcceptanceUpdate],
      beforeDelete: [refuseAcceptanceDelete],
    },
    // The admin's download of one acceptance's evidence (HTML, PDF, JSON).
    endpoints: [createAcceptanceEvidenceEndpoint(options)],
    timestamps: true,
    indexes: [
      // Idempotency is enforced by the database, not by a read-then-write.
      { fields: ['scope', 'storefront', 'idempotencyKey'], unique: true },
      // Consent status: a customer's highest accepted version of a policy; export and erasure.
      { fields: ['policySlug', 'scope', 'customerId', 'versionNumber'] },
      { fields: ['scope', 'customerId'] },
      // Aggregates per version (admin), retention purge by date.
      { fields: ['version', 'locale', 'channel'] },
    ],
    fields: [
      {
        name: 'evidence',
        type: 'ui',
        label: uiFieldLabel(options, 'evidenceDownloadField'),
        admin: {
          position: 'sidebar',
          components: { Field: 'payload-privacy-policy/rsc#AcceptanceEvidenceLinks' },
        },
      },
      {
        name: 'policy',
        type: 'relationship',
        relationTo: options.slugs.policies,
        required: true,
        admin: { readOnly: true },
      },
      { name: 'policySlug', type: 'text', required: true, index: true, admin: { readOnly: true } },
      {
        name: 'version',
        type: 'relationship',
        relationTo: options.slugs.versions,
        required: true,
        admin: { readOnly: true },
      },
      { name: 'versionNumber', type: 'number', required: true, admin: { readOnly: true } },
      { name: 'customerId', type: 'text', required: true, index: true, admin: { readOnly: true } },
      {
        // The recording storefront's scope: the customer id is the shop's own and names a person
        // only within it. Kept on the record, so moving a storefront never moves its customers.
        name: 'scope',
        type: 'text',
        required: true,
        defaultValue: DEFAULT_STOREFRONT_SCOPE,
        admin: { readOnly: true },
      },
      { name: 'locale', type: 'text', required: true, admin: { readOnly: true } },
      { name: 'contentHash', type: 'text', required: true, admin: { readOnly: true } },
      {
        name: 'channel',
        type: 'select',
        required: true,
        options: CONSENT_CHANNELS.map((value) => ({ label: value, value })),
        admin: { readOnly: true },
      },
      { name: 'orderId', type: 'text', admin: { readOnly: true } },
      {
        name: 'storefront',
        type: 'relationship',
        relationTo: options.slugs.storefronts,
        required: true,
        admin: { readOnly: true },
      },
      {
        name: 'acceptedAt',
        type: 'date',
        required: true,
        index: true,
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'idempotencyKey', type: 'text', required: true, admin: { readOnly: true } },
      // The evidence log's commitments (README "Evidence log"), written with the record. The salt
      // opens them and goes with erasure; the commitments stay, so the leaf can still be
      // recomputed while it names no one.
      { name: 'evidenceSalt', type: 'text', admin: { readOnly: true, hidden: true } },
      { name: 'acceptedAtCommitment', type: 'text', admin: { readOnly: true } },
      { name: 'customerCommitment', type: 'text', admin: { readOnly: true } },
      { name: 'orderCommitment', type: 'text', admin: { readOnly: true } },
      { name: 'idempotencyKeyCommitment', type: 'text', admin: { readOnly: true } },
      {
        name: 'userAgent',
        type: 'text',
        admin: {
          readOnly: true,
          description: L.userAgentDescription,
        },
      },
    ],
  }
}
