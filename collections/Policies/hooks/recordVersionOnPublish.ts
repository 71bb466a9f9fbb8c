import type { CollectionAfterChangeHook } from 'payload'

import { announcePublish } from '../../../src/admin/views/publishAnnouncement.js'
import { listVersionMetas } from '../../../src/operations/versionQueries.js'
import { recordPublishedVersion } from '../../../src/operations/recordPublishedVersion.js'
import type { ResolvedPolicyOptions } from '../../../src/types.js'
import type { PolicyHookDoc } from './types.js'

/**
 * Every publish freezes the published text as the next immutable version. It runs in the same
 * request as the publish, and in its transaction where the adapter has them (PostgreSQL, MongoDB
 * replica sets), so there a publish never lands without its version. Payload's SQLite adapter has
 * none (see README, Design notes): a failure here leaves the document published and the storefront
 * on the previous version until the next publish records it. The admin's success message then
 * says what was published and when it takes effect.
 */
export const createRecordVersionOnPublishHook =
  (options: ResolvedPolicyOptions): CollectionAfterChangeHook<PolicyHookDoc> =>
  async ({ doc, req }) => {
    if (doc._status !== 'published') return doc
    const recorded = await recordPublishedVersion({ req, options, policyId: doc.id })
    if (recorded) {
      // "Version 4 published; takes effect …; version 3 stays in force until then."
      const versions = await listVersionMetas(req.payload, options, recorded.policySlug, req)
      announcePublish(req, recorded, versions, options.timeZone)
    }
    return doc
  }
