import type { CollectionConfig } from 'payload'

import { createCanEdit } from '../../src/access/canEdit.js'
import { denyAll } from '../../src/access/denyAll.js'
import {
  changeTypeLabels,
  groupLabel,
  publishedViaLabels,
  versionLabels as L,
} from '../../src/admin/i18n/labels.js'
import { CHANGE_TYPES } from '../../src/policy/types.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'
import { versionAdminComponents, versionStateField } from '../../src/admin/views/config.js'
import { defaultRequestLocaleHook } from '../Policies/hooks/defaultRequestLocale.js'
import { refuseVersionDelete, refuseVersionUpdate } from './hooks/immutable.js'

/**
 * Immutable published releases. Written only by the publish hook on policies (Local API with
 * access overridden); nobody can create, update or delete one through REST, GraphQL or the admin.
 */
export function createPolicyVersionsCollection(options: ResolvedPolicyOptions): CollectionConfig {
  return {
    slug: options.slugs.versions,
    labels: { singular: L.singular, plural: L.plural },
    // Payload names the draft history of `policies` `PolicyVersion` in GraphQL; the default name of
    // this collection would be the same, and a schema with two such types cannot be built.
    graphQL: { singularName: 'PublishedPolicyVersion', pluralName: 'PublishedPolicyVersions' },
    admin: {
      useAsTitle: 'label',
      defaultColumns: ['label', 'state', 'changeType', 'publishedAt', 'effectiveAt'],
      group: groupLabel(options, 'legal'),
      description: L.description,
      components: versionAdminComponents(),
    },
    access: {
      read: createCanEdit(options),
      create: denyAll,
      update: denyAll,
      delete: denyAll,
    },
    hooks: {
      // A `where` or `sort` through the policy relationship reaches the policies' localized fields.
      beforeOperation: [defaultRequestLocaleHook],
      beforeChange: [refuseVersionUpdate],
      beforeDelete: [refuseVersionDelete],
    },
    indexes: [{ fields: ['policy', 'number'], unique: true }],
    fields: [
      versionStateField(options),
      {
        name: 'ledger',
        type: 'ui',
        admin: { components: { Field: 'payload-privacy-policy/rsc#VersionLedgerSummary' } },
      },
      { name: 'label', type: 'text', label: L.label, required: true },
      {
        name: 'policy',
        type: 'relationship',
        label: L.policy,
        relationTo: options.slugs.policies,
        required: true,
        index: true,
      },
      // Denormalised so the storefront's hot path finds versions by slug without a join.
      { name: 'policySlug', type: 'text', label: L.policySlug, required: true, index: true },
      { name: 'number', type: 'number', label: L.number, required: true, min: 1 },
      {
        name: 'publishedAt',
        type: 'date',
        label: L.publishedAt,
        required: true,
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'effectiveAt',
        type: 'date',
        label: L.effectiveAt,
        required: true,
        index: true,
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'changeType',
        type: 'select',
        label: L.changeType,
        required: true,
        options: CHANGE_TYPES.map((value) => ({ label: changeTypeLabels[value], value })),
      },
      {
        name: 'summary',
        type: 'json',
        label: L.summary,
        admin: { description: L.summaryDescription },
      },
      {
        name: 'summaryLocales',
        type: 'json',
        label: L.summaryLocales,
        admin: { description: L.summaryLocalesDescription },
      },
      {
        name: 'changeTypes',
        type: 'json',
        label: L.changeTypes,
        admin: { description: L.changeTypesDescription },
      },
      {
        name: 'locales',
        type: 'json',
        label: L.locales,
        admin: { description: L.localesDescription },
      },
      {
        name: 'contentHashes',
        type: 'json',
        label: L.contentHashes,
        admin: { description: L.contentHashesDescription },
      },
      {
        name: 'translationStatus',
        type: 'json',
        label: L.translationStatus,
        admin: { description: L.translationStatusDescription },
      },
      {
        name: 'snapshot',
        type: 'json',
        label: L.snapshot,
        admin: { description: L.snapshotDescription },
      },
      {
        name: 'publishedBy',
        type: 'relationship',
        label: L.publishedBy,
        relationTo: options.slugs.users,
      },
      {
        name: 'publishedVia',
        type: 'select',
        label: L.publishedVia,
        options: (['admin', 'api', 'cli', 'seed'] as const).map((value) => ({
          label: publishedViaLabels[value],
          value,
        })),
      },
      // Set once, by `withdrawVersion` only: an announced version taken back before it came into
      // force. The version stays (customers may have accepted it early); it is never in force.
      {
        name: 'withdrawnAt',
        type: 'date',
        label: L.withdrawnAt,
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'withdrawnBy',
        type: 'relationship',
        label: L.withdrawnBy,
        relationTo: options.slugs.users,
      },
      { name: 'withdrawnVia', type: 'text', label: L.withdrawnVia },
    ],
  }
}
