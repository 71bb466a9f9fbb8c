import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

/**
 * The evidence log is append-only: leaves and tree heads are written by the sealing step through
 * the database adapter and never changed or removed through Payload, access overridden or not.
 * (Changing them in the database directly is what `verify` exists to catch.)
 */
export const refuseLogUpdate: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update') throw new APIError('The evidence log cannot be changed.', 403)
  return data
}

export const refuseLogDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError('The evidence log cannot be deleted from.', 403)
}
