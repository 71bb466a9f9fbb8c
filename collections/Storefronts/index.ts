import type { CollectionConfig } from 'payload'

import { createCanAdminister } from '../../src/access/canAdminister'
import type { ResolvedPolicyOptions } from '../../src/types'

/**
 * API clients of the keyed storefront endpoints. A storefront authenticates with
 * `Authorization: storefronts API-Key <key>`; it has no password and cannot use the admin.
 */
export function createStorefrontsCollection(options: ResolvedPolicyOptions): CollectionConfig {
  const adminOnly = createCanAdminister(options)
  return {
    slug: options.slugs.storefronts,
    labels: { singular: 'Storefront', plural: 'Storefronts' },
    auth: { useAPIKey: true, disableLocalStrategy: true },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'enabled', 'updatedAt'],
      group: 'Settings',
      description: 'Shops allowed to record acceptances. Disable one to revoke its key at once.',
    },
    access: {
      admin: () => false,
      read: adminOnly,
      create: adminOnly,
      update: adminOnly,
      delete: adminOnly,
    },
    fields: [
      { name: 'name', type: 'text', required: true },
      {
        name: 'enabled',
        type: 'checkbox',
        defaultValue: true,
        admin: { description: 'A disabled storefront gets 403 on every keyed request.' },
      },
    ],
  }
}
