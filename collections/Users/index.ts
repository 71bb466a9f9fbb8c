import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { createCanAdminister } from '../../src/access/canAdminister.js'
import { createSelfOrAdmin } from '../../src/access/selfOrAdmin.js'
import { groupLabel, roleLabels, userLabels as L } from '../../src/admin/i18n/labels.js'
import { ROLES } from '../../src/defaults.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin.js'

/**
 * The `roles` the default access checks read: `editor` drafts, `publisher` also publishes, `admin`
 * manages users and storefront keys, `auditor` reads the consent ledger and nothing else. Saved to
 * the JWT so access checks need no extra read.
 */
export function createRolesField(options: ResolvedPolicyOptions): Field {
  const adminOnly: FieldAccess = ({ req }) => options.access.isAdmin(req.user)
  return {
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
  }
}

/**
 * A host's own users collection with the plugin's `roles` field and the first-user-is-admin hook
 * added, so its editors see the policy collections without further setup. A collection that has
 * a `roles` field already is returned unchanged: its roles are the host's to define (the plugin's
 * `access` option then says who edits and publishes).
 */
export function withPolicyRoles(
  users: CollectionConfig,
  options: ResolvedPolicyOptions,
): CollectionConfig {
  if (users.fields.some((field) => 'name' in field && field.name === 'roles')) return users
  return {
    ...users,
    fields: [...users.fields, createRolesField(options)],
    hooks: {
      ...users.hooks,
      beforeChange: [...(users.hooks?.beforeChange ?? []), firstUserIsAdmin],
    },
  }
}

/**
 * Admin users: `editor` drafts, `publisher` also publishes, `admin` manages users and keys,
 * `auditor` reads the ledger.
 */
export function createUsersCollection(options: ResolvedPolicyOptions): CollectionConfig {
  return {
    slug: options.slugs.users,
    auth: true,
    labels: { singular: L.singular, plural: L.plural },
    admin: {
      useAsTitle: 'email',
      defaultColumns: ['email', 'name', 'roles'],
      group: groupLabel(options, 'settings'),
    },
    access: {
      admin: ({ req }) =>
        options.access.canEdit(req.user) || options.access.canReadLedger(req.user),
      read: createSelfOrAdmin(options),
      create: createCanAdminister(options),
      update: createSelfOrAdmin(options),
      delete: createCanAdminister(options),
    },
    hooks: { beforeChange: [firstUserIsAdmin] },
    fields: [{ name: 'name', type: 'text', label: L.name }, createRolesField(options)],
  }
}
