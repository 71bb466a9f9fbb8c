import type { CollectionBeforeOperationHook } from 'payload'

import type { ResolvedPolicyOptions } from '../../../src/types.js'

/**
 * Turns every write by a user without the publish capability into a draft save. The access
 * check (`canWritePolicy`) only sees the data: a save without `?draft=true` and without
 * `_status` passed it as an edit, and Payload then overwrote the published document itself and
 * marked it a draft. Setting `draft` here, before the operation reads its arguments, makes such a
 * save land in the draft history as the admin's "Save draft" does, on every route (REST, GraphQL,
 * admin, Local API with `overrideAccess: false`). A write asking for `_status: 'published'` is left
 * as it is, so the access check still refuses it with 403. Trusted server code
 * (`overrideAccess: true`) and publishers keep Payload's behaviour.
 */
export const createKeepEditorsOnDraftsHook =
  (options: ResolvedPolicyOptions): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    // REST and GraphQL leave `overrideAccess` undefined, which Payload treats as false.
    if (args.overrideAccess || options.access.canPublish(req.user)) return args
    const data = (args.data ?? {}) as Record<string, unknown>
    if (data._status === 'published') return args
    return { ...args, draft: true, data: { ...data, _status: 'draft' } }
  }
