import {
  ledgerPublicKey,
  readAcceptanceProof,
  readLatestTreeHead,
} from '../../evidence/acceptanceProof.js'
import { readAcceptanceEvidence } from '../../evidence/acceptanceEvidence.js'
import { consentRecordJson, evidenceHtml } from '../../evidence/evidenceDocument.js'
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
 * `GET /policies/:slug/acceptances/:id/evidence[?format=json]` — one acceptance's evidence as a
 * self-contained HTML document (default) or a consent record in ISO/IEC TS 27560 terms (`json`).
 * It holds the customer's data: `export` permission, own scope.
 */
export const getAcceptanceEvidence: StorefrontHandler = async (req) => {
  const { scope } = await authenticateStorefront(req, 'export')
  const format = req.query.get('format') ?? 'html'
  if (format !== 'html' && format !== 'json') {
    throw new PolicyError(400, 'parameter_invalid', { name: 'format', allowed: 'html, json' })
  }
  const evidence = await readAcceptanceEvidence(req.payload, req.options, {
    slug: req.params.slug,
    id: req.params.id,
    scope,
  })
  if (format === 'json') return jsonResponse(consentRecordJson(evidence), 200, NO_STORE)
  return {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // A document to save or print: nothing in it may load or run anything.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      ...NO_STORE,
    },
    body: evidenceHtml(evidence),
  }
}
