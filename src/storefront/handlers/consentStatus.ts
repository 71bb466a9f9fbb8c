import { parseCustomerId } from '../../consent/input'
import { readConsentStatus } from '../../operations/consentStatus'
import { authenticateStorefront } from '../auth'
import { jsonResponse, STOREFRONT_BASE_PATH, type StorefrontHandler } from '../http'
import { requestLocale } from '../requestLocale'
import { NO_STORE } from './acceptances'

/** `GET /policies/:slug/consent-status?customerId&locale` — must this returning buyer re-read? */
export const getConsentStatus: StorefrontHandler = async (req) => {
  await authenticateStorefront(req)
  const customerId = parseCustomerId(req.query.get('customerId'))
  const { locale, vary } = requestLocale(req)
  const status = await readConsentStatus({
    payload: req.payload,
    options: req.options,
    slug: req.params.slug,
    customerId,
    locale,
    storefrontPath: req.payload.config.routes.api + STOREFRONT_BASE_PATH,
  })
  return jsonResponse(status, 200, { ...NO_STORE, ...vary })
}
