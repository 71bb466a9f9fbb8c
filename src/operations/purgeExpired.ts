import type { Payload } from 'payload'

import { markExpiredLeavesPurged } from '../evidence/purgedLeaves.js'
import type { ResolvedPolicyOptions } from '../types.js'

export interface PurgeResult {
  /** Acceptances accepted before this instant are expired. */
  cutoff: string
  expired: number
  /** How many were removed (0 on a dry run). */
  purged: number
  dryRun: boolean
}

/** The moment `years` calendar years before `now` (leap days clamp to 28 February). */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now)
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years)
  if (cutoff.getUTCMonth() !== now.getUTCMonth()) cutoff.setUTCDate(0)
  return cutoff
}

/**
 * Removes acceptances older than the retention period the policy states (section 5: 5 years by
 * default). Only ledger records go; policy versions are never pruned, so every remaining
 * acceptance still points at the exact text it cites. Their leaves in the evidence log stay.
 */
export async function purgeExpiredAcceptances(
  payload: Payload,
  options: ResolvedPolicyOptions,
  { now = new Date(), dryRun = false }: { now?: Date; dryRun?: boolean } = {},
): Promise<PurgeResult> {
  const cutoff = retentionCutoff(now, options.retentionYears).toISOString()
  const where = { acceptedAt: { less_than: cutoff } }
  const { totalDocs: expired } = await payload.db.count({
    collection: options.slugs.acceptances,
    where,
  })
  if (dryRun || expired === 0) return { cutoff, expired, purged: 0, dryRun }
  // The leaves stay, marked, so tree heads signed while these records existed still verify.
  await markExpiredLeavesPurged(payload, options, where, now)
  await payload.db.deleteMany({ collection: options.slugs.acceptances, where })
  return { cutoff, expired, purged: expired, dryRun }
}
