import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { localizeError, PolicyError } from '../../../src/errors.js'
import type { ResolvedPolicyOptions } from '../../../src/types.js'

/**
 * A storefront that recorded acceptances stays: every record names the storefront it came from,
 * and that is part of the evidence. Disabling it revokes the key just as well.
 */
export const createRefuseDeleteWithRecords =
  (options: ResolvedPolicyOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const { totalDocs } = await req.payload.db.count({
      collection: options.slugs.acceptances,
      where: { storefront: { equals: id } },
      req,
    })
    if (totalDocs === 0) return
    const error = new PolicyError(409, 'storefront_has_acceptances', { count: totalDocs })
    const language = req.i18n?.language ?? options.sourceLocale
    throw new APIError(
      localizeError(error, language, options.strings),
      409,
      { code: error.code },
      true,
    )
  }
