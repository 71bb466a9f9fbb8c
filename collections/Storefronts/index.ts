import type { CollectionConfig } from 'payload'

import { createCanAdminister } from '../../src/access/canAdminister.js'
import { groupLabel, storefrontLabels as L } from '../../src/admin/i18n/labels.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'

/**
 * API clients of the keyed storefront endpoints. A storefront authenticates with
 * `Authorization: storefronts API-Key <key>`; it has no password and cannot use the admin.
 */
export function createStorefrontsCollection(options: ResolvedPolicyOptions): CollectionConfig {
  const adminOnly = createCanAdminister(options)
  return {
    slug: options.slugs.storefronts,
    labels: { singular: L.singular, plural: L.plural },
    auth: { useAPIKey: true, disableLocalStrategy: true },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'enabled', 'updatedAt'],
      group: groupLabel(options, 'settings'),
      description: L.description,
    },
    access: {
      admin: () => false,
      read: adminOnly,
      create: adminOnly,
      update: adminOnly,
      delete: adminOnly,
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
    ],
  }
}
