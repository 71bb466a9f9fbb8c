import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

/**
 * The ledger is append-only: a recorded acceptance is evidence and is never edited or deleted
 * through Payload — not through REST, GraphQL or the admin, and not through the Local API even with
 * access overridden. Records are written, erased (anonymised) and purged only by the module's own
 * operations, which go through the database adapter directly.
 */
export const refuseAcceptanceUpdate: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update') throw new APIError('Acceptance records cannot be changed.', 403)
  return data
}

export const refuseAcceptanceDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError(
    'Acceptance records cannot be deleted; use the erasure endpoint or the retention purge.',
    403,
  )
}
