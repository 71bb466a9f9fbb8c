import { parseAcceptanceBody, parseIdempotencyKey } from '../../consent/input.js'
import { recordAcceptance } from '../../operations/recordAcceptance.js'
import { authenticateStorefront } from '../auth.js'
import { jsonResponse, type StorefrontHandler } from '../http.js'

/** Ledger responses are per customer and must never be cached by anyone. */
export const NO_STORE = { 'cache-control': 'no-store' }

/** `POST /policies/:slug/acceptances` — record what a customer accepted (201; a replay is 200). */
export const postAcceptance: StorefrontHandler = async (req) => {
  const storefront = await authenticateStorefront(req, 'accept')
  const idempotencyKey = parseIdempotencyKey(req.headers.get('idempotency-key'))
  const input = parseAcceptanceBody(await req.readBody())
  const { receipt, created } = await recordAcceptance({
    payload: req.payload,
    options: req.options,
    slug: req.params.slug,
    input,
    storefront,
    idempotencyKey,
    userAgent: req.headers.get('user-agent'),
  })
  return jsonResponse(receipt, created ? 201 : 200, NO_STORE)
}
