import type { Access } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'

/** Admins only. */
export const createCanAdminister =
  (options: ResolvedPolicyOptions): Access =>
  ({ req }) =>
    options.access.isAdmin(req.user)
