import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionConfig,
} from 'payload'

import { createCanReadLedger } from '../../../src/access/canReadLedger.js'
import { denyAll } from '../../../src/access/denyAll.js'
import type { ResolvedPolicyOptions } from '../../../src/types.js'

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

/**
 * What both log collections share: only ledger readers read, nobody writes through Payload, and
 * the guards above hold even where a host overrides the access.
 */
export function appendOnlyLogRules(
  options: ResolvedPolicyOptions,
): Pick<CollectionConfig, 'access' | 'hooks'> {
  return {
    access: {
      read: createCanReadLedger(options),
      create: denyAll,
      update: denyAll,
      delete: denyAll,
    },
    hooks: { beforeChange: [refuseLogUpdate], beforeDelete: [refuseLogDelete] },
  }
}
