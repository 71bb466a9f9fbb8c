import { parseCustomerId } from '../../consent/input.js'
import { readConsentStatus } from '../../operations/consentStatus.js'
import { authenticateStorefront } from '../auth.js'
import { jsonResponse, STOREFRONT_BASE_PATH, type StorefrontHandler } from '../http.js'
import { requestLocale } from '../requestLocale.js'
import { NO_STORE } from './acceptances.js'

/** `GET /policies/:slug/consent-status?customerId&locale` — must this returning buyer re-read? */
export const getConsentStatus: StorefrontHandler = async (req) => {
  const storefront = await authenticateStorefront(req, 'status')
  const customerId = parseCustomerId(req.query.get('customerId'))
  const { locale, vary } = requestLocale(req)
  const status = await readConsentStatus({
    payload: req.payload,
    options: req.options,
    slug: req.params.slug,
    scope: storefront.scope,
    customerId,
    locale,
    storefrontPath: req.payload.config.routes.api + STOREFRONT_BASE_PATH,
  })
  return jsonResponse(status, 200, { ...NO_STORE, ...vary })
}
