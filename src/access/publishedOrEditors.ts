import type { Access } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'

/** Editors read everything; anyone else only published documents, never drafts. */
export const createPublishedOrEditors =
  (options: ResolvedPolicyOptions): Access =>
  ({ req }) =>
    options.access.canEdit(req.user) || { _status: { equals: 'published' } }
