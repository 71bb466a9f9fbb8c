import type { Access } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'

/** An admin user reads and edits every user; others only their own account. */
export const createSelfOrAdmin =
  (options: ResolvedPolicyOptions): Access =>
  ({ req }) => {
    if (options.access.isAdmin(req.user)) return true
    if (!req.user || req.user.collection !== options.slugs.users) return false
    return { id: { equals: req.user.id } }
  }
