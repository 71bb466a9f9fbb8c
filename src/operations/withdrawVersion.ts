import type { Payload, PayloadRequest } from 'payload'

import { PolicyError } from '../errors.js'
import { versionsInTime } from '../policy/inForce.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { getCatalog } from './policyCatalog.js'
import { listVersionMetas, type StoredVersion } from './versionQueries.js'

/** The request context flag of the one update a published version accepts (see `refuseVersionUpdate`). */
export const WITHDRAWAL_CONTEXT_KEY = 'policyVersionWithdrawal'

/**
 * Withdraws an announced version before it comes into force: it is marked withdrawn with who and
 * when, never deleted (customers who accepted it early keep their record of what they saw), and
 * from then on it is neither upcoming nor ever in force. Only the newest version that is not
 * withdrawn can go: a later one was edited from its text, so withdrawing the earlier alone would
 * leave its wording announced anyway.
 *
 * @throws PolicyError 404 `version_not_found`; 409 `version_not_upcoming` (in force, past, or
 *   already withdrawn); 409 `version_withdraw_newer` when a later version must be withdrawn first.
 */
export async function withdrawVersion(args: {
  payload: Payload
  options: ResolvedPolicyOptions
  slug: string
  number: number
  /** The admin's request (recorded as who withdrew it); none for an operator at the shell. */
  req?: PayloadRequest
  via?: 'admin' | 'api' | 'cli'
}): Promise<StoredVersion> {
  const { payload, options, slug, number, req } = args
  const metas = await listVersionMetas(payload, options, slug, req)
  const meta = metas.find((candidate) => candidate.number === number)
  if (!meta) throw new PolicyError(404, 'version_not_found', { slug, version: number })
  const now = Date.now()
  const { current } = versionsInTime(metas, now)
  const upcoming =
    !meta.withdrawnAt &&
    Date.parse(meta.effectiveAt) > now &&
    (!current || meta.number > current.number)
  if (!upcoming) throw new PolicyError(409, 'version_not_upcoming', { version: number })
  const newer = metas.find((candidate) => candidate.number > number && !candidate.withdrawnAt)
  if (newer)
    throw new PolicyError(409, 'version_withdraw_newer', { version: number, newer: newer.number })

  const user = req?.user?.collection === options.slugs.users ? req.user.id : null
  const updated = await payload.update({
    collection: options.slugs.versions,
    id: meta.id,
    data: {
      withdrawnAt: new Date(now).toISOString(),
      withdrawnBy: user,
      withdrawnVia: args.via ?? (user === null ? 'cli' : 'admin'),
    },
    depth: 0,
    overrideAccess: true,
    context: { [WITHDRAWAL_CONTEXT_KEY]: true },
    req,
  })
  getCatalog(payload, options).invalidate(slug)
  return updated as unknown as StoredVersion
}
