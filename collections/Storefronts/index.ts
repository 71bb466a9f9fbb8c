import type { CollectionConfig } from 'payload'

import { createCanAdminister } from '../../src/access/canAdminister.js'
import {
  DEFAULT_STOREFRONT_PERMISSIONS,
  DEFAULT_STOREFRONT_SCOPE,
  STOREFRONT_PERMISSIONS,
} from '../../src/access/storefrontPermissions.js'
import {
  groupLabel,
  storefrontLabels as L,
  storefrontPermissionLabels,
} from '../../src/admin/i18n/labels.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'
import { createRefuseDeleteWithRecords } from './hooks/refuseDeleteWithRecords.js'
import { createStoreKeyIndex } from './hooks/storeKeyIndex.js'

/**
 * API clients of the keyed storefront endpoints. A storefront authenticates with
 * `Authorization: storefronts API-Key <key>` on the storefront API only: it is not a Payload
 * auth collection, so a key is no Payload user and reaches none of Payload's own routes (locks,
 * preferences, jobs, GraphQL). The key is stored only as an HMAC (`apiKeyIndex`).
 */
export function createStorefrontsCollection(options: ResolvedPolicyOptions): CollectionConfig {
  const adminOnly = createCanAdminister(options)
  return {
    slug: options.slugs.storefronts,
    labels: { singular: L.singular, plural: L.plural },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'scope', 'permissions', 'enabled', 'updatedAt'],
      group: groupLabel(options, 'legal'),
      description: L.description,
    },
    access: {
      read: adminOnly,
      create: adminOnly,
      update: adminOnly,
      delete: adminOnly,
    },
    hooks: {
      beforeChange: [createStoreKeyIndex(options)],
      beforeDelete: [createRefuseDeleteWithRecords(options)],
    },
    fields: [
      { name: 'name', type: 'text', label: L.name, required: true },
      {
        name: 'enabled',
        type: 'checkbox',
        label: L.enabled,
        defaultValue: true,
        admin: { description: L.enabledDescription },
      },
      {
        name: 'scope',
        type: 'text',
        label: L.scope,
        required: true,
        index: true,
        defaultValue: DEFAULT_STOREFRONT_SCOPE,
        admin: { description: L.scopeDescription },
      },
      {
        name: 'permissions',
        type: 'select',
        label: L.permissions,
        hasMany: true,
        defaultValue: DEFAULT_STOREFRONT_PERMISSIONS,
        options: STOREFRONT_PERMISSIONS.map((value) => ({
          label: storefrontPermissionLabels[value],
          value,
        })),
        admin: { description: L.permissionsDescription },
      },
      {
        // Write-only: never stored (the hook keeps its HMAC), so never shown again.
        name: 'apiKey',
        type: 'text',
        label: L.apiKey,
        virtual: true,
        admin: { description: L.apiKeyDescription, autoComplete: 'off' },
      },
      {
        name: 'apiKeyIndex',
        type: 'text',
        unique: true,
        access: { read: () => false },
        admin: { hidden: true },
      },
    ],
  }
}
