import type { CollectionAfterChangeHook } from 'payload'

import { recordPublishedVersion } from '../../../src/operations/recordPublishedVersion'
import type { ResolvedPolicyOptions } from '../../../src/types'
import type { PolicyHookDoc } from './types'

/**
 * Every publish freezes the published text as the next immutable version. It runs in the same
 * request (and transaction) as the publish, so a publish never lands without its version.
 */
export const createRecordVersionOnPublishHook =
  (options: ResolvedPolicyOptions): CollectionAfterChangeHook<PolicyHookDoc> =>
  async ({ doc, req }) => {
    if (doc._status !== 'published') return doc
    await recordPublishedVersion({ req, options, policyId: doc.id })
    return doc
  }
