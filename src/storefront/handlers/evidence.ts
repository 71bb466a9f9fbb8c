import {
  ledgerPublicKey,
  readAcceptanceProof,
  readLatestTreeHead,
} from '../../evidence/acceptanceProof.js'
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
