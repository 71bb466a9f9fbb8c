import type { Endpoint } from 'payload'

import { adminEndpointHandler } from '../../../src/admin/endpoints/adminEndpoint.js'
import { PolicyError } from '../../../src/errors.js'
import { readAcceptanceEvidenceById } from '../../../src/evidence/acceptanceEvidence.js'
import {
  EVIDENCE_FORMATS,
  isEvidenceFormat,
  renderEvidence,
} from '../../../src/evidence/evidenceExport.js'
import type { ResolvedPolicyOptions } from '../../../src/types.js'

/**
 * `GET /api/<acceptances>/:id/evidence[?format=html|pdf|json]` — the admin's download of one
 * acceptance's evidence (the button on the acceptance's page): the storefront export's document,
 * for the ledger's readers (admins and auditors), across scopes.
 */
export function createAcceptanceEvidenceEndpoint(options: ResolvedPolicyOptions): Endpoint {
  return {
    path: '/:id/evidence',
    method: 'get',
    handler: adminEndpointHandler(
      options,
      (req) => options.access.canReadLedger(req.user),
      async (req) => {
        const format = req.searchParams.get('format') ?? 'html'
        if (!isEvidenceFormat(format)) {
          throw new PolicyError(400, 'parameter_invalid', {
            name: 'format',
            allowed: EVIDENCE_FORMATS.join(', '),
          })
        }
        const id = req.routeParams?.id
        const evidence = await readAcceptanceEvidenceById(
          req.payload,
          options,
          typeof id === 'string' || typeof id === 'number' ? String(id) : '',
        )
        const { body, headers } = await renderEvidence(evidence, format)
        const extension = format === 'json' ? 'json' : format
        return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
          status: 200,
          headers: {
            'content-disposition': `attachment; filename="acceptance-${String(evidence.record.id)}-evidence.${extension}"`,
            ...headers,
          },
        })
      },
    ),
  }
}
