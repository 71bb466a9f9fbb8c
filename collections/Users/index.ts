import type { CollectionConfig, FieldAccess } from 'payload'

import { createCanAdminister } from '../../src/access/canAdminister.js'
import { createSelfOrAdmin } from '../../src/access/selfOrAdmin.js'
import { groupLabels, roleLabels, userLabels as L } from '../../src/admin/translations/labels.js'
import { ROLES } from '../../src/defaults.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin.js'

/** Admin users: `editor` drafts, `publisher` also publishes, `admin` manages users and keys. */
export function createUsersCollection(options: ResolvedPolicyOptions): CollectionConfig {
  const adminOnly: FieldAccess = ({ req }) => options.access.isAdmin(req.user)
  return {
    slug: options.slugs.users,
    auth: true,
    labels: { singular: L.singular, plural: L.plural },
    admin: {
      useAsTitle: 'email',
      defaultColumns: ['email', 'name', 'roles'],
      group: groupLabels.settings,
    },
    access: {
      admin: ({ req }) => options.access.canEdit(req.user),
      read: createSelfOrAdmin(options),
      create: createCanAdminister(options),
      update: createSelfOrAdmin(options),
      delete: createCanAdminister(options),
    },
    hooks: { beforeChange: [firstUserIsAdmin] },
    fields: [
      { name: 'name', type: 'text', label: L.name },
      {
        name: 'roles',
        type: 'select',
        label: L.roles,
        hasMany: true,
        required: true,
        defaultValue: ['editor'],
        saveToJWT: true,
        options: ROLES.map((value) => ({ label: roleLabels[value], value })),
        // Nobody grants themselves publish rights.
        access: { create: adminOnly, update: adminOnly },
      },
    ],
  }
}
