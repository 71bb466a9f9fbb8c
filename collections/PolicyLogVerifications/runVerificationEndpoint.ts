import type { Endpoint } from 'payload'

import { adminEndpointHandler } from '../../src/admin/endpoints/adminEndpoint.js'
import { PolicyError } from '../../src/errors.js'
import { runRecordedVerification } from '../../src/evidence/verificationRuns.js'
import type { ResolvedPolicyOptions } from '../../src/types.js'

/**
 * `POST /api/<verifications>/run` — the admin's "Verify now": runs `verify` and stores the run.
 * Admins only (it reads the whole ledger). The dashboard's form posts here and is sent back to the
 * dashboard (303); a client asking for JSON gets the stored run.
 */
export function createRunVerificationEndpoint(options: ResolvedPolicyOptions): Endpoint {
  return {
    path: '/run',
    method: 'post',
    handler: adminEndpointHandler(
      options,
      (req) => options.access.isAdmin(req.user),
      async (req) => {
        if (!options.evidence) throw new PolicyError(404, 'evidence_log_off')
        const user = req.user as { email?: unknown; id: string | number } | null
        const { run } = await runRecordedVerification(req.payload, options, {
          trigger: 'admin',
          triggeredBy: typeof user?.email === 'string' ? user.email : String(user?.id),
        })
        if ((req.headers.get('accept') ?? '').includes('application/json')) {
          return Response.json({ run }, { status: 201, headers: { 'cache-control': 'no-store' } })
        }
        const admin = req.payload.config.routes.admin
        return new Response(null, {
          status: 303,
          headers: { location: `${admin}#policy-evidence-log`, 'cache-control': 'no-store' },
        })
      },
    ),
  }
}
