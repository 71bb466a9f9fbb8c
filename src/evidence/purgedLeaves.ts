import type { Payload, Where } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { markLeavesPurged } from './logStore.js'

/**
 * Marks the leaves of the acceptances `where` selects as purged, before the purge deletes them:
 * `verify` then tells a record removed by retention from one deleted behind the log's back. (The
 * marker is only as trustworthy as the database; `verify` also flags a marked leaf sealed inside
 * the retention period.)
 */
export async function markExpiredLeavesPurged(
  payload: Payload,
  options: ResolvedPolicyOptions,
  where: Where,
  now: Date,
): Promise<void> {
  const { docs } = await payload.db.find<{ id: string | number }>({
    collection: options.slugs.acceptances,
    where,
    select: {},
    limit: 0,
    pagination: false,
  })
  await markLeavesPurged(
    payload,
    options,
    docs.map((doc) => doc.id),
    now.toISOString().slice(0, 10),
  )
}
