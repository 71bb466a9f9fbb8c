import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

/**
 * A published version is what customers accepted; changing it afterwards would falsify the
 * record. These hooks hold even for `overrideAccess: true` Local API calls, not just the APIs.
 */
export const refuseVersionUpdate: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update') {
    throw new APIError('Published policy versions are immutable.', 403)
  }
  return data
}

export const refuseVersionDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError('Published policy versions are immutable and cannot be deleted.', 403)
}
