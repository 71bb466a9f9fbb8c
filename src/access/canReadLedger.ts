import type { Access } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'

/**
 * Admins and auditors (by default): the ledger holds customer and order ids, which editors and
 * publishers do not need; they see a version's acceptances as counts instead.
 */
export const createCanReadLedger =
  (options: ResolvedPolicyOptions): Access =>
  ({ req }) =>
    options.access.canReadLedger(req.user)
