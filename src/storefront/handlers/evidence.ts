import {
  ledgerPublicKey,
  readAcceptanceProof,
  readLatestTreeHead,
} from '../../evidence/acceptanceProof.js'
import { readAcceptanceEvidence } from '../../evidence/acceptanceEvidence.js'
import {
  EVIDENCE_FORMATS,
  isEvidenceFormat,
  renderEvidence,
} from '../../evidence/evidenceExport.js'
import { PolicyError } from '../../errors.js'
import { authenticateStorefront } from '../auth.js'
import { jsonResponse, type StorefrontHandler } from '../http.js'
import { NO_STORE } from './acceptances.js'

/** `GET /policies/:slug/acceptances/:id/proof` — the record's receipt with its inclusion proof. */
export const getAcceptanceProof: StorefrontHandler = async (req) => {
  const storefront = await authenticateStorefront(req, 'accept')
  const result = await readAcceptanceProof(req.payload, req.options, {
    slug: req.params.slug,
    id: req.params.id,
    requester: {
      id: storefront.id,
      scope: storefront.scope,
      mayExport: storefront.permissions.includes('export'),
    },
  })
  return jsonResponse(result, 200, NO_STORE)
}

/** `GET /ledger/public-key` — the Ed25519 key that signs tree heads (public; pin it once). */
export const getLedgerPublicKey: StorefrontHandler = (req) =>
  Promise.resolve(
    jsonResponse(ledgerPublicKey(req.payload, req.options), 200, {
      'cache-control': 'public, max-age=3600',
    }),
  )

/** `GET /ledger/tree-head` — the latest signed tree head (public). */
export const getLatestTreeHead: StorefrontHandler = async (req) =>
  jsonResponse(await readLatestTreeHead(req.payload, req.options), 200, {
    'cache-control': 'no-cache',
  })

/**
 * `GET /policies/:slug/acceptances/:id/evidence[?format=pdf|json]` — one acceptance's evidence as
 * a self-contained HTML document (default), the same as a PDF, or a consent record in ISO/IEC TS
 * 27560 terms (`json`). It holds the customer's data: `export` permission, own scope.
 */
export const getAcceptanceEvidence: StorefrontHandler = async (req) => {
  const { scope } = await authenticateStorefront(req, 'export')
  const format = req.query.get('format') ?? 'html'
  if (!isEvidenceFormat(format)) {
    throw new PolicyError(400, 'parameter_invalid', {
      name: 'format',
      allowed: EVIDENCE_FORMATS.join(', '),
    })
  }
  const evidence = await readAcceptanceEvidence(req.payload, req.options, {
    slug: req.params.slug,
    id: req.params.id,
    scope,
  })
  const { body, headers } = await renderEvidence(evidence, format)
  return { status: 200, headers: { ...headers, ...NO_STORE }, body }
}
