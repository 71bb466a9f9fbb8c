import type { PayloadHandler, PayloadRequest } from 'payload'

import { localizeError, PolicyError } from '../../errors.js'
import type { ResolvedPolicyOptions } from '../../types.js'

/**
 * A Payload endpoint for signed-in admin users: `allowed` decides on `req.user` (Payload's own
 * session, not a storefront key), and domain errors become `{ error, code }` in the admin's
 * language, as the storefront API answers them.
 */
export function adminEndpointHandler(
  options: ResolvedPolicyOptions,
  allowed: (req: PayloadRequest) => boolean,
  handle: (req: PayloadRequest) => Promise<Response>,
): PayloadHandler {
  return async (req) => {
    try {
      if (!req.user) throw new PolicyError(401, 'admin_login_required')
      if (!allowed(req)) throw new PolicyError(403, 'admin_forbidden')
      return await handle(req)
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error
      const language = req.i18n?.language ?? options.sourceLocale
      const locale = options.locales.includes(language) ? language : options.sourceLocale
      return Response.json(
        { error: localizeError(error, locale, options.strings), code: error.code },
        { status: error.status, headers: { 'cache-control': 'no-store' } },
      )
    }
  }
}
