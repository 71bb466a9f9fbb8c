import type { Payload } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { ERASED_CUSTOMER_ID } from './customerAcceptances.js'

/**
 * How many distinct customers accepted a version: one customer accepting twice (checkout, then
 * account) is two records but one person, and "who has agreed" is a question about people.
 * One COUNT(DISTINCT) through the adapter. Erased records share one placeholder id and are left
 * out (they are no longer anybody). The same id in two storefront scopes counts once: an
 * approximation on the high side of "distinct" only for hosts that run several scopes.
 */
export async function countVersionCustomers(
  payload: Payload,
  options: ResolvedPolicyOptions,
  versionId: string | number,
): Promise<number> {
  const result = await payload.db.findDistinct({
    collection: options.slugs.acceptances,
    field: 'customerId',
    where: {
      and: [{ version: { equals: versionId } }, { customerId: { not_equals: ERASED_CUSTOMER_ID } }],
    },
    limit: 1,
  })
  return result.totalDocs
}
