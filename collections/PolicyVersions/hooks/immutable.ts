import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { WITHDRAWAL_CONTEXT_KEY } from '../../../src/operations/withdrawVersion.js'

const WITHDRAWAL_FIELDS = new Set(['withdrawnAt', 'withdrawnBy', 'withdrawnVia'])

/**
 * A published version is what customers accepted; changing it afterwards would falsify the
 * record. These hooks hold even for `overrideAccess: true` Local API calls, not just the APIs.
 * The one exception is recording a withdrawal, once, by `withdrawVersion`: it adds who and when,
 * and changes nothing customers saw.
 */
export const refuseVersionUpdate: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update') return data
  const withdrawing =
    req.context?.[WITHDRAWAL_CONTEXT_KEY] === true &&
    !(originalDoc as { withdrawnAt?: string | null } | undefined)?.withdrawnAt &&
    Object.keys(data).every(
      (key) =>
        WITHDRAWAL_FIELDS.has(key) ||
        JSON.stringify((data as Record<string, unknown>)[key]) ===
          JSON.stringify((originalDoc as Record<string, unknown> | undefined)?.[key]),
    )
  if (!withdrawing) throw new APIError('Published policy versions are immutable.', 403)
  return data
}

export const refuseVersionDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError('Published policy versions are immutable and cannot be deleted.', 403)
}
