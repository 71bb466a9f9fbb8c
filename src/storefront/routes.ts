import { postAcceptance } from './handlers/acceptances.js'
import { getConsentStatus } from './handlers/consentStatus.js'
import { deleteCustomerAcceptances, getCustomerAcceptances } from './handlers/customers.js'
import { getPolicyDiff } from './handlers/diff.js'
import { getPolicyInForce } from './handlers/policyInForce.js'
import { getPolicyVersion, getPolicyVersions } from './handlers/versions.js'
import type { StorefrontHandler } from './http.js'

export type RouteMethod = 'get' | 'post' | 'delete'

export interface StorefrontRoute {
  method: RouteMethod
  /** Express-style pattern relative to the storefront base path, e.g. `/policies/:slug`. */
  path: string
  handler: StorefrontHandler
}

/** The storefront contract (`../shared/CONTRACT.md`), one row per endpoint. */
export const STOREFRONT_ROUTES: readonly StorefrontRoute[] = [
  { method: 'get', path: '/policies/:slug', handler: getPolicyInForce },
  { method: 'get', path: '/policies/:slug/versions', handler: getPolicyVersions },
  { method: 'get', path: '/policies/:slug/versions/:number', handler: getPolicyVersion },
  { method: 'get', path: '/policies/:slug/diff', handler: getPolicyDiff },
  { method: 'post', path: '/policies/:slug/acceptances', handler: postAcceptance },
  { method: 'get', path: '/policies/:slug/consent-status', handler: getConsentStatus },
  { method: 'get', path: '/customers/:customerId/acceptances', handler: getCustomerAcceptances },
  {
    method: 'delete',
    path: '/customers/:customerId/acceptances',
    handler: deleteCustomerAcceptances,
  },
]

export { STOREFRONT_BASE_PATH } from './http.js'
