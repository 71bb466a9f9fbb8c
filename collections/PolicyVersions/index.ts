import type { CollectionConfig } from 'payload'

import { createCanEdit } from '../../src/access/canEdit'
import { denyAll } from '../../src/access/denyAll'
import { CHANGE_TYPES } from '../../src/policy/types'
import type { ResolvedPolicyOptions } from '../../src/types'
import { refuseVersionDelete, refuseVersionUpdate } from './hooks/immutable'

/**
 * Immutable published releases. Written only by the publish hook on policies (Local API with
 * access overridden); nobody can create, update or delete one through REST, GraphQL or the admin.
 */
export function createPolicyVersionsCollection(options: ResolvedPolicyOptions): CollectionConfig {
  return {
    slug: options.slugs.versions,
    labels: { singular: 'Policy version', plural: 'Policy versions' },
    // Payload names the draft history of `policies` `PolicyVersion` in GraphQL; the default name of
    // this collection would be the same, and a schema with two such types cannot be built.
    graphQL: { singularName: 'PublishedPolicyVersion', pluralName: 'PublishedPolicyVersions' },
    admin: {
      useAsTitle: 'label',
      defaultColumns: ['label', 'changeType', 'publishedAt', 'effectiveAt', 'locales'],
      group: 'Legal',
      description: 'Every published release, frozen. Read-only: publish a policy to add one.',
    },
    access: {
      read: createCanEdit(options),
      create: denyAll,
      update: denyAll,
      delete: denyAll,
    },
    hooks: {
      beforeChange: [refuseVersionUpdate],
      beforeDelete: [refuseVersionDelete],
    },
    indexes: [{ fields: ['policy', 'number'], unique: true }],
    fields: [
      { name: 'label', type: 'text', required: true },
      {
        name: 'policy',
        type: 'relationship',
        relationTo: options.slugs.policies,
        required: true,
        index: true,
      },
      // Denormalised so the storefront's hot path finds versions by slug without a join.
      { name: 'policySlug', type: 'text', required: true, index: true },
      { name: 'number', type: 'number', required: true, min: 1 },
      { name: 'publishedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      {
        name: 'effectiveAt',
        type: 'date',
        required: true,
        index: true,
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'changeType',
        type: 'select',
        required: true,
        options: CHANGE_TYPES.map((value) => ({ label: value, value })),
      },
      { name: 'summary', type: 'json', admin: { description: 'What changed, per locale.' } },
      { name: 'locales', type: 'json', admin: { description: 'Locales with complete text.' } },
      {
        name: 'contentHashes',
        type: 'json',
        admin: { description: 'SHA-256 of the canonical plain text, per locale.' },
      },
      {
        name: 'translationStatus',
        type: 'json',
        admin: {
          description:
            'Per locale: current with the source text, or outdated (translated from an earlier source text).',
        },
      },
      { name: 'snapshot', type: 'json', admin: { description: 'The frozen text of every locale.' } },
      { name: 'publishedBy', type: 'relationship', relationTo: options.slugs.users },
      {
        name: 'publishedVia',
        type: 'select',
        options: ['admin', 'api', 'cli', 'seed'].map((value) => ({ label: value, value })),
      },
    ],
  }
}
