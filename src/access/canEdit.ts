import type { Access } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'

/** Editors, publishers and admins. */
export const createCanEdit =
  (options: ResolvedPolicyOptions): Access =>
  ({ req }) =>
    options.access.canEdit(req.user)
