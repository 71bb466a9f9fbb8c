import type { Access } from 'payload'

import type { ResolvedPolicyOptions } from '../types'

/** Editors, publishers and admins. */
export const createCanEdit =
  (options: ResolvedPolicyOptions): Access =>
  ({ req }) =>
    options.access.canEdit(req.user)
