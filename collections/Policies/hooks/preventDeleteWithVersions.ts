import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import type { ResolvedPolicyOptions } from '../../../src/types.js'

/** A policy that was ever published is legal history: its versions must stay resolvable. */
export const createPreventDeleteWithVersionsHook =
  (options: ResolvedPolicyOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const { totalDocs } = await req.payload.count({
      collection: options.slugs.versions,
      where: { policy: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) {
      throw new APIError(
        'A published policy cannot be deleted: its versions are legal records.',
        403,
      )
    }
  }
